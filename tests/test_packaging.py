"""The built wheel: a working package, command and web form, with the rules, from any directory; with only the
core dependencies under every supported Python on this machine; and a Dutch message when the engine cannot load."""

import ast
import configparser
import json
import os
import re
import socket
import subprocess
import sys
import tarfile
import urllib.request
import zipfile
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT, wait_until_healthy
from markdown_blocks import blocks_run_by
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from kinderogen_rules import advise
from kinderogen_rules.cli.options import EXTRA_MODULES

LOCK = ROOT / "requirements-lock.txt"
WHEELHOUSE = ROOT / "build" / "wheelhouse"
SUPPORTED = ["3.11", "3.12", "3.13"]
# Each extra, with a module it brings that a virtualenv with another extra must not have.
EXTRAS = {"web": "flask", "monitor": "matplotlib", "analyse": "pyarrow"}


def _pythons() -> dict[str, str]:
    """Each supported Python that tools/pythons.sh (which `make` uses too) finds here, by version."""
    found = subprocess.run(["sh", str(ROOT / "tools" / "pythons.sh")], capture_output=True, text=True, check=True)
    versions = {}
    for path in found.stdout.split():
        version = subprocess.run(
            [path, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"], capture_output=True, text=True
        )
        versions[version.stdout.strip()] = path
    return versions


PYTHONS = _pythons()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package's wheel, built once for the tests in this file."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    return next(out.glob("kinderogen_rules-*.whl"))


@pytest.mark.packaging
def test_installed_wheel_works_from_another_directory(tmp_path: Path, wheel: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        timeout=300,
    )
    assert (target / "kinderogen_rules" / "py.typed").is_file() and (target / "webform" / "py.typed").is_file()
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


def _fill_wheelhouse(version: str, python: str, wheel: Path, scratch: Path) -> None:
    """Make the wheelhouse hold a wheel, for this Python, of every package the wheel and all its extras need, and
    of pip, setuptools and wheel (a build from source needs the last two), each as the lock pins it; from then on
    every install here is offline. The first time for a Python, durable-rules is built with our patch (which needs
    pip there) and the other wheels are downloaded (pip's cache keeps them too)."""
    probe = scratch / "probe"
    subprocess.run([python, "-m", "venv", "--without-pip", str(probe)], check=True, timeout=120)
    pip = [sys.executable, "-m", "pip", "--python", str(probe / "bin" / "python"), "--disable-pip-version-check"]
    pinned = ["--quiet", "-c", str(LOCK), "--find-links", str(WHEELHOUSE), "--only-binary", "durable-rules"]
    wanted = [f"{wheel}[{','.join(EXTRAS)}]", "pip", "setuptools", "wheel"]
    offline = [*pip, "install", "--dry-run", "--ignore-installed", "--no-index", *pinned, *wanted]
    if subprocess.run(offline, capture_output=True, timeout=300).returncode == 0:
        return
    if not list(WHEELHOUSE.glob(f"durable_rules-*-cp{version.replace('.', '')}-*.whl")):
        builder = scratch / "builder"
        subprocess.run([python, "-m", "venv", str(builder)], check=True, timeout=120)
        build = [builder / "bin" / "python", "-m", "pip", "--disable-pip-version-check", "--quiet"]
        subprocess.run([*build, "install", "-c", LOCK, "setuptools", "wheel"], check=True, timeout=300)
        subprocess.run([builder / "bin" / "python", ROOT / "tools" / "durable_wheel.py", WHEELHOUSE], check=True)
    subprocess.run([*pip, "download", "-d", str(WHEELHOUSE), *pinned, *wanted], check=True, timeout=900)
    (WHEELHOUSE / wheel.name).unlink(missing_ok=True)


def _install_core(version: str, python: str, wheel: Path, venv: Path) -> Path:
    """A fresh virtualenv with the wheel and only its core dependencies, pinned by the lock, installed offline
    from the wheelhouse; returns its bin folder. The virtualenv gets no pip of its own: this process's pip
    installs into it (`pip --python`), which saves seconds per Python."""
    _fill_wheelhouse(version, python, wheel, venv.parent)
    subprocess.run([python, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    bin_ = venv / "bin"
    pip = [sys.executable, "-m", "pip", "--python", str(bin_ / "python"), "--disable-pip-version-check", "--quiet"]
    pinned = ["-c", str(LOCK), "--find-links", str(WHEELHOUSE), "--only-binary", "durable-rules"]
    subprocess.run([*pip, "install", "--no-index", *pinned, str(wheel)], check=True, timeout=300)
    return bin_


@pytest.mark.packaging
@pytest.mark.parametrize("version", SUPPORTED)
def test_the_wheel_advises_with_only_the_core_dependencies_on_each_python(
    version: str, wheel: Path, tmp_path: Path
) -> None:
    if version not in PYTHONS:
        pytest.skip(f"Python {version} is niet op deze machine (tools/pythons.sh vindt het niet).")
    bin_ = _install_core(version, PYTHONS[version], wheel, tmp_path / "venv")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    code = (
        "import json, sys, kinderogen_rules as k; from importlib.util import find_spec; "
        "print('%d.%d' % sys.version_info[:2], find_spec('flask') is None, "
        "json.dumps([k.advise(json.load(open(p))).model_dump(mode='json') for p in sys.argv[1:]]))"
    )
    cases = [str(EXAMPLES / "levi.json"), str(EXAMPLES / "m.json")]
    shown = subprocess.run(
        [str(bin_ / "python"), "-c", code, *cases], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert shown.returncode == 0, shown.stderr
    python, core_only, advices = shown.stdout.split(" ", 2)
    assert (python, core_only) == (version, "True")
    assert json.loads(advices) == [advise(json.loads(Path(case).read_text())).model_dump(mode="json") for case in cases]
    command = subprocess.run(
        [str(bin_ / "kinderogen"), "advise", cases[1]], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert json.loads(command.stdout)["regie"]["holder"] == "gemeente", command.stderr
    profiles = subprocess.run(
        [str(bin_ / "kinderogen"), "synth", "--n", "40"], env=env, capture_output=True, text=True, check=True
    )
    batch = subprocess.run(
        [str(bin_ / "kinderogen"), "batch", "-", "--workers", "2"],
        input=profiles.stdout,
        env=env,
        capture_output=True,
        text=True,
    )
    assert batch.returncode == 0 and batch.stderr.startswith("Klaar: 40 adviezen, 0 regels met fouten"), batch.stderr
    web = subprocess.run([str(bin_ / "kinderogen-web")], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert web.returncode == 2 and web.stdout == ""
    assert web.stderr.startswith(
        "Voor het webformulier zijn flask en flask_wtf en wtforms en gunicorn en gevent nodig."
    )
    assert "pip install 'kinderogen-rules[web]'" in web.stderr
    monitor = subprocess.run(
        [str(bin_ / "kinderogen"), "monitor", cases[0], "--out", str(tmp_path / "monitor")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert monitor.returncode == 2
    assert (
        monitor.stderr
        == "Voor de monitor is matplotlib nodig. Installeer die met: pip install 'kinderogen-rules[monitor]'\n"
    )


INSTALL_PAGE = ROOT / "docs" / "installeren.md"


@pytest.fixture(scope="module")
def sdist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The source distribution, built once for the tests in this file (the standard build hook, as `python -m
    build --sdist` calls it)."""
    out = tmp_path_factory.mktemp("sdist")
    code = "import sys; from setuptools import build_meta; print(build_meta.build_sdist(sys.argv[1]))"
    built = subprocess.run(
        [sys.executable, "-c", code, str(out)], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert built.returncode == 0, built.stderr
    return out / built.stdout.split()[-1]


def _unpack(sdist: Path, into: Path) -> Path:
    with tarfile.open(sdist) as archive:
        archive.extractall(into, filter="data")
    return into / sdist.name.removesuffix(".tar.gz")


def _documented_extra_command(extra: str) -> str:
    """The install command for one extra, as docs/installeren.md's table shows it."""
    found = re.findall(rf"`(pip install '\.\[{extra}\]')`", INSTALL_PAGE.read_text(encoding="utf-8"))
    assert len(found) == 1, f"docs/installeren.md noemt pip install '.[{extra}]' niet precies één keer"
    return found[0]


def _shell(script: str, cwd: Path, python: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run documented commands as a user would in a shell, with `python3` being the Python under test. pip finds
    every package in the wheelhouse (no index), pinned by the lock: that only keeps the test offline and fast,
    the commands stay as written."""
    shims = tmp_path / "shims"
    shims.mkdir(exist_ok=True)
    (shims / "python3").unlink(missing_ok=True)
    (shims / "python3").symlink_to(python)
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env |= {
        "PATH": f"{shims}:{env['PATH']}",
        "PIP_NO_INDEX": "1",
        "PIP_FIND_LINKS": str(WHEELHOUSE),
        "PIP_CONSTRAINT": str(LOCK),
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "PIP_QUIET": "1",
    }
    return subprocess.run(["sh", "-ec", script], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


def _serves_healthz(bin_: Path, tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "KINDEROGEN_PORT": str(port), "KINDEROGEN_HOST": "127.0.0.1", "KINDEROGEN_WORKERS": "1"}
    log = tmp_path / "server.log"
    with log.open("w") as out:
        server = subprocess.Popen([bin_ / "kinderogen-web"], env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_until_healthy(f"http://127.0.0.1:{port}", server, log)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as answer:
            assert json.loads(answer.read())["status"] == "ok"
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert "Traceback" not in log.read_text(encoding="utf-8")


def _writes_a_monitor_report(bin_: Path, tmp_path: Path) -> None:
    cases, advices = tmp_path / "casussen.jsonl", tmp_path / "adviezen.jsonl"
    subprocess.run([bin_ / "kinderogen", "synth", "--n", "200", "-o", cases], check=True, timeout=300)
    subprocess.run([bin_ / "kinderogen", "batch", cases, "-o", advices], check=True, capture_output=True, timeout=300)
    report = subprocess.run(
        [bin_ / "kinderogen", "monitor", advices, "--cases", cases, "--out", tmp_path / "monitor"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert report.returncode == 0, report.stderr
    page = (tmp_path / "monitor" / "index.html").read_text(encoding="utf-8")
    charts = list((tmp_path / "monitor").glob("*.svg"))
    assert charts and all(chart.name in page for chart in charts)


def _reads_parquet(bin_: Path, tmp_path: Path) -> None:
    cases, advices = tmp_path / "casussen.jsonl", tmp_path / "adviezen.parquet"
    subprocess.run([bin_ / "kinderogen", "synth", "--n", "200", "-o", cases], check=True, timeout=300)
    batch = subprocess.run(
        [bin_ / "kinderogen", "batch", cases, "--format", "parquet", "-o", advices],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert batch.returncode == 0, batch.stderr
    code = (
        "import sys, pandas as pd; from kinderogen_rules.frame import advise_frame; "
        "table = pd.read_parquet(sys.argv[1]); frame = advise_frame(pd.read_json(sys.argv[2], lines=True)); "
        "print(len(table), (table.holder.astype(str) == frame.holder.astype(str)).all())"
    )
    read = subprocess.run([bin_ / "python", "-c", code, advices, cases], capture_output=True, text=True, timeout=300)
    assert read.returncode == 0, read.stderr
    assert read.stdout.split() == ["200", "True"]


RUNS = {"web": _serves_healthz, "monitor": _writes_a_monitor_report, "analyse": _reads_parquet}


@pytest.mark.packaging
@pytest.mark.parametrize("extra", EXTRAS)
@pytest.mark.parametrize("version", ["3.11", "3.13"])
def test_each_extra_alone_installs_from_the_sdist_with_plain_pip_and_runs(
    version: str, extra: str, wheel: Path, sdist: Path, tmp_path: Path
) -> None:
    """The commands of docs/installeren.md, in a fresh virtualenv, from the unpacked source distribution."""
    if version not in PYTHONS:
        pytest.skip(f"Python {version} is niet op deze machine (tools/pythons.sh vindt het niet).")
    _fill_wheelhouse(version, PYTHONS[version], wheel, tmp_path)
    source = _unpack(sdist, tmp_path)
    (venv_block,) = blocks_run_by(INSTALL_PAGE, "test_packaging.py")[:1]
    installed = _shell(venv_block.text + _documented_extra_command(extra), source, PYTHONS[version], tmp_path)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    bin_ = source / "build" / "venv" / "bin"
    code = "import sys; from importlib.util import find_spec; print(*(find_spec(m) is not None for m in sys.argv[1:]))"
    present = subprocess.run([bin_ / "python", "-c", code, *EXTRAS.values()], capture_output=True, text=True)
    assert present.stdout.split() == [str(other == extra) for other in EXTRAS], present.stderr
    RUNS[extra](bin_, tmp_path)


def _broken_durable_rules(folder: Path) -> Path:
    """A durable-rules 2.0.28 wheel whose engine fails to load, as one built without our patch does on 3.13."""
    wheel = folder / "durable_rules-2.0.28-py3-none-any.whl"
    info = "durable_rules-2.0.28.dist-info"
    files = {
        "durable_rules_engine.py": 'raise ImportError("undefined symbol: PyEval_CallObject")\n',
        "durable/__init__.py": "",
        f"{info}/METADATA": "Metadata-Version: 2.1\nName: durable_rules\nVersion: 2.0.28\n",
        f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    record = [f"{name},,\n" for name in files] + [f"{info}/RECORD,,\n"]
    with zipfile.ZipFile(wheel, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
        archive.writestr(f"{info}/RECORD", "".join(record))
    return wheel


@pytest.mark.packaging
def test_the_python_313_route_from_the_sdist_replaces_a_durable_rules_without_the_patch(
    wheel: Path, sdist: Path, tmp_path: Path
) -> None:
    """docs/installeren.md's route, after a plain `pip install` left the unpatched engine behind. The durable-rules
    wheel that `make` built with our patch stands in the wheelhouse already, so tools/durable_wheel.py finds it
    instead of compiling it again (building it is what `make` does on every run of `make test`)."""
    if "3.13" not in PYTHONS:
        pytest.skip("Python 3.13 is niet op deze machine (tools/pythons.sh vindt het niet).")
    _fill_wheelhouse("3.13", PYTHONS["3.13"], wheel, tmp_path)
    source = _unpack(sdist, tmp_path)
    for carried in ("Makefile", "requirements-lock.txt", "patches/durable-rules-2.0.28-py313.patch", "examples/m.json"):
        assert (source / carried).is_file(), carried
    assert (source / "tools" / "durable_wheel.py").is_file() and (source / "LICENSE").is_file()
    (source / "build").mkdir()
    (source / "build" / "wheelhouse").symlink_to(WHEELHOUSE)
    venv_block, route = blocks_run_by(INSTALL_PAGE, "test_packaging.py")
    broken = _broken_durable_rules(tmp_path)
    before = _shell(
        f"{venv_block.text}pip install --no-deps {broken}\npip install .\n", source, PYTHONS["3.13"], tmp_path
    )
    assert before.returncode == 0, before.stderr
    bin_ = source / "build" / "venv" / "bin"
    failing = subprocess.run(
        [bin_ / "kinderogen", "advise", "examples/m.json"], cwd=source, capture_output=True, text=True
    )
    assert failing.returncode == 1 and "Vanaf Python 3.13 heeft durable-rules 2.0.28" in failing.stderr
    after = _shell(f". build/venv/bin/activate\n{route.text}", source, PYTHONS["3.13"], tmp_path)
    assert after.returncode == 0, after.stdout + after.stderr
    advised = subprocess.run(
        [bin_ / "kinderogen", "advise", "examples/m.json"], cwd=source, capture_output=True, text=True
    )
    assert advised.returncode == 0, advised.stderr
    assert json.loads(advised.stdout)["regie"]["holder"] == "gemeente"
    _serves_healthz(bin_, tmp_path)


def test_an_engine_that_cannot_load_says_in_dutch_what_to_run(tmp_path: Path) -> None:
    """As the unpatched durable-rules does on Python 3.13: its C module fails to load."""
    (tmp_path / "durable_rules_engine.py").write_text(
        'raise ImportError("durable_rules_engine.cpython-313-x86_64-linux-gnu.so: undefined symbol: PyEval_CallObject")'
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    for command in ([sys.executable, "-c", "import kinderogen_rules"], [sys.executable, "-m", "kinderogen_rules.cli"]):
        failed = subprocess.run(command, env=env, capture_output=True, text=True)
        assert failed.returncode == 1
        last = failed.stderr.strip().splitlines()[-1]
        assert last.startswith(
            "ImportError: De rules-engine (durable-rules) is niet geïnstalleerd of werkt niet op deze"
        )
        assert "Voer in de map van kinderogen-rules `make` uit" in last
        assert (
            "durable-rules-2.0.28-py313.patch" in last
            and (ROOT / "patches" / "durable-rules-2.0.28-py313.patch").is_file()
        )
        assert "During handling" not in failed.stderr


def test_every_dependency_and_every_test_import_is_declared_and_locked() -> None:
    """setup.cfg names what the library, the web form, the monitor, the tests and the benchmarks import; the lock pins
    each of them, and pins nothing twice."""
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg")
    declared = [Requirement(line) for line in config["options"]["install_requires"].split("\n") if line]
    for lines in config["options.extras_require"].values():
        declared += [Requirement(line) for line in lines.split("\n") if line]
    pins = {}
    for line in LOCK.read_text().splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            assert canonicalize_name(name) not in pins, name
            pins[canonicalize_name(name)] = version
    for requirement in declared:
        assert requirement.specifier.contains(pins[canonicalize_name(requirement.name)]), requirement
    names = {canonicalize_name(r.name) for r in declared}
    distribution_of = {
        "bs4": "beautifulsoup4",
        "yaml": "pyyaml",
        "gherkin": "gherkin-official",
        "durable": "durable-rules",
        "durable_rules_engine": "durable-rules",
        "axe_playwright_python": "axe-playwright-python",
        "pytest_bdd": "pytest-bdd",
        "flask_wtf": "flask-wtf",
        "pydantic_core": "pydantic-core",
    }
    local = {
        "kinderogen_rules",
        "webform",
        "conftest",
        "gherkin_words",
        "markdown_blocks",
        "bench_advise",
        "profile_strategies",
    }
    imported = set()
    for folder in ("kinderogen_rules", "webform", "tests", "bench", "tools"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    imported |= {alias.name.split(".")[0] for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    imported.add(node.module.split(".")[0])
                elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "importorskip":
                    imported.add(ast.literal_eval(node.args[0]).split(".")[0])
    third_party = imported - set(sys.stdlib_module_names) - local - {"_typeshed"}
    assert third_party, "no imports found"
    for module in sorted(third_party):
        assert canonicalize_name(distribution_of.get(module, module)) in names, f"{module} is imported but not declared"
    for modules in EXTRA_MODULES.values():
        assert {canonicalize_name(distribution_of.get(m, m)) for m in modules} <= names


def test_the_newest_python_that_runs_comes_first_also_from_pyenv(tmp_path: Path) -> None:
    """pyenv's shim for an inactive version exists on PATH but does not run: its own version is taken instead."""
    shims = tmp_path / "shims"
    shims.mkdir()
    shim = shims / "python3.13"
    shim.write_text("#!/bin/sh\necho 'pyenv: python3.13: command not found' >&2\nexit 127\n")
    shim.chmod(0o755)
    installed = tmp_path / "pyenv" / "versions" / "3.13.9" / "bin"
    installed.mkdir(parents=True)
    (installed / "python3.13").symlink_to(sys.executable)
    found = subprocess.run(
        ["/bin/sh", str(ROOT / "tools" / "pythons.sh")],
        env={"PATH": str(shims), "PYENV_ROOT": str(tmp_path / "pyenv"), "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert found.stdout.splitlines() == [str(installed / "python3.13")] and found.stderr == ""


def test_a_missing_compiler_is_named_in_dutch_with_what_to_install(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "durable_wheel.py"), str(tmp_path / "wheelhouse")],
        env={**os.environ, "CC": "geen-compiler"},
        capture_output=True,
        text=True,
    )
    assert built.returncode == 1 and not (tmp_path / "wheelhouse").exists()
    assert built.stderr.startswith(
        "De rules-engine durable-rules wordt gebouwd uit de broncode. Daarvoor ontbreekt:\n"
        "  - een C-compiler (geen-compiler)\n"
    )
    assert built.stderr.endswith("Op Debian of Ubuntu:\n  sudo apt-get install build-essential\n")
