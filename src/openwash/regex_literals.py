"""What literal text every match of a regular expression must contain, read from the pattern's source.

The claim judgement asks many word classes and phrases about short windows of text, and the license and
evidence finders ask their patterns about whole files.  A pattern whose required literals are absent from
a text cannot match it, so it is neither run nor compiled: a process then compiles only the patterns its
documents can use (see :mod:`openwash.lazyre`).

The source is cut into tokens by one small pattern (C speed; reading a few hundred patterns character by
character in Python cost as much as compiling them) and the tokens into a tree of alternatives.  Only the
syntax the project's patterns use is understood: literals, escapes, classes, groups, lookarounds,
quantifiers; anything else counts as "requires nothing", which means "always run" — never a wrong skip.
"""

from __future__ import annotations

import re
from functools import lru_cache

_TOKEN_SOURCE = (
    r"\\[A-Za-z0-9]"                        # a class escape (\w, \s, \d, \b, \u…, \1): not a literal
    r"|\\."                                  # an escaped literal: \. \- \(
    r"|\[\^?\]?(?:\\.|[^\]\\])*\]"           # a character class
    r"|\(\?[aiLmsux-]+\)|\(\?P=\w+\)|\(\?#[^)]*\)"  # inline flags, a named backreference, a comment
    r"|\(\?P<\w+>|\(\?:|\((?!\?)"            # groups that must match their content
    r"|\(\?(?:<[=!]|[=!]|[aiLmsux-]+:|\(\w+\))"  # lookarounds, scoped flags, a conditional: opaque
    r"|\)|\|"
    r"|\{\d*(?:,\d*)?\}\??|[?*+]\??"         # quantifiers
    r"|[^\\\[\]()|?*+{}.^$]+"                # a run of literal characters
    r"|.")                                   # anything else: . ^ $ a stray bracket

_LIT, _GROUP, _OTHER = 0, 1, 2
# an item: (kind, value, optional); a sequence: list of items; alternatives: list of sequences
Item = tuple[int, object, bool]
# Scoped flags that leave literals as they are written: ASCII classes, case, '.' and anchors.  (Verbose mode
# changes what is a literal, and a flag turned off is never read: lazyre.gate_of lets those always run.)
_LITERAL_KEEPING_FLAGS = frozenset("aims")


def _keeps_literals(tok: str) -> bool:
    """``tok`` opens a group with scoped flags that spell every literal as written ('(?i:', not '(?x:')."""
    return len(tok) > 3 and tok.startswith("(?") and tok.endswith(":") and set(tok[2:-1]) <= _LITERAL_KEEPING_FLAGS


def _parse(tokens: list[str], i: int) -> tuple[list[list[Item]], int]:
    alternatives: list[list[Item]] = [[]]
    while i < len(tokens):
        tok = tokens[i]
        i += 1
        if tok == ")":
            return alternatives, i
        if tok == "|":
            alternatives.append([])
            continue
        seq = alternatives[-1]
        first = tok[0]
        if first in "?*+" or (first == "{" and len(tok) > 1 and tok[1] in "0123456789,}"):
            optional = first in "?*" or tok.startswith(("{0", "{,", "{}"))
            # ('a+', 'b{2,3}': what stands before the first of them and after the last one are two runs, 'xa' and
            # 'ay' in 'xa+y', whose matches 'xaay' holds no 'xay')
            repeated = not optional and tok not in ("{1}", "{1,1}")
            if seq:
                kind, value, was_optional = seq.pop()
                last: Item = (kind, value, was_optional or optional)
                if kind == _LIT and len(value) > 1:  # type: ignore[arg-type]
                    seq.append((_LIT, value[:-1], was_optional))  # type: ignore[index]
                    last = (_LIT, value[-1], optional)  # type: ignore[index]
                seq.append(last)
                if repeated:
                    seq.append((_OTHER, None, False))
                    seq.append(last)
            continue
        if first == "(" and tok.endswith(")") and not tok.startswith("(?("):
            seq.append((_OTHER, None, False))  # (?i), (?P=name), (?#…): no group opens
        elif first == "(":
            inner, i = _parse(tokens, i)
            # a group whose flags change no literal's spelling ('(?i:https?://)': the gate of a pattern with 'i'
            # in it is read folded, see lazyre.gate_of) holds its literals as a plain group does
            transparent = tok in ("(", "(?:") or tok.startswith("(?P<") or _keeps_literals(tok)
            seq.append((_GROUP, inner, False) if transparent else (_OTHER, None, False))
        elif first == "\\":
            seq.append((_OTHER, None, False) if tok[1].isalnum() else (_LIT, tok[1], False))
        elif first == "[" and len(tok) > 1 and (members := _class_members(tok)):
            # a small class of marks ('[;:!?]', '[\"“]'): one of them must be there, as a group of one-character
            # alternatives says
            seq.append((_GROUP, [[(_LIT, ch, False)] for ch in members], False))
        elif (first == "[" and len(tok) > 1) or tok in (".", "^", "$", "[", "]", "{", "}", "("):
            seq.append((_OTHER, None, False))
        else:
            seq.append((_LIT, tok, False))
    return alternatives, i


