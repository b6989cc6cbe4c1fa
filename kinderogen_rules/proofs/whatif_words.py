"""The Dutch (B1) of 'what would change the advice': 'Als <ander antwoord>, <wat er verandert> (<regel, bron>).'

A sentence that starts with 'Als' puts the verb last, so the phrases here are
subordinate clauses ("het kind 6 weken op jeugdhulp wacht"), unlike the
main-clause phrases of `core.field_words.FIELD_WORDS`. Labels of values come from
`codes`, titles and partner names from the catalogue, sources from the source
register; the module only puts them into sentences.
"""

import re
from collections.abc import Sequence
from typing import Any

from ..core.codes import HOLDER_LABELS, SIGNAL_LABELS, VALUE_LABELS, Partner
from ..core.dutch import join_nl, join_or
from ..core.field_words import FIELD_WORDS, NumberWords
from ..core.ruleset import Rule, RuleSet
from .change import DecisionChange

# A yes/no answer that becomes yes, and one that becomes no.
YES_NO_IF: dict[str, tuple[str, str]] = {
    "school_support_exhausted": (
        "de ondersteuning van school niet meer volstaat",
        "de school haar eigen ondersteuning nog niet helemaal heeft ingezet",
    ),
    "exemption_requested": (
        "er vrijstelling van de leerplicht wordt gevraagd of overwogen",
        "er geen vrijstelling van de leerplicht meer wordt gevraagd",
    ),
    "stuck": ("de partijen er samen niet uitkomen", "de partijen er samen wel uitkomen"),
    "has_startkwalificatie": ("de jongere een startkwalificatie haalt", "de jongere geen startkwalificatie heeft"),
}

# A choice that becomes this value; `{label}` is the value's label from codes.VALUE_LABELS.
CHOICE_IF: dict[str, dict[str, str]] = {
    "setting": {"geen": "het kind nergens meer ingeschreven staat", "*": "het kind naar {label} gaat"},
    "region": {"*": "het kind in {label} woont"},
    "parents_consent": {
        "ja": "de ouders achter de aanpak staan",
        "nee": "de ouders niet achter de aanpak staan",
        "onbekend": "nog niet bekend is of de ouders achter de aanpak staan",
    },
    "cognitive_level": {
        "laag": "het kind cognitief laag functioneert",
        "gemiddeld_hoog": "het kind cognitief gemiddeld tot hoog functioneert",
        "onbekend": "het cognitieve niveau niet bekend is",
    },
    "load_capacity": {
        "volledig": "het kind een volledig rooster aankan",
        "beperkt": "het kind een deel van de tijd onderwijs aankan",
        "geen": "het kind nu geen onderwijs aankan",
    },
}

# A number that becomes 0 (where 0 has words of its own), and one that becomes `{amount}`.
NUMBER_IF: dict[str, tuple[str | None, str]] = {
    "age": (None, "het kind {amount} wordt"),
    "waiting_weeks": (
        "het kind niet meer op een wachtlijst voor jeugdhulp staat",
        "het kind {amount} op jeugdhulp wacht",
    ),
    "weeks_absent": ("het kind weer passend onderwijs krijgt", "het kind {amount} zonder passend onderwijs zit"),
}

# A set member added (`first` when the set was empty), and one removed; `{label}` is the member's label.
SET_IF: dict[str, tuple[str, str, str]] = {
    "concerns": (
        "er ook zorgen zijn over {label}",
        "er zorgen zijn over {label}",
        "er geen zorgen meer zijn over {label}",
    ),
    "shows_at": (
        "de problemen ook {label} spelen",
        "de problemen {label} spelen",
        "de problemen niet meer {label} spelen",
    ),
    "care": ("er ook {label} komt", "er {label} komt", "er geen {label} meer is"),
}

# "§3.2 (regie bij de gemeente)" is cited as "§3.2"; other sections keep their words, the bracketed ones after a comma.
_SECTION_NOTE = re.compile(r"\s*\((.*)\)$")


