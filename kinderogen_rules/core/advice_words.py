"""The words of one advice in plain Dutch (B1), in layers: in short, what to arrange and when, who is at the table
and why, the route when the parties are stuck, and why each rule applies to this child.

Labels of values and the words of each field come from the vocabulary (`profiel.yaml`), the words of the advice
from the catalogue and the rule files; this module only puts them together. Every text is filled with the words
that fit this child (`wording`). Why a rule applies names the tests the evaluator says were met (its trace), so it
cannot drift from the decision; it is part of "Waarom", the one place rule ids appear.
"""

import string
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from operator import attrgetter
from typing import Any, Generic, TypeVar

from .advice import (
    Arrangement,
    Escalation,
    EscalationStep,
    FiredRule,
    Informed,
    PlanGroup,
    Regie,
    Seat,
    Signal,
    SourceRef,
)
from .advice_codes import CodeOrder
from .conditions import Evaluator, SetTest, condition_model, evaluator
from .decision import Decision
from .dutch import first_upper, join_nl, sentences
from .profile import Profile
from .ruleset import Document, Rule, RuleSet
from .sentences import Sentences
from .strict import Strict
from .vocabulary import ChoiceField, NumberField, SetField, Vocabulary, YesNoField
from .wording import Wording


def fact_phrases(vocabulary: Vocabulary, name: str, test: Any, value: Any) -> list[str]:
    """How the profile's value of one field reads, given the test it met; the words that fit the child ({kind})
    are filled in later, with the rest of the advice.

    >>> from kinderogen_rules import load_rules
    >>> from kinderogen_rules.core.conditions import Range, SetTest
    >>> words = load_rules().vocabulary
    >>> fact_phrases(words, "waiting_weeks", Range(min=1), 6)
    ['{kind} wacht al 6 weken op jeugdhulp']
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


class _Members(dict[frozenset[str], int]):
    """Of a set field's values, the members a rule's tests name, as bits of one number, remembered per value.

    A number keeps the rule's cache keys free of sets: cheap to compare, and left alone by the garbage collector.
    """

    def __init__(self, named: frozenset[str]) -> None:
        super().__init__()
        self._bits = {member: 1 << n for n, member in enumerate(sorted(named))}

    def __missing__(self, value: frozenset[str]) -> int:
        bits = self._bits
        found = self[value] = sum(bits[member] for member in value if member in bits)
        return found


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
    sets = [(attrgetter(name), _Members(named)) for name, named in members]
    if len(sets) == 1:
        ((get_set, seen),) = sets
        return lambda profile: (get_plain(profile), seen[get_set(profile)])
    return lambda profile: (get_plain(profile), *[seen[get(profile)] for get, seen in sets])


class RuleWords:
    """One rule as "Waarom" lists it: its title, sources and rationale, and 'Dit geldt, want …', the facts of a
    profile that met the rule's tests.

    That sentence depends only on what the rule can see of a profile: its numbers and choices, and of a set only
    the members its tests name (the whole set where a test asks for an empty one), and on the words that fit the
    child. That view is the key of a cache, so profiles that differ elsewhere share one fired rule. The advisor owns
    one per rule, and so the cache.
    """

    CACHE_SIZE = 4096

    def __init__(
        self,
        rule: Rule,
        vocabulary: Vocabulary,
        wording: Wording,
        sentences: Sentences,
        sources: list[SourceRef],
        named: Iterable[str],
    ) -> None:
        self.rule = rule
        self._sentences = sentences
        self._vocabulary = vocabulary
        self._wording = wording
        self._sources = sources
        self._evaluate: Evaluator = evaluator(rule.when)
        self._view = _view(rule, vocabulary)
        # The answers the rule's own texts name ({weeks_absent}): part of the key where there are any.
        named = sorted(named)
        self._named: Callable[[Any], Any] | None = attrgetter(*named) if named else None
        self._fired: dict[tuple[Any, ...], FiredRule] = {}
        self._phrases: dict[tuple[Any, ...], list[str]] = {}

    def fired(self, profile: Profile, key: tuple[int, ...], overruled_by: str | None) -> FiredRule:
        """The rule as fired for this profile; `overruled_by` names the regie rule that goes before this one."""
        view = self._view(profile)
        memo = (view, key, overruled_by) if self._named is None else (view, key, overruled_by, self._named(profile))
        fired = self._fired.get(memo)
        if fired is None:
            if len(self._fired) >= self.CACHE_SIZE:
                self._fired.clear()
            fired = self._fired[memo] = self._fired_rule(profile, key, overruled_by)
        return fired

    def _fired_rule(self, profile: Profile, key: tuple[int, ...], overruled_by: str | None) -> FiredRule:
        because = self._because(profile, key)
        if overruled_by is not None:
            # A regie rule that counts for what it brings, while another gives the regie: say so, or it reads as a
            # contradiction.
            because = f"{because} {self._sentences.say('regie_volgt', regel=overruled_by)}"
        fill = self._wording.fill
        return FiredRule(
            id=self.rule.id,
            title=fill(self.rule.title, profile, key),
            sources=self._sources,
            rationale=fill(self.rule.rationale, profile, key),
            because=because,
        )

    def _because(self, profile: Profile, key: tuple[int, ...]) -> str:
        """Why the rule applies to this profile: 'Dit geldt, want …'."""
        trace = self._evaluate(profile)
        if trace is None:
            raise RuntimeError(f"Regel {self.rule.id} geldt volgens de engine, maar niet volgens zijn voorwaarden.")
        fill = self._wording.fill
        phrases = [fill(p, profile, key) for name, test in trace for p in self._phrase(name, test, profile)]
        if not phrases:
            return self._sentences.say("geldt_altijd")
        return self._sentences.say("geldt_want", feiten=join_nl(list(dict.fromkeys(phrases))))

    def _phrase(self, name: str, test: Any, profile: Profile) -> list[str]:
        """How one field's value reads given the test it met, remembered: the same few phrases come back often."""
        value = getattr(profile, name)
        memo = (name, id(test), value)
        phrases = self._phrases.get(memo)
        if phrases is None:
            if len(self._phrases) >= self.CACHE_SIZE:
                self._phrases.clear()
            phrases = self._phrases[memo] = fact_phrases(self._vocabulary, name, test, value)
        return phrases


