"""Dutch messages for invalid input.

pydantic writes its messages in English; a professional must read in Dutch
which field is wrong and what to fill in instead. Every error of a model is
rewritten here, keeping its type and location so that code can still act on it.
"""

import datetime as dt
import decimal
import fractions
import json
import math
import re
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

DUTCH_PREFIX = "kinderogen_"
# More errors than this are summed up in one line: a reply stays small, whatever was sent.
MAX_ERRORS = 20


def _dutch_type(kind: str) -> str:
    return kind if kind.startswith(DUTCH_PREFIX) else DUTCH_PREFIX + kind


def field_name(loc: tuple[int | str, ...], kind: str = "", value: Any = None) -> str:
    """The top-level field an error belongs to ('' for the profile as a whole). A name that is not text is its own
    place: it is named when JSON could have written it (1, true), never in Python's notation (an object)."""
    if kind.endswith("invalid_key") and not isinstance(value, int | float | bool | None):
        return ""
    return str(loc[0]) if loc else ""


def _label(field: str, labels: Mapping[str, str]) -> str:
    label = labels.get(field)
    return f"{label.capitalize()} ({field})" if label else f"Veld {shown(field)}"


def without_field(message: str, field: str) -> str:
    """A message without its leading field name ('Leeftijd (age): '), for a form that shows it next to that field."""
    rest = re.sub(rf"^[^:]*\({re.escape(field)}\): ", "", message, count=1)
    return rest[:1].upper() + rest[1:]


def _choices(ctx: dict[str, Any]) -> str:
    expected = str(ctx.get("expected", ""))
    return expected.replace("'", "").replace(" or ", ", ")


SHOWN_MAX = 40


def shown(value: Any) -> str:
    """A value as the user wrote it (JSON spelling: true, null, "tekst"), cut short when long; a Python value that
    JSON has no spelling for in words a user knows (never Python's own notation, such as Decimal('8.5'))."""
    if isinstance(value, float) and not math.isfinite(value):
        return "een getal dat te groot is" if not math.isnan(value) else "NaN"
    try:
        text = json.dumps(_plain(value), ensure_ascii=False)
    except (TypeError, ValueError, ArithmeticError):
        text = "een heel groot getal" if isinstance(value, int) else f"een waarde van het soort {type(value).__name__}"
    return text if len(text) <= SHOWN_MAX else text[: SHOWN_MAX - 1] + "…"


