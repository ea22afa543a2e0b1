"""Word and span helpers of the claim judgement: words, matches, own-name spans, noun-phrase edges."""

from __future__ import annotations

import re

from openwash.claims import lexicon as lx
from openwash.claims import patterns as p


def has_cjk(text: str) -> bool:
    """Kana, Han or Hangul in ``text``: whether it is written in Chinese, Japanese or Korean, which the grammar
    reads differently (no word boundaries, 模型 inside compounds).  A plain scan: a regular-expression class
    over these blocks costs more to compile (milliseconds, in every process) than the scans of a whole run.

    Not :func:`openwash.lazyre.has_wide`, which asks another question: whether a pattern's wide alternatives
    can match, which is about compile cost, not language.  It counts everything from U+2E80, emoji and CJK
    punctuation included, so text can be wide without being CJK ('Wren 🚀 is open source')."""
    return any("\u3040" <= c <= "\u30ff" or "\u3400" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in text)


def has_han(text: str) -> bool:
    """Han characters (Chinese, Japanese kanji) in ``text``."""
    return any("\u3400" <= c <= "\u9fff" for c in text)


def is_head_noun(word: str) -> bool:
    return bool(lx.PRODUCT_HEADS.search(word) or p.ARTIFACT.match(word) or lx.COMMUNITY_HEADS.search(word)
                or lx.LICENSE_HEADS.search(word))


def next_mark(text: str, start: int, marks: str, default: int = -1) -> int:
    """Where the first of ``marks`` stands in ``text`` from ``start`` on (``default`` when none does)."""
    return min((i for i in (text.find(m, start) for m in marks) if i >= 0), default=default)


def word_start(text: str, pos: int) -> int:
    """Where the text from ``pos`` on starts after its white space."""
    return pos + len(text[pos:]) - len(text[pos:].lstrip())


def from_first_word(text: str) -> str:
    """``text`` from its first letter or digit on: brackets, punctuation and emoji before it are marks."""
    return text[next((i for i, ch in enumerate(text) if ch.isalnum()), len(text)):]


