"""Schemathesis hooks for test_api_fuzzing.py (loaded through SCHEMATHESIS_HOOKS).

Two rules of the API are said in the OpenAPI document's words, not in its schema: the age must fit the setting
(the description of `age`), and `op` may not lie before the rules' first day. A schema cannot say either in a way
that client generators understand, so a schema-valid request can break them; the server then answers 422. Such a
refusal is dropped, and only when the request really breaks one of those rules and the answer names exactly that.
Every other refusal of a schema-valid request stays a failure.
"""

import datetime as dt
from typing import Any

import schemathesis

from kinderogen_rules import load_rules

RULES = load_rules()
FIRST_DAY = RULES.catalog.valid_from
SETTING_AGES = dict(RULES.vocabulary.age_limits)["setting"]


def _breaks_a_described_rule(body: Any, query: Any) -> set[str]:
    """The fields whose rule, as the document describes it, the request breaks."""
    broken = set()
    age = body.get("age") if isinstance(body, dict) else None
    # JSON has one number type: 8.0 is the age 8.
    if isinstance(age, int | float) and not isinstance(age, bool) and body.get("setting") in SETTING_AGES:
        low, high = SETTING_AGES[body["setting"]]
        if not low <= age <= high:
            broken.add("setting")
    day = (query or {}).get("op")
    if isinstance(day, str) and FIRST_DAY is not None:
        try:
            if dt.date.fromisoformat(day) < FIRST_DAY:
                broken.add("op")
        except ValueError:
            pass
    return broken


@schemathesis.hook
def filter_failure(context: Any, failure: Any, case: Any, response: Any) -> bool:
    """Keep every failure but a 422 on a schema-valid request that breaks a described rule, for that rule only."""
    if failure.code != "ST202" or response.status_code != 422:
        return True
    broken = _breaks_a_described_rule(case.body, case.query)
    named = {error["field"] for error in response.json()["errors"]}
    return not (broken and named <= broken)
