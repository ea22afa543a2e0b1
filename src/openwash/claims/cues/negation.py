"""Negation in scope of the phrase (``not``, ``no longer``, ``non-``, ``未``, ``ではない``, hedges such as ``may not``).

A negated phrase is reported with ``negated=True`` whoever it is about, and never becomes a finding;
``not only … but also open source`` is not a negation.  The negator must scope over the phrase: a verb of its
own in between (``does not use open-source X``) ends its scope, and so does a preposition (``not available in
the open-source SDK`` negates the availability; ``not released under``/``as`` still negate the release).
"""

from __future__ import annotations

from openwash.claims import lexicon as lx
from openwash.claims import patterns as p
from openwash.claims.text import last_match, words

# the negated auxiliaries that a verb follows ('does not degrade …'), and the verbs after them that carry the negation
# on to the phrase in their object or complement ('does not make the weights open', 'won't become open source')
_DO_NOT = frozenset({"doesn't", "doesn’t", "don't", "don’t", "didn't", "didn’t", "won't", "won’t", "cannot", "can't",
                     "can’t", "haven't", "haven’t", "hasn't", "hasn’t", "hadn't", "hadn’t"})
_SCOPE_VERBS = frozenset({"be", "been", "become", "remain", "stay", "make", "keep", "go", "get", "offer", "provide",
                          "publish", "share", "plan", "intend", "want", "have", "yet"})


def negation(low: str, a: int, b: int, cs: int, ce: int, cjk: bool) -> str:
    if cjk:
        if lx.NOT_ONLY.search(low, max(cs, a - 8), a):
            return ""
        # (the negator stands before the verb, with its manner or place between them)
        m = lx.NEGATION_CJK.search(low[max(cs, a - 32):a])
        if m:
            return m.group(0).strip()
        # '不在本仓库开源范围内' (not within what this repository releases): the scope is negated, not a verb
        scope = p.CJK_NOT_IN_SCOPE.search(low, max(cs, a - 16), a)
        if scope and p.CJK_SCOPE_AFTER.match(low, b):
            return scope.group(1)
        h = lx.HEDGE.search(low[max(0, a - 12):min(len(low), b + 20)])
        if h:
            return h.group(0)
        r = lx.NEGATION_RIGHT.search(low[b:ce + 14])
        return r.group(0).strip() if r else ""
    # a negator joined by a hyphen to the next word negates that word alone ('nicht-kommerziell vertriebenes OpenSource
    # Betriebssystem', 'a no-code open-source platform'); 'non-open-source', right before the phrase, is asked below
    ws = words(p.HYPHENATED_NEGATOR.sub(lambda m: " " * len(m.group(0)), low[cs:a]))
    window = " ".join(ws[-5:])
    if lx.NOT_ONLY.search(window):
        window = lx.NOT_ONLY.split(window)[-1]
    h = lx.HEDGE.search(window)
    if h:
        return h.group(0)
    direct = p.NEGATION_1.search(low[max(cs, a - 5):a])
    if direct:
        return direct.group(1)
    m = last_match(lx.NEGATION_WORDS, window)
    alternative = last_match(p.OR_NOT, low[cs:a]) if m else None
    if alternative and not lx.NEGATION_WORDS.search(low[cs + alternative.end():a]):
        m = None  # 'whether you donate or not, you can enjoy the open source code': an alternative, no negation
    if m:
        gap = window[m.end():]
        # 'not' must scope over the phrase: no verb of its own in between ('does not use open-source X'), no
        # preposition that makes the phrase the object of the negated predicate ('not available in the open-source SDK')
        # ('decided not to release the weights openly', 'not to open-source it': 'to' right before the phrase is the
        # infinitive's, no preposition)
        verb = gap.split()[0] if m.group(0).strip() in _DO_NOT and len(gap.split()) >= 2 else ""
        if verb and verb.isalpha() and verb not in _SCOPE_VERBS and not lx.RELEASE_VERBS.fullmatch(verb):
            # "Doesn't degrade the free/open-source experience": after 'does not' comes a verb of its own, and the
            # phrase is in its object; only a verb of release or state carries the negation on to it
            pass
        elif (not p.NEGATION_2.search(gap) and not p.NEGATION_3.search(gap)) or gap.strip() == "to":
            return m.group(0).strip()
    r = lx.NEGATION_RIGHT.search(low[b:ce + 14])
    return r.group(0).strip() if r else ""
