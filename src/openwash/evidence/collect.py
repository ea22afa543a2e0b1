"""Run every evidence finder over a repository."""

from __future__ import annotations

from openwash.discovery import Repository
from openwash.documents import Document
from openwash.evidence.basemodels import find_base_models
from openwash.evidence.code import find_training_code
from openwash.evidence.data import find_placeholders, find_training_data
from openwash.evidence.licensing import find_licenses
from openwash.evidence.release import decide
from openwash.evidence.types import Evidence
from openwash.evidence.weights import find_weights


def collect(repo: Repository, docs: list[Document]) -> Evidence:
    evidence = Evidence(
        training_code=find_training_code(repo, docs),
        training_data=find_training_data(repo, docs),
        weights=find_weights(repo, docs),
        placeholders=find_placeholders(docs),
        licenses=find_licenses(docs),
        base_models=find_base_models(docs),
    )
    evidence.is_model_release, evidence.model_release_reason = decide(evidence, docs)
    return evidence
