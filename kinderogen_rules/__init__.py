"""Kinderogen rules: for one child's case profile, who holds regie and what to arrange, with sources.

from kinderogen_rules import CaseProfile, advise
advice = advise(CaseProfile(age=8, setting="po", concerns={"gedrag"}))
advice.regie.holder
"""

from importlib.metadata import version

from .advice import Advice, Arrangement, Escalation, FiredRule, Regie, Signal, SourceRef
from .advisor import Advisor, advise, advise_many
from .errors import RuleGapError, RuleLoadError
from .profile import CaseProfile
from .ruleset import load_rules

# The installed distribution's version, from setup.cfg: the one place it is written. No fallback: every way this
# project runs installs the package (make installs it editable, pip from the wheel or the sdist), and durable-rules'
# C engine must be installed anyway; a made-up version for a copy that was never installed would only mislead.
__version__ = version("kinderogen-rules")

__all__ = [
    "Advice",
    "Advisor",
    "Arrangement",
    "CaseProfile",
    "Escalation",
    "FiredRule",
    "Regie",
    "RuleGapError",
    "RuleLoadError",
    "Signal",
    "SourceRef",
    "__version__",
    "advise",
    "advise_many",
    "load_rules",
]
