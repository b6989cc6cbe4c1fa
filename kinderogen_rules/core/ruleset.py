"""Rule files: their schema, and loading a rules directory into one checked RuleSet.

A rules directory holds:
- `profiel.yaml`: the vocabulary of the case profile, every field with its codes and words (`vocabulary`);
- `catalogus.yaml`: the words of the advice (holders, arrangement titles in order,
  partner names, signal messages) and how regie rules combine;
- `bronnen.yaml` (and any `bronnen-*.yaml`): the source register, every document a rule may cite;
- `uitspraken.yaml`: the register of statements in the policy texts that bear
  on one child's case, each linked to the rules that encode it or marked as
  not decidable per case (check-rules keeps both sides in step);
- every other `*.yaml`: one policy topic or one region, a list of rules; a region file declares its region
  (`region:`), a value of the profile's region field.

The codes a rule may name and the fields its `when` may test come from the vocabulary and the catalogue, so the
models of a rule file are made per rule set (`rule_file_model`); the classes here are their bases.
"""

import bisect
import datetime as dt
import functools
import hashlib
import string
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, Field, ValidationError, create_model, field_validator, model_validator

from .conditions import Condition, condition_model
from .dates import date_nl, span_nl
from .errors import DateError, RuleLoadError
from .files import os_reason
from .names import (
    COLOUR_PATTERN,
    OPTIONAL_WORDS_PATTERN,
    PATTERN_WORDS,
    RULE_ID_PATTERN,
    STATEMENT_ID_PATTERN,
    WORDS_PATTERN,
    page_name_problems,
)
from .profile import Profile, profile_model
from .sentences import Sentences
from .strict import Strict
from .validation import LIST_ERRORS, OBJECT_ERRORS, reason, shown
from .vocabulary import (
    REGION_FIELD,
    ChoiceField,
    Code,
    NumberField,
    ProfileFile,
    RegionDeclaration,
    SetField,
    Vocabulary,
)

PROFILE_FILE = "profiel.yaml"
CATALOG_FILE = "catalogus.yaml"
SOURCES_FILE = "bronnen.yaml"
# More parts of the source register: a region adds its own documents in a file of its own.
SOURCES_PARTS = "bronnen-*.yaml"
STATEMENTS_FILE = "uitspraken.yaml"


class Source(Strict):
    """Where a rule comes from: a document id of the source register and a section in it."""

    document: str = Field(description="document-id uit bronnen.yaml, bv. kadernotitie-drechtsteden")
    section: str = Field(min_length=1, description="paragraaf, programmalijn of artikel, bv. §3.2")


# A text that may name profile values between braces; `template_problem` checks it against the vocabulary.
Template = Annotated[str, Field(min_length=1, pattern=WORDS_PATTERN)]


class RegieConclusion(Strict):
    """Who holds regie when this rule applies, and how strongly the rule claims it."""

    holder: Code
    priority: int = Field(
        ge=1, le=100, description="hogere voorrang wint; gelijke voorrang met een andere houder is een conflict"
    )
    lead: Template = Field(description="wie concreet de regie neemt, als de regio dat niet preciezer zegt")
    role: Code | None = Field(
        None,
        description="de rol van wie de regie neemt (standaard de regiehouder); een regio noemt in leads wie dat daar "
        "is, alleen voor de rollen waar haar tekst over gaat",
    )
    because: str = Field(
        "",
        pattern=OPTIONAL_WORDS_PATTERN,
        description="waarom deze partij de regie heeft, kort, na 'omdat' (voor In het kort)",
    )

    @property
    def lead_role(self) -> str:
        """The role a region's leads are keyed by: the rule's role, or else its holder."""
        return self.role or self.holder


def template_problem(text: str, fields: tuple[str, ...]) -> str | None:
    """What is wrong with a text that names profile values as {field}, or None when it is safe to fill.

    A text may name the fields of `Vocabulary.template_fields` (numbers and single choices, which read well in a
    sentence) and nothing else: no attribute or index access, no format spec (a width can make a text of
    gigabytes)."""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError:
        return "een accolade die niet klopt; schrijf {{ of }} voor een gewone accolade"
    for _, field, spec, conversion in parts:
        if field is None:
            continue
        if field not in fields:
            return f"{{{field}}} kan niet; tussen accolades mag alleen een van: {', '.join(fields)}"
        if spec or conversion:
            return f"bij {{{field}}} mag geen opmaak staan (geen : of ! na de naam)"
    return None


class EscalationConclusion(Strict):
    """A step of the route when the parties are stuck: who can break the deadlock, and what kind of step it is."""

    kind: Code = Field(
        "doorzettingsmacht",
        description="de soort stap, uit escalation_kinds in catalogus.yaml (standaard doorzettingsmacht)",
    )
    to: list[Code] = Field(min_length=1)
    explanation: Template


class Then(Strict):
    """What a rule concludes when its `when` holds."""

    regie: RegieConclusion | None = None
    leads: dict[Code, str] | None = Field(None, description="hoe de regio de regiehouder noemt")
    arrangements: list[Code] = Field([])
    partners: list[Code] = Field([])
    informed: list[Code] = Field(
        [],
        description="partners die op de hoogte blijven maar niet aan tafel komen, ook als een andere regel ze "
        "aan tafel vraagt; alleen waar een bron dat zegt",
    )
    escalation: EscalationConclusion | None = None
    signals: list[Code] = Field([])
    child: bool = Field(False, description="het kind of de jongere zelf praat mee aan tafel")

    @model_validator(mode="after")
    def _concludes(self) -> "Then":
        if not (
            self.regie
            or self.leads
            or self.arrangements
            or self.partners
            or self.informed
            or self.escalation
            or self.signals
            or self.child
        ):
            raise ValueError(
                "de regel concludeert niets: geef regie, leads, arrangements, partners, informed, escalation, signals "
                "of child"
            )
        both = sorted(set(self.partners) & set(self.informed))
        if both:
            raise ValueError(f"{', '.join(both)} staat zowel bij partners als bij informed; kies één van de twee")
        return self


