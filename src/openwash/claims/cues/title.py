"""Cited titles: a phrase inside the title of a paper, post or linked page (``see Wren: Open Small Models
for Phones``, ``「…」``) asserts nothing about this repository.

``Name: Title Case Words`` alone is not a cited title: a project's tagline is written that way too (``Wren:
Fully Open Source Language Model For Phones``).  It is one when it is linked (judged with the links),
quoted, or introduced as a paper, report or post (``see our report, …``, ``the paper …``).  A BibTeX title field
is cited unless it names the own artifact and says what it is (``title={Wren: An Open-Source Library}``).

The spelled-out form of an acronym is a name too: in ``le projet SILL : Socle Interministériel de Logiciels
Libres`` (or ``OSI, the Open Source Initiative``) the phrase is a word of the name whose initials the acronym is.
"""

from __future__ import annotations

from openwash import lazyre
from openwash.claims import patterns as p
from openwash.claims.record import Sentence
from openwash.claims.text import last_match


def in_title(s: Sentence, a: int, b: int) -> bool:
    """'see Yi: Open Foundation Models by 01.AI', 'We released TÜLU 3: Pushing Frontiers in Open ...', and a
    BibTeX entry's title field outside a code block ('title={Wren: Open Models for Phones},')."""
    text = s.text
    if p.BIBTEX_TITLE.match(text[:a]):
        # ... unless the authors' own paper names the own artifact and says what it is, as a tagline does
        # ('title={Wren: An Open-Source Library for …}'); a phrase in any other title is cited
        own = p.BIBTEX_APPOSITION.search(s.low[:a])
        return own is None or not any(x < own.end(1) and y > own.start(1) for x, y in s.own_spans)
    quoted = p.QUOTED_TITLE.search(text[:a])
    if quoted and p.QUOTE_CLOSE.get(quoted.group(1), "") in text[b:b + 80]:
        return True  # 「Yi：Open Foundation Models」, 《…》
    if not text[a:a + 1].isupper():
        return False
    m = last_match(p.IN_TITLE_1, text[:a])
    # (introduced as a publication, or written as a reference's entry: its authors before it, its year after it,
    # 'Acikgoz et al. Hippocrates: An Open-Source Framework for … 2024.')
    if m is None or not (p.TITLE_INTRO.search(text[:m.start() + 1]) or p.REFERENCE_YEAR_END.search(text, b)
                         or p.REFERENCE_YEAR.fullmatch(s.next.strip()) or p.REFERENCE_AUTHORS.search(text[:m.start() + 1])):
        return False
    small = {"of", "and", "for", "in", "on", "with", "the", "a", "an", "to", "via", "at", "by", "from", "&", "-",
             "is", "are", "as", "or", "vs", "vs."}
    between = text[m.end():a].split()
    after = text[b:].split()[:3]
    words_ = [w.strip("\"'“”,.()") for w in [*between, *text[a:b].split(), *after]]
    capital = [w for w in words_ if w and w not in small]
    return len(capital) >= 3 and all(w[:1].isupper() or w[:1].isdigit() for w in capital[:6])


# the small words a spelled-out name may hold without their initial ('Socle Interministériel de Logiciels Libres')
_NAME_SMALL_WORDS = frozenset({"of", "for", "and", "the", "de", "des", "du", "la", "le", "les", "di", "del", "della",
                               "dei", "für", "und", "der", "y", "e", "et", "en", "van", "voor", "do", "da", "dos"})


def expands_acronym(text: str, a: int, b: int) -> str:
    """The acronym of the sentence ('SILL', 'OSI') whose spelled-out name the phrase at ``a``:``b`` is a part of: a run
    of capitalised words around it (small words allowed) whose initials are the acronym; "" when there is none."""
    if not text[a:a + 1].isupper():
        return ""  # (the words of a name are capitalised; most phrases are not)
    # (each part of a hyphenated one too: 'NLP-OSS')
    acronyms = {part for w in _WORD.findall(text) for part in w.split("-")
                if 2 <= len(part) <= 8 and part.isupper() and part.isalpha()}
    if not acronyms:
        return ""
    words = list(_WORD.finditer(text))
    inside = [i for i, m in enumerate(words) if m.start() < b and m.end() > a]
    if not inside or not all(words[i].group(0)[:1].isupper() for i in inside):
        return ""

    def capital(i: int) -> bool:
        w = words[i].group(0)
        return w[:1].isupper() and not w.isupper()

    lo, hi = inside[0], inside[-1]
    while lo > 0 and (capital(lo - 1) or words[lo - 1].group(0).lower() in _NAME_SMALL_WORDS):
        lo -= 1
    while hi + 1 < len(words) and (capital(hi + 1) or words[hi + 1].group(0).lower() in _NAME_SMALL_WORDS):
        hi += 1
    while lo < hi and words[lo].group(0).lower() in _NAME_SMALL_WORDS:
        lo += 1
    run = [m.group(0) for m in words[lo:hi + 1]]
    # (each capitalised part of a hyphenated word gives its initial: 'Open-Source User Group' spells OSUG)
    initials = "".join(part[0] for w in run if w[:1].isupper() and not w.isupper()
                       for part in w.split("-") if part[:1].isupper()).upper()
    # the acronym comes first and the name spells it out right after a mark ('SILL : Socle …', 'OSI, the Open Source
    # Initiative'); 'X is Open Source Software (OSS)' defines the term it predicates, the name coming first
    before = text[:words[lo].start()].rstrip(" :,(—–-").rstrip()
    for acronym in acronyms:
        if initials == acronym and before.endswith(acronym) and text[len(before):words[lo].start()].strip(" "):
            return acronym
    # ... or the acronym follows the name in parentheses ('the Open Source Software (OSS) workshop', '(NLP-OSS 2023)'),
    # unless a copula before the name predicates it of a subject (the definition of a term)
    after = _ACRONYM_AFTER.match(text, words[hi].end())
    if after and after.group(1) == initials and not _COPULA_END.search(before.lower()):
        return after.group(1)
    return ""


# an acronym in parentheses right after a name, its last part if hyphenated ('(OSS)', '(NLP-OSS 2023)')
_ACRONYM_AFTER = lazyre.compile(r"\s*\(\s*(?:[A-Z]+-)?([A-Z]{2,8})\b")
_COPULA_END = lazyre.compile(r"\b(?:is|are|was|were|be|been|being)$")


_WORD = lazyre.compile(r"[^\W\d_][\w'’\-]*")
