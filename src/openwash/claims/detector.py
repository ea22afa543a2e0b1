"""Judging documents: each block of a parsed document, sentence by sentence, in its repository's context
(own names, own places, links to other owners, table rows), and the claims located in the file."""

from __future__ import annotations

import bisect
import re

from openwash import copies, lazyre, ownnames
from openwash.claims import lexicon as lx
from openwash.claims import patterns as p
from openwash.claims import segment
from openwash.claims.cues.catalogue import presents_catalogue
from openwash.claims.grammar import Judge
from openwash.claims.places import (
    FEATURE_LABELLED_PLACES,
    FEATURES_TABLE_PLACE,
    SIBLING_PLACE,
    licence_row,
    link_after_basis,
    link_owner,
    link_text_spans,
    marks_only,
    names_an_unknown_subject,
    other_evidence,
    own_file_link,
    own_places_of,
    says_things_in_general,
    unknown_owner,
    unknown_subject_after,
    version_row,
)
from openwash.claims.record import CLAIM_ROLES, Claim, ClaimContext, ClaimHit, Judgement, Sentence, Verdict
from openwash.claims.segment import any_phrase, is_phrase_alone, lower
from openwash.claims.tables import VALUE_HEADERS, cell_spans, is_header_row, table_header
from openwash.claims.text import from_first_word, has_cjk, has_han, last_match
from openwash.documents import Block, Document
from openwash.records import replace
from openwash.vocabulary import DOCS, DOCUMENTATION_ROLES

# --- compiled patterns used by the rules below ----------------------------------------------
_LINK_SPANS_1 = lazyre.compile(r"[\w'’\-]+")


_LINK_SPANS_2 = lazyre.compile(r"[:：|]|\s[-–—]\s")




_LINK_SPANS_4 = lazyre.compile(r"[:：｜|]")


# what introduces a linked title: a mark, or a verb of reading ('Read more in [A New Direction for …](…)')
_NESTED_NUMBERED = lazyre.compile(r"[ \t]+\d{1,3}[.)]\s")
_LINK_SPANS_5 = lazyre.compile(r"(?:^|[.!?。：:|•·\-*]|\d[.)]|(?i:\b(?:read|see|check\s+out|learn)(?:\s+more)?"
                               r"(?:\s+(?:in|at|on|about))?))\W*$")


class _Detector:
    """The compiled per-repository state: own names, policy vocabulary and the judge."""

    def __init__(self, ctx: ClaimContext) -> None:
        self.ctx = ctx
        self.judge = Judge(ctx.own_names, ctx.is_model_release)
        self.exclude = [re.compile(p, re.IGNORECASE) for p in ctx.vocabulary_exclude]
        self.add = [re.compile(p, re.IGNORECASE) for p in ctx.vocabulary_add]


_ALERT_MARKER = lazyre.compile(r"^\s*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]", re.IGNORECASE)


# verdicts that rest on position or on a definite noun alone, not on a word naming the author or its release
# the rules that find no one named in the sentence, only its place or shape (a licence line without a subject is one:
# '基于 MIT 开源协议。' under Credits is the licence of the entry above it)
# the rules that name the author as releasing something (the first person, a link to the owner's own repository):
# they stand in a README that presents others' work, where everything else describes what it lists
_AUTHOR_NAMED = frozenset({"first-person", "own-link"})

_WEAK_OWNERSHIP = frozenset({"tagline", "definite-artifact", "own-edition", "subjectless-release", "news-item", "own-place",
                             "participle-release", "label", "introduced-product", "bare-license", "licence-row",
                             "subjectless-license", "this-repository", "version-row", "answer", "licence-item"})


