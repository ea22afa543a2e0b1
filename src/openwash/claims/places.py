"""Where a sentence sits: the places that speak for the project by position (the lead paragraph or the
tagline under the title of the front README, its own Features/Highlights/Why list, a model card's body), and
the positive evidence of a third party that a sentence there needs to be someone else's.

In such a place a sentence with no subject, or with a name that folds to an own name, is the project's claim;
"unknown name" alone is not third-party.
"""

from __future__ import annotations

import re

from openwash import lazyre, ownnames
from openwash import vocabulary as v
from openwash.claims import lexicon as lx
from openwash.claims import patterns as p
from openwash.claims.record import Verdict
from openwash.claims.segment import any_phrase, is_phrase_alone
from openwash.claims.tables import is_features_table
from openwash.claims.text import from_first_word, has_cjk, without_ease_adjectives
from openwash.documents import Block, Document, Link

# (the words in Latin and Cyrillic letters, and those of the CJK languages: an English page compiles only the first)
_OWN_LIST_WORDS = (
    # ('Other Features', 'More features', 'Additional key features': more of the project's own)
    r"^\W*(?:(?:other|more|additional|extra)\s+)?(?:key\s+|main\s+|core\s+)?(?:features?|highlights?|why\b|advantages|"
    r"capabilities|what\s+(?:is|makes)|about|overview|introduction|summary|"
    # (the Features of the European languages: German, French, Spanish and Portuguese, Italian, Russian)
    r"funktionen|merkmale|eigenschaften|fonctionnalités|caractéristiques|points\s+forts|características|"
    r"funcionalidades|funzionalità|caratteristiche|возможности|особенности|функции")
_OWN_LIST_SECTION = lazyre.by_script(
    _OWN_LIST_WORDS + r"|简介|簡介|介绍|介紹|特徴|概要|为什么|為什麼|機能|기능|특징|"
    # '功能特点', '核心功能', '产品特色', '项目优势'
    r"(?:功能|项目|項目|产品|產品|核心|主要|系统|系統|平台|" + p.CJK_SOFTWARE + r")?(?:特性|特点|特點|亮点|亮點|优势|優勢|特色|功能))",
    _OWN_LIST_WORDS + ")", re.IGNORECASE)

# the project's own news: its items announce the project's releases ('v3 released, 70x speed-up open-sourced')
_OWN_NEWS_SECTION = lazyre.compile(
    r"^\W*(?:latest\s+|recent\s+)?(?:news|updates?\b|what'?s\s+new|new\b|changelog|change\s+log|release\s+notes|"
    r"announcements?|最新|更新|新闻|新聞|动态|動態|ニュース|お知らせ|更新情報|更新履歴)", re.IGNORECASE)

# a section of the author's other releases ('飞致云的其他明星项目', 'Our other projects', 'Other projects by Loon'): its
# items are the author's siblings, hosted under other owners' names as often as not
_SIBLING_SECTION = lazyre.compile(
    r"^\W*(?:(?:our|my)\s+other\s+(?:projects?|products?|tools?|repositories|work)|"
    r"(?:other|more)\s+(?:projects?|products?|tools?)\s+(?:by|from)\s+|"
    r"[\w\u4e00-\u9fff]{1,12}\s*的其[他它](?:的)?(?:明星|开源|開源)?(?:项目|項目|产品|產品|作品))", re.IGNORECASE)
SIBLING_PLACE = "list of the author's other releases"
# a table that pairs a bold feature label with what it says, row by row (tables.is_features_table)
FEATURES_TABLE_PLACE = "features table (a bold feature label by row)"
# HTML between the title's lead and the first section, whose cells' bold labels name features too
HEADER_HTML_PLACE = "HTML block under the title"
# the places whose rows or cells a bold label opens that names a feature of the product, not a product
FEATURE_LABELLED_PLACES = frozenset({FEATURES_TABLE_PLACE, HEADER_HTML_PLACE})

# a section that introduces the project ('## What it is', '## Introduction', '## 简介'): its first paragraph is the
# project's description, as the lead under the title is
_INTRO_SECTION = lazyre.compile(
    r"^\W*(?:what\s+(?:it\s+)?is|about(?:\s+(?:the\s+)?project)?|overview|introduction|简介|簡介|介绍|介紹|概述|"
    r"项目(?:介绍|简介)|項目(?:介紹|簡介)|はじめに)\W*$", re.IGNORECASE)

# the project's own licence section: what it says is open, unnamed, is what the project releases (the heading's
# first words; a plain string test, as every block of a README asks it)
_LICENSE_SECTION = ("licence", "license", "licensing", "terms of use", "许可", "許可", "开源协议", "開源協議", "开源许可",
                    "開源許可", "协议", "協議",
                    "ライセンス", "라이선스")


def _is_license_section(heading: str) -> bool:
    return from_first_word(heading)[:12].lower().startswith(_LICENSE_SECTION)


