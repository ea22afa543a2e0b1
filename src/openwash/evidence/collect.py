"""Run every evidence finder over a repository."""

from __future__ import annotations

import re

from openwash import ownnames
from openwash.discovery import Repository
from openwash.documents import Document
from openwash.evidence.access import find_gates
from openwash.evidence.basemodels import find_base_models
from openwash.evidence.code import find_training_code
from openwash.evidence.data import find_placeholders, find_training_data
from openwash.evidence.licensing import find_licenses
from openwash.evidence.links import own_tokens, resolve_relative
from openwash.evidence.release import decide
from openwash.evidence.types import Evidence, EvidenceItem
from openwash.evidence.weights import find_weights
from openwash.vocabulary import PROSE_ROLES


def _own_names(repo: Repository, docs: list[Document]) -> frozenset[str]:
    """The repository's own names as the evidence finders match them: the owner and name tokens that links
    and base-model entries are compared with, and every name :mod:`openwash.ownnames` derives (the same names
    the claim judgement uses), folded."""
    return frozenset(own_tokens(repo)) | ownnames.derive(repo.name, repo.owner, docs).as_set()


def hub_gate(repo: Repository) -> list[EvidenceItem]:
    """The Hugging Face Hub's own word that the weights are gated ('auto' or 'manual' approval)."""
    if repo.gated in ("auto", "manual"):
        return [EvidenceItem("metadata", f"the Hub gates this model ({repo.gated} approval)", "", 0)]
    return []


def collect(repo: Repository, docs: list[Document], side_pages: list[Document] | None = None) -> Evidence:
    """The evidence of ``repo`` from its judged documents ``docs`` and, for the training code and data
    pointers only, its side pages (:data:`openwash.vocabulary.SIDE_PAGE`)."""
    prose = [*docs, *(side_pages or ())]
    own = _own_names(repo, docs)
    weights = find_weights(repo, docs)
    bases = find_base_models(docs, own, repo=repo, weights=weights)
    is_finetune = any(b.license_id or b.data_open is not None for b in bases) or any(
        d.front_matter is not None and d.front_matter.get_list("base_model") for d in docs)
    names = set(own)
    for b in bases:
        names.update(t for t in re.split(r"[^a-z0-9]+", b.name.lower()) if len(t) >= 3)
        names.update(re.split(r"[/\s]+", b.declared.lower()))
    training_code, downstream, not_counted = find_training_code(repo, prose, is_finetune=is_finetune,
                                                                names=frozenset(n for n in names if n))
    evidence = Evidence(
        training_code=training_code,
        training_data=find_training_data(repo, prose),
        weights=weights,
        placeholders=find_placeholders(docs),
        licenses=find_licenses(docs, repo),
        base_models=bases,
        downstream_code=downstream,
        is_finetune=is_finetune,
        gates=find_gates(docs) + hub_gate(repo),
        not_counted=[EvidenceItem(i.kind, f"{i.value} (framework only, no configuration for this model)", i.file,
                                  i.line) for i in not_counted],
        gated=repo.gated,
    )
    _inherit_from_base(evidence)
    evidence.broken_links = _broken_links(repo, docs)
    evidence.is_model_release, evidence.model_release_reason = decide(repo, evidence, docs, own)
    return evidence


def _inherit_from_base(evidence: Evidence) -> None:
    """A quantized copy or an adapter inherits its base's openness entirely: when every base it is a copy of is
    open (license and data), the base's training code and data are its own."""
    copies = [b for b in evidence.base_models if b.relation in ("quantized", "adapter")]
    if not copies or not all(b.data_open is True and b.license_category in ("osi", "open-data") for b in copies):
        return
    for b in copies:
        item = EvidenceItem("base", f"{b.label}: {b.relation} copy of an open base, inherits its training code "
                                    f"and data", b.file, b.line)
        if not evidence.training_code:
            evidence.training_code.append(item)
        if not evidence.training_data:
            evidence.training_data.append(item)


def _broken_links(repo: Repository, docs: list[Document]) -> list[EvidenceItem]:
    """Relative links in prose that point to paths not in the repository (never evidence)."""
    out: list[EvidenceItem] = []
    for doc in docs:
        if doc.role not in PROSE_ROLES:
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
