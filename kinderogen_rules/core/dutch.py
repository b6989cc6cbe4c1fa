"""Plain Dutch (B1) for lists, numbers and sentences: the few helpers every text of the library is built with."""

import re
from collections.abc import Sequence


def first_upper(text: str) -> str:
    """Capitalise the first letter only.

    >>> first_upper("het CJG neemt de regie")
    'Het CJG neemt de regie'
    """
    return text[:1].upper() + text[1:]


def join_nl(items: Sequence[str]) -> str:
    """Items joined the Dutch way, with 'en' before the last.

    >>> join_nl(["a"]), join_nl(["a", "b"]), join_nl(["a", "b", "c"]), join_nl([])
    ('a', 'a en b', 'a, b en c', '')
    """
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def join_or(items: Sequence[str]) -> str:
    """Items joined with 'of' before the last.

    >>> join_or(["a"]), join_or(["a", "b", "c"])
    ('a', 'a, b of c')
    """
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " of " + items[-1]


def number_nl(value: float) -> str:
    """A whole number with a dot between thousands, as Dutch readers expect.

    >>> number_nl(1234567), number_nl(999), number_nl(4200.4)
    ('1.234.567', '999', '4.200')
    """
    return f"{value:,.0f}".replace(",", ".")


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u00c0-\u00de'\u2018\"(])")


def sentences(text: str) -> list[str]:
    """A text's sentences: a new one starts after . ! or ? and a space, with a capital (so 'art. 5' and '§3.2' stay
    whole).

    >>> sentences("Het kind wacht. Regel steun (art. 5 onder a). Bel de ouders!")
    ['Het kind wacht.', 'Regel steun (art. 5 onder a).', 'Bel de ouders!']
    """
    return [part for part in _SENTENCE_END.split(text.strip()) if part]