# how the text writes a few of the known families (folded keys: ownnames.KNOWN_FAMILIES); Apache the maker, not the
# Apache licence ('licensed under Apache-2.0')
_FAMILY_SPELLINGS = {"huggingface": r"hugging\s?face", "springboot": r"spring\s?boot", "postgres": r"postgres\w*",
                     "postgresql": r"postgresql", "apache": r"apache(?![\s-]*(?:v?2|licen[cs]e|software\s+licen[cs]e))"}
_THIRD_PARTY_WORDS = lazyre.compile(
    r"(?<![\w])(?:built\s+(?:on|upon|with)|based\s+on|powered\s+by|using|uses|use|via|thanks|compared?|than|"
    r"among|versus|vs\.?|like|such\s+as|including|supports?|compatible|integrat\w*|fine-?tuned\s+from|"
    r"alternative\s+to|instead\s+of|other|others|many|most|existing|popular|"
    r"(?:developed|created|released|made|maintained|published|open-?sourced|trained|backed)\s+by|"
    r"following|table|lists|figure|check\s+out|"
    # well-known models, frameworks and makers (ownnames.KNOWN_FAMILIES): named in a lead, they are what the
    # project builds on
    + "|".join(_FAMILY_SPELLINGS.get(key, key) for key in sorted(ownnames.KNOWN_FAMILIES)) + r"|gpt-\d\w*)(?![\w])"
    r"|基于|基於|使用|支持|兼容|对比|相比|同等|同类|同類|同级|同級|表现最|之一|第三方"
    # zh verbs of use and provenance ('本程序依赖的…', '取自…')
    r"|依赖|依賴|采用|採用|利用|借助|来自|來自|取自|源自|摘自|参考|參考|借鉴|借鑒|集成|离不开|離不開|得益于|得益於")


_UNKNOWN_NAME = lazyre.compile(r"'([^']{1,60})' is not one of this repository's names")


def unknown_name_reason(name: str) -> str:
    """How a verdict says that its subject is a name that is not an own one: the one spelling that
    :func:`unknown_owner` and :func:`names_an_unknown_subject` read back."""
    return f"'{name}' is not one of this repository's names"


_THINGS_IN_GENERAL = "): things in general"


def bare_plural_reason(phrase_and_noun: str) -> str:
    """How a verdict says that the phrase heads a bare plural, things of its kind in general ('open-source …
    models'): the one spelling that :func:`says_things_in_general` reads back."""
    return f"a bare plural ('{phrase_and_noun}'{_THINGS_IN_GENERAL}"


def says_things_in_general(v: Verdict) -> bool:
    """The verdict says 'not a claim' only because the phrase heads a bare plural (:func:`bare_plural_reason`);
    where it sits may still make the plural the release's parts (the project's own Features list)."""
    return v.rule == "generic" and v.reason.endswith(_THINGS_IN_GENERAL)


def marks_only(label: str) -> bool:
    """A table cell of marks or emoji alone ('🔓', '✅ '): as a row's label it names nothing, it decorates the row."""
    return not any(c.isalnum() for c in label)


def licence_row(label: str) -> bool:
    """A table row's first cell names a licence ('License', '**Licence**', '✅ License:', '许可协议'): the row states
    the licence of what the table describes, it names nobody."""
    return bool(p.LICENCE_ROW.fullmatch(label.strip(p.LABEL_MARKUP)))


# a version number alone ('3.3.0', 'v1.2', '**v0.9.1-beta**')
_VERSION_LABEL = lazyre.compile(r"v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?")


def version_row(label: str) -> bool:
    """A table row's first cell is a version number alone ('| 3.3.0 | Initial open-source release | 2022.9.1 |'): the
    row is a version of what the table describes, a release history, and names no one else."""
    return bool(_VERSION_LABEL.fullmatch(label.strip(p.LABEL_MARKUP).lower()))


def unknown_owner(v: Verdict, own: frozenset[str]) -> bool:
    """The verdict says 'not a claim' only because no own subject was recognised: there is no subject at all,
    or the subject is an own name written with a size or version suffix ('Demo-7B' for 'Demo')."""
    if v.rule == "no-owner":
        return True
    m = _UNKNOWN_NAME.search(v.reason) if v.rule == "third-party" else None
    if not m:
        return False
    # the names fold the way people write them (openwash.ownnames): 'Demo-7B' ~ 'demo model' ~ 'demo'
    return ownnames.name_key(m.group(1)) in {ownnames.name_key(n) for n in own if len(n) >= 3}


def unknown_subject_after(v: Verdict, low: str, start: int, end: int) -> bool:
    """The unknown name the verdict gives for its subject is written in ``low[start:end]`` after a clause of its
    own, more than three words in ('This [dataset](…) was generated … and reviewed with Argilla, an open-source
    tool': the link before names the dataset, not Argilla)."""
    m = _UNKNOWN_NAME.search(v.reason) if v.rule == "third-party" else None
    at = low.find(m.group(1).lower(), start, end) if m else -1
    return at >= 0 and len(low[start:at].split()) > 3


def names_an_unknown_subject(v: Verdict) -> bool:
    """The verdict says 'not a claim' only because its subject is a name that is not an own one (in a list of
    the author's other releases, that name is a sibling's)."""
    return v.rule == "third-party" and bool(_UNKNOWN_NAME.search(v.reason))