class Rule(Strict):
    """One rule: when it applies, what it concludes, and the text it comes from."""

    id: str = Field(pattern=RULE_ID_PATTERN, description="stabiele code, bv. REGIE-ONDERWIJS-01")
    title: Template
    when: Condition = Condition()
    then: Then
    sources: list[Source] = Field(min_length=1)
    rationale: Template = Field(description="de gedachte achter de regel in één zin, gewone taal")
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None

    @field_validator("sources", mode="before")
    @classmethod
    def _sources_given(cls, value: Any) -> Any:
        if value is None or value == []:
            raise ValueError("de regel heeft geen bron: noem minstens één document en paragraaf")
        return value

    def valid_on(self, day: dt.date) -> bool:
        """Whether the rule is in force on that day."""
        started = self.valid_from is None or self.valid_from <= day
        return started and (self.valid_until is None or day <= self.valid_until)


class RuleFile(Strict):
    """One rule file: a policy topic or a region."""

    topic: str = Field(min_length=1, description="onderwerp, bv. regie")
    title: str = Field(min_length=1)
    description: str = ""
    region: RegionDeclaration | None = Field(
        None, description="de regio van een regiobestand: haar code in het profiel en hoe een gebruiker haar leest"
    )
    rules: list[Rule] = Field(min_length=1)


class UsedUp(Strict):
    """An arrangement the profile says was already used: it goes on, in another group, with its own words."""

    when: dict[str, Any] = Field(description="voorwaarde zoals in een regel: past die, dan is het al ingezet")
    group: Code = Field(description="de groep in Wat te regelen waar het dan staat (uit groups)")
    text: str = Field(min_length=1, description="wat het advies er dan over zegt, in plaats van de uitleg")


class ArrangementInfo(Strict):
    """An arrangement: its title, a short name for "In het kort", and when it comes in "Wat te regelen"."""

    code: Code
    title: Template
    short: Template = Field(description="korte naam in een zin, bv. 'steun tijdens het wachten'")
    group: Code = Field(description="de groep in Wat te regelen (uit groups)")
    urgent: bool = Field(False, description="dringend: eerst in zijn groep")
    after: list[Code] = Field(
        [], description="lichtere arrangementen: staat er een in het advies, dan komt dit in 'als dat niet genoeg is'"
    )
    now_when: dict[str, Any] | None = Field(
        None, description="voorwaarde zoals in een regel: past die, dan blijft het in zijn groep, ook met after"
    )
    used_up: "UsedUp | None" = Field(None, description="wanneer dit al is ingezet, en wat het advies dan zegt")


class PartnerInfo(Strict):
    """Someone at the table: the name, a short name for "In het kort", and what they do there."""

    name: str = Field(min_length=1)
    short: str = Field(min_length=1)
    role: str = Field(min_length=1, description="in één zin wat deze partner aan tafel doet")
    named_first: bool = Field(
        False, description="In het kort noemt deze partner als eerste, na het kind zelf (zoals de ouders)"
    )


class HolderInfo(Strict):
    """A regie holder: its short name and who that is in full."""

    label: str = Field(min_length=1, description="korte naam, bv. 'de school'")
    name: str = Field(min_length=1, description="wie dat voluit is")
    colour: str = Field(pattern=COLOUR_PATTERN, description="kleur in plaatjes en rapporten, bv. #154273")


class SignalInfo(Strict):
    """A signal: its short name (for reports that count signals) and the message an advice shows."""

    label: str = Field(min_length=1)
    message: Template


class MonitorGroup(Strict):
    """A group of advices the monitor counts, by the arrangements that put an advice in it."""

    name: str = Field(min_length=1)
    arrangements: list[Code] = Field([])