Part = TypeVar("Part", bound=Strict)


class _Parts(Generic[Part]):
    """Frozen parts of advices by their content: the same words make one object, built once and shared."""

    SIZE = 16_384

    def __init__(self) -> None:
        self._made: dict[tuple[Any, ...], Part] = {}

    def __call__(self, key: tuple[Any, ...], make: Callable[[], Part]) -> Part:
        """The part of this key; `make` builds it only the first time."""
        made = self._made.get(key)
        return self.put(key, make()) if made is None else made

    def get(self, key: tuple[Any, ...]) -> Part | None:
        """The part of this key if it was made (for the hottest paths, which build it without a factory)."""
        return self._made.get(key)

    def put(self, key: tuple[Any, ...], part: Part) -> Part:
        if len(self._made) >= self.SIZE:
            self._made.clear()
        self._made[key] = part
        return part


def cited_as(document: Document | None, doc_id: str, section: str) -> str:
    """A source as a person names it: 'Kadernotitie Drechtsteden, §3.2 (regie bij de gemeente)'."""
    name = document.cited_as if document is not None else doc_id
    return f"{first_upper(name)}, {section}"


@dataclass(frozen=True)
class _RuleSaid:
    """The texts of one rule filled for one child: the rationale (each sentence once) and the escalation split into
    sentences, and why the rule's party has the regie."""

    rationale: tuple[str, ...]
    escalation: tuple[str, ...]
    because: str


