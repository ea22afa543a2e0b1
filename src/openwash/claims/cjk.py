"""Chinese, Japanese and Korean sentences: the same questions asked with the particles of those languages
(possessive 的/の, agent 由, completed releases 了/しました, attributive nouns after the phrase).
"""

from __future__ import annotations

import re

from openwash import lazyre, ownnames
from openwash.claims import lexicon as lx
from openwash.claims import patterns as p
from openwash.claims.ownership import Ownership
from openwash.claims.places import closed_by_de
from openwash.claims.reader import Reader
from openwash.claims.record import Sentence, Verdict
from openwash.claims.text import from_first_word, last_match, next_mark, without_ease_adjectives, word_start

# a licence's head noun right after the phrase ('开源协议', 'オープンソースライセンス'): the lexicons' CJK licence heads
_LICENSE_HEAD_AFTER = lazyre.compile(r"\s*(?:" + "|".join(re.escape(head) for head in sorted(lx.LICENSE_HEADS.inside,
                                                                                           key=len, reverse=True)) + ")")


def _copula_predicates(low: str, b: int) -> bool:
    """The copula that ends the sentence predicates the noun phrase of the phrase ending at ``b`` ('…オープンソースの
    画像エディタです。'); not another noun after a particle ('…프로젝트에 기여하는 방법입니다': how to contribute to …)."""
    predicate = p.CJK_ZERO_SUBJECT_END.match(low, b)
    return predicate is not None and not p.CJK_NOT_NOUN_PHRASE.search(predicate.group(1))


def _linked_entry(s: Sentence, a: int) -> bool:
    """The sentence is an entry that opens with a linked name, and the phrase is in what it says of it ('- [Libra](…) -
    V0のオープンソース代替'): the description of the linked item."""
    start = len(s.low) - len(from_first_word(s.low))
    return any(x <= start + 1 and y < a for x, y in s.link_spans)


# 'a part of' after the phrase: open source as the whole one joins ('成为开源的一部分')
_PART_OF = ("的一部分", "的一份子", "的一分子")



def _abbreviation_before(low: str, a: int) -> int:
    """Where 'OSS' (or 'FOSS') starts when the phrase at ``a`` spells it out in brackets right after it
    ('OSS（オープンソースソフトウェア）'): the abbreviation of the phrase names no one; -1 when there is none."""
    before = low[:a].rstrip(" *_`")
    if not before.endswith(("（", "(")):
        return -1
    before = before[:-1].rstrip(" *_`")
    return before.rfind("oss") - (1 if before.endswith("foss") else 0) if before.endswith("oss") else -1

