"""Weights evidence: model-hub links, release downloads, weight files in the tree, and the model card of a
hub repository (which ships beside its weights)."""

from __future__ import annotations

import re

from openwash import lazyre
from openwash.discovery import Repository
from openwash.documents import Document
from openwash.evidence.links import WEIGHT_FILE_RE, candidate_paths, hub_model, is_url, link_words
from openwash.evidence.types import EvidenceItem
from openwash.vocabulary import MODEL_PROSE_ROLES

MAX_ITEMS = 40
# (read in link_words, which are lower-cased: no IGNORECASE, whose compiling costs a hook run more)
WEIGHT_WORDS_RE = lazyre.compile(r"\b(?:weights?|checkpoints?|download\w*|models?|hugging ?face|hf|🤗|release[sd]?|"
                             r"base|instruct|chat|ckpt)\b|权重|模型|下载")
EXCLUDED_PATH_RE = lazyre.compile(r"(?:^|/)(?:tests?|test_fixtures|fixtures|testdata|test_data|examples?|assets|docs?|"
                              r"node_modules|third_party|vendor)/|(?:^|/)(?:tokenizer|vocab|merges|"
                              r"training_args|optimizer|scheduler|rng_state)[^/]*$", re.I)
_WEIGHT_KEYS = (".safetensors", ".bin", ".gguf", ".ggml", ".pt", ".ckpt", ".h5", ".onnx", ".msgpack", ".npz",
                ".pdparams", ".tflite", ".mlmodel", ".keras")
# '.bin' is any binary file (a protocol payload a Go test reads, 'otlp-payload.bin'): weights only where the path says
# a model is in it ('pytorch_model.bin', 'adapter_model.bin', 'ggml-model-q4_0.bin', 'checkpoints/step-1000.bin')
BIN_WEIGHTS_PATH_RE = lazyre.compile(r"model|weight|ckpt|checkpoint|ggml|adapter|pytorch|consolidated|lora|shard", re.I)
DOWNLOAD_RE = lazyre.compile(r"^magnet:\?|\.torrent(?:\?|$)|/releases/download/", re.I)


def find_weights(repo: Repository, docs: list[Document]) -> list[EvidenceItem]:
    items: list[EvidenceItem] = []
    seen: set[str] = set()

    def add(item: EvidenceItem) -> None:
        if item.value not in seen and len(items) < MAX_ITEMS:
            seen.add(item.value)
            items.append(item)

    for path in candidate_paths(repo.paths, _WEIGHT_KEYS):
        if WEIGHT_FILE_RE.search(path) and not EXCLUDED_PATH_RE.search(path) \
                and (not path.lower().endswith(".bin") or BIN_WEIGHTS_PATH_RE.search(path)):
            add(EvidenceItem("path", path, path, 0))
            if len(items) >= 10:
                break
    for doc in docs:
        if doc.role not in MODEL_PROSE_ROLES:
            continue
        for link in doc.links[:3000]:
            url = link.url
            if link.source == "image":
                continue
            if hub_model(url) is not None:
                # (a link to a model on the Hub is a pointer to weights, whatever words are around it)
                add(EvidenceItem("link", url, doc.path, link.line))
            elif (DOWNLOAD_RE.search(url) or (is_url(url) and WEIGHT_FILE_RE.search(url.split("?")[0]))) \
                    and WEIGHT_WORDS_RE.search(link_words(link)):
                add(EvidenceItem("download", url, doc.path, link.line))
    return items


def own_hub_links(items: list[EvidenceItem], tokens: set[str]) -> list[EvidenceItem]:
    """Hub links whose organization or model name is this repository's own (owner or name tokens)."""
    out = []
    for item in items:
        if item.kind != "link":
            continue
        hm = hub_model(item.value)
        if hm is None:
            continue
        org, model = hm
        model_tokens = set(re.split(r"[-_. ]+", model))
        if org in tokens or any(t in tokens for t in model_tokens if len(t) >= 3) or \
                any(t in model for t in tokens if len(t) >= 4):
            out.append(item)
    return out
