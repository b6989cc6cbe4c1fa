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

# The installed distribution's version (setup.cfg). The package is only usable installed: its rules and scenarios
# are mapped into it by setup.cfg's package_dir, so a source tree on sys.path cannot advise, and a made-up fallback
# version would only hide that.
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