class CjkJudgement(Reader):
    """Chinese, Japanese and Korean sentences: the same questions asked with the particles of those languages.

    The judge (:class:`openwash.claims.grammar.Judge`) makes one the first time it meets a phrase in these
    languages, so that a run over English documents never loads this module; it shares the judge's own names,
    and asks the judge whose a pronoun is (:meth:`openwash.claims.ownership.Ownership.pronoun`)."""

    def __init__(self, judge: Ownership) -> None:
        self.own_pattern = judge.own_pattern
        self.own_names = judge.own_names
        self.is_model_release = judge.is_model_release
        self.pronoun = judge.pronoun

    def locative_frame(self, low: str, a: int, b: int, cs: int) -> str:
        """The locative frame around or before the phrase ('在…上', '…上的'), or ''.

        '我们在开源基准数据集上比较了 OWN 与 X' (we compared … on open-source benchmark datasets): a 在 opened
        before the phrase in its clause, and closed after it by 上, 中 or 里, makes the phrase name the place where
        something is done, as 'on open-source benchmarks' does in English. A frame closed before the phrase
        ('在 GitHub 上开源了') frames the release instead; one around the own artifact ('在本开源项目中') is the
        author's own; a release verb after the phrase inside the frame is the release itself. A place as the
        phrase's attribute ('该榜单上的开源模型', the open-source models on that leaderboard) names things found
        there, unless the author or the own project is the place ('本项目中的开源模型').
        """
        attributive = p.CJK_LOCATIVE_ATTRIBUTE.search(low, max(cs, a - 12), a)
        if attributive and p.CJK_RUNS_IN.search(low, max(cs, attributive.start() - 16), attributive.start()):
            # '运行在浏览器中的开源深度学习框架' (an open-source framework that runs in the browser): a verb puts the
            # head noun in the place, a relative clause that describes it, no place things are found in
            attributive = None
        if attributive and not (lx.DEMONSTRATIVE.search(low[cs:attributive.start()]) and
                                not p.CJK_OTHER_DEMONSTRATIVE.search(low[cs:attributive.start()])) \
                and not self.has_own(low[cs:a]) and not lx.FIRST_PERSON.search(low[cs:a]):
            # '该榜单上的开源模型' (the open-source models on that leaderboard): things found somewhere, not a release
            return "…" + attributive.group(0).strip()
        openers = list(p.CJK_LOCATIVE_OPEN.finditer(low, cs, a))
        if not openers:
            return ""
        opener = openers[-1]
        inside = low[opener.end():a]
        if p.CJK_LOCATIVE_CLOSE.search(inside) or lx.DEMONSTRATIVE.search(inside) or p.JUDGE_CJK_1.search(inside) \
                or self.has_own(inside) or lx.FIRST_PERSON.search(inside):
            return ""
        # (to the end of the clause: a parenthesis inside the frame, '（包括 A、B）', does not close it)
        end = min([len(low), *(i for i in (low.find(mark, b) for mark in "，,。；;：:!?！？") if i >= 0)])
        close = p.CJK_LOCATIVE_CLOSE.search(low, b, end)
        if close is None or p.CJK_RELEASE_AFTER.match(low[b:]) or self.has_own(low[b:close.start()]):
            return ""
        return "在…" + close.group(0)

    def judge_cjk(self, s: Sentence, a: int, b: int, kind: str, cs: int, ce: int, out) -> Verdict:  # type: ignore[no-untyped-def]
        low = s.low
        before = low[max(0, a - 24):a]
        near = low[max(cs, a - 10):a]
        after = low[b:b + 12]
        clause_end = next_mark(low, b, "，,；;。", len(low))  # where the phrase's clause ends
        attributive = bool(p.JUDGE_CJK_3.match(after))
        guide = p.CJK_GUIDE_OF_KIND.match(low, b)
        if guide:
            return out(False, "generic", f"a guide to or study of such things ('{s.text[a:guide.end()].strip()}')")
        if attributive and after.startswith("、") and p.CJK_PROPERTY_LIST.fullmatch(low[a:clause_end].strip()) \
                and "的" not in low[b:clause_end]:
            # '开源、可自托管。' (open source, self-hostable): properties listed to the clause's end, with no noun after
            # them, are said of the subject, as '开源、免费的工具' (an open-source, free tool) modifies its noun
            attributive = False
        if s.nested and p.CJK_ANAPHORIC_DEMONSTRATIVE.match(from_first_word(low)) and not s.own_spans \
                and not (_LICENSE_HEAD_AFTER.match(after) or p.JUDGE_CJK_7.search(near)):
            # '- [X](…)' then '  - 该项目开源了医学大模型 X': 该 (the said …) in an item indented under another points at
            # the entry above, as a curated list's items do ('本项目', this project, is the author's; a licence note
            # under a 'License' item is the project's)
            return out(False, "third-party", "'该…' in a nested list item points at the entry above it")
        official = p.CJK_OFFICIAL_AGENT.search(low, max(cs, a - 8), a)
        if official and not s.own_spans and not lx.FIRST_PERSON.search(low, cs, a) \
                and not lx.DEMONSTRATIVE.search(low, cs, a):
            # '并且官方同时开源了中文和英文的模型权重' (and the official side also released the weights): 官方 as the
            # agent is the original maker of what a repository ports, studies or uses; the author says 我们
            return out(False, "third-party", "released by the original maker ('官方')")
        required = lx.REQUIREMENT_LEFT.search(low, max(cs, a - 6), a)
        if required:
            # '对库本身的修改必须开源' (changes to the library itself must be open-sourced): what a licence or a rule
            # requires, not what is released
            return out(False, "definition", f"a requirement ('{required.group(0)}'), not a release")
        # the author as the agent of the release ('我们已经将预训练模型开源到…', '我们开源的代码'): what follows
        # (a community it is released to, a count of tasks) does not change who releases
        window = max(0, a - 20)
        other = p.CJK_OTHER_POSSESSOR.search(low[window:a])
        if other and (lx.DEPENDENCY.search(low[max(0, window + other.start(1) - 4):window + other.start(1)])
                      or p.CJK_KNOWING_BEFORE.search(low, max(0, window + other.start(1) - 5), window + other.start(1))):
            # '基于Llama2的开源…模型 X': a relative clause says what X is built on; X's owner is not Llama's; so does
            # '不用懂 Kubernetes 的开源容器平台' say what one need not know
            other = None
        if other and not self.has_own(other.group(1)) and (
                other.group(2) or ownnames.name_key(other.group(1)) in ownnames.KNOWN_FAMILIES):
            # 'Llama模型的开源无疑极大促进了…': the open-sourcing of another's model
            return out(False, "third-party", f"another's release ('{other.group(1)}…的')")
        pair = p.CJK_OTHER_POSSESSORS.search(low, max(0, a - 40), a)
        if pair and not self.has_own(pair.group(0)) and not p.CJK_ALTERNATIVE_AFTER.match(low, b) \
                and not lx.DEPENDENCY.search(low, max(cs, pair.start() - 6), pair.start()) \
                and not p.CJK_FOR_BEFORE.search(low, max(cs, pair.start() - 4), pair.start()):
            # 'Envoy 和 Istio 的开源工作' (Envoy's and Istio's open-source work): names coordinated before 的 own
            # what follows, as 'Envoy and Istio's open-source work' does in English ('Kestrel、Finch 的开源替代方案'
            # is an alternative to them)
            return out(False, "third-party", f"the release of others ('{pair.group(0).strip()}')")
        described = p.CJK_DESCRIBED_NAME_AFTER.match(low, b) if "인" in low[b:b + 12] else None
        if described and not self.has_own(described.group(1)):
            # 'Claude Code의 오픈소스 클론인 ClawCode는 …': the phrase describes the name after 인, which is not an own name
            return out(False, "third-party", f"a description of another's name ('…인 {s.text[described.start(1):described.end(1)]}')")
        family = p.CJK_NAME_AFTER.match(low, b)
        if family and ownnames.name_key(family.group(1)) in ownnames.KNOWN_FAMILIES and not self.has_own(family.group(1)) \
                and "模型" in low[family.end():family.end() + 10]:
            # '开源最强 Llama 3.1 模型发布': a well-known family's model named right after the phrase is what is open
            # ('开源的 Linux 服务器面板' is a panel for Linux)
            return out(False, "third-party", f"a well-known family's model ('{family.group(1)}')")
        paren = max(low.rfind("（", 0, a), low.rfind("(", 0, a))
        if paren > 0 and not any(c in low[paren:a] for c in "）)") and any(c in low[b:] for c in "）)"):
            lead = max(low.rfind(m, 0, paren) for m in "，,。；;：:、") + 1
            # (a name coordinated with an own one, 'OWN 和 X（…的开源版本）', is one of the author's releases too;
            # 'OWN 使用 X（…）' uses X)
            beside_own = any(lead <= y <= paren and not lx.DEPENDENCY.search(low, y, paren) for _x, y in s.own_spans)
            # (a remark in which the author speaks is the author's example: '（比如我们开源的 [Tidefall](…)）')
            # (nor one that spells out the abbreviation of the phrase before it, 'OSS（オープンソースソフトウェア）')
            if not beside_own and _abbreviation_before(low, a) < 0 and not lx.FIRST_PERSON.search(low, paren, a) \
                    and self._names_someone(s, max(lead, paren - 30), paren):
                # '使用 **Kimi K2**（…万亿参数开源MoE模型）': a remark in parentheses right after another's name
                # describes that name
                return out(False, "third-party", "a remark in parentheses on another's name before it")
        # (Japanese and Korean, where the phrase is a noun's modifier: Chinese 开源 before a link is also the verb of
        # release, '开源了[X](…)')
        # (a link to the licence, '[AGPL 3.0 ライセンス](…/LICENSE.md)', names the terms of the release, no one's work)
        named_after = next((x for x, y in s.link_spans if b <= x <= b + 16 and not self.has_own(low[x:y])
                            and not p.CJK_CLAUSE_BREAK_MARK.search(low, b, x)
                            and not p.LICENSE_NAME_WORDS.search(low, x, y) and not lx.LICENSE_HEADS.search(low[x:y])),
                           None) \
            if attributive and p.KANA_OR_HANGUL.search(low, a, b) else None
        if named_after is not None and not lx.FIRST_PERSON.search(low, cs, a):
            # '先駆的オープンソースプロジェクト [X](…)' (the pioneering open-source project X): the phrase's noun
            # phrase is named right after it, by a link to another's repository ('我们的另一个开源项目 [X](…)', the
            # author's other project, is the author's)
            return out(False, "third-party", f"names the linked '{s.text[named_after:named_after + 30].strip()}'")
        frame = self.locative_frame(low, a, b, cs)
        if frame:
            return out(False, "dependency", f"the phrase names where something is done or found ('{frame}'), not "
                                            "what is released")
        topic = p.CJK_TOPIC_FRAME.match(low)
        close = next_mark(low, b, "，,：:") if topic else -1
        if topic and topic.end() <= a and 0 <= close - topic.end() <= 20 \
                and not any(m in low[topic.end():a] for m in "，,。；;") and not lx.LICENSE_HEADS.search(low[b:close]) \
                and not (lx.FIRST_PERSON.search(low, topic.end(), close) or lx.DEMONSTRATIVE.search(low, topic.end(), close)
                         or any(topic.end() <= x < close for x, _y in s.own_spans)):
            # '对于开源方法，我们…' (for open-source methods, we …): a topic frame names a kind of thing the sentence
            # goes on about, as 'For open-source methods, …' does in English; '对于本项目开源的模型' names the own ones
            # (a licence in the frame, '关于开源协议，本项目采用 MIT', is the licence wording decided below)
            return out(False, "generic", f"a topic frame ('{topic.group(0).strip()}…，') names a kind of thing")
        # '我们对以下…的开源先锋项目致以由衷的敬意与感谢' (we thank the open-source projects below): the phrase is in
        # what 对 … thanks
        thanked = lx.THANKS.search(low, b, clause_end) if any(c in low[cs:a] for c in "对對") else None
        if thanked:
            return out(False, "thanks", f"thanks or credit to others ('对…{thanked.group(0)}')")
        by_doing = p.CJK_BY_DOING.search(low, max(0, a - 6), a)
        comma = next_mark(low, b, "，,") if by_doing else -1
        if comma > 0 and not low.startswith("的", b) and not lx.COMMUNITY_HEADS.search(after.lstrip()[:4]) \
                and not p.JUDGE_CJK_4.match(after):  # ('通过开源社区的帮助' names a community)
            main = word_start(low, comma + 1)
            if lx.FIRST_PERSON.match(low, main) or any(x == main for x, _y in s.own_spans):
                # '通过开源…的代码和权重，我们旨在…' (by open-sourcing the code and weights, we aim to …): the main
                # clause's subject does what 通过 (by) says, as 'By open-sourcing X, we …' in English
                return out(True, "first-person", "the main clause's subject does what '通过…' (by …ing) says")
        # what the sentence studies or tests ('我们对开源的 Golang JSON 库进行了一系列调研和基准测试'): others' work
        if p.CJK_STUDY_BEFORE.search(low, max(0, a - 8), a) and p.CJK_STUDY_AFTER.match(low, b):
            return out(False, "dependency", "what the sentence studies or tests ('对…进行调研')")
        fp_agent = lx.FIRST_PERSON.search(low[cs:a])
        causer = p.CJK_CAUSATIVE.search(low[cs:a])
        if fp_agent and causer and causer.start() > fp_agent.start() and not p.CJK_MODIFIED_ARTIFACT.match(low, b):
            # (the one welcomed releases only where the phrase is the verb: in '我们欢迎开发者为 X 开源项目贡献' it
            # modifies the project they are welcomed to contribute to)
            return out(False, "third-party", f"the author asks others to release ('{causer.group(0)}')")
        taken = (p.CJK_MEANS.search(low, cs + fp_agent.end(), a) or (
            "了" in low[cs + fp_agent.end():a] and not lx.RELEASE_VERBS.search(low, cs + fp_agent.end(), a))) \
            if fp_agent and low.startswith("的", b) else None
        if taken and not any(x >= b for x, _y in s.own_spans) and not p.CJK_SELF.search(low, cs, a):
            # what the author chooses or adds: in '我们选择了同样开源的 X', '我们添加了🤗开源的数据集' the phrase, closed by
            # 的, describes the X the author's own verb takes ('我们选择开源 OWN', '我们发布了开源的 X', '我们更新了开源的
            # OWN' stay the author's)
            return out(False, "dependency", "something the author's verb takes, described as open ('…了…开源的')")
        if fp_agent and lx.ATTITUDE_VERBS.search(low[cs + fp_agent.end():a]) \
                and not lx.RELEASE_VERBS.search(low, cs + fp_agent.end(), a):
            # '我们相信开源的力量' (we believe in the power of open source): what the author believes in or loves is the
            # idea, as 'we love open source' is
            return out(False, "concept", f"the author's attitude to the idea ('{fp_agent.group(0)}…')")
        # ('我们希望自己是开源的受益者': the author as a member of the community the phrase heads)
        community_after = bool(lx.COMMUNITY_HEADS.search(after.lstrip("的 ")[:4])) or low.startswith(_PART_OF, b)
        if fp_agent and not community_after and not lx.DEPENDENCY.search(low[cs + fp_agent.end():a]) \
                and not p.CJK_CURATES.search(low, cs + fp_agent.end(), a) \
                and not lx.THANKS.search(low[cs:a]) and "由" not in low[cs + fp_agent.end():a] \
                and not p.JUDGE_CJK_2.search(low[cs + fp_agent.end():a]) \
                and (p.CJK_RELEASE_AFTER.match(low[b:]) or p.CJK_BA.search(low[cs + fp_agent.end():a])
                     # ('我们同时开源模型权重、…': an adverb between the author and the phrase makes it the verb)
                     or p.CJK_ADVERBS_ONLY.fullmatch(low, cs + fp_agent.end(), a)):
            return out(True, "first-person", f"the author ('{fp_agent.group(0)}') releases it")
        # community
        # ('开源的性能世界一流的 OLAP 图数据库': 'world-class' is a degree, no world of open source)
        degree_apart = p.CJK_WORLD_CLASS.sub(lambda m: "。" * len(m.group(0)), after)
        head_zone = degree_apart[:6]
        # ('协议开源，社区使用…': a community in the next clause is not the phrase's head; nor in the next conjunct,
        # '完全开源和社区支持', fully open source, and community support)
        for mark in "，,。；;":
            head_zone = head_zone.split(mark)[0]
        conjunction = p.CJK_CONJUNCTION_AFTER.search(head_zone)
        head_zone = head_zone[:conjunction.start()] if conjunction else head_zone
        # ('以 Apache 协议开源出来反哺社区': a release verb and its complement, then the community it serves)
        # (a Chinese compound ends in its head: '开源的**3D世界模型' is a model, whatever '世界' inside it says)
        noun_phrase = degree_apart.lstrip("的 ").split("，")[0].split("。")[0][:10]
        # (a conjunction ends the noun phrase: '開源開發者與商業系統開發者' are two communities, no system's developers)
        noun_phrase = p.CJK_CONJUNCTION_SPLIT.split(noun_phrase, maxsplit=1)[0]
        last_community = max((noun_phrase.rfind(h) for h in lx.COMMUNITY_HEADS.inside), default=-1)
        compound_product = last_community >= 0 and any(
            noun_phrase.rfind(h) > last_community for h in lx.PRODUCT_HEADS.starts)
        if ((lx.COMMUNITY_HEADS.search(head_zone) and not lx.PRODUCT_HEADS.search(after.lstrip("的 "))
             and not compound_product) or p.JUDGE_CJK_4.match(after)) and not p.CJK_RELEASE_COMPLEMENT.match(after):
            # '开源社区', '开源开发者'; not '开源项目开发者' (the developers of an open-source project)
            return out(False, "community", "about a community or a movement")
        if not from_first_word(low[:a]) and p.CJK_BARE_TOPIC.match(low, b):
            # 'オープンソースは、AI研究の透明性と再現性を高めるために重要です' (open source is important for …): the
            # phrase alone, the topic of a statement, is the idea, as 'Open source is important …' is in English
            return out(False, "concept", "open source as the topic of a general statement")
        # (opening the sentence, or the clause after a colon: '这次经历让我体会到：开源，是一种…的方式')
        if (not from_first_word(low[:a]) or low[:a].rstrip().endswith(("：", ":"))) and p.CJK_IDEA_DEFINED.match(low, b):
            # '开源，是一种互联网精神。' (open source is a spirit of the internet): the idea defined, no release
            return out(False, "community", "open source defined as an idea ('是一种…精神')")
        attitude = p.CJK_ATTITUDE_BEFORE.search(low, max(0, a - 4), a)
        if attitude and not attributive:
            # '请尊重开源' (please respect open source), '拥抱开源': the idea, as 'engineers who love open source'
            return out(False, "concept", f"open source as an idea ('{attitude.group(0)}…')")
        if p.CJK_CATEGORY_AFTER.match(low, b):
            # '开源赛道' (the open-source track), '开源榜' (leaderboard): a category for open entries, no release
            return out(False, "comparison", f"a category of a ranking or contest ('{low[b:b + 4].strip()}')")
        if p.CJK_CONCEPT_AFTER.match(low, b) and not self.has_own(low[max(0, a - 12):b + 12]):
            # '开源技术的长远发展' (the long-term development of open-source technology): open source as a movement
            return out(False, "community", "about open source as a movement ('…的发展')")
        if low.startswith(_PART_OF, b):
            # '让我们成为开源的一部分' (let us become part of open source): the movement one joins
            return out(False, "community", "open source as the whole one is part of ('…的一部分')")
        labelled = p.CJK_PAREN_LABEL.search(low, max(0, a - 24), a)
        if labelled and p.CJK_PAREN_CLOSE.match(low, b) and not self.has_own(labelled.group(1)):
            # '相对于 Kestrel（开源）为 2.89%': the phrase in parentheses labels the name right before it
            return out(False, "third-party", f"a label of '{labelled.group(1).strip()}', named right before it")
        such = p.CJK_SUCH_AS_BEFORE.search(low, max(0, a - 4), a)
        if such and not self.has_own(low[max(0, a - 30):such.start()]):
            # 'Kestrel 等开源替代方案' (open-source alternatives such as Kestrel): a class shown by others' examples
            return out(False, "third-party", "a class named by examples of others ('…等')")
        if p.CJK_COMPARED_AFTER.match(low, b):
            # '国产开源项目对比' (a comparison of open-source projects): a ranking of a class, no release
            return out(False, "comparison", "a comparison of a class ('…对比')")
        activity = p.CJK_ACTIVITY_BEFORE.search(low, max(0, a - 3), a)
        if activity and not p.CJK_NOUN_AFTER.match(after):
            # '我喜欢做开源' (I like doing open source): open source as an activity
            return out(False, "community", f"open source as an activity ('{activity.group(0).strip()}开源')")
        joined = p.CJK_ACTIVITY_AFTER.match(low, b)
        if joined:
            # 'オープンソースに貢献したい' (want to contribute to open source): open source as what one takes part in
            return out(False, "community", f"open source as an activity ('…{joined.group(0).strip()}')")
        if p.CJK_NEEDS_EVERYONE.match(low, b) and not self.has_own(low[max(0, a - 12):b + 12]):
            # '开源要大家参与贡献才会更美好' (open source needs everyone to take part): a plea about the movement
            return out(False, "community", "open source as a cause everyone serves ('…要大家…', '为开源献出…', '有…热情')")
        # comparisons
        # (within the phrase's clause: '效果媲美主流大模型，开源可商用中文 LLaMA-2' compares, then releases)
        clause = low[max(0, a - 16, *(low.rfind(mark, 0, a) + 1 for mark in "，,；;")):a]
        m = last_match(lx.COMPARISON, clause)
        if m and m.group(0) in ("领先", "領先") and (
                (clause.startswith("的", m.end()) and "是" in clause[:m.start()])
                or (any(x <= 2 for x, _y in s.own_spans) and not p.CJK_WITH.search(clause, 0, m.start()))):
            # 'Milvus 是一款全球领先的开源向量数据库': 'leading' describes the copula's predicate, as in English; so does
            # it in a headline that opens with the own name ('# ShopXO 国内领先企业级…开源电商系统')
            m = None
        if m and not p.QUANTITY_AFTER.match(clause, m.end()):  # '超过30个任务' counts, it does not compare
            return out(False, "comparison", f"a comparison or ranking ('{m.group(0)}')")
        r = lx.COMPARISON_RIGHT_CJK.search(low[b:b + 30])
        # '在英文基准上，OWN 和开源模型 X 相当': a 在 (or 所有, 主流) before a comma frames an earlier clause
        clause_at = max(0, a - 20, *(low.rfind(mark, 0, a) + 1 for mark in "，,；;"))
        zai = low.rfind("在", clause_at, a)
        if r and (p.JUDGE_CJK_12.search(low[clause_at:a]) or r.group(0).endswith(("之中", "当中", "當中",
                                                                                                     "の中で", "を超え",
                                                                                                     "より", "と比較", "相当", "相當",
                                                                                                     # ('…框架中首家': the first among)
                                                                                                     "首家", "首个", "首個", "首款",
                                                                                                     "唯一"))) \
                and not (zai >= 0 and (lx.DEMONSTRATIVE.search(low[zai + 1:a]) or p.JUDGE_CJK_1.search(low[zai + 1:a])
                                       or self.has_own(low[zai + 1:a]))):
            # '在(等量级的)开源模型中，X …': among open-source models, a ranking of others; '在本开源项目中' is in this one
            return out(False, "comparison", f"a comparison or ranking ('{r.group(0)}')")
        if lx.COORDINATED_CLOSED.search(low[b:b + 10]) or p.JUDGE_CJK_5.search(near):
            return out(False, "comparison", "open and closed models side by side")
        if p.CJK_WITH.search(low, max(cs, a - 20), a) and p.CJK_COMPARED.search(low, b, clause_end):
            # '并与相近参数规模的开源 MoE 和 Dense 模型…进行了对比' (compared with open-source models of a similar size)
            return out(False, "comparison", "what '与…对比' (compared with) names")
        # (Japanese and Korean thank after what they thank for: '[X](…)のオープンソースに感謝します')
        th = lx.THANKS.search(low[:a]) or p.THANKED_AFTER.match(low, b)
        if th and th.start() < a and lx.THANKS_TO_READER.match(low, th.start()):
            th = None  # '感谢您参与 OWN 这个开源项目': the reader is thanked, for the own project
        if th and lx.FIRST_PERSON.search(low[:th.start()]) and p.JUDGE_CJK_1.search(before):
            # '我们感谢您对参与我们的开源 OWN 项目的热情': the author thanks the reader for joining its own project
            th = None
        if th:
            return out(False, "thanks", f"thanks or credit to others ('{th.group(0)}')")
        inspired = p.CJK_INSPIRED_BY.search(low)
        if inspired and inspired.start() < a and b <= inspired.end():
            # 'Wren 的部分设计受 X、Y 等优秀开源套件的启发' (inspired by fine open-source suites such as X and Y): credit
            return out(False, "thanks", "credit to others ('受…启发', inspired by)")
        if p.CJK_LICENSE_OPENING.fullmatch(from_first_word(low[cs:a])) and not _LICENSE_HEAD_AFTER.match(after):
            # '- AGPLv3 开源，…', '采用 MIT 开源': a clause that opens with a licence and releases under it, no one
            # else named, states the described product's licence, as 'MIT-licensed and open source' does
            return out(True, "bare-license", f"released under '{from_first_word(low[cs:a]).strip()}'")
        # licence wording
        if _LICENSE_HEAD_AFTER.match(after) or p.JUDGE_CJK_7.search(near):
            if p.CJK_OTHERS_PARTS.search(low, 0, a):
                # '使用涉及第三方代码的部分时，请遵循相应的开源协议': the licences of third-party parts
                return out(False, "license-text", "the licences of parts others made ('第三方', '所用模型')")
            if p.CJK_OTHER_BEFORE.search(low, max(0, a - 6), a):
                # '这些代码采用其他开源许可证' (that code is under other open-source licences): not the own licence
                return out(False, "license-text", "other licences ('其他…'), not the own one")
            other = p.CJK_OTHER_POSSESSOR.search(low[max(0, a - 40):a])
            if other and not self.has_own(other.group(1)):
                return out(False, "license-text", f"the licence of another ('{other.group(1)}的')")
            topic = p.CJK_NAMED_TOPIC.match(low, 0, cs) if cs > 0 else None
            if p.CJK_LICENSE_OPENING.fullmatch(from_first_word(low[cs:a])) and lx.RELEASE_VERBS.search(low, 0, cs) is None \
                    and p.JUDGE_CJK_14.match(from_first_word(low[cs:a])) \
                    and not (topic and not self.has_own(topic.group(1))):
                # (not after a clause whose topic is another's name: 'ThinkPHP是一个…框架，遵循Apache2开源协议发布')
                # '遵循 MIT 开源许可协议，您可以免费使用': a sentence that opens with the licence it follows names no one
                # else, so it is the described product's licence
                return out(True, "bare-license", f"follows '{from_first_word(low[cs:a]).strip()}'")
            if (p.JUDGE_CJK_13.search(low) or lx.DEMONSTRATIVE.search(low[:a]) or self.has_own(low[:a])) \
                    and p.JUDGE_CJK_14.search(low):
                return out(True, "own-license", "the own artifact is released under an open licence")
            if any(y <= a and p.OWN_LICENSE_GAP.fullmatch(low[y:a]) for _x, y in s.own_spans) \
                    and s.block_kind != "heading":  # ('# 四、OWN 开源协议' names a section)
                return out(True, "own-license", "the open licence of the own artifact ('OWN 模型开源协议')")
            if p.JUDGE_CJK_7.search(near) and p.JUDGE_CJK_15.search(low):
                return out(True, "own-license", "the own artifact is released under an open licence")
            if p.CJK_BARE_LICENSED.match(low) and (p.JUDGE_CJK_7.search(near) or _LICENSE_HEAD_AFTER.match(after)):
                # '模型以 Apache 2.0 协议开源', '项目采用 MIT 开源协议': a bare artifact noun (or edition) opening the
                # sentence is the own one
                return out(True, "own-license", "the own artifact is released under an open licence")
            named = p.CJK_NAME_LICENSED.match(low)
            if named and not self.names_known_family(named.group(1)) and s.block_kind != "heading":
                # '纯钧遵循 Apache 2.0 开源协议。': a name opening the sentence and following an open licence is the
                # product the README describes (a name alone makes no third party; a dependency, a thanks or another's
                # parts are decided above)
                return out(True, "own-license", f"'{s.text[named.start(1):named.end(1)]}' follows an open licence")
            if p.JA_KO_LICENSED_RELEASE.match(low, b) and not p.CJK_SUBJECT_MARK.search(low, cs, a) \
                    and s.block_kind != "heading":
                # '音声認識モデルをオープンソースライセンスで配布しています': a release under the open licence, by the
                # author the sentence leaves out (no topic or subject names another)
                return out(True, "bare-license", "released under an open licence, with no one else named")
            return out(False, "license-text", "licence wording, not said of the own artifact")
        # possessive of the author directly on the noun phrase
        poss = p.JUDGE_CJK_1.search(before)
        if poss and self._section_heading(s) and any(w in poss.group(0) for w in ("其他", "其它", "另")):
            # '## 我们的其他开源项目' names the section that lists the siblings; its items are the claims
            return out(False, "heading", "a heading that names the section of the author's other releases")
        if poss:
            return out(True, "own-possessive", f"first-person possessive ('{poss.group(0).strip()}')")
        relative = p.CJK_AUTHOR_RELATIVE.search(before)
        if relative and not lx.DEPENDENCY.search(relative.group(0)) and not lx.THANKS.search(relative.group(0)) \
                and not p.CJK_CURATES.search(relative.group(0)) and not p.CJK_CHOICE.search(relative.group(0)):
            # (nor what the author picks: '我们选择免费的开源字体', we choose free open-source fonts, others')
            # (not what the author lists or studies: '我们还列出了一些很棒的开源项目', we also list some great ones)
            # '我们量化完成的开源模型' (the open-source models we quantized): the author is the subject of the
            # relative clause closed by 的, as 'the open models we trained' is in English ('我们使用的开源模型',
            # the open-source models we use, is a dependency)
            return out(True, "first-person", f"the author's own, in a relative clause ('{relative.group(0)}')")
        # the own name right before the phrase ('OWN 的开源模型', '使用 OWN 开源模型'), unless a dependency word opens a
        # relative clause that makes it the basis of the noun phrase ('基于 OWN 的开源项目', open-source projects based
        # on OWN), or right after it
        own_attached = any(a - 8 <= y <= a and p.CJK_OWN_SERIES_GAP.fullmatch(low[y:a])
                           and not ("的" in low[y:a] and lx.DEPENDENCY.search(low[max(0, x - 8):x]))
                           # ('不使用其它 OWN 开源库': other libraries of the kind the own name names)
                           and not p.CJK_OTHER_BEFORE.search(low, max(0, x - 4), x)
                           for x, y in s.own_spans) or any(
            b <= x <= b + 24 and not p.JUDGE_CJK_19.search(low[b:x]) and not lx.DEPENDENCY.search(low[b:x])
            and "了" not in low[b + 1:x]  # ('开源数据集训练了 OWN': OWN is the object of another verb)
            for x, _y in s.own_spans)  # '其他开源项目使用 OWN': projects that use OWN
        user = last_match(lx.DEPENDENCY, low[cs:a])
        if user and not lx.EDITION_NOUNS.match(after.lstrip()) \
                and p.CJK_DEICTIC_FRAME.fullmatch(from_first_word(low[cs:cs + user.start()])):
            rest = low[cs + user.end():a]
            de = rest.rfind("的")
            if de > 0 and self.has_own(rest[:de]) and len(rest) - de - 1 <= 6 and not p.CJK_CLAUSE_END.search(rest):
                # '使用 OWN 的优秀开源项目' (fine open-source projects that use OWN): a relative clause of use closed by
                # 的 makes the phrase's noun others' things built with the own artifact ('使用 OWN 的开源版本' is its edition;
                # 'X 是一个基于 OWN 改进的开源模型' describes its subject, X)
                return out(False, "dependency", f"others' things that use the own artifact ('{user.group(0)}…的')")
        # a class of things: as the possessor of another noun ('为开源大模型的推理实现统一接口', for the inference of
        # open-source LLMs) or growing in number ('开源中文预训练语料越来越多'), unless the own artifact or the
        # author is named right before it
        owned_here = own_attached or bool(p.JUDGE_CJK_1.search(before)) or bool(p.CJK_THIS_BEFORE.search(
            low[max(0, a - 4):a])) or any(low[max(0, a - 8) + m.end():a].strip() in ("", "的")
                                    for m in lx.DEMONSTRATIVE.finditer(low[max(0, a - 8):a]))
        if not owned_here and p.CJK_CLASS_POSSESSOR.match(low, b):
            return out(False, "generic", "a class of things as the possessor of another noun ('开源模型的…')")
        if not owned_here and (p.CJK_TREND_AFTER.match(low, b) or p.CJK_TREND_BEFORE.search(low, max(0, a - 6), a)):
            return out(False, "generic", "a class of things growing in number ('…越来越多')")
        if not owned_here and not low[:a].strip(" *_`-") and p.CJK_KIND_STATEMENT.match(low, b):
            # '开源软件正在改变世界' (open-source software is changing the world): a kind of thing opening the
            # sentence as the subject of a statement about it, in general
            return out(False, "generic", "a kind in general, the subject of a statement ('开源软件正在…')")
        # dependency
        dep = last_match(lx.DEPENDENCY, near)
        if dep and p.CJK_CONJUNCTION_AFTER.match(near, dep.end()):
            dep = None  # 'SDK部署与海量开源模型': a verb of use before a conjunction is a noun of a list
        if dep is None and p.CJK_NOUN_AFTER.match(after):
            # '通过大规模开源语料对模型进行预训练' (pre-trained on large open-source corpora): by means of, or choosing,
            # an open-source thing is using it; '通过开源，我们…' (by open-sourcing) and '我们选择开源 OWN' (we chose
            # to open-source OWN) are the author's release
            dep = last_match(p.CJK_MEANS, near)
        if dep and dep.group(0)[0] in "をに":
            # Japanese marks the object before its verb: in 'クロスプラットフォームに対応したフリーでオープンソースの実行環境'
            # (a runtime that supports every platform) what is supported came before 'に', and the noun the clause
            # modifies is its subject, not what is used
            dep = None
        if dep and p.CJK_LICENSE_BASIS.search(near, dep.end()):
            dep = None  # '该项目基于 MIT 许可证开源' (released under the MIT licence): a licence, nothing used
        if dep and p.JA_CAN_USE.match(near, dep.end()):
            dep = None  # '無料で利用でき', 'すぐに使用できる' (can be used): what the reader does with it ('easy to use')
        if dep and (lx.PRODUCT_HEADS.search(near[dep.end():].lstrip()) or p.CJK_DATA_NOUN.match(near, dep.end())) \
                and not self.has_own(near[dep.end():]):
            # '…的 Lora 微调模型开源': 微调模型 is a noun (the fine-tuned model), it governs nothing, and so is
            # '指令微调数据' (the instruction-tuning data)
            dep = None
        if dep and closed_by_de(near[dep.end():]) and not self.has_own(near[dep.end():]) \
                and not p.CJK_MAKER_VERB.search(near[dep.end():]):
            # '基于 Llama2 的开源中文大模型 X': the relative clause says what X is built on and ends at 的; whose X is,
            # the rest of the sentence says ('基于 OWN 的开源项目' is decided above: others build on OWN); a clause
            # with a verb of its own ('使用 X 提供的开源方案', use the open-source solution X provides) is the
            # object of the verb before it
            dep = None
        if dep and (lx.FIRST_PERSON.search(near, dep.end()) or p.CJK_SELF.search(near, dep.end())):
            dep = None  # '使用自己构建并开源的 X' (use X, which we built and released ourselves): the author's own
        if dep and not own_attached and (lx.EDITION_NOUNS.match(after.lstrip()) or p.CJK_LISTED_EDITION.match(low, b)) \
                and not p.CJK_EDITION_OF.match(after) \
                and not p.CJK_SUBJECT_3.search(near[dep.end():]) and "的" not in near[dep.end():]:
            # '支持本地部署开源版及云端托管版' (deploy the open-source edition or use the hosted one): an edition named by
            # nothing else is the product's own, whoever uses it, as 'the open-source edition' is in English
            return out(True, "own-edition", f"the open-source edition of the product described ('{dep.group(0)}…')")
        if dep and not own_attached:
            return out(False, "dependency", f"something used ('{dep.group(0)}')")
        used = p.CJK_USED_HEAD.search(low, max(cs, a - 12), a)
        if used and not own_attached:
            # 'Wren 训练使用的开源数据集' (the open-source datasets Wren's training uses): the phrase heads a relative
            # clause whose verb of use has no object of its own, so what is open is what is used, whoever uses it
            return out(False, "dependency", f"what is used ('{used.group(0)}…')")
        reflexive = p.CJK_SELF.search(near)
        if reflexive and not own_attached and (lx.FIRST_PERSON.search(low[cs:a]) or lx.DEMONSTRATIVE.search(low[cs:a])):
            return out(True, "first-person", f"the author releases it ('{reflexive.group(0)}…开源')")
        # after '开源了' (released) what follows is the object released, not what it is built on
        rdep = lx.DEPENDENCY_RIGHT_CJK.search(low[b:b + 40]) if not low.startswith("了", b) else None
        if rdep and p.LICENSE_WORD.search(rdep.group(0)):
            rdep = None  # '…オープンソースであり、Apache License 2.0に基づいて…' (licensed under): the terms, no basis
        if rdep and (not own_attached or lx.MADE_FROM.search(rdep.group(0))):
            # (what is translated or converted is the source, whatever name it bears: '…オープンソースデータ OASST1 を日本語に
            # 翻訳した' in the repository of the translation, oasst1-89k-ja)
            return out(False, "dependency", f"something built upon ('{rdep.group(0)[-6:]}')")
        third = p.JUDGE_CJK_2.search(near)
        if third and (lx.FIRST_PERSON.search(near, third.start()) or lx.DEMONSTRATIVE.search(near, third.start())):
            third = None  # '以下是本项目开源的部分数据': 'the following' is the subject, this project releases
        if third and p.CJK_OWN_BEFORE_QUANTIFIER.search(low[max(0, a - 16):a - len(near) + third.start()]):
            third = None  # '本仓库所有开源代码': all of this repository's code
        quantifier_at = a - len(near) + third.start() if third else a
        # (in the same clause, or in one that goes on with the object list: '…，以及大量开源代码')
        author = lx.FIRST_PERSON.search(low, 0 if p.CJK_LIST_GOES_ON.match(low, cs) else cs, quantifier_at) \
            if third else None
        if author and lx.RELEASE_VERBS.search(low, author.end(), quantifier_at) \
                and not lx.DEPENDENCY.search(low, author.end(), quantifier_at):
            # '我们提供了许多文档和教程，以及大量开源代码' (we provide … a great deal of open-source code): how much the
            # author releases, as 'we've developed a number of open source projects'
            third = None
        if third and not attributive and third.group(0).startswith(("所有", "全部", "모든")):
            third = None  # '所有代码全部开源' (all the code is open source): every one of them, not others
        if third and not attributive and third.group(0)[:1].isdigit() and p.CJK_ALL_RIGHT_BEFORE.search(low, 0, a):
            third = None  # '92 个配套实验全部开源' (all 92 accompanying experiments are released): a count of the parts
        if third and third.group(0).startswith("一系列") and not p.CJK_POSSESSOR_AFTER.match(low, b) \
                and self._cjk_subject(s, a, b) is True:
            third = None  # 'Wren 是一系列开源模型' (Wren is a series of open models): the own artifact is the series
        if third and p.CJK_MADE_WITH_END.search(third.group(0)):
            third = None  # '…等全栈主流技术栈构建的开源商城项目': the quantifier is inside the relative clause of how it is built
        if third and not own_attached:
            return out(False, "generic", f"a quantified or generic noun phrase ('{third.group(0)[:6]}')")
        kinds = p.CJK_QUANTIFIER_AFTER.match(low, b)
        if kinds and not own_attached and not lx.FIRST_PERSON.search(low[cs:a]) and not lx.DEMONSTRATIVE.search(low[cs:a]):
            # '当前开源的各类中文预训练模型' (the various open-source Chinese models of today): the quantifier after
            # 的 makes the noun phrase things of a kind, as before the phrase
            return out(False, "generic", f"a quantified or generic noun phrase ('{s.text[a:kinds.end()]}')")
        clause_start = max(low.rfind(mark, 0, a) for mark in "，,；;。") + 1  # '由 X 提供，开源版不包含': X's clause
        window_end = b + 4
        comma = next_mark(low, b, "，,", len(low))
        if not from_first_word(low[clause_start:a]).strip() and comma - b <= 8:
            # '开源字库，由学者 X 于 2004 年创建' (an open-source font library, created by X in 2004): a noun phrase
            # that makes its own clause is described by the next one, its maker too
            window_end = next_mark(low, comma + 1, "，,；;。", len(low))
        agent = lx.ZH_BY_AGENT.search(low[max(clause_start, a - 40):window_end])
        subj_own = self._cjk_subject(s, a, b)
        if subj_own is False and not agent and p.CJK_SELF_MADE.search(low, 0, a):
            # 'TiDB 是 X 公司自主设计、研发的开源数据库', 'JimuReport 是一款自主研发的开源报表工具': made by its describer
            # itself ('自主', on its own), not by another, whatever its name
            subj_own = True
        # (after a demonstrative the phrase can only modify a noun: '这套开源服务端', this open-source server, is no
        # verb and object as '开源代码' may be)
        if (attributive or lx.PRODUCT_HEADS.search(after.lstrip())) and p.CJK_THIS_BEFORE.search(low[max(0, a - 4):a]) \
                and not agent and not p.CJK_POSSESSOR_AFTER.match(low, b):
            # '此开源项目旨在…', '希望该开源项目…': a demonstrative points at the own artifact, as 'this' does
            said = p.CJK_SAID_BEFORE.search(low, max(0, a - 2), a)
            depends = p.CJK_DEPENDS_ON.search(low, 0, said.start()) if said else None
            if depends and not self.has_own(low[depends.end():said.start()]):
                # '…依赖于 RT-Thread 的 FAL 开源软件包，该开源库也支持…': 该 (the said) points back at what the sentence
                # named as used
                return out(False, "dependency", f"'该…' points back at what the sentence uses ('{depends.group(0)}')")
            return out(True, "demonstrative", f"a demonstrative points at the own artifact ('{low[max(0, a - 4):a].strip()}…')")
        label = p.CJK_LABEL.match(low[:a])
        if label and subj_own is not True and not self.has_own(label.group(1)) and (
                self._is_name(s, label.start(1), label.end(1)) or p.LATIN.search(label.group(1))):
            return out(False, "third-party", f"describes '{s.text[label.start(1):label.end(1)]}', not the own artifact")
        if agent and (lx.FIRST_PERSON.match(agent.group("agent")) or lx.DEMONSTRATIVE.match(agent.group("agent"))):
            agent = None  # '由我们开发', '由本团队维护': the author is no third party
        if agent and subj_own is not True and not self.has_own(agent.group("agent")):
            start = len(low) - len(from_first_word(low))
            dm = lx.DEMONSTRATIVE.match(low, start)
            if dm and dm.group(0).startswith(("这", "這")):
                # ('这个模型基于 BERT，由 X 开源': 'this' may point back at another's product the text before names, as
                # 该 and 此 may; named with its maker, it is that maker's, where 本 'this very' stays the author's own)
                dm = None
            opener_end = dm.end() if dm else next((y for x, y in s.own_spans if x == start), None)
            agent_at = max(clause_start, a - 40) + agent.start()
            # (no clause between them opens with a subject of its own, a Latin name: '本项目参考了 X，X 由 Y 开发')
            if opener_end is not None and opener_end <= agent_at and not any(
                    from_first_word(clause)[:1].isascii() and from_first_word(clause)[:1].isalpha()
                    for clause in p.CJK_SUBJECT_5.split(low[opener_end:agent_at])[1:]):
                # '本项目由 X 原创开发并开源发布', 'MOSN 是…平台，由蚂蚁集团开源': the own project the sentence opens with
                # (Chinese goes on with its subject) is made by its author, named as X
                return out(True, "own-maker", f"the own project the sentence opens with, made by "
                                              f"'{agent.group('agent').strip()}'")
            opening_label = p.CJK_OPENING_LABEL.match(low[:a])
            if opening_label and self.has_own(opening_label.group(1)):
                # 'Wren：由 X 实验室开源的推理框架': what the own name's label describes, its maker released
                return out(True, "own-subject", f"the own name '{s.text[opening_label.start(1):opening_label.end(1)]}' "
                                                f"labels what its maker ('由{agent.group('agent')}') released")
            return out(False, "third-party", f"released by someone else ('由{agent.group('agent')}')")
        introduced = p.CJK_INTRODUCED.match(low[:a]) if subj_own is None and not agent else None
        if introduced and not self.names_known_family(introduced.group(1)) \
                and not any(mark in low[introduced.end():a] for mark in "，,；;。") \
                and not (lx.FIRST_PERSON.search(low, b) and lx.DEPENDENCY.search(low, b)):  # ('…，我们基于它开发')
            # '夜莺是一款开源的云原生监控系统', '若依是一套全部开源的快速开发平台': a Chinese name introduced as 'a (product)'
            # is how a README presents its own product, however its name differs from the repository's (a name
            # alone makes no third party; dependency, comparison, licence and community wording are decided above)
            return out(True, "introduced-product",
                       f"'{s.text[introduced.start(1):introduced.end(1)]}' is introduced as a product ('是一款…')")
        owner_before = p.KO_NAME_OWNER_BEFORE.search(low, max(0, a - 40), a) if not p.KO_RELATION_AFTER.match(low, b) \
            else None
        if owner_before and p.KO_OBJECT_BETWEEN.search(low, owner_before.end(1), a):
            # ('한국어 LLM의 성능을 평가하는 오픈소스 벤치마크': the possessor's noun takes its case particle, the object of a
            # relative clause on the phrase's noun; the name owns that noun, not what the phrase describes)
            owner_before = None
        releaser = p.CJK_PERSON_AGENT.search(low[:b]) or p.CJK_MADE_BY_BEFORE.search(low[:a]) or owner_before
        if not releaser and (p.CJK_RELEASED_OBJECT.match(low, b) or p.CJK_NAMED_OBJECT.match(low, b)):
            # 'ColossalAI开源了他们的ChatGPT实现' (ColossalAI released their implementation): a name right before a
            # release verb with an object after it is who released ('Wren-2 开源了！' names what was released)
            releaser = p.CJK_AGENT_BEFORE.search(low[:a])
        if releaser and not self.has_own(releaser.group(1)):
            # 'MasterYip 同学开源了 X' (fellow student MasterYip released X), in a news item too: a person named as who
            # released is someone else, whatever the object is named
            return out(False, "third-party", f"released by someone else ('{s.text[releaser.start(1):releaser.end(1)]}')")
        acted_on = p.CJK_OBJECT_OF.match(low, b)
        if acted_on and p.CJK_ROLE_PARTICLE.search(low, b, acted_on.start("verb")):
            acted_on = None
        if acted_on and not lx.RELEASE_VERBS.match(acted_on.group("verb")) \
                and not self.has_own(low[b:acted_on.start("verb")]) and not lx.FIRST_PERSON.search(low) \
                and not p.CJK_ZERO_SUBJECT_END.match(low, acted_on.end("verb")):
            # '…는 새로운 오픈소스 프로젝트를 시작 및 설정을 지원하며' (supports starting new open-source projects), 'オープン
            # ソースプロジェクトを支援する': the phrase's noun phrase is what another verb acts on, as 'helps you start
            # open-source projects' is in English; only a verb of release makes it the author's ('…모델을 공개합니다').
            # (a verb in a relative clause before the noun the copula predicates, '…を解く python ライブラリです', leaves
            # the phrase to that noun; the author's own sentence is decided by what the author does, below)
            return out(False, "generic", f"the object of '{acted_on.group('verb')}', not a release")
        opening = from_first_word(low[:a])
        verb = lx.RELEASE_VERBS.match(opening)
        if verb and verb.group(0) in p.CJK_OFFER_VERBS and not any(m in opening for m in "，,。；;") \
                and not agent and subj_own is not False and not p.CJK_CLASS_POSSESSOR.match(low, b):
            # (not where the phrase's noun is the possessor of what is offered: '提供开源大模型API的接入' offers access to
            # the APIs of open-source LLMs, a class of others')
            # '4. 提供支持中英文双语的开源模型版本。', '- 发布开源模型。': an item that opens with a verb of release, with no
            # subject, tells what the authors release (Chinese drops a known subject)
            return out(True, "subjectless-release", f"an item that opens with '{verb.group(0)}' and names no one else")
        main = p.CJK_AS_A_MAIN.search(low, b)
        if p.CJK_AS_A.match(low) and not main and not agent:
            # ... or an own name opens the main clause ('作为一个开源项目，OWN 允许开发人员…')
            comma = min((i for i in (low.find("，", b), low.find(",", b)) if i >= 0), default=-1)
            at = word_start(low, comma + 1) if comma >= 0 else -1
            subject = next(((x, y) for x, y in s.own_spans if x == at), None) if at >= 0 else None
            if subject and not low[b:comma].count("，"):
                return out(True, "own-subject", f"'作为…' describes the main clause's subject, the own "
                                                f"'{s.text[subject[0]:subject[1]]}'")
        as_a_ja = p.JA_AS_A.match(low)
        if as_a_ja and b <= as_a_ja.end() and not agent:
            # 'オープンソースプロジェクトとして、Angularの日々のコミットは…' (as an open-source project, Angular's daily
            # commits …): Japanese puts 'as' after its noun; the main clause's subject, an own name or the author,
            # is what the phrase describes, as after '作为'
            at = word_start(low, as_a_ja.end())
            subject = next(((x, y) for x, y in s.own_spans if x == at), None)
            author = lx.FIRST_PERSON.match(low, at)
            if subject or author:
                named = s.text[subject[0]:subject[1]] if subject else author.group(0)  # type: ignore[union-attr]
                return out(True, "own-subject", f"'…として' describes the main clause's subject ('{named}')")
        if p.CJK_AS_A.match(low) and main and not low[b:main.start()].count("，") and not agent:
            # '作为一个免费开源的中后台模板，它采用了…' (as a free, open-source template, it uses …): the main clause's
            # subject, the product described or the author, is what the phrase describes, as 'As an open-source X,
            # we …' is in English
            return out(True, "own-subject", f"'作为…' describes the main clause's subject ('{main.group(0).strip(' ，,')}')")
        if subj_own is True:
            return out(True, "own-subject", "openness is said of the own artifact")
        opener = self._cjk_opener(s, a, b) if subj_own is None and not agent else ""
        if opener:
            # '本项目包含两部分：开源的 JS 库和…', '本项目不承担开源模型和代码导致的风险': the sentence is about this
            # project or the own name it opens with, and nothing it uses, thanks or compares governs the phrase
            # (those are decided above), as English 'This project has two parts: an open-source library …'
            return out(True, "own-subject", f"the sentence is about the own artifact (it opens with '{opener}')")
        topic = self._topic_predicated(s, a, b) if subj_own is None and not agent else None
        if topic is not None:
            own_topic, name = topic
            return out(own_topic, "own-subject" if own_topic else "third-party",
                       f"the sentence's copula predicates the phrase of its topic '{name}'"
                       + ("" if own_topic else ", a name, linked or in Latin letters, that is not an own one"))
        # (at the sentence's start, or at the start of a later clause when the clause before names no one: '课程以项目为主，
        # 代码都是开源的'; not 'Meta 发布了 Llama，模型都是开源的')
        previous_clause = max(low.rfind(mark, 0, max(0, clause_start - 1)) for mark in "，,；;。") + 1
        # (a name the clause before uses names no subject: '…的 APP，采用 Flutter 开发，代码完全开源')
        named_before = self._names_someone(s, previous_clause, clause_start) \
            and not lx.DEPENDENCY.search(low, previous_clause, clause_start)
        bare = p.CJK_BARE_SUBJECT.match(low[:a]) or p.JA_KO_BARE_SUBJECT.match(low[:a]) or (
            p.CJK_BARE_SUBJECT.match(low[clause_start:a]) if not named_before else None)
        if bare and not agent and s.block_kind != "heading":
            # Chinese has no articles: a bare artifact noun opening the sentence is the definite one these
            # documents describe ('产品开源免费', '代码开源')
            return out(True, "definite-artifact", f"'{bare.group(1)}' opens the sentence: the own artifact")
        if own_attached:
            return out(True, "own-name", "the repository's own name is in the noun phrase")
        if subj_own is False and attributive:
            return out(False, "third-party", "openness is said of something else")
        # (in a list item, the first clause alone: '* 免费开源，内网部署，…' lists the product's properties clause by clause)
        if p.CJK_INTENSIFIED.fullmatch(from_first_word(low[:a])) and s.block_kind != "heading" and (
                p.LINE_END.fullmatch(low, b) or (s.block_kind == "list_item" and low[b:b + 1] in ("，", ","))
                or p.CJK_SHORT_PROPERTY_AFTER.match(low, b)):
            # '- 100% 오픈소스', '完全オープンソース！': the phrase and its degree alone, a property of the product
            # described, as '100% open source' is in English; so with a short property beside it ('100% 开源可商用，…',
            # 100% open source and free for commercial use)
            return out(True, "tagline", "a headline that predicates openness without a verb ('100% open source')")
        if p.CJK_PROPERTY_LIST.fullmatch(from_first_word(low).strip()) and subj_own is not False and not agent \
                and s.block_kind != "heading" and not p.CJK_AUDIENCE_BEFORE.search(low[max(0, a - 2):a]):
            # ('## 相关开源&产品' names a section; '面向开源项目和开发者产品' names whom the product is for)
            # '10. 开源、安全、合规、自主可控。': the properties of the product described, listed without a verb, as
            # 'Open source, self-hosted and free' is in English
            return out(True, "tagline", "a list of the described product's properties without a verb")
        if p.CJK_ALTERNATIVE_AFTER.match(low, b) and subj_own is not False and not agent and "等" not in near \
                and not _linked_entry(s, a):
            # '帆软的开源替代方案' (an open-source alternative to FanRuan): the product described is the alternative
            return out(True, "tagline", "the product described as an open-source alternative to others")
        first = lx.FIRST_PERSON.search(low)
        # ('这是一个…的项目，完全免费开源': 'this' as the copula's subject opening the sentence is the topic its later
        # clauses without a subject of their own go on about, as a demonstrative with its noun is)
        dem = lx.DEMONSTRATIVE.search(low) or p.CJK_THIS_IS_OPENER.match(low)
        if not attributive and p.CJK_SUPPORTED_AFTER.match(low, b) and not self.has_own(low[:a]) \
                and not lx.FIRST_PERSON.search(low[:a]):
            # 'X 开源，欢迎加入视频生成模型家族！', 'X 开源，我们已提供全面支持': another's release the project now supports
            return out(False, "dependency", "another's release the project now supports ('欢迎加入…', '…支持')")
        if not attributive and p.CJK_THIS_AFTER.match(low, b) and not agent:
            # '此番开源本 SDK' (this time we open-source this SDK): the object released is this one
            return out(True, "demonstrative", "what is released is this one ('开源本…')")
        if not attributive:
            # the author releases when named before the phrase or in its clause; '大规模模型开源受到限制，我们将…'
            # (releasing large models is restricted; we will …) names the author in a later clause about something
            # else, while a clause the phrase ends shares the next one's subject ('通过开源，我们…', '虽然是开源，但我们…')
            goes_on = len(low[b:clause_end].strip(" *_`!！~～")) >= 4
            if goes_on and ((first and first.start() >= clause_end) or (dem and dem.start() >= clause_end)):
                first = lx.FIRST_PERSON.search(low, 0, a) or lx.FIRST_PERSON.search(low, b, clause_end)
                dem = lx.DEMONSTRATIVE.search(low, 0, a) or lx.DEMONSTRATIVE.search(low, b, clause_end)
            # (a clause with a subject of its own keeps it: 'litemall是一个优秀的开源商城，本项目基础架构参考litemall' says
            # litemall is open, and then what this project takes from it)
            later_only = all(m is None or m.start() >= clause_end for m in (first, dem))
            if (first or dem) and not (later_only and subj_own is False):
                who = first if first is not None else dem
                assert who is not None
                clause_start = max(low.rfind(mark, 0, a) for mark in "，,；;。") + 1
                opener = p.CJK_LATIN_CLAUSE_SUBJECT.match(low, clause_start) if who.start() < clause_start else None
                if opener and opener.end(1) <= a and not self.has_own(opener.group(1)):
                    # '本项目是一个基于 Kestrel 的工具，Kestrel 完全开源': the phrase's own clause opens with a subject of
                    # its own, another's name
                    return out(False, "third-party", f"the clause has a subject of its own "
                                                     f"('{s.text[opener.start(1):opener.end(1)]}')")
                used_here = last_match(lx.DEPENDENCY, low[clause_start:a]) if who.start() < clause_start else None
                if used_here and not lx.RELEASE_VERBS.search(low, max(clause_start + used_here.end(), a - 3), a):
                    # '用户在使用该项目之前，须确认…使用了公开可用的开源EPUB文件': the author or this project is named
                    # in an earlier clause; in the phrase's own clause a verb of use takes it
                    return out(False, "dependency", f"what the phrase's own clause uses ('{used_here.group(0)}'), "
                                                    f"not a release of '{who.group(0)}'")
                curates = p.CJK_CURATES.search(low, who.end(), a)
                if curates:
                    # '我们分享了…全过程，并开源全部代码' (we shared the process, and released all the code): a clause of
                    # its own that opens with the phrase as its verb is the author's release, not what is shared
                    cut = max(low.rfind(mark, curates.end(), a) for mark in "，,；;")
                    if cut >= 0 and low[cut + 1:a].strip() in p.CJK_COORDINATORS:
                        curates = None
                if curates and not p.CJK_DONE_BEFORE.search(low, max(0, a - 4), a) \
                        and not p.CJK_THIS_BEFORE.search(low[max(0, a - 4):a]):
                    # ('我們很高興向大家介紹這個開源專案的…': what a demonstrative points at is the own project, whatever
                    # the verb that introduces it)
                    # ('我们很高兴分享 X 现已开源': a completed release is announced, not curated)
                    # '本仓库持续分析开源开放的大模型' (this repository analyses open models): what the author collects,
                    # studies or recommends is others'
                    return out(False, "third-party", f"the author curates or studies others' work ('{curates.group(0)}')")
                if lx.ATTITUDE_VERBS.search(low[who.end():a]) and not lx.RELEASE_VERBS.search(low, who.end(), a):
                    # '我們深信開放原始碼與社群協作的力量' (we believe in the power of open source and community
                    # collaboration): the idea, as above
                    return out(False, "concept", f"the author's attitude to the idea ('{who.group(0)}…')")
                choice = p.CJK_CHOICE.search(low, who.end(), a)
                if choice and "的" in low[choice.end():a] and (p.CJK_NOUN_AFTER.match(low, b)
                                                               or p.LATIN_NAME_AFTER.match(low, b)):
                    # '我们选择免费的开源字体' (we choose free open-source fonts), '我们选用字节的开源flowgram.ai': what
                    # the author picks, a noun phrase with its modifiers or a name, is others' ('我们选择开源 OWN', we
                    # chose to open-source OWN, is a release)
                    return out(False, "dependency", f"what the author picks ('{choice.group(0)}')")
                return out(True, "first-person", f"the author ('{who.group(0)}') releases it")
            if any(x < clause_end or not goes_on for x, _y in s.own_spans):
                return out(True, "own-name", "a release of the own artifact")
            named = p.CJK_NAMED_AGENT.search(low[:a]) or last_match(p.CJK_CLAUSE_AGENT, low[:a])
            if named and not self.has_own(named.group(1)) and not first and not dem:
                # '近期Meta发布了Llama2版本，开源可商用': the sentence names who released, and it is someone else (in a
                # dated item too: '2024年5月，Meta发布了Llama 3，开源可商用' is no news of the author's)
                return out(False, "third-party", f"released by someone else ('{s.text[named.start(1):named.end(1)]}')")
            if s.news or lx.news_date(low) or lx.DONE_CHECKBOX.search(low):
                return out(True, "news-item", "a release announced in a news item or roadmap")
            later = p.CJK_AFTER_RELEASE_SUBJECT.match(low, b) if not low[:a].strip(" *_`-") else None
            if later and not self.has_own(later.group(1)) and not first and not dem:
                # '开源之后，K8s 成为了…的实际标准': the release of the main clause's subject, someone else's
                return out(False, "third-party", f"said of the main clause's subject "
                                                 f"('{s.text[later.start(1):later.end(1)]}')")
            appositive = p.CJK_NAME_BEFORE_COMMA.search(low, 0, a)
            if appositive and sum(c.isalpha() for c in appositive.group(1)) >= 3 \
                    and p.CJK_DESCRIBED_NOUN_PHRASE.match(low, b) and not self.has_own(appositive.group(1)) \
                    and not first and not dem:  # (a name, not a version: '发布了 v2，开源模型')
                # '计全支付Jeepay，开源支付系统' (Jeepay, an open-source payment system): a noun phrase set after a name
                # and a comma describes that name, as 'Finchpay, an open-source payment system' does in English
                return out(False, "third-party", f"said of '{s.text[appositive.start(1):appositive.end(1)]}', "
                                                 "in apposition, not an own name")
            done_where = p.CJK_DONE_WHERE.search(low, max(cs, a - 20), a)
            if done_where and any(done_where.start() <= x and y <= a for x, y in s.link_spans):
                done_where = None  # ('已在[finch](https://github.com/OTHER/finch)开源': where it is released, the link says)
            if (p.JUDGE_CJK_16.search(low[max(0, a - 6):a]) or p.OWNER_9.match(low[:a]) or done_where) \
                    and s.block_kind != "heading" and not p.JA_NOUN_PHRASE.match(low, a) \
                    and not lx.THANKS.search(low, b):  # ('오픈소스에 헌신한 … 저자들에게 존경을 표합니다': thanks)
                # (a heading '开源金融数据集' names the section's topic; Japanese writes the verb オープンソース化する, so
                # 'オープンソースSNS…のクライアント' opens with a noun phrase, no release)
                if p.CJK_COMMUNITY_OPENER.match(low) and not lx.FIRST_PERSON.search(low, 0, a) \
                        and not any(x < a for x, _y in s.own_spans):
                    return out(False, "community", "the community the sentence opens with is who releases")
                topic = p.CJK_NAME_TOPIC.match(s.prev)
                if topic and not self.has_own(topic.group(1)) and not lx.FIRST_PERSON.search(low) \
                        and not lx.DEMONSTRATIVE.search(low):
                    # 'Effekseerは、…ツールです。オープンソースで開発されていて、…': the subject left out is the topic the
                    # sentence before opens with, another's name
                    return out(False, "third-party", f"a subject left out: the previous sentence's topic "
                                                     f"'{topic.group(1)}', not an own name")
                return out(True, "subjectless-release", "a release announced without a subject")
            if p.CJK_BARE_OBJECT.search(low[:a]) and subj_own is not False and not agent:
                # '目前仅对后端进行开源' (for now only the backend is released): a part of the release as the object of a
                # light verb, with no one named, is the author's release (Chinese drops a known subject)
                return out(True, "subjectless-release", "a part of the release is released, by no one else named")
            done = p.CJK_DONE_RELEASE.match(low[b:]) or p.JA_DONE_RELEASE_END.match(low[b:]) or (
                p.JA_OBJECT_DONE_RELEASE.match(low[b:]) and low[:a].rstrip().endswith("を")) or (
                # (Korean marks a named subject with 이/가, 'Kestrel 모델이 … 공개했습니다': then it is who released)
                p.KO_DONE_RELEASE_END.match(low, b) and not p.CJK_SUBJECT_MARK.search(low, 0, a)) or (
                # (a topic before a passive is what was released: '…モデルは…オープンソース化されていますが' may be another's)
                p.JA_PASSIVE_RELEASE.match(low, b) and not p.CJK_SUBJECT_MARK.search(low, 0, a))
            if done and subj_own is not False and not agent:
                # '…をオープンソース化しました', '…已经开源了': a completed release told without naming the agent is
                # the author's announcement (both languages drop a known subject); a third party is named ('由X')
                return out(True, "subjectless-release", "a completed release announced without naming who released")
            if subj_own is False:
                return out(False, "third-party", "released by someone else")
            left_out = self._left_out_subject(s, a, b) if not agent else None
            if left_out is not None:
                return out(left_out[0], "own-subject" if left_out[0] else "third-party", left_out[1])
            if not agent and self._indefinite_headline(s, a, b):  # ('一款开源浏览器插件': no verb, an attribute)
                return out(True, "tagline", "a headline naming the own product ('一款开源…'), with no subject")
            return out(False, "no-owner", "nothing ties the phrase to the author's own artifact")
        if p.CJK_DONE_BEFORE.search(low[max(0, a - 4):a]) and low[b:b + 1] == "的" and subj_own is not False \
                and not agent and s.block_kind != "heading":  # a heading '已开源的模型' names a topic
            # '目前已开源的模型版本：…' (the model versions released so far): a completed release as a relative
            # clause, with no one else named as who released (dependency and quantifiers are decided above)
            return out(True, "subjectless-release", "what has been released, by no one else named")
        if p.CJK_RELEASED_IS.match(low[b:]) and subj_own is not False and not agent:
            # '开源的是…模型' (what was released is …): a release told without its agent, as in the news above
            return out(True, "subjectless-release", "what was released is named, by no one else")
        # attributive: '开源的X', 'オープンソース版'
        if p.JUDGE_CJK_8.match(low) or p.JUDGE_CJK_9.search(before):
            return out(True, "tagline", "a superlative headline about the described artifact")
        if first and p.JUDGE_CJK_10.search(low[max(0, a - 20):a]):
            return out(True, "first-person", "the author describes its own artifact")
        # this project or the author as the agent of a release, right before the phrase or before a release verb
        # that governs it ('以下是本项目开源的部分数据', '本项目推出了基于 X 的中文开源大模型 Y')
        who = last_match(lx.DEMONSTRATIVE, low[cs:a]) or last_match(lx.FIRST_PERSON, low[cs:a])
        gap = low[cs + who.end():a] if who is not None else ""
        clause = low[cs:a].lstrip(" ，,；;")
        if who is None and cs > 0 and lx.RELEASE_VERBS.match(clause):
            # '我们致力于降低门槛，提供…的全套开源方案': a clause that opens with its verb goes on with the subject the
            # clause before it opened with
            before_start = max(low.rfind(mark, 0, max(0, cs - 1)) for mark in "，,；;。") + 1
            opener = from_first_word(low[before_start:cs])
            opener_at = cs - len(opener)
            who = lx.FIRST_PERSON.match(low, opener_at) or lx.DEMONSTRATIVE.match(low, opener_at)
            gap = clause
        if who is not None:
            if p.CJK_CURATES.search(gap):
                # '我们搜集了十余个开源的数据集' (we collected a dozen open-source datasets): others'
                return out(False, "third-party", f"the author curates or studies others' work ('{p.CJK_CURATES.search(gap).group(0)}')")
            if p.CJK_AGENT_GAP.fullmatch(gap) or (lx.RELEASE_VERBS.search(gap) and not p.CJK_OPEN_DEPENDENCY.search(gap)):
                return out(True, "first-person", f"'{who.group(0)}' releases it")
        if lx.EDITION_NOUNS.search(after.lstrip()) and not p.CJK_EDITION_OF.match(after) \
                and subj_own is not False and not agent and not self._section_heading(s) \
                and p.CJK_THIS_EDITION.search(low[max(cs, a - 6):a]):
            # '当前开源版本保留…' (the current open-source edition keeps …): an edition of the product described, as
            # 'the open-source edition' is in English ('## 开源版与企业版' is a heading that names a section)
            return out(True, "own-edition", "the open-source edition of the product described")
        date = lx.news_date(low)
        # what the item opens with after the date and its brackets, marks and emoji
        opening = from_first_word(low[date.end():a]) if date else ""
        # (a hosting platform may come first: '[2024-5-17] huggingface 开源模型权重', released on Hugging Face)
        if date and (not opening or lx.RELEASE_VERBS.match(opening) or p.CJK_RELEASE_PLATFORM.fullmatch(opening)) \
                and subj_own is not False and not agent:
            # '[9/22/2023] 🔥开源中文金融评估数据集 X', '2023年8月28日：发布…的开源大模型 X': a dated item that opens with
            # the phrase or a release verb announces a release, whether 开源 reads as the verb or as an adjective
            return out(True, "news-item", "a dated news item that opens with the release")
        possessor = p.CJK_OTHER_POSSESSOR.search(low[max(0, a - 20):a])
        if possessor and self.has_own(possessor.group(1)) and lx.EDITION_NOUNS.match(after.lstrip()) \
                and not p.CJK_EDITION_OF.match(after) and not agent:
            # 'OWN数据集的开源版本发布' (the open-source edition of the own dataset is out): an own artifact's edition
            name_at = max(0, a - 20)
            name = s.text[name_at + possessor.start(1):name_at + possessor.end(1)]
            return out(True, "own-edition", f"the open-source edition of '{name}'")
        if p.JUDGE_CJK_11.match(after) and not p.JUDGE_CJK_17.search(before) and len(low) < 60 \
                and not p.CJK_EDITION_OF.match(after) and not self._section_heading(s) \
                and not (possessor and not self.has_own(possessor.group(1))):  # 'Kestrel 的开源版本': another's
            return out(True, "tagline", "a headline naming the own version ('…のオープンソース版')")
        # (the phrase's own abbreviation before it names no one: 'OSS（オープンソースソフトウェア）')
        abbreviation = _abbreviation_before(low, a)
        if subj_own is not False and not agent and p.JA_OBJECT_MADE_END.match(low, b) \
                and not p.CJK_SUBJECT_MARK.search(low, 0, a) \
                and not self._names_someone(s, 0, abbreviation if abbreviation >= 0 else a):
            # '…OSS（オープンソースソフトウェア）を実装してみました。', 'オープンソースのライブラリを開発しています': the
            # phrase on the object of a verb of making or releasing that ends the sentence, its subject (the author)
            # left out, as Japanese does
            return out(True, "subjectless-release", "the object of a verb of making or releasing, the author left out")
        left_out = self._left_out_subject(s, a, b) if subj_own is not False and not agent else None
        if left_out is not None:
            return out(left_out[0], "own-subject" if left_out[0] else "third-party", left_out[1])
        if subj_own is not False and not agent and self._verbless_headline(s, a, b):
            # 'AIエージェント向けのオープンソースブラウザ。', '단순하고 우아한 오픈소스 마크다운 에디터.': a noun phrase with no
            # verb and no subject names the product described, as 'An open-source desktop client for …' does
            return out(True, "tagline", "a headline naming the own product, with no verb and no subject")
        if subj_own is not False and not agent and self._indefinite_headline(s, a, b):
            # '一款开源浏览器翻译插件，提供网页双语阅读': an indefinite noun phrase that opens the sentence, its subject left
            # out, names the product described, as 'An open-source browser extension for …' does in English
            return out(True, "tagline", "a headline naming the own product ('一款开源…'), with no subject")
        return out(False, "no-owner", "nothing ties the phrase to the author's own artifact")

    def _indefinite_headline(self, s: Sentence, a: int, b: int) -> bool:
        """A Chinese sentence that opens with 'a' (一款, 一个, 一套) and the phrase on a short noun that ends its first
        clause; what follows the comma goes on about it without a subject ('，提供…', '，支持：').  Not a heading below
        the title, a table cell or a list entry that opens with a linked name (the entry's description), nor a noun
        of the community ('一个开源社区')."""
        low = s.low
        if (s.block_kind == "heading" and s.heading_level != 1) or s.block_kind in ("table_cell", "alt_text", "metadata"):
            return False
        if not p.CJK_INDEFINITE_OPENER.fullmatch(from_first_word(low[:a]).rstrip(" *_")) or _linked_entry(s, a):
            return False
        head = p.CJK_INDEFINITE_HEAD.match(low, b)
        # (a kind of product in Latin letters is no one's name: '聊天 Agent', '命令行 CLI'; 'Llama 变体' names another's)
        return bool(head) and not p.JUDGE_CJK_4.match(low, b) and not p.CJK_SUBJECT_MARK.search(head.group(1)) \
            and all(ownnames.is_generic(word) or self.has_own(word) for word in p.LATIN_WORD.findall(head.group(1)))

    def _verbless_headline(self, s: Sentence, a: int, b: int) -> bool:
        """A Japanese or Korean sentence that is one noun phrase: the phrase modifies the noun after it, which ends
        the sentence, and no topic, subject, particle or verb stands anywhere after the phrase.  Not in a list item
        or a table cell, nor with a link in it: '- [X](…) - オープンソースの…エディタ' describes the entry X.  The phrase
        and one noun alone ('오픈 소스 모델', open-source models) name a topic, as a section label does."""
        low = s.low
        tail = p.JA_KO_HEADLINE_TAIL.match(low, b)
        if tail and not from_first_word(low[:a]).strip() and len(tail.group(1).split()) < 2:
            return False
        return bool(tail and p.KANA_OR_HANGUL.search(low) and not self._section_heading(s)
                    and s.block_kind not in ("list_item", "table_cell") and not s.link_spans
                    and not p.CJK_NOT_NOUN_PHRASE.search(tail.group(1) + " ")
                    and not p.KO_VERB_ENDING.search(tail.group(1))
                    and not p.CJK_SUBJECT_MARK.search(low, 0, a))

    def _left_out_subject(self, s: Sentence, a: int, b: int) -> tuple[bool, str] | None:
        """'…MITライセンスのオープンソースソフトウェアです。', '무료 오픈 소스 앱입니다.', '無料のオープンソースで、…': a sentence
        that predicates the phrase (or its noun phrase) with a copula and names no subject or topic leaves out 'it',
        as 'Es una herramienta …' does in Spanish; the sentence before decides what 'it' is.  None: not such a
        sentence."""
        low = s.low
        if not (_copula_predicates(low, b) or p.CJK_ZERO_SUBJECT_GOES_ON.match(low, b)) \
                or p.CJK_SUBJECT_MARK.search(low, 0, a) or self._section_heading(s) \
                or self._names_someone(s, 0, a, objects=False):
            return None
        own, why = self.pronoun(s, a)
        return own, f"a subject left out ({why})"

    @staticmethod
    def _section_heading(s: Sentence) -> bool:
        """A heading below the title: it names a section ('## 开源版与企业版'), it does not describe the product."""
        return s.block_kind == "heading" and s.heading_level >= 2

    def _cjk_opener(self, s: Sentence, a: int, b: int) -> str:
        """The demonstrative ('本项目') or own name the sentence opens with, when the phrase is in its first clause and
        no verb of use, thanks or a named other comes between them; else ''."""
        low = s.low
        start = len(low) - len(from_first_word(low))
        if start >= a or p.CJK_CLAUSE_END.search(low, start, a):
            return ""
        # (or the phrase's own clause opens with it, after a conjunction: '此问题可以…解决，但此项目只是我业余时间来制作的
        # 开源项目' (but this project is only an open-source project I make in my spare time))
        clause = p.CJK_CLAUSE_OPENING.search(low, start, a)
        if clause and lx.DEMONSTRATIVE.match(low, clause.end()):
            start = clause.end()
        adverbial = p.CJK_LEADING_ADVERBIAL.match(low, start)
        if adverbial and adverbial.end() < a and not lx.DEPENDENCY.search(adverbial.group(0)) \
                and not p.CJK_SUBJECT_3.search(adverbial.group(0)):
            # '如无特殊说明，OWN 主线发布的开源模型…' (unless stated otherwise, …): the subject follows the adverbial
            rest = low[adverbial.end():]
            start = adverbial.end() + len(rest) - len(from_first_word(rest))
        dm = lx.DEMONSTRATIVE.match(low, start)
        own = self._own_name_at(s, start, a)
        end = dm.end() if dm else own if own is not None else -1
        it = p.CJK_IT.match(low, start) if end < 0 else None
        if it and self.pronoun(s, a)[0]:
            # '它为已支持功能提供…兼容性，完全开源，并…' (it provides …, is fully open source, and …): 'it' takes the
            # previous sentence's subject or the document's, as in English
            end = it.end()
        if end < 0:
            return ""
        opened = end  # (what the sentence or clause opens with, as written, for the verdict's reason)
        # (a later clause that opens with the phrase, or an adverb before it, is another predicate of the same
        # subject: '它为…提供 S3 API 兼容性，完全开源' says 'fully open source' of 它, not of what the clause before
        # names; only that clause then stands between them)
        shared = p.CJK_PREDICATE_CLAUSE.search(low, end, a)
        if shared:
            end = shared.end()
        terms = [m.span() for m in p.JA_LICENCE_BASIS.finditer(low, end, a)]
        gap = "".join(" " if any(x <= i < y for x, y in terms) else ch for i, ch in enumerate(low[end:a], end)) \
            if terms else low[end:a]
        gap = without_ease_adjectives(gap)  # ('易拓展、方便使用，并且…开源的': an adjective)
        if p.CJK_COPULA_WEI.fullmatch(gap) and p.CJK_NOUN_ENDS_CLAUSE.match(low, b):
            gap = ""  # ('本扩展为开源软件，…': 为 as the copula 'is', no preposition 'for')
        if lx.DEPENDENCY.search(gap) or lx.THANKS.search(gap) or p.CJK_SUBJECT_3.search(gap) or p.CJK_CURATES.search(gap) \
                or p.CJK_PREPOSITION.search(gap) \
                or any(end <= x < a and not any(u <= x and y <= v for u, v in terms) for x, y in s.link_spans):
            return ""  # 'OWN 支持 X 等开源模型', a Latin name or a link between them is what the phrase is said of
        return s.text[start:opened]

    def _topic_predicated(self, s: Sentence, a: int, b: int) -> tuple[bool, str] | None:
        """Whose the topic the sentence opens with is, when its copula at the end predicates the phrase's noun phrase
        of it (True: the own name, 'this project' or the author; False: a name, linked or in Latin letters, that is not
        an own one), with the topic's text; None: no such sentence.  Japanese and Korean put the verb last, so 'OWN는 … 코어를 앱으로
        연결하는 오픈소스 프로젝트입니다' (OWN is an open-source project that connects … core to an app) says OWN is
        the project, whatever the relative clause between them names (what it connects, uses or is built on), as
        'OWN is an open-source project that connects X' does in English; '[X](…)는 무료 오픈소스 … 서비스입니다' says
        it of X."""
        low = s.low
        if not _copula_predicates(low, b):
            return None
        start = len(low) - len(from_first_word(low))
        # (a bare noun of a release is the definite one, Japanese and Korean having no articles: '拡張機能自体は…',
        # the extension itself, as 'the extension' is in English)
        who = lx.DEMONSTRATIVE.match(low, start) or lx.FIRST_PERSON.match(low, start) \
            or p.JA_KO_ARTIFACT_TOPIC.match(low, start)
        own = self._own_name_at(s, start, a)
        linked = next((y for x, y in s.link_spans if x == start and y <= a), None)
        # (or a name in Latin letters as the topic: 'Ollama는 … 오픈소스 도구입니다', whose it is its name says)
        named = p.CJK_NAME_TOPIC.match(low) if who is None and own is None and linked is None else None
        latin = named.end(1) if named and named.start(1) == start else None
        end = who.end() if who else own if own is not None else linked if linked is not None else \
            latin if latin is not None else -1
        if end < 0:
            return None
        if not p.CJK_TOPIC_PARTICLE.match(low, end) or p.CJK_CLAUSE_END.search(low, end, a):
            return None
        own_topic = bool(who) or own is not None or self.has_own(low[start:end])
        return own_topic, s.text[start:end]

    @staticmethod
    def _own_name_at(s: Sentence, start: int, a: int) -> int | None:
        """Where the own name that starts at ``start`` ends before the phrase at ``a``, with its alias in brackets
        ('Open Design(OD)은 …', 'Otomo-e（おとも絵）は …': the name's own alias, no one else); None: none starts there."""
        own = next((y for x, y in s.own_spans if x == start and y <= a), None)
        if own is None:
            return None
        alias = p.CJK_NAME_ALIAS.match(s.low, own)
        return alias.end() if alias and alias.end() <= a else own

    def _names_someone(self, s: Sentence, start: int, end: int, *, objects: bool = True) -> bool:
        """``s.low[start:end]`` holds a Latin name that is not an own name (Chinese text names others in Latin
        letters).  ``objects=False``: a name marked as a verb's object ('「Zenzai」を導入した', which introduced Zenzai)
        does not count: it names what the subject acts on, not the subject."""
        kept = list(s.low[:end])
        for x, y in s.own_spans:
            kept[x:min(y, end)] = " " * max(0, min(y, end) - x)
        if not objects:
            for m in p.CJK_OBJECT_NAME.finditer(s.low, 0, end):
                kept[m.start():m.end()] = " " * (m.end() - m.start())
        kept[:start] = " " * start
        # (a licence's name names no one: '使用 Apache License 2.0 协议，源代码完全开源')
        return bool(p.LATIN.search(p.LICENSE_NAME_WORDS.sub(" ", "".join(kept))))

    def _cjk_subject(self, s: Sentence, a: int, b: int) -> bool | None:
        low = s.low
        cop = last_match(p.CJK_SUBJECT_1, low[:a])
        if cop is None:
            return None
        gap = low[cop.end():a]
        # ('是一款基于 Vue、Vite 开源的后台框架': the relative clause takes the phrase in and closes by 的 right after it;
        # the head noun after it is what the copula predicates)
        clause_takes_phrase = low[b:b + 2].lstrip().startswith("的")
        for m in p.CJK_SUBJECT_2.finditer(gap):
            # a clause break, or a verb of use that governs the phrase ('是使用开源模型的工具'), parts the copula from
            # it; a verb inside a relative clause closed by 的 before the phrase does not ('是一款使用中无广告的开源软件':
            # the phrase is the head noun the copula predicates)
            if m.group(0) in "，,。；;" or not (closed_by_de(gap[m.end():]) or clause_takes_phrase):
                return None
        # (a remark in brackets in the subject is no part of its name, after it, '***OWN*** (**A**libaba … Toolkit) 是…',
        # or between a Chinese name and its noun, '悟道·天鹰（Aquila） 语言大模型是…', unless it is the own name itself,
        # '中微子代理（OWN）是…')
        subj = p.REMARK.sub(lambda m: m.group(0) if self.has_own(m.group(0)) else "", low[:cop.start()])
        # (a place in the subject's clause names no subject: '代码在 GitHub 上都是开源的')
        clause = p.CJK_LOCATIVE_PHRASE.sub("", p.CJK_SUBJECT_5.split(subj)[-1])[-30:]
        if not clause.strip():
            # '<OWN> = Hu + tool，是…的开源库': a copula right after a comma continues the topic that opens the
            # sentence; the own name opening it is the subject
            topic = p.CJK_SUBJECT_5.split(subj)[0][:30]
            return True if any(x <= 2 for x, _y in s.own_spans) and topic.strip() else None
        this = p.CJK_SUBJECT_4.search(clause)
        used = lx.DEPENDENCY.search(clause, this.end()) if this else None
        if used and closed_by_de(clause[used.end():]) and not self.has_own(clause[used.end():]):
            # '本项目中使用的模型均为…开源模型' (the models used in this project are all open-source models): what this
            # project uses, named by the relative clause of use closed by 的, is the subject
            return False
        if self.has_own(clause) or this:
            return True
        if p.CJK_THIS_SUBJECT.match(clause) and not p.CJK_POSSESSOR_AFTER.match(low, b):
            # '这不仅是…开源复现项目' (this is …); not '这也是开源项目的意义所在' (the meaning of …); a bare '这' points
            # at what the sentence before opens with, another's name there ('YOLO-NAS 不属于 Ultralytics 系列。这是一个
            # 独立的开源项目')
            named_before = p.CJK_LATIN_CLAUSE_SUBJECT.match(s.prev) if s.prev else None
            return not (named_before and not self.has_own(named_before.group(1)))
        if p.JA_BARE_PARTS.match(subj):
            return True
        if p.CJK_SUBJECT_3.search(clause):
            return False
        return None