@dataclass(frozen=True)
class _CatalogSaid:
    """The catalogue's words filled for one child: what every advice with the same fitting words shares."""

    titles: dict[str, str]
    shorts: dict[str, str]
    used_up: dict[str, str]
    partners: dict[str, tuple[str, str, str]]
    labels: dict[str, str]
    names: dict[str, str]
    child: tuple[str, str] | None


# The layers of one advice that depend only on its decision and on the words that fit the child.
Layers = dict[str, Any]
LAYERS_CACHED = 16_384
# Filled texts of rules and of the catalogue remembered; a rule set has a few hundred, a profile a few forms.
SAID_CACHED = 16_384
# The most names "In het kort" lists of who to invite; the rest are under "Aan tafel".
INVITED_NAMED = 4
# The most first steps "In het kort" names.
FIRST_STEPS = 3
# The most sentences one step of the route says: why, and what that party does.
STEP_SENTENCES = 2


class AdviceWords:
    """The worded parts of an advice for one decision and profile, as frozen models ready for `Advice`.

    Every text is filled and split into sentences once per rule and fitting words (`_RuleSaid`, `_CatalogSaid`), so
    building the layers of a new combination of rules only picks and orders sentences. Parts with the same words are
    shared between advices (they are frozen), and the layers of an advice are remembered per decision and the words
    that fit the child.
    """

    def __init__(self, rules: RuleSet, in_force: Iterable[Rule], order: CodeOrder) -> None:
        in_force = list(in_force)
        catalog = self._catalog = rules.catalog
        vocabulary = rules.vocabulary
        wording = self._wording = Wording(vocabulary)
        documents = rules.sources.documents
        self._arrangement_order = order.arrangement_rank
        self._arrangements_info = {a.code: a for a in catalog.arrangements}
        self._lighter = {a.code: frozenset(a.after) for a in catalog.arrangements}
        condition = condition_model(vocabulary)
        self._now_when = {
            a.code: evaluator(condition.model_validate(a.now_when)) for a in catalog.arrangements if a.now_when
        }
        self._used_up_when = {
            a.code: evaluator(condition.model_validate(a.used_up.when)) for a in catalog.arrangements if a.used_up
        }
        self._signal_order = order.signal_rank
        self._kind_order = {kind: n for n, kind in enumerate(catalog.escalation_kinds)}
        self._partner_order = {code: n for n, code in enumerate(catalog.partners)}
        self._named_first = frozenset(code for code, partner in catalog.partners.items() if partner.named_first)
        # The rule that knows most about the child speaks first in a step of the route.
        self._knows = {rule.id: len(rule.when.fields()) for rule in in_force}
        # Whom each rule brings to the table: its partners, then whom its escalation names.
        self._brings = {
            rule.id: tuple(dict.fromkeys([*rule.then.partners, *self._escalated(rule)])) for rule in in_force
        }
        # The fields the texts name between braces ({weeks_absent}): their answers are part of what is filled.
        self._fields = frozenset(vocabulary.fields)
        self._catalog_named = tuple(
            sorted(self._named([text for where, text in catalog.texts() if not where.startswith("signals.")]))
        )
        self._signal_named = {code: tuple(sorted(self._named([s.message]))) for code, s in catalog.signals.items()}
        self._rule_named = {rule.id: tuple(sorted(self._named(self._rule_texts(rule)))) for rule in in_force}
        # The same, only for the few rules whose texts name answers: most advices look up none.
        self._rule_answers = {rule_id: named for rule_id, named in self._rule_named.items() if named}
        self._rules = {
            rule.id: RuleWords(
                rule,
                vocabulary,
                wording,
                catalog.sentences,
                [
                    SourceRef(
                        document=s.document,
                        section=s.section,
                        cited_as=cited_as(documents.get(s.document), s.document, s.section),
                    )
                    for s in rule.sources
                ],
                self._rule_named[rule.id],
            )
            for rule in in_force
        }
        self._layers: dict[tuple[Any, ...], Layers] = {}
        self._rule_said: dict[tuple[Any, ...], _RuleSaid] = {}
        self._catalog_said: dict[tuple[Any, ...], _CatalogSaid] = {}
        self._regie_parts: _Parts[Regie] = _Parts()
        self._arrangement_parts: _Parts[Arrangement] = _Parts()
        self._informed_parts: _Parts[Informed] = _Parts()
        self._escalation_parts: _Parts[Escalation] = _Parts()
        self._step_parts: _Parts[EscalationStep] = _Parts()
        self._signal_parts: _Parts[Signal] = _Parts()
        self._seat_parts: _Parts[Seat] = _Parts()
        self._group_parts: _Parts[PlanGroup] = _Parts()

    def _named(self, texts: Iterable[str]) -> frozenset[str]:
        """The profile's fields that these texts name between braces ({weeks_absent})."""
        return frozenset(
            name
            for text in texts
            for _, name, _, _ in string.Formatter().parse(text)
            if name is not None and name in self._fields
        )

    @staticmethod
    def _rule_texts(rule: Rule) -> list[str]:
        texts = [rule.title, rule.rationale]
        regie, escalation = rule.then.regie, rule.then.escalation
        if regie is not None:
            texts += [regie.lead, regie.because]
        texts += list((rule.then.leads or {}).values())
        if escalation is not None:
            texts.append(escalation.explanation)
        return texts

    @staticmethod
    def _escalated(rule: Rule) -> list[str]:
        return rule.then.escalation.to if rule.then.escalation is not None else []

    @staticmethod
    def _holding(tests: dict[str, Evaluator], codes: Iterable[str], profile: Profile) -> tuple[str, ...]:
        """The arrangements of this advice whose catalogue condition (`used_up`, `now_when`) the profile meets, in
        catalogue order: a tuple of codes, mostly the empty one, is a cheap part of a cache key."""
        return tuple(code for code, test in tests.items() if code in codes and test(profile) is not None)

    def parts(self, decision: Decision, profile: Profile) -> dict[str, Any]:
        """Every worded part of the advice: regie, arrangements and their plan, who is informed and at the table,
        the route when stuck, signals, in short, and the fired rules with why each applies."""
        key = self._wording.key(profile)
        codes = decision.arrangement_rules
        used_up = self._holding(self._used_up_when, codes, profile)
        now = self._holding(self._now_when, codes, profile)
        # Of the answers texts name, those of this decision's rules and signals: the counting rules fix which.
        values = [getattr(profile, name) for name in self._catalog_named]
        naming = self._rule_answers
        for loaded in decision.counting:
            names = naming.get(loaded.rule.id)
            if names:
                values += [getattr(profile, name) for name in names]
        for code in decision.signal_codes:
            values += [getattr(profile, name) for name in self._signal_named[code]]
        memo = (tuple(map(id, decision.counting)), decision.lead, key, *values, used_up, now)
        layers = self._layers.get(memo)
        if layers is None:
            if len(self._layers) >= LAYERS_CACHED:
                self._layers.clear()
            said = self._said(decision, profile, key)
            layers = self._layers[memo] = self._build(decision, profile, key, said, used_up, now)
        return {**layers, "fired_rules": self._fired_rules(decision, profile, key)}

    def _said(self, decision: Decision, profile: Profile, key: tuple[int, ...]) -> dict[str, _RuleSaid]:
        """The filled texts of the rules that count, by rule id."""
        found = {}
        for loaded in decision.counting:
            rule = loaded.rule
            names = self._rule_answers.get(rule.id)
            memo = (rule.id, key, *(getattr(profile, name) for name in names)) if names else (rule.id, key)
            said = self._rule_said.get(memo)
            if said is None:
                if len(self._rule_said) >= SAID_CACHED:
                    self._rule_said.clear()
                said = self._rule_said[memo] = self._say_rule(rule, profile, key)
            found[rule.id] = said
        return found

    def _say_rule(self, rule: Rule, profile: Profile, key: tuple[int, ...]) -> _RuleSaid:
        fill = self._wording.fill
        regie, escalation = rule.then.regie, rule.then.escalation
        return _RuleSaid(
            rationale=tuple(dict.fromkeys(sentences(fill(rule.rationale, profile, key)))),
            escalation=tuple(sentences(fill(escalation.explanation, profile, key))) if escalation else (),
            because=fill(regie.because, profile, key) if regie is not None and regie.because else "",
        )

    def _catalog_words(self, profile: Profile, key: tuple[int, ...]) -> _CatalogSaid:
        """The catalogue's words for this child, filled once per fitting words (and answers they name)."""
        memo = (key, *(getattr(profile, name) for name in self._catalog_named))
        said = self._catalog_said.get(memo)
        if said is None:
            if len(self._catalog_said) >= SAID_CACHED:
                self._catalog_said.clear()
            said = self._catalog_said[memo] = self._say_catalog(profile, key)
        return said

    def _say_catalog(self, profile: Profile, key: tuple[int, ...]) -> _CatalogSaid:
        catalog = self._catalog

        def fill(template: str) -> str:
            return self._wording.fill(template, profile, key)

        child = catalog.child
        return _CatalogSaid(
            titles={a.code: fill(a.title) for a in catalog.arrangements},
            shorts={a.code: fill(a.short) for a in catalog.arrangements},
            used_up={a.code: fill(a.used_up.text) for a in catalog.arrangements if a.used_up},
            partners={code: (fill(p.name), fill(p.short), fill(p.role)) for code, p in catalog.partners.items()},
            labels={code: first_upper(fill(h.label)) for code, h in catalog.holders.items()},
            names={code: fill(h.name) for code, h in catalog.holders.items()},
            child=(fill(child.name), fill(child.role)) if child is not None else None,
        )

    def _fired_rules(self, decision: Decision, profile: Profile, key: tuple[int, ...]) -> list[FiredRule]:
        decider = decision.decider.rule
        return [
            self._rules[rule.id].fired(
                profile, key, decider.id if rule.then.regie is not None and rule is not decider else None
            )
            for rule in (loaded.rule for loaded in decision.counting)
        ]

    def _build(
        self,
        decision: Decision,
        profile: Profile,
        key: tuple[int, ...],
        said_by: dict[str, _RuleSaid],
        used_up: tuple[str, ...],
        now: tuple[str, ...],
    ) -> Layers:
        words = self._catalog_words(profile, key)
        # One rule's rationale may explain the regie and an arrangement: what is said once is not said again. Where
        # the rule that gives the regie also brings an arrangement with nothing else to say, the regie keeps the first
        # sentences of the rationale and the arrangement says the last.
        decider = decision.decider.rule
        regie_says = list(said_by[decider.id].rationale)
        said = set(regie_says)

        def unsaid(rules: Sequence[Rule], share: bool = True) -> str:
            if len(rules) == 1:
                fresh = [s for s in said_by[rules[0].id].rationale if s not in said]
            else:
                fresh = list(dict.fromkeys(s for rule in rules for s in said_by[rule.id].rationale if s not in said))
            if share and not fresh and decider in rules and len(regie_says) > 1:
                fresh = [regie_says.pop()]
            said.update(fresh)
            return " ".join(fresh)

        arrangements = []
        # The plan: per group, the urgent arrangements and the others, each in catalogue order (lightest first).
        grouped: dict[str, tuple[list[str], list[str]]] = {}
        codes = decision.arrangement_rules
        made = self._arrangement_parts
        for code in sorted(codes, key=self._arrangement_order.__getitem__):
            rules = codes[code]
            info = self._arrangements_info[code]
            if code in used_up and info.used_up is not None:
                explanation, group = words.used_up[code], info.used_up.group
            else:
                explanation = unsaid(rules)
                # After a lighter arrangement in this advice, it comes when that is not enough, unless `now_when`.
                lighter = not self._lighter[code].isdisjoint(codes)
                group = "als_niet_genoeg" if lighter and code not in now else info.group
            rule_ids = [rule.id for rule in rules]
            memo = (code, explanation, group, key, *rule_ids)
            arrangement = made.get(memo)
            if arrangement is None:
                arrangement = made.put(
                    memo,
                    Arrangement(
                        code=code,
                        title=words.titles[code],
                        explanation=explanation,
                        rule_ids=rule_ids,
                        group=group,
                        urgent=info.urgent,
                    ),
                )
            arrangements.append(arrangement)
            urgent, rest = grouped.setdefault(group, ([], []))
            (urgent if info.urgent else rest).append(code)
        # A partner kept informed gets what its rules still have to say, or else what it does (its role).
        informed = []
        for partner, rules in decision.informed_rules.items():
            name, _, role = words.partners[partner]
            explanation = unsaid(rules, share=False) or role
            rule_ids = [r.id for r in rules]
            informed.append(
                self._informed_parts(
                    (partner, name, explanation, *rule_ids),
                    partial(Informed, partner=partner, name=name, explanation=explanation, rule_ids=rule_ids),
                )
            )
        route = self._route(decision, said_by)
        seats = self._seats(decision, words, key)
        plan = self._plan(grouped)
        lead = self._wording.fill(decision.lead, profile, key)
        explanation = " ".join(regie_says)
        regie = self._regie_parts(
            (decision.holder, lead, explanation),
            partial(Regie, holder=decision.holder, lead=lead, explanation=explanation),
        )
        # Remembered as tuples: the empty ones are one shared object, and one of strings is no work for the garbage
        # collector.
        return {
            "regie": regie,
            "regie_name": words.names[decision.holder],
            "arrangements": tuple(arrangements),
            "informed": tuple(informed),
            "escalation": self._escalation(decision, route),
            "escalation_route": tuple(route),
            "signals": tuple(self._signals(decision, profile, key)),
            "plan": tuple(plan),
            "at_table": tuple(seats),
            "summary": tuple(self._summary(decision, words, said_by, plan, seats, route)),
        }

    def _signals(self, decision: Decision, profile: Profile, key: tuple[int, ...]) -> list[Signal]:
        found = []
        for code in sorted(decision.signal_codes, key=self._signal_order.__getitem__):
            message = self._wording.fill(self._catalog.signals[code].message, profile, key)
            found.append(self._signal_parts((code, message), partial(Signal, code=code, message=message)))
        return found

    def _plan(self, grouped: dict[str, tuple[list[str], list[str]]]) -> list[PlanGroup]:
        """The groups in catalogue order; within a group the urgent first, then the lightest."""
        plan = []
        for group, title in self._catalog.groups.items():
            if group in grouped:
                urgent, rest = grouped[group]
                codes = urgent + rest
                plan.append(
                    self._group_parts((group, *codes), partial(PlanGroup, group=group, title=title, arrangements=codes))
                )
        return plan

    def _route(self, decision: Decision, said_by: dict[str, _RuleSaid]) -> list[EscalationStep]:
        """The steps when the parties are stuck, in the catalogue's order of kinds; each sentence said once, at most
        STEP_SENTENCES per step."""
        steps = sorted(decision.escalation_steps.items(), key=lambda item: self._kind_order[item[0][0]])
        route = []
        said: set[str] = set()
        for (kind, to), rules in steps:
            # The rule that knows most about this child speaks first; a step says at most two sentences.
            speaking = sorted(rules, key=lambda r: -self._knows[r.id])
            lines = [s for rule in speaking for s in said_by[rule.id].escalation]
            fresh = [s for s in dict.fromkeys(lines) if s not in said][:STEP_SENTENCES]
            said.update(fresh)
            rule_ids = [rule.id for rule in rules]
            route.append(
                self._step_parts(
                    (kind, to, *fresh, *rule_ids),
                    partial(
                        EscalationStep,
                        kind=kind,
                        title=self._catalog.escalation_kinds[kind],
                        to=list(to),
                        explanation=" ".join(fresh),
                        rule_ids=rule_ids,
                    ),
                )
            )
        return route

    def _escalation(self, decision: Decision, route: list[EscalationStep]) -> Escalation | None:
        """The whole route as the contract's one field: the first step's kind, every partner on it."""
        if not route:
            return None
        explanation = " ".join(step.explanation for step in route if step.explanation)
        to = decision.escalation_to
        kind = route[0].kind
        return self._escalation_parts(
            (kind, tuple(to), explanation), partial(Escalation, kind=kind, to=to, explanation=explanation)
        )

    def _seats(self, decision: Decision, words: _CatalogSaid, key: tuple[int, ...]) -> list[Seat]:
        """Who is at the table: the child or young person first where a rule says so, then the partners in the
        catalogue's order, each with what they do there and the rules that bring them."""
        seats = []
        if decision.child_rules and words.child is not None:
            name, role = words.child
            rule_ids = [r.id for r in decision.child_rules]
            seats.append(
                self._seat_parts(
                    (None, key, *rule_ids), partial(Seat, partner=None, name=name, reason=role, rule_ids=rule_ids)
                )
            )
        bringing: dict[str, list[str]] = {}
        for loaded in decision.counting:
            rule_id = loaded.rule.id
            for partner in self._brings[rule_id]:
                bringing.setdefault(partner, []).append(rule_id)
        made = self._seat_parts
        for partner in sorted(decision.partners, key=self._partner_order.__getitem__):
            rule_ids = bringing.get(partner, [])
            memo = (partner, key, *rule_ids)
            seat = made.get(memo)
            if seat is None:
                name, _, role = words.partners[partner]
                seat = made.put(memo, Seat(partner=partner, name=name, reason=role, rule_ids=rule_ids))
            seats.append(seat)
        return seats

    def _invited_first(self, decision: Decision, seats: list[Seat]) -> list[Seat]:
        """Who "In het kort" names first: the child or young person and the partners the catalogue names first (the
        parents), then who the rule that gives the regie brings (the party that coordinates), then the others in the
        order of "Aan tafel"."""
        regie = decision.decider.rule.then.partners
        first: list[Seat] = []
        coordinating: list[Seat] = []
        others: list[Seat] = []
        for seat in seats:
            partner = seat.partner
            if partner is None or partner in self._named_first:
                first.append(seat)
            else:
                (coordinating if partner in regie else others).append(seat)
        return first + coordinating + others

    def _summary(
        self,
        decision: Decision,
        words: _CatalogSaid,
        said_by: dict[str, _RuleSaid],
        plan: list[PlanGroup],
        seats: list[Seat],
        route: list[EscalationStep],
    ) -> list[str]:
        """In het kort, at most five sentences: who coordinates and why, what first, who to invite, and whether
        there is a route when it gets stuck."""
        say = self._catalog.sentences.say
        holder = words.labels[decision.holder]
        because = said_by[decision.decider.rule.id].because
        said = [say("regie_omdat", houder=holder, omdat=because) if because else say("regie", houder=holder)]
        now = next((group for group in plan if group.group == "nu"), None)
        if now is not None:
            said.append(say("eerst", stappen=join_nl([words.shorts[code] for code in now.arrangements[:FIRST_STEPS]])))
        names = [
            seat.name if seat.partner is None else words.partners[seat.partner][1]
            for seat in self._invited_first(decision, seats)
        ]
        if len(names) <= INVITED_NAMED:
            if names:
                said.append(say("aan_tafel", namen=join_nl(names)))
        else:
            shown, rest = ", ".join(names[:INVITED_NAMED]), len(names) - INVITED_NAMED
            said.append(
                say("aan_tafel_nog_een", namen=shown)
                if rest == 1
                else say("aan_tafel_nog_meer", namen=shown, aantal=rest)
            )
        if route:
            said.append(say("vastlopen"))
        return said