def last_match(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last (rightmost) match of ``rx`` in ``text``."""
    found = None
    for found in rx.finditer(text):  # noqa: B007 - we want the last one
        pass
    return found


def words(text: str) -> list[str]:
    out = []
    for w in p.WORD.findall(text):
        core = w.strip(".'’-/")
        if core:
            out.append(core)
    return out


def in_closed_relative(low: str, pos: int) -> bool:
    """``pos`` lies in a relative clause set off by commas or dashes that closes before the end of ``low``
    ('Wren, which supports X, is an open-source …': what the clause's verb governs is not the phrase after it)."""
    opener = last_match(p.RELATIVE_OPEN, low[:pos])
    return opener is not None and p.RELATIVE_CLOSE.search(low, pos) is not None


def break_positions(low: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in lx.CLAUSE_BREAK.finditer(low)]


def verb_form_target(phrase: str, before: str) -> bool:
    """The phrase is the release verb ('we open-source X', 'open-sourced X'), so what follows is its object."""
    phrase = phrase.rstrip()
    if phrase.endswith(("sourced", "sourcing", "sources")):
        return True
    words = before.split()
    return phrase.endswith("source") and bool(words) and words[-1] in p.VERB_SUBJECT


def without_ease_adjectives(text: str) -> str:
    """``text`` with 'easy to use', 'easy to deploy', '方便使用', '开箱即用' blanked out, offsets kept: an adjective of the
    described product, whose verb names nothing used."""
    if "to" not in text and "用" not in text:
        return text
    return p.EASY_TO_USE.sub(lambda m: " " * len(m.group(0)), text)


def copula_before(low: str, a: int, cs: int) -> int | None:
    """Offset of the copula that predicates the phrase, walking left over modifiers."""
    # ('stays lightweight, easy to deploy, and fully open-source': an adjective, no verb of use)
    low = without_ease_adjectives(low)
    pos = a
    for _ in range(10):
        m = p.COPULA_BEFORE_1.search(low[:pos])
        if not m:
            return None
        w = m.group(1)
        if w in lx.COPULA_WORDS:
            # 'is and will always be': one predicate, its subject before the first copula
            coordinated = p.COORDINATED_COPULA.search(low, 0, m.start(1))
            if coordinated:
                return coordinated.start(1)
            clause = max(low.rfind(ch, 0, m.start(1)) for ch in ".;:!?") + 1
            shared = p.COORDINATED_PREDICATE.fullmatch(low, clause, m.start(1))
            # 'X is written in C and is open source': the subject of the first predicate is the second's too
            return shared.start(1) if shared else m.start(1)
        if p.COPULA_BEFORE_2.fullmatch(w):
            # the copula fused to its subject ('it's', 'we're'): it starts at the apostrophe
            return m.start(1) + len(w.rstrip("sre")) - 1
        if w == "of" and p.COPULA_BEFORE_3.search(low[:m.start(1)]):
            pos = m.start(1)  # 'is one of the largest open-source models', 'a family of open models'
            continue
        if w == "based" and not low.startswith(("on ", "upon "), m.end(1) + 1):
            pos = m.start(1)  # the end of a compound adjective, not 'based on': 'a suite of web based open source apps'
            continue
        if w == "course" and low[:m.start(1)].rstrip(" ,").endswith("of"):
            pos = low.rfind("of", 0, m.start(1))  # 'is of course open source': an adverb, no preposition
            continue
        if w in p.GAP_STOP or lx.DEPENDENCY.fullmatch(w) or w in p.DET_FIRST:
            return None
        if m.start(1) < cs and w == ",":
            return None
        pos = m.start(1)
    return None


def subject_span(low: str, cop: int) -> tuple[int, int]:
    end = cop
    region = low[:end]
    # auxiliaries before a passive ('has been', 'have also been'), first: 'The X, which has undergone …, has been …'
    aux = p.SUBJECT_SPAN_1.search(region)
    if aux:
        end = aux.start()
        region = low[:end]
    relative = p.RELATIVE_PRONOUN_END.search(region)
    if relative:
        # 'X uses Kestrel, which is …': the relative pronoun stands for the noun phrase right before its comma
        return noun_phrase_start(low, relative.start()), relative.start()
    closed = p.CLOSED_RELATIVE_END.search(region)
    if closed:
        # 'Wren, which supports X, is …': the subject stands before the relative clause
        end = closed.start()
        region = low[:end]
    designed = p.DESIGNED_TO_END.search(region)
    if designed:
        end = designed.start()
        region = low[:end]
    # auxiliaries before a passive ('has been', 'have also been')
    m = p.SUBJECT_SPAN_1.search(region)
    if m:
        end = m.start()
        region = low[:end]
    region = p.SUBJECT_SPAN_2.sub(lambda x: " " * len(x.group(0)), region)
    region = p.DASH_ASIDE.sub(lambda x: " " * len(x.group(0)), region)
    region = p.SUBJECT_SPAN_3.sub(lambda x: " " * len(x.group(0)), region)
    rel = p.SUBJECT_SPAN_4.search(region)
    if rel:
        end = rel.start()
        region = region[:end]
    region = p.SUBJECT_SPAN_5.sub(lambda x: " " * len(x.group(0)), region)
    end = len(region.rstrip(" ,")) if region.strip(" ,") else end
    breaks = [br for br in p.SUBJECT_SPAN_6.finditer(region) if br.end() <= end]
    start = breaks[-1].end() if breaks else 0
    # a coordinated list is one subject: 'the weights, code and data are ...'
    while breaks and breaks[-1].group(0) == "," and p.LIST_TAIL.search(region[start:end]):
        breaks.pop()
        prev_start = breaks[-1].end() if breaks else 0
        if len(region[prev_start:start].split()) > 4:
            break
        opener = region[prev_start:start].strip(" ,")
        if opener in p.SENTENCE_ADVERBS or (opener.endswith("ly") and opener.isalpha()):
            break  # 'Furthermore, the data and models are …': the adverb is no member of the list
        start = prev_start
    # 'the editor, without the AI features, is …': a phrase that a preposition opens, set off by commas, is no
    # subject; the subject stands before its comma
    # (closed by a comma before the verb: 'Also, with Wren being an open-source project, …' has no such phrase, its
    # 'with' opens the clause whose subject is Wren)
    if breaks and breaks[-1].group(0) == "," and low[:cop].rstrip().endswith(","):
        opens = start + len(region[start:end]) - len(region[start:end].lstrip())
        before = breaks[-2].end() if len(breaks) > 1 else 0
        # (and one a participle opens: 'Genki-Dama, inspired by the iconic Dragon Ball technique, is …')
        if (lx.SET_OFF_PREPOSITION.match(region, opens) or p.SET_OFF_PARTICIPLE.match(region, opens)) \
                and region[before:breaks[-1].start()].strip():
            start, end = before, breaks[-1].start()
    caused = last_match(p.CAUSE_BEFORE_SUBJECT, region[:end])
    if caused and start <= caused.start() and caused.end() < end:
        # 'OpenTF's goal is to ensure Terraform remains truly open source': the subject of 'remains' is what the
        # verb of causing takes, not the sentence's
        start = caused.end()
    pronoun = p.CLAUSE_PRONOUN_END.search(region, start, end)
    if pronoun:
        # '(first proposed in GPR and this is the first open-source reproduction)': a demonstrative after a conjunction
        # opens a clause of its own and is its whole subject
        start = pronoun.start(1)
    while start < end and not region[start].isalnum() and region[start] not in "[*`'\"":
        start += 1
    return start, end


def noun_phrase_start(low: str, end: int) -> int:
    """Start of the noun phrase that ends at ``end`` (after the last stop word or clause break, ≤6 words)."""
    region = low[:end]
    start = max(0, end - 80)
    for br in p.NP_START_1.finditer(region):
        if br.group(0) == "(" and ")" in region[br.end():end]:
            continue  # a closed remark inside the noun phrase ('kimi k3 (2.8t) support') does not start it
        if br.end() < end:
            start = max(start, br.end())
    ws = list(p.NP_START_2.finditer(region[start:end]))
    for i in range(len(ws) - 2, -1, -1):
        m = ws[i]
        w = m.group(0).strip("*_`[]()'\"").lower()
        if w == "that" and i and ws[i - 1].group(0).strip("*_`[]()'\"").lower() in p.SAYING_VERBS:
            return start + m.end()  # 'keep in mind that Gemma is …': the clause after 'that' has its own subject
        if w in p.STOP or w in ("present", "presents", "announce", "announces", "released", "release",
                               "introduce", "introduces", "launched", "launch", "welcome", "announcing",
                               "introducing", "presenting", "releasing", "adds", "add", "supports", "contains",
                               "offers", "provides", "includes", "approved", "producing", "making", "offering",
                               # verbs of comparison end the noun phrase before their object ('X outperforms Y, …')
                               "outperforms", "outperformed", "surpasses", "surpassed", "beats", "exceeds",
                               "exceeded", "rivals", "rivaled", "rivalled"):
            return start + m.end()
    return start


def leading_phrase_end(low: str) -> int:
    """End of a leading prepositional phrase closed by a comma ('Unlike other models, ', 'Due to the
    constraints of X, '), or 0.  It is not the subject and names nothing that is open.  An opening adverb
    ('Also, ', 'However, ') has no object and is not one."""
    m = p.SENTENCE_SUBJECT_2.match(low)
    if m and len(m.group(0).split()) >= 2 and m.group(0).split()[0] not in p.SENTENCE_ADVERBS:
        return m.end()
    return 0


def name_before(low: str, end: int) -> tuple[int, int]:
    """[start, end) of the name that ends before ``end``, the position of a comma or parenthesis: closing
    markup and quotes are not part of it ('**NAME**, an open-source ...', '"NAME" (an open ...'), nor is a
    parenthetical remark after it ('**NAME 2 (9B)**: ...')."""
    stripped = low[:end].rstrip(" *_`\"'”’")
    remark = stripped.rfind("(", max(0, len(stripped) - 40)) if stripped.endswith(")") else -1
    if remark > 0 and ")" not in stripped[remark:-1]:
        stripped = stripped[:remark]
    name_end = len(stripped.rstrip(" *_`\"'”’)"))
    return noun_phrase_start(low, name_end), name_end


def artifact_list(text: str) -> bool:
    return bool(p.ARTIFACT_LIST_1.match(text))


def mixed_target(low: str, target: str) -> str:
    """Code together with weights or checkpoints is the whole model release."""
    if target in ("code", "weights") and p.MIXED_1.search(low):
        return "model"
    return target
