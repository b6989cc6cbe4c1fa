"""The only module that talks to durable_rules: compile rules, run one profile, report what fired.

durable_rules (no release since 2020) is kept behind this small interface so it
could be swapped. We call its C engine (`durable_rules_engine`, the module its
Python Host is built on) directly: the Host's Python action layer builds a
closure and serialises the whole state twice for every rule that fires, which
more than doubled the cost of an evaluation (measured: 0.34 ms against
0.15 ms per profile, 50 rules, 8 firing). The traps, and what this module does:
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
"""

import itertools
import json
import threading
import weakref
from collections.abc import Sequence
from typing import Any

import durable_rules_engine as _engine

from .conditions import Condition, to_durable

# One lock for the whole process: the C engine is shared by every ruleset.
_ENGINE_LOCK = threading.Lock()
_ruleset_numbers = itertools.count(1)
# The C engine's answer to a fact that no rule matches.
_NOT_HANDLED = 1


def _rule_index(action: str) -> int:
    """The rule an action message is for. The message is `{"r<index>": {...the fact...}}`; reading the
    name off the front spares parsing the whole fact again for every rule that fires."""
    if not action.startswith('{"r'):
        raise RuntimeError(f"durable_rules gaf een onverwacht antwoord: {action[:40]!r}")
    return int(action[3 : action.index('"', 3)])


def _delete_ruleset(handle: Any) -> None:
    with _ENGINE_LOCK:
        _engine.delete_ruleset(handle)


class Engine:
    """Compiled conditions; `fired` says, for one flat fact, which of them hold."""

    def __init__(self, conditions: Sequence[Condition]) -> None:
        self._size = len(conditions)
        self._sessions = itertools.count(1)
        definition = {
            f"r{index}": {"all": [{"m": to_durable(condition)}]} for index, condition in enumerate(conditions)
        }
        with _ENGINE_LOCK:
            self._handle = _engine.create_ruleset(f"kinderogen_{next(_ruleset_numbers)}", json.dumps(definition))
        # The C engine keeps every ruleset (about 1 MB each) until it is deleted: free it when this engine goes.
        self._finalizer = weakref.finalize(self, _delete_ruleset, self._handle)

    def close(self) -> None:
        """Free the compiled ruleset now; the engine cannot be used afterwards."""
        self._finalizer()

    def __len__(self) -> int:
        return self._size

    def fired(self, fact: dict[str, Any]) -> list[int]:
        """Indexes (in rule order) of the conditions that hold for the fact."""
        found: set[int] = set()
        with _ENGINE_LOCK:
            session = str(next(self._sessions))
            try:
                result = _engine.assert_fact(self._handle, json.dumps({**fact, "sid": session}))
                if result[0] == _NOT_HANDLED:
                    return []
                state = result[1]
                started = _engine.start_action_for_state(self._handle, state)
                action = started[1] if started else None
                while action:
                    found.add(_rule_index(action))
                    action = _engine.complete_and_start_action(self._handle, state)
            finally:
                _engine.delete_state(self._handle, session)
        return sorted(found)
