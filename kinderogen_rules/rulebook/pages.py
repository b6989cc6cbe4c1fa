"""`kinderogen regelboek`: the rules as a static, offline site (HTML and the same as Markdown).

Per topic every rule: its condition in plain Dutch, its advice, its sources,
its validity dates and the scenarios that specify it, linked both ways; an
index of arrangements and partners; the source register; per policy text the
source matrix (each statement, the rules that encode it, their scenarios, and
the share encoded); and the regie diagram, drawn from the rules. The web form
serves the same pages at /regelboek.
"""

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from ..core.dates import day_of, span_nl, today
from ..core.dutch import first_upper
from ..core.errors import RuleLoadError
from ..core.names import document_page, page_name_problems
from ..core.outputs import folder_output, write_files
from ..core.ruleset import SOURCES_FILE, LoadedRule, RuleSet, Statement
from .diagram import regie_steps, regie_svg
from .outline import Outline, condition_outline
from .scenarios import Feature, Scenario, scenarios_by_rule

FORMATS = ("html", "md")


@dataclass(frozen=True)
class SourceLine:
    """A source of a rule as a reader sees it."""

    document: str
    title: str
    section: str


@dataclass
class RuleEntry:
    """Everything the rulebook says about one rule."""

    loaded: LoadedRule
    page: str
    outline: Outline
    sources: list[SourceLine]
    scenarios: list[Scenario]
    # The rule's own texts, with the words that fit a child in their general form ('het kind'): a page about a rule
    # is about no one child.
    title: str = ""
    rationale: str = ""
    regie: str = ""
    leads: list[tuple[str, str]] = field(default_factory=list)
    arrangements: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    informed: list[str] = field(default_factory=list)
    signals: list[str] = field(default_factory=list)
    escalation: str = ""
    history: list["Version"] = field(default_factory=list)
    # The first day of the rule set (catalogus.yaml): no rule holds before it, whatever its own date says.
    rules_start: dt.date | None = None

    @property
    def id(self) -> str:
        return self.loaded.rule.id

    @property
    def span(self) -> str:
        """When this version is in force, in Dutch: from its own start, or from the rule set's if that is later."""
        start = self.loaded.rule.valid_from
        if self.rules_start is not None and (start is None or start < self.rules_start):
            start = self.rules_start
        return span_nl(start, self.loaded.rule.valid_until)

    def looks(self) -> dict[str, str]:
        """What a reader compares between two versions of a rule, by the label the page shows."""
        return {
            "Titel": self.title,
            "Waarom": self.rationale,
            "Wanneer": "; ".join(self.outline.points) + "".join(f"; of {b.points}" for b in self.outline.one_of),
            "Regie": self.regie,
            "In deze regio": "; ".join(f"{holder}: {text}" for holder, text in self.leads),
            "Arrangementen": "; ".join(self.arrangements),
            "Aan tafel": ", ".join(self.partners),
            "Op de hoogte houden": ", ".join(self.informed),
            "Melding": ", ".join(self.signals),
            "Doorzettingsmacht": self.escalation,
            "Bronnen": "; ".join(f"{s.title}, {s.section}" for s in self.sources),
        }


@dataclass
class Version:
    """One version of a rule with dated versions, and what it said that the shown version does not."""

    entry: RuleEntry
    shown: bool
    differences: list[tuple[str, str]]


def _history(versions: list[RuleEntry], shown: RuleEntry) -> list["Version"]:
    """Every version of one rule, oldest first; empty for a rule without versions."""
    if len(versions) < 2:
        return []
    now = shown.looks()
    return [
        Version(
            entry,
            entry is shown,
            [(label, text or "niets") for label, text in entry.looks().items() if text != now[label]],
        )
        for entry in versions
    ]


@dataclass
class Topic:
    """One rule file: a policy topic or a region."""

    page: str
    title: str
    description: str
    rules: list[RuleEntry]
    file: str = ""


# How the source matrix names each reason a statement is not decided per child.
NOT_PER_CASE_LABELS = {
    "beleidsafspraak": "een afspraak over beleid of tussen organisaties",
    "financiering": "geld, budget of subsidie",
    "monitoring": "meten over alle kinderen samen",
    "doel_zonder_datum": "een doel zonder datum",
    "organisatie": "hoe een programma of regio is ingericht",
    "wetgeving_in_voorbereiding": "een wet die nog moet komen",
    "achtergrond": "uitleg of voorbeeld",
    "buiten_profiel": "per kind te beslissen, maar het profiel vraagt er niet naar",
}


@dataclass
class StatementEntry:
    """One statement of a policy text, with the rules that encode it and the scenarios of those rules."""

    statement: Statement
    rules: list[RuleEntry]
    scenarios: list[Scenario]

    @property
    def why_not(self) -> str:
        return NOT_PER_CASE_LABELS[self.statement.not_per_case] if self.statement.not_per_case else ""


