"""Finding openness phrases: the first pass on raw text, lower-casing with stable offsets, sentences, and
the phrase mentions of a block (overlaps resolved).

The phrase table is derived from the language lexicons (:mod:`openwash.claims.lexicon`) when the first
document is judged: every phrase has a literal that each of its matches contains (most blocks hold none of
them, so the common case is a plain substring test), and a phrase with no such literal runs as it is.  A
phrase added to a language's lexicon is therefore always seen.  (The quick pass asks first
:mod:`openwash.claims.prefilter`, which holds this first pass as written ahead of time.)
"""

from __future__ import annotations

import re
from functools import cache

from openwash import lazyre, regex_literals
from openwash.documents import lower_keeping_offsets

_CORE_PHRASE = lazyre.compile(r"open[\s\-‐‑]?sourc(?:e|ed|ing)|开源|開源|オープン\s?ソース|오픈\s?소스")


def _specificity(group: tuple[str, ...]) -> tuple[bool, int, int]:
    """How rarely a group of literals is met in prose: one literal of four characters or more first
    ('pes' is in too many words), then the longest shortest literal."""
    return len(group) == 1 and len(group[0]) >= 4, min(6, *map(len, group)), len(group[0])


@cache
def phrase_table() -> tuple[list[tuple[lazyre.LazyPattern, str, str, tuple[tuple[str, ...], ...]]], lazyre.ByScript]:
    """(pattern, kind, strength, literal gate) per phrase, the gate's groups most specific first, and the
    first pass: one scan for a literal of every phrase's most specific group (a literal that contains
    another is left out: the shorter one is in the text whenever the longer one is)."""
    # lazy: the quick pass reads the stored first pass (claims.prefilter) and loads the lexicons only on a hit
    from openwash.claims import lexicon as lx

    table = [(lazyre.compile(pat), kind, strength, tuple(sorted(lazyre.gate_of(pat), key=_specificity, reverse=True)))
             for pat, kind, strength in lx.phrases()]
    literals = {lit for _rx, _kind, _strength, gate in table if gate for lit in gate[0]}
    minimal = {lit for lit in literals if not any(other != lit and other in lit for other in literals)}
    always = {f"(?:{rx.pattern})" for rx, _kind, _strength, gate in table if not gate}
    narrow = {lit for lit in minimal if not lazyre.has_wide(lit)}
    return table, lazyre.by_script("|".join(sorted({re.escape(lit) for lit in minimal} | always)),
                                   "|".join(sorted({re.escape(lit) for lit in narrow} | always)), gated=False)


@cache
def first_pass() -> tuple[lazyre.ByScript, tuple[tuple[tuple[str, ...], ...], ...], tuple[lazyre.LazyPattern, ...]]:
    """What :func:`any_phrase` asks: the first pass, the literal gate of every gated phrase, and the patterns
    of the phrases without one (:mod:`openwash.claims.prefilter` stores the same three)."""
    table, scan = phrase_table()
    return (scan, tuple(gate for _rx, _kind, _strength, gate in table if gate),
            tuple(rx for rx, _kind, _strength, gate in table if not gate))


def holds_phrase(low: str, scan: lazyre.ByScript, gates: tuple[tuple[tuple[str, ...], ...], ...],
                 ungated: tuple[lazyre.LazyPattern, ...]) -> bool:
    """Whether lower-cased text holds every literal some openness phrase needs (the first pass: one scan,
    then substring tests; 'licen' alone, in every licence text, is not 'open licence')."""
    if not scan.search(low):
        return False
    return (any(all(any(lit in low for lit in group) for group in gate) for gate in gates)
            or any(rx.search(low) for rx in ungated))


def any_phrase(low: str) -> bool:
    """:func:`holds_phrase` with the phrase table of the lexicons."""
    return holds_phrase(low, *first_pass())


# (nor does one end before a dash: '**Hasta La Vista, Money!** — это …', a name's own '!' and what the dash says of it)
# (a question ends its sentence before a lower-case word too: '… relate to OWN's notebook? molab is a hosted …', a
# product written in lower case; a full stop before one is an abbreviation's more often than not, and a question
# in brackets is an aside: 'a (partially?) open source agent')
_SENTENCE_END = lazyre.by_script(
    r"(?<=[.!?])[\"'”’)\]*_]*\s+(?=[^\sa-z,;—–])|(?<=\?)[\"'”’*_]*\s+(?=[a-z])|(?<=[。！？；])\s*|\s+\|\s+|\s*\|\s*$|^\s*\|\s*|\s+·\s+|\s{3,}",
    r"(?<=[.!?])[\"'”’)\]*_]*\s+(?=[^\sa-z,;—–])|(?<=\?)[\"'”’*_]*\s+(?=[a-z])|\s+\|\s+|\s*\|\s*$|^\s*\|\s*|\s+·\s+|\s{3,}",
)


# asked about the lower-cased end of a sentence (a class of letters that ignores case costs a 64 K-entry table
# to compile: s, k and i fold to characters beyond Latin-1)
_ABBREV = lazyre.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|inc|ltd|co|dr|mr|ms|no|fig|al|approx|cf|resp|ca|jr|sr|st)|\b[a-z])\.$")


def _word_around(low: str, start: int, end: int) -> str:
    """The word, between spaces, that holds the phrase at [start, end), without the marks around it."""
    right = low.find(" ", end)
    return low[low.rfind(" ", 0, start) + 1:right if right >= 0 else len(low)].strip("*_`()[],;!?")


