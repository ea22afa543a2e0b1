"""The shape of a Markdown pipe table, read from the document's lines: its rows' cells, its header row, and whether
it is a table of the product's features (a label and what it says of the product, row by row)."""

from __future__ import annotations

import itertools

from openwash import lazyre
from openwash.claims import lexicon as lx
from openwash.claims.text import has_cjk
from openwash.documents import Document

_PIPE = lazyre.compile(r"(?<!\\)\|")
DELIMITER_ROW = lazyre.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
# the headers of a column of values, not of a thing compared ('| Option | Value | Notes |')
VALUE_HEADERS = frozenset({"value", "values", "description", "details", "detail", "notes", "note",
                           "default", "type", "example", "examples", "status", "result", "results", "comment",
                           "comments", "before", "after", "old", "new", "current", "proposed", "input", "output",
                           "name", "purpose", "meaning", "usage", "behavior", "behaviour", "setting", "option",
                           "required", "support", "supported", "yes", "no"})
# a row's first cell that is a short bold label, after an emoji or a mark ('| 🔒 **Privacy safe** |', '| **Offline** |')
_BOLD_LABEL = lazyre.compile(r"\s*[^\w\s*\[\]()|]{0,4}\s*\*\*[^*\[\]()|<>]{1,60}\*\*\s*")


def cell_spans(line: str) -> list[tuple[int, int]]:
    """The spans of the cells of a pipe table's row (a pipe escaped with a backslash stays inside its cell)."""
    pipes = [m.start() for m in _PIPE.finditer(line)]
    if not line.strip().startswith("|"):
        pipes.insert(0, -1)
    if not line.strip().endswith("|") or len(pipes) < 2:
        pipes.append(len(line))
    return [(x + 1, y) for x, y in itertools.pairwise(pipes)]


def _delimiter_index(doc: Document, line: int) -> int | None:
    """The index into ``doc.lines`` of the delimiter row (|---|---|) of the table whose body row is on ``line``."""
    at = line - 2  # the line above, as an index into doc.lines
    while at >= 1 and line - at < 500 and "|" in doc.lines[at] and not DELIMITER_ROW.match(doc.lines[at]):
        at -= 1
    return at if at >= 1 and DELIMITER_ROW.match(doc.lines[at]) else None


def table_header(doc: Document, line: int) -> str | None:
    """The header row of the Markdown table whose body row is on ``line`` (the row above its delimiter row)."""
    at = _delimiter_index(doc, line)
    return None if at is None else doc.lines[at - 1]


def is_header_row(doc: Document, line: int) -> bool:
    """A Markdown table's header row is followed by its delimiter row (|---|---|)."""
    return 0 < line < len(doc.lines) and bool(DELIMITER_ROW.match(doc.lines[line]))


def is_features_table(doc: Document, line: int, seen: dict[int, bool] | None = None) -> bool:
    """The table whose row is on ``line`` pairs, row by row, a short bold label with what it says of the thing the
    page describes ('| 🔒 **Privacy safe** | Cookies stay local … |'): two columns under a header row that is blank
    or names them as a feature and its values ('| | |', '| Feature | Description |'), every body row labelled so.
    A row of such a table describes no product of its own, as a bullet of a Features list does not. (``seen`` keeps
    the answer per table, for the cells of one document.)"""
    delimiter = _delimiter_index(doc, line)
    if delimiter is None:
        return False
    if seen is not None and delimiter in seen:
        return seen[delimiter]
    answer = _labels_features(doc, delimiter)
    if seen is not None:
        seen[delimiter] = answer
    return answer


def _labels_features(doc: Document, delimiter: int) -> bool:
    """Whether the table of the delimiter row at index ``delimiter`` is a table of features (is_features_table)."""
    header = doc.lines[delimiter - 1]
    cells = [header[x:y].strip(" *_`").lower() for x, y in cell_spans(header)]
    if len(cells) != 2 or (cells[0] and cells[0] not in lx.TABLE_CORNER) or (cells[1] and cells[1] not in VALUE_HEADERS):
        return False
    at = delimiter + 1  # the first body row
    rows = described = 0
    while at < len(doc.lines) and "|" in doc.lines[at]:
        spans = cell_spans(doc.lines[at])
        first = doc.lines[at][spans[0][0]:spans[0][1]] if spans else ""
        if len(spans) != 2 or not _BOLD_LABEL.fullmatch(first) or len(first.split()) > 7:
            return False
        rows += 1
        described += _describes(first.strip(" *"))
        at += 1
    # (a table of names in bold, '| **LangChain** | An open-source framework |', lists products, each its row's)
    return rows >= 2 and 3 * described >= 2 * rows


def _describes(label: str) -> bool:
    """The label is written as words of description, not as a name: CJK words, or words of which one after the first
    is in lower case ('Privacy safe', 'Kept up to date'; not 'LangChain', 'Open WebUI')."""
    words = label.replace("*", " ").split()
    return has_cjk(label) or any(w[:1].islower() for w in words[1:])
