"""Comparisons and rankings: the phrase names a class something is measured against (``outperforms
open-source models``, ``SOTA among open-source models``, ``closed-source and open-source models``,
``在开源模型中``).  A ranking is not an openness claim; a count (``more than 30``, ``超过30个``) is not a comparison.
"""

from __future__ import annotations

from openwash.claims import lexicon as lx
from openwash.claims import patterns as p
from openwash.claims.record import Sentence
from openwash.claims.text import last_match, next_mark, words


def comparison(s: Sentence, a: int, b: int, cs: int) -> str:
    low = s.low
    romance = bool(p.ROMANCE_PHRASE.search(low[a:b]))
    region = low[max(0, a - 90):a]
    cut = max(region.rfind(";"), region.rfind(". "), region.rfind(" but "), region.rfind(","), region.rfind(": "))
    if cut >= 0:
        region = region[cut + 1:]
    every = words(region)
    reach = 12 if romance else 7
    # (the window of words before the phrase, with the word before it as context only: 'built on top of …' is what
    # a thing is built on, 'top of …' a ranking, whichever word the window opens with)
    context = every[-reach - 1] + " " if len(every) > reach else ""
    window = context + " ".join(every[-reach:])
    m = last_match(lx.COMPARISON, window)
    if m and m.start() < len(context):
        m = None
    if m and not p.DET_FIRST.intersection(window[m.end():].split()):
        # ('the specialist within our open-source family', 'all models within the OWN series have been
        # open-sourced': the class is the author's own release)
        at = low.rfind(m.group(0), max(0, a - 90), a)
        if at < 0 or not any(at < x < a for x, _y in s.own_spans):
            return m.group(0)
    if lx.COORDINATED_CLOSED.search(low[b:b + 40]):
        return "open and closed"
    if p.COMPARISON_1.search(low[max(0, a - 30):a]):
        return "closed and open"
    if p.CLOSED_CLASS.search(low, 0, a) and p.CLASS_PREPOSITION_BEFORE.search(low, max(0, a - 12), a) \
            and not any(a <= y and x < next_mark(low, b, ",;:.", len(low)) for x, y in s.own_spans):
        # 'For our closed-source model, we use X, and for the open-source model, we use Y': the two are classes
        # of models set side by side
        return "closed and open, side by side"
    return ""