@dataclass
class TextPage:
    """The source matrix of one policy text: what it says about one child's case, and what the rules make of it."""

    doc_id: str
    title: str
    reference: str
    statements: list[StatementEntry]

    @property
    def page(self) -> str:
        return document_page(self.doc_id)

    @property
    def encoded(self) -> int:
        return sum(1 for s in self.statements if s.rules)

    @property
    def per_case(self) -> int:
        """Statements that could be decided for one child: encoded, or asked about by no profile field."""
        return self.encoded + sum(1 for s in self.statements if s.statement.not_per_case == "buiten_profiel")

    @property
    def share(self) -> str:
        """The share of per-case statements that the rules encode, as a Dutch percentage."""
        return f"{self.encoded / self.per_case * 100:.0f}%" if self.per_case else "geen"


@dataclass
class Book:
    """The whole rulebook, ready to render in any format."""

    version: str
    day: dt.date
    topics: list[Topic]
    features: list[Feature]
    rules: dict[str, RuleEntry]
    arrangements: list[tuple[str, list[RuleEntry]]]
    partners: list[tuple[str, list[RuleEntry]]]
    signals: list[tuple[str, list[RuleEntry]]]
    documents: list[tuple[str, str, str, list[tuple[RuleEntry, str]]]]
    steps: list[tuple[int, str, str, str]]
    texts: list[TextPage] = field(default_factory=list)


def _entry(loaded: LoadedRule, ruleset: RuleSet, specified: dict[str, list[Scenario]]) -> RuleEntry:
    rule, catalog = loaded.rule, ruleset.catalog
    documents = ruleset.sources.documents
    neutral = ruleset.vocabulary.neutral
    titles = ruleset.arrangement_names
    entry = RuleEntry(
        loaded=loaded,
        page=loaded.topic,
        outline=condition_outline(rule.when, ruleset.vocabulary),
        sources=[
            SourceLine(s.document, documents[s.document].title if s.document in documents else s.document, s.section)
            for s in rule.sources
        ],
        scenarios=specified.get(rule.id, []),
        title=neutral(rule.title),
        rationale=neutral(rule.rationale),
        rules_start=catalog.valid_from,
    )
    then = rule.then
    if then.regie is not None:
        entry.regie = (
            f"bij {neutral(catalog.holders[then.regie.holder].name)} (voorrang {then.regie.priority}); concreet: "
            f"{neutral(then.regie.lead)}"
        )
    # A region's lead is keyed by a holder, or by the role of a regie rule (see `Regie.lead_role`).
    entry.leads = [
        (neutral(catalog.holders[role].label) if role in catalog.holders else f"rol {role}", neutral(text))
        for role, text in (then.leads or {}).items()
    ]
    entry.arrangements = [titles[code] for code in then.arrangements]
    entry.partners = [neutral(catalog.partners[code].name) for code in then.partners]
    entry.informed = [neutral(catalog.partners[code].name) for code in then.informed]
    entry.signals = [catalog.signals[code].label for code in then.signals]
    if then.escalation is not None:
        to = ", ".join(neutral(catalog.partners[code].name) for code in then.escalation.to)
        entry.escalation = f"{to}. {neutral(then.escalation.explanation)}"
    return entry


def _shown_version(versions: tuple[LoadedRule, ...], day: dt.date) -> LoadedRule:
    """The version a rule's page shows: the one in force on the book's day, else the newest."""
    return next((v for v in versions if v.rule.valid_on(day)), versions[-1])


def _index(
    entries: Iterable[RuleEntry], codes: Iterable[str], attribute: str, names: dict[str, str]
) -> list[tuple[str, list[RuleEntry]]]:
    found = []
    for code in codes:
        name = names[code]
        using = [e for e in entries if code in getattr(e.loaded.rule.then, attribute)]
        if using:
            found.append((name, using))
    return found


def build_book(ruleset: RuleSet, features: list[Feature], day: dt.date | None = None) -> Book:
    """Gather what the pages show; rendering is separate so both formats say the same."""
    on = day_of(day, "De dag (day)") or today()
    specified = scenarios_by_rule(features)
    entries = []
    for loaded in ruleset.rules:
        versions = ruleset.versions(loaded.rule.id)
        if loaded is not _shown_version(versions, on):
            continue
        all_entries = [_entry(v, ruleset, specified) for v in versions]
        entry = all_entries[versions.index(loaded)]
        entry.history = _history(all_entries, entry)
        entries.append(entry)
    by_id = {e.id: e for e in entries}
    shown = [e.loaded for e in entries]
    file_names = {id(loaded.rule): loaded.file for loaded in ruleset.rules}
    topics = [
        Topic(
            file.topic,
            file.title,
            file.description,
            [e for e in entries if e.loaded.topic == file.topic],
            file_names.get(id(file.rules[0]), file.topic),
        )
        for file in ruleset.files
    ]
    catalog = ruleset.catalog
    arrangement_titles = ruleset.arrangement_names
    partner_names = ruleset.partner_names
    documents = []
    for doc_id, document in ruleset.sources.documents.items():
        citing = [(e, s.section) for e in entries for s in e.sources if s.document == doc_id]
        documents.append((doc_id, document.title, document.reference, citing))
    texts = _texts(ruleset, by_id)
    _check_page_names(topics, texts)
    return Book(
        version=ruleset.version,
        day=on,
        topics=topics,
        features=features,
        rules=by_id,
        arrangements=_index(entries, arrangement_titles, "arrangements", arrangement_titles),
        partners=_index(entries, partner_names, "partners", partner_names),
        signals=_index(entries, catalog.signal_labels, "signals", catalog.signal_labels),
        documents=documents,
        steps=[
            (s.priority, s.rule_id, s.title, ruleset.holder_names[s.holder])
            for s in regie_steps(shown, ruleset.vocabulary.neutral)
        ],
        texts=texts,
    )