class CatalogFile(Strict):
    """The words of the advice and the combination policy."""

    version: str = Field(min_length=1, description="versie van de regelset, bv. 2026.1")
    valid_from: dt.date | None = Field(
        None, description="de eerste dag waarop de regels gelden; voor een eerdere dag geven ze geen advies"
    )
    valid_from_reason: str = Field("", description="waarom de regels op die dag beginnen, in gewone taal")
    regie_hit_policy: Literal["hoogste_voorrang"] = Field(
        description="hoe regieregels samengaan: de hoogste voorrang beslist; "
        "gelijke voorrang met verschillende houders is een conflict"
    )
    holders: dict[Code, HolderInfo] = Field(min_length=1)
    groups: dict[Code, str] = Field(min_length=1, description="de groepen van Wat te regelen, in volgorde, met titel")
    arrangements: list[ArrangementInfo] = Field(description="in volgorde: lichtst en dichtst bij huis eerst")
    partners: dict[Code, PartnerInfo]
    child: PartnerInfo | None = Field(None, description="het kind of de jongere zelf aan tafel")
    escalation_kinds: dict[Code, str] = Field(
        min_length=1, description="de soorten stappen als het vastloopt, in de volgorde van de route, met titel"
    )
    signals: dict[Code, SignalInfo]
    monitor_groups: list[MonitorGroup] = Field(
        [], description="groepen voor de monitor, van licht naar zwaar; een advies valt in de zwaarste die past"
    )
    sentences: Sentences = Field(
        description="de zinnen die de woorden van een advies aan elkaar zetten (In het kort, Waarom, wat verandert)"
    )

    @model_validator(mode="after")
    def _known(self) -> "CatalogFile":
        codes = [a.code for a in self.arrangements]
        doubles = sorted({code for code in codes if codes.count(code) > 1})
        if doubles:
            raise ValueError(f"arrangementen staan er twee keer: {', '.join(doubles)}")
        unknown = sorted({c for group in self.monitor_groups for c in group.arrangements} - set(codes))
        if unknown:
            raise ValueError(f"monitor_groups noemt arrangementen die niet in arrangements staan: {', '.join(unknown)}")
        for arrangement in self.arrangements:
            for group in (arrangement.group, arrangement.used_up.group if arrangement.used_up else arrangement.group):
                if group not in self.groups:
                    raise ValueError(f"{arrangement.code}: de groep {group!r} staat niet bij groups")
            lighter = sorted(set(arrangement.after) - set(codes))
            if lighter:
                raise ValueError(
                    f"{arrangement.code}: after noemt arrangementen die er niet zijn: {', '.join(lighter)}"
                )
        return self

    @cached_property
    def partner_names(self) -> dict[str, str]:
        return {code: partner.name for code, partner in self.partners.items()}

    def texts(self) -> list[tuple[str, str]]:
        """Every text of the catalogue a profile's words may fill, with where it is: for `template_problem`."""
        found = [
            (f"arrangements.{a.code}.{part}", getattr(a, part))
            for a in self.arrangements
            for part in ("title", "short")
        ]
        found += [(f"arrangements.{a.code}.used_up.text", a.used_up.text) for a in self.arrangements if a.used_up]
        for code, partner in self.partners.items():
            found += [(f"partners.{code}.{part}", getattr(partner, part)) for part in ("name", "short", "role")]
        if self.child is not None:
            found += [(f"child.{part}", getattr(self.child, part)) for part in ("name", "short", "role")]
        found += [
            (f"signals.{code}.{part}", getattr(signal, part))
            for code, signal in self.signals.items()
            for part in ("label", "message")
        ]
        found += [
            (f"holders.{code}.{part}", getattr(h, part))
            for code, h in self.holders.items()
            for part in ("label", "name")
        ]
        return found

    @cached_property
    def holder_labels(self) -> dict[str, str]:
        return {code: holder.label for code, holder in self.holders.items()}

    @cached_property
    def arrangement_titles(self) -> dict[str, str]:
        """Every arrangement code with its title, in catalogue order."""
        return {a.code: a.title for a in self.arrangements}

    @cached_property
    def signal_labels(self) -> dict[str, str]:
        return {code: signal.label for code, signal in self.signals.items()}


class Document(Strict):
    title: str
    reference: str = Field(description="exacte vindplaats: bestand in seeds/ of wettelijke citeertitel")
    short: str = Field("", description="korte naam om in een zin naar het document te verwijzen (standaard de titel)")
    example: bool = Field(
        False,
        description="een bron van een voorbeeld (examples/), geen beleidstekst: het register van uitspraken "
        "dekt haar niet",
    )

    @property
    def cited_as(self) -> str:
        """How a sentence names the document: its short name, or else its title."""
        return self.short or self.title


class SourcesFile(Strict):
    documents: dict[str, Document]


NotPerCase = Literal[
    "beleidsafspraak",
    "financiering",
    "monitoring",
    "doel_zonder_datum",
    "organisatie",
    "wetgeving_in_voorbereiding",
    "achtergrond",
    "buiten_profiel",
]


class Statement(Strict):
    """One statement of a policy text, in our own words, and how the rules deal with it."""

    id: str = Field(pattern=STATEMENT_ID_PATTERN, description="stabiele code, bv. KN-3.2-01")
    document: str = Field(description="document-id uit bronnen.yaml")
    section: str = Field(min_length=1, description="de plek in de tekst, zoals regels die als bron noemen")
    says: str = Field(min_length=1, description="wat de tekst zegt, in eigen woorden")
    rules: list[str] = Field([], description="de regels die deze uitspraak vastleggen")
    not_per_case: NotPerCase | None = Field(None, description="waarom dit niet per kind te beslissen is")
    reason: str | None = Field(None, min_length=1, description="uitleg bij not_per_case, in één zin")

    @model_validator(mode="after")
    def _encoded_or_explained(self) -> "Statement":
        if self.rules and self.not_per_case:
            raise ValueError("geef rules óf not_per_case, niet allebei")
        if not self.rules and not self.not_per_case:
            raise ValueError(
                "geef de regels die dit vastleggen (rules), of zeg waarom het niet per kind kan (not_per_case)"
            )
        if self.not_per_case and not self.reason:
            raise ValueError("not_per_case vraagt een reden (reason)")
        if self.rules and self.reason:
            raise ValueError("reason hoort alleen bij not_per_case")
        return self


class StatementsFile(Strict):
    """The register of statements: what the policy texts say about one child's case."""

    statements: list[Statement] = Field(min_length=1)

    @field_validator("statements")
    @classmethod
    def _unique(cls, statements: list[Statement]) -> list[Statement]:
        ids = [s.id for s in statements]
        doubles = sorted({i for i in ids if ids.count(i) > 1})
        if doubles:
            raise ValueError(f"dubbele id's: {', '.join(doubles)}")
        return statements


@dataclass(frozen=True)
class LoadedRule:
    """A rule with the file it came from."""

    rule: Rule
    file: str
    topic: str


