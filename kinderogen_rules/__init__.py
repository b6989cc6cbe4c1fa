"""Kinderogen rules: for one child's case profile, who holds regie and what to arrange, with sources.

    from kinderogen_rules import CaseProfile, advise
    advice = advise(CaseProfile(age=8, setting="po", concerns={"gedrag"}))
    advice.regie.holder

What this module exports (`__all__`) is the public API: what other code, the web form included, may rely on.
The sub-packages behind it (`core`, `proofs`, `caseloads`, `rulebook`, `cli`; see docs/architectuur.md) may change.
- Advising: `advise`, `advise_many`, `Advisor` (one rule set, any number of profiles and days; also which questions
  could change an advice), `advisor_for` (the advisor of a rules directory, the shipped one built once),
  `load_rules` (a checked rules directory: a `RuleSet`, with its vocabulary, catalogue and profile model).
- The models: `CaseProfile` in, `Advice` out with its parts (`Regie`, `Arrangement`, `Escalation`, `Signal`,
  `FiredRule`, `SourceRef`, `AnswerChange`).
- Reading input as the API and the CLI do: `parse_json`, `parse_day`, `MAX_PROFILE_BYTES`, `TYPED` (the validation
  context for answers typed as text), `error_list` and `without_field` (Dutch validation messages).
- Dutch for pages: `date_nl`, `first_upper`.
- The rulebook as files: `rulebook_files`, with the scenarios of `read_features` (`default_features_dir`).
- The errors a caller handles: `RuleLoadError`, `RuleGapError`, `DateError`, `NotJsonError`, and `InputError`
  (bad input with a Dutch message, such as a scenario file that cannot be read).
"""

from importlib.metadata import version
from typing import Any

from .advisor import Advisor, advise, advise_many, advisor_for
from .core.advice import Advice, AnswerChange, Arrangement, Escalation, FiredRule, Regie, Signal, SourceRef
from .core.dates import date_nl, parse_day
from .core.dutch import first_upper
from .core.errors import DateError, InputError, NotJsonError, RuleGapError, RuleLoadError
from .core.inputs import MAX_PROFILE_BYTES, parse_json
from .core.profile import TYPED, Profile
from .core.ruleset import RuleSet, load_rules, shipped_rules
from .core.validation import error_list, without_field
from .rulebook.pages import rulebook_files
from .rulebook.scenarios import default_features_dir, read_features

# The installed distribution's version, from setup.cfg: the one place it is written. No fallback: every way this
# project runs installs the package (make installs it editable, pip from the wheel or the sdist), and durable-rules'
# C engine must be installed anyway; a made-up version for a copy that was never installed would only mislead.
__version__ = version("kinderogen-rules")

__all__ = [
    "MAX_PROFILE_BYTES",
    "TYPED",
    "Advice",
    "Advisor",
    "AnswerChange",
    "Arrangement",
    "CaseProfile",
    "DateError",
    "Escalation",
    "FiredRule",
    "InputError",
    "NotJsonError",
    "Profile",
    "Regie",
    "RuleGapError",
    "RuleLoadError",
    "RuleSet",
    "Signal",
    "SourceRef",
    "__version__",
    "advise",
    "advise_many",
    "advisor_for",
    "date_nl",
    "default_features_dir",
    "error_list",
    "first_upper",
    "load_rules",
    "parse_day",
    "parse_json",
    "read_features",
    "rulebook_files",
    "without_field",
]


def __getattr__(name: str) -> Any:
    """`CaseProfile`: the profile model of the shipped rules, made from their vocabulary when first asked for."""
    if name == "CaseProfile":
        return shipped_rules().profile_model
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
