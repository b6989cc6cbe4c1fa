"""`python -m kinderogen_rules`: the `kinderogen` command."""

from .cli import run

run()
