"""The layers of an advice are remembered per decision and per the words that fit the child: whatever an advisor
has seen before, the same profile gets the same advice, byte for byte."""

import random

from kinderogen_rules import load_rules
from kinderogen_rules.advisor import Advisor
from kinderogen_rules.caseloads.synth import synthetic_profiles


def test_an_advice_does_not_depend_on_which_advices_came_before() -> None:
    """Two parts with the same words but different rules behind them were once shared: an arrangement then named
    the rules of another child's advice."""
    rules = load_rules()
    profiles = list(synthetic_profiles(1500, seed=44))
    first = Advisor(rules)
    in_order = [first.advise(p).model_dump_json() for p in profiles]
    shuffled = list(range(len(profiles)))
    random.Random(1).shuffle(shuffled)
    second = Advisor(rules)
    again = {n: second.advise(profiles[n]).model_dump_json() for n in shuffled}
    assert [n for n in range(len(profiles)) if in_order[n] != again[n]] == []
