"""The README and the docs, as a new user meets them.

Every shell and Python block runs as written, page by page, in a fresh copy of the repository (with the `.venv`
that `make` made): it may write into build/ only. It runs without a network to the outside, in a network namespace
of its own; pages that call the API get the form's server there, on the address `make run` uses. A text block
marked as output is what the block above it prints. Examples of rules and scenarios are copied from rules/ and
features/ word for word. No link leaves the repository, the README stays short, and the site builds in strict mode
with nothing loaded from elsewhere.
"""

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from markdown_blocks import Block, code_blocks

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINKING = [*PAGES, ROOT / "CHANGELOG.md"]
RUNNABLE = {"sh", "python"}
LANGUAGES = RUNNABLE | {"text", "json", "yaml", "gherkin", "nginx"}
NOT_RUN = "niet uitvoeren:"
RUN_ELSEWHERE = "uitgevoerd door tests/"
OUTPUT = "uitvoer van het blok hierboven"
# The only commands a page may show without running them: each serves or tests until it is done, and the last
# two run this very test.
NEVER_RUN = ("make run", "make test", "make test-fast")
# What tools leave behind wherever they run; not something a command of the docs writes.
CACHES = {"__pycache__", ".pytest_cache", ".hypothesis", ".mypy_cache", ".ruff_cache"}
SERVER = "http://127.0.0.1:8000"


def _runnable(block: Block) -> bool:
    return block.language in RUNNABLE and not block.note.startswith((NOT_RUN, RUN_ELSEWHERE))


def test_the_readme_fits_in_250_lines() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").count("\n")
    assert lines <= 250, f"README.md heeft {lines} regels"


def _prose(path: Path) -> str:
    """The page without its code: fenced blocks and inline code are examples, not links."""
    text = re.sub(r"^```.*?^```$", "", path.read_text(encoding="utf-8"), flags=re.M | re.S)
    return re.sub(r"`[^`\n]*`", "", text)


@pytest.mark.parametrize("page", LINKING, ids=lambda page: page.name)
def test_every_link_points_into_the_repository(page: Path) -> None:
    prose = _prose(page)
    targets = re.findall(r"\]\(([^)\s]+)\)", prose) + re.findall(r"^\[[^\]]+\]:\s*(\S+)", prose, flags=re.M)
    targets += re.findall(r"""(?:href|src)=["']([^"']+)""", prose) + re.findall(r"<([a-z]+:[^>\s]+)>", prose)
    for target in targets:
        assert not re.match(r"[a-z][a-z0-9+.-]*:|//", target), f"{page.name}: {target} wijst buiten de repository"
        path = target.split("#")[0]
        if path:
            found = (page.parent / path).resolve()
            assert found.is_relative_to(ROOT) and found.exists(), f"{page.name}: {target} bestaat niet"
    assert not re.search(r"https?://|www\.", prose), f"{page.name} noemt een adres buiten de repository"


def test_every_block_has_a_known_language_and_only_servers_and_tests_stay_unrun() -> None:
    for page in PAGES:
        for block in code_blocks(page):
            assert block.language in LANGUAGES, f"{block}: blok zonder bekende taal ({block.language!r})"
            if block.note.startswith(NOT_RUN):
                commands = [line.split("#")[0].strip() for line in block.text.splitlines()]
                assert all(command in NEVER_RUN for command in commands if command), f"{block}: {commands}"
            elif block.note.startswith(RUN_ELSEWHERE):
                test = ROOT / block.note.removeprefix("uitgevoerd door ").split(":")[0]
                assert test.is_file() and page.name in test.read_text(encoding="utf-8"), block


def test_examples_of_rules_and_scenarios_are_copied_word_for_word() -> None:
    sources = {
        "yaml": [path.read_text(encoding="utf-8") for path in (ROOT / "rules").glob("*.yaml")],
        "gherkin": [path.read_text(encoding="utf-8") for path in (ROOT / "features").glob("*.feature")],
    }
    shown = 0
    for page in PAGES:
        for block in code_blocks(page):
            if block.language in sources:
                assert any(block.text in source for source in sources[block.language]), (
                    f"{block} staat niet zo in de bron"
                )
                shown += 1
    assert shown >= 2


