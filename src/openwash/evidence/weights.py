"""Weights evidence: links to model hubs and release downloads, and weight files in the tree."""

from __future__ import annotations

import re

from openwash.discovery import Repository
from openwash.documents import Document
from openwash.evidence.links import is_model_hub_link, link_words
from openwash.evidence.types import EvidenceItem

WEIGHT_FILE_RE = re.compile(r"\.(?:safetensors|bin|gguf|pt|pth|ckpt|h5|onnx|msgpack|npz)$", re.I)
WEIGHT_WORDS_RE = re.compile(r"\b(?:weights?|checkpoints?|download|model|models|hugging ?face|🤗)\b|权重|模型",
                             re.I)


def find_weights(repo: Repository, docs: list[Document]) -> list[EvidenceItem]:
    items: list[EvidenceItem] = []
    for path in repo.paths:
        if WEIGHT_FILE_RE.search(path) and not re.search(r"(?:^|/)(?:tests?|fixtures?)/", path, re.I):
            items.append(EvidenceItem("path", path, path, 0))
            if len(items) >= 20:
                break
    for doc in docs:
        if doc.role not in ("readme", "model_card", "docs"):
            continue
        for link in doc.links:
            if is_model_hub_link(link.url) and WEIGHT_WORDS_RE.search(link_words(link) + " model"):
                items.append(EvidenceItem("link", link.url, doc.path, link.line))
    return items
