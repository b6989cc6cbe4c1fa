"""The only module that talks to durable_rules: its dialect, its C engine, and which rules fire for one profile.

durable_rules (no release since 2020) is kept behind this small interface so it
could be swapped: `Engine(conditions)` and `Engine.fired(profile)`. Everything
that is durable_rules' own lives here: the expression dialect (`to_durable`),
the flat fact it matches on (`fact_json`), and the calls into its C engine
(`durable_rules_engine`, the module its Python Host is built on), wrapped in
`_CEngine` with named results. We skip the Host: its Python action layer builds
a closure and serialises the whole state twice for every rule that fires, which
more than doubled the cost of an evaluation (measured: 0.34 ms against 0.15 ms
per profile, 50 rules, 8 firing). The traps, and what this module does:
- `post` consumes an event at the first matching rule: every profile is asserted
  as a fact, so every matching rule fires.
- A ruleset holds at most 1024 live sessions: each evaluation runs in its own
  session, deleted in a `finally`.
- Concurrent calls crash the process: all calls take one process-wide lock.
  There is no Host, so no background timer threads either.
- The engine records nothing of which rule fired: the name of each action it
  starts holds the rule's index, read off the front of the action message.
- A condition with `$or` fires its rule once per matching branch: the record
  is de-duplicated, so a rule counts once.
- A compiled ruleset (about 1 MB) lives until it is deleted: `Engine.close()`
  deletes it, and a finalizer does when nobody called it.
- A fact that no rule matches still holds a session, and deleting that session
  crashes the process (segmentation fault, measured with a 40-key fact). So the
  ruleset gets one more rule that matches every fact (`ALWAYS`): every session
  ends the normal way, and that rule is left out of what `fired` reports.
"""

import itertools
import json
import sys
import threading
import weakref
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any, NamedTuple

try:
    import durable_rules_engine as _c
except ImportError as exc:
    # A linker error tells a user nothing: say what to run. From Python 3.13 on, durable-rules 2.0.28
    # built without our patch fails right here with "undefined symbol: PyEval_CallObject".
    raise ImportError(
        f"De rules-engine (durable-rules) is niet geïnstalleerd of werkt niet op deze Python "
        f"({sys.version_info.major}.{sys.version_info.minor}). Vanaf Python 3.13 heeft durable-rules 2.0.28 "
        "een kleine patch nodig. Voer in de map van kinderogen-rules `make` uit: dat bouwt durable-rules met "
        "patches/durable-rules-2.0.28-py313.patch en installeert alles in .venv. Of gebruik Python 3.11 of 3.12. "
        f"(Oorzaak: {exc})"
    ) from None

from .conditions import Condition, Range, SetTest
from .errors import RuleLoadError
from .profile import Profile
from .vocabulary import Vocabulary

# One lock for the whole process: the C engine is shared by every ruleset.
_ENGINE_LOCK = threading.Lock()
_ruleset_numbers = itertools.count(1)


def set_key(field: str, member: str) -> str:
    """The flat fact key that tells whether a set field holds a member."""
    return f"{field}__{member}"


class FactWriter:
    """Writes a profile as the one flat fact durable_rules matches on, straight to the JSON the C engine takes:
    sets become one yes/no key per member (`set_key`), since its expressions test flat keys.

    Every piece but the whole numbers is known in advance (codes and yes/no), and a set's piece is remembered per
    value, so writing costs a few string joins instead of a dict of 40 keys and json.dumps.
    """

    # Distinct set values remembered per field; more than this starts the memory afresh (the choices are bounded by
    # their codes: at most 13,824 combinations).
    MEMORY = 65_536

    def __init__(self, vocabulary: Vocabulary) -> None:
        numbers = vocabulary.of_kind("number")
        self._choice_names = (*vocabulary.of_kind("choice"), *vocabulary.of_kind("yesno"))
        self._members = {name: vocabulary.values(name) for name in vocabulary.of_kind("set")}
        self._numbers = _getter(numbers)
        self._choices = _getter(self._choice_names)
        self._sets: list[tuple[Callable[[Any], frozenset[str]], str, dict[frozenset[str], str]]] = [
            (attrgetter(name), name, {}) for name in self._members
        ]
        self._choice_pieces: dict[tuple[Any, ...], str] = {}
        pieces = [f'"sid":"%s","{ALWAYS_KEY}":true', *(f'"{name}":%d' for name in numbers)]
        pieces += ["%s"] * (bool(self._choice_names) + bool(self._members))
        self._template = "{" + ",".join(pieces) + "}"

    def _choice_piece(self, values: tuple[Any, ...]) -> str:
        return ",".join(f'"{name}":{json.dumps(value)}' for name, value in zip(self._choice_names, values, strict=True))

    def _set_piece(self, name: str, value: frozenset[str]) -> str:
        return ",".join(
            f'"{set_key(name, member)}":{"true" if member in value else "false"}' for member in self._members[name]
        )

    def __call__(self, profile: Profile, session: str) -> str:
        choices = self._choices(profile)
        choice_piece = self._choice_pieces.get(choices)
        if choice_piece is None:
            choice_piece = self._choice_pieces[choices] = self._choice_piece(choices)
        set_pieces = []
        for get, name, known in self._sets:
            value = get(profile)
            piece = known.get(value)
            if piece is None:
                if len(known) >= self.MEMORY:
                    known.clear()
                piece = known[value] = self._set_piece(name, value)
            set_pieces.append(piece)
        tail = ([choice_piece] if self._choice_names else []) + ([",".join(set_pieces)] if set_pieces else [])
        return self._template % (session, *self._numbers(profile), *tail)


