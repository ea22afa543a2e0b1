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
"""

from __future__ import annotations

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
    if s.isprintable() and "##[" not in s and "::" not in s[:2] and not s[:1].isspace():
        return s  # the common case, without a regular expression
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
