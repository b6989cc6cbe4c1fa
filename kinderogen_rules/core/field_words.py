"""The words of every profile field, in one table, `FIELD_WORDS`: how one value reads in an explanation ("het kind
wacht al 6 weken op jeugdhulp") and how a test reads in the rulebook ("het kind wacht 6 weken of langer op
jeugdhulp"). Labels of values come from `codes`; the sentences are put together where they are read: an advice's
explanations (`advice_words`), the rulebook (`rulebook.outline`) and a what-if sentence (`proofs.whatif_words`).
"""

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class NumberWords:
    """A whole-number field: `value` frames one amount, `range` frames a test; `zero` stands for 0 (and for a test
    up to 0) where 0 has its own words."""

    value: str
    range: str
    unit: tuple[str, str]
    at_least: str
    at_most: str
    zero: str | None = None

    def count(self, number: int) -> str:
        """
        >>> FIELD_WORDS["weeks_absent"].count(1), FIELD_WORDS["weeks_absent"].count(3)
        ('1 week', '3 weken')
        """
        return f"{number} {self.unit[0] if number == 1 else self.unit[1]}"


@dataclass(frozen=True)
class ChoiceWords:
    """A field with one value from a list: `value` frames the label; `own` values have a phrase of their own."""

    value: str
    own: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SetWords:
    """A field with a set of values: present and absent members, some or none at all; `none_found` is how an
    explanation says the set is empty."""

    present: str
    absent: str
    some: str
    none: str
    none_found: str


@dataclass(frozen=True)
class YesNoWords:
    yes: str
    no: str


FieldWords = NumberWords | ChoiceWords | SetWords | YesNoWords

CONSENT_WORDS = {
    "ja": "de ouders staan achter de aanpak",
    "nee": "de ouders staan (nog) niet achter de aanpak",
    "onbekend": "het is nog niet bekend of de ouders achter de aanpak staan",
}

FIELD_WORDS: dict[str, FieldWords] = {
    "age": NumberWords(
        value="het kind is {amount}",
        range="het kind is {amount}",
        unit=("jaar", "jaar"),
        at_least="{amount} of ouder",
        at_most="{amount} of jonger",
    ),
    "waiting_weeks": NumberWords(
        value="het kind wacht al {amount} op jeugdhulp",
        range="het kind wacht {amount} op jeugdhulp",
        unit=("week", "weken"),
        at_least="{amount} of langer",
        at_most="hoogstens {amount}",
        zero="het kind staat niet op een wachtlijst",
    ),
    "weeks_absent": NumberWords(
        value="het kind zit al {amount} zonder passend onderwijs",
        range="het kind zit {amount} zonder passend onderwijs",
        unit=("week", "weken"),
        at_least="{amount} of langer",
        at_most="hoogstens {amount}",
        zero="het kind krijgt gewoon onderwijs",
    ),
    "setting": ChoiceWords("het kind zit op {label}", {"geen": "het kind staat nergens ingeschreven"}),
    "region": ChoiceWords("het kind woont in {label}"),
    "parents_consent": ChoiceWords("", CONSENT_WORDS),
    "cognitive_level": ChoiceWords(
        "het kind functioneert cognitief {label}", {"onbekend": "het cognitieve niveau is nog niet bekend"}
    ),
    "load_capacity": ChoiceWords("de belastbaarheid voor onderwijs is {label}"),
    "concerns": SetWords(
        present="er zijn zorgen over",
        absent="er zijn geen zorgen over",
        some="er zijn zorgen",
        none="er zijn geen zorgen",
        none_found="er zijn geen zorgen genoemd",
    ),
    "shows_at": SetWords(
        present="de problemen spelen",
        absent="de problemen spelen niet",
        some="er spelen problemen",
        none="er spelen geen problemen",
        none_found="er spelen geen problemen",
    ),
    "care": SetWords(
        present="er is of komt",
        absent="er is geen",
        some="er is of komt zorg",
        none="er is nog geen zorg",
        none_found="er is nog geen zorg",
    ),
    "school_support_exhausted": YesNoWords(
        "de basis- en extra ondersteuning van de school zijn ingezet en volstaan niet",
        "de school heeft haar eigen ondersteuning nog niet helemaal ingezet",
    ),
    "exemption_requested": YesNoWords(
        "er is een vrijstelling van de leerplicht gevraagd of overwogen",
        "er is geen vrijstelling van de leerplicht gevraagd",
    ),
    "stuck": YesNoWords(
        "de partijen komen samen niet tot een passend aanbod",
        "de partijen zijn samen nog aan het zoeken naar een aanbod",
    ),
    "has_startkwalificatie": YesNoWords(
        "de jongere heeft een startkwalificatie",
        "de jongere heeft nog geen startkwalificatie",
    ),
}