def _judge_block(text: str, det: _Detector, *, block_kind: str = "paragraph", heading_level: int = 0,
                 prev: str = "", prev_written: str = "", title_links: list[tuple[int, int]] | None = None,
                 link_spans: list[tuple[int, int]] | None = None, row_label: str = "", header_row: bool = False,
                 role: str = "readme", own_place: str = "", other_links: list[tuple[int, int]] | None = None,
                 own_links: list[tuple[int, int]] | None = None, section: str = "",
                 own_release_links: list[tuple[int, int]] | None = None,
                 other_addresses: list[int] | None = None, nested: bool = False, catalogue: str = "",
                 tag_item: bool = False, topic_page: bool = False, row_phrases: int = 1,
                 licence_links: list[tuple[int, int]] | None = None, row_label_other: bool = False,
                 column_label: str | None = None, own_column: tuple[str, str] | None = None) -> list[Judgement]:
    """Judge every openness phrase of one block.  ``row_phrases``: for a table cell, how many cells of its row
    hold an openness phrase; ``row_label_other``: its row's first cell links to another owner's repository or model
    (and to none of the owner's); ``column_label``: for a cell of a table that compares its columns, the column's
    header (see :func:`_column_subject`); ``own_column``: for a row's first cell, the header of the compared column
    that is the own product's and its cell in the row (see :func:`_own_column_cell`)."""
    # a GitHub alert's marker ('[!NOTE] Wren is ...') is markup, not the subject: blanked, offsets kept
    text = _ALERT_MARKER.sub(lambda m: " " * len(m.group(0)), text)
    low = lower(text)
    if not det.add and not any_phrase(low):
        return []
    low = _apart_lowercase_i(text, low)
    block_mentions = segment.mentions(low)
    if not det.add and not block_mentions:
        return []
    out: list[Judgement] = []
    previous, previous_written = prev, prev_written
    news = bool(lx.news_date(low))
    sentences = segment.sentences(text)
    # a table row that Markdown did not parse as a table ('| Name | Open-source LLM |'): cells, not sentences
    # (not a strip of properties each behind its symbol, '🔒 Safe | 🛡️ Private | 🆓 Free and open source')
    pipe_row = block_kind in ("paragraph", "plain") and (text.lstrip().startswith("|") or text.count(" | ") >= 2) \
        and not all(cell.strip()[:1] and not cell.strip()[0].isalnum() and cell.strip()[0] not in "[*_`!<("
                    for cell in text.split("|"))
    row_text = text.strip()
    raw_cells = [row_text[x:y] for x, y in cell_spans(row_text)] if pipe_row else []
    if pipe_row:
        # (the row's first cell links to another owner's repository or model, and to none of the owner's)
        opening = text.find("|")
        label_end = text.find("|", opening + 1) if not text[:opening].strip() else opening
        row_label_other = any(x < label_end for x, _y in other_links or ()) \
            and not any(x < label_end for x, _y in own_links or ())
    cells = [c.strip() for c in raw_cells if c.strip()]
    if pipe_row and not header_row:
        # without its delimiter row a header row is told by its cells: three or more short labels, no figure,
        # mark or link among them ('| Model | Parameters | Open-Source | test-EN |'; '| Wren | Open source | Speech |'
        # is the own artifact's row), or an empty corner cell that heads the columns of a comparison ('| | Open
        # Source | Managed API |'); a body row holds values
        corner = len(cells) >= 2 and not raw_cells[0].strip()
        # (a row is the own artifact's when its first cell names it; a metric named like an own name elsewhere in
        # the row, '| Model | SIM ↑ | Open-source |', heads a column)
        header_row = corner or (len(cells) >= 3 and all(_HEADER_CELL.fullmatch(c) for c in cells)
                                and not det.judge.has_own(lower(cells[0])))
    # a line of keywords or tags ('Keywords: Layout Analysis · Open Source library'), split at its dots, names topics
    keywords = p.KEYWORDS_LABEL.match(low) is not None
    mention_starts = [m[0] for m in block_mentions]  # sorted by start
    after_others = False
    # an entry that opens with another owner's linked repository or model ('[Kestrel](https://github.com/k/k), a
    # library …'): what its later sentences say without a subject continues the entry's description
    other_entry = bool(other_links) and own_place != SIBLING_PLACE \
        and not any(ch.isalnum() for ch in text[:min(x for x, _y in other_links or ())])
    for index, (start, end) in enumerate(sentences):
        sent = text[start:end]
        slow = low[start:end]
        kind_here, label_here = block_kind, row_label
        if pipe_row:
            kind_here = "table_cell"
            # (the first cell, whether or not its bar has spaces around it: '| gpt-x-20b| 0.0008 | …')
            label_here = lower(cells[0]) if index and cells else ""
            row_phrases = sum(1 for cell in cells[1:] if any_phrase(lower(cell)))
        first = bisect.bisect_left(mention_starts, start)
        last = bisect.bisect_left(mention_starts, end, first)
        mentions = [(a - start, b - start, k, st) for a, b, k, st in block_mentions[first:last] if b <= end]
        long_sentence = len(sent) > LONG_SENTENCE
        shown = sent.strip() if not long_sentence else sent.strip()[:LONG_SENTENCE].rstrip() + "…"
        extra = [m for rx in det.add for m in rx.finditer(sent)
                 if not any(x < m.end() and m.start() < y for x, y, _k, _s in mentions)]
        if not (mentions or extra):
            previous, previous_written = slow, sent
            after_others = False
            continue
        judged_before = len(out)

        excluded = next((rx for rx in det.exclude if rx.search(sent)), None)
        following = low[sentences[index + 1][0]:sentences[index + 1][1]] if index + 1 < len(sentences) else ""
        s = Sentence(sent, slow, block_kind=kind_here, heading_level=heading_level, prev=previous,
                     prev_written=previous_written, next=following,
                     title_links=_clipped(title_links, start, end), link_spans=_clipped(link_spans, start, end),
                     own_spans=det.judge.own_spans(slow), news=news, row_label=label_here, header_row=header_row,
                     role=role, nested=nested)
        for number, (a, b, kind, strength) in enumerate(mentions):
            if excluded is not None:
                out.append(Judgement(start + a, start + b, sent[a:b], shown, kind, False, False, "none", "n/a",
                                     "policy-exclude", f"matches the policy's claims.exclude pattern "
                                                       f"{excluded.pattern!r}"))
                continue
            if keywords:
                out.append(Judgement(start + a, start + b, sent[a:b], shown, kind, False, False, "none", "n/a",
                                     "keywords", "a line of keywords names topics, it asserts nothing"))
                continue
            if number >= MAX_PHRASES_PER_SENTENCE:
                out.append(Judgement(start + a, start + b, sent[a:b], shown, kind, False, False, "none", "n/a",
                                     "not-judged", f"more than {MAX_PHRASES_PER_SENTENCE} openness phrases in one "
                                                   "sentence"))
                continue
            if number and len(out) > judged_before and sent[a:b].isupper() \
                    and _ABBREVIATION_GAP.fullmatch(slow, mentions[number - 1][1], a) \
                    and slow[b:b + 2].lstrip().startswith(")"):
                # 'under Free and Open Source Software (FOSS) licenses': the abbreviation in parentheses right after a
                # phrase says it again, and is judged as it is
                said = out[-1]
                out.append(replace(said, start=start + a, end=start + b, phrase=sent[a:b], kind=kind))
                continue
            here, shift = _window(s, a, b) if long_sentence else (s, 0)
            try:
                v = det.judge.judge(here, a - shift, b - shift, kind, strength)
            except (IndexError, ValueError, KeyError, AttributeError) as exc:  # never let one sentence stop a run
                v = Verdict(False, False, "none", "n/a", "internal-error", f"not judged ({type(exc).__name__})")
            if v.claim and _PLACEHOLDER_VALUE.fullmatch(slow, b):
                # 'model opensourced: XXX' in an issue template: a field of a form, its value still to be filled in
                v = Verdict(False, False, "none", "n/a", "placeholder",
                            "a form's field whose value is a placeholder ('XXX', 'TBD') states nothing yet")
            if v.claim and v.rule in ("tagline", "subjectless-release") and (tag_item or (
                    block_kind == "paragraph" and is_phrase_alone(text, plain=True)) or (
                    is_phrase_alone(sent, plain=True) and len(p.ENTRY_SEPARATOR.findall(text)) >= 2 and link_spans)):
                # ('4000+ 行 Java · 生产验证 · 开源', 'Self-hosted · Open source · Free': a line of the product's
                # properties without links names no pages)
                # '- open-source', '- 오픈소스' in a list of tags or keywords names a topic, as a heading of it alone
                # does, and so does a line of its own that is the phrase alone ('Open Source' over a section of a
                # page), or an entry of a line of page names ('[Handbook](…) · **Open source** · [Glossary](…)');
                # the project's own Features list still speaks for it (below)
                v = Verdict(False, False, "none", "n/a", "no-owner",
                            "a bullet or a line that is the phrase alone names a topic (a tag, keyword or label)")
            if not v.claim and not v.negated and says_things_in_general(v) \
                    and "list" in own_place and own_place != SIBLING_PLACE and "news" not in own_place \
                    and not any(ch.isalnum() for ch in slow[:a]) \
                    and any(p.ARTIFACT.match(w) for w in slow[b:].split()[:2]):
                # '- ✅ Openly licensed checkpoints for all model sizes' opening an item of the project's own Features
                # list: the parts of its release, not such things in general
                v = _owned(det, here, a - shift, b - shift, kind, strength, "own-place",
                           f"the release's parts opening an item of the project's own {own_place} (was: {v.reason})")
            if not v.claim and not v.negated and own_place == FEATURES_TABLE_PLACE and v.rule in ("table-row", "heading"):
                # '| 🔒 **隐私安全** | … 代码完全开源 |', '| 👀 **完全开源** | 代码透明 |': a row of a table of features is
                # labelled by a feature, and the label is a feature too, of what the page describes: no name says
                # whose, the place does (below)
                v = Verdict(False, False, "none", "n/a", "no-owner", f"a row of a table of features (was: {v.reason})")
            if not v.claim and not v.negated and unknown_owner(v, det.ctx.own_names) \
                    and lx.ANSWER_YES.match(slow.lstrip(" *_>-")) and s.prev.rstrip(" *_").endswith(("?", "？")) \
                    and det.judge.has_own(s.prev) and not lx.SECOND_PERSON.search(s.prev):
                # '**Is Wren free?**' / 'Yes, completely free and open source (MIT License).': the answer says it of
                # the own product the question names
                v = _owned(det, here, a - shift, b - shift, kind, strength, "answer",
                           f"answers yes to a question about the own product ('{s.prev.strip()[:40]}')")
            if not v.claim and not v.negated and (unknown_owner(v, det.ctx.own_names) or (
                    own_place == SIBLING_PLACE and names_an_unknown_subject(v))):
                # no owner was found in the sentence: its place may still say whose the phrase is
                place = _place_owner(det, slow, a, b, start, end, own_links, other_links, own_place,
                                     label_here if kind_here == "table_cell" else "", row_phrases, row_label_other)
                if place:
                    rule, why = place
                    v = _owned(det, here, a - shift, b - shift, kind, strength, rule, f"{why} (was: {v.reason})")
            examples = _EXAMPLES_AFTER_PHRASE.match(slow, b) if v.claim and not v.negated \
                and v.rule in _WEAK_OWNERSHIP else None
            if examples and det.judge.names_known_family(examples.group(1)) and not det.judge.has_own(examples.group(1)) \
                    and not p.LICENSE_NAME_WORDS.search(examples.group(1)):  # ('开源版（Apache-2.0）': its licence)
                # 'Open-Source-Modelle (Qwen, DeepSeek, Llama) lokal ausführen': the brackets after the phrase's noun
                # give others' releases as its examples, in any language
                v = Verdict(False, False, "none", "n/a", "third-party",
                            f"examples in brackets name others' releases ('{examples.group(1)[:40]}')")
            if not v.claim and not v.negated and names_an_unknown_subject(v) and (news or "news list" in own_place) \
                    and p.PREDICATED_RELEASE.search(slow, 0, a) and not other_evidence(slow[:b], [], a) \
                    and not any(start <= x and y <= start + a for x, y in link_spans or ()):
                # '- [04-15.2025]: ActionStudio is now open-source!': a dated news item of the README announces a
                # release of its authors, under whatever name (a sibling); a name linked elsewhere is another's
                v = _owned(det, here, a - shift, b - shift, kind, strength, "news-item",
                           f"a dated news item announcing a release of the authors' (was: {v.reason})")
            if not v.claim and not v.negated and v.rule == "dependency" \
                    and _inside(own_release_links, start + a, start + b):
                # '使用 Halo 的[开源仓库](https://github.com/OWNER/halo)构建': what is used is the owner's own repository,
                # which the link's text calls open (a file of this repository, '[从开源词典中提取](./dictionary.ipynb)', is
                # the step that uses it)
                v = _owned(det, here, a - shift, b - shift, kind, strength, "own-link",
                           f"in the text of a link to the owner's own release (was: {v.reason})")
            if not v.claim and not v.negated and (names_an_unknown_subject(v) or v.rule == "no-owner") and any(
                    (start <= x and y <= start + a and names_an_unknown_subject(v)
                     and not unknown_subject_after(v, slow, y - start, a))
                    or (v.rule == "no-owner" and _LINK_AFTER_PHRASE.fullmatch(slow[b:max(b, x - start)]))
                    # ('- [BK-CI](https://github.com/OWNER/bk-ci)：…是一个开源的…系统': the item opens with it)
                    or (v.rule == "no-owner" and start <= x and y <= start + a and not slow[:x - start].strip(" -*+•[`_"))
                    # ('> Kestrel AI (KAI), an open-source client by Jo Doe. https://github.com/OWNER/kestrel-ai': a
                    # reference that ends with the address of the owner's own repository names the own release)
                    or (names_an_unknown_subject(v) and start + b <= x <= end + 2
                        and not any(ch.isalnum() for ch in low[y:]))
                    for x, y in own_links or ()):
                # '[Healthsearch](…) ([GitHub](https://github.com/OWNER/healthsearch)): An open-source project': the
                # name is linked to one of the owner's own repositories or models, so it is one of its releases; so is
                # what the phrase points at ('Full benchmark is open source: [OWNER/benchmark](…)')
                v = _owned(det, here, a - shift, b - shift, kind, strength, "own-link",
                           f"what is open is linked to the owner's own repository or model (was: {v.reason})")
            if not v.claim and not v.negated and v.rule == "no-owner" and (
                    p.PREDICATED_RELEASE.search(slow, 0, a) or p.CJK_DONE_QUALIFIED.search(slow, max(0, a - 8), a)) \
                    and any(start + b <= x and y <= end for x, y in own_links or ()):
                # 'Atom-7B 目前已完全开源，可在 [Hugging Face](https://huggingface.co/OWNER) 获取模型': a completed release
                # that the sentence sends the reader to the owner's own page for is the owner's
                v = _owned(det, here, a - shift, b - shift, kind, strength, "own-link",
                           f"a completed release the sentence links to the owner's own page for (was: {v.reason})")
            if not v.claim and not v.negated and v.rule == "no-owner" and any(
                    start <= x and y <= start + a and not slow[y - start:a].strip(" *_`")
                    and _RELEASED_AT.search(slow, max(0, x - start - 4), x - start) for x, y in own_links or ()):
                # '…已在[braft](https://github.com/OWNER/braft)开源': released at the owner's own repository
                v = _owned(det, here, a - shift, b - shift, kind, strength, "own-link",
                           f"released at the owner's own repository or model, linked (was: {v.reason})")
            if not v.claim and not v.negated and (v.rule == "no-owner" or names_an_unknown_subject(v)) and any(
                    start + b <= x and y <= end for x, y in licence_links or ()) \
                    and p.LICENSE_CLAIM_1.search(slow, b, min(end, max(x for x, _y in licence_links or ()) - start)):
                # 'MCP Mesh is open-source software licensed under the [MIT License](./LICENSE)': what is licensed by
                # the repository's own licence file is its own product, whatever name it goes by
                v = _owned(det, here, a - shift, b - shift, kind, strength, "own-licence-file",
                           f"licensed under the repository's own licence file, linked (was: {v.reason})")
            if not v.claim and not v.negated and v.rule == "third-party" and lx.INVITES_CONTRIBUTIONS.search(slow, b) \
                    and not other_links and not det.judge.names_known_family(slow[:a]) \
                    and not lx.DEPENDENCY.search(slow, 0, a):
                # 'MaiCore 是一个开源项目，我们非常欢迎你的参与。', 'X is an open-source project, and we welcome your
                # contributions': the project the author invites contributions to is the author's, whatever name
                v = _owned(det, here, a - shift, b - shift, kind, strength, "first-person",
                           f"the author invites contributions to it (was: {v.reason})")
            if not v.claim and not v.negated and (v.rule == "no-owner" or names_an_unknown_subject(v)) and any(
                    start + b <= x and y <= end and _BRACKETED_AFTER.fullmatch(slow, b, x - start)
                    for x, y in licence_links or ()):
                # 'フルオープンソース（[MIT License](../../LICENSE)）': the repository's own licence file, linked in
                # brackets right after the phrase, gives the terms it is open under: the project's own
                v = _owned(det, here, a - shift, b - shift, kind, strength, "own-licence-file",
                           f"the repository's own licence file is linked in brackets after it (was: {v.reason})")
            if v.claim and not v.negated and v.rule in _WEAK_OWNERSHIP and any(
                    start <= x and y <= start + a and not slow[y - start:a].strip(" *_`")
                    and _THE_BEFORE.search(slow, 0, x - start) for x, y in other_links or ()):
                # 'Source: the [db-vendo-client](…/public-transport/…) open-source project': the name before the phrase,
                # linked to another owner's repository or model, is whose the definite thing is
                v = Verdict(False, False, "none", "n/a", "third-party",
                            "the name before the phrase is linked to another owner's repository or model")
            if v.claim and not v.negated and v.rule in _WEAK_OWNERSHIP and any(
                    start + b <= x and _COPULA_BEFORE_LINK.search(slow, b, x - start) for x, _y in other_links or ()):
                # 'The open-source library that lands closest to this idea is [`torchft`](…/meta-pytorch/…)': the
                # thing the phrase describes is the linked name of another owner's release, which the copula equates
                v = Verdict(False, False, "none", "n/a", "third-party",
                            "a copula after the phrase equates what it describes with another owner's linked release")
            if v.claim and not v.negated and v.rule in _WEAK_OWNERSHIP and other_entry and index:
                v = Verdict(False, False, "none", "n/a", "entry-subject",
                            "a later sentence of an entry that opens with another owner's linked name describes it")
            if v.claim and not v.negated and v.rule in _WEAK_OWNERSHIP and block_kind == "table_cell" \
                    and ((_names_other_row(row_label, det) and own_place not in FEATURE_LABELLED_PLACES) or row_label_other):
                # '| ChatGLM | … 目前开源了其62亿参数量的模型 |': a cell describes its row's subject, which is not the
                # project's, whatever the sentence in it leaves out
                v = Verdict(False, False, "none", "n/a", "table-row",
                            f"describes the row '{row_label[:30]}', which is not one of this repository's artifacts")
            if column_label is not None and not v.negated:
                if not v.claim and v.rule in ("table-row", "no-owner") and det.judge.has_own(column_label):
                    # '|  | opensip-cli | OpenSIP |' over '| What it is | Open-source guardrail CLI | … |': a table that
                    # compares its columns says what each column's subject is, the own one here
                    v = _owned(det, here, a - shift, b - shift, kind, strength, "table-column",
                               f"describes the column '{column_label[:30]}', an own artifact (was: {v.reason})")
                elif v.claim and v.rule in _WEAK_OWNERSHIP and _names_other_column(column_label, det):
                    # '| Aspect | Anaconda | Miniforge |' over '| License | Commercial | Open Source |': another's
                    v = Verdict(False, False, "none", "n/a", "table-column",
                                f"describes the column '{column_label[:30]}', which is not one of this repository's "
                                "artifacts")
            if own_column is not None and not v.claim and v.rule == "heading" and _answers_yes(own_column[1]):
                # '| Feature | NotebookLM | Wren |' over '| **Open Source** | No | Yes |': the row names what the
                # compared products have, and the own product's column answers yes
                v = _owned(det, here, a - shift, b - shift, kind, strength, "own-column",
                           f"the own column '{own_column[0][:30]}' answers yes ('{own_column[1][:30]}')")
            if v.claim and not v.negated and v.rule in _WEAK_OWNERSHIP and p.OTHERS_SECTION.match(section) \
                    and not _opens_with_own_label(text, det):
                # Acknowledgements, Related work, Citation, Comparison: a section about others; only a sentence
                # that names the author or its release ('we', an own name, 'this project') speaks for itself there
                v = Verdict(False, False, "none", "n/a", "others-section",
                            f"in a section about others ('{section[:40]}'), with nothing naming the author")
            if v.claim and not v.negated and catalogue and v.rule not in _AUTHOR_NAMED \
                    and not lx.FIRST_PERSON.search(slow) and not _CATALOGUE_ITSELF.match(slow):
                # a README that presents others' work ('# Awesome Mac', 'a curated list of …') describes what it
                # lists, wherever the sentence sits and whatever its subject, unless the author speaks ('we')
                v = Verdict(False, False, "none", "n/a", "catalogue",
                            f"the README presents others' work ({catalogue}): what it calls open is what it lists")
            if v.claim and v.rule == "tagline" and _names_another(section, det):
                # a verbless headline under '### KugelAudio' describes what that section is about
                v = Verdict(False, False, "none", "n/a", "section-subject",
                            f"a headline in the section about '{section[:40]}', which is not an own name")
            if v.claim and not v.negated and topic_page and kind_here == "heading" \
                    and (v.rule in ("tagline", "sentence-subject")
                         or (v.rule == "own-subject" and has_cjk(slow) and not p.COPULA_IN_HEADING.search(slow))):
                # ('# Unsubとオープンソース': the CJK reading's own subject too, where no copula predicates it)
                # '# Open-Source Model Enthusiasts Use Cases', '# Project status and open source': a heading of a
                # documentation page (not its home) names what the page is about, also when it only opens with the
                # own name ('# Hubris project status and open source'); the front README's, a part README's or a
                # model card's title may be the project's tagline, a page's is its topic
                v = Verdict(False, False, "none", "n/a", "topic-heading",
                            "a heading of a documentation page names the page's topic, not the project")
            if v.claim and not v.negated and v.rule in _WEAK_OWNERSHIP \
                    and any(start + b <= x <= start + b + 4 for x in other_addresses or ()):
                # '- (open source) https://github.com/someone/tool': the phrase labels the address right after it
                v = Verdict(False, False, "none", "n/a", "linked-other",
                            "the phrase labels the address of another owner's repository or model right after it")
            if v.claim and not v.negated and v.rule in ("subjectless-release", "news-item") \
                    and any(start + b <= x <= start + b + 12 and not any(m in slow[b:x - start] for m in "，,。；;：:")
                            and any(det.judge.name_shaped(w) for w in sent[x - start:y - start].split())
                            for x, y in other_links or ()):
                # '还开源了基础模型 [X-Base](https://huggingface.co/OTHER/x-base)': a release told without its agent,
                # whose object is a name linked to another owner's model, is that owner's (a description linked to
                # a Hub organisation, '开源[一系列模型权重](https://huggingface.co/ORG)', may be the authors' own)
                v = Verdict(False, False, "none", "n/a", "linked-other",
                            "what is released is linked to another owner's repository or model")
            if v.claim and not v.negated and v.rule == "subjectless-release" and not own_links \
                    and any(start + b <= x and y <= end and _RELEASED_AT.search(slow, max(0, x - start - 4), x - start)
                            for x, y in other_links or ()):
                # '目前开源了好几个模型，具体可以在[openai](https://huggingface.co/openai)查看': a release told without its
                # agent that sends the reader to another owner's page to see it is that owner's, as a link to the
                # owner's own page makes it the owner's (above)
                v = Verdict(False, False, "none", "n/a", "linked-other",
                            "the sentence sends the reader to another owner's page for what was released")
            if v.claim and not v.negated and v.rule == "demonstrative" \
                    and any(start + b <= x and _APPOSED_LINK.fullmatch(slow, b, x - start) for x, _y in other_links or ()):
                # 'fetched from this open source repository: [open-cookie-database](https://github.com/OTHER/…)': the
                # link set after the noun phrase says which repository 'this' is, another owner's
                v = Verdict(False, False, "none", "n/a", "linked-other",
                            "the demonstrative's noun phrase is the link to another owner's repository or model after it")
            if v.claim and not v.negated and v.rule not in _AUTHOR_NAMED \
                    and not lx.FIRST_PERSON.search(slow, max(0, a - 16), a) and any(
                    start + b <= x and _modifies_link(slow[b:x - start]) for x, _y in other_links or ()):
                # 'install the open-source [Memobase plugin](https://github.com/OTHER/dify-plugin-memobase)': the phrase
                # modifies the name right after it, linked to another owner's repository or model; whatever own name
                # that name holds, it is that owner's work (a plugin, a port, a fork); the author's own ('我们的另一个
                # 开源项目 [X](…)', 'our open-source [X](…)') may live under another account
                v = Verdict(False, False, "none", "n/a", "linked-other",
                            "the phrase modifies the name right after it, linked to another owner's repository or model")
            if v.claim and not v.negated and index == 0 and other_entry and v.rule in _OPENER_RULES \
                    and not lx.FIRST_PERSON.search(slow):
                # '[memobase-node](https://github.com/OTHER/memobase-node) 工程师开源的 Node 版 Memobase': the name the entry
                # opens with is linked to another owner's repository, theirs even when it holds an own name
                v = Verdict(False, False, "none", "n/a", "entry-subject",
                            "the entry opens with a name linked to another owner's repository or model")
            if v.claim and _inside(other_links, start + a, start + b):
                # the phrase is the text of a link to another owner's repository or model: theirs
                v = Verdict(False, False, "none", "n/a", "linked-other",
                            "the phrase is the text of a link to another owner's repository or model")
            if v.claim and not v.negated and v.rule == "tagline" and after_others:
                # a verbless line after a sentence about another's product in the same block goes on describing
                # it ('* [Tool](…) - The open source X for Y. Open source alternative to Z.')
                v = Verdict(False, False, "none", "n/a", "third-party",
                            "a verbless line right after a sentence about another's product goes on describing it")
            out.append(Judgement(start + a, start + b, sent[a:b], shown, kind, v.claim, v.negated, v.target,
                                 v.strength, v.rule, v.reason))
        label = p.OWNER_1.match(slow) if block_kind == "list_item" and len(out) - judged_before > 1 else None
        planned = next((j for j in out[judged_before:] if label and j.start - start >= label.end()
                        and j.rule == "plan"), None)
        if label and planned:
            # '- **Open Model Weights**: Once trained, the weights will be open-sourced': the item's label names what
            # its text plans, not something released now
            for i in range(judged_before, len(out)):
                j = out[i]
                if j.claim and not j.negated and j.end - start <= label.end() and j.rule in _WEAK_OWNERSHIP:
                    out[i] = replace(j, claim=False, negated=False, target="none", strength="n/a", rule="plan",
                                     reason=f"the item's label names what its text plans ({planned.reason})")
        for m in extra:
            if excluded is not None:
                continue
            out.append(Judgement(start + m.start(), start + m.end(), m.group(0), shown, "open-source", True,
                                 False, det.judge.target(s, m.start(), m.end(), "open-source"), "plain",
                                 "policy-vocabulary", f"matches the policy's claims.add pattern {m.re.pattern!r}"))
        previous, previous_written = slow, sent
        # (this sentence said openness of another's product: a verbless line right after it goes on about that)
        after_others = any(j.rule == "third-party" and not j.claim for j in out[judged_before:])
    return out


