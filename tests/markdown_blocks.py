"""The fenced code blocks of the README and the docs, each with the note (an HTML comment) right above it.

A shell block runs as written in tests/test_docs.py unless its note says otherwise: `<!-- niet uitvoeren: why -->`,
or `<!-- uitgevoerd door tests/test_x.py: how -->` for a block that test runs itself.
"""

import re
from dataclasses import dataclass
from pathlib import Path

FENCE = re.compile(r"^(?:<!-- (?P<note>.*?) -->\n)?```(?P<language>[\w-]*)\n(?P<text>.*?)^```$", re.M | re.S)


@dataclass(frozen=True)
class Block:
    path: Path
    line: int
    language: str
    text: str
    note: str

    def __str__(self) -> str:
        return f"{self.path.name}:{self.line}"


def code_blocks(path: Path) -> list[Block]:
    """Every fenced block of one Markdown file, in order."""
    text = path.read_text(encoding="utf-8")
    return [
        Block(path, text.count("\n", 0, found.start("text")), found["language"], found["text"], found["note"] or "")
        for found in FENCE.finditer(text)
    ]


def blocks_run_by(path: Path, test: str) -> list[Block]:
    """The blocks of a page whose note says the given test file runs them."""
    return [block for block in code_blocks(path) if block.note.startswith(f"uitgevoerd door tests/{test}")]
