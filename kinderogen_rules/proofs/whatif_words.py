"""The Dutch (B1) of 'what would change the advice': 'Als <ander antwoord>, <wat er verandert>.', with the rule and its
source apart.

A sentence that starts with 'Als' puts the verb last, so the phrases are
subordinate clauses ("het kind 6 weken op jeugdhulp wacht"), unlike the
main-clause phrases of an explanation: each field declares both in profiel.yaml
(`if` and `words`). Labels of values come from the vocabulary, titles and partner
names from the catalogue, sources from the source register; the module only puts
them into sentences.
"""

import re
from collections.abc import Callable, Sequence
from typing import Any

from ..core.dutch import join_nl, join_or
from ..core.ruleset import Rule, RuleSet
from ..core.vocabulary import ChoiceField, NumberField, Partner, SetField, Vocabulary, YesNoField, put
from .change import DecisionChange

# "§3.2 (regie bij de gemeente)" is cited as "§3.2"; other sections keep their words, the bracketed ones after a comma.
_SECTION_NOTE = re.compile(r"\s*\((.*)\)$")


def if_clause(vocabulary: Vocabulary, name: str, old: Any, new: Sequence[Any]) -> str:
    """The changed answer as the clause after 'Als'; more new values are alternatives with the same effect.

    >>> from kinderogen_rules import load_rules
    >>> words = load_rules().vocabulary
    >>> if_clause(words, "waiting_weeks", 9, [0])
    '{kind} niet meer op een wachtlijst voor jeugdhulp staat'
    >>> more = [frozenset({"gedrag", "gezin"}), frozenset({"gedrag", "taal"})]
    >>> if_clause(words, "concerns", frozenset({"gedrag"}), more)
    'er ook zorgen zijn over meerdere problemen in het gezin of taal'
    >>> if_clause(words, "setting", "po", ["sbo", "so", "geen"])
    '{kind} naar het speciaal basisonderwijs of het speciaal onderwijs gaat, of nergens meer ingeschreven staat'
    """
    field = vocabulary.fields[name]
    if isinstance(field, YesNoField):
        return field.if_.ja if new[0] else field.if_.nee
    if isinstance(field, NumberField):
        zero = field.if_.zero
        return zero if new[0] == 0 and zero else put(field.if_.amount, amount=field.words.count(new[0]))
    if isinstance(field, ChoiceField):
        values = [vocabulary.value(name, value) for value in new]
        plain = [value.label for value in values if not value.if_]
        clauses = [put(field.if_.value or "", label=join_or(plain))] if plain else []
        own = [value.if_ for value in values if value.if_]
        # 'het kind naar het sbo gaat, of nergens meer ingeschreven staat': the subject once.
        subject = "{kind} "
        if clauses and own and clauses[0].startswith(subject) and own[0].startswith(subject):
            own = [clause.removeprefix(subject) for clause in own]
        return ", of ".join(clauses + own)
    assert isinstance(field, SetField)
    members = [member for value in new for member in value ^ old]
    labels = join_or([vocabulary.value_label(name, member) for member in members])
    if len(new[0]) > len(old):
        return put(field.if_.added if old else field.if_.first, label=labels)
    return put(field.if_.removed, label=labels)


def answer_words(vocabulary: Vocabulary, name: str, old: Any, new: Any) -> str:
    """The other answer as a main clause, as an explanation says an answer: for a button that opens the form with it.

    >>> from kinderogen_rules import load_rules
    >>> words = load_rules().vocabulary
    >>> answer_words(words, "stuck", False, True)
    'de partijen komen samen niet tot een passend aanbod'
    >>> answer_words(words, "concerns", frozenset({"gedrag"}), frozenset({"gedrag", "gezin"}))
    'er zijn zorgen over meerdere problemen in het gezin'
    """
    field = vocabulary.fields[name]
    if isinstance(field, NumberField | YesNoField):
        return field.fact(new)
    if isinstance(field, ChoiceField):
        return field.fact(vocabulary.value(name, new))
    assert isinstance(field, SetField)
    added, removed = sorted(new - old), sorted(old - new)
    if added:
        return f"{field.words.present} {join_nl([vocabulary.value_label(name, code) for code in added])}"
    return f"{field.words.absent} {join_nl([vocabulary.value_label(name, code) for code in removed])}"


# Names of arrangements and signals stand between Dutch single quotes.
OPEN_QUOTE, CLOSE_QUOTE = "\u2018", "\u2019"


# A sentence of the list is at most this long; the rule and its source are apart.
MAX_WORDS = 25


def _quoted(items: Sequence[str]) -> str:
    return join_nl([f"{OPEN_QUOTE}{item}{CLOSE_QUOTE}" for item in items])


