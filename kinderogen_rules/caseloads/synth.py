"""Varied, valid case profiles for tests and benchmarks, the same for the same seed and rules.

Every field of the vocabulary is drawn, so a new field or code shows up in the profiles too: an answer tied to
ages (the setting) first, then an age that fits it; a choice any of its codes; a set a few of its codes (most
children have few concerns); yes mostly no; a number mostly its least, else one of a few amounts that rules
tend to test.
"""

import random
from collections.abc import Iterator

from ..core.profile import Profile
from ..core.ruleset import RuleSet, shipped_rules
from ..core.vocabulary import AGE_FIELD, ChoiceField, NumberField, SetField, Vocabulary

# How many codes a set gets: mostly none to two.
SET_SIZES = (0, 1, 1, 2, 2, 3, 4)
# The amounts a number other than the age takes, besides its least: around the weeks the rules count.
AMOUNTS = (1, 3, 4, 6, 12, 13, 30)
YES_SHARE = 0.1


def _draw(rng: random.Random, vocabulary: Vocabulary) -> dict[str, object]:
    """One profile's answers; the answers tied to ages first, so the age can fit them."""
    answers: dict[str, object] = {}
    age = vocabulary.fields[AGE_FIELD]
    assert isinstance(age, NumberField)
    low, high = age.min, age.max
    for name, ages in vocabulary.age_limits:
        code = answers[name] = rng.choice(sorted(vocabulary.values(name)))
        first, last = ages.get(code, (low, high))
        low, high = max(low, first), min(high, last)
    answers[AGE_FIELD] = rng.randint(low, high)
    for name, field in vocabulary.fields.items():
        if name in answers:
            continue
        if isinstance(field, ChoiceField):
            answers[name] = rng.choice(vocabulary.values(name))
        elif isinstance(field, SetField):
            codes = vocabulary.values(name)
            answers[name] = frozenset(rng.sample(codes, min(len(codes), rng.choice(SET_SIZES))))
        elif isinstance(field, NumberField):
            amounts = [field.min] * 3 + [a for a in AMOUNTS if field.min < a <= field.max]
            answers[name] = rng.choice(amounts)
        else:
            answers[name] = rng.random() < YES_SHARE
    return answers


def synthetic_profile(rng: random.Random, rules: RuleSet | None = None) -> Profile:
    """One profile of the rules' vocabulary (default: the shipped rules)."""
    rules = rules or shipped_rules()
    return rules.profile_model.model_validate(_draw(rng, rules.vocabulary))


def synthetic_profiles(n: int, seed: int = 0, rules: RuleSet | None = None) -> Iterator[Profile]:
    """n profiles, deterministic per seed and rules."""
    rules = rules or shipped_rules()
    rng = random.Random(seed)
    for _ in range(n):
        yield synthetic_profile(rng, rules)