_CLASS_UP_TO = 12


def _class_members(tok: str) -> tuple[str, ...]:
    """The characters of a character class token made only of marks (no letter, digit, range, class escape or
    negation, at most a dozen), each of which it matches as written whatever the flags; () for any other class."""
    body = tok[1:-1]
    if not body or body.startswith("^"):
        return ()
    members: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            if i + 1 >= len(body) or body[i + 1].isalnum():
                return ()  # \s, \w, \u…: not one literal character
            ch = body[i + 1]
            i += 2
        elif (ch == "-" and 0 < i < len(body) - 1) or ch.isalnum() or ch.isspace():
            return ()  # a range ('-' first or last is itself), or a character a flag may match otherwise (case, verbose)
        else:
            i += 1
        members.append(ch)
    return tuple(dict.fromkeys(members)) if len(members) <= _CLASS_UP_TO else ()


@lru_cache(maxsize=1024)
def _tree(pattern: str) -> list[list[Item]]:
    tokens = re.findall(_TOKEN_SOURCE, pattern, re.S)  # compiled on first use: most runs read no pattern
    return _parse(tokens, 0)[0]


def _runs(seq: list[Item]) -> list[str]:
    runs: list[str] = []
    cur: list[str] = []
    for kind, value, optional in seq:
        if kind == _LIT and not optional:
            cur.append(value)  # type: ignore[arg-type]
            continue
        if cur:
            runs.append("".join(cur))
        cur = []
    if cur:
        runs.append("".join(cur))
    return runs


def _required(alternatives: list[list[Item]]) -> tuple[str, ...] | None:
    out: list[str] = []
    for seq in alternatives:
        found = _sequence_literals(seq)
        if found is None:
            return None
        out.extend(found)
    return tuple(dict.fromkeys(out))


def _sequence_literals(seq: list[Item]) -> list[str] | None:
    """Literals one of which every match of the sequence holds: its longest run, or a mandatory group's
    alternatives when they are all longer than that run ('(?:based|built)\\s+on' needs 'based' or 'built', which
    say more than 'on')."""
    runs = _runs(seq)
    best = [max(runs, key=len)] if runs else None
    for kind, value, optional in seq:
        if kind == _GROUP and not optional:
            found = _required(value)  # type: ignore[arg-type]
            if found and (best is None or min(map(len, found)) > len(best[0])):
                best = list(found)
    return best


def literal_runs(alternative: str) -> list[str]:
    """The literal strings every match of one alternative contains: the runs of plain characters outside
    groups and classes, less a character a quantifier makes optional."""
    alternatives = _tree(alternative)
    return _runs(alternatives[0]) if len(alternatives) == 1 else []


def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains, or None when the pattern's source does not
    say (then the pattern must always run).  Groups are looked into: ``\\b(?:will|shall)\\s`` gives
    ('will', 'shall')."""
    return _required(_tree(pattern))


def literal_gate(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Sets of strings, each of which must contribute one to any match of ``pattern`` (every literal run
    of a one-alternative pattern, and each mandatory group's alternatives): a stricter test than
    :func:`required_literals`, for patterns asked about whole blocks of text.  () means "always run"."""
    alternatives = _tree(pattern)
    if len(alternatives) > 1:
        found = _required(alternatives)
        return () if found is None else (found,)
    return _sequence_gate(alternatives[0])


_PRODUCT_UP_TO = 8

