"""Dutch messages for invalid input.

pydantic writes its messages in English; a professional must read in Dutch
which field is wrong and what to fill in instead. Every error of a model is
rewritten here, keeping its type and location so that code can still act on it.
"""

import json
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

from .codes import FIELD_LABELS

DUTCH_PREFIX = "kinderogen_"


def _dutch_type(kind: str) -> str:
    return kind if kind.startswith(DUTCH_PREFIX) else DUTCH_PREFIX + kind


def field_name(loc: tuple[int | str, ...]) -> str:
    """The top-level field an error belongs to ('' for the profile as a whole)."""
    return str(loc[0]) if loc else ""


def _label(field: str) -> str:
    label = FIELD_LABELS.get(field)
    return f"{label.capitalize()} ({field})" if label else f"Veld '{field}'"


def without_field(message: str, field: str) -> str:
    """A message without its leading field name, for a form that shows it next to that field."""
    rest = message.removeprefix(f"{_label(field)}: ")
    return rest[:1].upper() + rest[1:]


def _choices(ctx: dict[str, Any]) -> str:
    expected = str(ctx.get("expected", ""))
    return expected.replace("'", "").replace(" or ", ", ")


SHOWN_MAX = 40


def shown(value: Any) -> str:
    """A value as the user wrote it (JSON spelling: true, null, "tekst"), cut short when long."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value) if not isinstance(value, int) else "een heel groot getal"
    return text if len(text) <= SHOWN_MAX else text[: SHOWN_MAX - 1] + "…"


def reason(error: Any) -> str:
    """What is wrong, in Dutch, for one pydantic error."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    value = shown(error.get("input"))
    if kind == "value_error":
        return str(error["msg"]).removeprefix("Value error, ")
    if kind == "string_pattern_mismatch":
        return f"{value} heeft niet de vorm {ctx.get('pattern')!r}."
    if kind == "date_from_datetime_parsing" or kind.startswith("date_"):
        return f"geef een datum als JJJJ-MM-DD (niet {value})."
    if kind == "string_too_short":
        return "dit mag niet leeg zijn."
    if kind == "too_short":
        return "geef er minstens één."
    if kind == "missing":
        return "dit veld is verplicht; vul het in."
    if kind == "extra_forbidden":
        return "dit veld bestaat niet. Controleer de spelling; onbekende velden worden niet genegeerd."
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return f"vul een heel getal in (niet {value})."
    if kind == "bool_type" or kind == "bool_parsing":
        return f"vul true of false in (niet {value})."
    if kind == "greater_than_equal":
        return f"het getal moet {ctx.get('ge')} of hoger zijn (niet {value})."
    if kind == "less_than_equal":
        return f"het getal mag niet hoger zijn dan {ctx.get('le')} (niet {value})."
    if kind in {"literal_error", "enum"}:
        return f"onbekende waarde {value}. Kies uit: {_choices(ctx)}."
    if kind in {"set_type", "frozen_set_type", "list_type", "iterable_type"}:
        return 'geef een lijst met waarden, bijvoorbeeld ["gedrag"].'
    if kind == "string_type":
        return f"geef een tekstwaarde (niet {value})."
    if kind in {"model_type", "dict_type", "model_attributes_type"}:
        return 'geef een profiel als object met velden, bijvoorbeeld {"age": 8, "setting": "po"}.'
    return f"deze waarde is niet geldig ({error['msg']})."


def dutch_message(error: Any) -> str:
    """One full Dutch message that names the field; messages already in Dutch pass unchanged."""
    if error["type"].startswith(DUTCH_PREFIX):
        return str(error["msg"])
    field = field_name(tuple(error["loc"]))
    why = reason(error)
    return f"{_label(field)}: {why}" if field else why[:1].upper() + why[1:]


def to_dutch(exc: ValidationError, model: type[BaseModel]) -> ValidationError:
    """The same errors, with Dutch messages."""
    details: list[InitErrorDetails] = []
    for error in exc.errors():
        message = dutch_message(error).replace("{", "{{").replace("}", "}}")
        details.append(
            InitErrorDetails(
                type=PydanticCustomError(_dutch_type(error["type"]), message),
                loc=tuple(error["loc"]),
                input=error.get("input"),
            )
        )
    return ValidationError.from_exception_data(model.__name__, details)


def error_list(exc: ValidationError) -> list[dict[str, str]]:
    """Errors as {field, message} pairs, the shape the API and the CLI report."""
    return [{"field": field_name(tuple(e["loc"])), "message": e["msg"]} for e in exc.errors()]
