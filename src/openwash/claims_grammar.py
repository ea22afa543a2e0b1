"""The grammar of openness claims: who is said to release what as open (used by :mod:`openwash.claims`).

:class:`Judge` takes one sentence and one openness phrase in it and returns a
:class:`Verdict`: whether the sentence asserts that the author's own artifact
is open, whether the phrase is negated, what it is about (target), how strong
the wording is, and the name of the rule that decided.  The rules are
described in the docstring of :mod:`openwash.claims`; word lists live in
:mod:`openwash.claims_lexicon`.  Everything works on lower-cased text whose
offsets equal those of the original (``Sentence.text``), which is used only
where capitalisation matters (proper names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from openwash import claims_lexicon as lx
from openwash import lazyre

CJK = lazyre.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
WORD = lazyre.compile(r"[\w'’%@.\-/]+|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
ROMANCE_PHRASE = lazyre.compile(r"c[óo]digo|code\s+source|libre|aperto|abierto|aberto|ouvert")


@dataclass(frozen=True)
class Verdict:
    claim: bool  # asserts that the author's own artifact is open (also set for negated own statements)
    negated: bool
    target: str
    strength: str
    rule: str
    reason: str


@dataclass
class Sentence:
    """One sentence of a block, with what the judge may know around it."""

    text: str
    low: str
    block_kind: str = "paragraph"
    heading_level: int = 0
    prev: str = ""  # the previous sentence, lower-cased (possibly from the previous block)
    title_links: list[tuple[int, int]] = field(default_factory=list)  # link texts that are page titles
    link_spans: list[tuple[int, int]] = field(default_factory=list)  # every link text
    own_spans: list[tuple[int, int]] = field(default_factory=list)  # own names
    news: bool = False  # the block is a dated news item
    row_label: str = ""  # table cells: the first cell of the row (lower-cased)
    header_row: bool = False  # table cells: the cell is in the table's header row
    role: str = "readme"  # the document's role (model_card, data_card, readme, docs)


# --- compiled patterns used by the rules below ----------------------------------------------
_AGENT_1 = lazyre.compile(r"\b(?:has|have|had|is|are|was|were)\s+(?:\w+ly\s+|also\s+|now\s+|just\s+)*$")
_AGENT_2 = lazyre.compile(r"\s*(?:our|all\s+our)\b")
_AGENT_3 = lazyre.compile(r"[\w)\]*]\s+$")
_APPOSITIVE_1 = lazyre.compile(r"(?:,|\s[-–—]|:|\bas|\bcomo|\bcomme|\bals)\s*(?:\*\*)?\s*$")
_APPOSITIVE_2 = lazyre.compile(r"\b(?:released|published|distributed|licensed|available|shared|offered|made)$")
_APPOSITIVE_3 = lazyre.compile(r"\b(?:under|licensed|license|licence)\s*$")
_ARTIFACT_LIST_1 = lazyre.compile(r"\s*:\s*(?:[\w\-.]+\s+){0,12}?(?:checkpoints?|weights|code|codes|models?|data|datasets?|"
                             r"training|scripts?|everything|all)\b")
_CELL_1 = lazyre.compile(r"\b(?:weights|checkpoints?|code|data|dataset|model|training|inference|evaluation)\b")
_CELL_2 = lazyre.compile(r"\b(?:other|third[\s-]party|upstream|base model)\b")
_CJK_SUBJECT_1 = lazyre.compile(r"是|為|为|乃|は|が")
_CJK_SUBJECT_2 = lazyre.compile(r"[，,。；;]|围绕|圍繞|针对|針對|基于|基於|使用|支持|用于|用於")
_CJK_SUBJECT_3 = lazyre.compile(r"[a-z]")
_CJK_SUBJECT_4 = lazyre.compile(r"本项目|本項目|本仓库|本倉庫|本模型|该模型|該模型|これら|こちら|本リポジトリ|このリポジトリ|私たち|我们|我們")
_CJK_SUBJECT_5 = lazyre.compile(r"[，,。；;：:]")
_CLASSIFY_1 = lazyre.compile(r"([\w\-.]+)(?:'s|’s)\b")
_CLASSIFY_2 = lazyre.compile(r"\s+")
_CLASSIFY_3 = lazyre.compile(r"(?:this|these|here)\b")
_CLASSIFY_4 = lazyre.compile(r"\b(?:of|from|for|in|on|with|by)\b")
_CLASSIFY_5 = lazyre.compile(r"(?:the|a|an)\s+(?:[\w\-]+\s+){0,5}?(?:models?|weights|checkpoints?|code|source\s+code|datasets?|"
                    r"data|scripts?|client|server|version|release|implementation|tools?|library|parameters|app|"
                    r"application|project|software|repo|repository|prompts|features?|edition|components?|"
                    r"techniques|methods?|recipes?|pipeline|framework|stack|codebase|artifacts|everything)\b")
_COMPARISON_1 = lazyre.compile(r"\b(?:closed|proprietary)[\s-]*(?:source)?\s*(?:and|or|&|/|vs\.?)\s*$")
_COPULA_BEFORE_1 = lazyre.compile(r"([\w'’%.\-/]+|,)\s*$")
_COPULA_BEFORE_2 = lazyre.compile(r"(?:it|that|there|what|here)['’]s")
_COPULA_BEFORE_3 = lazyre.compile(r"\b(?:one|generation|family|series|suite|collection|set|line|kind|type|part|"
                                       r"member|version|variant|pioneer|example)\s*$")
_HEAD_SPAN_1 = lazyre.compile(r"[\s\-‐‑]*([^,;:!?()\[\]\"“”<>]*)")
_IN_TITLE_1 = lazyre.compile(r"(?:^|[\s(\[“\"'])[A-Z\u00c0-\u024f][^\s:]{0,30}(?:\s+[A-Z0-9][^\s:]{0,30}){0,2}:\s+")
_IS_NAME_1 = lazyre.compile(r"[^\s,;:()]+")
_IS_NAME_2 = lazyre.compile(r"[A-Za-z\u00c0-\u024f]")
_IS_NAME_3 = lazyre.compile(r"[a-z][A-Z]|\.[A-Za-z]|-[A-Z0-9]")  # vLLM, llama.cpp, Qwen-7B
_IS_NAME_4 = lazyre.compile(r"^\W*(?:\[?\d{4}[./\-]\d{1,2}(?:[./\-]\d{1,2})?\]?)?\W*")
_IS_NAME_5 = lazyre.compile(r"\d")
_IS_NAME_6 = lazyre.compile(r"[A-Za-z]")
_IS_NAME_7 = lazyre.compile(r"[A-Z]")
_JUDGE_1 = lazyre.compile(r"[\s*_`'\"”’)\]>.!…~\u2600-\u27bf\U0001f000-\U0001faff\ufe0f]+$")
_JUDGE_2 = lazyre.compile(r"\b(?:for|among|amongst|of|in|within|across|at)\s+(?:the\s+|all\s+)?(?:[\w\-]+\s+){0,2}$")
_JUDGE_3 = lazyre.compile(r"吗$|嗎$|ですか$|でしょうか$")
_JUDGE_4 = lazyre.compile(r"是否|whether|si\s+es")
_JUDGE_5 = lazyre.compile(r"\s*(?:与否|與否|かどうか)")
_JUDGE_6 = lazyre.compile(r"\bone\s+of\s*$")
_JUDGE_7 = lazyre.compile(r"[\W_]+")
_JUDGE_CJK_1 = lazyre.compile(r"(?:我们|我們|本|私たち|当社|弊社)(?:的|の)?(?:全新的?|新的?|自研的?|最新的?|首个|首個)?\s*$")
_JUDGE_CJK_10 = lazyre.compile(r"(?:成为|成為|是|打造|推出|发布|發布|开发|開發)[^，。]{0,16}$")
_JUDGE_CJK_11 = lazyre.compile(r"\s*(?:版|化版)")
_JUDGE_CJK_12 = lazyre.compile(r"在|所有|全部|各类|主流")
_JUDGE_CJK_13 = lazyre.compile(r"(?:本仓库|本倉庫|本项目|本項目|このリポジトリ|これら|我们|我們|私たち)")
_JUDGE_CJK_14 = lazyre.compile(r"依照|遵循|遵守|采用|採用|基于|基於|下で|に従|の下|依据|依據|根据|根據")
_JUDGE_CJK_15 = lazyre.compile(r"(?:本仓库|本倉庫|本项目|本項目|我们|我們)")
_JUDGE_CJK_16 = lazyre.compile(r"(?:^|[，,：:、；;]|并|並|和|及|已|已经|已經|正式|首次|宣布|全面|全部|均|都|陆续|陸續|也|还|還)\s*$")
_JUDGE_CJK_17 = lazyre.compile(r"(?:其他|他の)")
_JUDGE_CJK_18 = lazyre.compile(r"[\s的の]*")
_JUDGE_CJK_19 = lazyre.compile(r"[，。、,；]|(?:的基础|的基礎|基础上|基礎上)")
_JUDGE_CJK_2 = lazyre.compile(r"(?:其他|其它|众多|眾多|各类|各類|各种|各種|主流|一些|许多|許多|很多|大量|诸多|現有|现有|已有|所有|其余|他の|"
                                   r"多くの|ほとんどの|主要な|様々な|既存の)[^，。]{0,6}$")
_JUDGE_CJK_3 = lazyre.compile(r"\s*(?:的|、|の|版|化版|模型|大模型|项目|項目|社区|社區|工具|框架|软件|軟件|数据|數據|协议|協議|"
                                    r"许可|許可|版本|生态|生態|界|精神|运动|方案|库|庫|社群|权重|權重|语言|語言|基座|中文|"
                                    r"llm|model|モデル|ライセンス|コミュニティ|プロジェクト|ソフト|tts|ai|[a-z]+\s?モデル|"
                                    r"[a-z]{2,}(?:\s|$)|[ァ-ヶー]{2,})")
_JUDGE_CJK_4 = lazyre.compile(r"\s*(?:的)?\s*(?:社区|社區|社群|界|生态|生態|精神|运动|コミュニティ)")
_JUDGE_CJK_5 = lazyre.compile(r"(?:闭源|閉源|专有|專有|プロプライエタリ)(?:和|与|與|及|、|および)\s*$")
_JUDGE_CJK_6 = lazyre.compile(r"\s*(?:协议|協議|许可|許可|授权|授權|ライセンス|라이선스)")
_JUDGE_CJK_7 = lazyre.compile(r"(?:协议|協議)\s*$")
_JUDGE_CJK_8 = lazyre.compile(r"\W*(?:首个|首個|第一个|第一個|最大的|最强的|最強的|全新的?)")
_JUDGE_CJK_9 = lazyre.compile(r"(?:首个|首個|最大|最强|最強|第一个|第一個)的?\s*$")
_LICENSE_CLAIM_1 = lazyre.compile(r"(?:releas\w*|licen[cs]\w*|distribut\w*|available|publish\w*|provided|open[\s-]?sourc\w*|"
                            r"shared|offered)\s+(?:\w+\s+){0,3}under|complian\w*\s+with|follow\w*|governed\s+by|"
                            r"subject\s+to|in\s+accordance\s+with")
_LICENSE_CLAIM_2 = lazyre.compile(r"\W*(?:it|they|these|both|all)\b")
_LICENSE_CLAIM_3 = lazyre.compile(r"\bthe\s+(?:\w+\s+){0,3}(?:code|models?|weights|source\s+code|checkpoints)\b")
_MIXED_1 = lazyre.compile(r"(?:code|codes|scripts|代码|代碼)\s*(?:and|&|与|和|及|與|,)\s*(?:the\s+)?(?:\w+\s+|[^\x00-\x7f]{1,4})?"
                r"(?:weights?|checkpoints?|模型|权重|權重)"
                r"|(?:weights?|checkpoints?|模型权重|权重|權重)\s*(?:and|&|与|和|及|與|,)\s*(?:the\s+)?"
                r"(?:\w+\s+|[^\x00-\x7f]{1,4})?(?:code|codes|scripts|代码|代碼)")
_NAME_TARGET_1 = lazyre.compile(r"\b\d+(?:\.\d+)?\s?[bm]\b|-(?:chat|instruct|base)\b|\bmodels?\b|\bllms?\b|video|image|speech|"
                     r"text-to|generation|视频|視頻|图像|圖像|图生|語音|语音|模型|モデル")
_NEGATION_1 = lazyre.compile(r"(?:^|[\s(])(non|no|sin|ni|ohne|un)[\s\-‐‑]*$")
_NEGATION_2 = lazyre.compile(r"\b(?:use|uses|using|used|need|needs|require|requires|support|supports|build|"
                             r"rely|contain|contains|include|includes|have|has|offer|offers)\b")
_NP_LEFT_1 = lazyre.compile(r"(?:'s|’s|s'|s’)$")
_NP_OWN_1 = lazyre.compile(r"[,;:.!?]")
_NP_OWN_2 = lazyre.compile(r"[,;:.!?+&/]|\b(?:and|or|of|for|with|by|from|than|like|to|in|on|"
                                                    r"is|are|which|that|using|used|based|built|powered|"
                                                    r"accelerat\w*|support\w*|around|upon|via)\b")
_NP_START_1 = lazyre.compile(r"[;:!?。；：！？(]|,|\s-\s|—|–|^\W*(?:[-*+•]|\d+[.)])\s")
_NP_START_2 = lazyre.compile(r"[^\s]+")
_OWNER_1 = lazyre.compile(r"\W*(?:[-*+•]\s+)?\W*([\w\- ]{2,40}?)\s*:\s")
_OWNER_10 = lazyre.compile(r"(?:^|\s)(?:we|to|and|i|they|also|now|just|finally|officially)\s+$")
_OWNER_11 = lazyre.compile(r",\s*$")
_OWNER_12 = lazyre.compile(r"\s*(?:the|our|a|an|all|both|this|these|its|their|several|two|three|four|five|six|"
                          r"\w+[\-\d]\w*)\b")
_OWNER_13 = lazyre.compile(r"\s*\**[A-Z]")
_OWNER_14 = lazyre.compile(r"\b(?:is|are|was|were|has|have|had)\b")
_OWNER_2 = lazyre.compile(r"\b(?:you|you're|you’re)\b")
_OWNER_3 = lazyre.compile(r"\b(?:train\w*|build\w*|develop\w*|creat\w*|releas\w*)\s+(?:and|&|or)\s+\w*\s*$")
_OWNER_4 = lazyre.compile(r"ing$")
_OWNER_5 = lazyre.compile(r"\W*(?:as|being)\s+(?:an?|the)\s")
_OWNER_6 = lazyre.compile(r"[^,]*,\s*(?:we|our|i)\b")
_OWNER_7 = lazyre.compile(r"\s*:\s*\S")
_OWNER_8 = lazyre.compile(r"\b(?:is|are|am|be|been|'re|’re)\b")
_OWNER_9 = lazyre.compile(r"\W*(?:[-*+•]|\d+[.)])?\W*$")
_OWN_MATCHER_1 = lazyre.compile(r"[\W_]")
_PLAN_1 = lazyre.compile(r"sourc(?:ed|ing|es)$|releas\w*$")
_PLAN_2 = lazyre.compile(r"\b(?:be|been|is|are|was|were)\s+(?:\w+ly\s+)?$")
_PLAN_3 = lazyre.compile(r"(?:aremos|eremos|iremos|arán|erán|irán|erons|irons|eront|"
                                                       r"iront|werden|wird)$")
_PLAN_4 = lazyre.compile(r"[了已过過]|した")
_PREDICATE_1 = lazyre.compile(r"\b(?:released|published|distributed|licensed|made\s+available|available|shared|offered)\s+"
                        r"as\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}$")
_PREDICATE_2 = lazyre.compile(r"\b(?:but|and)\s+(?:\w+ly\s+|now\s+|also\s+)*$")
_PRONOUN_1 = lazyre.compile(r"\b(?:by|from)\s+(?:the\s+)?\[?\*{0,2}([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})")
_PRONOUN_2 = lazyre.compile(r"^\W*(?:[-*+•]\s+)?")
_PRONOUN_3 = lazyre.compile(r"(?:we|i)\s+(?:\w+\s+){0,2}?")
_PRONOUN_4 = lazyre.compile(r"(?:we|our|this|these|it|they|its|their)\b")
_PRONOUN_5 = lazyre.compile(r"(?:我们|我們|本|私たち)")
_SENTENCE_SUBJECT_1 = lazyre.compile(r"[^\w\[]*(?:\[?\d{4}[./\-]\d{1,2}(?:[./\-]\d{1,2})?\]?[^\w\[]*)?(?:\[[x ]\]\s*)?[^\w\[]*")
_SENTENCE_SUBJECT_2 = lazyre.compile(r"(?:unlike|in|on|at|for|to|with|after|before|since|today|additionally|also|moreover|"
                       r"however|as|by|from|through|now|finally|recently|currently|like)\b[^,;:]{0,60},\s*")
_SENTENCE_SUBJECT_3 = lazyre.compile(r"(?:ed|ing)$")
_SENTENCE_SUBJECT_4 = lazyre.compile(r"(?:we|our)\b")
_SENTENCE_SUBJECT_5 = lazyre.compile(r"(?:it|they|its|their)\b")
_SENTENCE_SUBJECT_6 = lazyre.compile(r"\b(?:using|used|based\s+on|built\s+(?:on|upon)|fine-?tuned\s+(?:on|from)|such\s+as|like)\b")
_STRENGTH_1 = lazyre.compile(r"\b(?:most|part|parts|some|portions?|much)\s+of\b[^.;]{0,40}$")
_STRENGTH_2 = lazyre.compile(r"\b(?:fully|truly|completely|entirely|totally|100\s?%|wholly|completamente|totalmente|"
                         r"enteramente|entièrement|complètement|totalement|vollständig|komplett|völlig|volledig)\b"
                         r"[\s\w\-]{0,12}$|完全に\s*$|完全な\s*$")
_STRENGTH_3 = lazyre.compile(r"(?:完全|全面|全)$")
_SUBJECT_SPAN_1 = lazyre.compile(r"(?:\b(?:has|have|had|will|would|can|could|should|may|might|must)\s+(?:\w+ly\s+|also\s+|now\s+|not\s+)*)$")
_SUBJECT_SPAN_2 = lazyre.compile(r"\([^()]*\)")
_SUBJECT_SPAN_3 = lazyre.compile(r"\[[^\[\]]*\]\([^()]*\)")
_SUBJECT_SPAN_4 = lazyre.compile(r",?\s*\b(?:which|that|who)\s*$")
_SUBJECT_SPAN_5 = lazyre.compile(r",\s*(?:including|such\s+as|e\.g\.|i\.e\.|like|especially|namely|notably)\b[^,]*,?\s*$")
_SUBJECT_SPAN_6 = lazyre.compile(r"[;:!?。；：！？(\[\]]|,|\s-\s|—|–|\b(?:but|while|whereas|although|though|since|because|"
                              r"as|if|when|so|unlike|and\s+(?=we\b|it\b|they\b))\b|^\W*(?:[-*+•]|\d+[.)])\s")
_TAGLINE_1 = lazyre.compile(r"\b(?:is|are|was|were|has|have|had|will|can|do|does|did|we|they|it|you|i)\b")
_TAGLINE_2 = lazyre.compile(r"\s+(?:to|for)\s")
_TAGLINE_3 = lazyre.compile(r"\s*[:/|]")
_TAGLINE_4 = lazyre.compile(r"\b(?:from|by)\s+[A-Z]")
_TAGLINE_5 = lazyre.compile(r"\b(?:alternative|version|implementation|port|clone|model)\b")
_TARGET_1 = lazyre.compile(r"\b\d+(?:\.\d+)?\s?[bm]\b|-(?:chat|instruct|base)\b|模型|モデル|\bmodels?\b|\bllms?\b")
_TARGET_2 = lazyre.compile(r"[，。；,;：:]|\s{2,}")
_TARGET_3 = lazyre.compile(r"\s*:\s")
_TARGET_4 = lazyre.compile(r"\s*(?:许可|許可|协议|協議|ライセンス)")
_TARGET_5 = lazyre.compile(r"\s*(?:一个|一個|一款|一种|一種|是)")
_TARGET_6 = lazyre.compile(r"[,;:.!?()]|\b(?:and\s+(?:the|a|an|our)|which|that|to|for|on|in|with)\b")
_TARGET_7 = lazyre.compile(r"\W*(?:it|they|these|this|its|their)\W*$")
_TARGET_8 = lazyre.compile(r"[,;:]\s")


# --- names -------------------------------------------------------------------------------------

# Parts of repository names too generic to identify the repository in prose.
GENERIC_NAMES = frozenset(["open", "source", "opensource", "model", "models", "llm", "llms", "ai", "ml", "data", "dataset", "datasets", "code", "docs", "doc", "api", "app", "apps", "server", "client", "core", "base", "chat", "large", "small", "plan", "series", "main", "master", "dev", "hub", "lab", "labs", "project", "projects", "awesome", "self", "the", "and", "for", "release", "releases", "software", "configurations", "research", "learning", "deep", "language", "library", "lib", "tools", "tool", "kit", "framework", "engine", "studio", "train", "training", "inference", "demo", "demos", "examples", "example", "website", "web", "site", "org", "com", "io", "github", "python", "py", "js", "rs", "go", "instruct", "japanese", "chinese", "english", "nlp", "gpt", "materials", "material", "hosting", "kits", "readme", "plugin", "plugins", "official", "benchmark", "eval", "evaluation", "plus", "pro", "mini", "tiny", "new", "next", "one", "two", "all", "free", "bridge", "app", "apps", "diffusion", "stable", "text", "image", "video", "audio", "speech", "vision", "chinese", "multilingual"])


@lru_cache(maxsize=256)
def own_matcher(names: frozenset[str]) -> re.Pattern[str] | None:
    """A pattern matching any own name in lower-cased, separator-free text (see :func:`normalize`)."""
    keys = set()
    for name in names:
        key = _OWN_MATCHER_1.sub("", name.lower())
        if not key or key in GENERIC_NAMES or len(key) > 40 or (len(key) < 2):
            continue
        keys.add(key)
    if not keys:
        return None
    return re.compile("|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)))


def normalize(low: str) -> tuple[str, list[int]]:
    """Text with everything but letters and digits removed, and the source offset of each kept character."""
    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(low):
        if ch.isalnum():
            chars.append(ch)
            where.append(i)
    return "".join(chars), where


def own_spans(pattern: re.Pattern[str] | None, low: str) -> list[tuple[int, int]]:
    if pattern is None:
        return []
    norm, where = normalize(low)
    out = []
    for m in pattern.finditer(norm):
        start, end = where[m.start()], where[m.end() - 1] + 1
        before = low[start - 1] if start else " "
        after = low[end] if end < len(low) else " "
        if before.isascii() and before.isalnum():
            continue
        if len(m.group(0)) < 4 and after.isascii() and after.isalpha():
            continue
        if end - start > 2 * len(m.group(0)) + 2:
            continue  # letters spread over unrelated words
        # the whole name token: 'Hunyuan-Large', 'DeepSeek-R1-Zero', 'FLUX.1'
        while end < len(low) and ((low[end].isascii() and low[end].isalnum())
                                  or (low[end] in "-_." and end + 1 < len(low) and low[end + 1].isascii()
                                  and low[end + 1].isalnum())):
            end += 1
        out.append((start, end))
    return out


# --- small word helpers ------------------------------------------------------------------------

_DET_FIRST = {"our", "my", "ours", "nuestro", "nuestra", "nuestros", "nuestras", "notre", "nos", "unser", "unsere",
              "unseren", "unserem", "unserer", "unseres", "nostro", "nostra", "nostri", "nostre"}
_DET_THIS = {"this", "these", "este", "esta", "estos", "estas", "cet", "cette", "ces", "dieses", "diese",
             "dieser", "diesen", "questo", "questa", "questi", "queste"}
_DET_PRONOUN = {"its", "their", "it's"}
_DET_THE = {"the", "el", "la", "los", "las", "le", "les", "der", "die", "das", "den", "dem", "il", "lo", "gli"}
_DET_A = {"a", "an", "un", "una", "une", "ein", "eine", "einen", "einem", "einer", "uno"}
_DET_SECOND = {"your", "yours", "votre", "vos", "dein", "deine", "tu", "tus"}
_DET_THIRD = {"other", "others", "another", "many", "most", "existing", "various", "several", "some", "any", "more",
              "mainstream", "popular", "leading", "established", "current", "available", "numerous", "countless",
              "famous", "notable", "prominent", "third-party", "external", "all", "both", "each", "every", "few",
              "certain", "such", "typical", "traditional", "conventional", "similar", "prior", "previous", "earlier",
              "competing", "favorite", "favourite", "otros", "otras", "muchos", "muchas", "varios", "algunos",
              "autres", "nombreux", "plusieurs", "andere", "anderen", "anderer", "viele", "vielen", "meisten",
              "altri", "molti", "his", "her", "those", "additional", "underlying", "related", "public", "free",
              "different", "diverse", "good", "great", "fantastic", "awesome", "amazing", "excellent", "strong",
              "powerful", "best", "top", "key", "major", "big", "well-known", "widely-used", "widely", "mature"}
_STOP = {"of", "in", "on", "at", "to", "for", "from", "with", "by", "via", "and", "or", "as", "into", "onto",
         "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "that", "which", "who",
         "than", "among", "amongst", "between", "about", "like", "using", "use", "uses", "used", "under",
         "over", "across", "through", "within", "without", "against", "toward", "towards", "per", "if",
         "because", "since", "so", "then", "when", "where", "while", "whether", "nor", "but", "do", "does",
         "did", "can", "could", "will", "would", "should", "may", "might", "must", "we", "they", "it", "you",
         "i", "he", "she", "there", "here", "also", "not", "now", "just", "either", "what", "how",
         "de", "en", "con", "para", "por", "como", "du", "des", "pour", "avec", "par", "von", "mit", "für", "und",
         "et", "y", "e", "ou", "o", "oder", "sur", "auf", "zu", "zum", "zur", "della", "del", "da",
         "including", "such", "e.g.", "i.e.", "whose", "make", "made", "making", "ever"}
_PREPOSITIONS = {"of", "to", "into", "about", "towards", "toward", "in", "for", "on", "around", "beyond"}
_AUX = {"has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "can", "could",
        "'ve", "’ve", "'s", "’s"}
_GAP_STOP = {"for", "of", "with", "from", "by", "in", "on", "to", "at", "into", "about", "like", "than",
             "among", "under", "over", "via", "through", "using", "used", "based", "built", "which", "that",
             "who", "where", "when", "has", "have", "had", "can", "will", "would", "should", "could", "may",
             "supports", "support", "uses", "use", "includes", "include", "contains", "contain", "provides",
             "offers", "comparing", "compared", "including", "between", "if", "because", "we", "you", "they"}
_ARTIFACT = lazyre.compile(
    r"^(?:models?|weights|checkpoints?|versions?|releases?|code|codebase|source\s+code|datasets?|data|"
    r"implementations?|scripts?|parameters|components|parts|pieces|artifacts|tarball|client|server|edition|"
    r"variants?|tools?|library|libraries|sdk|framework|repository|repo|app|application|platform|project|"
    r"features?|modules?|crates?|packages?|plugins?|demo|recipes?|tokenizer|configs?|prompts?|llm|llms|stack|"
    r"edition|parts?)$")
_PLURAL_OK = {"series", "weights", "alternatives", "access", "os", "cms", "analysis", "class", "status", "gps"}


_ASPIRATION = lazyre.compile(r"\b(?:aims?|aiming|hopes?|hoping|wants?|wanting|strives?|striving|wish(?:es)?|plans?|"
                         r"planning|intends?|seeks?|seeking|would\s+like)\b(?:\s+\w+){0,3}?\s+(?:to\s+)?"
                         r"(?:be|become|becomes|remain|stay)\b[^.;:!?]*$")
# the phrase used as a verb of release, completed ('开源了', 'オープンソース化しました', '开源到…', '开源的代码')
_CJK_RELEASE_AFTER = lazyre.compile(r"\s*(?:了|到|至|出来|出來|化しました|化された|化した|化され|しました|しています|の|的)")
_CJK_BA = lazyre.compile(r"(?:将|將|把|已经|已經|已|正式|全面|首次)")
# a capitalised or code-like name right after a head noun ('project DiffSynth-Studio', 'model `Foo-7B`')
_NAME_AFTER = lazyre.compile(r"[\s*_`\[]*([A-Z][\w.\-]*)")
_PURPOSE_VERB = lazyre.compile(r"\bto\s+(?!releas|open|publish|shar|provid|offer|mak|build|creat|train|develop)\w+\s+$")
_PARTICIPLE = lazyre.compile(r"sourced$|released$")
_CJK_RELEASED_IS = lazyre.compile(r"\s*(?:的|出来的|出來的)(?:是|為|为)")  # '开源的是…模型': what was released is …
_OWN_LICENSE_GAP = lazyre.compile(r"[\s*_`]*(?:的|の)?\s*(?:模型|项目|項目|仓库|倉庫|代码|代碼|权重|權重|モデル)?\s*(?:的|の)?\s*")
_CJK_DONE_RELEASE = lazyre.compile(r"\s*(?:了|化しました|化されました|化されています|化した|されました)")
# a comparison word that introduces a number is a count ('超过30个', 'more than 30')
_QUANTITY_AFTER = lazyre.compile(r"\s*[\d一二三四五六七八九十百千万萬]")
_CJK_LABEL = lazyre.compile(r"\W*(?:[-*+•]\s+)?\W*([^：:，,。]{1,30}?)\s*[：:]\s*$")
_LATIN = lazyre.compile(r"[a-z]")
_LIST_TAIL = lazyre.compile(r"^\s*(?:[\w\-]+\s+){0,3}?(?:and|or|&)\s+[\w\-]+(?:\s+[\w\-]+){0,3}\s*$")
_QUOTED_TITLE = lazyre.compile(r"([「《『])[^」》』]*$")
_QUOTE_CLOSE = {"「": "」", "《": "》", "『": "』"}
_PAREN_AFTER_NAME = lazyre.compile(r"(?<=[\w.\-])\s*\(\s*$")  # 'vLLM (open source)': the name is what is open
_MAKER = lazyre.compile(r"[\s,]*(?:\(|which\s+(?:is|was|are|were)\s+|that\s+(?:is|was|are|were)\s+)?"
                    r"(?:maintained|developed|created|built|made|released|published|provided|written|trained|owned|"
                    r"run|open[\s-]?sourced|led|backed|funded|sponsored|operated)\s+by\s+(?P<who>[^,;.()]{1,40})")
_CONTRAST_CLOSED = lazyre.compile(
    r"\b(?:only|except|excluding|but\s+not|proprietary|closed[\s-]source|enterprise\s+(?:edition|features?|version|"
    r"plugins?)|commercial\s+(?:license|licence|edition|version)|not\s+(?:yet\s+)?(?:open|released|available))\b"
    r"|只|仅|僅|除了|但.{0,12}(?:未|没有|不)|のみ|ただし")
_RANKING = lazyre.compile(r"\b(?:state[\s-]of[\s-]the[\s-]art|sota|best|top|first|#1|no\.\s*1|leading|highest|strongest|"
                      r"superior|outperform\w*|rank\w*|competitive|record)\b")


def _is_head_noun(word: str) -> bool:
    return bool(lx.PRODUCT_HEADS.search(word) or _ARTIFACT.match(word) or lx.COMMUNITY_HEADS.search(word)
                or lx.LICENSE_HEADS.search(word))


def last_match(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last (rightmost) match of ``rx`` in ``text``."""
    found = None
    for found in rx.finditer(text):  # noqa: B007 - we want the last one
        pass
    return found


