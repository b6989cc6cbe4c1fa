"""The words of one advice in plain Dutch (B1), in layers: in short, what to arrange and when, who is at the table
and why, the route when the parties are stuck, and why each rule applies to this child.

Labels of values and the words of each field come from the vocabulary (`profiel.yaml`), the words of the advice
from the catalogue and the rule files; this module only puts them together. Every text is filled with the words
that fit this child (`wording`). Why a rule applies names the tests the evaluator says were met (its trace), so it
cannot drift from the decision; it is part of "Waarom", the one place rule ids appear.
"""

import string
from collections.abc import Callable, Iterable
from functools import lru_cache, partial
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
    the members its tests name (the whole set where a test asks for an empty one), and on the words that fit the
    child. That view is the key of a cache, so profiles that differ elsewhere share one sentence. The advisor owns one
    per rule, and so the cache.
    """

    CACHE_SIZE = 4096

    def __init__(self, rule: Rule, vocabulary: Vocabulary, wording: Wording) -> None:
        self.rule = rule
        self._vocabulary = vocabulary
        self._wording = wording
        self._evaluate: Evaluator = evaluator(rule.when)
        self._view = _view(rule, vocabulary)
        self._reasons: dict[tuple[Any, ...], str] = {}

    def because(self, profile: Profile, key: tuple[int, ...]) -> str:
        """Why the rule applies to this profile: 'Dit geldt, want …'."""
        memo = (self._view(profile), key)
        reason = self._reasons.get(memo)
        if reason is None:
            if len(self._reasons) >= self.CACHE_SIZE:
                self._reasons.clear()
            reason = self._reasons[memo] = self._wording.fill(self._because(profile), profile, key)
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


Part = TypeVar("Part", bound=Strict)


class _Parts(Generic[Part]):
    """Frozen parts of advices by their content: the same words make one object, built once and shared."""

    SIZE = 16_384

    def __init__(self, model: type[Part]) -> None:
        self._model = model
        self._made: dict[tuple[Any, ...], Part] = {}

    def get(self, key: tuple[Any, ...], **fields: Any) -> Part:
        return self.made(key, lambda: fields)

    def made(self, key: tuple[Any, ...], fields: Callable[[], dict[str, Any]]) -> Part:
        """The part of this key; its fields are worked out only the first time."""
        made = self._made.get(key)
        if made is None:
            if len(self._made) >= self.SIZE:
                self._made.clear()
            made = self._made[key] = self._model(**fields())
        return made


@lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[str, ...]:
    """The sentences of a text, remembered: the same filled texts come back advice after advice."""
    return tuple(sentences(text))


def distinct_sentences(texts: Iterable[str]) -> str:
    """Texts as one, each sentence once: two rules that say the same thing say it once.

    >>> distinct_sentences(["Het kind wacht. Regel steun.", "Regel steun. Vraag de ouders."])
    'Het kind wacht. Regel steun. Vraag de ouders.'
    """
    return " ".join(dict.fromkeys(sentence for text in texts for sentence in _sentences(text)))


def cited_as(document: Document | None, doc_id: str, section: str) -> str:
    """A source as a person names it: 'Kadernotitie Drechtsteden, §3.2 (regie bij de gemeente)'."""
    name = document.cited_as if document is not None else doc_id
    return f"{first_upper(name)}, {section}"


# The layers of one advice that depend only on its decision and on the words that fit the child.
Layers = dict[str, Any]
LAYERS_CACHED = 16_384
# The most names "In het kort" lists of who to invite; the rest are under "Aan tafel".
INVITED_NAMED = 4
# The most first steps "In het kort" names.
FIRST_STEPS = 3
# The most sentences one step of the route says: why, and what that party does.
STEP_SENTENCES = 2


class AdviceWords:
    """The worded parts of an advice for one decision and profile, as frozen models ready for `Advice`.

    Parts with the same words are shared between advices (they are frozen), and the layers of an advice are
    remembered per decision and the words that fit the child, so most advices build none.
    """

    def __init__(self, rules: RuleSet, in_force: Iterable[Rule], order: CodeOrder) -> None:
        in_force = list(in_force)
        catalog = self._catalog = rules.catalog
        vocabulary = rules.vocabulary
        wording = self._wording = Wording(vocabulary)
        self._rules = {rule.id: RuleWords(rule, vocabulary, wording) for rule in in_force}
        self._documents = rules.sources.documents
        self._arrangement_order = order.arrangement_rank
        self._arrangements_info = {a.code: a for a in catalog.arrangements}
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
        # The fields the texts of the catalogue name between braces; the rules' own are found per decision.
        self._fields = frozenset(vocabulary.fields)
        self._catalog_named = self._named([text for where, text in catalog.texts() if not where.startswith("signals.")])
        self._signal_named = {code: self._named([signal.message]) for code, signal in catalog.signals.items()}
        self._rule_named = {rule.id: self._named(self._rule_texts(rule)) for rule in in_force}
        self._rule_named_sorted = {rule_id: tuple(sorted(named)) for rule_id, named in self._rule_named.items()}
        # The catalogue's conditions on a profile that place an arrangement in its group.
        self._placing = tuple(self._now_when.values()) + tuple(self._used_up_when.values())
        self._layers: dict[tuple[Any, ...], Layers] = {}
        self._fired = _Parts(FiredRule)
        self._regie_parts = _Parts(Regie)
        self._arrangement_parts = _Parts(Arrangement)
        self._informed_parts = _Parts(Informed)
        self._escalation_parts = _Parts(Escalation)
        self._step_parts = _Parts(EscalationStep)
        self._signal_parts = _Parts(Signal)
        self._seat_parts = _Parts(Seat)
        self._group_parts = _Parts(PlanGroup)

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

    def _named_values(self, decision: Decision, profile: Profile) -> tuple[Any, ...]:
        """The values of the fields this decision's texts name: with its rules, lead and the words that fit the
        child, all its layers depend on (besides where the catalogue places an arrangement)."""
        named = set(self._catalog_named)
        for code in decision.signal_codes:
            named |= self._signal_named[code]
        for loaded in decision.counting:
            named |= self._rule_named[loaded.rule.id]
        return tuple((name, getattr(profile, name)) for name in sorted(named))

    def parts(self, decision: Decision, profile: Profile) -> dict[str, Any]:
        """Every worded part of the advice: regie, arrangements and their plan, who is informed and at the table,
        the route when stuck, signals, in short, and the fired rules with why each applies."""
        key = self._wording.key(profile)
        values = self._named_values(decision, profile)
        placed = tuple(test(profile) is None for test in self._placing)
        memo = (tuple(id(r) for r in decision.counting), decision.lead, key, values, placed)
        layers = self._layers.get(memo)
        if layers is None:
            if len(self._layers) >= LAYERS_CACHED:
                self._layers.clear()
            layers = self._layers[memo] = self._build(decision, profile, key)
        return {**layers, "fired_rules": self._fired_rules(decision, profile, key)}

    def _fill(self, profile: Profile, key: tuple[int, ...]) -> Any:
        wording = self._wording
        return lambda template: wording.fill(template, profile, key)

    def _fired_rules(self, decision: Decision, profile: Profile, key: tuple[int, ...]) -> list[FiredRule]:
        fill = self._fill(profile, key)
        found = []
        decider = decision.decider.rule
        for loaded in decision.counting:
            rule = loaded.rule
            because = self._rules[rule.id].because(profile, key)
            if rule.then.regie is not None and rule is not decider:
                # A regie rule that counts for what it brings, while another gives the regie: say so, or it reads
                # as a contradiction.
                because = f"{because} De regie volgt {decider.id}: die gaat voor."
            named = tuple(getattr(profile, name) for name in self._rule_named_sorted[rule.id])
            found.append(
                self._fired.made((rule.id, key, because, named), partial(self._fired_fields, rule, fill, because))
            )
        return found

    def _fired_fields(self, rule: Rule, fill: Any, because: str) -> dict[str, Any]:
        sources = [
            SourceRef(
                document=s.document,
                section=s.section,
                cited_as=cited_as(self._documents.get(s.document), s.document, s.section),
            )
            for s in rule.sources
        ]
        return {
            "id": rule.id,
            "title": fill(rule.title),
            "sources": sources,
            "rationale": fill(rule.rationale),
            "because": because,
        }

    def _build(self, decision: Decision, profile: Profile, key: tuple[int, ...]) -> Layers:
        fill = self._fill(profile, key)
        catalog = self._catalog
        # One rule's rationale may explain the regie and an arrangement: what is said once is not said again. Where
        # the rule that gives the regie also brings an arrangement with nothing else to say, the regie keeps the first
        # sentences of the rationale and the arrangement says the last.
        decider = decision.decider.rule
        regie_says = sentences(fill(decider.rationale))
        said = set(regie_says)

        def unsaid(rules: list[Rule], share: bool = True) -> str:
            fresh = [s for s in _sentences(distinct_sentences(fill(rule.rationale) for rule in rules)) if s not in said]
            if share and not fresh and any(rule is decider for rule in rules) and len(regie_says) > 1:
                fresh = [regie_says.pop()]
            said.update(fresh)
            return " ".join(fresh)

        arrangements = []
        for code, rules in sorted(decision.arrangement_rules.items(), key=self._arrangement_rank):
            info = self._arrangements_info[code]
            used_up = info.used_up if self._used_up(code, profile) else None
            explanation = fill(used_up.text) if used_up else unsaid(rules)
            group = used_up.group if used_up else self._group(code, decision, profile)
            arrangements.append(
                self._arrangement_parts.get(
                    (code, explanation, group, key, *(rule.id for rule in rules)),
                    code=code,
                    title=fill(info.title),
                    explanation=explanation,
                    rule_ids=[rule.id for rule in rules],
                    group=group,
                    urgent=info.urgent,
                )
            )
        # A partner kept informed gets what its rules still have to say, or else what it does (its role).
        informed = [
            self._informed_parts.get(
                (partner, name, *(r.id for r in rules), explanation),
                partner=partner,
                name=name,
                explanation=explanation,
                rule_ids=[r.id for r in rules],
            )
            for partner, rules in decision.informed_rules.items()
            for name, explanation in (
                (
                    fill(catalog.partners[partner].name),
                    unsaid(rules, share=False) or fill(catalog.partners[partner].role),
                ),
            )
        ]
        route = self._route(decision, fill)
        seats = self._seats(decision, fill, key)
        plan = self._plan(arrangements)
        regie = self._regie(decision, fill, " ".join(regie_says))
        return {
            "regie": regie,
            "regie_name": fill(catalog.holders[decision.holder].name),
            "arrangements": arrangements,
            "informed": informed,
            "escalation": self._escalation(decision, route),
            "escalation_route": route,
            "signals": [
                self._signal_parts.get((code, text), code=code, message=text)
                for code in sorted(decision.signal_codes, key=self._signal_order.__getitem__)
                for text in (fill(catalog.signals[code].message),)
            ],
            "plan": plan,
            "at_table": seats,
            "summary": self._summary(decision, fill, arrangements, plan, seats, route),
        }

    def _arrangement_rank(self, item: tuple[str, list[Rule]]) -> int:
        return self._arrangement_order[item[0]]

    def _used_up(self, code: str, profile: Profile) -> bool:
        """Whether the profile says this arrangement was already used (`used_up.when` in the catalogue)."""
        used_up_when = self._used_up_when.get(code)
        return used_up_when is not None and used_up_when(profile) is not None

    def _group(self, code: str, decision: Decision, profile: Profile) -> str:
        """When to take an arrangement: its catalogue group, or 'als dat niet genoeg is' when a lighter one it
        comes after is advised too, unless its `now_when` holds."""
        info = self._arrangements_info[code]
        lighter = set(info.after) & set(decision.arrangement_rules)
        now_when = self._now_when.get(code)
        if lighter and (now_when is None or now_when(profile) is None):
            return "als_niet_genoeg"
        return info.group

    def _plan(self, arrangements: list[Arrangement]) -> list[PlanGroup]:
        """The groups in catalogue order; within a group the urgent first, then the lightest."""
        plan = []
        for group, title in self._catalog.groups.items():
            codes = [a.code for a in sorted((a for a in arrangements if a.group == group), key=lambda a: not a.urgent)]
            if codes:
                plan.append(self._group_parts.get((group, *codes), group=group, title=title, arrangements=codes))
        return plan

    def _regie(self, decision: Decision, fill: Any, explanation: str) -> Regie:
        lead = fill(decision.lead)
        return self._regie_parts.get(
            (decision.holder, lead, explanation), holder=decision.holder, lead=lead, explanation=explanation
        )

    def _route(self, decision: Decision, fill: Any) -> list[EscalationStep]:
        """The steps when the parties are stuck, in the catalogue's order of kinds; each sentence said once, at most
        STEP_SENTENCES per step."""
        steps = sorted(decision.escalation_steps.items(), key=lambda item: self._kind_order[item[0][0]])
        route = []
        said: set[str] = set()
        for (kind, to), rules in steps:
            # The rule that knows most about this child speaks first; a step says at most two sentences.
            speaking = sorted(rules, key=lambda r: -len(r.when.fields()))
            said_by = [r.then.escalation.explanation for r in speaking if r.then.escalation is not None]
            lines = [s for text in said_by for s in sentences(fill(text))]
            fresh = [s for s in dict.fromkeys(lines) if s not in said][:STEP_SENTENCES]
            said.update(fresh)
            route.append(
                self._step_parts.get(
                    (kind, to, *fresh, *(rule.id for rule in rules)),
                    kind=kind,
                    title=self._catalog.escalation_kinds[kind],
                    to=list(to),
                    explanation=" ".join(fresh),
                    rule_ids=[rule.id for rule in rules],
                )
            )
        return route

    def _escalation(self, decision: Decision, route: list[EscalationStep]) -> Escalation | None:
        """The whole route as the contract's one field: the first step's kind, every partner on it."""
        if not route:
            return None
        explanation = " ".join(step.explanation for step in route if step.explanation)
        to = decision.escalation_to
        return self._escalation_parts.get(
            (route[0].kind, tuple(to), explanation), kind=route[0].kind, to=to, explanation=explanation
        )

    def _seats(self, decision: Decision, fill: Any, key: tuple[int, ...]) -> list[Seat]:
        """Who is at the table: the child or young person first where a rule says so, then the partners in the
        catalogue's order, each with what they do there and the rules that bring them."""
        catalog = self._catalog
        seats = []
        if decision.child_rules and catalog.child is not None:
            child = catalog.child
            rule_ids = [r.id for r in decision.child_rules]
            seats.append(
                self._seat_parts.made(
                    (None, key, *rule_ids),
                    lambda: {
                        "partner": None,
                        "name": fill(child.name),
                        "reason": fill(child.role),
                        "rule_ids": rule_ids,
                    },
                )
            )
        bringing: dict[str, list[str]] = {}
        for loaded in decision.counting:
            for partner in loaded.rule.then.partners:
                bringing.setdefault(partner, []).append(loaded.rule.id)
            if loaded.rule.then.escalation is not None:
                for partner in loaded.rule.then.escalation.to:
                    bringing.setdefault(partner, []).append(loaded.rule.id)
        for partner in sorted(decision.partners, key=self._partner_order.__getitem__):
            info = catalog.partners[partner]
            rule_ids = list(dict.fromkeys(bringing.get(partner, [])))
            seats.append(
                self._seat_parts.made(
                    (partner, key, *rule_ids),
                    partial(self._seat_fields, partner, info.name, info.role, rule_ids, fill),
                )
            )
        return seats

    @staticmethod
    def _seat_fields(partner: str, name: str, role: str, rule_ids: list[str], fill: Any) -> dict[str, Any]:
        return {"partner": partner, "name": fill(name), "reason": fill(role), "rule_ids": rule_ids}

    def _invited_first(self, decision: Decision, seats: list[Seat]) -> list[Seat]:
        """Who "In het kort" names first: the child or young person, the parents, then who the rule that gives the
        regie brings (the party that coordinates), then the others in the order of "Aan tafel"."""
        regie = decision.decider.rule.then.partners

        def rank(seat: Seat) -> int:
            return 0 if seat.partner is None or seat.partner == "ouders" else 1 if seat.partner in regie else 2

        return sorted(seats, key=rank)

    def _summary(
        self,
        decision: Decision,
        fill: Any,
        arrangements: list[Arrangement],
        plan: list[PlanGroup],
        seats: list[Seat],
        route: list[EscalationStep],
    ) -> list[str]:
        """In het kort, at most five sentences: who coordinates and why, what first, who to invite, and whether
        there is a route when it gets stuck."""
        catalog = self._catalog
        regie = decision.decider.rule.then.regie
        holder = first_upper(fill(catalog.holders[decision.holder].label))
        because = fill(regie.because) if regie is not None and regie.because else ""
        said = [f"{holder} heeft de regie, {because}." if because else f"{holder} heeft de regie."]
        now = next((group for group in plan if group.group == "nu"), None)
        if now is not None:
            shorts = {a.code: fill(self._arrangements_info[a.code].short) for a in arrangements}
            said.append(f"Regel eerst {join_nl([shorts[code] for code in now.arrangements[:FIRST_STEPS]])}.")
        names = [
            seat.name if seat.partner is None else fill(catalog.partners[seat.partner].short)
            for seat in self._invited_first(decision, seats)
        ]
        if names:
            shown, rest = names[:INVITED_NAMED], len(names) - INVITED_NAMED
            more = f" en nog {rest} {'partner' if rest == 1 else 'partners'}" if rest > 0 else ""
            said.append(f"Vraag aan tafel: {join_nl(shown) if rest <= 0 else ', '.join(shown)}{more}.")
        if route:
            said.append("Loopt het vast? Volg dan de stappen onder 'Als het vastloopt'.")
        return said