def _fresh_copy(into: Path) -> Path:
    """The repository as a fresh clone has it (tracked and new files, nothing ignored), with the `.venv` and the
    build/ folder that `make` leaves."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    for name in filter(None, listed.stdout.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            (into / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, into / name)
    (into / ".venv").symlink_to(ROOT / ".venv")
    (into / "build").mkdir()
    return into


def _files(folder: Path) -> dict[str, str]:
    """Every file outside build/, .venv and the tools' caches, with a hash of its content."""
    found = {}
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        if relative.parts[0] in {"build", ".venv"} or CACHES & set(relative.parts) or not path.is_file():
            continue
        found[str(relative)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def _isolated() -> list[str] | None:
    """How to run a command in a network namespace of its own (as root, or as a user mapped to root), with its
    loopback up."""
    ip = shutil.which("ip") or shutil.which("ip", path="/usr/sbin:/sbin")
    if not (ip and shutil.which("unshare")):
        return None
    for command in (["unshare", "--net"], ["unshare", "--net", "--map-root-user"]):
        if subprocess.run([*command, ip, "link", "set", "lo", "up"], capture_output=True).returncode == 0:
            return [*command, "sh", "-c", f'{ip} link set lo up && exec sh -c "$0"']
    return None


def _script(blocks: list[Block], folder: Path, serve: bool) -> str:
    """One shell script that runs each block in turn, its output kept per block, with the form's server first
    where the page calls it."""
    lines = ["set -e"]
    if serve:
        lines += [
            ".venv/bin/python -m webform > build/server.log 2>&1 &",
            "server=$!",
            'trap \'kill "$server"; wait "$server" || true\' EXIT',
            f"for _ in $(seq 1200); do curl -sf {SERVER}/healthz > /dev/null && break; sleep 0.1; done",
        ]
    for number, block in enumerate(blocks):
        code = folder / f"{number}.{'py' if block.language == 'python' else 'sh'}"
        code.write_text(block.text, encoding="utf-8")
        run = f".venv/bin/python {code}" if block.language == "python" else f"sh -e {code}"
        lines.append(
            f"{run} > {folder}/{number}.out 2> {folder}/{number}.err || {{ echo {number} > {folder}/failed; exit 1; }}"
        )
    return "\n".join(lines) + "\n"


@pytest.mark.slow
@pytest.mark.parametrize(
    "page", [page for page in PAGES if any(map(_runnable, code_blocks(page)))], ids=lambda p: p.name
)
def test_every_command_runs_as_written_from_a_fresh_clone_and_writes_only_into_build(
    page: Path, tmp_path: Path
) -> None:
    isolated = _isolated()
    if isolated is None:
        pytest.skip("unshare en ip kunnen hier geen eigen netwerk maken (root of user namespaces nodig).")
    clone = _fresh_copy(tmp_path / "clone")
    before = _files(clone)
    every = code_blocks(page)
    blocks = [block for block in every if _runnable(block)]
    outputs = tmp_path / "blocks"
    outputs.mkdir()
    script = _script(blocks, outputs, serve=any(SERVER in block.text for block in blocks))
    env = {key: value for key, value in os.environ.items() if not key.startswith(("KINDEROGEN_", "PYTHON"))}
    ran = subprocess.run([*isolated, script], cwd=clone, env=env, capture_output=True, text=True, timeout=900)
    if ran.returncode != 0:
        failed = int((outputs / "failed").read_text()) if (outputs / "failed").exists() else None
        shown = (
            ""
            if failed is None
            else f"{blocks[failed]}:\n{blocks[failed].text}\n{(outputs / f'{failed}.err').read_text()}"
        )
        pytest.fail(f"{page.name}: een blok faalt. {shown}{ran.stderr[-2000:]}")
    after = _files(clone)
    assert after == before, f"buiten build/ geschreven of veranderd: {sorted(set(after.items()) ^ set(before.items()))}"
    for block in every:
        if block.note == OUTPUT:
            source = max(i for i, earlier in enumerate(blocks) if earlier.line < block.line)
            printed = (outputs / f"{source}.out").read_text(encoding="utf-8")
            position = 0
            for part in re.split(r"^\s*…\n", block.text, flags=re.M):
                found = printed.find(part, position)
                assert found >= 0, f"{block}: dit staat niet (in deze volgorde) in de uitvoer:\n{part}"
                position = found + len(part)


@pytest.mark.slow
def test_the_site_builds_in_strict_mode_and_loads_nothing_from_elsewhere(tmp_path: Path) -> None:
    built = subprocess.run(
        [Path(sys.executable).parent / "mkdocs", "build", "--strict", "--quiet", "--site-dir", tmp_path / "site"],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    pages = list((tmp_path / "site").glob("*.html"))
    assert {"index", "installeren", "contract", "wijzigingen"} <= {page.stem for page in pages}
    assert "Keep a Changelog" in (tmp_path / "site" / "wijzigingen.html").read_text(encoding="utf-8")
    for page in pages:
        outside = re.findall(r"""(?:href|src)=["']((?:https?:)?//[^"']*)""", page.read_text(encoding="utf-8"))
        assert not outside, f"{page.name} laadt of linkt {outside}"