def _owned(det: _Detector, s: Sentence, a: int, b: int, kind: str, strength: str, rule: str, why: str) -> Verdict:
    """A claim that the place or a link, not the sentence's grammar, gives to the author: its target and strength
    are read from the sentence as for any claim."""
    target = det.judge.target(s, a, b, kind)
    return Verdict(True, False, target, det.judge.strength(s, a, b, strength, target), rule, why)


def explain_text(text: str, ctx: ClaimContext | None = None, *, block_kind: str = "paragraph",
                 heading: str = "") -> list[Judgement]:
    """Every openness phrase in one block of prose with the decision on it (claims and non-claims)."""
    return _judge_block(text, _Detector(ctx or ClaimContext()), block_kind=block_kind)


def _hits(judgements: list[Judgement]) -> list[ClaimHit]:
    hits: list[ClaimHit] = []
    seen: set[tuple[str, str, bool]] = set()
    for j in judgements:
        if not (j.claim or j.negated):
            continue
        key = (j.sentence, j.kind, j.negated)
        if key in seen:
            continue  # one claim per sentence and kind
        seen.add(key)
        verdict = "negated mention" if j.negated else "claim"
        hits.append(ClaimHit(start=j.start, end=j.end, phrase=j.phrase, sentence=j.sentence, kind=j.kind,
                             target=j.target, strength=j.strength, negated=j.negated,
                             cue=f"{verdict} [{j.rule}]: {j.reason}"))
    return hits


