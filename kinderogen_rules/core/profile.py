"""The case profile: what a professional tells about one child, nothing that identifies it.

Its fields are the vocabulary's (rules/profiel.yaml and the region files), so a rules directory with another
vocabulary has its own profile model (`profile_model`); `CaseProfile` is the one of the shipped rules.
"""

import re
import threading
from collections import Counter
from functools import partial
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, cast

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StrictBool,
    StrictInt,
    ValidationError,
    ValidatorFunctionWrapHandler,
    create_model,
    model_validator,
)
from pydantic_core import PydanticCustomError
from pydantic_core.core_schema import ValidationInfo

from .validation import to_dutch
from .vocabulary import AGE_FIELD, ChoiceField, NumberField, SetField, Vocabulary

# Validation context for answers typed as text (the web form): a number then comes as its digits.
TYPED = "typed"
WHOLE_TEXT = re.compile(r"-?[0-9]+(?:\.0+)?")
# The most digits the JSON parser reads in one number; a longer number is refused there too.
MAX_DIGITS = 4300


def whole_number(value: Any, info: ValidationInfo, label: str) -> Any:
    """The one rule for a whole number, for JSON and the form alike.

    JSON has one number type, so 8.0 is the whole number 8 (as JSON Schema says) and 8.5 is not.
    Typed text (context TYPED) counts as a number only when it is written as one: digits 0-9,
    perhaps a minus and a whole `.0`; so not `1_0` or Arabic-Indic or full-width digits, which int() takes.
    Text that is not a number stays text and is refused in the same words as everywhere else.
    """
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, str) and info.context and info.context.get(TYPED):
        text = value.strip()
        if WHOLE_TEXT.fullmatch(text):
            digits = text.split(".")[0]
            if len(digits.lstrip("-")) > MAX_DIGITS:
                raise PydanticCustomError(
                    "kinderogen_number_too_long",
                    "{label} ({field}): dit getal is te groot.",
                    {"label": label.capitalize(), "field": str(info.field_name)},
                )
            return int(digits)
    return value


def _all_different(items: list[Any] | tuple[Any, ...]) -> bool:
    """Whether no item comes twice, the quick way; False when an item cannot be compared so (a list, a dict)."""
    try:
        return len(set(items)) == len(items)
    except TypeError:
        return False


def _each_once(value: Any, field: str, label: str) -> Any:
    """A list naming the same code twice is a mistake to point out, not to tidy away."""
    # A list of fewer than two items names nothing twice: most lists, and they are checked for every profile.
    if isinstance(value, list | tuple) and len(value) > 1 and not _all_different(value):
        # Counted in one pass: a list of thousands of items must not cost seconds. Codes are text; other items
        # are refused by the field anyway.
        counts = Counter(v for v in value if isinstance(v, str))
        doubles = sorted(v for v, n in counts.items() if n > 1)
        if doubles:
            raise PydanticCustomError(
                "kinderogen_duplicate",
                "{label} ({field}): noem elke waarde één keer; dubbel: {doubles}.",
                {"label": label.capitalize(), "field": field, "doubles": ", ".join(doubles)},
            )
    return value


def _fits_age(value: str, info: ValidationInfo, name: str, field: ChoiceField) -> str:
    """An answer tied to ages (a setting) that the child's age does not fit is a mistake in the profile."""
    age = info.data.get(AGE_FIELD)
    chosen = next(v for v in field.values if v.code == value)
    if isinstance(age, int) and chosen.ages is not None and not chosen.ages.min <= age <= chosen.ages.max:
        raise PydanticCustomError(
            "kinderogen_age_setting",
            "{label} ({field}): " + (field.age_message or "dit past niet bij een leeftijd van {age} jaar."),
            {
                "label": field.label.capitalize(),
                "field": name,
                "age": age,
                "place": chosen.label,
                "low": chosen.ages.min,
                "high": chosen.ages.max,
            },
        )
    return value


