"""Training-code evidence: training entry points in the tree, and links to training code."""

from __future__ import annotations

import re

from openwash.discovery import Repository
from openwash.documents import Document
from openwash.evidence.links import is_code_host, is_url, link_words, own_repo_path, resolve_relative
from openwash.evidence.types import EvidenceItem

# Files and directories that hold training code.  Tests, docs and examples of *using* a model do not.
TRAINING_PATH_RE = re.compile(
    r"(?:^|/)(?:"
    r"(?:pre)?train(?:ing)?(?:_[a-z0-9_]+)?\.(?:py|sh|ipynb)"
    r"|(?:run_|launch_|start_)?(?:pre)?train[a-z0-9_-]*\.(?:py|sh)"
    r"|fine_?tun(?:e|ing)[a-z0-9_-]*\.(?:py|sh)|finetune[a-z0-9_-]*\.(?:py|sh)|sft[a-z0-9_-]*\.(?:py|sh)"
    r"|(?:pre)?train(?:ing)?/[^/]+\.(?:py|sh|ya?ml|json)"
    r"|recipes?/[^/]+\.(?:py|sh|ya?ml)"
    r"|configs?/(?:[^/]+/)*[^/]*(?:train|pretrain|sft)[^/]*\.(?:ya?ml|json)"
    r")$",
    re.I,
)
EXCLUDED_DIR_RE = re.compile(r"(?:^|/)(?:tests?|docs?|examples?/inference|third_party|vendor)/", re.I)
TRAINING_WORDS_RE = re.compile(
    r"\b(?:train(?:ing|ed)?|pre-?train(?:ing)?|fine-?tun(?:e|ing|ed)|sft|recipes?|reproduc(?:e|ing|tion)|"
    r"training (?:code|scripts?|configs?))\b|训练|微调",
    re.I,
)
INFERENCE_ONLY_RE = re.compile(r"\b(?:inference|demo|serving|quantiz|deploy|chat ui|load(?:ing)? the weights)\b",
                               re.I)
TRAINING_COMMAND_RE = re.compile(
    r"(?:^|\s|/)(?:(?:pre)?train[a-z0-9_]*\.py|finetune[a-z0-9_]*\.py|sft[a-z0-9_]*\.py)\b|"
    r"\b(?:torchrun|deepspeed|accelerate launch|composer)\b[^\n]*\btrain",
    re.I,
)


def find_training_code(repo: Repository, docs: list[Document]) -> list[EvidenceItem]:
    items: list[EvidenceItem] = []
    seen: set[str] = set()
    for path in repo.paths:
        if TRAINING_PATH_RE.search(path) and not EXCLUDED_DIR_RE.search(path):
            items.append(EvidenceItem("path", path, path, 0))
            seen.add(path)
            if len(items) >= 20:
                break
    for doc in docs:
        if doc.role not in ("readme", "model_card", "docs", "data_card"):
            continue
        for link in doc.links:
            words = link_words(link)
            if not TRAINING_WORDS_RE.search(words):
                continue
            anchor = f"{link.text} {link.heading}".lower()
            if INFERENCE_ONLY_RE.search(anchor) and not TRAINING_WORDS_RE.search(link.text):
                continue
            target = link.url
            rel = resolve_relative(repo, doc.path, target) or own_repo_path(target, repo.name)
            if rel is not None:
                if repo.exists(rel) and rel not in seen:
                    items.append(EvidenceItem("link", rel, doc.path, link.line))
                    seen.add(rel)
                continue
            if is_url(target) and is_code_host(target) and TRAINING_WORDS_RE.search(f"{link.text} {link.context}"):
                items.append(EvidenceItem("link", target, doc.path, link.line))
        for line, _info, content in doc.code_blocks:
            m = TRAINING_COMMAND_RE.search(content)
            if m:
                items.append(EvidenceItem("code_block", m.group(0).strip(), doc.path, line))
    return items
