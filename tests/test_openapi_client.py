"""A client generated from /api/openapi.json with openapi-python-client, as a client developer would make one:
it advises through the app on a chosen day, its models type every profile field, and its codes are the contract's."""

import datetime as dt
import importlib
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import httpx
import pytest
from conftest import EXAMPLES
from flask import Flask

from kinderogen_rules import CaseProfile, advise

PACKAGE = "kinderogen_api_client"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The generated package, made from the document the app serves, imported from a temporary folder."""
    from webform import create_app

    folder = tmp_path_factory.mktemp("client")
    document = create_app({"SECRET_KEY": "test"}).test_client().get("/api/openapi.json")
    (folder / "openapi.json").write_bytes(document.data)
    # No post hooks: the generator would run ruff on its own code, which says nothing about the document.
    (folder / "config.yaml").write_text("post_hooks: []\n")
    command = shutil.which("openapi-python-client", path=str(Path(sys.executable).parent)) or "openapi-python-client"
    options = ["--path", "openapi.json", "--output-path", PACKAGE, "--meta", "none", "--config", "config.yaml"]
    made = subprocess.run(
        [command, "generate", *options],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stdout + made.stderr
    assert "Warning" not in made.stdout + made.stderr, made.stdout + made.stderr
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(folder))
        for name in [name for name in sys.modules if name.split(".")[0] == PACKAGE]:
            del sys.modules[name]


def client_of(generated: ModuleType, app: Flask) -> Any:
    """The generated client, talking to the app in this process (no port needed)."""
    client = generated.Client(base_url="http://kinderogen.test")
    client.set_httpx_client(httpx.Client(base_url="http://kinderogen.test", transport=httpx.WSGITransport(app=app)))
    return client


def test_the_generated_client_advises_on_a_day_with_what_would_change(generated: ModuleType, app: Flask) -> None:
    advise_operation = importlib.import_module(f"{PACKAGE}.api.default.advise")
    models = importlib.import_module(f"{PACKAGE}.models")
    answers = json.loads((EXAMPLES / "m.json").read_text())
    day = dt.date(2021, 9, 9)
    response = advise_operation.sync_detailed(
        client=client_of(generated, app),
        body=models.CaseProfile.from_dict(answers),
        op=day,
        wat_als=models.AdviseWatAls("1"),
    )
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, models.Advice)
    assert response.parsed.to_dict() == advise(answers, on=day, what_if=True).model_dump(mode="json")
    assert response.parsed.date == day and response.parsed.regie.holder == models.RegieHolder.GEMEENTE


def test_a_day_before_the_rules_start_comes_back_as_the_error_model(generated: ModuleType, app: Flask) -> None:
    advise_operation = importlib.import_module(f"{PACKAGE}.api.default.advise")
    models = importlib.import_module(f"{PACKAGE}.models")
    body = models.CaseProfile(age=8, setting=models.CaseProfileSetting.PO)
    response = advise_operation.sync_detailed(client=client_of(generated, app), body=body, op=dt.date(2014, 7, 31))
    assert response.status_code == 422
    assert isinstance(response.parsed, models.ErrorResponse)
    assert [error.field for error in response.parsed.errors] == ["op"]


def test_the_generated_profile_types_every_field_and_lists_the_contract_codes(generated: ModuleType) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    fields = {field.name: field.type for field in attrs.fields(models.CaseProfile)}
    # One class with every field of the contract, each with its own type: no untyped extras, no partial variants.
    assert set(fields) == set(CaseProfile.model_fields)
    assert not [name for name in dir(models) if name.startswith("CaseProfileType")]
    assert fields["age"] == "int" and fields["setting"] == "CaseProfileSetting"
    assert fields["concerns"] == "list[CaseProfileConcernsItem] | Unset"
    assert {item.value for item in models.CaseProfileConcernsItem} == set(CaseProfile.vocabulary.values("concerns"))
    assert {item.value for item in models.CaseProfileSetting} == set(CaseProfile.vocabulary.values("setting"))
    assert all("Any" not in str(kind) for kind in fields.values()), fields