class ChangeWords:
    """The sentence of one change, with the names of one rule set's catalogue and source register."""

    def __init__(self, rules: RuleSet) -> None:
        catalog = rules.catalog
        self._vocabulary = rules.vocabulary
        # The holder after the change, in general words: the words that fit the child are those of before.
        self._holders = rules.holder_labels
        self._signals = catalog.signal_labels
        self._shorts = {a.code: a.short for a in catalog.arrangements}
        self._partners = catalog.partner_names
        self._partner_shorts = {code: partner.short for code, partner in catalog.partners.items()}
        self._documents = rules.sources.documents
        self._say = catalog.sentences.say

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

    def consequences(self, change: DecisionChange, fill: Callable[[str], str], brief: bool = False) -> list[str]:
        """What changes, each as a clause that follows 'Als …,' (verb first); `brief` counts arrangements instead of
        naming them and gives partners their short names. Each name is filled with the words that fit the child
        before it goes into its sentence, so the sentence itself is never read for braces again."""
        before = change.before
        say = self._say
        said = []
        if change.holder:
            said.append(say("regie_naar", houder=fill(self._holders[change.holder])))
        added = [fill(self._shorts[code]) for code in change.arrangements_added]
        if added:
            said.append(self._one_or_more("erbij_een", "erbij_meer", added, self._arrangements(added, brief)))
        removed = [fill(self._shorts[code]) for code in change.arrangements_removed]
        if removed:
            said.append(self._one_or_more("vervalt_een", "vervallen_meer", removed, self._arrangements(removed, brief)))
        if change.escalation_added:
            names = self._partner_names(change.escalation_added, fill, brief)
            if before.escalation_to:
                said.append(self._one_or_more("route_erbij_een", "route_erbij_meer", change.escalation_added, names))
            else:
                said.append(say("route_nodig", namen=names))
        if change.escalation_removed:
            if set(change.escalation_removed) == set(before.escalation_to):
                said.append(say("route_niet_nodig"))
            else:
                names = self._partner_names(change.escalation_removed, fill, brief)
                said.append(self._one_or_more("route_uit_een", "route_uit_meer", change.escalation_removed, names))
        raised = [fill(self._signals[code]) for code in change.signals_added]
        if raised:
            said.append(
                self._one_or_more("aandachtspunt_erbij_een", "aandachtspunt_erbij_meer", raised, _quoted(raised))
            )
        dropped = [fill(self._signals[code]) for code in change.signals_removed]
        if dropped:
            said.append(
                self._one_or_more("aandachtspunt_vervalt_een", "aandachtspunt_vervalt_meer", dropped, _quoted(dropped))
            )
        return said

    def _one_or_more(self, one: str, more: str, items: Sequence[str], names: str) -> str:
        """The sentence for one item or for more (the verb agrees: 'komt' or 'komen')."""
        return self._say(one, naam=names) if len(items) == 1 else self._say(more, namen=names)

    def _arrangements(self, items: Sequence[str], brief: bool) -> str:
        """Arrangements by name, or (brief) by how many there are."""
        if brief and len(items) > 1:
            return self._say("arrangementen_geteld", aantal=len(items))
        return join_nl(items)

    def _partner_names(self, codes: Sequence[Partner], fill: Callable[[str], str], brief: bool) -> str:
        """Partners by name, or (brief) by short name; more than two (brief) by how many there are."""
        if brief and len(codes) > 2:
            return self._say("partijen_geteld", aantal=len(codes))
        names = self._partner_shorts if brief else self._partners
        return join_nl([fill(names[code]) for code in codes])

    def sentence(
        self, name: str, old: Any, new: Sequence[Any], change: DecisionChange, fill: Callable[[str], str]
    ) -> str:
        """'Als <changed answer>, <what changes>.' in at most MAX_WORDS words, the shortest way that fits: arrangements
        counted rather than named; then the last changes giving way to 'en verandert er nog meer'; then only the
        first of answers with the same effect. The details name them all, with the rule and its source (`cite`)."""
        full = self.consequences(change, fill)
        brief = self.consequences(change, fill, brief=True)
        more = self._say("nog_meer")
        shorter = [full, brief, *([*brief[:kept], more] for kept in range(len(brief) - 1, 0, -1))]
        said = ""
        for answers in (new, new[:1]):
            clause = fill(if_clause(self._vocabulary, name, old, answers))
            for consequences in shorter:
                said = self._say("als", antwoord=clause, gevolgen=join_nl(consequences))
                if len(said.split()) <= MAX_WORDS:
                    return said
        return said