def find_in_text(text: str, ctx: ClaimContext | None = None, *, block_kind: str = "paragraph",
                 heading: str = "") -> list[ClaimHit]:
    """Claims in one block of prose (negated ones included, with ``negated=True``)."""
    return _hits(_judge_block(text, _Detector(ctx or ClaimContext()), block_kind=block_kind))


def _apart_lowercase_i(text: str, low: str) -> str:
    """``low`` with each 'i' that ``text`` writes in lower case between spaces kept apart as 'ı' (the same length):
    English writes its 'I' as a capital, so a lower-case one is the Italian article ('secondo i criteri', 'i voti'),
    which no cue should read as the author."""
    at = text.find(" i ")
    if at < 0:
        return low
    chars = list(low)
    while at >= 0:
        chars[at + 1] = "ı"
        at = text.find(" i ", at + 1)
    return "".join(chars)


def _predicated_after_copula(text: str, link_text: str, found: list[tuple[int, int]]) -> bool:
    """The link's text is an openness phrase alone (:func:`_only_phrase`) with a copula right before it in ``text``."""
    if not _only_phrase(link_text):
        return False
    for x, _y in found:
        before = text[:x].rstrip(" *_").rsplit(None, 1)
        if before and lower(before[-1]) in lx.COPULA_WORDS:
            return True
    return False


def _only_phrase(text: str) -> bool:
    """The text is one openness phrase and nothing else but punctuation or symbols ('Open Source', '🔓 开源')."""
    low = lower(text)
    found = segment.mentions(low)
    if len(found) != 1:
        return False
    a, b = found[0][0], found[0][1]
    return not any(ch.isalnum() for ch in low[:a] + low[b:])


def _in_html_header_cell(doc: Document, block: Block) -> bool:
    """The HTML block is the text of a table's header cell: its source line has '<th …>' right before it."""
    where = block.position(0)
    line = doc.lines[where.line - 1] if 0 < where.line <= len(doc.lines) else ""
    return bool(p.HTML_HEADER_CELL_LEFT.search(line[max(0, where.column - 121):where.column - 1]))


def _html_row_label(doc: Document, block: Block) -> str | None:
    """For an HTML block that is the text of a ``<td>`` cell: the text of its row's first cell (lower-cased; ''
    when the block is that first cell); None when the block is not in a table cell.

    HTML tables are common in READMEs for comparisons with other products; a cell speaks of its row's
    subject, as a Markdown table's does."""
    where = block.position(0)
    if not 0 < where.line <= len(doc.lines):
        return None
    at = sum(len(line) + 1 for line in doc.lines[:where.line - 1]) + where.column - 1
    before = doc.text[max(0, at - _HTML_ROW_REACH):at]
    cell = before.rfind("<td")
    if cell < 0 or before.rfind("</td", cell) >= 0 or before.rfind("<tr", cell) >= 0:
        return None
    row = max(before.rfind("<tr", 0, cell), 0)
    first = p.HTML_CELL.search(before, row, cell)
    return lower(p.HTML_TAG.sub(" ", first.group(1))).strip() if first else ""


_HTML_ROW_REACH = 2000  # characters: how far back a cell's row may open
_HTML_LINK_REACH = 12  # lines


def _names_another(heading: str, det: _Detector) -> bool:
    """The section heading is one name shaped as a product's ('KugelAudio', 'GPT-4o', 'Finch2') that is not
    one of the project's own."""
    # (after the section's number: '### 3. **BookStack**')
    name = _SECTION_NUMBER.sub("", from_first_word(heading)).strip(" *_`:")
    # ('Kestrel features', "Kestrel's highlights": the features of a product called Kestrel)
    listed = _FEATURES_OF.fullmatch(name)
    if listed and lx.LIST_ADDERS.search(listed.group(1).lower()):
        return False  # 'More features', 'Other Features', 'Additional key features': more of the own list
    if listed and not ownnames.is_generic(listed.group(1)) and listed.group(1)[:1].isupper():
        return not det.judge.has_own(listed.group(1).lower())
    return det.judge.product_name(name) and not det.judge.has_own(name.lower())


# Pages adopted word for word from a template, whatever the repository, that release nothing: their file stem (as
# read in _document_judgements), the rule and the reason given to every phrase on them.  A code of conduct
# ('CODE_OF_CONDUCT.md', 'CONDUCT.md') speaks of the community's behaviour ('Salesforce open-source projects are
# committed to …'); a developer certificate of origin ('DCO.md', 'developer-certificate-of-origin.md') is what a
# contributor certifies ('… covered under an appropriate open source license').
# the one project right after the phrase ('… open source project should be …')
_OWN_PROJECT_AFTER = lazyre.compile(r"\s+project(?![\w\-])")
_BOILERPLATE_PAGES = (
    (lazyre.compile(r"(?:code\s+of\s+)?conduct"), "community",
     "a code of conduct speaks of the community's behaviour, it releases nothing"),
    (lazyre.compile(r"dco|developer\s+certificate\s+of\s+origin"), "license-text",
     "a developer certificate of origin is what a contributor certifies, it releases nothing"),
)
# a sentence whose subject is the catalogue itself ('This project is open source.', 'This list is open source and
# free to use' in an 'Awesome …' README): the author's own work, not what it lists
# (or a line that opens by calling it an open-source repository: '**An open-source Data Science repository to learn …**')
_CATALOGUE_ITSELF = lazyre.compile(r"\W*(?:(?:this|the)\s+(?:project|repository|repo|list|collection|guide|book|catalog|"
                                   r"catalogue|report|survey|cheat\s?sheet)\s+(?:itself\s+)?(?:is|was|remains|has\s+been)\s"
                                   r"|an?\s+(?:free\s+(?:and\s+)?)?open[\s-]?source\s+(?:[\w\-]+\s+){0,3}?"
                                   r"(?:repository|repo|list|collection|guide|book)\b)")
