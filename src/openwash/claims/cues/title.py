"""Cited titles: a phrase inside the title of a paper, post or linked page (``see Wren: Open Small Models
for Phones``, ``「…」``) asserts nothing about this repository.

``Name: Title Case Words`` alone is not a cited title: a project's tagline is written that way too (``Wren:
Fully Open Source Language Model For Phones``).  It is one when it is linked (judged with the links),
quoted, or introduced as a paper, report or post (``see our report, …``, ``the paper …``).  A BibTeX title field
is cited unless it names the own artifact and says what it is (``title={Wren: An Open-Source Library}``).
"""

from __future__ import annotations

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
    if m is None or not p.TITLE_INTRO.search(text[:m.start() + 1]):
        return False
    small = {"of", "and", "for", "in", "on", "with", "the", "a", "an", "to", "via", "at", "by", "from", "&", "-",
             "is", "are", "as", "or", "vs", "vs."}
    between = text[m.end():a].split()
    after = text[b:].split()[:3]
    words_ = [w.strip("\"'“”,.()") for w in [*between, *text[a:b].split(), *after]]
    capital = [w for w in words_ if w and w not in small]
    return len(capital) >= 3 and all(w[:1].isupper() or w[:1].isdigit() for w in capital[:6])
