"""Plain Dutch (B1) about a profile: which facts made a rule apply.

The words for fields and values come from `codes`; the reasons behind rules come
from the rule files. This module only puts them into sentences.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .codes import VALUE_LABELS
from .conditions import INT_FIELDS, SET_FIELDS, Condition, matched_tests
from .profile import CaseProfile


def first_upper(text: str) -> str:
    """Capitalise the first letter only ('het CJG' becomes 'Het CJG', not 'Het cjg')."""
    return text[:1].upper() + text[1:]


def join_nl(items: Sequence[str]) -> str:
    """'a', 'a en b', 'a, b en c'."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def _labels(field: str, values: Iterable[str]) -> str:
    names = VALUE_LABELS[field]
    return join_nl([names[v] for v in sorted(values, key=list(names).index)])


_BOOL_PHRASES: dict[str, tuple[str, str]] = {
    "school_support_exhausted": (
        "de basis- en extra ondersteuning van de school zijn ingezet en volstaan niet",
        "de school heeft haar eigen ondersteuning nog niet helemaal ingezet",
    ),
    "exemption_requested": (
        "er is een vrijstelling van de leerplicht gevraagd of overwogen",
        "er is geen vrijstelling van de leerplicht gevraagd",
    ),
    "stuck": (
        "de partijen komen samen niet tot een passend aanbod",
        "de partijen zijn samen nog aan het zoeken naar een aanbod",
    ),
    "has_startkwalificatie": (
        "de jongere heeft een startkwalificatie",
        "de jongere heeft nog geen startkwalificatie",
    ),
}


def _int_phrase(field: str, value: int) -> str:
    if field == "age":
        return f"het kind is {value} jaar"
    if field == "waiting_weeks":
        if value == 0:
            return "het kind staat niet op een wachtlijst"
        return f"het kind wacht al {value} weken op jeugdhulp"
    if value == 0:
        return "het kind krijgt gewoon onderwijs"
    return f"het kind zit al {value} {'week' if value == 1 else 'weken'} zonder passend onderwijs"


_CONSENT_PHRASES = {
    "ja": "de ouders staan achter de aanpak",
    "nee": "de ouders staan (nog) niet achter de aanpak",
    "onbekend": "het is nog niet bekend of de ouders achter de aanpak staan",
}


def _enum_phrase(field: str, value: str) -> str:
    label = VALUE_LABELS[field][value]
    if field == "setting":
        return "het kind staat nergens ingeschreven" if value == "geen" else f"het kind zit op {label}"
    if field == "region":
        return f"het kind woont in {label}"
    if field == "parents_consent":
        return _CONSENT_PHRASES[value]
    if field == "cognitive_level":
        if value == "onbekend":
            return "het cognitieve niveau is nog niet bekend"
        return f"het kind functioneert cognitief {label}"
    return f"de belastbaarheid voor onderwijs is {label}"


def _set_phrases(field: str, test: Any, value: frozenset[str]) -> list[str]:
    present = set(test.has_any or ()) & value | set(test.has_all or ())
    absent = set(test.has_none or ())
    phrases = []
    if field == "concerns":
        if present:
            phrases.append(f"er zijn zorgen over {_labels(field, present)}")
        if absent:
            phrases.append(f"er zijn geen zorgen over {_labels(field, absent)}")
        if test.empty is not None:
            named = _labels(field, value)
            phrases.append("er zijn geen zorgen genoemd" if test.empty else f"er zijn zorgen over {named}")
    elif field == "shows_at":
        if present:
            phrases.append(f"de problemen spelen {_labels(field, present)}")
        if absent:
            phrases.append(f"de problemen spelen niet {_labels(field, absent)}")
        if test.empty is not None:
            phrases.append("er spelen geen problemen" if test.empty else f"de problemen spelen {_labels(field, value)}")
    else:
        if present:
            phrases.append(f"er is of komt {_labels(field, present)}")
        if absent:
            phrases.append(f"er is geen {_labels(field, absent)}")
        if test.empty is not None:
            phrases.append("er is nog geen zorg" if test.empty else f"er is of komt {_labels(field, value)}")
    return phrases


def fact_phrases(condition: Condition, profile: CaseProfile) -> list[str]:
    """The facts of the profile that made the condition hold, as short Dutch phrases."""
    phrases: list[str] = []
    for field, test in matched_tests(condition, profile) or []:
        value = getattr(profile, field)
        if field in INT_FIELDS:
            phrases.append(_int_phrase(field, value))
        elif field in SET_FIELDS:
            phrases.extend(_set_phrases(field, test, value))
        elif field in _BOOL_PHRASES:
            phrases.append(_BOOL_PHRASES[field][0 if value else 1])
        else:
            phrases.append(_enum_phrase(field, value))
    return list(dict.fromkeys(phrases))