# A link after the phrase that a word of use (lx.DEPENDENCY) or a preposition other than a maker's governs names what
# the thing described is built on, made for or set beside ('Open-weights Dutch TTS based on [Parakeet]', 'an
# open-source server for [X]'), as such words after the phrase do in other_evidence; a link the phrase's noun phrase
# ends in, one that names its maker or owner ('the open source core component of [Synergy]', 'developed by [X]') or
# one where the open thing is to be had ('…已完全开源，可在 [Hugging Face](…/OTHER) 获取') stays evidence.
_PREPOSITIONS_BEFORE_LINK = (p.PREPOSITIONS - {"of"}) | {"with", "via", "as", "like"}
_CLAUSE_MARK = lazyre.compile(r"[,;:，；：、(（—–]")


def link_after_basis(low: str, phrase_end: int, link_start: int) -> bool:
    """A link after the phrase is the object of a word of use or such a preposition in its own clause (among the
    last four words before it)."""
    last_words = _CLAUSE_MARK.split(low[phrase_end:link_start])[-1].split()[-4:]
    return any(w.strip("*_`[") in _PREPOSITIONS_BEFORE_LINK for w in last_words) \
        or bool(lx.DEPENDENCY.search(" ".join(last_words)))


def other_evidence(low: str, other_links: list[tuple[int, int]], phrase_start: int = -1) -> bool:
    """Positive evidence of a third party up to the end of the phrase: a dependency or maker word governs
    what follows it ('built on open-source X'), while words after the phrase describe the project's own basis
    ('an open-source assistant based on X').

    In Chinese and Japanese a clause that opens with the phrase is out of reach of a dependency verb before
    the comma: '基于 X 实现，开源、可离线部署的 … 项目' (built on X; an open-source, offline … project) says what
    the project is built on, then what it is.  Inside a clause ('…，针对各类开源大模型') the earlier words still
    count.  English keeps its commas: 'built on X, an open-source model' sets X in apposition."""
    start = 0
    cjk = phrase_start > 0 and has_cjk(low[phrase_start:phrase_start + 2])
    if cjk:
        cut = max(low.rfind(mark, 0, phrase_start) for mark in "，；。") + 1
        if cut and not low[cut:phrase_start].strip():
            start = cut
    if any(y > start for _x, y in other_links):
        return True
    # 'easy to use' is an adjective: nothing is used
    low = without_ease_adjectives(low)
    # in CJK a relative clause closed by 的 before the phrase ('基于 X 的开源…模型') says what the head noun is
    # built on, not whose it is
    # ('第三方' is no verb: '第三方强大的开源模型' are third parties' models, 的 or not)
    # (a verb right before 的 has the phrase's noun as its object: '本程序依赖的开源项目', the open-source projects
    # this program depends on, are what it uses)
    # what a list shares, collects or analyses is others' ('分享 GitHub 上有趣的开源项目'); a verb of curation
    # governs the whole noun phrase after it, adjectives closed by 的 included
    if cjk and p.CJK_CURATES.search(low, start, phrase_start):
        return True
    if cjk and p.CJK_FOR_WHOM_BEFORE.search(low[max(0, phrase_start - 2):phrase_start]):
        return True  # '面向开源项目和开发者产品' (for open-source projects …): whom the product is for
    return any(not (cjk and m.end() <= phrase_start and m.group(0) != "第三方"
                    and closed_by_de(low[m.end():phrase_start]) and not low[m.end():phrase_start].lstrip().startswith("的"))
               and not (m.group(0) in _LICENSE_VERBS and _LICENSE_BASIS.match(low, m.end()))
               and not _in_compound_modifier(low, m.start(), m.end())
               for m in _THIRD_PARTY_WORDS.finditer(low, start))


def _in_compound_modifier(low: str, start: int, end: int) -> bool:
    """The word at ``low[start:end]`` is part of a compound adjective: a name glued to '-based', '-compatible', …
    or that suffix itself."""
    return bool(_COMPOUND_MODIFIER.match(low, end)) or (start > 0 and bool(_COMPOUND_MODIFIER.match(low, start - 1)))


# A name glued to '-based', '-powered', ... is a compound adjective of the noun it stands before ('a PyTorch-based
# open-source toolkit', 'an OpenAI-compatible open-source server'): it says what the thing described is built on or
# works with, and governs no phrase after it, as 'based on open-source X' does
_COMPOUND_MODIFIER = lazyre.compile(r"[\-‐‑](?:based|powered|native|driven|compatible|friendly|ready|first)(?![\w\-])")


# verbs that, before a licence, give the terms of the release ('基于 MIT 许可进行开源', '采用 Apache 协议开源')
_LICENSE_VERBS = frozenset({"基于", "基於", "采用", "採用", "使用", "遵循"})


# '基于 MIT 许可进行开源' (released under the MIT licence): 基于 a licence gives the terms, nothing is built on
_LICENSE_BASIS = lazyre.compile(r"[^，。；,;]{0,40}?(?:许可|許可|协议|協議|licen[cs]e)")


