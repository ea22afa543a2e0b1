"""Base models a fine-tune names (card metadata or text), looked up in a small table of well-known bases."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from openwash import lazyre
from openwash.documents import Document
from openwash.evidence.types import BaseModel

# "fine-tuned from X", "based on X", "initialized with X weights", "delta weights ... X".
FINETUNE_OF_RE = lazyre.compile(
    r"\b(?:fine-?tuned|finetuned|instruction-?tuned|further (?:pre-?)?trained|continued pre-?training|"
    r"initiali[sz]ed|built|derived|adapted|distilled)\s+(?:version\s+)?(?:from|on top of|of|on|with|upon)\s+"
    r"(?:the\s+|a\s+)?(?:weights of\s+)?(?P<a>[^.;:,()]{2,60})|"
    r"\b(?:is|are|was|were)\s+based\s+on\s+(?:the\s+)?(?P<b>[^.;:,()]{2,60})|"
    r"\bbase(?:d)?[ _]model\s*[:=]\s*(?P<c>\S{2,80})",
    re.I,
)


# "based on the Llama architecture", "a reproduction of LLaMA", "trained from scratch": not a fine-tune.
NOT_A_BASE_RE = lazyre.compile(r"\barchitecture\b|\btokeni[sz]er\b|\bdesign\b|\bstructure\b|\breproduc\w*|"
                           r"\bre-?implement\w*|\bfrom scratch\b|\bcompar\w+|\boutperform\w*|\bsame (?:size|recipe)\b",
                           re.I)
_FINETUNE_KEYS = ("tuned", "trained", "pre-train", "pretrain", "initiali", "built", "derived", "adapted", "distilled",
                  "based on", "base_model", "base model", "based model")
_COMMON = frozenset({"gpt", "llm", "model", "models", "chat", "the", "base", "instruct"})


@lru_cache(maxsize=1)
def table() -> list[dict]:
    import yaml

    text = resources.files("openwash.data").joinpath("base_models.yml").read_text(encoding="utf-8")
    bases = list(yaml.safe_load(text)["bases"])
    for entry in bases:
        entry["_re"] = [re.compile(p, re.I) for p in entry["match"]]
    return bases


def lookup(name: str) -> dict | None:
    low = name.lower().strip()
    for entry in table():
        if any(p.search(low) for p in entry["_re"]):
            return entry
    return None


def _base(name: str, file: str, line: int, own: frozenset[str]) -> BaseModel | None:
    entry = lookup(name)
    if entry is None:
        return None
    entry_tokens = {t for t in re.split(r"[^a-z0-9]+", entry["name"].lower()) if len(t) >= 2 and t not in _COMMON
                    and not re.fullmatch(r"\d+b?", t)}
    if any(p.search(o) for o in own if o for p in entry["_re"]) or entry_tokens & set(own):
        return None  # the repository's own earlier model, not someone else's base
    return BaseModel(name=entry["name"], file=file, line=line, license_id=entry["license"],
                     license_category=entry["category"], data_open=entry.get("data_open"),
                     note=entry.get("source", ""))


def find_base_models(docs: list[Document], own: frozenset[str] = frozenset()) -> list[BaseModel]:
    out: list[BaseModel] = []
    seen: set[str] = set()
    for doc in docs:
        fm = doc.front_matter
        if fm is not None:
            for i, name in enumerate(fm.get_list("base_model")):
                line = fm.lines.get(f"base_model[{i}]", fm.line_of("base_model"))
                base = _base(name, doc.path, line, own)
                if base is None:
                    base = BaseModel(name=name, file=doc.path, line=line)
                if base.name not in seen:
                    seen.add(base.name)
                    out.append(base)
        if doc.role not in ("readme", "model_card"):
            continue
        for block in doc.blocks[:400]:
            if block.kind == "heading":
                continue
            low = block.text[:3000].lower()
            if not any(k in low for k in _FINETUNE_KEYS):
                continue
            for m in FINETUNE_OF_RE.finditer(block.text[:3000]):
                phrase = m.group("a") or m.group("b") or m.group("c") or ""
                window = block.text[max(0, m.start() - 120):m.end() + 60]
                if NOT_A_BASE_RE.search(phrase) or NOT_A_BASE_RE.search(window):
                    continue
                base = _base(phrase, doc.path, block.position(m.start()).line, own)
                if base is not None and base.name not in seen:
                    seen.add(base.name)
                    out.append(base)
            if len(out) >= 10:
                return out
    return out
