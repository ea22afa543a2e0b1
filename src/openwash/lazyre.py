"""Regular expressions compiled the first time they are used.

The claim grammar, the license tables and the evidence finders hold a few
hundred module-level patterns, and compiling them costs more than the rest of a
typical pre-commit run (Python compiles large Unicode classes such as the CJK
ranges character by character).  Most runs need only some of them: an English
README never touches the Chinese or Japanese patterns.  ``compile`` returns a
stand-in that compiles on first use, so a run pays for what it uses.

Most patterns also need some literal text to match ('licen', 'weights', a CJK word).  The stand-in reads
those from the pattern's source (:mod:`openwash.regex_literals`) and answers "no match" without compiling
or running the pattern while the text holds none of them: an English README never compiles a CJK pattern.
A pattern that ignores case is asked about the text lower-cased (:func:`folded`, which also maps the few
characters outside ASCII that IGNORECASE matches to an ASCII letter), with its ASCII and caseless literals.
A pattern made of alternatives that is asked about long texts (an evidence finder's cue, searched in every
block of a model card) can ask for each alternative's literals instead (``by_alternative=True``): the text
must then hold every literal of one alternative, not just one literal of any.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from openwash import generated
from openwash.regex_literals import (
    ALTERNATIVES_MODULE,
    GATES_MODULE,
    alternative_gates,
    alternative_parts,
    decode_gate,
    literal_gate,
    spaced_gate,
)

# The flags as plain ints: ``n & re.VERBOSE`` with a ``re.RegexFlag`` on either side runs enum's Python-level
# operators (a few microseconds each, asked of every pattern a run gates: 5 M of the 746 M instructions of a check
# of meta-llama/llama3, about 0.7 ms).
_VERBOSE = re.VERBOSE.value
_IGNORECASE = re.IGNORECASE.value


class LazyPattern:
    """A ``re.Pattern`` that is compiled on first use; ``pattern`` and ``flags`` are known before."""

    __slots__ = ("_compiled", "_fold", "_gate", "flags", "pattern")
    by_alternative = False

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = int(flags)  # a plain int, as re.Pattern.flags is (see _VERBOSE)
        self._compiled: re.Pattern[str] | None = None
        self._gate: tuple[tuple[str, ...], ...] | None = None
        self._fold = False

    def may_match(self, string: str) -> bool:
        """False when ``string`` lacks a literal every match needs (then no match is possible)."""
        gate = self._gate
        if gate is None:
            gate = self._gate = gate_of(self.pattern, self.flags)
            self._fold = bool(gate) and _ignores_case(self.pattern, self.flags)
        if not gate:
            return True
        if self._fold:
            last = _last_folded  # folded's own cache, asked here first (one call less per pattern asked)
            string = last[1] if string is last[0] else folded(string)
        for group in gate:
            for literal in group:
                if literal in string:
                    break
            else:
                return False
        return True

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    # the whole string is tested, not string[pos:endpos]: a lookbehind may see before pos
    def search(self, string: str, *args: int) -> re.Match[str] | None:
        return (self._compiled or self.compiled()).search(string, *args) if self.may_match(string) else None

    def match(self, string: str, *args: int) -> re.Match[str] | None:
        return (self._compiled or self.compiled()).match(string, *args) if self.may_match(string) else None

    def fullmatch(self, string: str, *args: int) -> re.Match[str] | None:
        return (self._compiled or self.compiled()).fullmatch(string, *args) if self.may_match(string) else None

    def finditer(self, string: str, *args: int) -> Iterator[re.Match[str]]:
        return (self._compiled or self.compiled()).finditer(string, *args) if self.may_match(string) else iter(())

    def findall(self, string: str, *args: int) -> list[Any]:
        return (self._compiled or self.compiled()).findall(string, *args) if self.may_match(string) else []

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return (self._compiled or self.compiled()).sub(repl, string, count) if self.may_match(string) else string

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        return self.compiled().subn(repl, string, count) if self.may_match(string) else (string, 0)

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        return self.compiled().split(string, maxsplit) if self.may_match(string) else [string]

    @property
    def groupindex(self) -> Any:
        return self.compiled().groupindex

    @property
    def groups(self) -> int:
        return self.compiled().groups

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r}, {self.flags})"


_REDUCED_UP_TO = 2


class AlternativesPattern(LazyPattern):
    """A :class:`LazyPattern` made of alternatives that is gated alternative by alternative: a text must hold
    every literal of one alternative (:func:`alternative_gates_of`), not just one literal of any.  What is
    compiled is the pattern less the alternatives that cannot match any text asked so far (each replaced by a
    stub that never matches and holds its groups, so that group numbers and names stay): an alternative whose
    literals a text lacks cannot match anywhere in it, so the matches are those of the whole pattern.  After
    two such patterns, the whole pattern is compiled (many texts that need different alternatives)."""

    __slots__ = ("_alternatives", "_folds", "_parts", "_reduced")
    by_alternative = True

    def __init__(self, pattern: str, flags: int = 0) -> None:
        super().__init__(pattern, flags)
        self._alternatives: tuple[tuple[tuple[str, ...], ...], ...] | None = None  # None: not read yet
        self._parts: tuple[tuple[str, ...], tuple[str, ...]] | None = None  # (sources, stubs), or None
        self._folds = False
        self._reduced: dict[int, re.Pattern[str]] = {}  # the patterns compiled, by the alternatives they hold

    def _viable(self, string: str) -> int:
        """The alternatives that ``string`` holds every literal of, as bits (-1: all, or not known)."""
        if not LazyPattern.may_match(self, string):
            return 0
        alternatives = self._alternatives
        if alternatives is None:
            alternatives = alternative_gates_of(self.pattern, self.flags)
            self._parts = alternative_parts_of(self.pattern, self.flags) if alternatives else None
            self._folds = _ignores_case(self.pattern, self.flags)
            self._alternatives = alternatives  # last: a thread that sees it sees the two above
        if not alternatives:
            return -1
        if self._folds:
            string = folded(string)
        viable = 0
        bit = 1
        for alternative in alternatives:
            for group in alternative:
                for literal in group:
                    if literal in string:
                        break
                else:
                    break  # a group of this alternative is missing
            else:
                viable |= bit  # every group of this alternative is there
            bit <<= 1
        return viable

    def may_match(self, string: str) -> bool:
        return self._viable(string) != 0

    def _for(self, string: str) -> re.Pattern[str] | None:
        """The compiled pattern to run on ``string`` (None: it cannot match)."""
        viable = self._viable(string)
        if viable == 0:
            return None
        parts = self._parts
        if viable < 0 or parts is None:
            return self.compiled()
        reduced = self._reduced  # never changed once made: a new table replaces it (threads share patterns)
        for enabled, rx in reduced.items():  # one that holds every alternative that can match
            if viable & ~enabled == 0:
                return rx
        sources, stubs = parts
        if len(reduced) >= _REDUCED_UP_TO or viable == (1 << len(sources)) - 1:
            rx = self.compiled()
            self._reduced = {**reduced, (1 << len(sources)) - 1: rx}
        else:
            rx = re.compile("|".join(source if viable >> i & 1 else stubs[i] for i, source in enumerate(sources)),
                            self.flags)
            self._reduced = {**reduced, viable: rx}
        return rx

    def search(self, string: str, *args: int) -> re.Match[str] | None:
        rx = self._for(string)
        return rx.search(string, *args) if rx is not None else None

    def match(self, string: str, *args: int) -> re.Match[str] | None:
        rx = self._for(string)
        return rx.match(string, *args) if rx is not None else None

    def fullmatch(self, string: str, *args: int) -> re.Match[str] | None:
        rx = self._for(string)
        return rx.fullmatch(string, *args) if rx is not None else None

    def finditer(self, string: str, *args: int) -> Iterator[re.Match[str]]:
        rx = self._for(string)
        return rx.finditer(string, *args) if rx is not None else iter(())

    def findall(self, string: str, *args: int) -> list[Any]:
        rx = self._for(string)
        return rx.findall(string, *args) if rx is not None else []

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        rx = self._for(string)
        return rx.sub(repl, string, count) if rx is not None else string

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        rx = self._for(string)
        return rx.subn(repl, string, count) if rx is not None else (string, 0)

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        rx = self._for(string)
        return rx.split(string, maxsplit) if rx is not None else [string]

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r}, {self.flags}, by_alternative=True)"


_stored_tables: dict[tuple[str, str], dict[str, Any]] = {}  # (module, name) -> the table, read once


def _stored(module: str, name: str) -> dict[str, Any]:
    """A table about the project's own patterns, written when the wheel was built (python -m openwash.regex_gates),
    read on first use; {} when it is missing or broken (the answers are then worked out from the patterns)."""
    table = _stored_tables.get((module, name))
    if table is None:
        stored = generated.load(module, name)
        table = _stored_tables[module, name] = stored if isinstance(stored, dict) else {}
    return table


def _stored_gates() -> dict[str, str]:
    """The gates of the project's own patterns, each as one string (regex_literals.encode_gate)."""
    return _stored(GATES_MODULE, "GATES")


