"""Reading a case profile from text a user gave: JSON first, then the profile, both with Dutch messages."""

import json

from pydantic import ValidationError

from .profile import CaseProfile
from .validation import error_list


class InputError(Exception):
    """Bad input from the user, with a Dutch message to print."""


def parse_profile(text: str, where: str) -> CaseProfile:
    """A CaseProfile from JSON text; `where` names the input in the message ('regel 12', a file name)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}: {exc.msg}).") from None
    try:
        return CaseProfile.model_validate(data)
    except ValidationError as exc:
        messages = "\n".join(f"  - {e['message']}" for e in error_list(exc))
        raise InputError(f"{where}: het profiel klopt niet:\n{messages}") from None
