"""`advise_frame` for analysts who work in pandas, at the path the contract gives it (`kinderogen_rules.frame`).

It is not in `kinderogen_rules` itself, as pandas and pyarrow are the optional [analyse] extra: importing this
module without them raises an ImportError that says in Dutch how to install them. See `caseloads.frame`.
"""

from .caseloads.frame import advise_frame

__all__ = ["advise_frame"]