def if_clause(name: str, old: Any, new: Sequence[Any]) -> str:
    """The changed answer as the clause after 'Als'; more new values are alternatives with the same effect.

    >>> if_clause("waiting_weeks", 9, [0])
    'het kind niet meer op een wachtlijst voor jeugdhulp staat'
    >>> if_clause("concerns", frozenset({"gedrag"}), [frozenset({"gedrag", "gezin"}), frozenset({"gedrag", "taal"})])
    'er ook zorgen zijn over meerdere problemen in het gezin of taal'
    >>> if_clause("setting", "po", ["sbo", "so", "geen"])
    'het kind naar het speciaal basisonderwijs of het speciaal onderwijs gaat, of nergens meer ingeschreven staat'
    """
    if name in YES_NO_IF:
        return YES_NO_IF[name][0 if new[0] else 1]
    if name in NUMBER_IF:
        zero, amount = NUMBER_IF[name]
        number_words = FIELD_WORDS[name]
        assert isinstance(number_words, NumberWords)
        return zero if new[0] == 0 and zero else amount.format(amount=number_words.count(new[0]))
    if name in CHOICE_IF:
        words = CHOICE_IF[name]
        plain = [VALUE_LABELS[name][value] for value in new if value not in words]
        clauses = [words["*"].format(label=join_or(plain))] if plain else []
        own = [words[value] for value in new if value in words]
        if clauses and own and own[0].startswith("het kind "):
            own = [clause.removeprefix("het kind ") for clause in own]
        return ", of ".join(clauses + own)
    added, first, removed = SET_IF[name]
    members = [member for value in new for member in value ^ old]
    labels = join_or([VALUE_LABELS[name][member] for member in members])
    if len(new[0]) > len(old):
        return (added if old else first).format(label=labels)
    return removed.format(label=labels)


# Names of arrangements and signals stand between Dutch single quotes.
OPEN_QUOTE, CLOSE_QUOTE = "\u2018", "\u2019"


def _quoted(items: Sequence[str]) -> str:
    return join_nl([f"{OPEN_QUOTE}{item}{CLOSE_QUOTE}" for item in items])


class ChangeWords:
    """The sentence of one change, with the names of one rule set's catalogue and source register."""

    def __init__(self, rules: RuleSet) -> None:
        catalog = rules.catalog
        self._titles = {a.code: a.title for a in catalog.arrangements}
        self._partners = catalog.partners
        self._documents = rules.sources.documents

    def cite(self, rule: Rule) -> str:
        """A rule with its first source: 'REGIE-GEMEENTE-01, kadernotitie Drechtsteden §3.2'."""
        source = rule.sources[0]
        document = self._documents.get(source.document)
        name = document.cited_as if document else source.document
        section = source.section
        note = _SECTION_NOTE.search(section)
        if note:
            head = section[: note.start()]
            section = head if head.startswith("§") else f"{head}, {note.group(1)}"
        return f"{rule.id}, {name}{' ' if section.startswith(('§', 'art.')) else ', '}{section}"

    def consequences(self, change: DecisionChange) -> list[str]:
        """What changes, each as a clause that follows 'Als …,' (verb first)."""
        before = change.before
        said = []
        if change.holder:
            said.append(f"gaat de regie naar {HOLDER_LABELS[change.holder]}")
        added = [self._titles[code] for code in change.arrangements_added]
        if added:
            said.append(f"{'komt' if len(added) == 1 else 'komen'} {_quoted(added)} erbij")
        removed = [self._titles[code] for code in change.arrangements_removed]
        if removed:
            said.append(f"{'vervalt' if len(removed) == 1 else 'vervallen'} {_quoted(removed)}")
        if change.escalation_added:
            where = "ligt de doorzettingsmacht ook" if before.escalation_to else "is er doorzettingsmacht nodig"
            said.append(f"{where} bij {self._partner_names(change.escalation_added)}")
        if change.escalation_removed:
            if set(change.escalation_removed) == set(before.escalation_to):
                said.append("is er geen doorzettingsmacht meer nodig")
            else:
                said.append(f"ligt de doorzettingsmacht niet meer bij {self._partner_names(change.escalation_removed)}")
        raised = [SIGNAL_LABELS[code] for code in change.signals_added]
        if raised:
            said.append(f"{'komt de melding' if len(raised) == 1 else 'komen de meldingen'} {_quoted(raised)} erbij")
        dropped = [SIGNAL_LABELS[code] for code in change.signals_removed]
        if dropped:
            said.append(f"{'vervalt de melding' if len(dropped) == 1 else 'vervallen de meldingen'} {_quoted(dropped)}")
        return said

    def _partner_names(self, codes: Sequence[Partner]) -> str:
        return join_nl([self._partners[code] for code in codes])

    def sentence(self, name: str, old: Any, new: Sequence[Any], change: DecisionChange, rule: Rule) -> str:
        """'Als <changed answer>, <what changes> (<the first rule, its source>).'"""
        return f"Als {if_clause(name, old, new)}, {join_nl(self.consequences(change))} ({self.cite(rule)})."
