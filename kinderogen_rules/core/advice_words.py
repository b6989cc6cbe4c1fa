"""Plain Dutch (B1): what a rule asks, which facts made it apply, and the sentences of an advice.

One table, `FIELD_WORDS`, holds the words of every profile field: how one value
reads in an explanation ("het kind wacht al 6 weken op jeugdhulp") and how a
test reads in the rulebook ("het kind wacht 6 weken of langer op jeugdhulp").
Labels of values come from `codes`, reasons behind rules from the rule files;
this module only puts them into sentences. The explanation of a rule names the
tests the evaluator says were met (its trace), so it cannot drift from the
decision.
"""

import string
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, Generic, TypeVar

from .advice import Arrangement, Escalation, Informed, Regie, Signal
from .codes import VALUE_LABELS, ArrangementCode
from .conditions import SET_FIELDS, Condition, Evaluator, evaluator
from .decision import Decision
from .profile import CaseProfile
from .ruleset import TEMPLATE_FIELDS, Rule, RuleSet
from .strict import Strict


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


def _label_list(name: str, values: Iterable[str], join: Callable[[Sequence[str]], str]) -> str:
    """The labels of a profile's values, in the order of the codes."""
    labels = VALUE_LABELS[name]
    return join([labels[v] for v in sorted(values, key=list(labels).index)])


def _labels_as_written(name: str, values: Iterable[str], join: Callable[[Sequence[str]], str]) -> str:
    """The labels of the values a rule names, in the order its author wrote them."""
    return join([VALUE_LABELS[name][v] for v in values])


def _fact_phrases(name: str, test: Any, value: Any) -> list[str]:
    """How the profile's value of one field reads, given the test it met.

    >>> from kinderogen_rules.conditions import Range, SetTest
    >>> _fact_phrases("waiting_weeks", Range(min=1), 6)
    ['het kind wacht al 6 weken op jeugdhulp']
    >>> _fact_phrases("concerns", SetTest(has_any=["gedrag", "leren"]), frozenset({"gedrag", "taal"}))
    ['er zijn zorgen over gedrag']
    """
    words = FIELD_WORDS[name]
    if isinstance(words, NumberWords):
        if value == 0 and words.zero:
            return [words.zero]
        return [words.value.format(amount=words.count(value))]
    if isinstance(words, ChoiceWords):
        return [words.own.get(value) or words.value.format(label=VALUE_LABELS[name][value])]
    if isinstance(words, YesNoWords):
        return [words.yes if value else words.no]
    present = set(test.has_any or ()) & value | set(test.has_all or ())
    phrases = []
    if present:
        phrases.append(f"{words.present} {_label_list(name, present, join_nl)}")
    if test.has_none:
        phrases.append(f"{words.absent} {_label_list(name, test.has_none, join_nl)}")
    if test.empty is not None:
        phrases.append(words.none_found if test.empty else f"{words.present} {_label_list(name, value, join_nl)}")
    return phrases


def _test_phrases(name: str, test: Any) -> list[str]:
    """How one test of a rule reads in the rulebook (main-clause order, for a list).

    >>> from kinderogen_rules.conditions import Range
    >>> _test_phrases("weeks_absent", Range(min=1)), _test_phrases("age", Range(min=4, max=12))
    (['het kind zit 1 week of langer zonder passend onderwijs'], ['het kind is 4 tot en met 12 jaar'])
    >>> _test_phrases("setting", ["po", "geen"])
    ['het kind zit op de gewone basisschool, of het kind staat nergens ingeschreven']
    """
    words = FIELD_WORDS[name]
    if isinstance(words, NumberWords):
        low, high = test.min, test.max
        if high == 0 and words.zero:
            return [words.zero]
        if low is not None and high is not None:
            amount = words.count(low) if low == high else f"{low} tot en met {words.count(high)}"
        elif low is not None:
            amount = words.at_least.format(amount=words.count(low))
        else:
            amount = words.at_most.format(amount=words.count(high))
        return [words.range.format(amount=amount)]
    if isinstance(words, ChoiceWords):
        plain = [v for v in test if v not in words.own]
        parts = [words.value.format(label=_labels_as_written(name, plain, join_or))] if plain else []
        parts.extend(words.own[v] for v in test if v in words.own)
        return [", of ".join(parts)]
    if isinstance(words, YesNoWords):
        return [words.yes if test else words.no]
    phrases = []
    if test.has_any:
        phrases.append(f"{words.present} {_labels_as_written(name, test.has_any, join_or)}")
    if test.has_all:
        phrases.append(f"{words.present} {_labels_as_written(name, test.has_all, join_nl)}")
    if test.has_none:
        phrases.append(f"{words.absent} {_labels_as_written(name, test.has_none, join_or)}")
    if test.empty is not None:
        phrases.append(words.none if test.empty else words.some)
    return phrases


