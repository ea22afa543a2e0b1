"""Run every evidence finder over a repository."""

from __future__ import annotations

import re

from openwash.discovery import Repository
from openwash.documents import Document
from openwash.evidence.basemodels import find_base_models
from openwash.evidence.code import find_training_code
from openwash.evidence.data import find_placeholders, find_training_data
from openwash.evidence.licensing import find_licenses
from openwash.evidence.links import own_tokens, resolve_relative
from openwash.evidence.release import decide
from openwash.evidence.types import Evidence, EvidenceItem
from openwash.evidence.weights import find_weights


def _own_names(repo: Repository, docs: list[Document]) -> frozenset[str]:
    names = set(own_tokens(repo))
    for doc in docs:
        if doc.role == "readme" and "/" not in doc.path:
            for block in doc.blocks[:15]:
                if block.kind == "heading" and block.heading_level == 1:
                    title = block.text.split(":")[0].strip().lower()
                    if 0 < len(title) <= 40:
                        names.add(title)
                        names.update(t for t in re.split(r"[-_. ]+", title) if len(t) >= 2)
                    break
    return frozenset(names)


def collect(repo: Repository, docs: list[Document]) -> Evidence:
    own = _own_names(repo, docs)
    bases = find_base_models(docs, own)
    is_finetune = any(b.license_id or b.data_open is not None for b in bases) or any(
        d.front_matter is not None and d.front_matter.get_list("base_model") for d in docs)
    training_code, downstream = find_training_code(repo, docs, is_finetune=is_finetune)
    evidence = Evidence(
        training_code=training_code,
        training_data=find_training_data(repo, docs),
        weights=find_weights(repo, docs),
        placeholders=find_placeholders(docs),
        licenses=find_licenses(docs, repo),
        base_models=bases,
        downstream_code=downstream,
        is_finetune=is_finetune,
        gated=repo.gated,
    )
    evidence.broken_links = _broken_links(repo, docs)
    evidence.is_model_release, evidence.model_release_reason = decide(repo, evidence, docs, own)
    return evidence


def _broken_links(repo: Repository, docs: list[Document]) -> list[EvidenceItem]:
    """Relative links in prose that point to paths not in the repository (never evidence)."""
    out: list[EvidenceItem] = []
    for doc in docs:
        if doc.role not in ("readme", "model_card", "docs", "data_card"):
            continue
        for link in doc.links[:3000]:
            if link.source == "image" or link.url.startswith("#"):
                continue
            rel = resolve_relative(repo, doc.path, link.url)
            if rel is not None and not repo.exists(rel):
                out.append(EvidenceItem("link", link.url, doc.path, link.line))
                if len(out) >= 40:
                    return out
    return out
