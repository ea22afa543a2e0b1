"""Word classes matched word by word instead of by a compiled regular expression.

A class of a few hundred words and expressions ('outperform…', 'better than', "can't", 'this … project')
compiled as one alternation costs about a millisecond in every process, and the claim judgement asks a
dozen such classes about every candidate sentence.  Here a class is a table keyed by its first word: a
search walks the words of the text (one small shared pattern finds them) and tries only the entries that
begin with that word.  The answer is the regular expression's: the leftmost match, and at one position
the first entry in the order written, bounded by non-word characters on both sides.

Entry syntax (entries separated by ``|``):

* letters and digits: the word itself; ``*`` after a word: any continuation in letters ('outperform*');
* a space: one or more spaces; ``~``: exactly one space or hyphen ('closed~source');
* ``…N``: up to N words (each followed by spaces) in between, as few as possible;
* ``{name}``: any one word of the named set given to :func:`words`;
* any other character stands for itself ("can't", 'vs.', '100%').

Languages whose classes do not fit this (CJK has no word boundaries) keep regular-expression fragments;
:class:`WordClass` searches both and compiles the fragments only when the text holds one of their literals.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from openwash import lazyre
from openwash.records import record

_TOKEN = re.compile(r"\w+")
_HYPHENS = "-\u2010\u2011"


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches in a str pattern


# piece kinds
_WORD, _STEM, _SPACES, _ONE_SEP, _GAP, _SET, _LITERAL = range(7)
Piece = tuple[int, object]


@record(frozen=True)
class WordMatch:
    """The part of ``re.Match`` the claim judgement uses."""

    string: str
    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def span(self) -> tuple[int, int]:
        return self.begin, self.finish

    def group(self, index: int = 0) -> str:
        if index:
            raise IndexError("word classes have no groups")
        return self.string[self.begin:self.finish]


def _parse(entry: str, sets: dict[str, frozenset[str]]) -> list[Piece]:
    # Most entries are plain words between single spaces ('better than'): read those with str methods, which
    # is what a run pays for on first use of a class (a few hundred entries; tests check both readings agree).
    parts = entry.split(" ")
    if all(part.isalnum() for part in parts):
        pieces: list[Piece] = [(_WORD, parts[0])]
        for part in parts[1:]:
            pieces += ((_SPACES, None), (_WORD, part))
        return pieces
    return _parse_entry(entry, sets)


def _parse_entry(entry: str, sets: dict[str, frozenset[str]]) -> list[Piece]:
    """The pieces of an entry of any form (the syntax of the module docstring)."""
    pieces: list[Piece] = []
    i = 0
    while i < len(entry):
        ch = entry[i]
        if _is_word(ch):
            j = i
            while j < len(entry) and _is_word(entry[j]):
                j += 1
            if entry[j:j + 1] == "*":
                pieces.append((_STEM, entry[i:j]))
                j += 1
            else:
                pieces.append((_WORD, entry[i:j]))
            i = j
        elif ch == " ":
            while i < len(entry) and entry[i] == " ":
                i += 1
            pieces.append((_SPACES, None))
        elif ch == "~":
            pieces.append((_ONE_SEP, None))
            i += 1
        elif ch == "…":
            j = i + 1
            while j < len(entry) and entry[j].isdigit():
                j += 1
            pieces.append((_GAP, int(entry[i + 1:j])))
            i = j
            if entry[i:i + 1] == " ":
                i += 1  # the gap's words each end in spaces already
        elif ch == "{":
            j = entry.index("}", i)
            pieces.append((_SET, sets[entry[i + 1:j]]))
            i = j + 1
        else:
            pieces.append((_LITERAL, ch))
            i += 1
    if not pieces or pieces[0][0] not in (_WORD, _STEM):
        raise ValueError(f"a word-class entry must begin with a word: {entry!r}")
    return pieces


def _word_end(text: str, k: int, end: int) -> int:
    while k < end and _is_word(text[k]):
        k += 1
    return k


def _match(pieces: Sequence[Piece], n: int, text: str, k: int, end: int) -> int | None:
    """Where pieces[n:] matched from ``text[k]`` end, or None."""
    while n < len(pieces):
        kind, value = pieces[n]
        if kind == _WORD:
            word = value  # type: ignore[assignment]
            if k + len(word) > end or not text.startswith(word, k):  # type: ignore[arg-type]
                return None
            k += len(word)  # type: ignore[arg-type]
        elif kind == _STEM:
            stem = value
            if k + len(stem) > end or not text.startswith(stem, k):  # type: ignore[arg-type]
                return None
            k = _word_end(text, k + len(stem), end)  # type: ignore[arg-type]
        elif kind == _SPACES:
            if k >= end or not text[k].isspace():
                return None
            while k < end and text[k].isspace():
                k += 1
        elif kind == _ONE_SEP:
            if k >= end or not (text[k].isspace() or text[k] in _HYPHENS):
                return None
            k += 1
        elif kind == _LITERAL:
            if k >= end or text[k] != value:
                return None
            k += 1
        elif kind == _SET:
            stop = _word_end(text, k, end)
            if stop == k or text[k:stop] not in value:  # type: ignore[operator]
                return None
            k = stop
        else:  # _GAP: as few words as possible, each a run of word characters and hyphens ending in spaces
            for _ in range(int(value) + 1):  # type: ignore[call-overload]
                found = _match(pieces, n + 1, text, k, end)
                if found is not None:
                    return found
                j = k
                while j < end and (_is_word(text[j]) or text[j] == "-"):
                    j += 1
                if j == k or j >= end or not text[j].isspace():
                    return None
                while j < end and text[j].isspace():
                    j += 1
                k = j
            return None
        n += 1
    return k if k >= end or not _is_word(text[k]) else None


class Words:
    """The entries of one language's word class (see the module docstring for the syntax)."""

    def __init__(self, entries: str, sets: dict[str, frozenset[str]] | None = None, rest: str = "") -> None:
        self.source = entries
        #: the language's alternatives this syntax cannot say, as a regular-expression fragment
        self.rest = rest
        self._sets = sets or {}
        self._entries = [e for e in entries.split("|") if e.strip()]
        for entry in self._entries:
            if not _is_word(entry[0]):
                raise ValueError(f"a word-class entry must begin with a word: {entry!r}")
        self._tables: tuple[dict[str, list[tuple[int, list[Piece]]]],
                            dict[str, list[tuple[int, str, list[Piece]]]]] | None = None

    def index(self) -> tuple[dict[str, list[tuple[int, list[Piece]]]], dict[str, list[tuple[int, str, list[Piece]]]]]:
        """The entries by first word and by the first three letters of a first stem, read when the class is
        first asked (a run that judges a claim asks about half of the classes; reading one costs up to 0.4 ms)."""
        if self._tables is None:
            by_word: dict[str, list[tuple[int, list[Piece]]]] = {}
            stems: dict[str, list[tuple[int, str, list[Piece]]]] = {}
            for index, entry in enumerate(self._entries):
                pieces = _parse(entry, self._sets)
                kind, first = pieces[0]
                if kind == _WORD:
                    by_word.setdefault(str(first), []).append((index, pieces))
                else:
                    stems.setdefault(str(first)[:3], []).append((index, str(first), pieces))
            self._tables = (by_word, stems)  # one assignment: a thread sees both tables or neither
        return self._tables

    def _candidates(self, word: str) -> list[list[Piece]]:
        by_word, stems = self._tables or self.index()
        found = list(by_word.get(word, ()))
        found += [(i, p) for i, stem, p in stems.get(word[:3], ()) if word.startswith(stem)]
        if len(found) > 1:
            found.sort(key=lambda c: c[0])
        return [p for _i, p in found]

    def match_at(self, text: str, k: int, end: int) -> int | None:
        """Where the first entry that matches at word start ``k`` ends (None if none does)."""
        for pieces in self._candidates(text[k:_word_end(text, k, end)]):
            found = _match(pieces, 0, text, k, end)
            if found is not None:
                return found
        return None

    def ends_at(self, text: str, k: int, end: int) -> set[int]:
        """Where any entry that matches at ``k`` ends (for ``fullmatch``)."""
        out = set()
        for pieces in self._candidates(text[k:_word_end(text, k, end)]):
            found = _match(pieces, 0, text, k, end)
            if found is not None:
                out.add(found)
        return out