@dataclass(frozen=True)
class RuleSet:
    """Everything in one rules directory, checked and ready to compile."""

    directory: Path
    rules: tuple[LoadedRule, ...]
    catalog: CatalogFile
    sources: SourcesFile
    files: tuple[RuleFile, ...]
    version: str
    vocabulary: Vocabulary
    statements: StatementsFile | None = None

    @cached_property
    def partner_names(self) -> dict[str, str]:
        """Every partner's name as a report over many children reads it (the general form of the words)."""
        return {code: self.vocabulary.neutral(p.name) for code, p in self.catalog.partners.items()}

    @cached_property
    def holder_names(self) -> dict[str, str]:
        """Every regiehouder's full name as a report over many children reads it (the general form of the words)."""
        return {code: self.vocabulary.neutral(h.name) for code, h in self.catalog.holders.items()}

    @cached_property
    def holder_labels(self) -> dict[str, str]:
        """Every regiehouder's short name as a report over many children reads it ('de school')."""
        return {code: self.vocabulary.neutral(h.label) for code, h in self.catalog.holders.items()}

    @cached_property
    def arrangement_names(self) -> dict[str, str]:
        """Every arrangement's title as a report over many children reads it: the words that fit one child in their
        general form ('de school'), in catalogue order."""
        return {a.code: self.vocabulary.neutral(a.title) for a in self.catalog.arrangements}

    @property
    def profile_model(self) -> "type[Profile]":
        """The case profile these rules advise on: the vocabulary's (the shipped rules': CaseProfile)."""
        return profile_model(self.vocabulary)

    def in_force(self, day: dt.date) -> tuple[LoadedRule, ...]:
        """The rules valid on that day, in file order."""
        return self.period(day).rules

    @cached_property
    def periods(self) -> tuple["Period", ...]:
        """The stretches of time in which the same rules are in force, oldest first: the first starts when the rule
        set does (or has no start), the last has no end. A rule set without dates has one period."""
        first = self.catalog.valid_from
        starts: set[dt.date] = set()
        for loaded in self.rules:
            if loaded.rule.valid_from is not None:
                starts.add(loaded.rule.valid_from)
            if loaded.rule.valid_until is not None and loaded.rule.valid_until < dt.date.max:
                starts.add(loaded.rule.valid_until + ONE_DAY)
        bounds = sorted(day for day in starts if first is None or day > first)
        periods = []
        for n, start in enumerate([first, *bounds]):
            end = bounds[n] - ONE_DAY if n < len(bounds) else None
            day = start or dt.date.min
            periods.append(Period(start, end, tuple(r for r in self.rules if r.rule.valid_on(day))))
        return tuple(periods)

    @cached_property
    def _period_starts(self) -> list[dt.date]:
        return [p.start for p in self.periods if p.start is not None]

    def period(self, day: dt.date) -> "Period":
        """The period that holds that day; DateError before the rule set starts."""
        first = self.catalog.valid_from
        if first is not None and day < first:
            reason = f" ({self.catalog.valid_from_reason})" if self.catalog.valid_from_reason else ""
            raise DateError(
                f"De regels gelden vanaf {date_nl(first)}{reason}. Voor {date_nl(day)} geven ze geen advies: "
                "kies een latere datum."
            )
        return self.periods[bisect.bisect_right(self._period_starts, day) - (first is not None)]

    def versions(self, rule_id: str) -> tuple[LoadedRule, ...]:
        """Every version of one rule, oldest first (most rules have one)."""
        return tuple(sorted((r for r in self.rules if r.rule.id == rule_id), key=_start))


def _start(loaded: LoadedRule) -> dt.date:
    return loaded.rule.valid_from or dt.date.min


ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Period:
    """A stretch of days (`start` and `end` inclusive; None is open) with the rules in force throughout it."""

    start: dt.date | None
    end: dt.date | None
    rules: tuple[LoadedRule, ...]


def default_rules_dir() -> Path:
    """The rules shipped inside the installed package, or the checkout's `rules/` when run from source."""
    package = Path(str(resources.files("kinderogen_rules")))
    shipped = package / "rules"
    return shipped if shipped.is_dir() else package.parent / "rules"


# A rule file is a few kilobytes; anything much larger is a mistake (or a link to an endless device).
MAX_RULE_FILE_BYTES = 1024 * 1024

# PyYAML's problems, in the words a policy officer reads; anything else is named by line and column only.
_YAML_PROBLEMS = {
    "mapping values are not allowed here": "een dubbele punt waar dat niet kan; zet de tekst tussen aanhalingstekens",
    "found character '\\t' that cannot start any token": "een tab; gebruik spaties om in te springen",
    "could not find expected ':'": "er ontbreekt een dubbele punt",
    "found unexpected end of stream": "het bestand houdt midden in iets op",
    "expected <block end>, but found '<block mapping start>'": "de inspringing klopt niet",
    "expected <block end>, but found '-'": "de inspringing van een lijst klopt niet",
}


class _DutchYAMLError(yaml.MarkedYAMLError):
    """A YAML problem this module words itself, in Dutch."""