def _slash_alternatives(low: str, start: int, end: int) -> bool:
    """The phrase is one of two words a slash joins in prose ('Opensource/Free', 'free/open-source'), not a part of
    a path: the only slash of a word with no dot, colon or @ in it, standing between letters."""
    token = _word_around(low, start, end)
    slash = token.find("/")
    return token.count("/") == 1 and 0 < slash < len(token) - 1 and not any(c in token for c in ".:@\\#_") \
        and token[slash - 1].isalpha() and token[slash + 1].isalpha()


def _in_path(low: str, start: int, end: int) -> bool:
    """The phrase is a piece of a word that holds a slash or a colon inside it: a path, an image's tag or a slug
    ('org/image:dense-infer-open-source'), when a hyphen glues the phrase to the rest of it."""
    token = _word_around(low, start, end).strip("'\"").rstrip(":")
    return "/" in token or ":" in token


def lower(text: str) -> str:
    """Lower-case without changing the length (so offsets stay valid).  A double hyphen between spaces is the dash
    of a typewriter ('… complaining about it -- this is an open source project'): it reads as one, '—'."""
    low = lower_keeping_offsets(text)
    return low.replace(" -- ", " —  ") if " -- " in low else low


def sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) offsets of the sentences of a block."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= pos:
            continue
        if text[m.start() - 1: m.start()] == "." and _ABBREV.search(text[max(pos, m.start() - 8): m.start()].lower()):
            continue
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = max(pos, m.end())
    if pos < len(text):
        out.append((pos, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


@cache
def _spaced_gate(pattern: str) -> tuple[tuple[str, ...], ...]:
    """A phrase's gate for the text with its whitespace runs made one space (:func:`openwash.lazyre.spaced_gate_of`):
    its literals joined across the marks and spaces between them, so that a block with 'openness' and, elsewhere,
    'weights' compiles no 'open weights'."""
    return lazyre.spaced_gate_of(pattern)


@cache
def _in_latin_letters(pattern: str) -> bool:
    """The phrase is written without wide characters (asked once per phrase: lazyre.has_wide keeps its last answer
    for the block's text, which the patterns asked next need)."""
    return max(pattern, default=" ") < "\u2e80"


def apart_from_cjk(low: str) -> str:
    """``low`` with each kana, Han or Hangul character a mark that is no word character (the same length): what a
    pattern in Latin letters reads, to which 'Source입니다' or 'Conduct를' would be one word.  ``low`` itself when
    it holds none (asked first by ``max``, a scan in C)."""
    # lazy: claims.text loads the lexicons, which the quick pass (this module's first pass) must not
    from openwash.claims.text import has_cjk

    if max(low, default=" ") < "\u3040" or not has_cjk(low):
        return low
    return "".join("\x01" if ("\u3040" <= c <= "\u30ff" or "\u3400" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af")
                   else c for c in low)


def mentions(low: str) -> list[tuple[int, int, str, str]]:
    """Openness phrases in lower-cased text: (start, end, kind, phrase strength), overlaps resolved."""
    found = []
    spaced = ""
    latin: str | None = None
    for pattern, kind, strength, gate in phrase_table()[0]:
        if not all(any(lit in low for lit in group) for group in gate):
            continue  # a literal the phrase needs is missing: not run, and not compiled
        spaced = spaced or regex_literals.spaced(low)
        if not all(any(lit in spaced for lit in group) for group in _spaced_gate(pattern.pattern)):
            continue  # ... or its literals are there, but not joined as the phrase joins them
        if latin is None:
            latin = apart_from_cjk(low)
        # (a phrase in Latin letters is matched where CJK letters stand apart from it: 'Open Source입니다',
        # 'open source的' end the phrase as a space does, though to a pattern's word boundary they are letters)
        for m in pattern.finditer(latin if _in_latin_letters(pattern.pattern) else low):
            before = low[m.start() - 1] if m.start() else " "
            after = low[m.end():m.end() + 2] + "  "
            if (before in "@/.\\#_" or after[0] in "@/_" or (after[0] == "." and after[1].isalnum())
                    or ((before == "-" or after[0] == "-") and _in_path(low, m.start(), m.end()))) \
                    and not _slash_alternatives(low, m.start(), m.end()):
                continue  # part of an e-mail address, a domain, a path or an identifier (opensource@x.com)
            found.append((m.start(), m.end(), kind, strength))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[tuple[int, int, str, str]] = []
    for f in found:
        if out and f[0] < out[-1][1]:
            continue
        if f[3] == "strong":
            # 'fully open-source', '完全开源': the claim phrase is the core; the adverb makes it strong
            core = _CORE_PHRASE.search(low, f[0], f[1])
            if core and core.end() == f[1] and core.start() > f[0]:
                out.append((core.start(), core.end(), f[2], f[3]))
                continue
        out.append(f)
    return out


def is_phrase_alone(text: str, *, plain: bool = False) -> bool:
    """Whether ``text`` holds nothing but openness phrases (and marks, digits, emoji).  A phrase that spans a noun
    phrase ('Open Large-scale Language Models', the title of a paper) names more than the topic.  ``plain``: only
    plain phrases, and no number either (a degree: '100% 오픈소스', 'fully open source' predicate)."""
    low = lower(text)
    if not any_phrase(low):
        return False
    rest = low
    for start, end, _kind, strength in mentions(low):
        if len(low[start:end].replace("-", " ").replace("‐", " ").replace("‑", " ").split()) > 3 or (
                plain and strength != "plain"):
            return False
        rest = rest[:start] + " " * (end - start) + rest[end:]
    # (phrases joined by a conjunction are still phrases alone: 'Logiciels libres et open source')
    rest = " ".join(w for w in rest.split() if w not in _CONJUNCTIONS)
    return not any(ch.isalnum() if plain else ch.isalpha() for ch in rest)


_CONJUNCTIONS = frozenset({"and", "or", "et", "ou", "y", "o", "e", "und", "oder", "和", "与", "與", "及"})
