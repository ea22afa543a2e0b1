"""What a run reads: source files, and the documents parsed from them.

A :class:`Document` is the parsed form of one file in scope.  Its prose is a
list of :class:`Block` objects (a heading, a paragraph, a list item, a table
cell, an image's alt text, a run of text inside an HTML block); each block's
``text`` is plain prose with markup, code and URLs removed, and every character
of it maps back to an exact 1-based line and column in the file.  Links found
anywhere in the file (Markdown, autolinks, bare URLs, HTML ``href``/``src``)
are kept separately because they are evidence, not prose.
"""

from __future__ import annotations

import bisect
from typing import Any

from openwash.records import field, record
from openwash.safetext import printable


def lower_keeping_offsets(text: str) -> str:
    """``text`` in lower case, character for character, so that an offset into one is an offset into the other (a
    letter whose lower case is longer, 'İ', stays as it is)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@record(frozen=True)
class Position:
    """A 1-based line and column (columns count Unicode code points)."""

    line: int
    column: int


@record
class Block:
    """A unit of prose with a map from text offsets back to source positions.

    ``segments`` is a sorted list of ``(text_offset, line, column)``: the
    character at ``text_offset`` sits at ``line:column`` in the file, and the
    characters after it follow on the same line until the next segment.
    """

    kind: str  # heading | paragraph | list_item | table_cell | alt_text | html | front_matter (tags) | metadata | plain
    text: str
    segments: list[tuple[int, int, int]]
    heading: str = ""  # text of the nearest heading above (the section this block is in)
    heading_level: int = 0
    end_line: int = 0  # last source line the block covers

    def position(self, offset: int) -> Position:
        """Source position of the character at ``offset`` in :attr:`text`."""
        if not self.segments:
            return Position(1, 1)
        offset = max(0, min(offset, max(len(self.text) - 1, 0)))
        i = bisect.bisect_right(self.segments, (offset, 1 << 62, 1 << 62)) - 1
        i = max(i, 0)
        start, line, column = self.segments[i]
        return Position(line, column + (offset - start))

    @property
    def line(self) -> int:
        return self.segments[0][1] if self.segments else 1


@record(frozen=True)
class Link:
    """A link target written in a document, with where it is written and what surrounds it."""

    url: str
    text: str  # anchor text / alt text ("" for bare URLs)
    line: int
    column: int
    context: str  # the prose of the block the link sits in
    heading: str  # the section heading above it
    source: str  # markdown | autolink | bare | html | reference | front_matter


@record
class FrontMatter:
    """Hugging Face style YAML front matter of a model card."""

    data: dict[str, Any]
    lines: dict[str, int]  # top-level key -> 1-based line of the key
    start_line: int  # line of the opening ---
    end_line: int  # line of the closing ---
    error: str | None = None  # parse problem, reported as a notice

    def line_of(self, key: str) -> int:
        return self.lines.get(key, self.start_line)

    def get_list(self, key: str) -> list[str]:
        value = self.data.get(key)
        if value is None:
            return []
        if isinstance(value, (list, tuple)):
            return [str(v) for v in value if v is not None and not isinstance(v, (dict, list))]
        if isinstance(value, (dict,)):
            return []
        return [str(value)]

    def get_str(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is None or isinstance(value, (dict, list)):
            return None
        return str(value)


@record
class SourceFile:
    """A file in scope, read from disk, with its role in the judgement."""

    path: str  # repository-relative, POSIX separators
    text: str
    role: str  # one of openwash.vocabulary.DOCUMENT_ROLES


@record
class Document:
    """A parsed file in scope."""

    path: str
    role: str
    text: str
    blocks: list[Block] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    front_matter: FrontMatter | None = None
    comments: list[tuple[int, int, str]] = field(default_factory=list)  # HTML comments: (line, column, body)
    code_blocks: list[tuple[int, str, str]] = field(default_factory=list)  # (first line, info string, content)
    lines: list[str] = field(default_factory=list)

    @property
    def is_markdown(self) -> bool:
        return self.path.lower().endswith((".md", ".markdown", ".mdx"))


@record(frozen=True)
class Notice:
    """Something the run skipped or could not use; shown to the user, never fatal."""

    message: str
    path: str = ""
    line: int = 0
    budget: bool = False  # the document went over its time budget (OPENWASH_DOC_TIMEOUT): not judged in full

    def render(self) -> str:
        where = f"{self.path}:{self.line}: " if self.line else (f"{self.path}: " if self.path else "")
        return printable(f"{where}notice: {self.message}")
