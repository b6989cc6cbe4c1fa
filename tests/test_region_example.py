"""A new region from data alone (docs/regio-toevoegen.md): the files of examples/regio-hoeksche-waard/, copied into a
copy of rules/, pass check-rules, name the region's own lead in an advice, and put the region in the form. No
Python changes: the test only copies files, as a policy officer would."""

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, RULES

from kinderogen_rules import Advisor, CaseProfile, load_rules
from kinderogen_rules.cli import main
from webform import create_app

EXAMPLE = ROOT / "examples" / "regio-hoeksche-waard"
CHILD = {"age": 9, "setting": "po", "region": "hoeksche-waard", "concerns": ["leren"]}
SCHOOL_LEAD = (
    "de intern begeleider of zorgcoördinator van de school, samen met het samenwerkingsverband van de Hoeksche Waard"
)


@pytest.fixture
def with_region(tmp_path: Path) -> Path:
    """A copy of the rules with the example's files in it, and nothing else changed."""
    folder = tmp_path / "mijn-regels"
    shutil.copytree(RULES, folder)
    for path in EXAMPLE.glob("*.yaml"):
        shutil.copy(path, folder)
    return folder


def test_check_rules_accepts_the_region(with_region: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-rules", str(with_region)]) == 0
    assert "In orde" in capsys.readouterr().out


def test_an_advice_for_a_child_there_names_the_regions_own_lead(
    with_region: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = tmp_path / "kind.json"
    case.write_text(json.dumps(CHILD), encoding="utf-8")
    assert main(["advise", "--rules", str(with_region), str(case)]) == 0
    advice = json.loads(capsys.readouterr().out)
    assert advice["regie"]["lead"] == SCHOOL_LEAD
    assert "REGIO-HW-SCHOOL-01" in [rule["id"] for rule in advice["fired_rules"]]
    gemeente = Advisor(load_rules(with_region)).advise({**CHILD, "concerns": ["gezin"]})
    assert gemeente.regie.lead.startswith("het CJG of wijkteam van de gemeente Hoeksche Waard")


def test_the_shipped_rules_do_not_know_the_region() -> None:
    """The region comes from the files alone: without them the same profile is refused, in Dutch."""
    with pytest.raises(ValueError, match="hoeksche-waard"):
        CaseProfile.model_validate(CHILD)


def test_the_form_offers_the_region_and_advises_with_it(with_region: Path) -> None:
    app = create_app({"RULES_DIR": str(with_region), "SECRET_KEY": "test"})
    client = app.test_client()
    form = client.get("/").get_data(as_text=True)
    assert 'value="hoeksche-waard"' in form and "Hoeksche Waard" in form
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', form) or re.search(
        r'name="csrf_token" value="([^"]+)"', form
    )
    assert token is not None
    answers = {"age": "9", "setting": "po", "region": "hoeksche-waard", "concerns": ["leren"], "csrf_token": token[1]}
    # The form asks every question that decides the advice; none is answered in advance.
    answers |= {"shows_at": ["school"], "school_support_exhausted": "nee", "parents_consent": "ja", "care": ["!geen"]}
    answers |= {"waiting_weeks": "0", "weeks_absent": "0", "cognitive_level": "onbekend", "load_capacity": "volledig"}
    answers |= {"exemption_requested": "nee", "stuck": "nee"}
    page = client.post("/", data=answers)
    assert page.status_code == 200
    assert SCHOOL_LEAD in page.get_data(as_text=True)
