"""The words of one advice in plain Dutch (B1): why each rule applies to this child, and the worded parts.

Labels of values and the words of each field come from the vocabulary (`profiel.yaml`), reasons behind rules from
the rule files; this module only puts them into sentences. The explanation of a rule names the tests the evaluator
says were met (its trace), so it cannot drift from the decision.
"""

import string
from collections.abc import Callable, Iterable
from functools import partial
from operator import attrgetter
from typing import Any, Generic, TypeVar

from .advice import Arrangement, Escalation, Informed, Regie, Signal
from .advice_codes import CodeOrder
from .conditions import Evaluator, SetTest, evaluator
from .decision import Decision
from .dutch import join_nl
from .profile import Profile
from .ruleset import Rule, RuleSet
from .strict import Strict
from .vocabulary import REGION_FIELD, ChoiceField, NumberField, SetField, Vocabulary, YesNoField


def fact_phrases(vocabulary: Vocabulary, name: str, test: Any, value: Any) -> list[str]:
    """How the profile's value of one field reads, given the test it met.

    >>> from kinderogen_rules import load_rules
    >>> from kinderogen_rules.core.conditions import Range, SetTest
    >>> words = load_rules().vocabulary
    >>> fact_phrases(words, "waiting_weeks", Range(min=1), 6)
    ['het kind wacht al 6 weken op jeugdhulp']
    >>> fact_phrases(words, "concerns", SetTest(has_any=["gedrag", "leren"]), frozenset({"gedrag", "taal"}))
    ['er zijn zorgen over gedrag']
    """
    field = vocabulary.fields[name]
    if isinstance(field, NumberField | YesNoField):
        return [field.fact(value)]
    if isinstance(field, ChoiceField):
        return [field.fact(vocabulary.value(name, value))]
    assert isinstance(field, SetField) and isinstance(test, SetTest)
    words = field.words
    present = set(test.has_any or ()) & value | set(test.has_all or ())
    phrases = []
    if present:
        phrases.append(f"{words.present} {join_nl(vocabulary.labels_in_order(name, present))}")
    if test.has_none:
        phrases.append(f"{words.absent} {join_nl(vocabulary.labels_in_order(name, test.has_none))}")
    if test.empty is not None:
        phrases.append(
            words.none_found if test.empty else f"{words.present} {join_nl(vocabulary.labels_in_order(name, value))}"
        )
    return phrases


def _view(rule: Rule, vocabulary: Vocabulary) -> Callable[[Any], tuple[Any, ...]]:
    """What the rule can see of a profile (see RuleWords), as one tuple: the plain fields in one attrgetter call,
    and of each set field only the members the rule's tests name."""
    plain: list[str] = []
    members: list[tuple[str, frozenset[str]]] = []
    for name in sorted(rule.when.fields()):
        tests = [getattr(c, name) for c in rule.when.branches() if getattr(c, name) is not None]
        if isinstance(vocabulary.fields[name], SetField) and not any(t.empty is not None for t in tests):
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

    def __init__(self, rule: Rule, vocabulary: Vocabulary) -> None:
        self.rule = rule
        self._vocabulary = vocabulary
        self._evaluate: Evaluator = evaluator(rule.when)
        self._view = _view(rule, vocabulary)
        self._reasons: dict[tuple[Any, ...], str] = {}

    def reason(self, profile: Profile) -> str:
        """The rule's rationale and why it applies to this profile: 'rationale Dit geldt, want …'."""
        key = self._view(profile)
        reason = self._reasons.get(key)
        if reason is None:
            if len(self._reasons) >= self.CACHE_SIZE:
                self._reasons.clear()
            reason = self._reasons[key] = f"{self.rule.rationale} {self._because(profile)}"
        return reason

    def _because(self, profile: Profile) -> str:
        trace = self._evaluate(profile)
        if trace is None:
            raise RuntimeError(f"Regel {self.rule.id} geldt volgens de engine, maar niet volgens zijn voorwaarden.")
        words = self._vocabulary
        phrases = [p for name, test in trace for p in fact_phrases(words, name, test, getattr(profile, name))]
        if not phrases:
            return "Dit geldt voor ieder kind."
        return f"Dit geldt, want {join_nl(list(dict.fromkeys(phrases)))}."


class _Texts:
    """Catalogue texts filled with a profile's values (`Vocabulary.fill`), each filled text remembered by the values
    it names."""

    SIZE = 16_384

    def __init__(self, vocabulary: Vocabulary) -> None:
        self._vocabulary = vocabulary
        self._names: dict[str, tuple[str, ...]] = {}
        self._filled: dict[tuple[Any, ...], str] = {}

    def fill(self, template: str, profile: Profile) -> str:
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
            text = self._filled[key] = self._vocabulary.fill(template, partial(getattr, profile))
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

    def __init__(self, rules: RuleSet, in_force: Iterable[Rule], order: CodeOrder) -> None:
        self._catalog = rules.catalog
        self._vocabulary = rules.vocabulary
        self._rules = {rule.id: RuleWords(rule, rules.vocabulary) for rule in in_force}
        self._arrangement_order = order.arrangement_rank
        self._arrangement_titles = {a.code: a.title for a in rules.catalog.arrangements}
        self._signal_order = order.signal_rank
        self._regie = _Parts(Regie)
        self._arrangements = _Parts(Arrangement)
        self._informed = _Parts(Informed)
        self._escalations = _Parts(Escalation)
        self._signals = _Parts(Signal)
        self._texts = _Texts(rules.vocabulary)

    def parts(self, decision: Decision, profile: Profile) -> dict[str, Any]:
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
                for text in (self._texts.fill(self._catalog.signals[code].message, profile),)
            ],
        }

    def _arrangement_rank(self, item: tuple[str, list[Rule]]) -> int:
        return self._arrangement_order[item[0]]

    def _regie_part(self, decision: Decision, profile: Profile, reason: str) -> Regie:
        parts = [reason]
        region_rule = decision.region_rule
        if region_rule is not None:
            region = self._vocabulary.value_label(REGION_FIELD, getattr(profile, REGION_FIELD))
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

    def _escalation(self, decision: Decision, profile: Profile) -> Escalation | None:
        rules = decision.escalation_rules
        if not rules:
            return None
        texts = [self._texts.fill(rule.then.escalation.explanation, profile) for rule in rules if rule.then.escalation]
        explanation = " ".join(dict.fromkeys(texts))
        to = decision.escalation_to
        return self._escalations.get((tuple(to), explanation), to=to, explanation=explanation)