# a field's placeholder value after the phrase and its colon ('model opensourced: XXX', 'Open source: TBD')
_PLACEHOLDER_VALUE = lazyre.compile(r"\s*[:：]\s*(?:x{2,}|tbd|tba|todo|n/a|\?{1,3}|\.{3}|…|<[^>\n]{1,30}>|_{3,})\s*[.。]?\s*")
# what stands between a phrase and its abbreviation in parentheses: its noun, if any ('Open Source Software (FOSS)')
_ABBREVIATION_GAP = lazyre.compile(r"\s*(?:[\w\-]+\s+){0,2}\(\s*")
# an address deep in a website: a path of two segments or more after the host ('https://site.org/docs/page')
_DEEP_PAGE = lazyre.compile(r"https?://[^/\s]+/[^/?#\s]+/[^?#\s]+")
# the article right before a linked name ('… funded by the [Open Source Technology Fund](…)')
_THE_BEFORE = lazyre.compile(r"(?:^|\W)the\s+$", re.IGNORECASE)
# a copula right before a link, at the end of the text before it ('… is [`torchft`](…)')
_COPULA_BEFORE_LINK = lazyre.compile(r"\b(?:is|are|was|were)\s+[*_`]*$")
# the file stems of a site's or a section's home page
_HOME_STEMS = frozenset(["index", "home"])
# the number a section heading opens with ('3. ', '2.1 ')
_SECTION_NUMBER = lazyre.compile(r"^\d+(?:\.\d+)*[.)]?\s+")
# a relative link to a page of the repository ('open_source_arms.md', 'docs/guide.mdx#setup')
_LOCAL_PAGE = lazyre.compile(r"(?![a-z][a-z0-9+.\-]*:|/|#)[^\s?#]+\.(?:md|mdx|markdown|rst)(?:#\S*)?$", re.IGNORECASE)
# a link to the repository's own licence file ('[MIT License](./LICENSE)', '(LICENSE-APACHE)', '(../COPYING.md)'), not to
# notices of others' parts ('THIRD-PARTY-LICENSES', 'NOTICE')
_OWN_LICENCE_FILE = lazyre.compile(r"(?![a-z][a-z0-9+.\-]*:|#)(?:\.{0,2}/)*(?:[\w.\-]+/)*(?!\S*(?:third|3rd|notice|vendor))"
                                   r"(?:licen[cs]es?|copying)(?:[-_.][\w.\-]*)?(?:#\S*)?", re.IGNORECASE)
# where a file's path inside the repository starts in its address on the host ('…/OWNER/NAME/blob/master/LICENSE')
_BLOB_PATH = lazyre.compile(r"/blob/[^/?#]+/")
# from the phrase to a link in brackets right after it ('フルオープンソース（[MIT License](../../LICENSE)）', 'open source
# ([MIT](LICENSE))', 'Open source (licence: [Apache-2.0](LICENSE))')
_BRACKETED_AFTER = lazyre.compile(r"[\s*_`]*(?:です|である|だ)?[（(][^()（）\[\]]{0,24}")
# where a release is made, right before the link that names the place ('已在[X](…)开源', 'open-sourced at [X](…)')
_RELEASED_AT = lazyre.compile(r"(?:在|于|於)\s*[\[*_`]*$")
# what follows a link's text when it labels an entry that goes on to describe it: a dash or a colon and a description
# ('[Open-Source TypeScript Framework](#core-framework)** – Memory, RAG, …')
_DESCRIBED_AFTER = lazyre.compile(r"[\s*_`]*(?:[—–:：]|\s-)\s*\S.{8,}")
# between the phrase and the text of a link right after it: spaces and emphasis ('the open-source **[X](…)**'), or an
# attributive particle ('虾哥开源的[X](…)')
_LINK_RIGHT_AFTER = lazyre.compile(r"[\s*_`]{1,4}|\s*(?:的|の)\s*[*_`]{0,2}")
# a head noun of up to three words between the phrase and the link that names it ('the open-source project [X](…)')
_HEAD_BEFORE_LINK = lazyre.compile(r"[\s\-]*((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*|[\u4e00-\u9fff]{1,8})\s*[*_`]{0,2}")
# the rules that find the sentence's subject by the name it opens with
_OPENER_RULES = frozenset({"own-subject", "sentence-subject"})
# the rest of a noun phrase and a colon before a link: 'this open source repository: [name](…)'
_APPOSED_LINK = lazyre.compile(r"\s*(?:[\w\-]+\s*){0,3}[:：]\s*")
# what stands between the phrase and a link that says what it is: ': ', ' (', ' at ', '的：', and a noun of address
# ('开源项目地址：https://github.com/OWNER/x', the open-source project's address)
# ... or right after the noun and the platform it is on ('an open source repository on GitHub [here](…)')
_LINK_AFTER_PHRASE = lazyre.compile(r"(?:的|の)?\s*(?:(?:项目|項目|仓库|倉庫|代码|代碼|模型)?\s*(?:地址|链接|鏈接|主页|主頁))?"
                                    r"[\s*_`]*(?::|：|\(|（|\bat\b|—|-)[\s*_`\[]*|"
                                    r"\s+(?:repository|repo|project|code)\s+(?:on|at)\s+(?:github|gitlab|hugging\s*face)\s*")


_FEATURES_OF = lazyre.compile(r"([\w.\-]+?)(?:'s|’s)?\s+(?:key\s+)?(?:features?|highlights?|capabilities|advantages)")


# a cell of a header row: a short label of words and units, no figure, mark or link ('Open-Source', 'test-EN',
# 'test-zh CER (%) ↓', '开源')
_HEADER_CELL = lazyre.compile(r"[^\W\d_][^\d|✓✔✅❌✗✘☑️🟢🔴\[\]]{0,40}", re.IGNORECASE)


def _is_nested(doc: Document, block: Block) -> bool:
    """A list item indented under another ('  - 该项目开源了 X' under '- [X](…)'): it describes the entry above."""
    line = doc.lines[block.line - 1] if 0 < block.line <= len(doc.lines) else ""
    return (line[:1] in (" ", "\t") and line.lstrip()[:1] in ("-", "*", "+")) or bool(_NESTED_NUMBERED.match(line))


