"""`python -m kinderogen_rules.cli`: the `kinderogen` command."""

from . import run

run()
