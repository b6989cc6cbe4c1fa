"""The names in rule files that become names of pages: a topic (the page of its rules in the rulebook) and a
document id (the page of what that text says). Such a name ends up in a file name, in a link and in Markdown, so it
may hold only lowercase letters, digits and hyphens: it cannot leave the rulebook's folder (`../`, `/tmp/x`), start
a script link (`javascript:`), break a page or take the name of one of the rulebook's own pages.

The rule loader calls `topic_problem` and `document_problem` for every file and every source, so `check-rules`
reports such a name; the rulebook checks each page name again before it writes (`page_problem`).

The other names in rule files (codes, field names, rule and statement ids, colours) have a fixed form too; each
form is here with the words that tell a rule author what it is (`PATTERN_WORDS`), instead of its regular expression.
"""

import re
from collections.abc import Iterable

from .validation import shown

# A page name: lowercase letters and digits, in parts joined by single hyphens (regio-drechtsteden).
PAGE_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_PAGE_NAME = 60
# A document id may start with one of these: a law or regulation beyond the seed texts (see the contract).
DOCUMENT_KINDS = ("wet:", "regeling:")
# The rulebook's own pages, and the starts of the names of its pages per policy text and per feature file.
OWN_PAGES = ("index", "bronnen")
OWN_PREFIXES = ("bron-", "specificatie-")
_FORM = "alleen kleine letters, cijfers en streepjes, zoals regio-drechtsteden"

# The forms of the other names in rule files.
CODE_PATTERN = r"^[a-z][a-z0-9_-]*$"
FIELD_PATTERN = r"^[a-z][a-z0-9_]*$"
RULE_ID_PATTERN = r"^[A-Z0-9]+(-[A-Z0-9]+)*-[0-9]{2}$"
STATEMENT_ID_PATTERN = r"^[A-Z0-9]+(-[A-Z0-9.]+)*-[0-9]{2}$"
COLOUR_PATTERN = r"^#[0-9a-f]{6}$"
# A text a user reads has at least one letter: not empty, not only spaces or signs.
WORDS_PATTERN = r"[^\W\d_]"
OPTIONAL_WORDS_PATTERN = f"^$|{WORDS_PATTERN}"
PATTERN_WORDS = {
    WORDS_PATTERN: "een tekst heeft woorden, niet alleen spaties, cijfers of tekens",
    OPTIONAL_WORDS_PATTERN: "een tekst heeft woorden, niet alleen spaties, cijfers of tekens (of laat hem weg)",
    CODE_PATTERN: "een code begint met een kleine letter en heeft verder kleine letters, cijfers, _ en -, "
    "zoals jeugdhulp_licht",
    FIELD_PATTERN: "een veldnaam begint met een kleine letter en heeft verder kleine letters, cijfers en _, "
    "zoals school_support_exhausted",
    RULE_ID_PATTERN: "een regel-id is hoofdletters en cijfers met streepjes, en eindigt op twee cijfers, "
    "zoals DYSLEXIE-01",
    STATEMENT_ID_PATTERN: "een uitspraak-id is hoofdletters, cijfers en punten met streepjes, en eindigt op twee "
    "cijfers, zoals KN-3.2-01",
    COLOUR_PATTERN: "een kleur is # en zes tekens 0-9 of a-f, zoals #154273",
}


def page_problem(name: str) -> str | None:
    """Why a name cannot be the name of a page, in Dutch; None when it can."""
    if len(name) > MAX_PAGE_NAME:
        return f"{shown(name)} is te lang voor de naam van een pagina: hoogstens {MAX_PAGE_NAME} tekens"
    if not PAGE_NAME.fullmatch(name):
        return f"{shown(name)} wordt de naam van een pagina, en mag daarom {_FORM}"
    return None


def topic_problem(topic: str) -> str | None:
    """Why a rule file's topic cannot be the name of its page in the rulebook, in Dutch; None when it can."""
    problem = page_problem(topic)
    if problem is not None:
        return f"onderwerp (topic): {problem}"
    if topic in OWN_PAGES:
        return f"onderwerp (topic): {topic} is al de naam van een pagina van het regelboek zelf; kies een andere naam"
    if topic.startswith(OWN_PREFIXES):
        return (
            f"onderwerp (topic): {topic} begint zoals andere pagina's van het regelboek heten "
            f"({' of '.join(OWN_PREFIXES)}); kies een andere naam"
        )
    return None


def document_page(doc_id: str) -> str:
    """The page of a policy text in the rulebook: its id after `bron-`, a colon as a hyphen."""
    return "bron-" + doc_id.replace(":", "-")


def document_problem(doc_id: str) -> str | None:
    """Why a document id of the source register cannot name its page, in Dutch; None when it can."""
    name = doc_id.split(":", 1)[1] if doc_id.startswith(DOCUMENT_KINDS) else doc_id
    if page_problem(name) is None and len(doc_id) <= MAX_PAGE_NAME:
        return None
    return (
        f"document-id {shown(doc_id)}: een document-id wordt de naam van een pagina en mag daarom {_FORM}, "
        f"eventueel na {' of '.join(DOCUMENT_KINDS)} (zoals wet:leerplichtwet), en hoogstens {MAX_PAGE_NAME} tekens"
    )


def page_name_problems(topics: Iterable[tuple[str, str]], documents: Iterable[tuple[str, str]]) -> list[str]:
    """Every problem with the page names that rules make: each topic (file, topic) and each document id (register
    file, id) a safe name, and no two pages with one name. In Dutch, each naming its file."""
    problems = []
    pages = dict.fromkeys(OWN_PAGES, "het regelboek zelf")
    for file, topic in topics:
        problem = topic_problem(topic)
        if problem is None and topic in pages:
            problem = f"onderwerp (topic): {topic} is ook het onderwerp van {pages[topic]}; geef elk "
            problem += "regelbestand een eigen onderwerp"
        if problem is not None:
            problems.append(f"{file}: {problem}")
        pages.setdefault(topic, file)
    for file, doc_id in documents:
        problem = document_problem(doc_id)
        page = document_page(doc_id)
        if problem is None and page in pages:
            problem = f"document-id {doc_id} krijgt dezelfde pagina ({page}) als {pages[page]}"
        if problem is not None:
            problems.append(f"{file}: {problem}")
        pages.setdefault(page, f"document-id {doc_id}")
    return problems
