"""Markdown (and plain text) to prose blocks with exact source positions.

markdown-it-py gives block tokens with line ranges but no columns, so each
inline fragment is located in the source text with a forward-moving cursor:
the fragment's characters are found in order, which is exact for ordinary text
and degrades gracefully (to the nearest following character) for escapes and
entities.  Code (fenced, indented, inline), HTML comments and URLs never become
prose; headings, paragraphs, list items, table cells, link text, image alt text
and the text inside HTML blocks do.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

from openwash import lazyre
from openwash.documents import Block, Document, FrontMatter, Link
from openwash.timebudget import check as check_budget
from openwash.vocabulary import FRONT_MATTER_PROSE_KEYS, MARKDOWN_SUFFIXES

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

# Bare URLs in prose.  Trailing punctuation is not part of a URL.
# A code span that is a single name-like token (no spaces, operators or quotes) and says nothing about openness.
_CODE_NAME = lazyre.compile(r"(?!.*open[\s\-_]?sourc)[\w][\w.\-/@+]{0,59}", re.IGNORECASE)
# a reStructuredText link in a code span: '`Name <https://…>`_' (its name, a few words, then the address)
_RST_LINK = lazyre.compile(r"([\w][\w.\-/@+ ]{0,59}?)\s*<https?://[^\s<>]+>")
URL_RE = lazyre.compile(r"""(?:https?://|www\.)[^\s<>"'`\]\[)(]+[^\s<>"'`\]\[)(.,;:!?*_~]""", re.IGNORECASE)
# What a text run holds that a reader does not read as prose: a URL (kept as a link), or a GitHub emoji shortcode
# (':rocket:', ':white_check_mark:'), which GitHub shows as a picture, a mark like the emoji it stands for.
# Shortcodes are lower case: GitHub leaves ':Rocket:' as text (and a class of letters that ignores case costs a
# 64 K-entry table to compile: s, k and i fold to characters beyond Latin-1).
# (not the scheme of an address glued to a colon before it: '**Code**:https://github.com/…' holds a URL)
_TEXT_MARKUP = lazyre.compile(f"(?i:{URL_RE.pattern})" + r"|(?<![\w:]):[a-z0-9_+\-]*[a-z][a-z0-9_+\-]*:(?![\w:]|//)")
# Runs of whitespace and of other characters (re's \s is str.isspace()).
_TEXT_OR_SPACE = lazyre.compile(r"\s+|\S+")
COMMENT_RE = lazyre.compile(r"<!--(.*?)-->", re.DOTALL)
REFERENCE_RE = lazyre.compile(r"^ {0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)

# HTML elements whose start or end separates one prose block from the next.
_HTML_BLOCK_TAGS = frozenset(
    ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "td", "th", "tr", "table", "thead", "tbody", "br", "hr", "center", "details", "summary", "blockquote", "section", "article", "header", "footer", "dd", "dt", "dl", "figure", "figcaption", "pre"]
)
_HTML_SKIP_TAGS = frozenset({"script", "style", "pre"})
# a MyST admonition's fence ('```{note}', '```{admonition} Title'): Markdown prose in a fence (Sphinx, Jupyter Book)
_MYST_ADMONITION = lazyre.compile(r"\{(?:note|tip|hint|important|warning|caution|attention|danger|error|seealso|todo|"
                                  r"admonition)\}(?:\s.*)?")
# the line that opens an MkDocs (Material) admonition, collapsible block or content tab, whose contents are the indented
# lines under it: '!!! note', '!!! warning "Read first"', '???+ tip', '=== "Python"'
_MKDOCS_BLOCK = lazyre.compile(r"\s{0,12}(?:(?:!!!|\?\?\?\+?)\s*[\w-]+(?:\s+[\w-]+)*(?:\s+\"[^\"\n]*\")?|===\+?\s+\"[^\"\n]*\")\s*")
# elements whose contents are raw text, never markup (HTML's script and style)
_RAW_TEXT_TAGS = frozenset({"script", "style"})
# elements whose attributes name a link or an image
_LINKING_TAGS = frozenset({"a", "img", "source"})
_HEADING_LEVELS = {f"h{level}": level for level in range(1, 7)}

# what a reStructuredText heading's underline is made of (one of them, three times or more: parse_plain)
_UNDERLINE_MARKS = "=-~^#*+"


@lru_cache(maxsize=2)
def _parser(mdx: bool = False) -> MarkdownIt:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = (
        MarkdownIt("commonmark", {"html": True})
        .enable("table")
        .enable("strikethrough")
        .use(front_matter_plugin)
    )
    if mdx:
        # MDX has no indented code: text indented inside a component ('<Card>\n    Wren is …') is prose
        md.disable("code")
    # The document's time budget, checked where a block may start and, as a "terminator" that never
    # terminates, at every line of a paragraph, table, list or quote (one table of 333,000 rows is one call of
    # the table rule): off the main thread no signal can interrupt the parser, so it must look at its deadline
    # itself (see openwash.timebudget).
    md.block.ruler.before(md.block.ruler.get_all_rules()[0], "openwash_budget", _budget_rule,
                          {"alt": ["paragraph", "reference", "blockquote", "list"]})
    md.core.ruler.after("block", "openwash_budget", _budget_check)
    # Inline: right after "text", which swallows runs of ordinary characters, so it runs only where markup
    # may start (a paragraph of a million `![` is one block, parsed here).
    md.inline.ruler.after("text", "openwash_budget", _budget_inline)
    return md


def _budget_rule(state: object, start: int, end: int, silent: bool) -> bool:
    check_budget()
    return False  # never a block of its own: the parse is unchanged


def _budget_check(state: object) -> None:
    check_budget()


def _budget_inline(state: object, silent: bool) -> bool:
    check_budget()
    return False


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF, as editors and GitHub count lines."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text



# the front-matter keys whose values are what a page or card says of itself (besides its tags)

class _Source:
    """The normalized file text with offset <-> line/column conversion."""

    def __init__(self, text: str, lines: list[str]) -> None:
        """``lines``: ``text.split("\\n")``, which the caller has made already."""
        self.text = text
        # Each line starts one past the end of the one before (its newline): summed in C from the lengths,
        # rather than a match object per newline.
        self.line_starts = [0, *accumulate(len(line) + 1 for line in lines[:-1])]

    def line_col(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.line_starts, offset) - 1
        return i + 1, offset - self.line_starts[i] + 1

    def offset(self, line: int, column: int = 1) -> int:
        """Offset of a 1-based line/column (clamped to the text)."""
        line = max(1, min(line, len(self.line_starts)))
        return min(self.line_starts[line - 1] + column - 1, len(self.text))

    def line_range(self, map_: list[int] | None) -> tuple[int, int]:
        """Offsets [start, end) of a token's 0-based [first, last) line map."""
        if not map_:
            return 0, len(self.text)
        start = self.line_starts[min(map_[0], len(self.line_starts) - 1)]
        end = self.line_starts[map_[1]] if map_[1] < len(self.line_starts) else len(self.text)
        return start, end


class _BlockBuilder:
    """Accumulates prose text and its source segments for one block."""

    def __init__(self, src: _Source) -> None:
        self.src = src
        self.parts: list[str] = []
        self.length = 0
        self.segments: list[tuple[int, int, int]] = []
        self._last_abs = -2  # absolute source offset of the last mapped character

    def add(self, text: str, abs_offsets: list[int]) -> None:
        """Append ``text`` whose i-th character sits at source offset ``abs_offsets[i]``."""
        n = len(text)
        if n and abs_offsets[-1] - abs_offsets[0] == n - 1:
            # A verbatim run (the common case): a segment where it starts, at each newline and after it.
            self.add_run(text, abs_offsets[0])
            return
        for i, ch in enumerate(text):
            a = abs_offsets[i]
            if a != self._last_abs + 1 or ch == "\n" or self.src.text[a - 1 : a] == "\n":
                line, col = self.src.line_col(a)
                self.segments.append((self.length + i, line, col))
            self._last_abs = a
        self.parts.append(text)
        self.length += len(text)

    def add_run(self, text: str, start: int) -> None:
        """Append ``text``, found verbatim in the source at offset ``start``."""
        src = self.src.text
        base = self.length
        if start != self._last_abs + 1 or text[0] == "\n" or src[start - 1 : start] == "\n":
            self.segments.append((base, *self.src.line_col(start)))
        # Newlines are looked up in the source: collapsed HTML whitespace shows a newline as a space.
        end = start + len(text)
        j = src.find("\n", start, end)
        while j >= 0:
            i = j - start
            if i > 0 and text[i] == "\n":
                self.segments.append((base + i, *self.src.line_col(j)))
            if j + 1 < end:
                self.segments.append((base + i + 1, *self.src.line_col(j + 1)))
            j = src.find("\n", j + 1, end)
        self._last_abs = start + len(text) - 1
        self.parts.append(text)
        self.length += len(text)

    def add_gap(self, text: str = " ") -> None:
        """Append separator text that has no source of its own (maps to the previous character)."""
        if not self.parts or self.parts[-1].endswith(" "):
            return
        self.parts.append(text)
        self.length += len(text)

    def build(self, kind: str, heading: str, level: int) -> Block | None:
        text = "".join(self.parts)
        if not text.strip():
            return None
        end_line = self.src.line_col(self._last_abs)[0] if self._last_abs >= 0 else 0
        return Block(kind=kind, text=text, segments=self.segments, heading=heading, heading_level=level,
                     end_line=end_line)


def _locate(src: _Source, content: str, cursor: int, limit: int) -> tuple[list[int], int]:
    """Source offsets of each character of ``content``, searching forward from ``cursor``."""
    hit = src.text.find(content, cursor, limit) if content else -1
    if hit >= 0:
        return list(range(hit, hit + len(content))), hit + len(content)
    offsets = []
    pos = cursor
    for ch in content:
        if ch in "\n":
            offsets.append(max(pos - 1, 0))
            continue
        found = src.text.find(ch, pos, min(limit, pos + 16))
        if found >= 0:
            offsets.append(found)
            pos = found + 1
        else:
            offsets.append(min(pos, max(len(src.text) - 1, 0)))
    return offsets, pos


def _add_located(builder: _BlockBuilder, piece: str, cursor: int, limit: int) -> int:
    """Add ``piece`` (not empty) at its place in the source, searching forward from ``cursor``; the cursor
    after it.  (:func:`_locate`, without listing the offsets of a piece found as it stands.)"""
    hit = builder.src.text.find(piece, cursor, limit)
    if hit >= 0:
        builder.add_run(piece, hit)
        return hit + len(piece)
    offsets, cursor = _locate(builder.src, piece, cursor, limit)
    builder.add(piece, offsets)
    return cursor


class _MarkdownWalker:
    def __init__(self, doc: Document, src: _Source) -> None:
        self.doc = doc
        self.src = src
        self.heading = ""
        self.level = 0
        self.code_blocks: list[tuple[int, str, str]] = []

    # -- block level -------------------------------------------------------
    def walk(self, tokens: list[Token]) -> None:
        kind_stack: list[str] = []
        pending_heading_level = 0
        row_cursor: dict[int, int] = {}
        for tok in tokens:
            check_budget()
            t = tok.type
            if t == "front_matter":
                self._front_matter(tok)
            elif t == "heading_open":
                pending_heading_level = int(tok.tag[1:]) if tok.tag[1:].isdigit() else 1
                kind_stack.append("heading")
            elif t in ("list_item_open",):
                kind_stack.append("list_item")
            elif t in ("th_open", "td_open"):
                kind_stack.append("table_cell")
            elif t in ("heading_close", "list_item_close", "th_close", "td_close"):
                if kind_stack:
                    kind_stack.pop()
            elif t == "inline":
                kind = kind_stack[-1] if kind_stack else "paragraph"
                start, end = self.src.line_range(tok.map)
                if kind == "table_cell" and tok.map:
                    start = max(start, row_cursor.get(tok.map[0], start))
                block, cursor = self._inline(tok, kind, start, end)
                if kind == "table_cell" and tok.map:
                    row_cursor[tok.map[0]] = cursor
                if kind == "heading":
                    self.heading = block.text.strip() if block else ""
                    self.level = pending_heading_level
                    if block:
                        block.heading = self.heading
                        block.heading_level = self.level
                if block:
                    self.doc.blocks.append(block)
            elif t == "fence" and tok.map and _MYST_ADMONITION.fullmatch(tok.info.strip()):
                self._admonition(tok)
            elif t == "code_block" and tok.map and self._opens_mkdocs_block(tok.map[0]):
                self._admonition(tok, shift=tok.map[0])
            elif t in ("fence", "code_block"):
                line = (tok.map[0] + 1) if tok.map else 1
                self.code_blocks.append((line, tok.info.strip(), tok.content))
            elif t == "html_block":
                start, end = self.src.line_range(tok.map)
                self._html(start, end)

    def _opens_mkdocs_block(self, first: int) -> bool:
        """The indented block that starts on 0-based line ``first`` is the contents of an MkDocs admonition or content
        tab ('!!! note', '??? tip "Title"', '=== "Python"' on the line above it, a blank line between or not)."""
        lines = self.doc.lines
        above = first - 1
        while above >= 0 and above < len(lines) and not lines[above].strip():
            above -= 1
        return 0 <= above < len(lines) and bool(_MKDOCS_BLOCK.fullmatch(lines[above]))

    def _admonition(self, tok: Token, shift: int | None = None) -> None:
        """A MyST admonition (a fence whose info is '{note}', '{warning}', ...; Sphinx and Jupyter Book documentation),
        or an MkDocs one (an indented block under '!!! note'): its contents are Markdown prose, not code. They are
        parsed as Markdown, at their lines in the file."""
        inner = _parser().parse(tok.content, {})
        if shift is None:
            shift = tok.map[0] + 1  # the contents start on the line after the opening fence
        for t in inner:
            if t.map:
                t.map = [t.map[0] + shift, t.map[1] + shift]
        self.walk(inner)

    def _front_matter(self, tok: Token) -> None:
        start_line = (tok.map[0] + 1) if tok.map else 1
        end_line = tok.map[1] if tok.map else start_line
        fm = FrontMatter(data={}, lines={}, start_line=start_line, end_line=end_line)
        nested_lines: dict[str, int] = {}  # 'hero.tagline', 'features[0].details' -> line
        from openwash import yamlsafe  # lazy: PyYAML (~15 ms to import) only for a document with front matter

        try:
            loaded = yamlsafe.load(tok.content, line_offset=start_line)
        except yamlsafe.YamlError as exc:
            fm.error = f"front matter: {exc}" + (f" (line {exc.line})" if exc.line else "")
        else:
            nested_lines = loaded.lines
            if isinstance(loaded.data, dict):
                fm.data = loaded.data
                fm.lines = {k: v for k, v in loaded.lines.items() if "." not in k and "[" not in k}
                fm.lines.update({k: v for k, v in loaded.lines.items() if "[" in k and "." not in k})
            elif loaded.data is not None:
                fm.error = "front matter is not a mapping of keys to values"
        self.doc.front_matter = fm
        # Tags are where a card labels itself ("tags: [open-source]"); a page's title and description are what it
        # says of itself where it is listed and searched ("description: Koel, a modern open-source music server",
        # as Docusaurus, Hugo, Jekyll and Mintlify pages carry them): all are prose for claims.
        for i, tag in enumerate(fm.get_list("tags")):
            self._front_matter_prose(fm, tag, fm.lines.get(f"tags[{i}]", fm.line_of("tags")), "tags")
        # (Hugo themes keep the title and description for search engines apart too: 'seo: {title: …, description: …}')
        seo = fm.data.get("seo")
        for mapping, prefix in ((fm.data, ""), (seo if isinstance(seo, dict) else {}, "seo.")):
            for key in FRONT_MATTER_PROSE_KEYS:
                value = mapping.get(key)
                if isinstance(value, str) and value.strip():
                    line = nested_lines.get(prefix + key, fm.start_line) if prefix else fm.line_of(key)
                    self._front_matter_prose(fm, value.strip(), line, key)
        # A documentation site's home page (VitePress, and the themes that copied its layout) keeps its hero text
        # and its list of features in the front matter: what the site shows first, said of the project
        hero = fm.data.get("hero")
        if isinstance(hero, dict):
            for key in ("text", "tagline"):
                value = hero.get(key)
                if isinstance(value, str) and value.strip():
                    self._front_matter_prose(fm, value.strip(), nested_lines.get(f"hero.{key}", fm.start_line), "hero")
        # (and Hugo themes a list of taglines the home page rotates through: 'taglines: [Open-Source VMware Alternative]')
        taglines = fm.data.get("taglines")
        for i, tagline in enumerate(taglines[:50] if isinstance(taglines, list) else []):
            if isinstance(tagline, str) and tagline.strip():
                self._front_matter_prose(fm, tagline.strip(), nested_lines.get(f"taglines[{i}]", fm.start_line), "hero")
        for list_key in ("features", "benefits"):
            features = fm.data.get(list_key)
            for i, feature in enumerate(features[:50] if isinstance(features, list) else []):
                for key in ("title", "details", "description") if isinstance(feature, dict) else ():
                    value = feature.get(key)
                    if isinstance(value, str) and value.strip():
                        self._front_matter_prose(fm, value.strip(),
                                                 nested_lines.get(f"{list_key}[{i}].{key}", fm.start_line), "features")

    def _front_matter_prose(self, fm: FrontMatter, text: str, line: int, key: str) -> None:
        col = 0
        for ln in range(line, max(line, fm.end_line) + 1):  # the value may sit on a later line
            line_text = self.src.text[self.src.offset(ln): self.src.offset(ln + 1)]
            if text in line_text:
                line, col = ln, line_text.find(text) + 1
                break
        # Found: the value's characters follow each other on that line.  Not found (escapes, folded
        # lines): every character maps to the key's line, column 1 -- never past the end of a line.
        segments = [(0, line, col)] if col else [(k, line, 1) for k in range(max(len(text), 1))]
        # (a tag labels the card; a title or description is a sentence about the page's subject: "metadata")
        kind = "front_matter" if key == "tags" else "metadata"
        self.doc.blocks.append(Block(kind=kind, text=text, segments=segments, heading=key, end_line=line))

    # -- inline level ------------------------------------------------------
    def _inline(self, tok: Token, kind: str, start: int, end: int) -> tuple[Block | None, int]:
        builder = _BlockBuilder(self.src)
        cursor = start
        link_stack: list[tuple[str, int, int, str]] = []  # href, text start, abs offset, source
        children = tok.children or []
        i = 0
        while i < len(children):
            c = children[i]
            ct = c.type
            if ct == "text":
                cursor = self._text(builder, c.content, cursor, end, in_link=bool(link_stack))
            elif ct in ("softbreak", "hardbreak"):
                builder.add_gap(" ")
                nl = self.src.text.find("\n", cursor, end)
                if nl >= 0:
                    cursor = nl + 1
            elif ct == "code_inline":
                after = self._skip_code_span(c.markup or "`", c.content, cursor, end)
                name = c.content.strip()
                rst = _RST_LINK.fullmatch(name) if self.src.text.startswith("_", after) else None
                if rst:
                    # '`Composer <https://github.com/…>`_': a reStructuredText link pasted into Markdown (or read from
                    # a .rst page) shows its name; the '_' that ends it is markup
                    name = rst.group(1)
                    nxt = children[i + 1] if i + 1 < len(children) else None
                    if nxt is not None and nxt.type == "text" and nxt.content.startswith("_"):
                        nxt.content = nxt.content[1:]
                    after += 1
                at = self.src.text.find(name, cursor, after) if rst or _CODE_NAME.fullmatch(name) else -1
                if at >= 0:
                    _add_code_name(builder, name, at)
                cursor = after
                if not (rst and self.src.text[after:after + 1].isspace()):  # (the space after it is the text's)
                    builder.add_gap(" ")
            elif ct == "link_open":
                href = c.attrs.get("href", "")
                # a Markdown link starts at its '[' (the cursor may still stand before a list marker or indent)
                bracket = self.src.text.find("[", cursor, end) if c.markup != "autolink" else -1
                link_stack.append((str(href), builder.length, bracket if bracket >= 0 else cursor,
                                   "autolink" if c.markup == "autolink" else "markdown"))
                if c.markup == "autolink":
                    # The autolink's text is its URL: not prose.
                    j = i + 1
                    while j < len(children) and children[j].type != "link_close":
                        j += 1
                    line, col = self.src.line_col(max(self.src.text.find(str(href)[:8], cursor, end), cursor))
                    self._add_link(str(href), "", line, col, "autolink", tok)
                    link_stack.pop()
                    cursor = max(cursor, self._skip_past(str(href), cursor, end))
                    i = j + 1
                    continue
            elif ct == "link_close":
                if link_stack:
                    href, text_start, abs_start, source = link_stack.pop()
                    text = "".join(builder.parts)[text_start:].strip()
                    line, col = self.src.line_col(abs_start)
                    self._add_link(href, text, line, col, source, tok)
                    cursor = self._skip_link_destination(cursor, end)
            elif ct == "image":
                alt = c.content
                img_start = self.src.text.find("![", cursor, end)
                if img_start < 0:
                    img_start = cursor
                alt_offsets, after = _locate(self.src, alt, img_start + 2, end)
                src_url = str(c.attrs.get("src", ""))
                line, col = self.src.line_col(img_start)
                self._add_link(src_url, alt, line, col, "image", tok)
                if link_stack:
                    # A badge inside a link: the alt text names what the link points to.
                    href, text_start, abs_start, source = link_stack[-1]
                if alt.strip():
                    alt_builder = _BlockBuilder(self.src)
                    alt_builder.add(alt, alt_offsets)
                    block = alt_builder.build("alt_text", self.heading, self.level)
                    if block:
                        self.doc.blocks.append(block)
                cursor = self._skip_link_destination(after, end)
                builder.add_gap(" ")
            elif ct == "html_inline":
                hit = self.src.text.find(c.content, cursor, end)
                at = hit if hit >= 0 else cursor
                cursor = (hit + len(c.content)) if hit >= 0 else cursor
                self._html_inline(c.content, at, builder, link_stack)
            i += 1
        block = builder.build(kind, self.heading, self.level)
        return block, cursor

    def _text(self, builder: _BlockBuilder, content: str, cursor: int, end: int, *, in_link: bool) -> int:
        pos = 0
        for m in _TEXT_MARKUP.finditer(content):
            if m.start() > pos:
                cursor = _add_located(builder, content[pos:m.start()], cursor, end)
            url_offsets, cursor = _locate(self.src, m.group(0), cursor, end)
            if not in_link and not m.group(0).startswith(":"):  # a URL, not an emoji shortcode
                line, col = self.src.line_col(url_offsets[0])
                self._add_link(m.group(0), "", line, col, "bare", None)
            builder.add_gap(" ")
            pos = m.end()
            if not builder.parts and m.group(0).startswith(":"):  # a shortcode opening the block: and its space
                while pos < len(content) and content[pos] in " \t":
                    pos += 1
        if pos < len(content):
            cursor = _add_located(builder, content[pos:], cursor, end)
        return cursor

    def _skip_code_span(self, ticks: str, content: str, cursor: int, end: int) -> int:
        """Move the cursor past a code span, found by its backtick runs (markdown-it gives the content with
        line breaks turned into spaces, which is not in the source as such)."""
        text = self.src.text

        def run_at(pos: int) -> int:  # next backtick run of exactly len(ticks), or -1
            pos = text.find(ticks, pos, end)
            while pos >= 0 and (text[pos - 1:pos] == "`" or text[pos + len(ticks):pos + len(ticks) + 1] == "`"):
                pos = text.find(ticks, pos + 1, end)
            return pos

        opening = run_at(cursor)
        closing = run_at(opening + len(ticks)) if opening >= 0 else -1
        if closing >= 0:
            return closing + len(ticks)
        return _locate(self.src, content, cursor, end)[1]

    def _skip_past(self, needle: str, cursor: int, end: int) -> int:
        hit = self.src.text.find(needle, cursor, end)
        return hit + len(needle) if hit >= 0 else cursor

    def _skip_link_destination(self, cursor: int, end: int) -> int:
        """Move the cursor past ``](url "title")`` or ``][ref]`` after link text."""
        text = self.src.text
        j = cursor
        while j < end and text[j] in " \t":
            j += 1
        if text.startswith("](", j):
            depth = 0
            k = j + 2
            while k < end:
                ch = text[k]
                if ch == "\\":
                    k += 2
                    continue
                if ch == "(":
                    depth += 1
                elif ch == ")":
                    if depth == 0:
                        return k + 1
                    depth -= 1
                elif ch == "\n" and text.startswith("\n\n", k):
                    break
                k += 1
        elif text.startswith("][", j):
            close = text.find("]", j + 2, end)
            return close + 1 if close >= 0 else cursor
        elif text.startswith("]", j):
            return j + 1
        return cursor

    def _html_inline(self, html: str, at: int, builder: _BlockBuilder,
                     link_stack: list[tuple[str, int, int, str]]) -> None:
        for m in COMMENT_RE.finditer(html):
            line, col = self.src.line_col(at + m.start())
            self.doc.comments.append((line, col, m.group(1)))
        tag = _parse_tag(html)
        if tag is None:
            return
        name, attrs, closing = tag
        if name == "a" and not closing:
            href = attrs.get("href") or ""
            link_stack.append((href, builder.length, at, "html"))
        elif name == "a" and closing:
            if link_stack and link_stack[-1][3] == "html":
                href, text_start, abs_start, _source = link_stack.pop()
                text = "".join(builder.parts)[text_start:].strip()
                line, col = self.src.line_col(abs_start)
                if href:
                    self._add_link(href, text, line, col, "html", None)
        elif name == "img":
            line, col = self.src.line_col(at)
            alt = attrs.get("alt") or ""
            if attrs.get("src"):
                self._add_link(attrs["src"], alt, line, col, "html", None)
            if alt.strip():
                alt_at = self.src.text.find(alt, at, at + len(html))
                offsets = list(range(alt_at, alt_at + len(alt))) if alt_at >= 0 else [at] * len(alt)
                alt_builder = _BlockBuilder(self.src)
                alt_builder.add(alt, offsets)
                block = alt_builder.build("alt_text", self.heading, self.level)
                if block:
                    self.doc.blocks.append(block)
            builder.add_gap(" ")
        elif name in _HTML_BLOCK_TAGS:
            builder.add_gap(" ")

    def _html(self, start: int, end: int) -> None:
        parser = _HtmlProse(self, start, end)
        parser.run()

    def _add_link(self, url: str, text: str, line: int, col: int, source: str, tok: Token | None) -> None:
        url = url.strip()
        if not url:
            return
        self.doc.links.append(Link(url=url, text=text, line=line, column=col, context="",
                                   heading=self.heading, source=source))


def _add_code_name(builder: _BlockBuilder, name: str, at: int) -> None:
    """A name set in code ('`Langchain-Chatchat` 开源项目', '<code>v2.1</code> 版本', source offset ``at``) is a word of
    the prose; code proper (spaces, operators, an openness phrase as a value: not :data:`_CODE_NAME`) stays out."""
    builder.add_gap(" ")
    builder.add(name, list(range(at, at + len(name))))


def _parse_tag(html: str) -> tuple[str, dict[str, str], bool] | None:
    m = re.match(r"<\s*(/)?\s*([a-zA-Z][a-zA-Z0-9-]*)", html)
    if not m:
        return None
    attrs: dict[str, str] = {}
    for am in re.finditer(r"""([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""",
                          html[m.end():]):
        value = am.group(3) if am.group(3) is not None else am.group(4) if am.group(4) is not None else am.group(5)
        attrs[am.group(1).lower()] = _unescape(value or "")
    return m.group(2).lower(), attrs, bool(m.group(1))


def _unescape(value: str) -> str:
    import html as _html

    return _html.unescape(value)


class _HtmlProse:
    """Text, links, images and comments of an HTML block, with source positions.

    The block's tags are read with markdown-it-py's own CommonMark grammar of an HTML tag (``HTML_TAG_RE``, the
    grammar that made the chunk an HTML block, compiled when markdown-it is imported): a second HTML parser
    (html.parser: its import and its ten patterns, and a tokenizer that asks for line and column at every tag)
    cost a pre-commit run about 4 ms on meta-llama/llama3, whose model card is mostly HTML tables (issue 19). What
    is not a tag by that grammar is text, as CommonMark and browsers read a lone '<'; the contents of ``script``
    and ``style`` are raw text; a comment runs to its ``-->`` (to the block's end when there is none)."""

    def __init__(self, walker: _MarkdownWalker, start: int, end: int) -> None:
        self.w = walker
        self.src = walker.src
        self.start = start
        self.end = end
        self.builder = _BlockBuilder(self.src)
        self.skip_depth = 0
        self.code_depth = 0  # inside <code>: only a name is read
        self.anchor: list[tuple[str, int, int]] = []  # href, text start in builder, abs offset
        self.heading_level = 0

    def run(self) -> None:
        from markdown_it.common.html_re import HTML_TAG_RE  # (markdown-it is loaded: it made this chunk)

        text, end = self.src.text, self.end
        pos = self.start
        while pos < end:
            lt = text.find("<", pos, end)
            while lt >= 0:
                if text.startswith("<!--", lt):
                    break  # a comment, closed or not (the grammar below would take an unclosed one for text)
                m = HTML_TAG_RE.match(text, lt, end)
                if m:
                    break
                lt = text.find("<", lt + 1, end)  # a lone '<' is text
            if lt < 0:
                self._text(pos, end)
                break
            self._text(pos, lt)
            if text.startswith("<!--", lt):
                close = text.find("-->", lt + 4, end)
                self._comment(text[lt + 4:close] if close >= 0 else text[lt + 4:end], lt)
                pos = close + 3 if close >= 0 else end
                continue
            pos = m.end()
            raw = m.group()
            if raw[1] in "!?":  # a declaration, a processing instruction, CDATA: no prose
                continue
            closing = raw[1] == "/"
            stop = 2 if closing else 1
            while stop < len(raw) and (raw[stop].isalnum() or raw[stop] == "-"):
                stop += 1
            name = raw[2 if closing else 1:stop].lower()
            # the attributes are read only where they are used (links and images)
            attrs = _parse_tag(raw)[1] if name in _LINKING_TAGS and not closing else {}
            if closing:
                self._end_tag(name)
            elif name in _RAW_TEXT_TAGS and not raw.endswith("/>"):
                self._start_tag(name, attrs, raw, lt)
                pos = _end_tag_at(text, name, pos, end)  # its contents are no markup
            elif raw.endswith("/>"):
                self._empty_tag(name, attrs, raw, lt)
            else:
                self._start_tag(name, attrs, raw, lt)
        self._flush()

    def _text(self, i: int, j: int) -> None:
        """The text between two tags, its character references each read as the character it stands for."""
        text = self.src.text
        amp = text.find("&", i, j)
        while amp >= 0:
            ref, char = _reference_at(text, amp, j)
            if ref:
                if amp > i:
                    self._data(text[i:amp], i)
                self._add_reference(char, amp)
                i = amp + ref
            amp = text.find("&", max(i, amp + 1), j)
        if i < j:
            self._data(text[i:j], i)

    def _flush(self) -> None:
        if not self.builder.parts:  # nothing since the last flush (a table's cells): nothing to build or reset
            return
        kind = "heading" if self.heading_level else "html"
        block = self.builder.build(kind, self.w.heading, self.w.level)
        if block:
            if self.heading_level:
                self.w.heading = block.text.strip()
                self.w.level = self.heading_level
                block.heading = self.w.heading
                block.heading_level = self.heading_level
            self.w.doc.blocks.append(block)
        self.builder = _BlockBuilder(self.src)
        self.anchor = [(h, 0, a) for h, _, a in self.anchor]

    def _start_tag(self, tag: str, values: dict[str, str], raw: str, at: int) -> None:
        if tag in _HTML_SKIP_TAGS:
            self.skip_depth += 1
            return
        if tag == "code":
            self.code_depth += 1
            return
        if tag in _HTML_BLOCK_TAGS:
            self._flush()
            self.heading_level = _HEADING_LEVELS.get(tag, self.heading_level)
        if tag not in _LINKING_TAGS:
            return
        if tag == "a":
            self.anchor.append((values.get("href", ""), self.builder.length, at))
        else:
            line, col = self.src.line_col(at)
            url = values.get("src") or values.get("srcset", "").split(" ")[0]
            alt = values.get("alt", "")
            if url:
                self.w._add_link(url, alt, line, col, "html", None)
            if alt.strip():
                alt_at = self.src.text.find(alt, at, at + len(raw))
                offsets = list(range(alt_at, alt_at + len(alt))) if alt_at >= 0 else [at] * len(alt)
                b = _BlockBuilder(self.src)
                b.add(alt, offsets)
                block = b.build("alt_text", self.w.heading, self.w.level)
                if block:
                    self.w.doc.blocks.append(block)
            self.builder.add_gap(" ")

    def _empty_tag(self, tag: str, values: dict[str, str], raw: str, at: int) -> None:
        self._start_tag(tag, values, raw, at)
        if tag in _HTML_SKIP_TAGS:
            self.skip_depth = max(self.skip_depth - 1, 0)
        if tag == "code":
            self.code_depth = max(self.code_depth - 1, 0)

    def _end_tag(self, tag: str) -> None:
        if tag in _HTML_SKIP_TAGS:
            self.skip_depth = max(self.skip_depth - 1, 0)
            return
        if tag == "code":
            self.code_depth = max(self.code_depth - 1, 0)
            return
        if tag == "a" and self.anchor:
            href, text_start, at = self.anchor.pop()
            text = "".join(self.builder.parts)[text_start:].strip()
            line, col = self.src.line_col(at)
            if href:
                self.w._add_link(href, text, line, col, "html", None)
        if tag in _HTML_BLOCK_TAGS:
            self._flush()
            if tag in _HEADING_LEVELS:
                self.heading_level = 0

    def _data(self, data: str, at: int) -> None:
        if self.skip_depth or not data:
            return
        if data.isspace():  # between tags (most data of an HTML table): one space at most, no URL, no code name
            if not self.code_depth:
                self._add_space(at)
            return
        if self.code_depth:
            name = data.strip()
            if _CODE_NAME.fullmatch(name):  # 'The <code>Wren-7B</code> is …'
                _add_code_name(self.builder, name, at + data.find(name))
                self.builder.add_gap(" ")
            return
        pos = 0
        for m in URL_RE.finditer(data):
            if m.start() > pos:
                self._add_text(data[pos:m.start()], at + pos)
            line, col = self.src.line_col(at + m.start())
            self.w._add_link(m.group(0), "", line, col, "bare", None)
            self.builder.add_gap(" ")
            pos = m.end()
        if pos < len(data):
            self._add_text(data[pos:], at + pos)

    def _add_text(self, text: str, at: int) -> None:
        # Collapse whitespace as a browser would, keeping exact offsets for the rest: a run of text is added
        # as it stands, a run of whitespace as one space where it starts (none at the start of a block or
        # after a space).
        for m in _TEXT_OR_SPACE.finditer(text):
            run = m.group()
            if run[0].isspace():
                self._add_space(at + m.start())
            else:
                self.builder.add_run(run, at + m.start())

    def _add_space(self, at: int) -> None:
        """A run of whitespace at source offset ``at``: one space, none at the start of a block or after a space."""
        parts = self.builder.parts
        if parts and not parts[-1].endswith(" "):
            self.builder.add_run(" ", at)

    def _add_reference(self, char: str, at: int) -> None:
        """A character reference ('&amp;', '&#8212;') at source offset ``at``: the character(s) it stands for."""
        if self.skip_depth or self.code_depth:
            return
        self.builder.add(char, [at] * len(char))

    def _comment(self, data: str, at: int) -> None:
        line, col = self.src.line_col(at)
        self.w.doc.comments.append((line, col, data))


def _end_tag_at(text: str, name: str, pos: int, end: int) -> int:
    """Where the end tag of ``name`` (any case) starts in ``text[pos:end]``; ``end`` when there is none."""
    close = text.find("</", pos, end)
    while close >= 0 and text[close + 2:close + 2 + len(name)].lower() != name:
        close = text.find("</", close + 2, end)
    return end if close < 0 else close


def _reference_at(text: str, amp: int, end: int) -> tuple[int, str]:
    """The character reference that starts at ``text[amp]`` ('&'): its length and the text it stands for, as HTML
    reads it (``html.unescape``: '&amp;', '&#8212;', and the names HTML accepts without ';', '&nbsp'); (0, '')
    when there is none."""
    k = amp + 1
    while k < end and k - amp <= 33 and ((text[k].isascii() and text[k].isalnum()) or text[k] == "#"):
        k += 1
    if k == amp + 1:
        return 0, ""
    if k < end and text[k] == ";":
        ref = text[amp:k + 1]
        char = _unescape(ref)
        if char != ref:
            return len(ref), char
    # without ';': the name HTML knows that the letters begin with ('&nbsp8B' is '&nbsp' and '8B')
    whole = _unescape(text[amp:k])
    if whole == text[amp:k]:
        return 0, ""
    for stop in range(amp + 2, k + 1):
        ref = text[amp:stop]
        char = _unescape(ref)
        if char != ref and char + text[stop:k] == whole:
            return len(ref), char
    return 0, ""


# MDX (Markdown with JSX): a line that holds only a component's tags ('<Card title="…">', '</TabItem>', '<Tabs>') is a
# flow element, and what stands between a component's tags is Markdown.  CommonMark reads such a line as the start of
# an HTML block that swallows the lines after it (and a code fence among them, which then leaves a later fence open to
# the end of the page).  (A component's name starts with a capital; HTML's lower-case tags keep CommonMark's reading.)
_MDX_TAG_LINE = lazyre.compile(r"^[ \t]*(?:</?[A-Z][\w.]*(?:[ \t][^<>\n]*)?/?>[ \t]*)+$", re.MULTILINE)
# ... and a component's tag whose attributes go on over several lines ('<Card\n  title="Langfuse"\n  description="…"\n
# />'): its attributes are the component's, a card's title and its text, no prose of the page, as on one line
# (an attribute's value may be an expression in braces that holds a tag: 'icon={<KestrelIcon width={20} />}')
_MDX_TAG_LINES = lazyre.compile(r"^[ \t]*<[A-Z][\w.]*(?:[ \t][^<>\n]*)?\n(?:[^<>{}]|\{(?:[^{}]|\{[^{}]*\}){0,300}\})"
                                r"{0,4000}?/?>[ \t]*$", re.MULTILINE)


def _mdx_flow(text: str) -> str:
    """``text`` with its component tag lines blanked (the same length: every position stays where it was)."""
    if "<" not in text:
        return text
    text = _MDX_TAG_LINES.sub(lambda m: "".join("\n" if c == "\n" else " " for c in m.group(0)), text)
    return _MDX_TAG_LINE.sub(lambda m: " " * len(m.group(0)), text)


def parse_markdown(path: str, role: str, text: str) -> Document:
    """Parse a Markdown file into a :class:`Document` (blocks, links, front matter, comments)."""
    text = normalize_newlines(text)
    doc = Document(path=path, role=role, text=text, lines=text.split("\n"))
    src = _Source(text, doc.lines)
    env: dict = {}
    mdx = path.lower().endswith(".mdx")
    tokens = _parser(mdx).parse(_mdx_flow(text) if mdx else text, env)
    walker = _MarkdownWalker(doc, src)
    walker.walk(tokens)
    doc.code_blocks = walker.code_blocks
    # Reference-style link definitions ([id]: url) are not tokens; find them in the source.
    if env.get("references"):
        for m in REFERENCE_RE.finditer(text):
            line, col = src.line_col(m.start(2))
            doc.links.append(Link(url=m.group(2), text=m.group(1), line=line, column=col, context="",
                                  heading="", source="reference"))
    _attach_link_context(doc)
    doc.blocks.sort(key=lambda b: (b.line, b.segments[0][2] if b.segments else 0))
    return doc


def parse_plain(path: str, role: str, text: str) -> Document:
    """Plain text (LICENSE, README.txt, reStructuredText): paragraphs separated by blank lines."""
    text = normalize_newlines(text)
    doc = Document(path=path, role=role, text=text, lines=text.split("\n"))
    src = _Source(text, doc.lines)
    builder = _BlockBuilder(src)
    heading = ""
    for lineno, line in enumerate(doc.lines, start=1):
        check_budget()
        if not line.strip():
            block = builder.build("plain", heading, 0)
            if block:
                doc.blocks.append(block)
            builder = _BlockBuilder(src)
            continue
        # reStructuredText underlines (=====, -----) mark the line above as a heading.  (The pattern is asked only of
        # a line that starts with one of its marks: most plain text has none, and then it is never compiled.)
        if line.lstrip()[0] in _UNDERLINE_MARKS and re.fullmatch(r"\s*([=\-~^#*+])\1{2,}\s*", line) \
                and doc.blocks is not None:
            if builder.parts:
                heading = "".join(builder.parts).strip()
            continue
        base = src.offset(lineno)
        pos = 0
        for m in URL_RE.finditer(line):
            if m.start() > pos:
                builder.add_run(line[pos:m.start()], base + pos)  # verbatim: no list of offsets
            doc.links.append(Link(url=m.group(0), text="", line=lineno, column=m.start() + 1, context="",
                                  heading=heading, source="bare"))
            builder.add_gap(" ")
            pos = m.end()
        if pos < len(line):
            builder.add_run(line[pos:], base + pos)
        builder.add_gap(" ")
    block = builder.build("plain", heading, 0)
    if block:
        doc.blocks.append(block)
    _attach_link_context(doc)
    return doc


def _attach_link_context(doc: Document) -> None:
    """Give every link the prose of the block it sits in (the sentence is evidence context)."""
    if not doc.links:
        return
    by_line: dict[int, Block] = {}
    for block in doc.blocks:
        if block.kind in ("alt_text", "front_matter", "metadata"):
            continue
        for line in range(block.line, max(block.end_line, block.line) + 1):
            by_line.setdefault(line, block)
    out = []
    for link in doc.links:
        block = by_line.get(link.line)
        context = block.text if block else ""
        heading = link.heading or (block.heading if block else "")
        out.append(Link(url=link.url, text=link.text, line=link.line, column=link.column, context=context,
                        heading=heading, source=link.source))
    doc.links = out


def parse_document(path: str, role: str, text: str) -> Document:
    """Parse by file type: Markdown for .md and extension-less READMEs that look like Markdown."""
    lower = path.lower()
    if lower.endswith(MARKDOWN_SUFFIXES):
        return parse_markdown(path, role, text)
    return parse_plain(path, role, text)
