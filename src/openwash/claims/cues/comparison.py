"""Comparisons and rankings: the phrase names a class something is measured against (``outperforms
open-source models``, ``SOTA among open-source models``, ``closed-source and open-source models``,
``在开源模型中``).  A ranking is not an openness claim; a count (``more than 30``, ``超过30个``) is not a comparison.
"""

from __future__ import annotations

from openwash.claims import lexicon as lx
from openwash.claims import patterns as p
from openwash.claims.record import Sentence
from openwash.claims.text import last_match, words


def comparison(s: Sentence, a: int, b: int, cs: int) -> str:
    low = s.low
    romance = bool(p.ROMANCE_PHRASE.search(low[a:b]))
    region = low[max(0, a - 90):a]
    cut = max(region.rfind(";"), region.rfind(". "), region.rfind(" but "), region.rfind(","), region.rfind(": "))
    if cut >= 0:
        region = region[cut + 1:]
    ws = words(region)[-(12 if romance else 7):]
    window = " ".join(ws)
    m = last_match(lx.COMPARISON, window)
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
    return ""