def _clipped(spans: list[tuple[int, int]] | None, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a block's link spans inside the sentence [start, end), relative to it: a linked title that
    the sentence splitter cut at ' | ' ('[Speed Estimation | Computer Vision | Open Source](video)') is still a
    title in each piece."""
    return [(max(x, start) - start, min(y, end) - start) for x, y in (spans or []) if x < end and y > start]


def _text_offset_before(block: Block, keys: list[tuple[int, int]], line: int, column: int) -> int | None:
    """Where a bare address at ``line:column`` stood in the block's text (it is no text of the block): right after
    the last character before it on its line; None when nothing of that line comes before it.  ``keys`` are the
    (line, column) of the block's segments, in order."""
    segments = block.segments
    i = bisect.bisect_left(keys, (line, column)) - 1
    if i < 0 or segments[i][1] != line:
        return None
    off, _ln, col = segments[i]
    end = segments[i + 1][0] if i + 1 < len(segments) else len(block.text)
    return min(end, off + (column - col))


def _link_spans(doc: Document, block: Block, own: frozenset[str]) -> tuple[
        list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]], list[int],
        list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of the block's link texts, in one walk over its links: (titles of linked pages and contents
    entries, every link text, texts of links to the own owner's releases, texts of links to another owner's,
    where a bare address of another owner's repository or model stood in the text, texts of links to the
    repository's own licence file, and those texts of links to the own owner's releases that link a repository,
    model or dataset at its host, not a file of this repository)."""
    licences: list[tuple[int, int]] = []
    titles: list[tuple[int, int]] = []
    spans: list[tuple[int, int]] = []
    own_spans: list[tuple[int, int]] = []
    other_spans: list[tuple[int, int]] = []
    hosted_own: list[tuple[int, int]] = []
    addresses: list[int] = []
    seg_keys: list[tuple[int, int]] | None = None
    first, last = block.line, max(block.end_line, block.line)
    for link in doc.links:
        bare_owner = link_owner(link, own) if link.source == "bare" and first <= link.line <= last else ""
        if bare_owner in ("other", "own"):
            if seg_keys is None:
                seg_keys = [(ln, col) for _off, ln, col in block.segments]
            at = _text_offset_before(block, seg_keys, link.line, link.column)
            if at is not None and bare_owner == "other":
                addresses.append(at)
            elif at is not None:
                # a bare address of one of the owner's own repositories or models has no text: it is where it stood
                # ('自托管服务器是免费和开源的：https://github.com/OWNER/server', what is open is linked there)
                own_spans.append((at, at))
            continue
        # (whose text it is, an HTML link tells a few lines on: '<a href=…>' then '<br>' and a '<sub>' tagline,
        # which the HTML reader makes a block of its own; as a title, only on the tag's line)
        if not link.text or not ((first - _HTML_LINK_REACH if link.source == "html" else first) <= link.line <= last):
            continue
        whose = link_owner(link, own)
        if whose:
            texts = link_text_spans(block, link, later_lines=True)
            if whose in ("own", "both"):
                own_spans.extend(texts)
                if not own_file_link(link):
                    hosted_own.extend(texts)
            if whose in ("other", "both"):
                other_spans.extend(texts)
        if link.line < first:
            continue
        found = link_text_spans(block, link)
        if link.source in ("image", "reference", "bare"):
            continue
        blob = _BLOB_PATH.search(link.url) if whose == "own" else None
        if _OWN_LICENCE_FILE.fullmatch(link.url) or (blob and _OWN_LICENCE_FILE.fullmatch(link.url, blob.end())):
            licences.extend(found)
        if link.url.startswith("#") and _predicated_after_copula(block.text, link.text, found):
            # 'Juju Dashboard is [open source](#licence)': the phrase alone after a copula is what the sentence
            # says; the link only points to the section that gives the terms
            spans.extend(found)
            continue
        if whose != "other" and block.kind == "heading" and ownnames.is_own_site(link.url, own):
            # '# [Aitoearn: The Best Open-Source AI Agent for Content Marketing](https://aitoearn.ai)': a title linked
            # to the project's own website is the project's title, no page it cites
            spans.extend(found)
            continue
        if link.url.startswith("#") and block.kind == "list_item" and found \
                and _DESCRIBED_AFTER.match(block.text, found[-1][1]):
            # '- **[Open-Source TypeScript Framework](#core-framework)** – Memory, RAG, Guardrails, …': an entry of
            # the project's features that links to its section and says what it is, no bare contents entry
            spans.extend(found)
            continue
        if link.url.startswith("#") or ownnames.is_own_contents_link(link.url, own):
            # a table-of-contents entry names a section, it asserts nothing; a link to a section of this document
            # names none of another's products ('[Chat models](#chat-models) are open-sourced')
            titles.extend(found)
            continue
        spans.extend(found)
        if whose == "own":
            # the text of a link to one of the owner's own repositories, models or datasets names that release,
            # however it is written ('<a href=…/datasets/OWNER/x>中文开源预训练集 - 55G</a>'): no cited title
            continue
        ws = _LINK_SPANS_1.findall(link.text)
        capitalised = sum(1 for w in ws if w[:1].isupper() or w[:1].isdigit())
        # a link whose text is the phrase alone in a row of links names a page ('Homepage · Open Source · Docs')
        nav = (link.source == "html" or block.kind == "html") and _only_phrase(link.text)
        quoted = [(x, y) for x, y in found if block.text[:x].rstrip().endswith(("\"", "“", "《", "「", "『"))]
        if quoted:
            titles.extend(quoted)  # 'the talk "[Open source in practice](url)"': a cited title, wherever it stands
            continue
        # (a link to a page of this repository, '- 🛠️ [开源机械臂汇总](open_source_arms.md)', is titled by that page's name)
        titled = nav or bool(_LOCAL_PAGE.match(link.url)) or (len(ws) >= 4 and _LINK_SPANS_2.search(link.text)) or (
            len(ws) >= 3 and capitalised >= max(3, int(0.6 * len(ws)))) or (
            has_han(link.text) and _LINK_SPANS_4.search(link.text) and len(link.text) >= 10)
        if not titled and not whose and _DEEP_PAGE.match(link.url) and len(link.text) <= 24 \
                and not any(mark in link.text for mark in "，,。！!？?：:"):
            # a link alone on its line to a page deep in another site, by a short name, names that page ('[开源项目礼节]
            # (https://developer.mozilla.org/zh-CN/docs/MDN/Community/Open_source_etiquette)'), whatever section it is
            # listed in; a sentence as the link's text may announce the own release ('[30 页的开源版…指南，…！](…)')
            titles.extend((x, y) for x, y in found if not block.text[:x].strip(" -*+•>#")
                          and not block.text[y:].strip(" .。"))
            continue
        if not titled:
            continue
        for x, y in found:
            lead = block.text[:x]
            # a title stands alone (a list of links, 'Blog: [..]', '...可以看：[..]'), it is not a predicate; after
            # 'the' a linked name in capitals is an institution's ('the [Open Source Technology Fund](…)')
            if _LINK_SPANS_5.search(lead[-40:] if lead else "") or not lead.strip() or _THE_BEFORE.search(lead[-8:]):
                titles.append((x, y))
    return titles, spans, own_spans, other_spans, addresses, licences, hosted_own


# the corner of a table that compares its columns: empty, or the name of what its rows go through ('| Aspect | Anaconda
# | Miniforge |', '| | opensip-cli | OpenSIP |')
# the headers of columns of values, not of things compared
# what names an edition of the own product in a column's header, not another's product ('| | Community | Enterprise |')
_EDITION_HEADER = lazyre.compile(r"(?<![\w])(?:community|enterprise|cloud|pro|free|premium|hosted|self[\s-]hosted|saas|"
                                 r"oss|edition|plan|tier|version|local|managed)(?![\w])")


def _modifies_link(between: str) -> bool:
    """Whether the phrase modifies the name of a link whose text starts right after ``between``: nothing but spaces
    and emphasis or an attributive particle, or the head noun of a kind of release the link names ('the open-source
    project [X](…)', '开源智能硬件项目[X](…)')."""
    if _LINK_RIGHT_AFTER.fullmatch(between):
        return True
    head = _HEAD_BEFORE_LINK.fullmatch(between)
    if head is None:
        return False
    noun = head.group(1)
    if has_han(noun):
        return noun.endswith(lx.PRODUCT_HEADS.starts)
    return lx.PRODUCT_HEADS.search(noun.split()[-1]) and not any(w in p.GAP_STOP for w in noun.split())


def _inside(spans: list[tuple[int, int]] | None, a: int, b: int) -> bool:
    """Whether [a, b) lies inside one of ``spans`` (the text of a link)."""
    return any(x <= a and b <= y for x, y in spans or ())


def _compared_columns(header: str) -> list[str] | None:
    """The lower-cased cells of a table's header row when the table compares its columns (its corner cell is empty
    or names what the rows go through, and no column holds values); else None."""
    cells = [lower(header[x:y]).strip(" *_`") for x, y in cell_spans(header)]
    # (two things compared or more, each column headed by a name: '| Property | Guarantee |' and '| Option | Value |
    # Notes |' head columns of values)
    if len(cells) < 3 or (cells[0] and cells[0] not in lx.TABLE_CORNER) or any(cell in VALUE_HEADERS for cell in cells[1:]):
        return None
    return cells


def _column_subject(doc: Document, block: Block) -> str | None:
    """For a body cell of a Markdown table that compares its columns (its corner cell is empty or names what the rows
    go through), the lower-cased header of the cell's column; else None."""
    if not block.segments:
        return None
    _offset, line, column = block.segments[0]
    row = doc.lines[line - 1] if 0 < line <= len(doc.lines) else ""
    index = next((i for i, (x, y) in enumerate(cell_spans(row)) if x <= column - 1 < y), 0)
    if index < 1:
        return None
    header = table_header(doc, line)
    cells = _compared_columns(header) if header is not None else None
    return cells[index] if cells is not None and index < len(cells) else None


def _own_column_cell(doc: Document, block: Block, det: _Detector) -> tuple[str, str] | None:
    """For the first cell of a body row of a table that compares its columns, one of them headed by an own name
    ('| Feature | NotebookLM | Wren |'): that column's header and its cell in this row, lower-cased; else None."""
    if not block.segments:
        return None
    line = block.segments[0][1]
    header = table_header(doc, line) if 0 < line <= len(doc.lines) else None
    cells = _compared_columns(header) if header is not None else None
    if cells is None:
        return None
    own = [i for i, cell in enumerate(cells) if i and det.judge.has_own(cell)]
    if len(own) != 1:  # (no column of the own product, or several: editions, which the row tells apart)
        return None
    row = doc.lines[line - 1]
    values = [lower(row[x:y]).strip() for x, y in cell_spans(row)]
    return (cells[own[0]], values[own[0]]) if own[0] < len(values) else None


# the marks a table cell answers with, yes and no ('| Open source | ✅ | ❌ |')
_YES_MARKS = "✅✓✔☑🟢"
_NO_MARKS = "❌✗✘🚫⛔🔴"


def _answers_yes(cell: str) -> bool:
    """A table cell that answers yes: it opens with a tick or a word for yes ('Yes', 'Ja', '是'), or names the licence
    its product is under ('MIT', '**AGPL auf GitHub**'); a cross first says no ('🚫 Proprietary')."""
    text = cell.strip(" *_`")
    if not text or text[0] in _NO_MARKS:
        return False
    return text[0] in _YES_MARKS or bool(lx.ANSWER_YES.match(text) or p.LICENSE_NAME_OPENING.match(text))


def _names_other_column(label: str, det: _Detector) -> bool:
    """Whether a compared column's header names something that is neither an own name, an edition of the own
    product, nor a kind of artifact."""
    label = label.strip(" *_`[]")
    return bool(label) and not marks_only(label) and not det.judge.has_own(label) and not p.ARTIFACT.match(label) \
        and not any_phrase(label) and not _EDITION_HEADER.search(label)


# brackets after the phrase and the rest of its noun (at most three words), before any clause mark: '… models (Qwen,
# DeepSeek, Llama)'
_EXAMPLES_AFTER_PHRASE = lazyre.compile(r"[\w\-]*(?:\s+[\w\-]+){0,3}?\s*[(（]([^()（）]{2,80})[)）]")


def _opens_with_own_label(text: str, det: _Detector) -> bool:
    """The block opens with a label of a few words, a question or a colon's, that names an own artifact ('**Why
    Wren?** Free, open source, …', 'Wren: free and open source'): what follows speaks of it, in any section (in a
    comparison with others too)."""
    first = segment.sentences(text)[:1]
    label = text[first[0][0]:first[0][1]].strip() if first else ""
    if ":" in label[:60]:
        label = label[:label.index(":") + 1]
    return label.endswith(("?", ":")) and len(label.split()) <= 6 and det.judge.has_own(lower(label))


def _names_other_row(row_label: str, det: _Detector) -> bool:
    """Whether a table row's first cell names something that is neither an own name nor a kind of artifact."""
    label = row_label.strip(" *_`[]")
    return not marks_only(label) and not det.judge.has_own(row_label) and not p.ARTIFACT.match(label) \
        and not licence_row(row_label) and not version_row(row_label)  # ('| License | …', '| 3.3.0 | …': no name)


def _place_owner(det: _Detector, slow: str, a: int, b: int, start: int, end: int,
                 own_links: list[tuple[int, int]] | None, other_links: list[tuple[int, int]] | None,
                 own_place: str, row_label: str, row_phrases: int = 1,
                 row_label_other: bool = False) -> tuple[str, str] | None:
    """(rule, reason) when where the phrase sits makes it the project's although the sentence names no owner."""
    if _inside(own_links, start + a, start + b):
        # the phrase is in the text of a link to the owner's own repository, model or dataset
        return "own-link", "in the text of a link to the owner's own release"
    if row_label and det.judge.has_own(row_label) and not row_label_other:
        # '| [OWN-V](…) | 支持多模态对话的开源中英双语大模型 |': a cell that describes the row's own artifact
        return "table-row", f"describes the row '{row_label[:30]}', an own artifact"
    if row_label and row_phrases == 1 and licence_row(row_label) \
            and not other_evidence(slow[:b], [(x - start, y - start) for x, y in (other_links or [])
                                              if start <= x and y <= end], a):
        # '| License | Apache 2.0 — fully open source |' in the project's own pages: a licence row states the licence
        # of what the table describes; when one cell of the row alone is called open it is not a comparison of
        # several open things (a section about others, or a catalogue, still overrides: see _WEAK_OWNERSHIP)
        return "licence-row", f"the row '{row_label[:30]}' states the licence of what the page describes"
    value = slow[b:].lstrip(" *_`")
    if not slow[:a].strip(" -*+•_`") and value[:1] in (":", "：") \
            and p.LICENSE_NAME.fullmatch(value[1:].strip(" .*_`[]()")):
        # '- **Open Source**: MIT License': a label that is the phrase, and a licence for its value, states the
        # licence of what the page describes, as a table's licence row does
        return "licence-item", f"the phrase labels the licence '{value[1:].strip()[:30]}' of what the page describes"
    if row_label and version_row(row_label) and not other_evidence(
            slow[:b], [(x - start, y - start) for x, y in (other_links or []) if start <= x and y <= end], a):
        # '| 3.3.0 | Initial open-source release | 2022.9.1 |' in the project's own pages: a row of its release history
        return "version-row", f"the row '{row_label[:30]}' is a version of the release the page describes"
    if " + " in slow:
        # 'open-source local LLM + Flux + OWN-Video': a recipe of parts, the own one among them; the phrase names
        # another part ('open weights + full training details' lists the parts of one release, and stays)
        own_part = det.judge.has_own(slow[max(0, slow.rfind(" + ", 0, a)):b])  # the phrase's own part names it
        at = 0
        for part in slow.split(" + "):
            if not own_part and not at <= a < at + len(part) and det.judge.has_own(part):
                return None
            at += len(part) + 3
    if (_names_other_row(row_label, det) and own_place not in FEATURE_LABELLED_PLACES) or row_label_other:
        # '| [LangChain](…) | 适合二次开发的大模型应用开源框架 | ✅ |': a cell describes its row's subject, here
        # something that is not the project's (a row of a table of features is labelled by a feature)
        return None
    # a feature label ('Integrations: …', 'Multi-signer Support: …') names the feature, it is no evidence
    label = p.OWNER_1.match(slow) if "list" in own_place else None
    evidence_text = " " * label.end() + slow[label.end():b] if label and label.end() <= a else slow[:b]
    # (in a list of the author's other releases a link to another owner is no evidence: siblings live there)
    # (a link after the phrase that a word of use or basis governs says what the own thing is built on, as such
    # words after the phrase do in other_evidence: no evidence of whose the phrase is)
    theirs = [] if own_place == SIBLING_PLACE else [
        (x - start, y - start) for x, y in (other_links or [])
        if start <= x and y <= end and not (x - start >= b and link_after_basis(slow, b, x - start))]
    if own_place and not other_evidence(evidence_text, theirs, a):
        # issue 14: in the project's own lead, tagline, features list or model card an unknown name or a missing
        # subject is the project itself; a third party needs positive evidence
        return "own-place", f"in the project's own {own_place}, with no sign of a third party"
    return None


# A "sentence" longer than this (a paragraph without full stops, generated or hostile text) is judged in a
# window around each phrase, and a sentence's phrases are judged up to a cap: judging is then linear in the
# size of the text, never quadratic (issue 9: no input of the 2 MB file cap may hang a run).
LONG_SENTENCE = 1200


SENTENCE_WINDOW = 400


MAX_PHRASES_PER_SENTENCE = 64


def _window(s: Sentence, a: int, b: int) -> tuple[Sentence, int]:
    """The part of a very long sentence around [a, b) that the judge looks at, and its offset."""
    lo = max(0, a - SENTENCE_WINDOW)
    hi = min(len(s.text), b + SENTENCE_WINDOW)
    while lo > 0 and lo > a - SENTENCE_WINDOW - 40 and not s.text[lo - 1].isspace():
        lo -= 1
    while hi < len(s.text) and hi < b + SENTENCE_WINDOW + 40 and not s.text[hi].isspace():
        hi += 1

    def shift(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [(x - lo, y - lo) for x, y in spans if lo <= x and y <= hi]

    w = Sentence(s.text[lo:hi], s.low[lo:hi], block_kind=s.block_kind, heading_level=s.heading_level, prev="",
                 title_links=shift(s.title_links), link_spans=shift(s.link_spans), own_spans=shift(s.own_spans),
                 news=s.news, row_label=s.row_label, header_row=s.header_row, role=s.role)
    return w, lo


def _is_tag_item(doc: Document, block: Block) -> bool:
    """A bullet that holds nothing but a plain openness phrase ('- open-source', '- 오픈소스'), with no link or address
    on its line: a tag or keyword naming a topic ('- 100% open source' predicates, with its degree)."""
    if block.kind != "list_item" or not is_phrase_alone(block.text, plain=True):
        return False
    line = doc.lines[block.line - 1] if 0 < block.line <= len(doc.lines) else ""
    return "://" not in line and "](" not in line and "<" not in line


def _phrase_cells_by_row(doc: Document) -> dict[int, int]:
    """For each table row (by line): how many of its cells after the first hold an openness phrase."""
    counts: dict[int, int] = {}
    first_line = 0
    for block in doc.blocks:
        if block.kind != "table_cell":
            continue
        if block.line != first_line:
            first_line = block.line  # the row's first cell labels the row
            continue
        if any_phrase(lower(block.text)):
            counts[block.line] = counts.get(block.line, 0) + 1
    return counts


def _document_judgements(doc: Document, ctx: ClaimContext | None) -> list[tuple[Block, Judgement]]:
    if doc.role not in CLAIM_ROLES:
        return []
    ctx = ctx or ClaimContext()
    # (the README of one of the repository's parts and the home page of its documentation speak for what their
    # title and folder name, as the front README does for the repository: 'packages/widgetly/README.md' opening
    # '# Widgetly' is Widgetly's)
    if doc.role == "model_card":
        extra_names = ownnames.document_keys(doc)
    elif (doc.role == "readme" and ownnames.is_front_readme(doc.path)) or (
            doc.role in (DOCS, "readme") and ownnames.is_docs_home(doc.path)):
        # (a well-known family is own only where the repository's names, which know the publisher, say so: a front
        # README titled '# Whisper-Finetune' fine-tunes OpenAI's Whisper; a model card, or a README in a model's
        # folder, describes the model it names, a copied card of another's included)
        extra_names = {k for k in ownnames.document_keys(doc) if k not in ownnames.KNOWN_FAMILIES or k in ctx.own_names}
    elif doc.role == "readme":
        extra_names = ownnames.part_keys(doc, ctx.own_names) | ownnames.folder_keys(doc.path) | ownnames.declared_keys(doc)
    else:
        extra_names = ownnames.folder_keys(doc.path) | ownnames.declared_keys(doc)
    if extra_names - ctx.own_names:
        ctx = replace(ctx, own_names=ctx.own_names | frozenset(extra_names))
    det = _Detector(ctx)
    out: list[tuple[Block, Judgement]] = []
    prev_block = prev_text = ""
    list_lead = ""  # the block before the current list ('We plan to:'): a plan there makes its items planned
    row: tuple[int, str] = (0, "")  # (line, first cell) of the current table row
    row_block: Block | None = None  # the first cell of the current table row
    row_other: bool | None = None  # whether that cell links another owner's work only (read when first needed)
    row_phrase_cells: dict[int, int] | None = None  # read when a table cell first holds a phrase
    own_places = own_places_of(doc, ctx.own_names)
    # (a README's title and lead say what it is; a model card is a release's)
    catalogue = presents_catalogue(doc.blocks, own_places, det.judge.has_own) if doc.role == "readme" else ""
    if not catalogue and ctx.curated_list and doc.role in DOCUMENTATION_ROLES:
        catalogue = "its repository is named as a curated list ('awesome-…') or as writing about a topic"
    # a page whose file is named for others' work ('acknowledgments.md', 'CREDITS.md', 'related-work.md') is such a
    # section as a whole, whatever headings it has
    stem = doc.path.rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("-", " ").replace("_", " ")
    page_about_others = stem if p.OTHERS_SECTION.fullmatch(stem.strip()) else ""
    boilerplate = next(((rule, reason) for page, rule, reason in _BOILERPLATE_PAGES
                        if page.fullmatch(stem.strip().lower())), None)
    held = copies.copy_holding(doc.path, ctx.copies)
    copied = ("third-party", f"a page of a copy of another project ('{held[0]}/' has a licence of its own, and "
                             f"its pages link {held[1]})") if held else None
    # a page of the documentation other than its home (a guide, an article, CONTRIBUTING.md): its headings are
    # its topics ('index' pages of a site or section introduce what they are the home of)
    topic_page = doc.role == DOCS and not ownnames.is_docs_home(doc.path) \
        and stem.strip().lower() not in _HOME_STEMS
    for block in doc.blocks:
        low = lower(block.text)
        row_label, header_row, row_label_other, column_label, own_column = "", False, False, None, None
        if block.kind == "table_cell":
            if row[0] != block.line:
                row, row_block, row_other = (block.line, low.strip()), block, None
            elif det.add or any_phrase(low):
                row_label = row[1]
                if row_other is None and row_block is not None:
                    # ('| [Wren Admin](https://github.com/someone/wren-admin) | …': the row names another owner's
                    # product, whatever own name its text holds; read once per row)
                    _t, _s, label_own, label_other, _a, _l, _h = _link_spans(doc, row_block, ctx.own_names)
                    row_other = bool(label_other) and not label_own
                row_label_other = bool(row_other)
                if row_phrase_cells is None:
                    row_phrase_cells = _phrase_cells_by_row(doc)
            header_row = is_header_row(doc, block.line)
            if row_label and not header_row:
                column_label = _column_subject(doc, block)
            elif not row_label and not header_row and any_phrase(low):
                own_column = _own_column_cell(doc, block, det)
        if det.add or any_phrase(low):
            block_kind = block.kind
            if block.kind == "html" and _in_html_header_cell(doc, block):
                block_kind, header_row = "table_cell", True  # '<th>Open Source</th>' names a column
            elif block.kind == "html":
                # (a row's first cell, or the one cell of a layout table, stays prose: it has no row to describe)
                html_label = _html_row_label(doc, block)
                if html_label:
                    block_kind, row_label = "table_cell", html_label
            # (split where the block's own text has its sentences: a full stop before a capital ends one, which
            # the lower-cased text no longer shows)
            sents = segment.sentences(prev_text)
            prev = prev_block[sents[-1][0]:sents[-1][1]] if sents else ""
            prev_written = prev_text[sents[-1][0]:sents[-1][1]] if sents else ""
            titles, spans, own_links, other_links, addresses, licence_links, hosted_own = _link_spans(
                doc, block, ctx.own_names)
            judgements = _judge_block(block.text, det, block_kind=block_kind, heading_level=block.heading_level,
                                      prev=prev, prev_written=prev_written, title_links=titles, link_spans=spans,
                                      row_label=row_label,
                                      row_label_other=row_label_other,
                                      column_label=column_label, own_column=own_column,
                                      header_row=header_row, role=doc.role,
                                      own_place=own_places.get(id(block), ""), licence_links=licence_links,
                                      other_links=other_links, own_links=own_links, own_release_links=hosted_own,
                                      section=page_about_others or block.heading or "", other_addresses=addresses,
                                      nested=block.kind == "list_item" and _is_nested(doc, block),
                                      catalogue=catalogue, tag_item=_is_tag_item(doc, block),
                                      topic_page=topic_page,
                                      row_phrases=row_phrase_cells.get(block.line, 1) if row_label and row_phrase_cells
                                      else 1)
            if copied:
                # (its pages speak for the project copied in: 'we' and 'this' are that project's authors and work)
                judgements = [replace(j, claim=False, negated=False, target="none", strength="n/a", rule=copied[0],
                                      reason=copied[1]) if j.claim or j.negated else j for j in judgements]
            elif boilerplate:
                # (where the template was written for the project, it names it: 'participation in the Deluge Firmware
                # open source project should be …'; the owner's projects in general, 'Salesforce open-source projects
                # are committed to …', stay the template's)
                judgements = [j if j.claim and j.rule == "own-name" and _OWN_PROJECT_AFTER.match(low, j.end) else
                              replace(j, claim=False, negated=False, target="none", strength="n/a", rule=boilerplate[0],
                                      reason=boilerplate[1]) for j in judgements]
            # (read only for an item with a claim: most lead-ins introduce nothing of the kind)
            planned_list = _plan_lead_in(list_lead) if block.kind == "list_item" and any(
                j.claim and not j.negated for j in judgements) else ""
            if planned_list and not lx.DONE_CHECKBOX.search(low) and not p.GOES_ON.search(low):
                # 'We plan to:' / '- Open-source the model's weights': the items of a list a plan introduces are
                # planned, unless ticked off or saying what stays as it is ('- OWN remains open source')
                judgements = [replace(j, claim=False, negated=False, target="none", strength="n/a", rule="plan",
                                      reason=f"an item of a list introduced as a plan ('{planned_list}')")
                              if j.claim and not j.negated else j for j in judgements]
            used_list = _use_lead_in(list_lead) if block.kind == "list_item" and any(
                j.claim and not j.negated and j.rule in _WEAK_OWNERSHIP for j in judgements) else ""
            if used_list:
                # '… API that supports multiple WhatsApp providers:' / '- **Baileys** - Open-source WhatsApp Web
                # client': the items of a list that a verb of use introduces are what is used, each described in its
                # own words; only an item that names the author or its release speaks for them
                judgements = [replace(j, claim=False, negated=False, target="none", strength="n/a", rule="dependency",
                                      reason=f"an item of a list of what is used ('{used_list}')")
                              if j.claim and not j.negated and j.rule in _WEAK_OWNERSHIP else j for j in judgements]
            out.extend((block, j) for j in judgements)
        if block.kind not in ("alt_text", "front_matter", "metadata", "list_item") and low.strip():
            list_lead = low
        if block.kind not in ("alt_text", "front_matter", "metadata") and low.strip():
            prev_block, prev_text = low, block.text
    return out


# what a lead-in's verb takes when the list is of the product's own features ('supports the following features:')
_FEATURES_TAKEN = lazyre.compile(r"\b(?:features?|capabilities|functions?|functionality|abilities)\b|功能|特性|機能")


def _use_lead_in(low: str) -> str:
    """The verb of use that ends a paragraph introducing a list ('… supports multiple providers:', 'Kestrel is
    built on:'), in the last clause before the colon; "" for any other lead-in."""
    stripped = low.rstrip(" *_")
    if not stripped.endswith((":", "：")):
        return ""
    clause = stripped[max(stripped.rfind(m) for m in (". ", "。", "; ", "；")) + 1:][-80:]
    used = last_match(lx.DEPENDENCY, clause)
    if used is None or lx.RELEASE_VERBS.search(clause, used.end()) or lx.FIRST_PERSON.search(clause, used.end()):
        return ""
    # (what the verb takes is named before the colon: 'supports multiple providers:'; a bare 'supports:' or
    # 'supports these features:' lists the product's own features)
    taken = clause[used.end():].strip(" :：*_")
    if not taken or _FEATURES_TAKEN.search(taken):
        return ""
    return used.group(0).strip()


def _plan_lead_in(low: str) -> str:
    """The plan word of a paragraph that introduces a list ('We plan to:', '未来我们将：'): near the colon that ends it."""
    stripped = low.rstrip(" *_")
    if not stripped.endswith((":", "：")):
        return ""
    tail = stripped[-40:]
    # (not a word of a compound: 'future-proof')
    plan = next((m for m in lx.PLAN_LEFT.finditer(tail) if not tail.startswith("-", m.end())), None)
    if plan is None:
        # 'Here are some helps we felt needed (…):', 'Help wanted:': a list of what the authors want, not have
        plan = p.WISH_LEAD_IN.search(stripped[-120:])
    return plan.group(0).strip() if plan else ""


def explain_document(doc: Document, ctx: ClaimContext | None = None) -> list[tuple[int, int, Judgement]]:
    """Every openness phrase of a document with its position and the decision on it."""
    out = []
    for block, j in _document_judgements(doc, ctx):
        pos = block.position(j.start)
        out.append((pos.line, pos.column, j))
    return out


def _line_end(doc: Document, line: int) -> int:
    """The column just after the last character of ``line`` (1 for an empty line)."""
    return len(doc.lines[line - 1]) + 1 if 0 < line <= len(doc.lines) else 1


def find_claims(doc: Document, ctx: ClaimContext | None = None) -> list[Claim]:
    """Every claim in a parsed document, negated ones included."""
    claims: list[Claim] = []
    by_block: dict[int, tuple[Block, list[Judgement]]] = {}
    for block, j in _document_judgements(doc, ctx):
        by_block.setdefault(id(block), (block, []))[1].append(j)
    for block, judgements in by_block.values():
        for hit in _hits(judgements):
            pos = block.position(hit.start)
            last = block.position(hit.end - 1)  # the phrase may run over a soft line break
            # Positions stay inside the file (1 <= column <= len(line) + 1) even where the map from prose
            # back to the source is approximate (escapes, entities, hostile markup).
            column = min(pos.column, _line_end(doc, pos.line))
            end_column = min(last.column + 1, _line_end(doc, last.line))
            if (last.line, end_column) < (pos.line, column):
                last, end_column = pos, column
            claims.append(Claim(file=doc.path, line=pos.line, column=column, text=hit.sentence,
                                phrase=hit.phrase, kind=hit.kind, target=hit.target, strength=hit.strength,
                                negated=hit.negated, cue=hit.cue, block_kind=block.kind,
                                extra={"end_line": last.line, "end_column": end_column}))
    return claims
