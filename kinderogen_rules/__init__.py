"""Kinderogen rules: for one child's case profile, who holds regie and what to arrange, with sources.

from kinderogen_rules import CaseProfile, advise
advice = advise(CaseProfile(age=8, setting="po", concerns={"gedrag"}))
advice.regie.holder
"""

from .advisor import Advisor, advise, advise_many
from .core.advice import Advice, Arrangement, Escalation, FiredRule, Regie, Signal, SourceRef
from .core.errors import RuleGapError, RuleLoadError
from .core.profile import CaseProfile
from .core.ruleset import load_rules

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