class _PolicyLoader(yaml.SafeLoader):
    """Safe YAML without what policy files never need and an attacker could use: aliases (a few lines that
    expand to gigabytes) and duplicate keys (the second `id:` would silently win)."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise _DutchYAMLError(
                problem="verwijzingen (*naam) zijn in regelbestanden niet toegestaan; schrijf de waarde uit",
                problem_mark=self.peek_event().start_mark,  # type: ignore[no-untyped-call]
            )
        return super().compose_node(parent, index)

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise _DutchYAMLError(
                    problem="een sleutel moet een woord zijn, geen lijst of object", problem_mark=key_node.start_mark
                )
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                raise _DutchYAMLError(
                    problem=f"de sleutel {shown(key)} staat er twee keer", problem_mark=key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_timestamp(self, node: Any) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            raise _DutchYAMLError(
                problem=f"{node.value} is geen bestaande datum; schrijf JJJJ-MM-DD", problem_mark=node.start_mark
            ) from None

    def construct_yaml_int(self, node: Any) -> Any:
        """A number in a rule file is an age, a number of weeks or a priority: a few digits. A number of thousands
        of digits is refused here, before Python takes seconds to read it or refuses it with a traceback."""
        if sum(character.isdigit() for character in str(node.value)) > MAX_DIGITS:
            raise _DutchYAMLError(
                problem=f"dit getal heeft te veel cijfers (meer dan {MAX_DIGITS}); schrijf een gewoon getal",
                problem_mark=node.start_mark,
            )
        return super().construct_yaml_int(node)


# The most digits a number in a rule file may have.
MAX_DIGITS = 18
_PolicyLoader.add_constructor("tag:yaml.org,2002:timestamp", _PolicyLoader.construct_yaml_timestamp)
_PolicyLoader.add_constructor("tag:yaml.org,2002:int", _PolicyLoader.construct_yaml_int)


def _read_bytes(path: Path) -> bytes:
    """A rule file's bytes: a regular file, at most MAX_RULE_FILE_BYTES."""
    try:
        # A link is refused too: it could publish any file of the machine in the rulebook.
        if path.is_symlink() or not path.is_file():
            raise RuleLoadError([f"{path.name}: dit is geen gewoon bestand (een map, een apparaat of een koppeling)"])
        with path.open("rb") as stream:
            data = stream.read(MAX_RULE_FILE_BYTES + 1)
    except OSError as exc:
        raise RuleLoadError([f"{path.name}: kan het bestand niet lezen ({os_reason(exc)})"]) from None
    if len(data) > MAX_RULE_FILE_BYTES:
        raise RuleLoadError([f"{path.name}: het bestand is groter dan {MAX_RULE_FILE_BYTES // 1024} kB"])
    return data