# Explanations depend only on the fields a condition tests, so they are remembered per condition and values.
# The cache holds the condition itself, so its id cannot be reused while the entry lives.
_BECAUSE: dict[tuple[int, tuple[Any, ...]], tuple[Condition, str]] = {}
_BECAUSE_MAX = 200_000


_FIELDS: dict[int, tuple[Condition, tuple[str, ...]]] = {}


def _tested_fields(condition: Condition) -> tuple[str, ...]:
    known = _FIELDS.get(id(condition))
    if known is None:
        known = _FIELDS[id(condition)] = (condition, tuple(sorted(condition.fields())))
    return known[1]


def because(condition: Condition, profile: CaseProfile) -> str:
    """'Dit geldt, want …' naming the facts (main-clause order reads right after 'want')."""
    key = (id(condition), tuple(getattr(profile, field) for field in _tested_fields(condition)))
    cached = _BECAUSE.get(key)
    if cached is not None:
        return cached[1]
    phrases = fact_phrases(condition, profile)
    text = f"Dit geldt, want {join_nl(phrases)}." if phrases else "Dit geldt voor ieder kind."
    if len(_BECAUSE) >= _BECAUSE_MAX:
        _BECAUSE.clear()
    _BECAUSE[key] = (condition, text)
    return text


def _range_phrase(field: str, low: int | None, high: int | None) -> str:
    if field == "waiting_weeks" and high == 0:
        return "het kind staat niet op een wachtlijst"
    unit = "jaar" if field == "age" else "weken"
    if low is not None and high is not None:
        amount = f"{low} {unit}" if low == high else f"{low} tot en met {high} {unit}"
    elif low is not None:
        amount = f"{low} {unit} of ouder" if field == "age" else f"{low} {'week' if low == 1 else unit} of langer"
    else:
        amount = f"{high} {unit} of jonger" if field == "age" else f"hoogstens {high} {unit}"
    if field == "age":
        return f"het kind is {amount}"
    if field == "waiting_weeks":
        return f"het kind wacht {amount} op jeugdhulp"
    return f"het kind zit {amount} zonder passend onderwijs"


def _choice_phrase(field: str, values: Sequence[str]) -> str:
    if field == "setting":
        places = [VALUE_LABELS["setting"][v] for v in values if v != "geen"]
        parts = [f"het kind zit op {join_or(places)}"] if places else []
        if "geen" in values:
            parts.append("het kind staat nergens ingeschreven")
        return ", of ".join(parts)
    if field == "region":
        return "het kind woont in " + join_or([VALUE_LABELS["region"][v] for v in values])
    if field == "parents_consent":
        return join_or([_CONSENT_PHRASES[v] for v in values])
    labels = join_or([VALUE_LABELS[field][v] for v in values])
    if field == "cognitive_level":
        return f"het kind functioneert cognitief {labels}"
    return f"de belastbaarheid voor onderwijs is {labels}"


def join_or(items: Sequence[str]) -> str:
    """'a', 'a of b', 'a, b of c'."""
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " of " + items[-1]


_SET_WORDS = {
    "concerns": ("er zijn zorgen over", "er zijn geen zorgen over", "er zijn zorgen", "er zijn geen zorgen"),
    "shows_at": ("de problemen spelen", "de problemen spelen niet", "er spelen problemen", "er spelen geen problemen"),
    "care": ("er is of komt", "er is geen", "er is of komt zorg", "er is nog geen zorg"),
}


def _set_test_phrases(field: str, test: Any) -> list[str]:
    present, absent, anything, nothing = _SET_WORDS[field]
    names = VALUE_LABELS[field]
    phrases = []
    if test.has_any:
        phrases.append(f"{present} {join_or([names[v] for v in test.has_any])}")
    if test.has_all:
        phrases.append(f"{present} {join_nl([names[v] for v in test.has_all])}")
    if test.has_none:
        phrases.append(f"{absent} {join_or([names[v] for v in test.has_none])}")
    if test.empty is not None:
        phrases.append(nothing if test.empty else anything)
    return phrases


@dataclass(frozen=True)
class Outline:
    """A rule's `when` for people: points that must all hold, and groups of which one must hold."""

    points: list[str]
    one_of: list["Outline"]


def condition_outline(condition: Condition) -> Outline:
    """What a rule's `when` asks, as Dutch points (main-clause order, for a list)."""
    points: list[str] = []
    for field, test in condition.tests():
        if field in INT_FIELDS:
            points.append(_range_phrase(field, test.min, test.max))
        elif field in SET_FIELDS:
            points.extend(_set_test_phrases(field, test))
        elif field in _BOOL_PHRASES:
            points.append(_BOOL_PHRASES[field][0 if test else 1])
        else:
            points.append(_choice_phrase(field, test))
    return Outline(points, [condition_outline(branch) for branch in condition.any or ()])
