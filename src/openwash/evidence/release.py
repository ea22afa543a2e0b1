"""Is this repository a release of an ML model, or plain software / a training framework?"""

from __future__ import annotations

import re

from openwash.documents import Document
from openwash.evidence.types import Evidence

MODEL_TEXT_RE = re.compile(
    r"\b(?:we (?:release|open-?source|present|introduce)|model weights|checkpoints?|"
    r"(?:language|foundation|diffusion|chat|base|instruct(?:ion)?) models?|llms?|"
    r"(?:\d+(?:\.\d+)?[bm])[- ]parameters?|parameters?)\b|模型|权重",
    re.I,
)


# Front-matter keys that make a Markdown file a Hugging Face model card.
CARD_KEYS = ("pipeline_tag", "base_model", "library_name", "model-index", "datasets", "license", "license_name")


def decide(evidence: Evidence, docs: list[Document]) -> tuple[bool, str]:
    for doc in docs:
        if doc.role == "model_card":
            return True, f"model card {doc.path}"
        fm = doc.front_matter
        if fm is not None and any(k in fm.data for k in CARD_KEYS):
            return True, f"model card metadata in {doc.path}"
    weight_files = [e for e in evidence.weights if e.kind == "path"]
    if weight_files:
        return True, f"weight files in the tree ({weight_files[0].value})"
    hub_links = [e for e in evidence.weights if e.kind == "link"]
    text = " ".join(b.text for d in docs if d.role == "readme" for b in d.blocks[:200])
    if hub_links and len(MODEL_TEXT_RE.findall(text)) >= 3:
        return True, f"links to released weights ({hub_links[0].value})"
    return False, "no model card, weight files or weight downloads"
