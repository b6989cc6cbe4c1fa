"""`kinderogen advise CASUS`: the advice for one case, as JSON or as Dutch text."""

import argparse
import json
from typing import Any

from ..advisor import Advisor
from ..core.advice_text import advice_text
from ..core.files import read_input, stdout
from ..core.inputs import MAX_PROFILE_BYTES, parse_profile
from ..core.ruleset import load_rules
from .options import ON_HELP, RULES_HELP, day_of
from .output import emit, say


def add_to(commands: Any) -> None:
    """Add the command to the parser."""
    advise = commands.add_parser("advise", help="advies voor één casus (JSON-bestand, of - voor invoer)")
    advise.add_argument("case", metavar="CASUS", help="casusprofiel als JSON-bestand, of - om van de invoer te lezen")
    advise.add_argument("--text", action="store_true", help="leesbaar Nederlands in plaats van JSON")
    advise.add_argument("--rules", metavar="MAP", help=RULES_HELP)
    advise.add_argument("--op", dest="on", metavar="DATUM", help=ON_HELP)
    advise.add_argument(
        "--wat-als", action="store_true", help="noem ook welk ander antwoord het advies zou veranderen (hooguit 8)"
    )
    advise.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    rules = load_rules(args.rules)
    day = day_of(args, rules)
    advisor = Advisor(rules, on=day)
    data = read_input(args.case, MAX_PROFILE_BYTES)
    profile = parse_profile(data, args.case if args.case != "-" else "invoer", rules.profile_model)
    advice = advisor.advise(profile, what_if=args.wat_als)
    if args.text:
        emit(stdout(), advice_text(advice, advisor.rules))
    else:
        say(json.dumps(advice.model_dump(mode="json"), ensure_ascii=False, indent=2))
    return 0
