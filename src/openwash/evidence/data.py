"""Training-data evidence: dataset metadata, dataset links in a data context, data cards, and
"Training data" sections that name real sources.  Vague text is not a pointer; placeholders are
reported separately (OW105)."""

from __future__ import annotations

import re

from openwash.discovery import Repository
from openwash.documents import Document
from openwash.evidence.links import is_dataset_link, link_words, resolve_relative
from openwash.evidence.types import EvidenceItem

DATA_WORDS_RE = re.compile(
    r"\b(?:data(?:sets?)?|corpus|corpora|tokens?|pre-?training data|training data|data mix|datasheet|"
    r"data card)\b|数据|语料",
    re.I,
)
DATA_HEADING_RE = re.compile(r"\b(?:training|pre-?training|fine-?tuning)\s+data(?:sets?)?\b|^data(?:sets?)?$|"
                             r"\bdata(?:sets?)? (?:sources?|used|details)\b|训练数据", re.I)
PLACEHOLDER_RE = re.compile(
    r"\[more information needed\]|\bcoming soon\b|\bTBD\b|\bTBA\b|\bto be (?:released|announced|added)\b|"
    r"\bavailable (?:up)?on request\b|\bupon request\b|\bwill be (?:released|made available|open-?sourced)\b|"
    r"\bstay tuned\b|即将(?:发布|开源)",
    re.I,
)
# Text that describes data without saying which: not data information.
VAGUE_RE = re.compile(r"publicly available (?:sources|data)|a (?:new )?mix of|from the (?:internet|web)\b", re.I)
NAMED_SOURCE_RE = re.compile(
    r"\b(?:the pile|redpajama|dolma|refinedweb|fineweb|c4|common ?crawl|wikipedia|github|arxiv|books3|"
    r"stack ?exchange|the stack|slimpajama|laion|oscar|roots|openwebtext|starcoderdata|proof-pile|"
    r"[0-9.]+\s?(?:[tbm]|trillion|billion|million) tokens)\b",
    re.I,
)


def find_training_data(repo: Repository, docs: list[Document]) -> list[EvidenceItem]:
    items: list[EvidenceItem] = []
    for doc in docs:
        fm = doc.front_matter
        if fm is not None:
            for i, name in enumerate(fm.get_list("datasets")):
                items.append(EvidenceItem("metadata", name, doc.path, fm.lines.get(f"datasets[{i}]",
                                                                                    fm.line_of("datasets"))))
        if doc.role == "data_card" and len(doc.text.strip()) > 200 and not PLACEHOLDER_RE.search(doc.text[:400]):
            items.append(EvidenceItem("data_card", doc.path, doc.path, 1))
        if doc.role not in ("readme", "model_card", "docs", "data_card"):
            continue
        for link in doc.links:
            words = link_words(link)
            rel = resolve_relative(repo, doc.path, link.url)
            if rel is not None:
                if repo.exists(rel) and re.search(r"data[_-]?card|datasheet", rel, re.I):
                    items.append(EvidenceItem("link", rel, doc.path, link.line))
                continue
            if is_dataset_link(link.url) and (DATA_WORDS_RE.search(words) or "/datasets/" in link.url):
                items.append(EvidenceItem("link", link.url, doc.path, link.line))
        items.extend(_data_sections(doc))
    return items


def _data_sections(doc: Document) -> list[EvidenceItem]:
    """A "Training data" section that names sources (not only vague words) is data information."""
    out: list[EvidenceItem] = []
    sections: dict[str, list] = {}
    for block in doc.blocks:
        if block.heading and DATA_HEADING_RE.search(block.heading) and block.kind != "heading":
            sections.setdefault(block.heading, []).append(block)
    for heading, blocks in sections.items():
        text = " ".join(b.text for b in blocks)
        if PLACEHOLDER_RE.search(text) and len(text) < 200:
            continue
        if NAMED_SOURCE_RE.search(text):
            out.append(EvidenceItem("section", heading, doc.path, blocks[0].line))
    return out


def find_placeholders(docs: list[Document]) -> list[EvidenceItem]:
    """Placeholders standing where a pointer should be, in data, code or weights contexts."""
    out: list[EvidenceItem] = []
    for doc in docs:
        if doc.role not in ("readme", "model_card", "docs", "data_card"):
            continue
        for block in doc.blocks:
            m = PLACEHOLDER_RE.search(block.text)
            if not m:
                continue
            context = f"{block.heading} {block.text}"
            if not re.search(r"data|code|train|weights?|checkpoint|paper|report|数据|代码", context, re.I):
                continue
            pos = block.position(m.start())
            out.append(EvidenceItem("text", f"{block.heading}: {m.group(0)}" if block.heading else m.group(0),
                                    doc.path, pos.line))
    return out
