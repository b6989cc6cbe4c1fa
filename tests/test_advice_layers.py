"""The layers of an advice are remembered per decision and per the words that fit the child: whatever an advisor
has seen before, the same profile gets the same advice, byte for byte."""

import random

import pytest

from kinderogen_rules import advisor as advisor_module
from kinderogen_rules import load_rules
from kinderogen_rules.advisor import Advisor
from kinderogen_rules.caseloads.synth import synthetic_profiles
from kinderogen_rules.core import advice_words, wording


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


def test_an_advice_does_not_depend_on_what_the_caches_still_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every cache of the words and decisions forgets all but a few entries: each advice is then built from parts
    found, parts rebuilt and parts half forgotten, and must read the same as with caches that forget nothing."""
    rules = load_rules()
    profiles = list(synthetic_profiles(800, seed=45))

    def advices() -> list[str]:
        advisor = Advisor(rules)
        return [advisor.advise(p, what_if=n % 10 == 0).model_dump_json() for n, p in enumerate(profiles + profiles)]

    remembered = advices()
    monkeypatch.setattr(advice_words, "LAYERS_CACHED", 3)
    monkeypatch.setattr(advice_words, "SAID_CACHED", 3)
    monkeypatch.setattr(advice_words.RuleWords, "CACHE_SIZE", 2)
    monkeypatch.setattr(advice_words._Parts, "SIZE", 3)
    monkeypatch.setattr(wording, "FILLED", 5)
    monkeypatch.setattr(advisor_module, "DECISIONS_CACHED", 3)
    forgotten = advices()
    assert [n for n in range(len(remembered)) if remembered[n] != forgotten[n]] == []