def closed_by_de(gap: str) -> bool:
    """The words after a dependency verb form a relative clause that ends at 的 right before the phrase, or before
    a modifier of the phrase's noun, with no clause break inside ('基于 Llama2 的' in '基于 Llama2 的开源大模型',
    '适用于端边云场景的新型开源框架', '基于 PyTorch 的目标检测开源工具箱')."""
    return bool(_CLOSED_BY_DE.search(gap)) and not any(mark in gap for mark in "，,；;。")


# ... or at 的 and an enumeration comma that coordinates it with the phrase ('基于 netty 的、开源的 X')
# (the modifier may run longer, carry emphasis and hold Latin words: '基于 ModelScope 的**一站式**序列理解开源工具箱',
# '基于 PyTorch 和 MMDetection 的 YOLO 系列算法开源工具箱')
# (not '的是', the copula of a cleft: '…中使用的是开源版本 X', what is used is the open-source edition of X)
# (coordinated modifiers too: '…的图像&视频编辑开源工具箱', '…的图像/视频编辑…')
_CLOSED_BY_DE = lazyre.compile(r"的(?!\s*是)\s*、?\s*[\u4e00-\u9fff\w*_ .\-&/+]{0,16}$")


def _introduces_own_list(text: str, own: frozenset[str], *, heading: bool = False) -> str:
    """The clause that introduces a list of the project's own points, or "": a paragraph ending in a colon
    (or a heading that announces 'the following') whose last clause opens with an own name or 'this project'
    and names nothing it uses or compares with ('the OWN series has the following improvements:', '本项目包含以下
    内容'; not 'OWN supports the following models:')."""
    body = text.strip()
    whole = False  # the whole paragraph is the introducing clause
    if heading:
        if not _FOLLOWING.search(body):
            return ""
    elif not body.endswith((":", "：")):
        # one sentence that gives the own product features introduces the list of them after it ('Wren provides a
        # range of features, from the personal to the enterprise.')
        body = body.rstrip(".。!！ ")
        if not _FEATURES_NOUN.search(body.lower()) or _SENTENCE_END.search(body):
            return ""
        whole = True
    low = body.lower()
    start = 0 if whole else max(low.rfind(mark) for mark in (". ", "。", ", ", "，", "; ", "；")) + 1
    clause = low[start:].strip()
    clause_from = len(low) - len(clause)
    spans = ownnames.spans_in(ownnames.matcher(own), clause) if own else []
    # the own name opens the clause, after at most an article ('the OWN series ...', 'OWN 有以下特点：'), or 'this
    # project' does ('This repository contains the following:', '本项目包含以下内容')
    # ... or the own name is what the features listed are of ('Some key points of OWN:', 'The main benefits of OWN:')
    if not lx.DEMONSTRATIVE.match(from_first_word(clause)) and (
            not spans or (len(clause[:spans[0][0]].split()) > 1
                          and not _FEATURES_OF_LEAD.fullmatch(from_first_word(clause[:spans[0][0]])))):
        return ""
    # 'the following' announces the list itself here
    if _THIRD_PARTY_WORDS.search(clause.replace("following", "")):
        return ""
    return body[clause_from:][:40]


def _own_list_label(text: str) -> str:
    """A paragraph that is only the label of the project's own list, ending in a colon ('Main features:',
    '**Key Features:**', '主要特性：'): it introduces the list under it as a heading would; "" otherwise."""
    body = text.strip().strip("*_ ")
    if not body.endswith((":", "：")):
        return ""
    label = body[:-1].strip("*_ ")
    found = _OWN_LIST_SECTION.search(label) if 0 < len(label) <= 30 and len(label.split()) <= 4 else None
    return label if found and not label[found.end():].strip(" *_") else ""


def _past_own_name(heading: str, own: frozenset[str]) -> str:
    """The heading after an own name that opens it ('✨ Payload Features' → ' Features'): a section named for
    the project's own features is its own list as much as a bare 'Features' is."""
    low = heading.lower()
    start = len(low) - len(from_first_word(low))
    spans = ownnames.spans_in(ownnames.matcher(own), low) if own else []
    if not spans or spans[0][0] != start:
        return heading
    end = spans[0][1]
    rest = low[end:]
    for possessive in ("'s", "’s"):
        if rest.startswith(possessive):
            end += len(possessive)
    return heading[end:]


# the file stem of a documentation page about the product's own features ('features', 'key-features', 'highlights')
_FEATURES_PAGE = lazyre.compile(r"(?:key[-_ ]|main[-_ ]|core[-_ ])?(?:features|highlights)")
# a heading inside it about others' products ('Comparison with other tools', 'Alternatives')
_OTHERS_HEADING = lazyre.compile(r"\b(?:compar\w*|alternatives?|vs\.?|versus|other|others|third[\s-]party)\b", re.IGNORECASE)


