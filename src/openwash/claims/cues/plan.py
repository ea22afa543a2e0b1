"""Plans and promises: ``will be open-sourced``, ``plan to open-source``, ``coming soon``, an unchecked
``[ ]`` roadmap item, ``将开源``, ``予定``.  A plan is not a release, so it is not a claim (a ticked ``[x]`` item is).
"""

from __future__ import annotations

from openwash.claims import lexicon as lx
from openwash.claims import patterns as p
from openwash.claims import segment
from openwash.claims.record import Sentence
from openwash.claims.text import last_match

# the head nouns of a heading that names a plan, not a release
_PLAN_HEADS = frozenset({"plan", "plans", "roadmap", "proposal", "proposals", "rfc", "todo", "to-do"})


# the pronouns that 将 marks as its object right before the verb ('将其开源', '将它们开源')
_OBJECT_PRONOUNS = frozenset({"其", "它", "它们", "它們", "之", "此", "这些", "這些"})


def plan(s: Sentence, a: int, b: int, cs: int, ce: int, cjk: bool) -> str:
    low = s.low
    box = lx.OPEN_CHECKBOX.search(low)
    if box:
        return box.group(0).strip(" -*+")
    if s.block_kind == "heading":
        # '# Kestrel Open-Source Release Implementation Plan', '## Open-sourcing roadmap': a heading whose head is a
        # plan names what is planned
        head = low[b:].rstrip(" #*_:`").rsplit(maxsplit=1)[-1:]
        if head and head[0] in _PLAN_HEADS:
            return head[0]
    aim = p.ASPIRATION.search(low[cs:a])
    if aim:
        return aim.group(0).strip()
    todo = p.PLAN_LABEL.search(low, 0, a)
    if todo:
        return todo.group(0).rstrip(" :：")
    if cjk:
        start = lx.PLAN_START.match(low)
        if start and not p.PLAN_4.search(low[start.end():a]):
            return start.group(0).strip(" ，,、")
        window = low[max(cs, a - 16):a]
        m = last_match(lx.PLAN_LEFT, window)
        if m and m.group(0) in ("将", "將") and low.startswith("的", b) and (
                lx.FIRST_PERSON.search(window, m.end()) or lx.DEMONSTRATIVE.search(window, m.end())):
            m = None  # '仅将我们开源的代码用于研究': 将 marks the object (the code we released), it plans nothing
        if m and m.group(0) in ("将", "將") and len(window) - m.end() >= 2 and p.CJK_BA_BEFORE.search(window, 0, m.start()):
            m = None  # '目前仅将稳定的能力开源给社区': after 'only' or 'currently' 将 marks the object released now
        if m and m.group(0) in ("将", "將") and "把" not in window[m.end():] \
                and p.CJK_ARTIFACT_OBJECT_END.search(window, m.end()):
            # '坚持将自主研发的代码完全开源', '通过将蓝鲸基础计算平台开源': 将 marks the object, a noun of what is
            # released right before the phrase; the future 将 stands before the verb ('将开源代码', '将于下月开源');
            # a plan word before 将 still plans ('我们计划将模型权重开源')
            m = last_match(lx.PLAN_LEFT, window[:m.start()])
        if m and m.group(0) in ("将", "將") and len(window) - m.end() >= 2 \
                and not p.CJK_FUTURE_GAP.search(window, m.end()) and not window.rstrip().endswith("的"):
            # '因此，将研究结果开源出来' (so we open-source the results): 将 with a noun phrase before the verb marks
            # its object (as 把 does); what plans is a plan word before it ('我们会将代码开源'); before a relative
            # clause's 的, 将 is that clause's future ('我们将定期赞助的开源项目')
            m = last_match(lx.PLAN_LEFT, window[:m.start()])
        if m and m.group(0) in ("将", "將") and window[m.end():].strip() in _OBJECT_PRONOUNS:
            # '我们将其开源，以便社区能够复现…' (we open-source it so that …): 将 with a pronoun marks the object
            m = last_match(lx.PLAN_LEFT, window[:m.start()])
        if m and m.group(0) in ("将", "將", "会", "會") and p.CJK_PERMANENT_AFTER.match(window, m.end()):
            m = None  # '本项目将永久开源' (will stay open source for ever): a promise about what is now, as 'will continue to be'
        if m and m.group(0) in ("近期", "陆续", "陸續", "逐步") and low.startswith("了", b):
            m = None  # '近期我们开源了 X' (recently we released X): with the completed 了 these words tell when, not a plan
        if m and len(window) - m.end() > 1 and p.CJK_THIS_BEFORE.search(window):
            m = None  # '我会告诉你怎么学这个开源项目': a demonstrative points at what exists; 会 plans another verb
        if m and (len(window) - m.end() <= 5 or not p.PLAN_4.search(window[m.end():])):
            return m.group(0)
    else:
        region = low[max(cs, a - 60):a]
        for m in reversed(list(lx.PLAN_LEFT.finditer(region))):
            word = m.group(0)
            orig = s.text[max(cs, a - 60) + m.start(): max(cs, a - 60) + m.end()]
            if word in ("may", "might", "could", "would", "will", "future", "later") and orig[:1].isupper():
                continue  # 'May' (a name or a month), 'Future Work' (a heading)
            if (word in ("will", "shall") or word.endswith(("'ll", "’ll"))) and (
                    p.PRESENT_AND_FUTURE.search(region, 0, m.start()) or p.CONTINUED_STATE.match(region, m.end())):
                continue  # 'is and always will be open source', 'will continue to be': said of now, and promised on
            if word == "to be" and (p.GLAD_BEFORE.search(region, 0, m.start())
                                    or p.CONTINUE_BEFORE.search(region, 0, m.start())
                                    or p.DESIGNED_BEFORE.search(region, 0, m.start())):
                # 'BookStack is proud to be an open source alternative', 'will continue to be', 'was created to be':
                # what it is now
                continue

            gap = region[m.end():]
            # ('will continuously update and open-source the data': the plan governs both coordinated verbs)
            if lx.PLAN_GAP.match(gap) or p.PLAN_3.search(word) or p.COORDINATED_VERB_GAP.match(gap):
                return word.strip()
    # ('An open-source release of OWN is coming soon', 'Open-source release planned': the release, named by its noun)
    # (and 'Open weights (coming soon)': a parenthesis right after the phrase that says when)
    verbish = p.PLAN_1.search(low[a:b]) or cjk or p.PLAN_2.search(low[cs:a]) or p.RELEASE_NOUN_AFTER.match(low, b) \
        or p.SOON_AFTER.match(low, b)
    # ('此次开源主要为…，后续将陆续推出…': this time's release is now; the later clause plans the rest)
    if verbish and not (cjk and p.CJK_THIS_TIME_BEFORE.search(low, max(0, a - 4), a)):
        r = lx.PLAN_RIGHT.search(low[b:])
        # a plan word that another openness phrase follows is that phrase's plan ('目前开源 X，即将开源 Y': X is
        # released now, Y is planned)
        if r and not (cjk and segment.any_phrase(low[b + r.end():b + r.end() + 12])):
            return r.group(0).strip()[-30:]
    return ""