def words(text: str) -> list[str]:
    out = []
    for w in WORD.findall(text):
        core = w.strip(".'’-/")
        if core:
            out.append(core)
    return out


def _break_positions(low: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in lx.CLAUSE_BREAK.finditer(low)]


# What a claim is about, by the nouns around the phrase (checked in this order on ties).
TARGET_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("other", re.compile(r"(?<![\w])(?:artifacts|artefacts|recipes|everything|insights|materials|resources|"
                         r"components|assets)(?![\w])")),
    ("weights", re.compile(r"(?<![\w])(?:weights?|checkpoints?|ckpts?|parameters|params|gguf|safetensors)(?![\w])"
                           r"|权重|權重|参数|參數|重み|ウェイト|pesos|poids|gewichte|pesi|веса")),
    ("data", re.compile(r"(?<![\w])(?:data|datasets?|corpus|corpora|benchmarks?|annotations|pairs|samples)(?![\w\-])"
                        r"|数据|數據|语料|語料|データ|datos|données|daten|dati")),
    ("code", re.compile(r"(?<![\w])(?:code|codes|codebase|scripts?|implementations?|tools?|toolkit|toolchain|"
                        r"crates?|features?|demo|sdk|library|libraries|training\s+techniques|recipe|"
                        r"integration|deployment|backend|pipeline|source\s+code|(?:training|pretraining|evaluation|"
                        r"inference|serving)\s+framework)(?![\w])"
                        r"|代码|代碼|脚本|腳本|工具|评测框架|評測框架|训练框架|訓練框架|实现|實現|コード|スクリプト|demo")),
    ("model", re.compile(r"(?<![\w])(?:models?|llms?|slms?|mllms?|vlms?|chatbot|embeddings?|clip|diffusion|"
                         r"transformer|encoder|decoder|vae|tts|asr)(?![\w])"
                         r"|模型|モデル|modelo|modèle|modell|modello")),
    ("project", re.compile(r"(?<![\w])(?:project|platform|software|app|application|product|ecosystem|framework|"
                           r"engine|database|server|client|system|alternative|solution|service|editor|broker|"
                           r"prototype|initiative|effort|research|work|choice|organization|assistant|"
                           r"agent|crawler|tool)(?![\w])"
                           r"|项目|項目|平台|软件|軟件|系统|系統|プロジェクト|proyecto|projet|projekt")),
]