def _page_about_own(doc: Document, own: frozenset[str]) -> bool:
    """A documentation page whose title (in its front matter, else its first H1) names the project ('What is OWN
    SDK?'), speaks as the author ('How We Price') or only introduces ('Introduction'): a description or a verbless
    headline under that title says what the project is, as the home page's does.  A title that names another
    ('Lance', an 'oss-friends' entry with a name and no title) or a task is a page about that; what it describes
    is its topic."""
    stem = doc.path.rsplit("/", 1)[-1].split(".", 1)[0].replace("-", " ").replace("_", " ")
    if _INTRO_SECTION.match(stem.strip()):
        return True  # ('docs/about.md', 'docs/introduction.mdx': the page that introduces the project, by its name)
    title = next((b.text for b in doc.blocks if b.kind == "metadata" and b.heading == "title"), "") or next(
        (b.text for b in doc.blocks if b.kind == "heading" and b.heading_level == 1), "")
    if not title.strip():
        return False
    low = title.strip().lower()
    return bool((own and ownnames.spans_in(ownnames.matcher(own), low)) or lx.FIRST_PERSON.search(low)
                or _INTRO_SECTION.match(low))


def own_places_of(doc: Document, own: frozenset[str] = frozenset()) -> dict[int, str]:
    """Blocks that speak for the project by where they sit: the title (the first H1), the lead paragraph or
    tagline right under the title of the root README or a model card, the items of its own Features/Highlights/Why list, of its own
    News/Updates list or of a list an own-named clause introduces ('OWN has the following features:'), and a
    model card's body.  The README of one of the repository's own parts (:func:`openwash.ownnames.is_part_readme`)
    has its title and lead too, and so has the home page of the documentation site (:func:`openwash.ownnames.is_docs_home`).
    Other docs pages and nested READMEs speak about many things; they get no such blocks."""
    out: dict[int, str] = {}
    if doc.role == v.DOCS and _FEATURES_PAGE.fullmatch(doc.path.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()):
        # a documentation page named for the product's features ('docs/about/key-features.mdx'): its list is
        # the product's own Features list, as one under a 'Features' heading is
        for block in doc.blocks:
            if block.kind == "list_item" and not (block.heading and _OTHERS_HEADING.search(block.heading)):
                out[id(block)] = "features page"
        return out
    if doc.role == "model_card":
        pass
    elif not ((doc.role == v.README and (ownnames.is_front_readme(doc.path) or ownnames.is_part_readme(doc.path)))
              or (doc.role in (v.DOCS, v.README) and ownnames.is_docs_home(doc.path))):
        if doc.role == v.DOCS and _page_about_own(doc, own):
            for block in doc.blocks:
                if block.kind == "metadata" and block.heading in v.FRONT_MATTER_PROSE_KEYS and block.heading != "title":
                    out[id(block)] = "page description"
        return out
    lead_open = True
    prose_seen = False
    title_seen = False
    title_line = 0
    told_before_title = False
    intro = ""  # the own-named clause introducing the list being read, if any
    section_lead = False  # the next paragraph opens a section that introduces the project
    section_seen = False  # a section heading came after the title
    tables_seen: dict[int, bool] = {}  # which tables of the page are tables of features (tables.is_features_table)
    for block in doc.blocks:
        if block.kind == "heading":
            section_lead = block.heading_level >= 2 and bool(_INTRO_SECTION.match(block.text))
        elif section_lead and block.kind not in ("alt_text", "front_matter", "metadata"):
            section_lead = False
            if block.kind == "paragraph" and not lead_open:
                out[id(block)] = f"first paragraph of '{block.heading[:40]}'"
        if block.kind == "paragraph":
            intro = _introduces_own_list(block.text, own) or _own_list_label(block.text)
        elif block.kind == "heading":
            intro = _introduces_own_list(block.text, own, heading=True)
        elif block.kind not in ("list_item", "alt_text"):
            intro = ""
        if block.kind == "heading":
            if block.heading_level == 1 and not title_seen:
                # the lead is what sits under the title, even when notices or badges come before it; the title
                # itself is what the project calls itself ('# Open source APM: traces, metrics and logs')
                title_seen, lead_open, prose_seen, title_line = True, True, False, block.line
                if not told_before_title and not is_section_label(block.text):
                    out[id(block)] = "title"
                continue
            # ('<h1>OWN<br/><sub>Open-source self-hosted web archiving.</sub></h1>': the title's own subtitle)
            subtitle = block.heading_level == 1 and block.line == title_line
            if (block.heading_level >= 2 or subtitle) and not prose_seen and lead_open:
                if not is_section_label(block.text) and not _CHAPTER.match(block.text):
                    out[id(block)] = "tagline"  # '<h3 align="center">…</h3>' under the title, before any prose
                continue
            if block.heading_level >= 2:
                lead_open = False
                section_seen = title_seen
            continue
        if block.kind == "metadata" and block.heading in ("hero", "features"):
            # a documentation home page's hero text and features, kept in its front matter (markdown.py)
            out[id(block)] = "tagline" if block.heading == "hero" else "home page features list"
            continue
        if block.kind == "metadata" and block.heading in v.FRONT_MATTER_PROSE_KEYS:
            # the page's own title and description in its front matter ('description: Open-source Figma
            # alternative.'): on the front page, what the site says of the project where it is listed and searched
            out[id(block)] = "title" if block.heading == "title" else "tagline"
            continue
        if block.kind in ("alt_text", "front_matter", "metadata"):
            continue
        if not title_seen and block.kind in ("paragraph", "plain", "list_item") and _SENTENCE_END.search(block.text):
            told_before_title = True  # an H1 after sentences ('# Roadmap' under an image title) heads a section
        if lead_open and block.kind in ("paragraph", "html", "plain"):
            out[id(block)] = "tagline" if block.kind == "html" else "lead paragraph"
        elif block.kind == "html" and title_seen and not section_seen:
            # (a grid of the product's features in HTML between the lead and the first section: '<td><strong>🔒 Own
            # your data</strong><br/>Open source, self-hosted</td>', what the title's page presents of it)
            out[id(block)] = HEADER_HTML_PLACE
        elif block.kind in ("list_item", "table_cell") and block.heading \
                and _OWN_LIST_SECTION.search(_past_own_name(block.heading, own)):
            # (a table under the heading is the same list in columns: '| 🔓 | **Fully Open Stack** | … |')
            out[id(block)] = f"'{block.heading[:40]}' {'list' if block.kind == 'list_item' else 'table'}"
        elif block.kind == "table_cell" and any_phrase(block.text.lower()) \
                and is_features_table(doc, block.line, tables_seen):
            out[id(block)] = FEATURES_TABLE_PLACE
        elif block.kind == "list_item" and block.heading and _SIBLING_SECTION.search(block.heading):
            out[id(block)] = SIBLING_PLACE
        elif block.kind == "list_item" and block.heading and _OWN_NEWS_SECTION.search(block.heading):
            out[id(block)] = f"'{block.heading[:40]}' news list"
        elif block.kind == "list_item" and intro:
            out[id(block)] = f"list introduced by '{intro}'"
        elif block.kind == "list_item" and _has_feature_label(doc, block):
            out[id(block)] = "features list (a bold feature label)"
        elif block.kind in ("paragraph", "list_item") and block.heading and _is_license_section(block.heading):
            out[id(block)] = f"'{block.heading[:40]}' section"
        elif doc.role == "model_card" and block.kind in ("paragraph", "list_item", "html"):
            out[id(block)] = "model card"
        if lead_open and block.kind == "paragraph" and (_NAME_LINE.fullmatch(block.text.strip())
                                                         or _subtitle_line(block.text)):
            # a title written as a paragraph ('📃 **Name** (formerly X)'), or a subtitle under the title ('**Huge JSON
            # Viewer GUI** · _formerly X_'): the lead is still to come
            continue
        if block.kind in ("paragraph", "plain", "list_item", "table_cell"):
            lead_open = False  # the lead is the first paragraph (HTML taglines may stack above it)
            prose_seen = True
    return out


