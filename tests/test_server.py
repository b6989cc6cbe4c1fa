"""The production server (gunicorn) under concurrent requests: every answer right, none lost."""

import json
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from kinderogen_rules import advise
from kinderogen_rules.synth import synthetic_profiles


def _post(base: str, body: str) -> tuple[int, dict[str, object]]:
    request = urllib.request.Request(
        base + "/api/advice", data=body.encode(), headers={"Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(request, timeout=30) as answer:
        return answer.status, json.loads(answer.read())


def test_concurrent_requests_each_get_their_own_correct_advice(server: tuple[str, Path]) -> None:
    base, _ = server
    profiles = list(synthetic_profiles(400, seed=11))
    bodies = [p.model_dump_json() for p in profiles]
    with ThreadPoolExecutor(max_workers=16) as pool:
        answers = list(pool.map(lambda body: _post(base, body), bodies))
    assert all(status == 200 for status, _ in answers)
    for profile, (_, advice) in zip(profiles, answers, strict=True):
        assert advice == advise(profile).model_dump(mode="json")