class WordClass:
    """One grammatical class in every language: word tables, and the regular-expression fragments of the
    languages written that way (compiled on first use, and used only when the text holds a literal every
    match of them needs)."""

    def __init__(self, tables: Sequence[Words], fragments: str | Sequence[str] = ()) -> None:
        self.tables = tuple(tables)
        # one pattern per language: a lazyre pattern is compiled and run only when the text holds a literal its
        # matches need, and an alternation of every language's fragments would need only the literals of one
        self.fragments = (fragments,) if isinstance(fragments, str) else tuple(fragments)
        self._rests = tuple(lazyre.compile(f) for f in self.fragments if f)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> WordMatch | re.Match[str] | None:
        end = len(text) if endpos is None else min(endpos, len(text))
        best: WordMatch | re.Match[str] | None = None
        if self.tables:
            for m in _TOKEN.finditer(text, pos, end):
                k = m.start()
                if k and _is_word(text[k - 1]):
                    continue  # inside a word: no left boundary
                for table in self.tables:
                    found = table.match_at(text, k, end)
                    if found is not None:
                        best = WordMatch(text, k, found)
                        break
                if best is not None:
                    break
        for rest in self._rests:
            other = rest.search(text, pos, end)
            if other is not None and (best is None or other.start() < best.start()):
                best = other
        return best

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[WordMatch | re.Match[str]]:
        end = len(text) if endpos is None else min(endpos, len(text))
        while pos <= end:
            m = self.search(text, pos, end)
            if m is None:
                return
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1

    def match(self, text: str, pos: int = 0) -> WordMatch | re.Match[str] | None:
        if pos < len(text) and _is_word(text[pos]) and not (pos and _is_word(text[pos - 1])):
            for table in self.tables:
                found = table.match_at(text, pos, len(text))
                if found is not None:
                    return WordMatch(text, pos, found)
        return next((m for m in (rest.match(text, pos) for rest in self._rests) if m is not None), None)

    def fullmatch(self, text: str) -> WordMatch | re.Match[str] | None:
        if text and _is_word(text[0]) and any(len(text) in t.ends_at(text, 0, len(text)) for t in self.tables):
            return WordMatch(text, 0, len(text))
        return next((m for m in (rest.fullmatch(text) for rest in self._rests) if m is not None), None)


def words(entries: str, rest: str = "", **sets: str) -> Words:
    """A language's word table; ``rest`` is a regular-expression fragment for what the entry syntax cannot
    say, and each other keyword names a set of words (space-separated) for ``{name}``."""
    return Words(entries, {name: frozenset(ws.split()) for name, ws in sets.items()}, rest)
