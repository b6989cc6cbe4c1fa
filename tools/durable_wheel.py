"""Build durable-rules 2.0.28 with our patch into a wheelhouse, for the Python that runs this script.

Why: durable-rules ships only a source archive, and its C engine calls PyEval_CallObject, which
Python 3.13 removed, so an unpatched build fails at import ("undefined symbol"). Upstream fixed it
(jruizgit/rules pull request 403) but never released the fix. This script downloads the sdist from
PyPI, checks its hash, applies patches/durable-rules-2.0.28-py313.patch and builds a wheel, once per
Python version; `pip install --find-links WHEELHOUSE` then takes it. The patch is applied on every
Python, so 3.11, 3.12 and 3.13 run the same engine code.

    python tools/durable_wheel.py build/wheelhouse

Run it with a virtualenv's python that has pip, setuptools and wheel: it builds with those (the versions
in requirements-lock.txt when `make` runs it), not with whatever PyPI has newest.
"""

import hashlib
import importlib.util
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

VERSION = "2.0.28"
SDIST = f"durable_rules-{VERSION}.tar.gz"
SDIST_SHA256 = "053b26f5e48d312d4fa27995243f954671be6eece477f150c059c364eb4d7d61"
PATCH = Path(__file__).resolve().parent.parent / "patches" / f"durable-rules-{VERSION}-py313.patch"


def missing_build_tools() -> list[tuple[str, str | None]]:
    """What the build needs and is not here: (what, the Debian package that brings it, if one does)."""
    missing: list[tuple[str, str | None]] = []
    compiler = shlex.split(os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc")[0]
    if shutil.which(compiler) is None:
        missing.append((f"een C-compiler ({compiler})", "build-essential"))
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not headers.is_file():
        version = f"{sys.version_info.major}.{sys.version_info.minor}"
        missing.append((f"de headers van Python {version} ({headers})", f"python{version}-dev"))
    if shutil.which("patch") is None:
        missing.append(("het programma patch", "patch"))
    for module in ("setuptools", "wheel"):
        if importlib.util.find_spec(module) is None:
            missing.append((f"{module} in deze Python: {sys.executable} -m pip install {module}", None))
    return missing


def built_wheel(wheelhouse: Path) -> Path | None:
    """This interpreter's wheel, if an earlier run built it."""
    python = f"cp{sys.version_info.major}{sys.version_info.minor}"
    return next(iter(sorted(wheelhouse.glob(f"durable_rules-{VERSION}-{python}-{python}-*.whl"))), None)


def build(wheelhouse: Path) -> Path:
    """Download, verify, patch and build; returns the wheel."""
    with tempfile.TemporaryDirectory(prefix="durable-rules-") as work:
        folder = Path(work)
        pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
        subprocess.run(
            [
                *pip,
                "download",
                "--quiet",
                "--no-binary",
                ":all:",
                "--no-deps",
                "--no-build-isolation",
                "-d",
                str(folder),
                f"durable-rules=={VERSION}",
            ],
            check=True,
        )
        archive = folder / SDIST
        digest = hashlib.sha256(archive.read_bytes()).hexdigest()
        if digest != SDIST_SHA256:
            sys.exit(f"{SDIST} heeft niet de verwachte inhoud (sha256 {digest}); er wordt niets gebouwd.")
        subprocess.run(["tar", "-xzf", str(archive), "-C", str(folder)], check=True)
        source = folder / f"durable_rules-{VERSION}"
        with PATCH.open("rb") as patch:
            subprocess.run(["patch", "-p1", "--silent", "-d", str(source)], stdin=patch, check=True)
        wheelhouse.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [*pip, "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(wheelhouse), str(source)],
            check=True,
        )
    wheel = built_wheel(wheelhouse)
    if wheel is None:
        sys.exit(f"pip bouwde geen wheel van durable-rules in {wheelhouse}.")
    return wheel


def main() -> int:
    if len(sys.argv) != 2:
        sys.exit("Gebruik: python tools/durable_wheel.py WHEELHOUSE")
    wheelhouse = Path(sys.argv[1])
    if built_wheel(wheelhouse) is not None:
        return 0
    missing = missing_build_tools()
    if missing:
        packages = " ".join(dict.fromkeys(package for _, package in missing if package))
        apt = f" Op Debian of Ubuntu:\n  sudo apt-get install {packages}" if packages else ""
        print(
            "De rules-engine durable-rules wordt gebouwd uit de broncode. Daarvoor ontbreekt:\n"
            + "".join(f"  - {what}\n" for what, _ in missing)
            + f"Installeer dat en voer het commando opnieuw uit.{apt}",
            file=sys.stderr,
        )
        return 1
    print(f"durable-rules {VERSION} gebouwd met de patch uit patches/: {build(wheelhouse)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
