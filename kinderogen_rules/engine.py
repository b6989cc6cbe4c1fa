"""The only module that talks to durable_rules: compile rules, run one profile, report what fired.

durable_rules (no release since 2020) is kept behind this small interface so it
could be swapped. Its traps, measured here, and what this module does about them:
- `post` consumes an event at the first matching rule: every profile is asserted
  as a fact, so every matching rule fires.
- A ruleset holds at most 1024 live sessions: each evaluation runs in its own
  session, deleted in a `finally`.
- Concurrent calls crash the process, and its Host re-arms timer threads that
  call into the engine: all calls take one process-wide lock, and the Host here
  starts no timers (we use neither timers nor queued events).
- `Host.set_rulesets` mutates the dict it is given: it gets a deep copy.
- It records nothing of which rule fired: each rule's action records it here.
- A condition with `$or` fires its rule once per matching branch: the record
  is de-duplicated, so a rule counts once.
"""

import copy
import itertools
import threading
from collections.abc import Callable, Sequence
from typing import Any

from durable.engine import Host, MessageNotHandledException

from .conditions import Condition, to_durable

# One lock for the whole process: the C engine is shared by every Host.
_ENGINE_LOCK = threading.Lock()
_ruleset_numbers = itertools.count(1)


class _Host(Host):  # type: ignore[misc]
    """A durable_rules Host without its background dispatch threads."""

    def _run(self) -> None:
        """Start nothing: no timers or queued events are used, and a thread would race our calls."""


class Engine:
    """Compiled conditions; `fired` says, for one flat fact, which of them hold."""

    def __init__(self, conditions: Sequence[Condition]) -> None:
        self._size = len(conditions)
        self._name = f"kinderogen_{next(_ruleset_numbers)}"
        self._fired: list[int] = []
        self._sessions = itertools.count(1)
        definition = {
            f"r{index}": {"all": [{"m": to_durable(condition)}], "run": self._recorder(index)}
            for index, condition in enumerate(conditions)
        }
        with _ENGINE_LOCK:
            self._host = _Host()
            self._host.set_rulesets({self._name: copy.deepcopy(definition)})

    def _recorder(self, index: int) -> Callable[[Any], None]:
        def record(_context: Any) -> None:
            self._fired.append(index)

        return record

    def __len__(self) -> int:
        return self._size

    def fired(self, fact: dict[str, Any]) -> list[int]:
        """Indexes (in rule order) of the conditions that hold for the fact."""
        with _ENGINE_LOCK:
            session = str(next(self._sessions))
            self._fired = []
            try:
                self._host.assert_fact(self._name, {**fact, "sid": session})
            except MessageNotHandledException:
                pass  # no rule matched: an empty answer, not an error
            finally:
                self._host.delete_state(self._name, session)
            return sorted(set(self._fired))