# ``\s`` written as one mark character, for the gates read against text whose whitespace runs are one space each
_SPACE_MARK = "\x00"
_WHITESPACE_ESCAPE = r"(?<!\\)((?:\\\\)*)\\s"  # compiled on first use: the stored gates are read instead


def spaced_gate(pattern: str) -> tuple[tuple[str, ...], ...]:
    r"""The gate of ``pattern`` (:func:`literal_gate`) for text in which every run of whitespace is one space (see
    :func:`spaced`): ``\s`` is that space, and literals joined by optional or small mark classes are asked as
    their joined forms ('open[\s\-]?weights?' needs 'open weight', 'open-weight' or 'openweight', not 'open' and
    'weight' anywhere apart).  Each group is required; the joined ones are what make it stricter."""
    marked = re.sub(_WHITESPACE_ESCAPE, lambda m: m.group(1) + _SPACE_MARK, pattern)
    # (a run of whitespace is one space there: '\s+' is one, '\s*' none or one)
    marked = marked.replace(_SPACE_MARK + "+", _SPACE_MARK).replace(_SPACE_MARK + "*", _SPACE_MARK + "?")
    alternatives = _tree(marked)
    gate = literal_gate(marked)
    if len(alternatives) == 1:
        gate = tuple(dict.fromkeys((*_joined(alternatives[0]), *gate)))
    return tuple(tuple(lit.replace(_SPACE_MARK, " ") for lit in group) for group in gate)


def spaced(text: str) -> str:
    """``text`` with every run of whitespace one space (for :func:`spaced_gate`; offsets are not kept)."""
    inner = " ".join(text.split())
    return (" " if text[:1].isspace() else "") + inner + (" " if text[-1:].isspace() and inner else "")


def _mark_class(kind: int, value: object) -> tuple[str, ...]:
    """The characters of a small class of marks (a group of one-character literals), or ()."""
    if kind != _GROUP:
        return ()
    chars = []
    for seq in value:  # type: ignore[attr-defined]
        if len(seq) != 1 or seq[0][0] != _LIT or seq[0][2] or len(seq[0][1]) != 1:
            return ()
        chars.append(seq[0][1])
    return tuple(chars)


def _joined(seq: list[Item]) -> list[tuple[str, ...]]:
    r"""The literals of runs joined across optional characters and small mark classes, each chain as one group of
    its spellings while there are few ('open', '[ \-]?', 'weight' gives 'open weight', 'open-weight', 'openweight')."""
    groups: list[tuple[str, ...]] = []
    chain: list[str] = [""]

    def close() -> None:
        nonlocal chain
        if (len(chain) > 1 or chain[0]) and all(len(c) > 1 for c in chain):
            groups.append(tuple(dict.fromkeys(chain)))
        chain = [""]

    for kind, value, optional in seq:
        members = _mark_class(kind, value)
        if kind == _LIT:
            options = [value] + ([""] if optional else [])  # type: ignore[list-item]
        elif members:
            options = list(members) + ([""] if optional else [])
        else:
            close()
            continue
        if len(chain) * len(options) > _PRODUCT_UP_TO:
            close()
            if not all(options):
                continue
            chain = list(options)  # type: ignore[arg-type]
            continue
        chain = [c + o for c in chain for o in options]  # type: ignore[operator]
    close()
    return groups  # (a chain of one spelling is a run of the plain gate: spaced_gate keeps one of the two)


def _sequence_gate(seq: list[Item]) -> tuple[tuple[str, ...], ...]:
    """Every literal run of one alternative, and what each mandatory group requires: one literal of any of its
    alternatives, and, while the product stays small, every union of one group of each alternative's own gate
    ('source (alliance|foundation)|models initiative' needs 'source' or 'initiative', and 'alliance',
    'foundation' or 'initiative' too: whichever alternative matched holds every group of its gate)."""
    gate: list[tuple[str, ...]] = list(dict.fromkeys((run,) for run in _runs(seq)))
    for kind, value, optional in seq:
        if kind == _GROUP and not optional:
            found = _required(value)  # type: ignore[arg-type]
            if found:
                gate.append(found)
            # (a group of one alternative is a sequence of its own: all of its gate holds)
            inner = _sequence_gate(value[0]) if len(value) == 1 else _group_product(value)  # type: ignore[arg-type]
            gate.extend(g for g in inner if g not in gate)
    return tuple(gate)