def _yaml_problem(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    where = f" op regel {mark.line + 1}, kolom {mark.column + 1}" if mark is not None else ""
    problem = str(getattr(exc, "problem", "") or "")
    words = problem if isinstance(exc, _DutchYAMLError) else _YAML_PROBLEMS.get(problem, "")
    return f"geen geldige YAML{where}" + (f": {words}" if words else "")


def _read_yaml(path: Path, data: bytes) -> Any:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RuleLoadError(
            [f"{path.name}: geen UTF-8-tekst (byte {exc.start + 1}); sla het bestand op als UTF-8"]
        ) from None
    try:
        raw = yaml.load(text, Loader=_PolicyLoader)  # a SafeLoader subclass: no tags beyond plain data
    except yaml.YAMLError as exc:
        raise RuleLoadError([f"{path.name}: {_yaml_problem(exc)}"]) from None
    except RecursionError:
        raise RuleLoadError([f"{path.name}: geen geldige YAML: te diep genest"]) from None
    if raw is None:
        raise RuleLoadError([f"{path.name}: het bestand is leeg"])
    if not isinstance(raw, dict):
        raise RuleLoadError(
            [f"{path.name}: het bestand moet sleutels met waarden bevatten (zoals `rules:`), geen losse lijst of tekst"]
        )
    return raw


def _describe(
    exc: ValidationError, file: str, raw: Any, prefix: str = "", vocabulary: Vocabulary | None = None
) -> list[str]:
    problems = []
    for error in exc.errors():
        loc = list(error["loc"])
        rule_id = ""
        # A rule or a statement is named by its id, so the message points at the entry to fix.
        if len(loc) >= 2 and loc[0] in ("rules", "statements") and isinstance(loc[1], int) and isinstance(raw, dict):
            entries = raw.get(str(loc[0])) or []
            if loc[1] < len(entries) and isinstance(entries[loc[1]], dict):
                rule_id = str(entries[loc[1]].get("id", f"nummer {loc[1] + 1}"))
            loc = loc[2:]
        where = prefix + ".".join(str(part) for part in loc)
        message = _reason(error, loc, vocabulary)
        problems.append(f"{file}: {rule_id + ': ' if rule_id else ''}{where + ': ' if where else ''}{message}")
    return problems


SOURCE_EXAMPLE = '{document: kadernotitie-drechtsteden, section: "§3.2"}'


def _reason(error: Any, loc: list[Any], vocabulary: Vocabulary | None) -> str:
    """What is wrong, in the words of a rule file: a name's form as words, and for a list or object in the wrong
    place an example of what belongs there (a source, a test on a field of the profile)."""
    kind, value = error["type"], shown(error.get("input"))
    words = PATTERN_WORDS.get(str((error.get("ctx") or {}).get("pattern")))
    if kind == "string_pattern_mismatch" and words:
        return f"{words} (niet {value})."
    if kind not in LIST_ERRORS | OBJECT_ERRORS or not loc:
        return reason(error)
    if loc[-1] == "sources":
        return f"geef een lijst van bronnen, elk met document en section, zoals - {SOURCE_EXAMPLE} (niet {value})."
    if len(loc) >= 2 and loc[-2] == "sources":
        return f"een bron heeft een document en een section, zoals {SOURCE_EXAMPLE} (niet {value})."
    field = vocabulary.fields.get(str(loc[-1])) if vocabulary is not None and "when" in loc else None
    if isinstance(field, NumberField):
        example = f"{{min: {field.min}, max: {field.max}}}"
        return f"een toets op {field.label} is een bereik met min, max of allebei, zoals {example} (niet {value})."
    if isinstance(field, ChoiceField):
        example = ", ".join(v.code for v in field.values[:2])
        return f"een toets op {field.label} is een lijst van antwoorden, zoals [{example}] (niet {value})."
    if isinstance(field, SetField):
        example = f"{{has_any: [{field.values[0].code}]}}"
        return (
            f"een toets op {field.label} is has_any, has_all, has_none of empty met een lijst, zoals {example} "
            f"(niet {value})."
        )
    return reason(error)


def _validated(model: type[BaseModel], name: str, raw: Any, vocabulary: Vocabulary | None = None) -> Any:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise RuleLoadError(_describe(exc, name, raw, vocabulary=vocabulary)) from None
    except RecursionError:
        raise RuleLoadError([f"{name}: te diep genest"]) from None


def rules_version(catalog_version: str, contents: dict[str, bytes]) -> str:
    """The catalog's version plus a hash of every rule file (name and bytes, in name order), so an advice names the
    exact rules."""
    digest = hashlib.sha256()
    for name, data in sorted(contents.items()):
        digest.update(name.encode())
        digest.update(b"\0")
        digest.update(data)
        digest.update(b"\0")
    return f"{catalog_version}+{digest.hexdigest()[:12]}"


def _overlap(one: Rule, other: Rule) -> bool:
    """Whether two rules are in force on a common day."""
    return (one.valid_from or dt.date.min) <= (other.valid_until or dt.date.max) and (
        other.valid_from or dt.date.min
    ) <= (one.valid_until or dt.date.max)


def _rule_texts(rule: Rule) -> list[tuple[str, str]]:
    """A rule's texts that a profile's words may fill, with where they are."""
    found = [("title", rule.title), ("rationale", rule.rationale)]
    regie, escalation = rule.then.regie, rule.then.escalation
    if regie is not None:
        found += [("then.regie.lead", regie.lead), ("then.regie.because", regie.because)]
    found += [(f"then.leads.{role}", lead) for role, lead in (rule.then.leads or {}).items()]
    if escalation is not None:
        found.append(("then.escalation.explanation", escalation.explanation))
    return found


def _lead_roles(rules: Iterable[LoadedRule], catalog: CatalogFile) -> list[str]:
    """A region's leads name a holder or the role of a regie rule; anything else is a slip."""
    rules = list(rules)
    roles = set(catalog.holders) | {r.rule.then.regie.lead_role for r in rules if r.rule.then.regie is not None}
    return [
        f"{r.file}: {r.rule.id}: then.leads.{role}: onbekende rol {shown(role)}; een regio noemt een regiehouder "
        f"({', '.join(catalog.holders)}) of de role van een regieregel"
        for r in rules
        for role in r.rule.then.leads or {}
        if role not in roles
    ]


def _cross_check(rules: Iterable[LoadedRule], sources: SourcesFile, fields: tuple[str, ...]) -> list[str]:
    problems = []
    seen: dict[str, list[LoadedRule]] = {}
    for loaded in rules:
        rule = loaded.rule
        for earlier in seen.get(rule.id, []):
            if _overlap(earlier.rule, rule):
                problems.append(
                    f"{loaded.file}: {rule.id}: dubbele regel-id (staat ook in {earlier.file}); twee versies van "
                    f"een regel mogen niet tegelijk gelden: deze geldt {span_nl(rule.valid_from, rule.valid_until)}, "
                    f"de andere {span_nl(earlier.rule.valid_from, earlier.rule.valid_until)}"
                )
        seen.setdefault(rule.id, []).append(loaded)
        for source in rule.sources:
            if source.document not in sources.documents:
                problems.append(
                    f"{loaded.file}: {rule.id}: onbekende bron {source.document!r}; zet het document in {SOURCES_FILE}"
                )
        for where, text in _rule_texts(rule):
            problem = template_problem(text, fields)
            if problem:
                problems.append(f"{loaded.file}: {rule.id}: {where}: {problem}")
        if rule.valid_from and rule.valid_until and rule.valid_from > rule.valid_until:
            problems.append(f"{loaded.file}: {rule.id}: valid_from ligt na valid_until")
    return problems


def _literal(codes: Iterable[str]) -> Any:
    return Literal[tuple(codes)]


def _list(kind: Any) -> Any:
    return list[kind]


def _optional(kind: Any) -> Any:
    return kind | None


_models: dict[str, type[RuleFile]] = {}
_models_lock = threading.Lock()


def rule_file_model(vocabulary: Vocabulary, catalog: CatalogFile) -> type[RuleFile]:
    """The rule file of a vocabulary and a catalogue: a `when` tests only the vocabulary's fields and codes, a
    `then` names only the catalogue's holders, arrangements, partners and signals. Made once per pair."""
    key = vocabulary.key + catalog.model_dump_json(
        include={"holders", "arrangements", "partners", "signals", "escalation_kinds"}
    )
    with _models_lock:
        model = _models.get(key)
        if model is not None:
            return model
        holder = _literal(catalog.holders)
        partner = _literal(catalog.partners)

        def kind(base: type[BaseModel], name: str, annotation: Any) -> tuple[Any, Any]:
            return annotation, base.model_fields[name]

        regie = create_model(
            "RegieConclusion", __base__=RegieConclusion, holder=kind(RegieConclusion, "holder", holder)
        )
        escalation = create_model(
            "EscalationConclusion",
            __base__=EscalationConclusion,
            kind=kind(EscalationConclusion, "kind", _literal(catalog.escalation_kinds)),
            to=kind(EscalationConclusion, "to", _list(partner)),
        )
        then = create_model(
            "Then",
            __base__=Then,
            regie=kind(Then, "regie", _optional(regie)),
            arrangements=kind(Then, "arrangements", _list(_literal(catalog.arrangement_titles))),
            partners=kind(Then, "partners", _list(partner)),
            informed=kind(Then, "informed", _list(partner)),
            escalation=kind(Then, "escalation", _optional(escalation)),
            signals=kind(Then, "signals", _list(_literal(catalog.signals))),
        )
        condition = condition_model(vocabulary)
        rule = create_model(
            "Rule", __base__=Rule, when=(condition, Field(default_factory=condition)), then=kind(Rule, "then", then)
        )
        model = create_model("RuleFile", __base__=RuleFile, rules=kind(RuleFile, "rules", _list(rule)))
        _models[key] = model
        return model


def _region(name: str, raw: Any) -> RegionDeclaration | None:
    """The region a rule file declares, read before the file itself (the region is part of the vocabulary its
    rules are checked with)."""
    declared = raw.get("region") if isinstance(raw, dict) else None
    if declared is None:
        return None
    try:
        return RegionDeclaration.model_validate(declared)
    except ValidationError as exc:
        raise RuleLoadError(_describe(exc, name, declared, "region.")) from None


def _vocabulary(profile: ProfileFile, regions: dict[str, RegionDeclaration]) -> Vocabulary:
    """The profile's vocabulary with the regions of the region files; a region code declared twice is an error."""
    declared = profile.fields.get(REGION_FIELD)
    known = {v.code: PROFILE_FILE for v in getattr(declared, "values", ())}
    problems = []
    for file, region in regions.items():
        if region.code in known:
            problems.append(f"{file}: region.code: de regio {region.code!r} staat al in {known[region.code]}")
        known[region.code] = file
    if problems:
        raise RuleLoadError(problems)
    try:
        vocabulary = Vocabulary.declared(profile, regions.values())
    except ValueError as exc:
        raise RuleLoadError([f"{PROFILE_FILE}: {exc}"]) from None
    problems = [f"{PROFILE_FILE}: {problem}" for problem in vocabulary.problems()]
    condition = condition_model(vocabulary)
    problems.extend(f"{PROFILE_FILE}: {problem}" for problem in _vocabulary_texts(vocabulary, condition))
    for name, field in vocabulary.fields.items():
        when = field.what_if.when if field.what_if else None
        if when is not None:
            try:
                condition.model_validate(when)
            except ValidationError as exc:
                problems.extend(_describe(exc, PROFILE_FILE, when, f"fields.{name}.what_if.when."))
    if problems:
        raise RuleLoadError(problems)
    return vocabulary


def load_rules(directory: Path | str | None = None) -> RuleSet:
    """Load and check a rules directory; RuleLoadError lists every problem with file and rule id.

    First the vocabulary (profiel.yaml and the regions of the region files) and the catalogue, then the rule files,
    checked against both."""
    folder = Path(directory) if directory is not None else default_rules_dir()
    if not folder.is_dir():
        raise RuleLoadError([f"{folder}: map met regels niet gevonden"])
    problems: list[str] = []
    contents: dict[str, bytes] = {}
    raws: dict[str, Any] = {}
    for path in sorted(folder.glob("*.yaml")):
        try:
            contents[path.name] = _read_bytes(path)
            raws[path.name] = _read_yaml(path, contents[path.name])
        except RuleLoadError as exc:
            problems.extend(exc.problems)
    source_parts = {path.name for path in folder.glob(SOURCES_PARTS)}
    registers = {PROFILE_FILE, CATALOG_FILE, SOURCES_FILE, STATEMENTS_FILE, *source_parts}
    found: dict[str, Any] = {}
    regions: dict[str, RegionDeclaration] = {}
    for name, raw in raws.items():
        try:
            if name == PROFILE_FILE:
                found[name] = _validated(ProfileFile, name, raw)
            elif name == CATALOG_FILE:
                found[name] = _validated(CatalogFile, name, raw)
            elif name == STATEMENTS_FILE:
                found[name] = _validated(StatementsFile, name, raw)
            elif name == SOURCES_FILE or name in source_parts:
                found[name] = _validated(SourcesFile, name, raw)
            elif (region := _region(name, raw)) is not None:
                regions[name] = region
        except RuleLoadError as exc:
            problems.extend(exc.problems)
    for needed in (PROFILE_FILE, CATALOG_FILE, SOURCES_FILE):
        if needed not in contents and not any(p.startswith(needed) for p in problems):
            problems.append(f"{folder}: {needed} ontbreekt")
    profile, catalog = found.get(PROFILE_FILE), found.get(CATALOG_FILE)
    vocabulary = None
    if profile is not None:
        try:
            vocabulary = _vocabulary(profile, regions)
        except RuleLoadError as exc:
            problems.extend(exc.problems)
    sources = _register({name: found[name] for name in sorted(found) if name == SOURCES_FILE or name in source_parts})
    if isinstance(sources, list):
        problems.extend(sources)
        sources = None
    files: list[RuleFile] = []
    file_names: list[str] = []
    loaded: list[LoadedRule] = []
    if vocabulary is not None and catalog is not None:
        problems.extend(f"{CATALOG_FILE}: {p}" for p in _catalog_texts(catalog, vocabulary))
        model = rule_file_model(vocabulary, catalog)
        for name, raw in raws.items():
            if name in registers:
                continue
            try:
                rule_file = _validated(model, name, raw, vocabulary)
            except RuleLoadError as exc:
                problems.extend(_where_declared(exc.problems))
                continue
            files.append(rule_file)
            file_names.append(name)
            loaded.extend(LoadedRule(rule, name, rule_file.topic) for rule in rule_file.rules)
        problems.extend(_lead_roles(loaded, catalog))
        problems.extend(page_name_problems(((name, f.topic) for name, f in zip(file_names, files, strict=True)), ()))
        if sources is not None:
            problems.extend(_cross_check(loaded, sources, vocabulary.template_fields))
    if problems or catalog is None or sources is None or vocabulary is None:
        raise RuleLoadError(problems)
    version = rules_version(catalog.version, contents)
    return RuleSet(
        folder, tuple(loaded), catalog, sources, tuple(files), version, vocabulary, found.get(STATEMENTS_FILE)
    )


def _register(parts: dict[str, SourcesFile]) -> SourcesFile | list[str] | None:
    """The source register from its parts (bronnen.yaml first); a document id in two parts, or one that cannot name
    its page in the rulebook, is a problem."""
    if not parts:
        return None
    documents: dict[str, Document] = {}
    problems = page_name_problems((), ((name, doc_id) for name, part in parts.items() for doc_id in part.documents))
    for part in parts.values():
        for doc_id, document in part.documents.items():
            if doc_id in documents:
                problems.append(f"{SOURCES_FILE}: het document {shown(doc_id)} staat in twee delen van het register")
            documents[doc_id] = document
    return problems or SourcesFile(documents=documents)


# What a text of the vocabulary may name besides the fields and fitting words: the parts `put` fills in.
_PUT_NAMES = ("amount", "label", "value")
# Texts of a field that no advice fills: the scenarios' words, the form, and the message on an age that does not fit.
_NOT_FILLED = {"says", "form", "age_message"}


def _strings(value: Any, where: str) -> Iterable[tuple[str, str]]:
    """Every string in a declaration, with where it is."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in _NOT_FILLED:
                yield from _strings(item, f"{where}.{key}")
    elif isinstance(value, list | tuple):
        for n, item in enumerate(value):
            yield from _strings(item, f"{where}.{getattr(item, 'get', lambda _: None)('code') or n}")


def _vocabulary_texts(vocabulary: Vocabulary, condition: type[BaseModel]) -> list[str]:
    """Problems with the texts an advice fills with the words of the vocabulary: each is filled for every child, so
    it is checked here, once, rather than found by a child it fails for.

    A fitting word always has a form (its last without `when`), names no field, and is a plain word (no braces);
    its conditions are those of a rule. The labels and words of every field are templates like a rule's texts."""
    found = []
    for name, forms in vocabulary.fitting.items():
        where = f"fitting.{name}"
        if name in vocabulary.fields:
            found.append(f"{where}: heet net als een veld van het profiel; kies een andere naam")
        if not forms or forms[-1].when is not None:
            found.append(f"{where}: het laatste woord heeft geen when, zodat er voor ieder kind een woord is")
        for n, form in enumerate(forms):
            if "{" in form.text or "}" in form.text:
                found.append(f"{where}.{n}.text: een woord dat bij het kind past, heeft geen accolades")
            if form.when is not None:
                try:
                    condition.model_validate(form.when)
                except ValidationError as exc:
                    found.extend(
                        p.removeprefix(f"{PROFILE_FILE}: ")
                        for p in _describe(exc, PROFILE_FILE, form.when, f"{where}.{n}.when.")
                    )
    allowed = vocabulary.template_fields + _PUT_NAMES
    for name, field in vocabulary.fields.items():
        declared = field.model_dump(by_alias=True)
        for where, text in _strings(declared, f"fields.{name}"):
            if problem := template_problem(text, allowed):
                found.append(f"{where}: {problem}")
    return found


def _catalog_texts(catalog: CatalogFile, vocabulary: Vocabulary) -> list[str]:
    """Problems with the catalogue's texts, which may name profile values, and its conditions."""
    problems = [
        f"{where}: {problem}"
        for where, text in catalog.texts()
        if (problem := template_problem(text, vocabulary.template_fields))
    ]
    condition = condition_model(vocabulary)
    for arrangement in catalog.arrangements:
        tests = {"now_when": arrangement.now_when, "used_up.when": arrangement.used_up and arrangement.used_up.when}
        for name, test in tests.items():
            if test is None:
                continue
            try:
                condition.model_validate(test)
            except ValidationError as exc:
                where = f"arrangements.{arrangement.code}.{name}."
                problems.extend(p.removeprefix(f"{CATALOG_FILE}: ") for p in _describe(exc, CATALOG_FILE, None, where))
    return problems


# Where a code of each kind is declared, for the rule author who names one that is not.
_DECLARED = {
    "when.region": "een regio staat in haar eigen regiobestand, onder region: (zie docs/regio-toevoegen.md)",
    "when.": f"de antwoorden op de vragen staan in {PROFILE_FILE}",
    "then.regie.holder": f"de regiehouders staan in {CATALOG_FILE}, onder holders",
    "then.leads": f"de regiehouders staan in {CATALOG_FILE}, onder holders",
    "then.arrangements": f"de arrangementen staan in {CATALOG_FILE}, onder arrangements",
    "then.partners": f"de partners staan in {CATALOG_FILE}, onder partners",
    "then.informed": f"de partners staan in {CATALOG_FILE}, onder partners",
    "then.escalation.to": f"de partners staan in {CATALOG_FILE}, onder partners",
    "then.signals": f"de meldingen staan in {CATALOG_FILE}, onder signals",
}


def _where_declared(problems: list[str]) -> list[str]:
    """Each 'onbekende waarde' with the file where such a code is declared."""
    said = []
    for problem in problems:
        if "onbekende waarde" in problem:
            hint = next((words for where, words in _DECLARED.items() if f": {where}" in problem), None)
            if hint is None and ": when." in problem:
                hint = _DECLARED["when."]
            if hint:
                problem = f"{problem} ({hint})"
        said.append(problem)
    return said


@functools.cache
def shipped_rules() -> RuleSet:
    """The rules shipped with the package, loaded once per process (they do not change while it runs)."""
    return load_rules()


def rule_file_schema(rules: RuleSet | None = None) -> dict[str, Any]:
    """JSON schema of a topic or region rule file of a rule set (default: the shipped rules), for editors that check
    YAML while it is written."""
    rules = rules or shipped_rules()
    return rule_file_model(rules.vocabulary, rules.catalog).model_json_schema()
