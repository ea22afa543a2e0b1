"""Repository text made safe to print on a terminal and in a CI log.

openwash quotes text written by strangers (claim sentences, file names, suppression reasons).  Printed
raw, that text could

* drive the terminal: escape sequences (``ESC [ 2 J``, OSC titles and hyperlinks), C1 controls, carriage
  returns that overwrite the line, bidirectional controls that reorder what is shown ("Trojan Source");
* issue GitHub Actions workflow commands: ``::add-mask::`` at the start of a line, and the runner's
  legacy ``##[command]`` form, which it recognises *anywhere* in a line.

:func:`printable` makes one line of human-readable output inert (controls are shown as ``\\x1b``-style
escapes, ``##[`` and a leading ``::`` are broken with an invisible zero-width space) and
:func:`json_log_safe` does the same for JSON text without changing what it decodes to.

The same text in a report is made inert here too, with one guarantee for every format: bidi controls
are removed and other controls never reach the output raw.  :func:`markdown_text` (GitHub Markdown: no
markup, no pings, no links; the job summary, the sticky comment, ``--format markdown``),
:func:`markdown_words` (the lighter escaping of the organization reports), :func:`html_text` (the HTML
organization report).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from openwash import lazyre

ZWSP = "\u200b"
# Character-class ranges (regular-expression text) that every output escapes or removes; the reporters
# build their own classes from these, so a character added here is handled everywhere.
C1_CONTROLS = r"\x7f-\x9f"  # DEL and the C1 controls (U+009B is a one-character CSI)
LINE_SEPARATORS = r"\u2028\u2029"
BIDI_CONTROLS = r"\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"  # embeddings, overrides, isolates, marks
# C0 controls but tab, then the above.
_UNPRINTABLE = lazyre.compile(rf"[\x00-\x08\x0a-\x1f{C1_CONTROLS}{LINE_SEPARATORS}{BIDI_CONTROLS}]")


def visible_escape(m: Any) -> str:
    """The matched control character as a visible ``\\x1b``/``\\u202e`` escape."""
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object) -> str:
    """One line of output that can neither control a terminal nor issue a workflow command."""
    s = str(text)
    if s.isprintable() and "##[" not in s and not s.lstrip().startswith("::"):
        # the common case, without a regular expression (an indented report line too): every character the
        # expression below replaces is unprintable, and nothing else below changes such a line
        return s
    s = _UNPRINTABLE.sub(visible_escape, s)
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes of a file name (surrogate escapes): show U+FFFD
        s = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in s)
    s = s.replace("##[", "##" + ZWSP + "[")
    if s.lstrip().startswith("::"):
        i = s.index("::")
        s = s[: i + 1] + ZWSP + s[i + 1:]
    return s


_JSON_UNSAFE = lazyre.compile(rf"[{C1_CONTROLS}{LINE_SEPARATORS}{BIDI_CONTROLS}]")


def json_log_safe(text: str) -> str:
    """JSON text in which ``##[`` cannot start a legacy workflow command and no C1 control or bidi
    character is raw; it decodes to the same value.

    JSON syntax is ASCII without ``#``, so every ``##[`` and every such character is inside a string,
    where ``\\u005b`` is ``[`` and ``\\u009b`` is U+009B (``json`` already escapes C0 controls)."""
    text = _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
    return text.replace("##[", "##\\u005b")


def log_safe(text: str) -> str:
    """Multi-line text (a report printed whole, e.g. the organization report on stdout) in which no line can
    issue a workflow command: ``##[`` is broken everywhere and a leading ``::`` on every line."""
    if "##[" not in text and "::" not in text:
        return text
    out = []
    for line in text.replace("##[", "##" + ZWSP + "[").split("\n"):
        if line.lstrip().startswith("::"):
            i = line.index("::")
            line = line[: i + 1] + ZWSP + line[i + 1:]
        out.append(line)
    return "\n".join(out)


# ------------------------------------------------------------------------------------------- Markdown
_MD_PUNCT = set("\\`*_{}[]()#+-.!|~$^")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
_CONTROL = lazyre.compile(rf"[\x00-\x1f{C1_CONTROLS}{LINE_SEPARATORS}]")
_BIDI = lazyre.compile(rf"[{BIDI_CONTROLS}]")
# What GitHub would turn into a link, a mention or a reference: a URL (scheme://, www.), @name, #123, an
# e-mail address.  A word (between spaces) that holds one is shown as code.
LINKABLE = lazyre.compile(r"(?i)[a-z][a-z0-9+.-]*:/|\bwww\.|@\w|#\w")
_BACKTICKS = lazyre.compile(r"`+")


def code_span(text: str) -> str:
    """``text`` (no line break) as a Markdown code span that shows it exactly, backticks included."""
    if not text:
        return ""
    fence = "`" * (max((len(m) for m in _BACKTICKS.findall(text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _escape_word(word: str) -> str:
    out: list[str] = []
    for ch in word:
        if ch in _MD_PUNCT:
            out.append("\\" + ch)
        elif ch in _HTML:
            out.append(_HTML[ch])
        else:
            out.append(ch)
    return "".join(out)


def linkable_word(word: str, escape: Callable[[str], str]) -> str:
    """A word that holds a URL, mention or reference: the parts that would link as code spans, the rest
    (a | between parts, punctuation after the last) escaped with ``escape``.  A table cell ends at any
    unescaped |, even in a code span, so | is never inside a span."""
    body = word
    while body and (body[-1] in ",.;:!?" or (body[-1] == ")" and body.count(")") > body.count("("))):
        body = body[:-1]  # sentence punctuation and an unbalanced closing parenthesis stay outside
    tail = escape(word[len(body):])
    return "\\|".join(code_span(part) if LINKABLE.search(part) else escape(part) for part in body.split("|")) + tail


def _md_word(word: str) -> str:
    return linkable_word(word, _escape_word) if LINKABLE.search(word) else _escape_word(word)


def markdown_text(text: object, limit: int = 300) -> str:
    """Repository text made inert for GitHub Markdown (one line, escaped, no pings, no links)."""
    s = one_line(text)
    if len(s) > limit:
        s = s[: limit - 1].rstrip() + "…"
    return " ".join(_md_word(word) for word in s.split(" "))


def one_line(text: object) -> str:
    """Text on one line with its bidi controls removed and every other control (and line break) a space,
    whitespace collapsed: the first step of every Markdown escaper here."""
    return " ".join(_CONTROL.sub(" ", _BIDI.sub("", str(text))).split())


_MD_SPECIAL = lazyre.compile(r"([\\`*_\[\]<>|#~])")


def markdown_words(text: object) -> str:
    """Markdown-escape text from a repository, escaping only what starts markup (the organization reports):
    no markup, no table breaks, no @-mentions or #-references (a word that would link, mention or reference is
    a code span: copied, it is exactly the text); bidi controls removed, controls made spaces."""

    def escape(w: str) -> str:
        return _MD_SPECIAL.sub(r"\\\1", w)

    return " ".join(linkable_word(w, escape) if LINKABLE.search(w) else escape(w) for w in one_line(text).split())


# ------------------------------------------------------------------------------------------- HTML
# Tab, LF and CR are text in HTML; the other C0 controls and the C1 controls are not allowed in it, and
# U+2028/U+2029 end a line in a script (the HTML report has one): all become spaces.
_HTML_CONTROL = lazyre.compile(rf"[\x00-\x08\x0b\x0c\x0e-\x1f{C1_CONTROLS}{LINE_SEPARATORS}]")


def html_text(text: object) -> str:
    """Text (and attribute values) for HTML: escaped, quotes included; bidi controls removed, controls spaces."""
    import html  # only the HTML report needs it; safetext is on the pre-commit hook's import path

    return html.escape(_HTML_CONTROL.sub(" ", _BIDI.sub("", str(text))), quote=True)