def _group_product(alternatives: list[list[Item]]) -> list[tuple[str, ...]]:
    """The unions of one group of each alternative's gate (none when an alternative requires nothing, or when
    there would be more than a few)."""
    product: list[tuple[str, ...]] = [()]
    for seq in alternatives:
        gate = _sequence_gate(seq)
        if not gate or len(product) * len(gate) > _PRODUCT_UP_TO:
            return []
        product = [tuple(dict.fromkeys(clause + group)) for clause in product for group in gate]
    return product if len(alternatives) > 1 else []


def alternative_gates(pattern: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The literal gate of each top-level alternative of ``pattern`` (as :func:`literal_gate` reads a
    one-alternative pattern): a match needs every group of one of them.  Stricter than :func:`literal_gate`,
    which asks for one literal of any alternative; () when the pattern has one alternative or when some
    alternative requires nothing (then only :func:`literal_gate` can say anything)."""
    alternatives = _tree(pattern)
    if len(alternatives) < 2:
        return ()
    gates = []
    for seq in alternatives:
        gate = _sequence_gate(seq)
        if not gate:
            return ()
        gates.append(gate)
    return tuple(gates)


def alternative_parts(pattern: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The source of each top-level alternative of ``pattern`` (joined by ``|`` they are the pattern) and
    its stub: an expression that never matches and opens the same groups in the same order (``(?!)()``), to
    stand in for it when it cannot match, so that group numbers and names stay.  None when the pattern has
    one alternative or sets flags for all of it inline (``(?i)``, which must stay at the start)."""
    tokens = re.findall(_TOKEN_SOURCE, pattern, re.S)
    sources: list[list[str]] = [[]]
    stubs: list[list[str]] = [["(?!)"]]
    depth = 0
    for tok in tokens:
        if tok == "|" and depth == 0:
            sources.append([])
            stubs.append(["(?!)"])
            continue
        sources[-1].append(tok)
        if re.fullmatch(r"\(\?[aiLmsux-]+\)", tok):
            return None
        if tok == ")":
            depth -= 1
        elif tok[0] == "(" and (not tok.endswith(")") or tok.startswith("(?(")):  # opens a group ((?P=name) does not)
            depth += 1
            if tok == "(" or tok.startswith("(?P<"):
                stubs[-1].append(tok + ")" if tok != "(" else "()")
    joined = tuple("".join(parts) for parts in sources)
    if len(joined) < 2 or depth != 0 or "|".join(joined) != pattern:
        return None
    return joined, tuple("".join(parts) for parts in stubs)


# The gates of the project's own patterns are read once, when the wheel is built, into the generated module
# openwash/data/regex_gates.py (reading a few hundred patterns costs as much as compiling them, in every
# process); tests/test_regex_gates.py fails when it is stale.  Patterns made at run time (own-name
# matchers, phrases a user adds) are read when first used.  Each gate is stored as one string
# (:func:`encode_gate`), which loads faster than nested tuples and is decoded when it is looked up.
GATES_MODULE = "openwash.data.regex_gates"
# ... and the gates of each alternative of the patterns that ask for them (lazyre.compile(...,
# by_alternative=True)), with their sources and stubs, in openwash/data/regex_alternatives.py
ALTERNATIVES_MODULE = "openwash.data.regex_alternatives"
_GROUPS = "\x1e"  # between the groups of a gate
_LITERALS = "\x1f"  # between the literals of a group


def encode_gate(gate: tuple[tuple[str, ...], ...]) -> str:
    """``gate`` as one string: its groups joined by U+001E, the literals of a group by U+001F ("" for the
    empty gate).  ValueError for a gate the string cannot give back (a literal holding a separator, an
    empty group)."""
    text = _GROUPS.join(_LITERALS.join(group) for group in gate)
    if decode_gate(text) != gate:
        raise ValueError(f"a gate that cannot be stored as one string: {gate!r}")
    return text


def decode_gate(text: str) -> tuple[tuple[str, ...], ...]:
    """The gate :func:`encode_gate` stored as ``text``."""
    return tuple(tuple(group.split(_LITERALS)) for group in text.split(_GROUPS)) if text else ()
