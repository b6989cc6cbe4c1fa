"""The case profile: what a professional tells about one child, nothing that identifies it."""

import re
from collections import Counter
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    ValidationError,
    ValidatorFunctionWrapHandler,
    field_serializer,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError
from pydantic_core.core_schema import ValidationInfo

from .codes import (
    AGE_MAX,
    AGE_MIN,
    FIELD_LABELS,
    SETTING_AGES,
    VALUE_LABELS,
    WEEKS_MAX,
    Care,
    CognitiveLevel,
    Concern,
    Consent,
    LoadCapacity,
    Place,
    Region,
    Setting,
    age_fits,
)
from .validation import to_dutch

# Validation context for answers typed as text (the web form): a number then comes as its digits.
TYPED = "typed"
WHOLE_TEXT = re.compile(r"-?[0-9]+(?:\.0+)?")
# The most digits the JSON parser reads in one number; a longer number is refused there too.
MAX_DIGITS = 4300


def whole_number(value: Any, info: ValidationInfo) -> Any:
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
                    {"label": FIELD_LABELS[str(info.field_name)].capitalize(), "field": str(info.field_name)},
                )
            return int(digits)
    return value


def _all_different(items: list[Any] | tuple[Any, ...]) -> bool:
    """Whether no item comes twice, the quick way; False when an item cannot be compared so (a list, a dict)."""
    try:
        return len(set(items)) == len(items)
    except TypeError:
        return False


def _each_once(value: Any, field: str) -> Any:
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
                {"label": FIELD_LABELS[field].capitalize(), "field": field, "doubles": ", ".join(doubles)},
            )
    return value


# The bounds sit on the integer itself, so the JSON schema states them as minimum and maximum.
Weeks = Annotated[StrictInt, Field(ge=0, le=WEEKS_MAX), BeforeValidator(whole_number)]


# Which ages each setting allows, for the schema's readers. In the schema as text, not as a top-level anyOf of
# partial schemas: code generators make one class per branch of that, with only age and setting typed. The model
# checks it (_age_fits_setting), and so does every way in.
AGES_PER_SETTING = "; ".join(f"{setting} {low} tot en met {high} jaar" for setting, (low, high) in SETTING_AGES.items())


class CaseProfile(BaseModel):
    """One child's situation, as the contract defines it. Unknown fields are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    age: Annotated[
        StrictInt,
        Field(
            ge=AGE_MIN,
            le=AGE_MAX,
            description=f"leeftijd in jaren. De leeftijd moet bij de plek (setting) passen; anders is het profiel "
            f"fout. Per plek: {AGES_PER_SETTING}.",
        ),
        BeforeValidator(whole_number),
    ]
    setting: Setting = Field(
        description="waar het kind nu onderwijs of opvang krijgt. De leeftijd moet erbij passen (zie age)."
    )
    region: Region = Field("algemeen", description="regio")
    concerns: frozenset[Concern] = Field(frozenset(), description="zorgen")
    shows_at: frozenset[Place] = Field(frozenset({"school"}), description="waar de problemen zich voordoen")
    school_support_exhausted: StrictBool = Field(False, description="basis- en extra ondersteuning volstaan niet")
    parents_consent: Consent = Field("onbekend", description="ouders staan achter de aanpak")
    care: frozenset[Care] = Field(frozenset(), description="lopende of aangevraagde zorg")
    waiting_weeks: Weeks = Field(0, description="weken op een wachtlijst voor jeugdhulp")
    weeks_absent: Weeks = Field(0, description="aaneengesloten weken zonder (passend) onderwijs")
    cognitive_level: CognitiveLevel = Field("onbekend", description="cognitief functioneren")
    load_capacity: LoadCapacity = Field("volledig", description="belastbaarheid voor onderwijs")
    exemption_requested: StrictBool = Field(False, description="vrijstelling art. 5 onder a gevraagd of overwogen")
    stuck: StrictBool = Field(False, description="partijen komen samen niet tot een passend aanbod")
    has_startkwalificatie: StrictBool = Field(False, description="heeft een startkwalificatie")

    @model_validator(mode="wrap")
    @classmethod
    def _in_dutch(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        """Every way in (the constructor, model_validate, model_validate_json) gets Dutch messages, once."""
        try:
            return handler(data)
        except ValidationError as exc:
            raise to_dutch(exc, cls) from None

    @field_validator("concerns", "shows_at", "care", mode="before")
    @classmethod
    def _no_doubles(cls, value: Any, info: ValidationInfo) -> Any:
        return _each_once(value, str(info.field_name))

    @field_validator("setting")
    @classmethod
    def _age_fits_setting(cls, setting: str, info: ValidationInfo) -> str:
        age = info.data.get("age")
        if isinstance(age, int) and not age_fits(age, setting):
            low, high = SETTING_AGES[setting]
            raise PydanticCustomError(
                "kinderogen_age_setting",
                "Onderwijs of opvang (setting): een kind van {age} jaar kan niet op {place} zitten; "
                "daar zijn kinderen {low} tot en met {high} jaar. Controleer de leeftijd of de plek.",
                {"age": age, "place": VALUE_LABELS["setting"][setting], "low": low, "high": high},
            )
        return setting

    @field_serializer("concerns", "shows_at", "care")
    def _sorted(self, values: frozenset[str]) -> list[str]:
        return sorted(values)