# A heading that only names a section: the phrase with section nouns ('📑 Open-source Plan', '开源模型列表', '## Open
# Source'). It heads what follows and predicates nothing, so it is no title or tagline of the project, wherever
# it stands (the corpus labels such headings heading_or_badge); an adjective ('Fully open source') is a feature.
# (numbered, or after a numbered label, 'Principle 10: Open Source and Third-Party Software')
_SECTION_LABEL = lazyre.compile(
    r"[\W_]*(?:\d+(?:\.\d+)*(?![\d%])[.、)]?\s*)?(?:(?:principle|section|chapter|part|appendix|article|rule)\s+[\w.]+\s*[:.]\s*)?"
    r"(?:社区|社區|官方)?(?:相关|相關)?\s*(?:open[\s-]?sourc(?:e|ed|ing)|open[\s-]?weights?|开源|開源|"
    r"オープンソース|오픈\s?소스)"
    r"(?:[\s-]*(?:(?:&|and|/|vs\.?|versus|与|與|和|及)\s*)?(?:plans?|lists?|roadmap|progress|status|schedule|timeline|checklist|todo|releases?|versions?|"
    # (Japanese and Korean: project, model, licence, code, data, software, tools, resources)
    r"プロジェクト|モデル|ライセンス|プロトコル|コード|データ|ソフトウェア|ツール|リソース|프로젝트|모델|라이선스|코드|데이터|소프트웨어|도구|"
    r"models?|weights|checkpoints?|components?|resources?|contents|projects?|repositor(?:y|ies)|tools?|links?|"
    r"licen[cs]es?|notice|statement|policy|details|information|materials?|artifacts?|assets?|parts?|"
    r"datasets?|data|code|计划|計劃|列表|清单|清單|进展|進展|进度|進度|路线图|路線圖|内容|內容|模型|版本|权重|權重|"
    r"资源|資源|项目|項目|地址|链接|鏈接|说明|說明|声明|聲明|情况|情況|组件|組件|数据集|數據集|数据|數據|代码|代碼|"
    # (tools and sharing, as 'tools' above and Japanese ツール, Korean 도구)
    r"工具|分享|"
    r"部分|信息|推荐|推薦|友情链接|友情鏈接|数据集结果|數據集結果|结果|結果|results?|"
    # editions set side by side ('开源版与企业版', 'Open Source vs Enterprise')
    r"版|editions?|企业版本?|企業版本?|商业版本?|商業版本?|enterprise|"
    r"week|weeks|day|days|month|summit|conference|meetup|hackathon|events?|programs?|"
    r"programme|awards?|third[\s-]party\s+(?:software|components?|libraries|code|licen[cs]es|notices?|dependencies))"
    r"(?:\s*(?:&|and|/|vs\.?|versus|与|與|和|及)(?=\s*\w))?)*[\W_]*",
    re.IGNORECASE)