def _getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """A profile's values of these fields as one tuple, in one call."""
    if len(names) == 1:
        (name,) = names
        return lambda profile: (getattr(profile, name),)
    return attrgetter(*names) if names else (lambda profile: ())


def _all_of(parts: list[dict[str, Any]]) -> dict[str, Any]:
    return parts[0] if len(parts) == 1 else {"$and": parts}


def _one_of(parts: list[dict[str, Any]]) -> dict[str, Any]:
    return parts[0] if len(parts) == 1 else {"$or": parts}


def _compile_test(name: str, test: Any, members: tuple[str, ...]) -> list[dict[str, Any]]:
    """One test in durable_rules' dialect; `members` are the codes of a set field (an empty set is none of them)."""
    if isinstance(test, Range):
        parts: list[dict[str, Any]] = []
        if test.min is not None:
            parts.append({"$gte": {name: test.min}})
        if test.max is not None:
            parts.append({"$lte": {name: test.max}})
        return parts
    if isinstance(test, list):
        return [_one_of([{name: value} for value in test])]
    if isinstance(test, SetTest):
        parts = []
        if test.has_any is not None:
            parts.append(_one_of([{set_key(name, m): True} for m in test.has_any]))
        for member in test.has_all or ():
            parts.append({set_key(name, member): True})
        for member in test.has_none or ():
            parts.append({set_key(name, member): False})
        if test.empty is not None:
            flags = [{set_key(name, m): not test.empty} for m in members]
            parts.append(_all_of(flags) if test.empty else _one_of(flags))
        return parts
    return [{name: bool(test)}]


# A key every fact carries, and the expression of the rule that matches every fact (see the module docstring).
ALWAYS_KEY = "kinderogen"
ALWAYS = {ALWAYS_KEY: True}


def to_durable(condition: Condition, vocabulary: Vocabulary) -> dict[str, Any]:
    """The condition as a durable_rules expression over the flat fact `FactWriter` writes."""
    parts: list[dict[str, Any]] = []
    for name, test in condition.tests():
        parts.extend(_compile_test(name, test, vocabulary.values(name)))
    if condition.any:
        parts.append(_one_of([to_durable(branch, vocabulary) for branch in condition.any]))
    if not parts:
        # A rule without tests holds for every profile: every fact carries ALWAYS_KEY.
        parts.append(ALWAYS)
    return _all_of(parts)


def name_width(conditions: Sequence[Condition]) -> int:
    """How many digits every rule name has, so an action's rule is read off at a fixed place."""
    return len(str(len(conditions)))


def definition(conditions: Sequence[Condition], vocabulary: Vocabulary) -> str:
    """A ruleset in durable_rules' JSON: rule `r<index>` (index in `name_width` digits) matches one fact on the
    index-th condition, and a last rule, one past the conditions, matches every fact."""
    width = name_width(conditions)
    rules = {f"r{index:0{width}d}": {"all": [{"m": to_durable(c, vocabulary)}]} for index, c in enumerate(conditions)}
    rules[f"r{len(conditions):0{width}d}"] = {"all": [{"m": ALWAYS}]}
    return json.dumps(rules)


class Asserted(NamedTuple):
    """The C engine's answer to a fact: whether some rule matched, and the state that holds the actions to run."""

    handled: bool
    state: int


# What the C engine's error codes on compiling mean, for a rule author (from durable_rules' rules.h).
_COMPILE_ERRORS = {
    113: "de voorwaarden hebben te veel combinaties van keuzes (lijsten, has_any en any) voor de rules-engine",
    106: "de regel heeft te veel onderdelen voor de rules-engine",
    108: "de regel heeft te veel onderdelen voor de rules-engine",
}


