"""Openness claims: sentences asserting that what this repository releases is open.

Interface (stable, used by the engine, the CLI and the benches):

* :func:`find_in_text` judges one prose block (plain text, markup already
  removed) and returns :class:`ClaimHit` objects with character offsets.
* :func:`find_claims` runs it over a parsed :class:`~openwash.documents.Document`
  and returns :class:`Claim` objects with file, line and column of the claim
  phrase itself.

Negated claims are returned with ``negated=True``; callers decide what to do
with them (the rules ignore them, ``openwash claims`` lists them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from openwash.documents import Document

# Which files can hold claims: license texts and use policies are boilerplate.
CLAIM_ROLES = frozenset({"readme", "model_card", "data_card", "docs"})

KINDS = ("open-source", "open-weights", "open")
TARGETS = ("model", "weights", "code", "data", "project", "other")
STRENGTHS = ("strong", "plain", "partial")


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


# --- a first, simple detector -------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])")
_OPEN_SOURCE = re.compile(r"\bopen[- ]?sourc(?:e|ed|ing)\b|开源|オープンソース|código abierto|quelloffen", re.I)
_OPEN_WEIGHTS = re.compile(r"\bopen[- ]weights?\b", re.I)
_NEGATION = re.compile(r"\b(not|no longer|isn't|aren't|never|non)\b[^.]{0,30}$", re.I)
_PLAN = re.compile(r"\b(will|plan to|going to|soon|future)\b", re.I)
_OWN = re.compile(r"\b(we|our|this|the model|these models|is|are|now)\b|我们|本", re.I)
_STRONG = re.compile(r"\b(fully|truly|completely|100%|entirely)\b|完全|全面", re.I)


def _sentences(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() > pos:
            out.append((pos, text[pos:m.start()]))
            pos = m.end()
    if pos < len(text):
        out.append((pos, text[pos:]))
    return out


def _target(sentence: str) -> str:
    s = sentence.lower()
    if re.search(r"weight|checkpoint|权重", s):
        return "weights"
    if re.search(r"\b(model|llm|模型)", s) or "模型" in s:
        return "model"
    if re.search(r"\b(code|script|implementation|library|toolkit)", s):
        return "code"
    if re.search(r"\b(data|dataset|corpus)", s):
        return "data"
    return "project"


def find_in_text(text: str, ctx: ClaimContext | None = None, *, block_kind: str = "paragraph",
                 heading: str = "") -> list[ClaimHit]:
    """Claims in one block of prose."""
    ctx = ctx or ClaimContext()
    hits: list[ClaimHit] = []
    for start, sentence in _sentences(text):
        if any(re.search(p, sentence, re.I) for p in ctx.vocabulary_exclude):
            continue
        if sentence.rstrip().endswith("?"):
            continue
        for pattern, kind in ((_OPEN_SOURCE, "open-source"), (_OPEN_WEIGHTS, "open-weights")):
            m = pattern.search(sentence)
            if not m:
                continue
            before = sentence[: m.start()]
            if _PLAN.search(sentence):
                break
            if not _OWN.search(sentence):
                break
            negated = bool(_NEGATION.search(before))
            hits.append(ClaimHit(
                start=start + m.start(), end=start + m.end(), phrase=m.group(0), sentence=sentence.strip(),
                kind=kind, target=_target(sentence), strength="strong" if _STRONG.search(sentence) else "plain",
                negated=negated, cue=f"{kind} phrase with a first-person/predicative cue",
            ))
            break
        for extra in ctx.vocabulary_add:
            m = re.search(extra, sentence, re.I)
            if m and not any(h.start <= start + m.start() < h.end for h in hits):
                hits.append(ClaimHit(start=start + m.start(), end=start + m.end(), phrase=m.group(0),
                                     sentence=sentence.strip(), kind="open-source", target=_target(sentence),
                                     strength="plain", negated=False, cue=f"policy vocabulary: {extra}"))
    return hits


def find_claims(doc: Document, ctx: ClaimContext | None = None) -> list[Claim]:
    """Every claim in a parsed document, negated ones included."""
    if doc.role not in CLAIM_ROLES:
        return []
    claims: list[Claim] = []
    for block in doc.blocks:
        for hit in find_in_text(block.text, ctx, block_kind=block.kind, heading=block.heading):
            pos = block.position(hit.start)
            claims.append(Claim(file=doc.path, line=pos.line, column=pos.column, text=hit.sentence,
                                phrase=hit.phrase, kind=hit.kind, target=hit.target, strength=hit.strength,
                                negated=hit.negated, cue=hit.cue, block_kind=block.kind))
    return claims