# a chapter or part of a tutorial ('第三部分 开源 LLM 应用解读', 'Part 2: …'): a section, not a tagline
_CHAPTER = lazyre.compile(r"\W*(?:第[一二三四五六七八九十百\d]+[部章节節篇课課]分?|(?:part|chapter|step|lesson)\s+\w+\b)",
                          re.IGNORECASE)


def is_section_label(text: str) -> bool:
    """Whether a heading only names a section ('Open-source Plan', '开源模型列表'), or is an openness phrase of
    any language alone ('Código Aberto', 'Logiciel libre'): a topic's name, which predicates nothing."""
    return bool(_SECTION_LABEL.fullmatch(text.strip())) or is_phrase_alone(text)


# A bullet that opens with a bold feature label ('- 🔒 **Self-hosted, Open-source:** Host it yourself …',
# '- **Fully Open-Source & Commercial-Ready** — Weights and code …'): the form of a features list, whatever
# its heading says (or wherever the bullet is quoted without it).
# (a label may end the line after an emoji: '- **Open-Source & Transparent** 🔍'; a typewriter's dash or a semicolon
# ends it too: '- **Open source** -- The entire codebase is public', '- **Open source**; source code is on GitHub')
_FEATURE_LABEL = lazyre.compile(r"\s*(?:[-*+]|\d+[.)])\s+[^\w*]{0,6}\*\*([^*]{2,80}?)\*\*"
                                r"(\s*(?:[:：;；]|[—–-]{1,2}\s|[^\w\s*]{0,6}\s*$))?")


def _has_feature_label(doc: Document, block: Block) -> bool:
    """Whether the bullet opens with a short bold label that holds an openness phrase."""
    line = doc.lines[block.line - 1] if 0 < block.line <= len(doc.lines) else ""
    m = _FEATURE_LABEL.match(line)
    if not m or not (m.group(2) is not None or m.group(1).rstrip().endswith((":", "："))):
        return False  # ('- **Open source** projects we like': bold words inside a sentence, no label)
    label = m.group(1).strip(" :：")
    return len(label.split()) <= 6 and any_phrase(label.lower())


# 'the following' in a heading that announces a list ('本项目包含以下内容', 'This repository contains the following')
_FOLLOWING = lazyre.compile(r"\bfollowing\b|以下|如下", re.IGNORECASE)
# the words before the own name in 'Some key points of OWN:', 'The main features of OWN'
_FEATURES_OF_LEAD = lazyre.compile(r"(?:(?:the|some|a\s+few|few)\s+)?(?:(?:key|main|core|major)\s+)?(?:features|highlights|points|"
                                   r"benefits|advantages|strengths|selling\s+points|capabilities)\s+of\s+(?:the\s+)?")
# what a product is said to have when a list of them follows
_FEATURES_NOUN = lazyre.compile(r"\b(?:features?|capabilities|highlights|benefits|advantages)\b|功能|特性|特点|特點|亮点|亮點|优势|優勢")


# the end of a sentence (not the dot of a file or domain name: '[中文](README.zh.md)')
_SENTENCE_END = lazyre.by_script(r"[。！？]|[.!?](?:\s|$)", r"[.!?](?:\s|$)")


def _subtitle_line(text: str) -> bool:
    """A short line of words set apart by a dot or a bar, with no sentence end and no colon: a subtitle ('Huge JSON
    Viewer GUI · formerly Huge JSON Viewer')."""
    text = text.strip()
    return bool(p.ENTRY_SEPARATOR.search(text)) and len(text.split()) <= 10 and not _SENTENCE_END.search(text + " ") \
        and ":" not in text


# A paragraph that is a name line, not a sentence: at most four words ('v1.5' and 'Name-7B' are one) and a
# parenthesis, no sentence punctuation, no colon.  Written first, it is the README's title.
_NAME_LINE = lazyre.by_script(r"[^\w(]{0,4}(?:\w+(?:[.+\-]\w+)*\s*){1,4}(?:\([^()]{0,60}\)\s*)?[^\w.!?:;,。！？：]{0,4}",
                               r"[^\w(]{0,4}(?:\w+(?:[.+\-]\w+)*\s*){1,4}(?:\([^()]{0,60}\)\s*)?[^\w.!?:;,]{0,4}")


