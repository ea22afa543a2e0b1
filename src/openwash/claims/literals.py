"""What literal text every match of a regular expression must contain, read from the pattern's source.

The claim judgement asks many word classes and phrases about short windows of text.  A pattern whose
required literals are all absent from a window cannot match it, so it is neither run nor compiled: most
processes then compile only the patterns their documents can use (see :mod:`openwash.lazyre`).  Only the
subset of the syntax the lexicons use is read (literals, escapes, classes, groups, lookarounds and
quantifiers); anything else makes the answer "unknown", which means "always run".
"""

from __future__ import annotations

_META = "()[]|.^$*+?{}\\"


def top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of a pattern's outermost ``|``."""
    parts, depth, cur, i = [], 0, [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur.append(pattern[i:i + 2])
            i += 2
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    parts.append("".join(cur))
    return parts


def _group_end(s: str, i: int) -> int:
    """The index just after the group or class that opens at ``s[i]``."""
    depth, j = 0, i
    while j < len(s):
        ch = s[j]
        if ch == "\\":
            j += 2
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return len(s)


def _optional_after(s: str, j: int) -> bool:
    """Whether the item ending at ``j`` may be absent (``?``, ``*``, ``{0,…}``)."""
    return s[j:j + 1] in ("?", "*") or s.startswith("{0", j)


def literal_runs(alternative: str) -> list[str]:
    """The literal strings every match of one alternative contains: the runs of plain characters outside
    groups and classes, less a character a quantifier makes optional."""
    runs: list[str] = []
    cur: list[str] = []
    i = 0
    while i < len(alternative):
        ch = alternative[i]
        escaped_literal = ch == "\\" and not alternative[i + 1: i + 2].isalnum()
        if ch not in _META or escaped_literal:
            lit = alternative[i + 1] if escaped_literal else ch
            i += 2 if escaped_literal else 1
            if _optional_after(alternative, i):
                runs.append("".join(cur))
                cur = []
            else:
                cur.append(lit)
            continue
        runs.append("".join(cur))
        cur = []
        if ch == "{":  # a counted quantifier: {m,n}
            close = alternative.find("}", i)
            i = len(alternative) if close < 0 else close + 1
        else:
            i = _group_end(alternative, i) if ch in "([" else i + (2 if ch == "\\" else 1)
    runs.append("".join(cur))
    return [r for r in runs if r]


def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains, or None when the pattern's source does not
    say (then the pattern must always run).  Groups are looked into: ``\\b(?:will|shall)\\s`` gives
    ('will', 'shall')."""
    out: list[str] = []
    for alternative in top_level_alternatives(pattern):
        found = _alternative_literals(alternative)
        if found is None:
            return None
        out.extend(found)
    return tuple(dict.fromkeys(out))


def _alternative_literals(alternative: str) -> list[str] | None:
    runs = literal_runs(alternative)
    if runs:
        return [max(runs, key=len)]
    # no literal of its own: one of the mandatory groups' alternatives must be there
    i = 0
    while i < len(alternative):
        ch = alternative[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _group_end(alternative, i)
            continue
        if ch == "(":
            end = _group_end(alternative, i)
            inner = alternative[i + 1:end - 1]
            if inner.startswith(("?<!", "?<=", "?!", "?=")) or _optional_after(alternative, end):
                i = end
                continue
            if inner.startswith("?:"):
                inner = inner[2:]
            elif inner.startswith("?P<"):
                inner = inner[inner.index(">") + 1:]
            found = required_literals(inner)
            if found is not None:
                return list(found)
            i = end
            continue
        i += 1
    return None