@dataclass(frozen=True)
class Outline:
    """A rule's `when` for people: points that must all hold, and groups of which one must hold."""

    points: list[str]
    one_of: list["Outline"]


def condition_outline(condition: Condition) -> Outline:
    """What a rule's `when` asks, as Dutch points."""
    points = [phrase for name, test in condition.tests() for phrase in _test_phrases(name, test)]
    return Outline(points, [condition_outline(branch) for branch in condition.any or ()])


def _branches(condition: Condition) -> Iterable[Condition]:
    yield condition
    for branch in condition.any or ():
        yield from _branches(branch)


def _view(rule: Rule) -> Callable[[Any], tuple[Any, ...]]:
    """What the rule can see of a profile (see RuleWords), as one tuple: the plain fields in one attrgetter call,
    and of each set field only the members the rule's tests name."""
    plain: list[str] = []
    members: list[tuple[str, frozenset[str]]] = []
    for name in sorted(rule.when.fields()):
        tests = [getattr(c, name) for c in _branches(rule.when) if getattr(c, name) is not None]
        if name in SET_FIELDS and not any(t.empty is not None for t in tests):
            members.append((name, frozenset(m for t in tests for m in t.members())))
        else:
            plain.append(name)
    get_plain = attrgetter(*plain) if plain else (lambda profile: None)
    if not members:
        return lambda profile: (get_plain(profile),)
    sets = [(attrgetter(name), named) for name, named in members]
    if len(sets) == 1:
        ((get_set, named),) = sets
        return lambda profile: (get_plain(profile), get_set(profile) & named)
    return lambda profile: (get_plain(profile), *[get(profile) & named for get, named in sets])


class RuleWords:
    """'Dit geldt, want …' for one rule: the facts of a profile that met the rule's tests.

    The sentence depends only on what the rule can see of a profile: its numbers and choices, and of a set only
    the members its tests name (the whole set where a test asks for an empty one). That view is the key of a
    cache, so profiles that differ elsewhere share one sentence. The advisor owns one per rule, and so the cache.
    """

    CACHE_SIZE = 4096

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self._evaluate: Evaluator = evaluator(rule.when)
        self._view = _view(rule)
        self._reasons: dict[tuple[Any, ...], str] = {}

    def reason(self, profile: CaseProfile) -> str:
        """The rule's rationale and why it applies to this profile: 'rationale Dit geldt, want …'."""
        key = self._view(profile)
        reason = self._reasons.get(key)
        if reason is None:
            if len(self._reasons) >= self.CACHE_SIZE:
                self._reasons.clear()
            reason = self._reasons[key] = f"{self.rule.rationale} {self._because(profile)}"
        return reason

    def _because(self, profile: CaseProfile) -> str:
        trace = self._evaluate(profile)
        if trace is None:
            raise RuntimeError(f"Regel {self.rule.id} geldt volgens de engine, maar niet volgens zijn voorwaarden.")
        phrases = [p for name, test in trace for p in _fact_phrases(name, test, getattr(profile, name))]
        if not phrases:
            return "Dit geldt voor ieder kind."
        return f"Dit geldt, want {join_nl(list(dict.fromkeys(phrases)))}."


def profile_words(profile: CaseProfile, names: Iterable[str] = TEMPLATE_FIELDS) -> dict[str, Any]:
    """Values a catalogue text may name, e.g. {waiting_weeks} or {setting} (the rule files are checked to name
    nothing else, see `ruleset.TEMPLATE_FIELDS`)."""
    return {
        name: VALUE_LABELS[name][value] if name in VALUE_LABELS else value
        for name in names
        for value in (getattr(profile, name),)
    }


class _Texts:
    """Catalogue texts filled with a profile's values, each filled text remembered by the values it names."""

    SIZE = 16_384

    def __init__(self) -> None:
        self._names: dict[str, tuple[str, ...]] = {}
        self._filled: dict[tuple[Any, ...], str] = {}

    def fill(self, template: str, profile: CaseProfile) -> str:
        names = self._names.get(template)
        if names is None:
            names = self._names[template] = tuple(
                dict.fromkeys(name for _, name, _, _ in string.Formatter().parse(template) if name)
            )
        if not names:
            return template
        key = (template, *(getattr(profile, name) for name in names))
        text = self._filled.get(key)
        if text is None:
            if len(self._filled) >= self.SIZE:
                self._filled.clear()
            text = self._filled[key] = template.format_map(profile_words(profile, names))
        return text