class _CEngine:
    """durable_rules' C engine, call by call, with names for what its tuples and numbers mean. Callers hold
    `_ENGINE_LOCK`."""

    # assert_fact's first number: 1 means no rule matched (0 that some did; 2 and 3 are for events and queues).
    _NOT_HANDLED = 1

    @staticmethod
    def create(name: str, rules_json: str) -> int:
        return int(_c.create_ruleset(name, rules_json))

    @staticmethod
    def error_code(error: Exception) -> int | None:
        """The number in the C engine's 'Could not create ruleset, error code: 113'."""
        text = str(error)
        digits = text.rsplit(":", 1)[-1].strip()
        return int(digits) if digits.isdigit() else None

    @staticmethod
    def delete(handle: int) -> None:
        _c.delete_ruleset(handle)

    @classmethod
    def assert_fact(cls, handle: int, fact_json: str) -> Asserted:
        code, state = _c.assert_fact(handle, fact_json)
        return Asserted(code != cls._NOT_HANDLED, state)

    @staticmethod
    def first_action(handle: int, state: int) -> str | None:
        """The message of the first action to run (start_action_for_state gives (state, message) or nothing)."""
        started = _c.start_action_for_state(handle, state)
        return str(started[1]) if started else None

    @staticmethod
    def next_action(handle: int, state: int) -> str | None:
        """Complete the running action and start the next; its message, or nothing when all have run."""
        message = _c.complete_and_start_action(handle, state)
        return str(message) if message else None

    @staticmethod
    def delete_state(handle: int, session: str) -> None:
        _c.delete_state(handle, session)


def _rule_index(action: str, width: int) -> int:
    """The rule an action message is for. The message is `{"r<index>": {...the fact...}}`; reading the
    name off the front spares parsing the whole fact again for every rule that fires."""
    if not action.startswith('{"r') or action[3 + width] != '"':
        raise RuntimeError(f"durable_rules gaf een onverwacht antwoord: {action[:40]!r}")
    return int(action[3 : 3 + width])


def _delete_ruleset(handle: int) -> None:
    with _ENGINE_LOCK:
        _CEngine.delete(handle)


def _compile(conditions: Sequence[Condition], vocabulary: Vocabulary) -> int:
    with _ENGINE_LOCK:
        return _CEngine.create(f"kinderogen_{next(_ruleset_numbers)}", definition(conditions, vocabulary))


def _refused(conditions: Sequence[Condition], vocabulary: Vocabulary, names: Sequence[str]) -> RuleLoadError:
    """Which conditions the C engine cannot compile, each tried alone, as a load error naming the rules."""
    problems = []
    for condition, name in zip(conditions, names, strict=True):
        try:
            _delete_ruleset(_compile([condition], vocabulary))
        except _c.error as exc:
            code = _CEngine.error_code(exc)
            why = _COMPILE_ERRORS.get(code or 0, f"de rules-engine kan deze voorwaarden niet aan (foutcode {code})")
            problems.append(f"{name}: {why}; splits de regel in eenvoudigere regels")
    return RuleLoadError(problems or ["de rules-engine kan deze regels samen niet aan; maak de set kleiner"])


class Engine:
    """Compiled conditions; `fired` says, for one profile, which of them hold.

    Conditions the C engine cannot compile (too many combinations) raise RuleLoadError, naming each one by
    `names` (by default its position), so a rule author reads which rule to split rather than a C error.
    """

    def __init__(
        self, conditions: Sequence[Condition], vocabulary: Vocabulary, names: Sequence[str] | None = None
    ) -> None:
        """Compile conditions on the fields of a vocabulary (whose profiles `fired` then takes)."""
        self._size = len(conditions)
        self._sessions = itertools.count(1)
        self._write_fact = FactWriter(vocabulary)
        self._width = name_width(conditions)
        try:
            self._handle = _compile(conditions, vocabulary)
        except _c.error:
            named = names or [f"voorwaarde {n + 1}" for n in range(len(conditions))]
            raise _refused(conditions, vocabulary, named) from None
        self._finalizer = weakref.finalize(self, _delete_ruleset, self._handle)

    def close(self) -> None:
        """Free the compiled ruleset now; the engine cannot be used afterwards."""
        self._finalizer()

    def __len__(self) -> int:
        return self._size

    def fired(self, profile: Profile) -> list[int]:
        """Indexes (in rule order) of the conditions that hold for the profile."""
        with _ENGINE_LOCK:
            session = str(next(self._sessions))
            return self._run(self._write_fact(profile, session), session)

    def _run(self, fact_json: str, session: str) -> list[int]:
        handle = self._handle
        found: set[int] = set()
        always, width = self._size, self._width
        try:
            asserted = _CEngine.assert_fact(handle, fact_json)
            if not asserted.handled:
                return []
            action = _CEngine.first_action(handle, asserted.state)
            while action:
                found.add(_rule_index(action, width))
                action = _CEngine.next_action(handle, asserted.state)
        finally:
            _CEngine.delete_state(handle, session)
        found.discard(always)
        return sorted(found)
