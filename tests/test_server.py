"""The production server (gunicorn with gevent) under concurrent requests: every answer right, none lost."""

import json
import subprocess
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from conftest import ROOT

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


GEVENT_WORKER = """
import json
from kinderogen_rules import advise, advisor, engine
from kinderogen_rules.synth import synthetic_profiles
from webform import create_app, rulebook

# As in a gunicorn gevent worker: the app's modules (and their locks) exist before gevent patches threading.
from gevent import monkey
monkey.patch_all()
import gevent, greenlet

locks = [engine._ENGINE_LOCK, advisor._default_lock, rulebook._lock]
switches_inside = []
greenlet.settrace(lambda event, args: switches_inside.append(event) if any(l.locked() for l in locks) else None)

app = create_app({"SECRET_KEY": "test"})
profiles = list(synthetic_profiles(200, seed=5))

def ask(profile):
    gevent.sleep(0)  # let the other greenlets run between requests
    answer = app.test_client().post("/api/advice", data=profile.model_dump_json(), content_type="application/json")
    return answer.status_code, answer.json

def rulebook_page():
    return app.test_client().get("/regelboek/index.html").status_code

jobs = [gevent.spawn(ask, p) for p in profiles] + [gevent.spawn(rulebook_page) for _ in range(5)]
gevent.joinall(jobs, raise_error=True)
greenlet.settrace(None)
right = all(job.value == (200, advise(p).model_dump(mode="json")) for job, p in zip(jobs, profiles))
pages = [job.value for job in jobs[len(profiles) :]]
print(json.dumps({"right": right, "rulebook": pages, "switches_inside": len(switches_inside)}))
"""


def test_the_engine_lock_holds_in_a_gevent_worker() -> None:
    """The locks are OS locks there (made before gevent patches threading), which is safe only as long as no
    greenlet switch happens while one is held: this runs the app in many greenlets at once and watches every switch."""
    result = subprocess.run(
        [sys.executable, "-c", GEVENT_WORKER], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads(result.stdout.splitlines()[-1]) == {"right": True, "rulebook": [200] * 5, "switches_inside": 0}
