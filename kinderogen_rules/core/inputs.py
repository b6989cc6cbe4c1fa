"""Reading a case profile from what a user gave: JSON first, then the profile, both with Dutch messages.

The CLI, batch and the JSON API read JSON the same way: with pydantic's own
parser (strict JSON, no NaN), from bytes that must be UTF-8. Whatever the text
holds (a non-UTF-8 byte, thousands of nested brackets, a number of 5,000
digits), the answer is a Dutch message that says where and why, never an
exception from deep inside a parser.
"""

import re
from typing import Any

from pydantic import ValidationError
from pydantic_core import from_json

from .errors import InputError, NotJsonError
from .profile import Profile
from .validation import error_list, shown

# A case profile fits in far less; the web app refuses larger bodies and advise larger files.
MAX_PROFILE_BYTES = 64 * 1024


_CODE = "een \\u-code in een tekst is geen geldig teken"
# The parser's reasons (jiter, inside pydantic-core) in Dutch.
JSON_REASONS = {
    "EOF while parsing a value": "de tekst houdt op waar een waarde moet komen",
    "EOF while parsing a list": "de tekst houdt op voordat de lijst met ] is gesloten",
    "EOF while parsing an object": "de tekst houdt op voordat het object met } is gesloten",
    "EOF while parsing a string": 'de tekst houdt op voordat een tekst met " is gesloten',
    "expected `:`": "na een veldnaam hoort een dubbele punt (:)",
    "expected `,` or `}`": "hier hoort een komma (,) of het einde van het object (})",
    "expected `,` or `]`": "hier hoort een komma (,) of het einde van de lijst (])",
    "key must be a string": 'een veldnaam moet tussen dubbele aanhalingstekens staan, bijvoorbeeld "age"',
    "trailing comma": "na de laatste waarde mag geen komma staan",
    "trailing characters": "na het einde van de JSON staat nog meer tekst",
    "expected value": (
        "hier hoort een waarde: een getal, tekst tussen dubbele aanhalingstekens, true, false, null, "
        "een lijst of een object"
    ),
    "expected ident": "hier staat een woord dat JSON niet kent; bedoelt u true, false of null?",
    "invalid number": "dit getal is niet goed geschreven",
    "number out of range": "dit getal heeft te veel cijfers",
    "invalid escape": "na een \\ in een tekst staat een teken dat daar niet mag",
    "invalid unicode code point": _CODE,
    "unexpected end of hex escape": _CODE,
    "lone leading surrogate in hex escape": _CODE,
    "control character (\\u0000-\\u001F) found while parsing a string": (
        "in een tekst staat een regeleinde, tab of ander stuurteken; schrijf het als \\n of \\t"
    ),
    "recursion limit exceeded": "er staan te veel haakjes in elkaar",
}
_AT = re.compile(r"^(?P<kind>.*) at line (?P<line>\d+) column (?P<column>\d+)$", re.DOTALL)


def _position(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    return line, offset - (data.rfind(b"\n", 0, offset) + 1) + 1


def decode_utf8(data: bytes) -> str:
    """Bytes as text; NotJsonError says where a byte is not UTF-8. A leading byte order mark is dropped."""
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line, column = _position(data, exc.start)
        raise NotJsonError(
            f"hier staat een teken dat geen UTF-8 is (byte 0x{data[exc.start]:02X}); sla het bestand op als UTF-8",
            line,
            column,
        ) from None


def parse_json(data: str | bytes) -> Any:
    """One JSON document, strict (no NaN or Infinity, no name twice in one object); NotJsonError says in Dutch where
    and why it is not JSON."""
    text = decode_utf8(data) if isinstance(data, bytes) else data.removeprefix("\ufeff")
    if not text.strip():
        raise NotJsonError("er staat niets in", 1, 1)
    try:
        value = from_json(text, allow_inf_nan=False)
    except ValueError as exc:
        found = _AT.match(str(exc))
        if found is None:
            raise NotJsonError("dit is geen JSON", 1, 1) from None
        why = JSON_REASONS.get(found["kind"], "dit is geen JSON")
        raise NotJsonError(why, int(found["line"]), max(1, int(found["column"]))) from None
    if text.count(":") != _names(value):
        _refuse_a_name_twice(text)
    return value


def _names(value: Any) -> int:
    """How many names the objects in a parsed JSON value have (after a name given twice has counted once)."""
    count, todo = 0, [value]
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            count += len(item)
            todo.extend(item.values())
        elif isinstance(item, list):
            todo.extend(item)
    return count


# In JSON text already parsed: a string (a name when a colon follows it), or a bracket that opens or closes.
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"(\s*:)?|[{}\[\]]')


def _refuse_a_name_twice(text: str) -> None:
    """A NotJsonError at the first name that an object has twice: the JSON parser keeps the last one silently, and
    a typo must never silently change an advice. Only called when the quick count (every name is followed by a
    colon) says it may be so: in a profile, a colon stands nowhere else."""
    objects: list[set[str] | None] = []
    for token in _TOKEN.finditer(text):
        sign = token.group()
        if sign in "{[":
            objects.append(set() if sign == "{" else None)
        elif sign in "}]":
            objects.pop()
        elif token.group(1) is not None and objects and (names := objects[-1]) is not None:
            name = from_json(sign[: sign.rindex('"') + 1])
            if name in names:
                line = text.count("\n", 0, token.start()) + 1
                column = token.start() - (text.rfind("\n", 0, token.start()) + 1) + 1
                raise NotJsonError(
                    f"de veldnaam {shown(name)} staat twee keer in hetzelfde object; geef elk veld één keer",
                    line,
                    column,
                )
            names.add(name)


def profile_errors(exc: ValidationError) -> str:
    """The profile's errors, one per line, as the CLI and batch report them."""
    return "\n".join(f"  - {e['message']}" for e in error_list(exc))


def parse_profile(data: str | bytes, where: str, model: type[Profile]) -> Profile:
    """A profile of `model` from JSON text; `where` names the input in the message ('regel 12', a file name)."""
    try:
        value = parse_json(data)
    except NotJsonError as exc:
        raise InputError(f"{where}: geen geldige JSON ({exc.where}: {exc.why}).") from None
    return profile_from(value, where, model)


def profile_from(value: Any, where: str, model: type[Profile]) -> Profile:
    """A profile of `model` from plain values (parsed JSON, a table row); the message names `where`, as
    parse_profile's."""
    try:
        return model.model_validate(value)
    except ValidationError as exc:
        raise InputError(f"{where}: het profiel klopt niet:\n{profile_errors(exc)}") from None
