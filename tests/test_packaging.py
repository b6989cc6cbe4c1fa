"""`pip install .` (not editable) gives a working package, command and web form, with the rules, from any directory."""

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLES, ROOT


def test_installed_wheel_works_from_another_directory(tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(target),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    assert (target / "kinderogen_rules" / "rules" / "regie.yaml").is_file()
    assert (target / "kinderogen_rules" / "features" / "regie.feature").is_file()
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = "import kinderogen_rules as k; print(k.__file__); print(k.advise({'age': 8, 'setting': 'po'}).regie.holder)"
    shown = subprocess.run(
        [sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True, check=True
    )
    where, holder = shown.stdout.split()
    assert where.startswith(str(target)) and holder == "school"
    command = subprocess.run(
        [str(target / "bin" / "kinderogen"), "advise", str(EXAMPLES / "levi.json")],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(command.stdout)["regie"]["holder"] == "school"
    form = (
        "import webform; c = webform.create_app().test_client(); r = c.get('/'); s = c.get('/static/kinderogen.css');"
        "print(webform.__file__, r.status_code, s.status_code, b'Advies geven' in r.data)"
    )
    served = subprocess.run([sys.executable, "-c", form], cwd=elsewhere, env=env, capture_output=True, text=True)
    assert served.returncode == 0, served.stderr
    module, page, stylesheet, has_button = served.stdout.split()
    assert module.startswith(str(target)) and (page, stylesheet, has_button) == ("200", "200", "True")
    book = subprocess.run(
        [str(target / "bin" / "kinderogen"), "regelboek", "--out", str(tmp_path / "boek")],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert book.returncode == 0, book.stderr
    assert "Levi" in (tmp_path / "boek" / "specificatie-casussen.html").read_text(encoding="utf-8")
