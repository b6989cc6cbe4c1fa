"""Varied, valid case profiles for tests and benchmarks, the same for the same seed."""

import random
from collections.abc import Iterator

from ..core.codes import SETTING_AGES, Care, CognitiveLevel, Concern, Consent, LoadCapacity, Place, Region, codes
from ..core.profile import CaseProfile


def synthetic_profile(rng: random.Random) -> CaseProfile:
    """One profile: every setting, region and concern can occur; most children have few concerns."""
    setting = rng.choice(sorted(SETTING_AGES))
    low, high = SETTING_AGES[setting]
    return CaseProfile(
        age=rng.randint(low, high),
        setting=setting,
        region=rng.choice(codes(Region)),
        concerns=frozenset(rng.sample(codes(Concern), rng.choice([0, 1, 1, 2, 2, 3, 4]))),
        shows_at=frozenset(rng.sample(codes(Place), rng.choice([1, 1, 2, 0]))),
        school_support_exhausted=rng.random() < 0.3,
        parents_consent=rng.choice(codes(Consent)),
        care=frozenset(rng.sample(codes(Care), rng.choice([0, 0, 0, 1, 2]))),
        waiting_weeks=rng.choice([0, 0, 0, 1, 6, 12]),
        weeks_absent=rng.choice([0, 0, 0, 0, 3, 4, 12, 13, 30]),
        cognitive_level=rng.choice(codes(CognitiveLevel)),
        load_capacity=rng.choice(codes(LoadCapacity)),
        exemption_requested=rng.random() < 0.05,
        stuck=rng.random() < 0.1,
        has_startkwalificatie=rng.random() < 0.1,
    )


def synthetic_profiles(n: int, seed: int = 0) -> Iterator[CaseProfile]:
    """n profiles, deterministic per seed."""
    rng = random.Random(seed)
    for _ in range(n):
        yield synthetic_profile(rng)
