"""Catalogues: a README that presents others' work (a curated list, an 'Awesome …' list, a catalogue, a
directory, a guide, a leaderboard) speaks of what it collects.

Its title or lead says so: '# Awesome Mac', '# Guida allo sviluppo di software libero', '# 오픈소스 가이드',
'# Korean LLM Leaderboard', 'X is a curated list of open-source LLMs', 'Dies ist ein Verzeichnis, das …',
'…のキュレーションカタログです'.  In such a README the places that speak for a release elsewhere (its lead,
tagline, features list) and a subject that is the repository itself ('This is a directory of open-source
projects') describe what it lists.  A phrase there is a claim only when the author is named as releasing
something: the first person, or a link to the owner's own repository.

A product named like a catalogue is not one.  'Unity Catalog is an open-source data catalog' links the noun to
nothing it lists.  The noun counts where it opens the title, or is the predicate of the lead's first sentence,
with the word that links it to what it lists ('Guide to …', 'is a curated list of').  It also counts as the
last word of a title ('Korean LLM Leaderboard').  Japanese, Korean and Chinese put the noun last, so there it
ends the title or comes right before the copula that ends the sentence.  The words are each language's
``catalogue`` and ``catalogue_heads`` (:mod:`openwash.claims.lexicon`).
"""

from __future__ import annotations

from collections.abc import Callable

from openwash import lazyre
from openwash.claims import lexicon as lx
from openwash.claims import patterns as p
from openwash.claims.segment import lower, sentences
from openwash.claims.text import from_first_word, has_cjk, last_match
from openwash.documents import Block

# what may stand between the start of a title or sentence and the noun: an article or a few adjectives
# ('A curated list of', 'Eine kleine Liste von', 'The open-source guide to')
_MAX_WORDS_BEFORE = 3

# what ends a Japanese, Korean or Chinese sentence whose predicate is the noun before it
_CJK_COPULA_END = lazyre.compile(r"\s*(?:です|である|だ|입니다|이다|임|이에요|예요)[\s*_~\W]*$")
# ... and what ends it without a copula: Chinese sets its copula 是 before the predicate ('本项目是一个…的汇总。')
_CJK_END = lazyre.compile(r"[\s*_~\W]*$")

# the articles and demonstratives the grammar knows (claims.patterns)
_ARTICLES = p.DET_A | p.DET_THE | p.DET_THIS


def _title_says(text: str, names_own: Callable[[str], bool] | None = None) -> str:
    """The catalogue noun a title is headed by ('Guide to', 'Awesome', '… Leaderboard', '… 가이드'), or "".
    A head noun after an own name ('# Wren Overview', '# Wren Guide') is the own project's page of that kind."""
    low = from_first_word(lower(text)).strip()
    words = low.split()
    while words and words[0] in _ARTICLES:
        words = words[1:]
    rest = " ".join(words)
    m = lx.CATALOGUE.match(rest) or lx.CATALOGUE_TITLE.match(rest) or lx.CATALOGUE_GUIDE.match(rest)
    # (something must follow: '# awesome' alone names a product, 'Awesome Mac' lists what is good for the Mac)
    if m and not has_cjk(m.group(0)) and any(ch.isalpha() for ch in rest[m.end():]):
        return m.group(0).strip()
    # (a remark in brackets after the title is no word of it: '# 开源模型合集 (Ver. 1.4)')
    remark = last_match(p.REMARK, low)
    title = low[:remark.start()] if remark and remark.end() == len(low) else low
    plain = " ".join("".join(ch if ch.isalnum() or ch in " -" else " " for ch in title).split())
    for head in lx.CATALOGUE_HEADS.words:
        # the title's last word, after at least one word (CJK: its last characters, after at least one more)
        if plain.endswith(head) and len(plain) > len(head) and (has_cjk(head) or plain[-len(head) - 1] == " "):
            if names_own is not None and names_own(plain[:-len(head)].strip()):
                return ""
            return head
    return ""


def _sentence_says(sentence: str) -> str:
    """The catalogue noun that is the predicate of a lead's sentence ('is a curated list of', 'Dies ist ein
    digitales Verzeichnis, das', '…のキュレーションカタログです', 'awesome list입니다'), or ""."""
    low = lower(sentence)
    for m in lx.CATALOGUE.finditer(low):
        if _CJK_COPULA_END.match(low, m.end()) and (has_cjk(m.group(0)) or has_cjk(low[m.end():])):
            return m.group(0).strip()  # the noun right before the copula that ends the sentence
        if has_cjk(m.group(0)) and _CJK_END.match(low, m.end()):
            clause = low[max(low.rfind(mark, 0, m.start()) for mark in "，,；;：:") + 1:m.start()]
            if "是" in clause:
                return m.group(0)  # ('…是一个开源模型的汇总。': a noun that ends a sentence is its object, unless 是)
        if has_cjk(m.group(0)):
            continue
        before = low[:m.start()]
        words = _words(from_first_word(before))
        # the sentence opens with it ('A curated list of …', 'Eine kleine Liste von …')
        if _opens(words):
            return m.group(0).strip()
        # a copula sets it as the predicate of the subject before it ('X is a curated list of', 'Dies ist ein
        # digitales Verzeichnis, das'), or a colon or a dash as the subject's apposition ('X: a curated list of')
        # ('Это список …': a demonstrative alone stands for 'this is')
        copula = max((i for i, w in enumerate(words) if w in lx.COPULA_WORDS or lx.DEMONSTRATIVE.fullmatch(w)),
                     default=-1)
        if copula >= 0 and len(words) - copula - 1 <= _MAX_WORDS_BEFORE:
            return m.group(0).strip()
        mark = max(before.rfind(c) for c in ":：—–")
        if mark >= 0 and _opens(_words(before[mark + 1:])):
            return m.group(0).strip()
    return ""


def _words(text: str) -> list[str]:
    return [w for w in (w.strip("*_`\"'“”«»,;()[]") for w in text.split()) if w]


def _opens(words: list[str]) -> bool:
    """Only an article and at most two more words before the noun: it opens the sentence or the apposition."""
    rest = words[1:] if words and words[0] in _ARTICLES else words
    return len(rest) <= (2 if len(rest) < len(words) else 0)


def presents_catalogue(blocks: list[Block], places: dict[int, str],
                       names_own: Callable[[str], bool] | None = None) -> str:
    """How the README's title or lead calls it a catalogue of others' work ("its title: 'guide to'"), or "".

    ``places`` are the README's own places (:func:`openwash.claims.places.own_places_of`): its title and the
    lead or tagline under it are read, the lead by its first sentence; ``names_own`` tells an own name."""
    if not places:
        return ""
    for block in blocks:
        place = places.get(id(block), "")
        if place == "title":
            said = _title_says(block.text, names_own)
            if said:
                return f"its title says '{said}'"
        elif place in ("lead paragraph", "tagline"):
            spans = sentences(block.text)
            if spans:
                said = _sentence_says(block.text[spans[0][0]:spans[0][1]])
                if said:
                    return f"its lead says '{said}'"
            if place == "lead paragraph":
                return ""  # the lead's first paragraph is the last place that says what the README is
        elif block.kind == "heading" and block.heading_level >= 2 and place != "tagline":
            return ""  # a section has begun: the title and the lead are behind
    return ""