def gate_of(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    """The literal gate of ``pattern``: groups of strings, one of each group in every match.  For a pattern
    that ignores case, the gate is in :func:`folded` form and is tested against folded text."""
    # verbose patterns say their literals differently, and a flag turned off inside a pattern is not read:
    # those always run
    if int(flags) & _VERBOSE or _inline_flags(pattern) & {"x", "-"}:
        return ()
    known = _stored_gates().get(pattern)
    gate = decode_gate(known) if known is not None else literal_gate(pattern)
    if _ignores_case(pattern, flags):
        # a group keeps its place only when all its literals can be folded (ASCII, or characters without
        # case, such as CJK): a group that is dropped asks for nothing, which is never a wrong skip
        gate = tuple(tuple(dict.fromkeys(lit.lower() for lit in group)) for group in gate
                     if all(lit.isascii() or _caseless(lit) for lit in group))
    return gate


#: the key under which the stored table holds a pattern's :func:`spaced_gate_of` (no pattern starts with NUL)
SPACED_KEY = "\x00spaced\x00"


def spaced_gate_of(pattern: str) -> tuple[tuple[str, ...], ...]:
    r"""The gate of ``pattern`` for text whose whitespace runs are one space each (:func:`openwash.regex_literals.
    spaced_gate`; the text is :func:`openwash.regex_literals.spaced`): literals joined across optional marks and
    spaces, so that 'open' in 'openness' and 'weights' far from it do not pass 'open[\s-]?weights?'.  For a pattern
    that matches the text as written (no case folding)."""
    known = _stored_gates().get(SPACED_KEY + pattern)
    return decode_gate(known) if known is not None else spaced_gate(pattern)


def _stored_alternatives(pattern: str) -> tuple[Any, Any] | None:
    """(the gates of its alternatives, (their sources, their stubs) or None), for a project pattern."""
    return _stored(ALTERNATIVES_MODULE, "ALTERNATIVES").get(pattern)  # type: ignore[no-any-return]


def alternative_gates_of(pattern: str, flags: int = 0) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The gates of the top-level alternatives of ``pattern`` (:func:`openwash.regex_literals.alternative_gates`,
    folded as :func:`gate_of` folds), or () when they say nothing more than :func:`gate_of`."""
    if int(flags) & _VERBOSE or _inline_flags(pattern) & {"x", "-"}:
        return ()
    known = _stored_alternatives(pattern)
    gates = known[0] if known is not None else alternative_gates(pattern)
    if gates and _ignores_case(pattern, flags):
        # as in gate_of: a group with a literal that cannot be folded asks for nothing; an alternative left
        # asking for nothing makes the whole test say nothing
        gates = tuple(tuple(tuple(dict.fromkeys(lit.lower() for lit in group)) for group in gate
                            if all(lit.isascii() or _caseless(lit) for lit in group)) for gate in gates)
        if not all(gates):
            return ()
    return gates


def alternative_parts_of(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The sources of the top-level alternatives of ``pattern`` and their stubs
    (:func:`openwash.regex_literals.alternative_parts`), or None when the pattern is compiled whole."""
    known = _stored_alternatives(pattern)
    if known is not None:
        return known[1]  # type: ignore[no-any-return]
    return alternative_parts(pattern)


def _ignores_case(pattern: str, flags: int) -> bool:
    return bool(int(flags) & _IGNORECASE) or "i" in _inline_flags(pattern)


def _caseless(text: str) -> bool:
    return text.lower() == text == text.upper() == text.casefold()


# With IGNORECASE, an ASCII letter of a pattern also matches these characters (and nothing else outside
# ASCII but what str.lower() maps to it: U+212A KELVIN SIGN -> k); U+0130 is replaced before lower-casing,
# which would make it two characters ("i" and a combining dot).  tests/test_regex_gates.py reads the full
# list from the re module itself.
_FOLDS_TO_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s"}
_last_folded: tuple[str, str] = ("", "")  # (text, folded): one object, replaced whole (threads share it)


def folded(text: str) -> str:
    """``text`` as the gate of a pattern that ignores case reads it: every character that IGNORECASE lets
    match an ASCII letter is that letter, lower-cased (other characters: lower-cased, which for characters
    without case changes nothing).  The last answer is kept: a finder asks many patterns about one text."""
    global _last_folded
    last = _last_folded
    if text is last[0]:
        return last[1]
    if text.isascii():
        out = text.lower()
    else:
        out = text
        for ch, ascii_letter in _FOLDS_TO_ASCII.items():
            if ch in out:
                out = out.replace(ch, ascii_letter)
        out = out.lower()
    _last_folded = (text, out)
    return out


_FLAG_OPENERS = tuple(f"(?{flag}" for flag in "aiLmsux-")
_NO_FLAGS: frozenset[str] = frozenset()
# pattern -> its inline flags (gating a pattern asks two to six times); emptied when full, so that a long sweep
# whose patterns are built at run time does not keep them all
_flags_of: dict[str, frozenset[str]] = {}
_FLAGS_KEPT = 4096


def _inline_flags(pattern: str) -> frozenset[str]:
    found = _flags_of.get(pattern)
    if found is None:
        if len(_flags_of) >= _FLAGS_KEPT:
            _flags_of.clear()
        if pattern in _stored_gates():
            # a project pattern: its inline flags were read when the wheel was built (few patterns have any)
            stored = _stored(GATES_MODULE, "INLINE_FLAGS").get(pattern)  # (only those that have any are listed)
            found = _flags_of[pattern] = frozenset(stored) if stored else _NO_FLAGS
        else:
            found = _flags_of[pattern] = read_inline_flags(pattern)
    return found


def read_inline_flags(pattern: str) -> frozenset[str]:
    # Most patterns hold many groups ('(?:', '(?=', '(?<!') and no inline flag: eight substring tests in C
    # say so without walking every '(?' in Python (~0.4 ms of a check of meta-llama/llama3 when asked each
    # time; the answers are kept, since gating a pattern asks for them again and again).
    if not any(opener in pattern for opener in _FLAG_OPENERS):
        return _NO_FLAGS
    found: set[str] = set()
    at = pattern.find("(?")
    while at >= 0:
        j = at + 2
        while j < len(pattern) and pattern[j] in "aiLmsux-":
            found.add(pattern[j])
            j += 1
        at = pattern.find("(?", at + 2)
    return frozenset(found)


def compile(pattern: str, flags: int = 0, *, by_alternative: bool = False) -> LazyPattern:
    return AlternativesPattern(pattern, flags) if by_alternative else LazyPattern(pattern, flags)


# Wide characters: CJK punctuation and ideographs, kana, hangul, full-width forms (U+2E80 to U+FFFF).  A
# character class that mixes a few of them with ASCII makes Python build a 64 K-entry table when compiling
# (about 0.5 ms a pattern), although text without them never needs those alternatives.
_WIDE_FIRST = "\u2e80"
_WIDE_LAST = "\uffff"
_last_wide: tuple[str, bool] = ("", False)  # (text, answer): one object, replaced whole (threads share it)


def has_wide(text: str) -> bool:
    """Whether ``text`` holds a wide character (U+2E80 to U+FFFF), so that a :class:`ByScript` needs its full
    pattern; the last answer is kept (many patterns ask about one text).  A question of compile cost, not of
    language: :func:`openwash.claims.text.has_cjk` says whether text is Chinese, Japanese or Korean."""
    global _last_wide
    last = _last_wide
    if text is last[0]:
        return last[1]
    # no pattern here: a class of this range makes Python fill its table character by character (~4 ms).
    # Characters outside the Basic Multilingual Plane (emoji: 'Weights on 🤗') are narrow: no pattern has an
    # alternative that needs one, and a README's emoji would otherwise compile every wide twin.
    found = False
    if not text.isascii():
        top = max(text)
        found = top >= _WIDE_FIRST and (top <= _WIDE_LAST or any(c <= _WIDE_LAST for c in text if c >= _WIDE_FIRST))
    _last_wide = (text, found)
    return found


class _NoMatch:
    """The narrow twin of a pattern all of whose alternatives need a wide character (the Chinese and Japanese
    dependency and negation patterns): it never matches, and nothing is compiled to say so."""

    __slots__ = ()
    pattern = "(?!)"

    def search(self, string: str, *args: int) -> None:
        return None

    match = fullmatch = search

    def finditer(self, string: str, *args: int) -> Iterator[re.Match[str]]:
        return iter(())

    def findall(self, string: str, *args: int) -> list[Any]:
        return []

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return string

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        return [string]


NO_MATCH = _NoMatch()


class ByScript:
    """A pattern with a narrow twin for text without wide characters: ``narrow`` is ``full`` without the
    alternatives (and class members) that need a wide character, so the two agree on such text and an
    English document never compiles the wide part (tests/test_regex_gates.py checks the agreement)."""

    __slots__ = ("full", "narrow")

    def __init__(self, full: str, narrow: str, flags: int = 0, *, gated: bool = True,
                 by_alternative: bool = False) -> None:
        self.full = compile(full, flags, by_alternative=by_alternative)
        self.narrow: LazyPattern | _NoMatch = compile(narrow, flags, by_alternative=by_alternative) if narrow else NO_MATCH
        if not gated:  # a pattern built at run time, whose literals would cost as much to read as to compile
            for half in (self.full, self.narrow):
                if isinstance(half, LazyPattern):
                    half._gate = ()
                if isinstance(half, AlternativesPattern):
                    half._alternatives = ()

    @property
    def pattern(self) -> str:
        return self.full.pattern

    @property
    def flags(self) -> int:
        return self.full.flags

    def pick(self, string: str) -> LazyPattern | _NoMatch:
        return self.full if has_wide(string) else self.narrow

    def search(self, string: str, *args: int) -> re.Match[str] | None:
        return self.pick(string).search(string, *args)

    def match(self, string: str, *args: int) -> re.Match[str] | None:
        return self.pick(string).match(string, *args)

    def fullmatch(self, string: str, *args: int) -> re.Match[str] | None:
        return self.pick(string).fullmatch(string, *args)

    def finditer(self, string: str, *args: int) -> Iterator[re.Match[str]]:
        return self.pick(string).finditer(string, *args)

    def findall(self, string: str, *args: int) -> list[Any]:
        return self.pick(string).findall(string, *args)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self.pick(string).sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        return self.pick(string).split(string, maxsplit)

    def __repr__(self) -> str:
        return f"lazyre.ByScript({self.full.pattern!r}, {self.narrow.pattern!r})"


def by_script(full: str, narrow: str, flags: int = 0, *, gated: bool = True, by_alternative: bool = False) -> ByScript:
    return ByScript(full, narrow, flags, gated=gated, by_alternative=by_alternative)
