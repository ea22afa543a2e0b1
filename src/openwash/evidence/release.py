"""Is this repository a release of an ML model, or plain software / a training framework?

A model card (Hugging Face front matter, MODEL_CARD files), weight files in the tree, links to the
repository's *own* weights on a model hub, or a README that presents its own models and points to their
weights make a model release.  Links to other people's models (a framework listing the models it supports)
and the words "model" or "checkpoint" alone do not.
"""

from __future__ import annotations

import re

from openwash import lazyre
from openwash.discovery import Repository
from openwash.documents import Document
from openwash.evidence.data import is_dataset_card
from openwash.evidence.links import own_tokens
from openwash.evidence.types import Evidence
from openwash.evidence.weights import own_hub_links

# Front-matter keys that make a Markdown file a Hugging Face model card.
CARD_KEYS = ("pipeline_tag", "base_model", "library_name", "model-index", "license_name", "model_name", "inference")
RELEASE_TEXT_RE = lazyre.compile(
    r"\b(?:we|are)\s+(?:release|releasing|open-?sourc\w*|publish\w*|make available|introduce|present)\w*\b[^.]{0,120}"
    r"\b(?:models?|weights|checkpoints|llms?)\b|"
    r"\bis (?:a|an) (?:family|series|suite|collection) of\b[^.]{0,80}\b(?:models?|llms?)\b|"
    r"\b(?:pre-?trained|released|model|open) (?:model )?(?:weights|checkpoints)\b|"
    r"\bdownload (?:the )?(?:model )?(?:weights|checkpoints)\b|"
    r"\b(?:weights|checkpoints) (?:are|is) (?:available|released|hosted)\b|"
    r"发布|开源了?[^。]{0,40}模型|模型权重",
    re.I,
)
MAX_BLOCKS = 400


README_CARD_KEYS = ("license", "datasets", "tags", "language", "metrics", "widget", "model_type")


def decide(repo: Repository, evidence: Evidence, docs: list[Document],
           own: frozenset[str] | set[str] = frozenset()) -> tuple[bool, str]:
    for doc in docs:
        if doc.role == "model_card" and not is_dataset_card(doc):
            fm = doc.front_matter
            if fm is None or any(k in fm.data for k in (*CARD_KEYS, "license", "tags", "datasets")) or "/" not in doc.path:
                return True, f"model card {doc.path}"
        fm = doc.front_matter
        if fm is not None and not is_dataset_card(doc) and (
                any(k in fm.data for k in CARD_KEYS) or
                (doc.role == "readme" and any(k in fm.data for k in README_CARD_KEYS))):
            return True, f"model card metadata in {doc.path}"
    weight_files = [e for e in evidence.weights if e.kind == "path"]
    if weight_files:
        return True, f"weight files in the tree ({weight_files[0].value})"
    own = own_hub_links(evidence.weights, own_tokens(repo) | {t for t in own if len(t) >= 3})
    if own:
        return True, f"links to its own released weights ({own[0].value})"
    downloads = [e for e in evidence.weights if e.kind == "download"]
    signals = []
    for doc in docs:
        if doc.role != "readme" or "/" in doc.path:
            continue
        for block in doc.blocks[:MAX_BLOCKS]:
            m = RELEASE_TEXT_RE.search(block.text)
            if m and m.group(0).lower() not in {s.lower() for s in signals}:
                signals.append(m.group(0))
    if downloads and signals:
        return True, f"weight downloads ({downloads[0].value})"
    if len(signals) >= 2:
        return True, f"the README presents released models ({signals[0][:60]!r})"
    return False, "no model card, weight files or downloads of its own weights"