class Profile(BaseModel):
    """One child's situation: the base of every vocabulary's profile model. Unknown fields are errors, and a
    profile, once made, stays as it is."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    # The vocabulary the model was made from: its labels word the messages.
    vocabulary: ClassVar[Vocabulary]
    if TYPE_CHECKING:
        # Every field is the vocabulary's; to a type checker any attribute is a field of some type.
        def __getattr__(self, name: str) -> Any: ...

    @model_validator(mode="wrap")
    @classmethod
    def _in_dutch(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        """Every way in (the constructor, model_validate, model_validate_json) gets Dutch messages, once."""
        try:
            return handler(data)
        except ValidationError as exc:
            raise to_dutch(exc, cls, {name: field.label for name, field in cls.vocabulary.fields.items()}) from None

    def __reduce__(self) -> tuple[Any, ...]:
        """A profile travels to a worker process with its vocabulary: its model is made at run time, so pickle
        cannot find the class by name, but the worker can make it again."""
        return _rebuilt, (self.vocabulary, dict(self.__dict__), set(self.model_fields_set))


def _codes(codes: tuple[str, ...]) -> Any:
    return Literal[codes]


def _ages_text(vocabulary: Vocabulary) -> str:
    """Which ages each answer tied to ages allows, for the schema's readers: as text, not as a top-level anyOf of
    partial schemas (code generators make one class per branch of that, with only age and setting typed)."""
    return "; ".join(
        f"{code} {low} tot en met {high} jaar"
        for _, ages in vocabulary.age_limits
        for code, (low, high) in ages.items()
    )


def _field(name: str, vocabulary: Vocabulary) -> tuple[Any, Any]:
    """The type and default of one field of the profile model."""
    field = vocabulary.fields[name]
    description = field.description
    tied = [tied_name for tied_name, _ in vocabulary.age_limits]
    if name == AGE_FIELD and tied:
        description += f". De leeftijd moet bij de plek ({', '.join(tied)}) passen; anders is het profiel fout. "
        description += f"Per plek: {_ages_text(vocabulary)}."
    elif name in tied:
        description += f". De leeftijd moet erbij passen (zie {AGE_FIELD})."
    kind: Any
    if isinstance(field, NumberField):
        kind = Annotated[
            StrictInt,
            Field(ge=field.min, le=field.max, description=description),
            BeforeValidator(partial(whole_number, label=field.label)),
        ]
    elif isinstance(field, SetField):
        kind = Annotated[
            frozenset[_codes(vocabulary.values(name))],  # type: ignore[misc]
            BeforeValidator(partial(_each_once, field=name, label=field.label)),
            PlainSerializer(sorted, return_type=list[str]),
            Field(description=description),
        ]
    elif isinstance(field, ChoiceField):
        checks: list[Any] = [Field(description=description)]
        if name in tied:
            checks.append(AfterValidator(partial(_fits_age, name=name, field=field)))
        kind = Annotated[_codes(vocabulary.values(name)), *checks]
    else:
        kind = Annotated[StrictBool, Field(description=description)]
    if field.required:
        return kind, ...
    default = frozenset(field.default) if isinstance(field, SetField) else field.default
    return kind, default


def _rebuilt(vocabulary: Vocabulary, values: dict[str, Any], fields_set: set[str]) -> Profile:
    """A pickled profile again, in its vocabulary's model; its values were checked when it was first made."""
    return profile_model(vocabulary).model_construct(fields_set, **values)


_models: dict[str, type[Profile]] = {}
_models_lock = threading.Lock()


def profile_model(vocabulary: Vocabulary) -> type[Profile]:
    """The case profile of a vocabulary, made once per vocabulary; its name is CaseProfile, as in the contract."""
    with _models_lock:
        model = _models.get(vocabulary.key)
        if model is None:
            fields = {name: _field(name, vocabulary) for name in vocabulary.names}
            model = cast(
                type[Profile],
                create_model(  # type: ignore[call-overload]
                    "CaseProfile",
                    __base__=Profile,
                    __module__=__name__,
                    __doc__="One child's situation, as the contract and the vocabulary define it.",
                    **fields,
                ),
            )
            model.vocabulary = vocabulary
            _models[vocabulary.key] = model
        return model