class Judge:
    """Decides, for one openness phrase in one sentence, whether it is a claim (see :mod:`openwash.claims`)."""

    def __init__(self, own_names: frozenset[str], is_model_release: bool | None = None) -> None:
        self.own_pattern = own_matcher(own_names)
        self.is_model_release = is_model_release

    # -- names --------------------------------------------------------------------------------
    def own_spans(self, low: str) -> list[tuple[int, int]]:
        return own_spans(self.own_pattern, low)

    def has_own(self, low: str) -> bool:
        return bool(self.own_spans(low))

    def _own_in(self, s: Sentence, a: int, b: int) -> bool:
        return any(x < b and y > a for x, y in s.own_spans)

    def _is_name(self, s: Sentence, a: int, b: int) -> bool:
        """A proper name in [a, b): capitalised (not sentence-initially only), a linked name, or name-like."""
        text = s.text[a:b]
        if any(x < b and y > a for x, y in s.link_spans):
            return True
        initial = not _IS_NAME_2.search(_IS_NAME_4.sub("", s.text[:a]))
        toks = _IS_NAME_1.findall(text)
        for i, t in enumerate(toks):
            core = t.strip("*_`'\"“”[]")
            if not core:
                continue
            if _IS_NAME_5.search(core) and _IS_NAME_6.search(core):
                return True
            # a capitalised first word of the sentence is a name when it stands alone as the subject
            # ('Falcon was ...') or starts a multi-word name ('Apache Cassandra'), not in 'Chat models are ...'
            nxt = toks[i + 1].strip("*_`'\"“”[]") if i + 1 < len(toks) else ""
            alone = i == 0 and initial and ((not nxt and not core.endswith("s")) or nxt[:1].isupper())
            if _IS_NAME_7.match(core) and (i > 0 or not initial or alone or (len(core) > 1 and _IS_NAME_7.search(core[1:]))) \
                    and core.lower() not in ("the", "a", "an", "this", "these", "our", "we", "it", "they", "all",
                                             "both", "each", "every", "its", "their", "most", "some", "many"):
                return True
            if _IS_NAME_3.search(core):
                return True
        return False

    # -- clause geometry ------------------------------------------------------------------------
    @staticmethod
    def clause(low: str, a: int, b: int) -> tuple[int, int]:
        start, end = 0, len(low)
        for x, y in _break_positions(low):
            if y <= a:
                start = y
            elif x >= b:
                end = x
                break
        return start, end

    @staticmethod
    def np_left(low: str, a: int, limit: int, participle: bool = False) -> tuple[str, str, list[str], list[str], int]:
        """Walk left from the phrase over modifiers.

        Returns (determiner class, determiner word, modifiers, words before the noun phrase, offset where the
        noun phrase starts)."""
        toks = [(m.group(0).strip(".'’-/"), m.start() + limit) for m in WORD.finditer(low[limit:a])]
        toks = [t for t in toks if t[0]]
        if participle:  # '..., open-sourced by X' modifies what stands before the comma
            comma = low.rfind(",", limit, a)
            if comma >= 0 and not low[comma + 1:a].strip():
                toks = [t for t in toks if t[1] > comma]
        ws = [t for t, _ in toks]
        mods: list[str] = []
        i = len(ws) - 1
        np_start = a
        while i >= 0 and len(mods) < 7:
            w, at = toks[i]
            prev = ws[i - 1] if i > 0 else ""
            if w in _DET_FIRST:
                return "own", w, mods, ws[:i], at
            if w in _DET_SECOND:
                return "second", w, mods, ws[:i], at
            if w in _DET_THIS:
                if len(mods) > 1:
                    return "none", "", mods, ws[:i + 1], np_start
                return "this", w, mods, ws[:i], at
            if w in _DET_PRONOUN:
                return "pronoun", w, mods, ws[:i], at
            if w in _DET_THIRD:
                if prev in _DET_FIRST:
                    return "own", prev, mods, ws[:i - 1], toks[i - 1][1]
                if prev in _DET_A | _DET_THE | _DET_THIS or prev.endswith(("'s", "’s")) or prev in (
                        "currently", "very", "truly", "fully", "one") or (
                        w in ("all", "both", "each", "entirely") and prev in lx.COPULA_WORDS):
                    mods.append(w)  # 'the most scalable', 'a free', 'the world's best': adjectives
                    np_start = at
                    i -= 1
                    continue
                return "third", w, mods, ws[:i], at
            if w in _DET_THE:
                return "the", w, mods, ws[:i], at
            if w in _DET_A:
                return "a", w, mods, ws[:i], at
            if _NP_LEFT_1.search(w) and len(w) > 2 and w not in ("it's", "it’s", "that's", "there's",
                                                                          "what's", "here's", "let's"):
                return "poss", w, mods, ws[:i], at
            if w in _STOP or lx.DEPENDENCY.fullmatch(w) or lx.RELEASE_VERBS.fullmatch(w) or w in lx.COPULA_WORDS:
                if w == "of" and i > 0 and (lx.QUANTITY_NOUNS.match(prev) or prev in _DET_THIRD):
                    return "third", prev, mods, ws[:i - 1], toks[i - 1][1]
                return "none", "", mods, ws[:i + 1], np_start
            mods.append(w)
            np_start = at
            i -= 1
        return "none", "", mods, ws[:i + 1], np_start

    @staticmethod
    def head_span(low: str, b: int, end: int) -> list[str]:
        """The words after the phrase that belong to its noun phrase (up to the head noun)."""
        seg = low[b:end]
        m = _HEAD_SPAN_1.match(seg)
        ws = words(m.group(1) if m else "")
        out: list[str] = []
        for i, w in enumerate(ws):
            if w in _STOP or w in ("that", "which", "who", "designed", "aimed", "released", "trained", "created",
                                   "developed", "built", "maintained", "managed", "licensed", "available",
                                   "tailored", "optimized", "intended", "capable", "ready", "based", "focused",
                                   "fine-tuned", "finetuned", "written", "implemented", "powered", "hosted"):
                break
            nxt = ws[i + 1] if i + 1 < len(ws) else ""
            if out and (w.endswith("ed") or (w.endswith("ing") and (not nxt or nxt in _STOP or nxt in _DET_THE
                                                                     or nxt in _DET_A))):
                break  # a participle after the noun: 'models launched by ...', 'a tool supporting the ...'
            out.append(w)
            if len(out) >= 6:
                break
        # the head is the last of the first run of artifact nouns: 'software ecosystem', 'version (lacks ...)'
        first = next((i for i, w in enumerate(out) if _is_head_noun(w)), None)
        if first is not None:
            last = first
            while last + 1 < len(out) and _is_head_noun(out[last + 1]):
                last += 1
            out = out[:last + 1]
        return out

    # -- the decision ---------------------------------------------------------------------------
    def judge(self, s: Sentence, a: int, b: int, kind: str, pstrength: str) -> Verdict:
        low = s.low
        cjk = bool(CJK.search(low[a:b]))
        cs, ce = self.clause(low, a, b)

        def out(claim: bool, rule: str, reason: str, negated: bool = False) -> Verdict:
            on = claim or negated
            target = self.target(s, a, b, kind) if on else "none"
            strength = self.strength(s, a, b, pstrength, target) if on else "n/a"
            return Verdict(claim, negated, target, strength, rule, reason)

        # 1. not an assertion, or not a phrase at all
        fixed = lx.FIXED_NON_CLAIMS.search(low, max(0, a - 2))
        if fixed and fixed.start() <= a + 1 and fixed.end() >= b:
            return out(False, "name", f"'{s.text[fixed.start():fixed.end()]}' is a name, not a claim")
        tail = _JUDGE_1.sub("", low)
        if tail.endswith(("?", "？")) or _JUDGE_3.search(tail):
            return out(False, "question", "the sentence is a question")
        if _JUDGE_4.search(low[max(0, a - 12):a]) or _JUDGE_5.match(low[b:]):
            return out(False, "question", "the phrase is asked about, not asserted ('whether', '是否')")
        for x, y in s.title_links:
            if x <= a and b <= y:
                return out(False, "link-title", "the phrase is in the title of a linked page or a contents entry")
        if not cjk and s.block_kind != "heading" and self._in_title(s, a, b):
            return out(False, "title", "the phrase is part of a cited title ('Name: Title Case Words')")

        # 2. negation (about anyone; reported with negated=True, never a finding)
        neg = self.negation(low, a, b, cs, ce, cjk)
        if neg:
            own = bool(lx.FIRST_PERSON.search(low) or s.own_spans or lx.DEMONSTRATIVE.search(low))
            return out(own, "negation", f"negated by '{neg}'", negated=True)

        # 3. plans and promises
        plan = self.plan(s, a, b, cs, ce, cjk)
        if plan:
            return out(False, "plan", f"a plan or promise ('{plan}'), not a release")

        if s.block_kind in ("table_cell", "front_matter") and len(_JUDGE_7.sub("", low)) <= len(
                _JUDGE_7.sub("", low[a:b])) + 12:
            return self.cell(s, a, b, out)
        if cjk:
            return self.judge_cjk(s, a, b, kind, cs, ce, out)

        head = self.head_span(low, b, ce)
        head_noun = head[-1] if head else ""
        # 4. community and concept heads
        if head_noun and lx.COMMUNITY_HEADS.search(head_noun):
            return out(False, "community", f"about a community or a movement ('{head_noun}'), not a release")

        # 5. comparisons and rankings
        comp = self.comparison(s, a, b, cs)
        if comp:
            return out(False, "comparison", f"a comparison or ranking ('{comp}')")
        prep = _JUDGE_2.search(low[max(0, a - 40):a])
        if head_noun.endswith("s") and prep and not _JUDGE_6.search(low[:max(0, a - 40) + prep.start() + 3]):
            prep_at = max(0, a - 40) + prep.start()
            rank = _RANKING.search(low[:prep_at]) if not _RANKING.search(low[prep_at:a]) else None
            if rank:
                return out(False, "comparison", f"a ranking among a class ('{rank.group(0)} ... {head_noun}')")

        # 6. thanks and credits
        th = lx.THANKS.search(low[:a])
        if th:
            return out(False, "thanks", f"thanks or credit to others ('{th.group(0)}')")

        # 7. requirements and definitions
        req = lx.REQUIREMENT_LEFT.search(low[max(cs, a - 50):a])
        if req:
            return out(False, "definition", f"a requirement or definition ('{req.group(0).strip()}')")
        np = self.np_left(low, a, cs, participle=bool(_SENTENCE_SUBJECT_3.search(low[a:b])))
        if np[0] in ("none", "a") and not np[3] and lx.DEFINITION_RIGHT.search(low[b:]):
            return out(False, "definition", "a definition of the term")

        return self.owner(s, a, b, kind, cs, ce, np, head, head_noun, out)

    def cell(self, s: Sentence, a: int, b: int, out) -> Verdict:  # type: ignore[no-untyped-def]
        """A table cell or a card tag that holds little more than the phrase ('| Weights | Open weights |')."""
        if s.block_kind == "front_matter":
            return out(True, "card-tag", f"the card tags itself '{s.text.strip()}'")
        if s.header_row or not s.row_label:
            return out(False, "heading", "a table header names a category, it asserts nothing")
        label = s.row_label
        if (self.has_own(label) or _ARTIFACT.match(label.strip()) or _CELL_1.search(label)) \
                and not _CELL_2.search(label):
            return out(True, "table-row", f"the row '{label[:30]}' is the own artifact")
        return out(False, "table-row", f"the row '{label[:30]}' is not one of this repository's artifacts")

    # -- negation, plans, comparisons -----------------------------------------------------------
    @staticmethod
    def _in_title(s: Sentence, a: int, b: int) -> bool:
        """'see Yi: Open Foundation Models by 01.AI', 'We released TÜLU 3: Pushing Frontiers in Open ...'."""
        text = s.text
        quoted = _QUOTED_TITLE.search(text[:a])
        if quoted and _QUOTE_CLOSE.get(quoted.group(1), "") in text[b:b + 80]:
            return True  # 「Yi：Open Foundation Models」, 《…》
        if not text[a:a + 1].isupper():
            return False
        m = last_match(_IN_TITLE_1, text[:a])
        if m is None:
            return False
        small = {"of", "and", "for", "in", "on", "with", "the", "a", "an", "to", "via", "at", "by", "from", "&", "-",
                 "is", "are", "as", "or", "vs", "vs."}
        between = text[m.end():a].split()
        after = text[b:].split()[:3]
        words_ = [w.strip("\"'“”,.()") for w in [*between, *text[a:b].split(), *after]]
        capital = [w for w in words_ if w and w not in small]
        return len(capital) >= 3 and all(w[:1].isupper() or w[:1].isdigit() for w in capital[:6])

    def negation(self, low: str, a: int, b: int, cs: int, ce: int, cjk: bool) -> str:
        if cjk:
            window = low[max(cs, a - 8):a]
            if lx.NOT_ONLY.search(window):
                return ""
            m = lx.NEGATION_CJK.search(window)
            if m:
                return m.group(0).strip()
            h = lx.HEDGE.search(low[max(0, a - 12):min(len(low), b + 20)])
            if h:
                return h.group(0)
            r = lx.NEGATION_RIGHT.search(low[b:ce + 14])
            return r.group(0).strip() if r else ""
        ws = words(low[cs:a])
        window = " ".join(ws[-5:])
        if lx.NOT_ONLY.search(window):
            window = lx.NOT_ONLY.split(window)[-1]
        h = lx.HEDGE.search(window)
        if h:
            return h.group(0)
        direct = _NEGATION_1.search(low[max(cs, a - 5):a])
        if direct:
            return direct.group(1)
        m = last_match(lx.NEGATION_WORDS, window)
        if m:
            gap = window[m.end():]
            # 'not' must scope over the phrase: no verb of its own in between ('does not use open-source X')
            if not _NEGATION_2.search(gap):
                return m.group(0).strip()
        r = lx.NEGATION_RIGHT.search(low[b:ce + 14])
        return r.group(0).strip() if r else ""

    def plan(self, s: Sentence, a: int, b: int, cs: int, ce: int, cjk: bool) -> str:
        low = s.low
        if lx.OPEN_CHECKBOX.search(low):
            return "[ ]"
        aim = _ASPIRATION.search(low[cs:a])
        if aim:
            return aim.group(0).strip()
        if cjk:
            window = low[max(cs, a - 16):a]
            m = last_match(lx.PLAN_LEFT, window)
            if m and (len(window) - m.end() <= 5 or not _PLAN_4.search(window[m.end():])):
                return m.group(0)
        else:
            region = low[max(cs, a - 60):a]
            for m in reversed(list(lx.PLAN_LEFT.finditer(region))):
                word = m.group(0)
                orig = s.text[max(cs, a - 60) + m.start(): max(cs, a - 60) + m.end()]
                if word in ("may", "might", "could", "would", "will", "future", "later") and orig[:1].isupper():
                    continue  # 'May' (a name or a month), 'Future Work' (a heading)
                gap = region[m.end():]
                if lx.PLAN_GAP.match(gap) or _PLAN_3.search(word):
                    return word.strip()
        verbish = _PLAN_1.search(low[a:b]) or cjk or _PLAN_2.search(low[cs:a])
        if verbish:
            r = lx.PLAN_RIGHT.search(low[b:])
            if r:
                return r.group(0).strip()[-30:]
        return ""

    def comparison(self, s: Sentence, a: int, b: int, cs: int) -> str:
        low = s.low
        romance = bool(ROMANCE_PHRASE.search(low[a:b]))
        region = low[max(0, a - 90):a]
        cut = max(region.rfind(";"), region.rfind(". "), region.rfind(" but "), region.rfind(","), region.rfind(": "))
        if cut >= 0:
            region = region[cut + 1:]
        ws = words(region)[-(12 if romance else 7):]
        window = " ".join(ws)
        m = last_match(lx.COMPARISON, window)
        if m:
            return m.group(0)
        if lx.COORDINATED_CLOSED.search(low[b:b + 40]):
            return "open and closed"
        if _COMPARISON_1.search(low[max(0, a - 30):a]):
            return "closed and open"
        return ""

    # -- who is open? ---------------------------------------------------------------------------
    def owner(self, s: Sentence, a: int, b: int, kind: str, cs: int, ce: int,
              np: tuple[str, str, list[str], list[str], int], head: list[str], head_noun: str,
              out) -> Verdict:  # type: ignore[no-untyped-def]
        low = s.low
        det, det_word, mods, before, np_start = np
        left = low[cs:a]
        gov = " ".join(before[-4:])
        verb_form = bool(_PLAN_1.search(low[a:b])) or bool(
            _OWNER_10.search(low[max(0, a - 12):a])
            and (_OWNER_12.match(low[b:]) or _OWNER_13.match(s.text[b:])))
        plural = bool(head_noun) and head_noun.endswith("s") and head_noun not in _PLURAL_OK \
            and not head_noun.endswith("ss")
        is_license = any(lx.LICENSE_HEADS.search(w) for w in head[:4])

        # possessives on the noun phrase
        if det == "own":
            return out(True, "own-possessive", f"first-person possessive on the noun phrase ('{det_word} ...')")
        if det == "second":
            return out(False, "second-person", f"the reader's ('{det_word} ...'), not the author's")
        if _OWNER_2.search(left) and not lx.FIRST_PERSON.search(left):
            # the reader only uses it; whose it is, the noun phrase says ('you can deploy an open-source OWN')
            if not self._np_own(s, a, b, head, np_start):
                return out(False, "second-person", "said of the reader ('you ...')")

        # licence wording
        if is_license:
            return self.license_claim(s, a, b, cs, out)

        # 'open source' as a concept ('the integrity of open source', 'contributes to open source')
        if kind == "open-source" and det == "none" and before and before[-1] in _PREPOSITIONS and not verb_form \
                and not (head and (lx.PRODUCT_HEADS.search(head_noun) or _ARTIFACT.match(head_noun))):
            return out(False, "concept", f"'{s.text[a:b]}' as a concept ('{before[-1]} {s.text[a:b]}')")

        inner_own = self._np_own(s, a, b, head, np_start)

        # what the phrase is predicated of: 'X is (an) open source (Y)', 'X has been open-sourced',
        # 'X (released as an open-weight model)', 'is openly releasing these models'
        pred = self.predicate(s, a, b, cs, det, verb_form)
        if pred is not None:
            own, why = pred
            if own:
                return out(True, "own-subject", f"openness is said of the own artifact ({why})")
            if not inner_own:
                return out(False, "third-party", f"openness is said of something else ({why})")

        # a dependency verb or preposition governs the noun phrase
        dep = lx.DEPENDENCY.search(gov) if det in ("none", "the", "a", "poss", "pronoun") else None
        if dep is None and det in ("none", "the", "a", "poss", "pronoun"):
            clause_dep = last_match(lx.DEPENDENCY, left)
            if clause_dep and not lx.RELEASE_VERBS.search(left[clause_dep.end():]):
                dep = clause_dep
        if dep and _OWNER_3.search(low[:max(0, low.rfind(dep.group(0), 0, a))]):
            dep = None  # 'for training and using ...' covers making it too
        if dep and not inner_own and not verb_form:
            return out(False, "dependency", f"something used or recommended ('{dep.group(0).strip()}')")
        if det == "this" and lx.IMPERATIVE_RECOMMEND.search(low):
            return out(False, "dependency", "a recommendation to the reader ('explore this ...')")

        # quantified and generic noun phrases
        if det == "third" and not inner_own:
            return out(False, "generic", f"a quantified or generic noun phrase ('{det_word} ...')")

        # appositive anchor ('NAME, an open-source X') or agent ('X has open-sourced Y')
        ing = bool(_OWNER_4.search(low[a:b]))
        verdict = (None if ing else self.appositive(s, a, b, det, np_start)) or (
            self.agent(s, a, b) if verb_form else None)
        if verdict is not None:
            own, why = verdict
            if own:
                return out(True, "own-subject", f"openness is said of the own artifact ({why})")
            if not inner_own:
                return out(False, "third-party", f"openness is said of something else ({why})")

        if det == "poss":
            if self.has_own(det_word):
                return out(True, "own-name", f"possessive of the own name ('{det_word}')")
            return out(False, "third-party", f"possessive of another name ('{det_word}')")
        if det == "pronoun":
            own, why = self.pronoun(s, a)
            return out(bool(own), "pronoun" if own else "third-party", why)

        if inner_own:
            return out(True, "own-name", "the repository's own name is in the noun phrase")

        # the author as subject
        first = lx.FIRST_PERSON.search(left)
        phrase_plural = plural or (not head and low[a:b].endswith("s") and not low[a:b].endswith(("ss", "sources")))
        if first and det == "none" and phrase_plural and not verb_form \
                and _PURPOSE_VERB.search(low[cs + first.end():a]):
            # 'we release a recipe to align open LLMs': the bare plural is what the purpose verb acts on, things
            # in general; what is released is the verb's other object
            return out(False, "generic", f"a bare plural after a purpose verb ('{s.text[a:b]} ... {head_noun}')")
        if first and (verb_form or lx.RELEASE_VERBS.search(low[cs + first.end():a])
                      or _OWNER_8.search(low[cs + first.end():a])):
            return out(True, "first-person", f"the author ('{first.group(0)}') releases it")
        if _OWNER_5.match(low) and _OWNER_6.match(low[b:]):
            return out(True, "first-person", "'as a(n) ..., we' describes the author")
        fp_any = lx.FIRST_PERSON.search(low)
        if fp_any and (lx.RELEASE_VERBS.search(gov) or verb_form) and not (det == "none" and plural and not verb_form):
            return out(True, "first-person", f"the author ('{fp_any.group(0)}') releases it")

        if det == "this":
            return out(True, "demonstrative", f"a demonstrative points at the own artifact ('{det_word} ...')")

        # the noun phrase names its maker: 'an open-source harness maintained by another lab'
        if not verb_form:
            maker = _MAKER.match(low, b + len(" ".join(head)) + 1 if head else b)
            if maker and not self.has_own(maker.group("who")) and not lx.FIRST_PERSON.search(maker.group("who")):
                return out(False, "third-party", f"made by someone else ('{maker.group(0).strip()}')")

        # the sentence is about the own artifact ('These crates ...: fully open source features')
        subj = None if (det == "none" and plural and before and before[-1] in _STOP) else self.sentence_subject(s, a)
        if subj is not None and subj[0]:
            return out(True, "own-subject", f"the sentence is about the own artifact ({subj[1]})")

        if det in ("none", "a") and plural and not verb_form:
            return out(False, "generic", f"a bare plural ('{s.text[a:b]} ... {head_noun}'): things in general")

        if (s.news or lx.NEWS_DATE.search(low) or lx.DONE_CHECKBOX.search(low)) and det in ("none", "the", "a"):
            return out(True, "news-item", "a dated news item or ticked roadmap item announcing a release")

        after_head = b + len(" ".join(head)) + 1 if head else b
        if det == "the" and len(mods) <= 1 and head and _ARTIFACT.match(head_noun) \
                and not self._is_name(s, b, b + len(" ".join(head)) + 2) \
                and not self._names_other(s, after_head):
            return out(True, "definite-artifact", f"a definite reference to the own release ('the {s.text[a:b]} "
                                                  f"{head_noun}')")

        if verb_form and (_OWNER_9.match(low[:a]) or (
                s.block_kind in ("list_item", "heading") and _OWNER_11.search(low[:a])
                and not _OWNER_14.search(low[:a]))):
            return out(True, "subjectless-release", "a release announced without a subject (list item or headline)")

        if det == "none" and head and _ARTIFACT.match(head_noun) and _PARTICIPLE.search(low[a:b]) \
                and not lx.DEPENDENCY.search(gov):
            # 'reproduced with open-sourced code and checkpoints': a past participle says a release happened;
            # with no other agent named (handled above), it is the one these documents announce
            return out(True, "participle-release", f"'{s.text[a:b]} {head_noun}': released, by no one else named")
        if det == "none" and not before and _OWNER_7.match(low[b:b + 3]) and self._artifact_list(low[b:]):
            return out(True, "label", "a label followed by the released artifacts ('Fully open source: ...')")
        label = _OWNER_1.match(low[:a])
        if label and not lx.DEPENDENCY.search(low[label.end():a]) and (self.has_own(label.group(1)) or (
                label.group(1).split() and _ARTIFACT.match(label.group(1).split()[-1])
                and not self._is_name(s, label.start(1), label.end(1)))):
            return out(True, "label", f"said of the own component named by the label ('{label.group(1)}: ...')")

        tag = self.tagline(s, a, b, det, mods, before, head, head_noun, plural)
        if tag:
            return out(True, "tagline", tag)

        return out(False, "no-owner", "nothing ties the phrase to the author's own artifact")

    def _names_other(self, s: Sentence, at: int) -> bool:
        """A proper name that is not an own name follows at ``at`` ('the open-source project DiffSynth-Studio')."""
        m = _NAME_AFTER.match(s.text, at)
        return bool(m) and not self.has_own(m.group(1).lower())

    def _np_own(self, s: Sentence, a: int, b: int, head: list[str], np_start: int = -1) -> bool:
        """The own name is inside the noun phrase: 'OWN open-source models', 'the open-source OWN'."""
        low = s.low
        for x, y in s.own_spans:
            if y <= a and x >= min(np_start, a) - 1 and not _NP_OWN_1.search(low[y:a]) and a - y <= 25:
                return True
            if x >= b:
                gap = low[b:x]
                if len(gap) <= 40 and not _NP_OWN_2.search(gap):
                    return True
        return False

    @staticmethod
    def _artifact_list(text: str) -> bool:
        return bool(_ARTIFACT_LIST_1.match(text))

    def license_claim(self, s: Sentence, a: int, b: int, cs: int, out) -> Verdict:  # type: ignore[no-untyped-def]
        low = s.low
        pre = low[:a]
        release = _LICENSE_CLAIM_1.search(pre)
        if release:
            subj = pre[:release.start()]
            own = self.has_own(subj) or lx.FIRST_PERSON.search(subj) or lx.DEMONSTRATIVE.search(subj)
            if not own and _LICENSE_CLAIM_2.match(subj):
                own = self.pronoun(s, a)[0]
            if not own and _LICENSE_CLAIM_3.search(subj) and not lx.DEPENDENCY.search(subj):
                own = True
            if own:
                return out(True, "own-license", "the own artifact is released under an open licence")
        return out(False, "license-text", "licence wording, not said of the own artifact")

    # -- subjects ---------------------------------------------------------------------------------
    def predicate(self, s: Sentence, a: int, b: int, cs: int, det: str, verb_form: bool) -> tuple[bool, str] | None:
        """What the phrase is predicated of: the copula/passive subject, the thing 'released as' it, or the
        object of an active release verb ('is openly releasing these models')."""
        low = s.low
        if verb_form and _OWNER_4.search(low[a:b]):
            obj = low[b:b + 60]
            if lx.DEMONSTRATIVE.search(obj) or _AGENT_2.match(obj) or self.has_own(obj[:40]):
                return True, "the object is the own artifact"
        # 'X (released as an open-weight model)', 'X, released as open source'
        rel = _PREDICATE_1.search(low[max(0, a - 60):a])
        if rel:
            end = max(0, a - 60) + rel.start()
            end = len(low[:end].rstrip(" (,"))
            start = self._np_start(low, end)
            if end > start:
                v = self.classify(s, start, end, a)
                if v is not None:
                    return v
        cop = self._copula_before(low, a, cs)
        if cop is not None:
            if _PREDICATE_2.search(low[:cop]):
                return None  # 'X started as ... and is now open source': elided subject, decided by the sentence
            start, end = self._subject_span(low, cop)
            if end > start:
                return self.classify(s, start, end, a)
        return None

    def appositive(self, s: Sentence, a: int, b: int, det: str, np_start: int) -> tuple[bool, str] | None:
        """'NAME, an open-source X', 'the gpt-oss series, OpenAI's open-weight models', 'X as an open-source Y'."""
        low = s.low
        if det not in ("a", "the", "poss", "none"):
            return None
        m = _APPOSITIVE_1.search(low[:np_start]) or _PAREN_AFTER_NAME.search(low[:np_start])
        if not m:
            return None
        anchor_end = len(low[:m.start()].rstrip(" *_`\"'”’)"))
        if _APPOSITIVE_2.search(low[:anchor_end]):
            return None  # handled as 'released as'
        anchor_start = self._np_start(low, anchor_end)
        if anchor_end <= anchor_start:
            return None
        lead = low[:anchor_start]
        if _APPOSITIVE_3.search(lead):
            return None  # 'released under MIT, fully open source': a licence name is not what is open
        fp = lx.FIRST_PERSON.search(lead)
        if fp and lx.RELEASE_VERBS.search(lead[fp.end():]) and not lx.DEPENDENCY.search(lead[fp.end():]):
            return True, f"the author ('{fp.group(0)}') releases '{s.text[anchor_start:anchor_end]}'"
        # the own project or organisation as maker: 'Nomic also developed and maintains NAME, an open-source X'
        for _x, y in s.own_spans:
            if y <= anchor_start and lx.RELEASE_VERBS.search(lead[y:]) and not lx.DEPENDENCY.search(lead[y:]):
                return True, f"the own name makes '{s.text[anchor_start:anchor_end]}'"
        # 'NAME (ALIAS) – the open-source core': the name before the parenthesis names the subject too
        if low[anchor_start - 1:anchor_start] == "(":
            outer_end = len(low[:anchor_start - 1].rstrip(" *_`"))
            outer_start = self._np_start(low, outer_end)
            if outer_end > outer_start and self.has_own(low[outer_start:outer_end]):
                return True, f"'{s.text[outer_start:outer_end]}' is the repository's own name"
        return self.classify(s, anchor_start, anchor_end, a, appositive=True)

    def agent(self, s: Sentence, a: int, b: int) -> tuple[bool, str] | None:
        """The agent of an active release verb: 'X has open-sourced Y', 'X open-sources Y'."""
        low = s.low
        obj = low[b:b + 60]
        if lx.DEMONSTRATIVE.search(obj) or _AGENT_2.match(obj):
            return True, "the object is the own artifact"
        m = _AGENT_1.search(low[:a])
        end = m.start() if m else a
        if not (m or _AGENT_3.search(low[:a])):
            return None
        end = len(low[:end].rstrip())
        start = self._np_start(low, end)
        if end > start and not lx.FIRST_PERSON.search(low[start:end]):
            return self.classify(s, start, end, a)
        return None

    @staticmethod
    def _copula_before(low: str, a: int, cs: int) -> int | None:
        """Offset of the copula that predicates the phrase, walking left over modifiers."""
        pos = a
        for _ in range(10):
            m = _COPULA_BEFORE_1.search(low[:pos])
            if not m:
                return None
            w = m.group(1)
            if w in lx.COPULA_WORDS:
                return m.start(1)
            if _COPULA_BEFORE_2.fullmatch(w):
                return m.start(1) + len(w) - 2
            if w == "of" and _COPULA_BEFORE_3.search(low[:m.start(1)]):
                pos = m.start(1)  # 'is one of the largest open-source models', 'a family of open models'
                continue
            if w in _GAP_STOP or lx.DEPENDENCY.fullmatch(w) or w in _DET_FIRST:
                return None
            if m.start(1) < cs and w == ",":
                return None
            pos = m.start(1)
        return None

    @staticmethod
    def _subject_span(low: str, cop: int) -> tuple[int, int]:
        end = cop
        region = low[:end]
        # auxiliaries before a passive ('has been', 'have also been')
        m = _SUBJECT_SPAN_1.search(region)
        if m:
            end = m.start()
            region = low[:end]
        region = _SUBJECT_SPAN_2.sub(lambda x: " " * len(x.group(0)), region)
        region = _SUBJECT_SPAN_3.sub(lambda x: " " * len(x.group(0)), region)
        rel = _SUBJECT_SPAN_4.search(region)
        if rel:
            end = rel.start()
            region = region[:end]
        region = _SUBJECT_SPAN_5.sub(lambda x: " " * len(x.group(0)), region)
        end = len(region.rstrip(" ,")) if region.strip(" ,") else end
        breaks = [br for br in _SUBJECT_SPAN_6.finditer(region) if br.end() <= end]
        start = breaks[-1].end() if breaks else 0
        # a coordinated list is one subject: 'the weights, code and data are ...'
        while breaks and breaks[-1].group(0) == "," and _LIST_TAIL.search(region[start:end]):
            breaks.pop()
            prev_start = breaks[-1].end() if breaks else 0
            if len(region[prev_start:start].split()) > 4:
                break
            start = prev_start
        while start < end and not region[start].isalnum() and region[start] not in "[*`'\"":
            start += 1
        return start, end

    @staticmethod
    def _np_start(low: str, end: int) -> int:
        """Start of the noun phrase that ends at ``end`` (after the last stop word or clause break, ≤6 words)."""
        region = low[:end]
        start = max(0, end - 80)
        for br in _NP_START_1.finditer(region):
            if br.end() < end:
                start = max(start, br.end())
        ws = list(_NP_START_2.finditer(region[start:end]))
        for m in reversed(ws[:-1] if ws else ws):
            w = m.group(0).strip("*_`[]()'\"").lower()
            if w in _STOP or w in ("present", "presents", "announce", "announces", "released", "release",
                                   "introduce", "introduces", "launched", "launch", "welcome", "announcing",
                                   "introducing", "presenting", "releasing", "adds", "add", "supports", "contains",
                                   "offers", "provides", "includes", "approved", "producing", "making", "offering"):
                return start + m.end()
        return start

    def classify(self, s: Sentence, start: int, end: int, a: int, appositive: bool = False) -> tuple[bool, str] | None:
        """Is the noun phrase [start, end) the author's own artifact (True), someone else's (False) or unknown?"""
        low = s.low
        # parenthetical remarks and link targets do not name the subject ('the data (MMPR-v1.2 and ...)')
        keep = [True] * (end - start)
        for m in _SUBJECT_SPAN_2.finditer(low[start:end]):
            for i in range(m.start(), m.end()):
                keep[i] = False
        subj = "".join(c if k else " " for c, k in zip(low[start:end], keep, strict=True)).strip(" *_`'\"")
        orig = "".join(c if k else " " for c, k in zip(s.text[start:end], keep, strict=True)).strip()
        if not subj:
            return None
        short = _CLASSIFY_2.sub(" ", orig)[-40:]
        if self.has_own(subj):
            return True, f"'{short}' is the repository's own name"
        if lx.FIRST_PERSON.search(subj):
            return True, "a first-person subject"
        if lx.SECOND_PERSON.search(subj):
            return False, "the reader's"
        if lx.DEMONSTRATIVE.search(subj) or _CLASSIFY_3.match(subj):
            return True, f"'{short}'"
        ws = words(subj)
        if ws and ws[0] in ("it", "they", "its", "their", "these", "this", "both", "it's", "which", "them") \
                and len(ws) <= 2:
            return self.pronoun(s, a)
        if ws and len(ws) <= 3 and ws[0] in ("all", "both", "every", "each") and _ARTIFACT.match(ws[-1]):
            own, why = self.pronoun(s, a)
            return own, f"'{short}' ({why})"
        if any(w in ("other", "others", "many", "most", "some", "several", "various", "numerous") for w in ws):
            return False, f"'{short}' is generic"
        if ws and all(w in _DET_THE | _DET_A for w in ws):
            return None
        poss = _CLASSIFY_1.search(subj)
        if poss and not self.has_own(poss.group(1)):
            return False, f"'{short}' belongs to someone else"
        head = _CLASSIFY_4.split(subj)[0]
        if _CLASSIFY_5.match(head) \
                and not self._is_name(s, start + 4, start + len(head)):
            return True, f"'{short}' (a definite artifact of this release)"
        if self._is_name(s, start, end):
            if s.block_kind == "heading" and s.heading_level == 1 and not appositive:
                return True, "the subject of the document title"
            return False, f"'{short}' is not one of this repository's names"
        if appositive:
            return None
        if ws and ws[0] in _DET_A | {"open-source", "open", "opensource"}:
            return False, f"'{short}' is generic"
        return None

    def pronoun(self, s: Sentence, a: int) -> tuple[bool, str]:
        """'It/They ...': the antecedent is the subject of the previous sentence (or the document's subject)."""
        prev = s.prev
        by = _PRONOUN_1.search(s.text)
        if by and not self.has_own(by.group(1).lower()):
            return False, f"a pronoun for something made by someone else ('by {by.group(1)}')"
        if not prev:
            return True, "a pronoun for the document's subject"
        lead = _PRONOUN_2.sub("", prev)[:40]
        if _PRONOUN_3.match(lead) and lx.DEPENDENCY.search(" ".join(words(lead)[:4])):
            return False, "a pronoun for something the previous sentence uses or recommends"
        if self.has_own(lead) or _PRONOUN_4.match(lead) or \
                _PRONOUN_5.match(lead):
            return True, "a pronoun for the own artifact of the previous sentence"
        if lx.DEPENDENCY.search(prev) or lx.THANKS.search(prev):
            return False, "a pronoun for something the previous sentence uses or recommends"
        return True, "a pronoun for the document's subject"

    def sentence_subject(self, s: Sentence, a: int) -> tuple[bool, str] | None:
        """Whether the sentence is about the own artifact: it opens with the own name, 'we', 'this project' or
        a pronoun for it, and nothing it uses or compares with governs the phrase."""
        low = s.low
        m = _SENTENCE_SUBJECT_1.match(low)
        start = m.end() if m else 0
        # a leading adverbial ('Unlike closed models, ...', 'In 2024, ...', 'Today, ...') is not the subject
        adv = _SENTENCE_SUBJECT_2.match(low[start:a])
        if adv:
            start += adv.end()
        if start >= a:
            return None
        seg = low[start:a]
        if lx.THANKS.search(seg):
            return None
        participle = _SENTENCE_SUBJECT_3.search(low[a:a + 40].split(" ")[0] if low[a:] else "")
        if not participle and (lx.DEPENDENCY.search(" ".join(words(seg)[-5:])) or _SENTENCE_SUBJECT_6.search(seg)):
            return None
        lead = seg[:60]
        spans = [sp for sp in s.own_spans if sp[0] <= start + 2]
        if spans:
            return True, f"it opens with the own name '{s.text[spans[0][0]:spans[0][1]]}'"
        dm = lx.DEMONSTRATIVE.match(lead)
        if dm:
            return True, f"it opens with '{s.text[start:start + dm.end()]}'"
        if _SENTENCE_SUBJECT_4.match(lead):
            return True, "it opens with 'we'"
        if _SENTENCE_SUBJECT_5.match(lead):
            own, why = self.pronoun(s, a)
            return own, why
        return None

    # -- taglines --------------------------------------------------------------------------------
    def tagline(self, s: Sentence, a: int, b: int, det: str, mods: list[str], before: list[str], head: list[str],
                head_noun: str, plural: bool) -> str:
        """A verbless headline naming the own product ('The open-source document signing platform.')."""
        low = s.low
        if s.block_kind in ("alt_text", "front_matter", "table_cell") or (
                s.block_kind == "heading" and s.heading_level != 1):
            return ""
        if det not in ("the", "a", "none") or before or len(mods) > 2:
            return ""
        if _TAGLINE_1.search(low):
            return ""
        if len(words(low)) > 20 or plural:
            return ""
        rest = low[b:]
        if _TAGLINE_3.match(rest) and not self._artifact_list(rest):
            return ""
        if _TAGLINE_4.search(s.text[b:]) and not _TAGLINE_5.search(" ".join(head)):
            return ""
        if any(m in ("first", "only", "largest", "biggest", "strongest", "best", "fastest", "leading") for m in mods):
            return f"a superlative headline about the described artifact ('{' '.join(reversed(mods))} ...')"
        if not head:
            return "a headline that predicates openness without a verb ('Free & open source')"
        if _TAGLINE_2.match(rest):
            return "a headline that predicates openness without a verb"
        if det in ("a", "the") or lx.PRODUCT_HEADS.search(head_noun) or any(lx.PRODUCT_HEADS.search(w) for w in head):
            return f"a headline naming the own product ('{s.text[a:b]} ... {head_noun}')"
        return ""

    # -- CJK --------------------------------------------------------------------------------------
    def judge_cjk(self, s: Sentence, a: int, b: int, kind: str, cs: int, ce: int, out) -> Verdict:  # type: ignore[no-untyped-def]
        low = s.low
        before = low[max(0, a - 24):a]
        near = low[max(cs, a - 10):a]
        after = low[b:b + 12]
        attributive = bool(_JUDGE_CJK_3.match(after))
        # the author as the agent of the release ('我们已经将预训练模型开源到…', '我们开源的代码'): what follows
        # (a community it is released to, a count of tasks) does not change who releases
        fp_agent = lx.FIRST_PERSON.search(low[cs:a])
        if fp_agent and not lx.DEPENDENCY.search(low[cs + fp_agent.end():a]) \
                and not _JUDGE_CJK_2.search(low[cs + fp_agent.end():a]) \
                and (_CJK_RELEASE_AFTER.match(low[b:]) or _CJK_BA.search(low[cs + fp_agent.end():a])):
            return out(True, "first-person", f"the author ('{fp_agent.group(0)}') releases it")
        # community
        if lx.COMMUNITY_HEADS.search(after[:6]) or _JUDGE_CJK_4.match(after):
            return out(False, "community", "about a community or a movement")
        # comparisons
        m = last_match(lx.COMPARISON, low[max(0, a - 16):a])
        if m and not _QUANTITY_AFTER.match(low, m.end()):  # '超过30个任务' counts, it does not compare
            return out(False, "comparison", f"a comparison or ranking ('{m.group(0)}')")
        r = lx.COMPARISON_RIGHT_CJK.search(low[b:b + 30])
        if r and (_JUDGE_CJK_12.search(low[max(0, a - 20):a]) or r.group(0).endswith(("之中", "当中", "當中",
                                                                                                     "の中で", "を超え",
                                                                                                     "より", "と比較"))):
            return out(False, "comparison", f"a comparison or ranking ('{r.group(0)}')")
        if lx.COORDINATED_CLOSED.search(low[b:b + 10]) or _JUDGE_CJK_5.search(near):
            return out(False, "comparison", "open and closed models side by side")
        th = lx.THANKS.search(low[:a])
        if th:
            return out(False, "thanks", f"thanks or credit to others ('{th.group(0)}')")
        # licence wording
        if _JUDGE_CJK_6.match(after) or _JUDGE_CJK_7.search(near):
            if (_JUDGE_CJK_13.search(low) or lx.DEMONSTRATIVE.search(low[:a]) or self.has_own(low[:a])) \
                    and _JUDGE_CJK_14.search(low):
                return out(True, "own-license", "the own artifact is released under an open licence")
            if any(y <= a and _OWN_LICENSE_GAP.fullmatch(low[y:a]) for _x, y in s.own_spans):
                return out(True, "own-license", "the open licence of the own artifact ('OWN 模型开源协议')")
            if _JUDGE_CJK_7.search(near) and _JUDGE_CJK_15.search(low):
                return out(True, "own-license", "the own artifact is released under an open licence")
            return out(False, "license-text", "licence wording, not said of the own artifact")
        # possessive of the author directly on the noun phrase
        poss = _JUDGE_CJK_1.search(before)
        if poss:
            return out(True, "own-possessive", f"first-person possessive ('{poss.group(0).strip()}')")
        own_attached = any(a - 3 <= y <= a and _JUDGE_CJK_18.fullmatch(low[y:a]) for _x, y in s.own_spans) or any(
            b <= x <= b + 24 and not _JUDGE_CJK_19.search(low[b:x])
            for x, _y in s.own_spans)
        # dependency
        dep = last_match(lx.DEPENDENCY, near)
        if dep and not own_attached:
            return out(False, "dependency", f"something used ('{dep.group(0)}')")
        rdep = lx.DEPENDENCY_RIGHT_CJK.search(low[b:b + 40])
        if rdep and not own_attached:
            return out(False, "dependency", f"something built upon ('{rdep.group(0)[-6:]}')")
        third = _JUDGE_CJK_2.search(near)
        if third and not own_attached:
            return out(False, "generic", f"a quantified or generic noun phrase ('{third.group(0)[:6]}')")
        agent = lx.ZH_BY_AGENT.search(low[max(0, a - 40):b + 4])
        subj_own = self._cjk_subject(s, a)
        label = _CJK_LABEL.match(low[:a])
        if label and subj_own is not True and not self.has_own(label.group(1)) and (
                self._is_name(s, label.start(1), label.end(1)) or _LATIN.search(label.group(1))):
            return out(False, "third-party", f"describes '{s.text[label.start(1):label.end(1)]}', not the own artifact")
        if agent and subj_own is not True and not self.has_own(agent.group("agent")):
            return out(False, "third-party", f"released by someone else ('由{agent.group('agent')}')")
        if subj_own is True:
            return out(True, "own-subject", "openness is said of the own artifact")
        if own_attached:
            return out(True, "own-name", "the repository's own name is in the noun phrase")
        if subj_own is False and attributive:
            return out(False, "third-party", "openness is said of something else")
        first = lx.FIRST_PERSON.search(low)
        dem = lx.DEMONSTRATIVE.search(low)
        if not attributive:
            if first or dem:
                who = (first or dem).group(0)  # type: ignore[union-attr]
                return out(True, "first-person", f"the author ('{who}') releases it")
            if s.own_spans:
                return out(True, "own-name", "a release of the own artifact")
            if s.news or lx.NEWS_DATE.search(low) or lx.DONE_CHECKBOX.search(low):
                return out(True, "news-item", "a release announced in a news item or roadmap")
            if _JUDGE_CJK_16.search(low[max(0, a - 6):a]) \
                    or _OWNER_9.match(low[:a]):
                return out(True, "subjectless-release", "a release announced without a subject")
            if _CJK_DONE_RELEASE.match(low[b:]) and subj_own is not False and not agent:
                # '…をオープンソース化しました', '…已经开源了': a completed release told without naming the agent is
                # the author's announcement (both languages drop a known subject); a third party is named ('由X')
                return out(True, "subjectless-release", "a completed release announced without naming who released")
            if subj_own is False:
                return out(False, "third-party", "released by someone else")
            return out(False, "no-owner", "nothing ties the phrase to the author's own artifact")
        if _CJK_RELEASED_IS.match(low[b:]) and subj_own is not False and not agent:
            # '开源的是…模型' (what was released is …): a release told without its agent, as in the news above
            return out(True, "subjectless-release", "what was released is named, by no one else")
        # attributive: '开源的X', 'オープンソース版'
        if _JUDGE_CJK_8.match(low) or _JUDGE_CJK_9.search(before):
            return out(True, "tagline", "a superlative headline about the described artifact")
        if first and _JUDGE_CJK_10.search(low[max(0, a - 20):a]):
            return out(True, "first-person", "the author describes its own artifact")
        if _JUDGE_CJK_11.match(after) and not _JUDGE_CJK_17.search(before) and len(low) < 60:
            return out(True, "tagline", "a headline naming the own version ('…のオープンソース版')")
        return out(False, "no-owner", "nothing ties the phrase to the author's own artifact")

    def _cjk_subject(self, s: Sentence, a: int) -> bool | None:
        low = s.low
        cop = last_match(_CJK_SUBJECT_1, low[:a])
        if cop is None:
            return None
        gap = low[cop.end():a]
        if _CJK_SUBJECT_2.search(gap):
            return None
        subj = low[:cop.start()]
        clause = _CJK_SUBJECT_5.split(subj)[-1][-30:]
        if not clause.strip():
            return None
        if self.has_own(clause) or _CJK_SUBJECT_4.search(clause):
            return True
        if _CJK_SUBJECT_3.search(clause):
            return False
        return None

    # -- target and strength -------------------------------------------------------------------

    def target(self, s: Sentence, a: int, b: int, kind: str) -> str:
        """What the openness is said of (see the module docstring of :mod:`openwash.claims`)."""
        low = s.low
        if kind == "open-weights":
            return "weights"
        if s.block_kind == "front_matter":
            return "data" if s.role == "data_card" else "model"
        if s.block_kind == "table_cell" and s.row_label:
            found = self._last_target(s.row_label)
            if found:
                return found
        cjk = bool(CJK.search(low[a:b]))
        cs, ce = self.clause(low, a, b)
        if b - a > 20:  # 'release the Wren weights openly': the object is inside the phrase
            found = self._last_target(low[a:b])
            if found:
                return found
        label = _OWNER_1.match(low[:a])
        if label and label.group(1).split() and _ARTIFACT.match(label.group(1).split()[-1]):  # 'Training code: ...'
            found = self._last_target(label.group(1))
            if found:
                return found
        if cjk:
            segments = _TARGET_2.split(low[b:b + 60])
            np_after = segments[0]
            if _TARGET_4.match(np_after) or _JUDGE_CJK_7.search(low[max(0, a - 3):a]):
                found = self._last_target(low[max(0, a - 40):a])  # licence wording: what is under the licence
                if found:
                    return self._mixed(low, found)
            found = self._last_target(np_after)
            if found:
                return self._mixed(low, found)
            if _JUDGE_CJK_11.match(np_after):
                return "project"
            if len(segments) > 1 and _TARGET_5.match(segments[1]):
                found = self._last_target(segments[1])  # '开源了 X，一个…的工具包'
                if found:
                    return self._mixed(low, found)
            found = self._nearest_target(low[max(cs, a - 30):a], before=True)
            if found:
                return self._mixed(low, found)
            named = self._name_target(s)
            if named:
                return named
        else:
            head = self.head_span(low, b, ce)
            h0 = low.find(head[0], b, ce) if head else -1
            if head and len(head) == 1 and h0 >= 0 and (self.has_own(head[0]) or (
                    verb_form_target(low[a:b], low[max(0, a - 12):a])
                    and self._is_name(s, h0, h0 + len(head[0])) and head[0] not in _ARTIFACT_WORDS)):
                # 'we open-source Demo-7B, a 7B model': the own name is the release; an appositive says what
                # it is (a target word inside the name, 'demo' in 'Demo-7B', says nothing)
                rest = low[b:ce].split(",", 1)
                found = self._last_target(rest[1]) if len(rest) > 1 else ""
                if found:
                    return self._mixed(low, found)
                return self._name_target(s) or ("model" if self.is_model_release else "project")
            found = self._last_target(" ".join(head))
            if found:
                return self._mixed(low, found)
            if _TARGET_3.match(low[b:b + 3]):  # 'Fully open source: checkpoints and training code'
                listed = {name for name, rx in TARGET_WORDS if name != "project" and rx.search(low[b:b + 80])}
                if len(listed - {"other"}) >= 2:
                    return "model" if "weights" in listed or "model" in listed else "other"
                found = self._nearest_target(low[b:b + 60], before=False)
                if found:
                    return self._mixed(low, found)
            # predicated of a subject: the predicate noun, else the subject's head noun
            cop = self._copula_before(low, a, cs)
            if cop is not None:
                found = self._last_target(low[cop:a])
                if found:
                    return self._mixed(low, found)
                start, end = self._subject_span(low, cop)
                subj = _CLASSIFY_4.split(low[start:end])[0]
                if _TARGET_7.match(subj) and s.prev:
                    first_clause = _TARGET_8.split(s.prev)[0]
                    found = self._last_target(first_clause) or self._nearest_target(s.prev, before=False)
                    if found:
                        return self._mixed(low, found)
                components = {name for name, rx in TARGET_WORDS if name in ("weights", "code", "data")
                              and rx.search(subj)}
                if len(components) >= 2:  # 'the weights, code and data are open source'
                    return "model" if "weights" in components else "other"
                found = self._last_target(subj)
                if found:
                    return self._mixed(low, found)
                if end > start and self.has_own(low[start:end]):
                    return self._name_target(s) or ("model" if self.is_model_release else "project")
            # released as an object: the object noun phrase
            obj = _TARGET_6.split(low[b:b + 90])[0]
            found = self._last_target(obj)
            if found:
                return self._mixed(low, found)
            if self.has_own(obj) or self._is_name(s, b, min(len(low), b + len(obj))):
                named = self._name_target(s)
                if named:
                    return named
            found = self._nearest_target(low[max(cs, a - 60):a], before=True) or self._nearest_target(
                low[b:ce], before=False)
            if found:
                return self._mixed(low, found)
            named = self._name_target(s)
            if named:
                return named
        if _TARGET_1.search(low):
            return "model"
        return "model" if self.is_model_release else "project"

    def _last_target(self, region: str) -> str:
        best: tuple[int, str] | None = None
        for name, rx in TARGET_WORDS:
            for m in rx.finditer(region):
                if best is None or m.end() > best[0]:
                    best = (m.end(), name)
        return best[1] if best else ""

    def _nearest_target(self, region: str, before: bool) -> str:
        best: tuple[int, str] | None = None
        for name, rx in TARGET_WORDS:
            for m in rx.finditer(region):
                dist = len(region) - m.end() if before else m.start()
                if best is None or dist < best[0]:
                    best = (dist, name)
        return best[1] if best else ""

    def _name_target(self, s: Sentence) -> str:
        if _NAME_TARGET_1.search(s.low):
            return "model"
        return ""

    @staticmethod
    def _mixed(low: str, target: str) -> str:
        """Code together with weights or checkpoints is the whole model release."""
        if target in ("code", "weights") and _MIXED_1.search(low):
            return "model"
        return target

    def strength(self, s: Sentence, a: int, b: int, pstrength: str, target: str) -> str:
        """strong: fully/truly/100 %/完全; partial: one component, part of it, or set against a closed part."""
        low = s.low
        if pstrength == "strong":
            return "strong"
        window = low[max(0, a - 30):a]
        if _STRENGTH_2.search(window) or \
                _STRENGTH_3.search(window):
            return "strong"
        if pstrength == "partial" or target in ("code", "data"):
            return "partial"
        if _STRENGTH_1.search(low[:a]):
            return "partial"
        if _CONTRAST_CLOSED.search(low):
            return "partial"
        return "plain"


_ARTIFACT_WORDS = frozenset({"code", "models", "model", "weights", "data", "datasets", "dataset", "llms", "checkpoints"})
_VERB_SUBJECT = frozenset({"we", "i", "to", "have", "has", "also", "now", "just", "will", "we've", "we’ve", "finally"})


def verb_form_target(phrase: str, before: str) -> bool:
    """The phrase is the release verb ('we open-source X', 'open-sourced X'), so what follows is its object."""
    phrase = phrase.rstrip()
    if phrase.endswith(("sourced", "sourcing", "sources")):
        return True
    words = before.split()
    return phrase.endswith("source") and bool(words) and words[-1] in _VERB_SUBJECT


def plural_generic(det: str, plural: bool, verb_form: bool) -> bool:
    return det in ("none",) and plural and not verb_form