def _plain(value: Any) -> Any:
    """A value as JSON would hold it, where there is one way to say it: a decimal as its number, a date as
    JJJJ-MM-DD, a set or tuple as a list, bytes as their text."""
    if isinstance(value, decimal.Decimal | fractions.Fraction):
        return float(value) if value != int(value) else int(value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return [_plain(item) for item in sorted(value, key=str)] if not isinstance(value, tuple) else list(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value


def _range(kind: str, ctx: dict[str, Any], value: str) -> str:
    if kind == "greater_than_equal":
        return f"het getal moet {ctx.get('ge')} of hoger zijn (niet {value})."
    if kind == "greater_than":
        return f"het getal moet hoger zijn dan {ctx.get('gt')} (niet {value})."
    if kind == "less_than_equal":
        return f"het getal mag niet hoger zijn dan {ctx.get('le')} (niet {value})."
    return f"het getal moet lager zijn dan {ctx.get('lt')} (niet {value})."


# What is wrong, per pydantic error type whose words need neither the value nor the context.
_FIXED = {
    "missing": "dit veld is verplicht; vul het in.",
    "extra_forbidden": "dit veld bestaat niet. Controleer de spelling; onbekende velden worden niet genegeerd.",
    "invalid_key": "een veldnaam moet tekst zijn.",
    "string_too_short": "dit mag niet leeg zijn.",
    "too_short": "geef er minstens één.",
    "json_invalid": "dit is geen geldige JSON.",
    "json_type": "geef JSON-tekst.",
    "recursion_loop": "deze waarde verwijst naar zichzelf.",
    "frozen_instance": "een profiel kan niet worden veranderd; maak een nieuw profiel.",
    "frozen_field": "dit veld kan niet worden veranderd.",
}
LIST_ERRORS = {"set_type", "frozen_set_type", "list_type", "tuple_type", "iterable_type", "set_item_not_hashable"}
OBJECT_ERRORS = {"model_type", "dict_type", "model_attributes_type", "mapping_type"}


def reason(error: Any) -> str:
    """What is wrong, in Dutch, for one pydantic error; never pydantic's English words."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    value = shown(error.get("input"))
    if kind in _FIXED:
        return _FIXED[kind]
    if kind in {"value_error", "assertion_error"}:
        # Our own validators raise these with a Dutch message.
        return str(error["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if kind == "string_pattern_mismatch":
        return f"{value} heeft niet de goede vorm."
    if kind.startswith(("date_", "datetime_")):
        return f"geef een datum als JJJJ-MM-DD (niet {value})."
    if kind in {"int_type", "int_parsing", "int_from_float", "int_parsing_size"}:
        return f"vul een heel getal in (niet {value})."
    if kind in {"float_type", "float_parsing", "finite_number"}:
        return f"vul een getal in (niet {value})."
    if kind in {"bool_type", "bool_parsing"}:
        return f"vul true of false in (niet {value})."
    if kind in {"greater_than_equal", "greater_than", "less_than_equal", "less_than"}:
        return _range(kind, ctx, value)
    if kind in {"literal_error", "enum"}:
        return f"onbekende waarde {value}. Kies uit: {_choices(ctx)}."
    if kind in LIST_ERRORS:
        return f'geef een lijst met waarden, bijvoorbeeld ["gedrag"] (niet {value}).'
    if kind == "too_long":
        return f"geef er hoogstens {ctx.get('max_length')}."
    if kind in {"string_type", "string_unicode"}:
        return f"geef een tekstwaarde (niet {value})."
    if kind == "string_too_long":
        return f"deze tekst is te lang: hoogstens {ctx.get('max_length')} tekens."
    if kind in OBJECT_ERRORS:
        if error.get("loc"):
            # Inside a file or an object: a part of it (in a rule file, say) should have been names with values.
            return f"geef hier namen met hun waarden, zoals naam: waarde (niet {value})."
        return f'geef een profiel als object met velden, bijvoorbeeld {{"age": 8, "setting": "po"}} (niet {value}).'
    return f"deze waarde is niet geldig (niet {value})."


def dutch_message(error: Any, labels: Mapping[str, str]) -> str:
    """One full Dutch message that names the field by its label; messages already in Dutch pass unchanged."""
    if error["type"].startswith(DUTCH_PREFIX):
        return str(error["msg"])
    field = field_name(tuple(error["loc"]), error["type"], error.get("input"))
    why = reason(error)
    return f"{_label(field, labels)}: {why}" if field else why[:1].upper() + why[1:]


def to_dutch(exc: ValidationError, model: type[BaseModel], labels: Mapping[str, str]) -> ValidationError:
    """The same errors, with Dutch messages that name each field by its label; errors already in Dutch are kept."""
    details: list[InitErrorDetails] = []
    for error in exc.errors():
        # No context: pydantic then shows the message exactly as written, braces and all.
        details.append(
            InitErrorDetails(
                type=PydanticCustomError(_dutch_type(error["type"]), dutch_message(error, labels)),
                loc=tuple(error["loc"]),
                input=error.get("input"),
            )
        )
    return ValidationError.from_exception_data(model.__name__, details)


def more_errors(count: int) -> str:
    """The line that stands for the errors left out."""
    return f"… en nog {count} {'fout' if count == 1 else 'fouten'}. Verbeter eerst de fouten hierboven."


def error_list(exc: ValidationError, limit: int = MAX_ERRORS) -> list[dict[str, str]]:
    """Errors as {field, message} pairs, the shape the API and the CLI report; past `limit`, one line for the rest."""
    errors = exc.errors()
    listed = [
        {"field": field_name(tuple(e["loc"]), e["type"], e.get("input")), "message": e["msg"]} for e in errors[:limit]
    ]
    if len(errors) > limit:
        listed.append({"field": "", "message": more_errors(len(errors) - limit)})
    return listed
