"""Kinderogen rules: for one child's case profile, who holds regie and what to arrange, with sources.

from kinderogen_rules import CaseProfile, advise
advice = advise(CaseProfile(age=8, setting="po", concerns={"gedrag"}))
advice.regie.holder
"""

from .advice import Advice, Arrangement, Escalation, FiredRule, Regie, Signal, SourceRef
from .advisor import Advisor, advise, advise_many
from .errors import RuleGapError, RuleLoadError
from .profile import CaseProfile
from .ruleset import load_rules

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
    "advise",
    "advise_many",
    "load_rules",
]
