"""Openness claims: sentences asserting that what this repository releases is open.

Interface (stable, used by the engine, the CLI and the benches):

* :func:`find_in_text` judges one prose block (plain text, markup already
  removed) and returns :class:`ClaimHit` objects with character offsets.
* :func:`find_claims` runs it over a parsed :class:`~openwash.documents.Document`
  and returns :class:`Claim` objects with file, line and column of the claim
  phrase itself.
* :func:`explain_text` returns every openness phrase of a block with the
  decision taken on it and the rule that took it (claims and non-claims).

Negated claims are returned with ``negated=True``; callers decide what to do
with them (the rules ignore them, ``openwash claims`` lists them).

How a sentence is judged
------------------------
The detector is a small rule-based grammar, not a model.  It finds openness
phrases (``open source``/``open-sourced``/``fully open``/``open weights``/
``open model``/``openly released``/``开源``/``オープンソース``/``código abierto``/
``quelloffen``/``Open-Source-Modell`` ..., see :mod:`openwash.claims_lexicon`),
then asks, for each one, *who releases what* in its sentence.  The first rule
that decides wins, and its name is the ``cue`` (``openwash claims --explain``):

1. Not a claim at all: a question (``Is X open source?``, ``是否开源``), the
   title of a linked page (``[Sentry's Open Source Values](https://...)``), a
   name that merely contains the words (Open Source Initiative, Open LLM
   Leaderboard, a licence called "Open Model License"), a policy
   ``claims.exclude`` pattern.
2. **Negation** in scope (``not``, ``no longer``, ``non-``, ``never``, ``未``,
   ``没有``, ``ではない``, ``no es`` ..., and hedges such as ``may not``): the
   mention is returned with ``negated=True`` whoever it is about, and is never a
   finding.  ``not only ... but also open source`` is not a negation.
3. **Plans**: ``will be open-sourced``, ``plan to open-source``, ``coming
   soon``, an unchecked ``[ ]`` roadmap item, ``将开源``, ``予定`` — not claims
   (a ticked ``[x]`` item is a claim).
4. **Community and concepts**: the phrase heads ``community``,
   ``contributors``, ``movement``, ``社区``... — never a claim.
5. **Comparisons**: the phrase sits in a ranking or comparison (``outperforms
   open-source models``, ``SOTA among open-source models``, ``closed-source
   and open-source models``, ``在开源模型中``) — not a claim.  This covers the
   debatable "best among open-source models": users expect a ranking not to
   be reported as an openness claim, so it is not one; a sentence that
   predicates openness directly ("the largest open-source video model", "it
   is open source") still is.
6. **Requirements and definitions** (``must be open source``, ``an open
   source licence means ...``) and sentences addressed to the reader (``your
   open-source project``) — not claims.
7. **Who is the subject.**  A claim needs the author's own artifact as the
   one that is open: a first-person possessive on the noun phrase (``our
   open-source model``, ``我们的开源``), a first-person subject with a release
   verb (``we open-sourced``, ``我们开源了``, ``私たちは…オープンソース化``), a
   demonstrative (``this project is open source``, ``the model open-sourced
   here``, ``本仓库``), the repository's own name (``ClaimContext.own_names``
   plus the folder of a README or model card), a definite artifact noun
   (``the model weights are open-sourced``), a pronoun whose antecedent is
   the own artifact, a dated news item or a ticked roadmap item, or a
   tagline without a verb (``The open-source document signing platform.``).
   A third party as subject, possessor or agent (``Keycloak is an
   open-source IdP``, ``MAGVIT's VAE``, ``SWIFT, open-sourced by
   ModelScope``, ``thanks to X for open-sourcing``), a dependency verb or
   preposition (``built on``, ``using``, ``based on``, ``基于``, ``via``) and
   quantified or generic noun phrases (``other/many/most open-source
   models``, bare plurals) make it a non-claim.
8. Licence wording (``released under the MIT open-source license``) is a
   claim only when the own artifact is the subject; licence boilerplate
   (``open source licenses allow ...``) is not.  ``source-available`` and
   ``fair source`` are not openness phrases at all.
9. Places: a table cell that holds little more than the phrase is a claim
   when its row names the own artifact or one of its components (``| Wren
   weights | Open weights |``), never in the header row; a model card's
   ``tags: [open-source]`` is a claim about the card's model; a cited title
   (``see Wren: Open Small Models for Phones``, a linked paper or post, a
   table-of-contents entry) asserts nothing.

Own names are ``ClaimContext.own_names`` (the engine passes the repository
name, card model names and the README title) plus what the document itself
says: its H1 title, the card's ``model_name``/``pretty_name`` and, for a README
or card inside a model folder (``models/NAME/README.md``), the folder name.

Debatable cases and the behaviour chosen: "SOTA / ranks first among
open-source models" → not a claim (comparison); "fully open for academic
research" → claim (strong); "open-core" → claim (partial); disclaimers
("we are not responsible for misuse of the open-source model") → claim;
headings that name a category ("## Open-weight models", "Open Source /
On-Premise") → not claims, while headings that predicate openness of the
own artifact ("MinIO is Open Source Software") are.

``target`` is taken from the noun the openness is said of (weights,
checkpoints → weights; model/LLM names → model; code, scripts,
implementations, tools → code; data, datasets, corpora → data; product,
platform, software → project; mixed artifact sets → other).  ``strength`` is
``strong`` for fully/truly/completely/100 %/完全/全面, ``partial`` when only a
component (code, data) is claimed or the sentence contrasts an open part with
a closed one, else ``plain``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from openwash import claims_lexicon as lx
from openwash import lazyre, ownnames
from openwash.claims_grammar import Judge, Sentence, Verdict
from openwash.documents import Block, Document

# Which files can hold claims: license texts and use policies are boilerplate.
CLAIM_ROLES = frozenset({"readme", "model_card", "data_card", "docs"})

KINDS = ("open-source", "open-weights", "open")
TARGETS = ("model", "weights", "code", "data", "project", "other")
STRENGTHS = ("strong", "plain", "partial")

# --- compiled patterns used by the rules below ----------------------------------------------
_LINK_SPANS_1 = lazyre.compile(r"[\w'’\-]+")
_LINK_SPANS_2 = lazyre.compile(r"[:：|]|\s[-–—]\s")
_LINK_SPANS_3 = lazyre.compile(r"[\u3400-\u9fff]")
_LINK_SPANS_4 = lazyre.compile(r"[:：｜|]")
_LINK_SPANS_5 = lazyre.compile(r"(?:^|[.!?。：:|•·\-*]|\d[.)])\W*$")



@dataclass(frozen=True)
class ClaimContext:
    """What the detector may know about the repository besides the sentence itself."""

    own_names: frozenset[str] = frozenset()  # lower-case names of the repository and its artifacts
    is_model_release: bool | None = None
    vocabulary_add: tuple[str, ...] = ()  # extra regular expressions that are claim phrases
    vocabulary_exclude: tuple[str, ...] = ()  # regular expressions; a sentence matching one is never a claim


@dataclass(frozen=True)
class ClaimHit:
    """A claim inside one block of text (offsets are into that text)."""

    start: int  # offset of the claim phrase
    end: int
    phrase: str
    sentence: str
    kind: str  # open-source | open-weights | open
    target: str  # model | weights | code | data | project | other
    strength: str  # strong | plain | partial
    negated: bool
    cue: str  # which rule decided, for --explain


@dataclass(frozen=True)
class Claim:
    """A claim located in a file."""

    file: str
    line: int
    column: int
    text: str  # the sentence
    phrase: str
    kind: str
    target: str
    strength: str
    negated: bool
    cue: str = ""
    block_kind: str = "paragraph"
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def as_json(self) -> dict:
        return {
            "file": self.file, "line": self.line, "column": self.column, "text": self.text,
            "target": self.target, "strength": self.strength, "negated": self.negated,
            "kind": self.kind, "phrase": self.phrase,
        }


@dataclass(frozen=True)
class Judgement:
    """The decision on one openness phrase (claims and non-claims), for explanations and benches."""

    start: int
    end: int
    phrase: str
    sentence: str
    kind: str
    claim: bool  # an assertion about the author's own artifact (negated ones included)
    negated: bool
    target: str
    strength: str
    rule: str  # short rule name
    reason: str  # human-readable explanation


# --- phrases and sentences ----------------------------------------------------------------------

# Each phrase pattern with a literal that every match of it contains (tested with `in` before the regex runs).
_TRIGGERS = ("open", "foss", "开源", "開源", "开放", "オープン", "오픈", "공개", "digo", "fuente", "source", "libre",
             "quelloffen", "offen", "ouvert", "ert", "исходн", "опенсорс", "вес", "модел", "полностью")


def _top_level_alternatives(pattern: str) -> list[str]:
    parts, depth, cur, i = [], 0, [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur.append(pattern[i:i + 2])
            i += 2
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    parts.append("".join(cur))
    return parts


_CORE_PHRASE = lazyre.compile(r"open[\s\-‐‑]?sourc(?:e|ed|ing)|开源|開源|オープン\s?ソース|오픈\s?소스")


def _trigger(pattern: str) -> str:
    """A literal that every match contains ('' when there is none: the pattern always runs)."""
    alternatives = _top_level_alternatives(pattern)
    return next((t for t in _TRIGGERS if all(t in alt for alt in alternatives)), "")


_PHRASES = [(lazyre.compile(p), kind, strength, _trigger(p)) for p, kind, strength in lx.PHRASES]
# The first pass over a block, derived from the lexicon: the literal every match of a phrase contains (most
# blocks hold none of them), and, for a phrase with no such literal, the phrase itself.  A phrase added to the
# lexicon is therefore always seen, and the common case stays a plain literal search.
_ANY_PHRASE = lazyre.compile("|".join(sorted(
    {re.escape(t) for _rx, _kind, _strength, t in _PHRASES if t}
    | {f"(?:{p})" for p, _kind, _strength in lx.PHRASES if not _trigger(p)})))
def may_contain_claim(text: str) -> bool:
    """Whether raw document text holds any openness phrase at all (a cheap first pass on unparsed text).

    False means no claim can be found in it, so a caller may skip parsing the document for claims."""
    return bool(_ANY_PHRASE.search(_lower(text)))


_SENTENCE_END = lazyre.compile(
    r"(?<=[.!?])[\"'”’)\]*_]*\s+(?=[^\sa-z,;])|(?<=[。！？；])\s*|\s+\|\s+|\s*\|\s*$|^\s*\|\s*|\s+·\s+|\s{3,}"
)
_ABBREV = lazyre.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|inc|ltd|co|dr|mr|ms|no|fig|al|approx|cf|resp|ca|jr|sr|st)|\b[a-z])\.$",
                     re.IGNORECASE)


def _lower(text: str) -> str:
    """Lower-case without changing the length (so offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) offsets of the sentences of a block."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= pos:
            continue
        if text[m.start() - 1: m.start()] == "." and _ABBREV.search(text[max(pos, m.start() - 8): m.start()]):
            continue
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = max(pos, m.end())
    if pos < len(text):
        out.append((pos, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _mentions(low: str) -> list[tuple[int, int, str, str]]:
    """Openness phrases in lower-cased text: (start, end, kind, phrase strength), overlaps resolved."""
    found = []
    for pattern, kind, strength, trigger in _PHRASES:
        if trigger not in low:
            continue
        for m in pattern.finditer(low):
            before = low[m.start() - 1] if m.start() else " "
            after = low[m.end():m.end() + 2] + "  "
            if before in "@/.\\#_" or after[0] in "@/_" or (after[0] == "." and after[1].isalnum()):
                continue  # part of an e-mail address, a domain, a path or an identifier (opensource@x.com)
            found.append((m.start(), m.end(), kind, strength))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[tuple[int, int, str, str]] = []
    for f in found:
        if out and f[0] < out[-1][1]:
            continue
        if f[3] == "strong":
            # 'fully open-source', '完全开源': the claim phrase is the core; the adverb makes it strong
            core = _CORE_PHRASE.search(low, f[0], f[1])
            if core and core.end() == f[1] and core.start() > f[0]:
                out.append((core.start(), core.end(), f[2], f[3]))
                continue
        out.append(f)
    return out


# --- public functions --------------------------------------------------------------------------

class _Detector:
    """The compiled per-repository state: own names, policy vocabulary and the judge."""

    def __init__(self, ctx: ClaimContext) -> None:
        self.ctx = ctx
        self.judge = Judge(ctx.own_names, ctx.is_model_release)
        self.exclude = [re.compile(p, re.IGNORECASE) for p in ctx.vocabulary_exclude]
        self.add = [re.compile(p, re.IGNORECASE) for p in ctx.vocabulary_add]


def _judge_block(text: str, det: _Detector, *, block_kind: str = "paragraph", heading_level: int = 0,
                 prev: str = "", title_links: list[tuple[int, int]] | None = None,
                 link_spans: list[tuple[int, int]] | None = None, row_label: str = "", header_row: bool = False,
                 role: str = "readme", own_place: str = "", other_links: list[tuple[int, int]] | None = None
                 ) -> list[Judgement]:
    # a GitHub alert's marker ('[!NOTE] Wren is ...') is markup, not the subject: blanked, offsets kept
    text = _ALERT_MARKER.sub(lambda m: " " * len(m.group(0)), text)
    low = _lower(text)
    if not det.add and not _ANY_PHRASE.search(low):
        return []
    block_mentions = _mentions(low)
    if not det.add and not block_mentions:
        return []
    out: list[Judgement] = []
    previous = prev
    news = bool(lx.NEWS_DATE.search(low))
    sentences = _sentences(text)
    # a table row that Markdown did not parse as a table ('| Name | Open-source LLM |'): cells, not sentences
    pipe_row = block_kind in ("paragraph", "plain") and (text.lstrip().startswith("|") or text.count(" | ") >= 2)
    mention_starts = [m[0] for m in block_mentions]  # sorted by start
    for index, (start, end) in enumerate(sentences):
        sent = text[start:end]
        slow = low[start:end]
        kind_here, label_here = block_kind, row_label
        if pipe_row:
            kind_here = "table_cell"
            label_here = low[sentences[0][0]:sentences[0][1]].strip() if index else ""
        first = bisect.bisect_left(mention_starts, start)
        last = bisect.bisect_left(mention_starts, end, first)
        mentions = [(a - start, b - start, k, st) for a, b, k, st in block_mentions[first:last] if b <= end]
        long_sentence = len(sent) > LONG_SENTENCE
        shown = sent.strip() if not long_sentence else sent.strip()[:LONG_SENTENCE].rstrip() + "…"
        extra = [m for rx in det.add for m in rx.finditer(sent)
                 if not any(x < m.end() and m.start() < y for x, y, _k, _s in mentions)]
        if not (mentions or extra):
            previous = slow
            continue
        excluded = next((rx for rx in det.exclude if rx.search(sent)), None)
        s = Sentence(sent, slow, block_kind=kind_here, heading_level=heading_level, prev=previous,
                     title_links=[(x - start, y - start) for x, y in (title_links or []) if start <= x and y <= end],
                     link_spans=[(x - start, y - start) for x, y in (link_spans or []) if start <= x and y <= end],
                     own_spans=det.judge.own_spans(slow), news=news, row_label=label_here, header_row=header_row,
                     role=role)
        for number, (a, b, kind, strength) in enumerate(mentions):
            if excluded is not None:
                out.append(Judgement(start + a, start + b, sent[a:b], shown, kind, False, False, "none", "n/a",
                                     "policy-exclude", f"matches the policy's claims.exclude pattern "
                                                       f"{excluded.pattern!r}"))
                continue
            if number >= MAX_PHRASES_PER_SENTENCE:
                out.append(Judgement(start + a, start + b, sent[a:b], shown, kind, False, False, "none", "n/a",
                                     "not-judged", f"more than {MAX_PHRASES_PER_SENTENCE} openness phrases in one "
                                                   "sentence"))
                continue
            here, shift = _window(s, a, b) if long_sentence else (s, 0)
            try:
                v = det.judge.judge(here, a - shift, b - shift, kind, strength)
            except (IndexError, ValueError, KeyError, AttributeError) as exc:  # never let one sentence stop a run
                v = Verdict(False, False, "none", "n/a", "internal-error", f"not judged ({type(exc).__name__})")
            if own_place and not v.claim and not v.negated and _unknown_owner(v, det.ctx.own_names) and not _other_evidence(
                    slow[:b], [(x - start, y - start) for x, y in (other_links or []) if start <= x and y <= end]):
                # issue 14: in the project's own lead, tagline, features list or model card an unknown name or
                # a missing subject is the project itself; a third party needs positive evidence
                target = det.judge.target(here, a - shift, b - shift, kind)
                v = Verdict(True, False, target, det.judge.strength(here, a - shift, b - shift, strength, target),
                            "own-place", f"in the project's own {own_place}, with no sign of a third party "
                                         f"(was: {v.reason})")
            if v.claim and any(x <= start + a and start + b <= y for x, y in other_links or ()):
                # the phrase is the text of a link to another owner's repository or model: theirs
                v = Verdict(False, False, "none", "n/a", "linked-other",
                            "the phrase is the text of a link to another owner's repository or model")
            out.append(Judgement(start + a, start + b, sent[a:b], shown, kind, v.claim, v.negated, v.target,
                                 v.strength, v.rule, v.reason))
        for m in extra:
            if excluded is not None:
                continue
            out.append(Judgement(start + m.start(), start + m.end(), m.group(0), shown, "open-source", True,
                                 False, det.judge.target(s, m.start(), m.end(), "open-source"), "plain",
                                 "policy-vocabulary", f"matches the policy's claims.add pattern {m.re.pattern!r}"))
        previous = slow
    return out


# Sections whose list items are the project's own selling points ('Features', 'Highlights', 'Why X').
_OWN_LIST_SECTION = lazyre.compile(
    r"^\W*(?:key\s+|main\s+|core\s+)?(?:features?|highlights?|why\b|advantages|capabilities|what\s+(?:is|makes)|"
    r"about|overview|introduction|summary|特性|特点|特點|亮点|亮點|主要功能|优势|優勢|简介|簡介|介绍|介紹|特徴|概要)",
    re.IGNORECASE)
# Positive evidence of a third party that overrides the position (dependency verbs, thanks, comparisons).
_THIRD_PARTY_WORDS = lazyre.compile(
    r"(?<![\w])(?:built\s+(?:on|upon|with)|based\s+on|powered\s+by|using|uses|use|via|thanks|compared?|than|"
    r"among|versus|vs\.?|like|such\s+as|including|supports?|compatible|integrat\w*|fine-?tuned\s+from|"
    r"alternative\s+to|instead\s+of|other|others|many|most|existing|popular|"
    r"(?:developed|created|released|made|maintained|published|open-?sourced|trained|backed)\s+by|"
    r"following|table|lists|figure|check\s+out|"
    # well-known models, frameworks and makers: named in a lead, they are what the project builds on
    r"pytorch|tensorflow|jax|llama|mistral|qwen|gemma|falcon|bloom|gpt-\d\w*|chatgpt|openai|meta|google|"
    r"microsoft|nvidia|hugging\s?face|langchain|kubernetes|linux|docker|postgres\w*|redis|mysql|apache)(?![\w])"
    r"|基于|基於|使用|支持|兼容|对比|相比|同等|同类|同類|同级|同級|表现最|之一")


_UNKNOWN_NAME = lazyre.compile(r"'([^']{1,60})' is not one of this repository's names")
def _unknown_owner(v: Verdict, own: frozenset[str]) -> bool:
    """The verdict says 'not a claim' only because no own subject was recognised: there is no subject at all,
    or the subject is an own name written with a size or version suffix ('Demo-7B' for 'Demo')."""
    if v.rule == "no-owner":
        return True
    m = _UNKNOWN_NAME.search(v.reason) if v.rule == "third-party" else None
    if not m:
        return False
    # the names fold the way people write them (openwash.ownnames): 'Demo-7B' ~ 'demo model' ~ 'demo'
    return ownnames.name_key(m.group(1)) in {ownnames.name_key(n) for n in own if len(n) >= 3}


def _other_evidence(low: str, other_links: list[tuple[int, int]]) -> bool:
    """Positive evidence of a third party up to the end of the phrase: a dependency or maker word governs
    what follows it ('built on open-source X'), while words after the phrase describe the project's own basis
    ('an open-source assistant based on X')."""
    return bool(other_links) or bool(_THIRD_PARTY_WORDS.search(low))


def own_places_of(doc: Document) -> dict[int, str]:
    """Blocks that speak for the project by where they sit: the lead paragraph or tagline right under the
    title of the root README or a model card, the items of its own Features/Highlights/Why list, and a model
    card's body.  Docs pages and nested READMEs speak about many things; they get no such blocks."""
    out: dict[int, str] = {}
    if doc.role == "model_card":
        pass
    elif doc.role != "readme" or not ownnames.is_front_readme(doc.path):
        return out
    lead_open = True
    prose_seen = False
    for block in doc.blocks:
        if block.kind == "heading":
            if block.heading_level >= 2 and not prose_seen and lead_open:
                out[id(block)] = "tagline"  # '<h3 align="center">…</h3>' under the title, before any prose
                continue
            if block.heading_level >= 2:
                lead_open = False
            continue
        if block.kind in ("alt_text", "front_matter"):
            continue
        if lead_open and block.kind in ("paragraph", "html", "plain"):
            out[id(block)] = "tagline" if block.kind == "html" else "lead paragraph"
        elif block.kind == "list_item" and block.heading and _OWN_LIST_SECTION.search(block.heading):
            out[id(block)] = f"'{block.heading[:40]}' list"
        elif doc.role == "model_card" and block.kind in ("paragraph", "list_item", "html"):
            out[id(block)] = "model card"
        if block.kind in ("paragraph", "plain", "list_item", "table_cell"):
            lead_open = False  # the lead is the first paragraph (HTML taglines may stack above it)
            prose_seen = True
    return out


_ALERT_MARKER = lazyre.compile(r"^\s*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]", re.IGNORECASE)
_OTHER_OWNER_URL = lazyre.compile(r"(?:github\.com|gitlab\.com|huggingface\.co)/([\w\-.]+)", re.IGNORECASE)


def _other_link_spans(doc: Document, block: Block, own: frozenset[str]) -> list[tuple[int, int]]:
    """Link texts in ``block`` that point at another owner's repository or model."""
    out = []
    first, last = block.line, max(block.end_line, block.line)
    for link in doc.links:
        if not link.text or not (first <= link.line <= last):
            continue
        m = _OTHER_OWNER_URL.search(link.url)
        if not m or m.group(1).lower() in own or any(n in link.url.lower() for n in own if len(n) >= 4):
            continue
        out.extend(_find_text(block, link.text, link.line, link.column))
    return out


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


def _link_spans(doc: Document, block: Block) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of the block's link texts: (titles of linked pages and contents entries, every link text)."""
    titles: list[tuple[int, int]] = []
    spans: list[tuple[int, int]] = []
    first, last = block.line, max(block.end_line, block.line)
    for link in doc.links:
        if not link.text or not (first <= link.line <= last) or link.source in ("image", "reference", "bare"):
            continue
        found = _find_text(block, link.text, link.line, link.column)
        spans.extend(found)
        if link.url.startswith("#"):
            titles.extend(found)  # a table-of-contents entry names a section, it asserts nothing
            continue
        ws = _LINK_SPANS_1.findall(link.text)
        capitalised = sum(1 for w in ws if w[:1].isupper() or w[:1].isdigit())
        titled = (len(ws) >= 4 and _LINK_SPANS_2.search(link.text)) or (
            len(ws) >= 3 and capitalised >= max(3, int(0.6 * len(ws)))) or (
            _LINK_SPANS_3.search(link.text) and _LINK_SPANS_4.search(link.text) and len(link.text) >= 10)
        if not titled:
            continue
        for x, y in found:
            lead = block.text[:x]
            # a title stands alone (a list of links, 'Blog: [..]', '...可以看：[..]'), it is not a predicate
            if _LINK_SPANS_5.search(lead[-40:] if lead else "") or not lead.strip():
                titles.append((x, y))
    return titles, spans


def _find_text(block: Block, needle: str, line: int, column: int) -> list[tuple[int, int]]:
    out = []
    pos = block.text.find(needle)
    while pos >= 0:
        p = block.position(pos)
        if p.line == line and 0 <= p.column - column <= 3:
            out.append((pos, pos + len(needle)))
        pos = block.text.find(needle, pos + 1)
    return out


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


_DELIMITER_ROW = lazyre.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _is_header_row(doc: Document, line: int) -> bool:
    """A Markdown table's header row is followed by its delimiter row (|---|---|)."""
    return 0 < line < len(doc.lines) and bool(_DELIMITER_ROW.match(doc.lines[line]))


def _document_judgements(doc: Document, ctx: ClaimContext | None) -> list[tuple[Block, Judgement]]:
    if doc.role not in CLAIM_ROLES:
        return []
    ctx = ctx or ClaimContext()
    extra_names = ownnames.document_keys(doc) if doc.role == "model_card" or (
        doc.role == "readme" and ownnames.is_front_readme(doc.path)) else ownnames.folder_keys(doc.path)
    if extra_names - ctx.own_names:
        ctx = ClaimContext(own_names=ctx.own_names | frozenset(extra_names), is_model_release=ctx.is_model_release,
                           vocabulary_add=ctx.vocabulary_add, vocabulary_exclude=ctx.vocabulary_exclude)
    det = _Detector(ctx)
    out: list[tuple[Block, Judgement]] = []
    prev_block = ""
    row: tuple[int, str] = (0, "")  # (line, first cell) of the current table row
    own_places = own_places_of(doc)
    for block in doc.blocks:
        low = _lower(block.text)
        row_label, header_row = "", False
        if block.kind == "table_cell":
            if row[0] != block.line:
                row = (block.line, low.strip())
            elif det.add or _ANY_PHRASE.search(low):
                row_label = row[1]
            header_row = _is_header_row(doc, block.line)
        if det.add or _ANY_PHRASE.search(low):
            sents = _sentences(prev_block)
            prev = prev_block[sents[-1][0]:sents[-1][1]] if sents else ""
            titles, spans = _link_spans(doc, block)
            judgements = _judge_block(block.text, det, block_kind=block.kind, heading_level=block.heading_level,
                                      prev=prev, title_links=titles, link_spans=spans, row_label=row_label,
                                      header_row=header_row, role=doc.role,
                                      own_place=own_places.get(id(block), ""),
                                      other_links=_other_link_spans(doc, block, ctx.own_names))
            out.extend((block, j) for j in judgements)
        if block.kind not in ("alt_text", "front_matter") and low.strip():
            prev_block = low
    return out


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
