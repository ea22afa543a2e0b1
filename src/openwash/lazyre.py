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
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openwash.regex_literals import GATES_FILE, literal_gate


class LazyPattern:
    """A ``re.Pattern`` that is compiled on first use; ``pattern`` and ``flags`` are known before."""

    __slots__ = ("_compiled", "_gate", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None
        self._gate: tuple[tuple[str, ...], ...] | None = None

    def may_match(self, string: str) -> bool:
        """False when ``string`` lacks a literal every match needs (then no match is possible)."""
        gate = self._gate
        if gate is None:
            gate = self._gate = gate_of(self.pattern, self.flags)
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
        return self.compiled().search(string, *args) if self.may_match(string) else None

    def match(self, string: str, *args: int) -> re.Match[str] | None:
        return self.compiled().match(string, *args) if self.may_match(string) else None

    def fullmatch(self, string: str, *args: int) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, *args) if self.may_match(string) else None

    def finditer(self, string: str, *args: int) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, *args) if self.may_match(string) else iter(())

    def findall(self, string: str, *args: int) -> list[Any]:
        return self.compiled().findall(string, *args) if self.may_match(string) else []

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count) if self.may_match(string) else string

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


_known_gates: dict[str, list[list[str]]] | None = None


def gate_of(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    # case-folding and verbose patterns say their literals differently: those always run
    if flags & (re.IGNORECASE | re.VERBOSE) or _inline_flags(pattern) & {"i", "x", "-"}:
        return ()
    global _known_gates
    if _known_gates is None:  # the project's own patterns, read when the wheel was built (regex_literals)
        try:
            path = Path(__file__).parent / "data" / GATES_FILE
            _known_gates = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            _known_gates = {}
    known = _known_gates.get(pattern)
    if known is not None:
        return tuple(tuple(group) for group in known)
    return literal_gate(pattern)


def _inline_flags(pattern: str) -> set[str]:
    found: set[str] = set()
    at = pattern.find("(?")
    while at >= 0:
        j = at + 2
        while j < len(pattern) and pattern[j] in "aiLmsux-":
            found.add(pattern[j])
            j += 1
        at = pattern.find("(?", at + 2)
    return found


def compile(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