def _check_page_names(topics: list[Topic], texts: list[TextPage]) -> None:
    """Every page a name in the rules makes is a safe name, and no other page's (see `core.names`): the rulebook
    never joins an unchecked name onto its folder. The loader checks this too; here it is checked again, right
    before the names become files. A RuleLoadError naming the file otherwise."""
    problems = page_name_problems(
        ((topic.file, topic.page) for topic in topics), ((SOURCES_FILE, text.doc_id) for text in texts)
    )
    if problems:
        raise RuleLoadError(problems)


def _texts(ruleset: RuleSet, rules: dict[str, RuleEntry]) -> list[TextPage]:
    """The source matrix per policy text, in the order of the source register."""
    if ruleset.statements is None:
        return []
    pages = []
    for doc_id, document in ruleset.sources.documents.items():
        statements = [s for s in ruleset.statements.statements if s.document == doc_id]
        if not statements:
            continue
        entries = []
        for statement in statements:
            linked = [rules[rule_id] for rule_id in statement.rules if rule_id in rules]
            scenarios = list({id(sc): sc for entry in linked for sc in entry.scenarios}.values())
            entries.append(StatementEntry(statement, linked, scenarios))
        pages.append(TextPage(doc_id, document.title, document.reference, entries))
    return pages


# In Markdown, signs that could make text into HTML, a link or a table cell: escaped as a backslash escape where
# every Markdown reader takes one, and as an entity where not all do (Python-Markdown passes `\<` on as HTML).
_MARKDOWN_ESCAPES = str.maketrans(
    {
        "\\": "\\\\",
        "[": "\\[",
        "]": "\\]",
        "|": "\\|",
        "`": "\\`",
        "*": "\\*",
        "_": "\\_",
        "#": "\\#",
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
    }
)
# A line break would start a heading, a rule, a list or a code fence; a control or bidi character can hide or turn
# text around. In a value they become one space, or go.
_MARKDOWN_SPACE = re.compile(r"\s+")
_HIDDEN = re.compile(r"[\x00-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def markdown_text(value: object) -> str:
    """A value as plain text in Markdown: a rule title with `<script>` or `[klik](javascript:…)` stays text.
    A Markdown snippet the template made itself (marked `|safe`) passes as it is."""
    if hasattr(value, "__html__"):  # what `|safe` marks
        return str(value)
    return _MARKDOWN_SPACE.sub(" ", _HIDDEN.sub(" ", str(value))).translate(_MARKDOWN_ESCAPES)


def _environment(fmt: str) -> Environment:
    env = Environment(
        loader=PackageLoader("kinderogen_rules.rulebook", "templates"),
        autoescape=select_autoescape(["html"]) if fmt == "html" else False,
        # HTML is escaped by autoescape; every value in Markdown is escaped as Markdown text.
        finalize=markdown_text if fmt == "md" else None,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["first_upper"] = first_upper
    return env


def render_book(book: Book, ruleset: RuleSet) -> dict[str, str]:
    """Every file of the site, by name: HTML pages, the same as Markdown, the stylesheet and the diagram."""
    files: dict[str, str] = {
        "regie.svg": regie_svg([e.loaded for e in book.rules.values()], ruleset.catalog, ruleset.vocabulary.neutral)
    }
    pages: list[tuple[str, str, dict[str, object]]] = [("index", "index", {}), ("bronnen", "bronnen", {})]
    pages += [("onderwerp", topic.page, {"topic": topic}) for topic in book.topics]
    pages += [("specificatie", f"specificatie-{f.file}", {"feature": f}) for f in book.features]
    pages += [("tekst", text.page, {"text": text}) for text in book.texts]
    for fmt in FORMATS:
        env = _environment(fmt)
        for template, name, extra in pages:
            files[f"{name}.{fmt}"] = env.get_template(f"{template}.{fmt}").render(book=book, **extra)
    files["regelboek.css"] = _environment("css").get_template("regelboek.css").render()
    return files


def rulebook_files(ruleset: RuleSet, features: list[Feature], day: dt.date | None = None) -> dict[str, str]:
    """The rulebook of a rule set and its specifications, as files by name."""
    return render_book(build_book(ruleset, features, day), ruleset)


def write_rulebook(directory: Path | str, files: dict[str, str]) -> None:
    """Write the site to a directory (created when missing), whole (see `core.outputs`); an OutputError in Dutch
    when it cannot be written, or when a name is not a plain file name."""
    with folder_output(str(directory), "het regelboek") as folder:
        write_files(folder, files)