# the owner of a repository, model, dataset or space a link points at
# (and the owner of a site GitHub or GitLab serves, 'https://OWNER.github.io/…')
_OTHER_OWNER_URL = lazyre.compile(r"(?:github\.com|gitlab\.com|gitee\.com|huggingface\.co(?:/datasets|/spaces)?|"
                                  r"modelscope\.cn/(?:models|datasets))/([\w\-.]+)|//([\w\-]+)\.git(?:hub|lab)\.io\b",
                                  re.IGNORECASE)


# a path inside the repository to code, a notebook, a configuration file or a folder
_OWN_CODE_PATH = lazyre.compile(r"(?!/|[a-z][a-z0-9+.-]*:|#)(?:\./)?[\w.\-/]*?(?:\.(?:py|sh|ipynb|js|ts|go|rs|java|c|cc|cpp|"
                                r"yaml|yml|toml|json)|/)", re.IGNORECASE)


# a link into a repository that opens a page of writing, not a release: a Markdown or PDF file, a wiki page, an issue
_PAGE_OF_WRITING = lazyre.compile(r"/blob/[^?#]*\.(?:md|markdown|mdx|pdf|txt)(?:$|[?#])|/(?:wiki|issues|discussions|pull)/",
                                  re.I)


def own_file_link(link: Link) -> bool:
    """The link points to code or a folder of this repository by a relative path (``_OWN_CODE_PATH``), not to a
    list of its dependencies (a link to one points at others' work: '[其他开源项目](./pubspec.yaml)')."""
    return link.source != "image" and bool(_OWN_CODE_PATH.fullmatch(link.url)) \
        and link.url.rstrip("/").rsplit("/", 1)[-1].lower() not in v.DEPENDENCY_MANIFESTS


def link_owner(link: Link, own: frozenset[str]) -> str:
    """Whose repository, model or dataset a link points at: "own" (the project's own owner's: what its text calls
    open is one of the owner's releases, '<a href=https://huggingface.co/datasets/OWNER/x>中文开源预训练集</a>'),
    "other" (another owner's: its text names theirs), "both" when it counts as each, or "" (no such link)."""
    m = _OTHER_OWNER_URL.search(link.url)
    if not m:
        # a relative link to code or a folder of this repository ('[Benchmark script](benchmark/run.sh) has been
        # open sourced'): the repository's own file
        return "own" if own_file_link(link) else ""
    owner = m.group(1) or m.group(2)
    # (a link to a section, '…/XuanYuan#开源金融数据集', is a contents entry, not a release)
    # (nor is a page of writing in the repository, '…/blob/master/Seminar/2019 오픈소스 컨퍼런스.md', an issue or a wiki page:
    # its text is the page's title)
    is_own = link.source != "image" and len(owner) >= 3 and ownnames.name_key(owner) in own and "#" not in link.url \
        and not _PAGE_OF_WRITING.search(link.url)
    # (a repository or model named after an own name, under another owner, is a copy or an edition of the own release:
    # 'OTHER/Wren-7B-GGUF'; a name that only holds a word of the repository's name elsewhere is not, 'OTHER/Open-Cookie-DB'
    # for 'whats-my-cookie', nor one that goes on with another product's words, 'OTHER/naive-ui-admin' for 'naive-ui')
    repo = link.url[m.end():].lstrip("/").split("/", 1)[0].split("#", 1)[0].split("?", 1)[0]
    owner_key = ownnames.name_key(owner)
    is_other = owner_key not in own and not any(ownnames.is_edition_of(repo, n) or owner_key.startswith(n)
                                                for n in own if len(n) >= 4)
    if m.group(2):
        # (a page of the owner's own site is a page, no release: '[local/open LLMs](https://OWN.github.io/…/tutorials/…)')
        return "other" if is_other else ""
    return "both" if is_own and is_other else "own" if is_own else "other" if is_other else ""


def link_text_spans(block: Block, link: Link, *, later_lines: bool = False) -> list[tuple[int, int]]:
    """Where a link's text sits in the block.  A Markdown link starts with its text ('[text](url)'); an HTML
    link's position is its tag's, and its text follows the attributes on the tag's line, or with
    ``later_lines`` anywhere after the tag ('<a …>\n<b>Title</b><br>\n<sub>Tagline</sub></a>')."""
    if link.source != "html":
        return find_text(block, link.text, link.line, link.column)
    if not later_lines:
        return find_text(block, link.text, link.line, link.column, len(link.url) + 200)
    pos = block.text.find(link.text)
    while pos >= 0:
        where = block.position(pos)
        if (where.line, where.column) >= (link.line, link.column):
            return [(pos, pos + len(link.text))]
        pos = block.text.find(link.text, pos + 1)
    return []


def find_text(block: Block, needle: str, line: int, column: int, slack: int = 3) -> list[tuple[int, int]]:
    """Where ``needle`` (a link's text) sits in the block: at most ``slack`` columns after the link's start."""
    out = []
    pos = block.text.find(needle)
    while pos >= 0:
        p = block.position(pos)
        if p.line == line and 0 <= p.column - column <= slack:
            out.append((pos, pos + len(needle)))
        pos = block.text.find(needle, pos + 1)
    return out