Part = TypeVar("Part", bound=Strict)


class _Parts(Generic[Part]):
    """Frozen parts of advices by their content: the same words make one object, built once and shared."""

    SIZE = 16_384

    def __init__(self, model: type[Part]) -> None:
        self._model = model
        self._made: dict[tuple[Any, ...], Part] = {}

    def get(self, key: tuple[Any, ...], **fields: Any) -> Part:
        made = self._made.get(key)
        if made is None:
            if len(self._made) >= self.SIZE:
                self._made.clear()
            made = self._made[key] = self._model(**fields)
        return made


class AdviceWords:
    """The worded parts of an advice for one decision and profile, as frozen models ready for `Advice`.

    Parts with the same words are shared between advices (they are frozen), so most advices build none.
    """

    def __init__(self, rules: RuleSet, in_force: Iterable[Rule]) -> None:
        self._catalog = rules.catalog
        self._rules = {rule.id: RuleWords(rule) for rule in in_force}
        self._arrangement_order = {a.code: n for n, a in enumerate(rules.catalog.arrangements)}
        self._arrangement_titles = {a.code: a.title for a in rules.catalog.arrangements}
        self._signal_order = {code: n for n, code in enumerate(rules.catalog.signals)}
        self._regie = _Parts(Regie)
        self._arrangements = _Parts(Arrangement)
        self._informed = _Parts(Informed)
        self._escalations = _Parts(Escalation)
        self._signals = _Parts(Signal)
        self._texts = _Texts()

    def parts(self, decision: Decision, profile: CaseProfile) -> dict[str, Any]:
        """Regie, arrangements, who is kept informed, escalation and signals, with their words."""
        reasons: dict[str, str] = {}

        def reason(rule: Rule) -> str:
            found = reasons.get(rule.id)
            if found is None:
                found = reasons[rule.id] = self._rules[rule.id].reason(profile)
            return found

        arrangements = []
        for code, rules in sorted(decision.arrangement_rules.items(), key=self._arrangement_rank):
            texts = tuple(reason(rule) for rule in rules)
            arrangements.append(
                self._arrangements.get(
                    (code, *(rule.id for rule in rules), texts),
                    code=code,
                    title=self._arrangement_titles[code],
                    explanation=" ".join(texts),
                    rule_ids=[rule.id for rule in rules],
                )
            )
        informed = []
        for partner, rules in decision.informed_rules.items():
            texts = tuple(reason(rule) for rule in rules)
            informed.append(
                self._informed.get(
                    (partner, *(rule.id for rule in rules), texts),
                    partner=partner,
                    explanation=" ".join(texts),
                    rule_ids=[r.id for r in rules],
                )
            )
        return {
            "regie": self._regie_part(decision, profile, reason(decision.decider.rule)),
            "arrangements": arrangements,
            "informed": informed,
            "escalation": self._escalation(decision, profile),
            "signals": [
                self._signals.get((code, text), code=code, message=text)
                for code in sorted(decision.signal_codes, key=self._signal_order.__getitem__)
                for text in (self._texts.fill(self._catalog.signals[code], profile),)
            ],
        }

    def _arrangement_rank(self, item: tuple[ArrangementCode, list[Rule]]) -> int:
        return self._arrangement_order[item[0]]

    def _regie_part(self, decision: Decision, profile: CaseProfile, reason: str) -> Regie:
        parts = [reason]
        region_rule = decision.region_rule
        if region_rule is not None:
            region = VALUE_LABELS["region"][profile.region]
            parts.append(f"In {region} is dat: {decision.lead} ({region_rule.id}).")
        if decision.overruled:
            ids = [r.rule.id for r in decision.overruled]
            parts.append(f"Regel {decision.decider.rule.id} gaat hier voor op {join_nl(ids)}.")
        explanation = " ".join(parts)
        return self._regie.get(
            (decision.holder, decision.lead, explanation),
            holder=decision.holder,
            lead=decision.lead,
            explanation=explanation,
        )

    def _escalation(self, decision: Decision, profile: CaseProfile) -> Escalation | None:
        rules = decision.escalation_rules
        if not rules:
            return None
        texts = [self._texts.fill(rule.then.escalation.explanation, profile) for rule in rules if rule.then.escalation]
        explanation = " ".join(dict.fromkeys(texts))
        to = decision.escalation_to
        return self._escalations.get((tuple(to), explanation), to=to, explanation=explanation)
