"""The Gherkin specifications (features/*.feature) as data: which scenarios specify which rule.

The rulebook links every rule to the scenarios tagged with its id, and the
traceability test checks that every rule has one. Only the structure is read
here (feature title, story, scenarios with their tags and text); running the
scenarios is pytest-bdd's job.
"""

import re
import textwrap
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..core.errors import InputError
from ..core.files import os_reason
from ..core.names import page_problem

FEATURE = "Functionaliteit:"
# A feature file is a few kilobytes; the limit is a rule file's.
MAX_FEATURE_BYTES = 1024 * 1024
SCENARIO = re.compile(r"^(Abstract Scenario|Scenario|Voorbeeld):\s*(?P<name>.+)$")


@dataclass(frozen=True)
class Scenario:
    """One scenario (or scenario outline) with the rule ids it is tagged with."""

    feature: str
    name: str
    tags: tuple[str, ...]
    line: int
    text: str

    @property
    def anchor(self) -> str:
        """A stable id for links: feature file and line."""
        return f"{self.feature}-{self.line}"


@dataclass(frozen=True)
class Feature:
    """One feature file: its title, the story under it, and its scenarios."""

    file: str
    title: str
    story: str
    scenarios: tuple[Scenario, ...]


def default_features_dir() -> Path:
    """The features shipped inside the installed package, or the checkout's `features/`."""
    package = Path(str(resources.files("kinderogen_rules")))
    shipped = package / "features"
    return shipped if shipped.is_dir() else package.parent / "features"


@dataclass
class _Open:
    """The scenario being read."""

    name: str
    tags: list[str]
    line: int
    body: list[str]


def feature_text(path: Path) -> str:
    """A feature file's text, with the limits a rule file has: a regular file (no link: not to a device such as
    /dev/zero, which would be read until memory runs out, nor to a file elsewhere), at most MAX_FEATURE_BYTES,
    UTF-8. An InputError in Dutch otherwise."""
    try:
        # A link is refused too: it would publish the file it points to, anywhere on the machine, as a page.
        if path.is_symlink() or not path.is_file():
            raise InputError(
                f"Scenario's: {path.name} is geen gewoon bestand (een map, een apparaat of een koppeling)."
            )
        with path.open("rb") as stream:
            data = stream.read(MAX_FEATURE_BYTES + 1)
    except OSError as exc:
        raise InputError(f"Scenario's: kan {path.name} niet lezen: {os_reason(exc)}.") from None
    if len(data) > MAX_FEATURE_BYTES:
        raise InputError(f"Scenario's: {path.name} is groter dan {MAX_FEATURE_BYTES // 1024} kB.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"Scenario's: {path.name} is geen UTF-8-tekst; sla het op als UTF-8.") from None


def parse_feature(path: Path) -> Feature:
    """Read one feature file (Dutch keywords, `# language: nl`); an InputError in Dutch when it cannot be read
    (see `feature_text`) or its name cannot name a page of the rulebook."""
    problem = page_problem(path.stem)
    if problem is not None:
        raise InputError(f"Scenario's: de naam van {path.name}: {problem}.")
    title = ""
    story: list[str] = []
    scenarios: list[Scenario] = []
    tags: list[str] = []
    current: _Open | None = None

    def close(scenario: _Open | None) -> None:
        if scenario is not None:
            text = textwrap.dedent("\n".join(scenario.body)).strip("\n")
            scenarios.append(Scenario(path.stem, scenario.name, tuple(scenario.tags), scenario.line, text))

    for number, raw in enumerate(feature_text(path).splitlines(), 1):
        line = raw.strip()
        if line.startswith("#"):
            continue
        if line.startswith("@"):
            close(current)
            current = None
            tags.extend(tag.lstrip("@") for tag in line.split())
        elif found := SCENARIO.match(line):
            close(current)
            current = _Open(found["name"].strip(), tags, number, [raw])
            tags = []
        elif line.startswith(FEATURE):
            title = line.removeprefix(FEATURE).strip()
        elif current is None:
            story.append(line)
        else:
            current.body.append(raw)
    close(current)
    return Feature(path.stem, title, "\n".join(story).strip(), tuple(scenarios))


def read_features(directory: Path | str | None = None) -> list[Feature]:
    """Every feature file of a directory (the shipped features when None), sorted by file name; an InputError in
    Dutch for one that cannot be read (see `parse_feature`)."""
    folder = Path(directory) if directory is not None else default_features_dir()
    return [parse_feature(path) for path in sorted(folder.glob("*.feature"))]


def scenarios_by_rule(features: list[Feature]) -> dict[str, list[Scenario]]:
    """Rule id -> the scenarios tagged with it."""
    found: dict[str, list[Scenario]] = {}
    for feature in features:
        for scenario in feature.scenarios:
            for tag in scenario.tags:
                found.setdefault(tag, []).append(scenario)
    return found
