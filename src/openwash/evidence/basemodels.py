"""Base models a release derives from (card metadata or text), looked up in a small table of well-known bases.

Lineage is read from the model card: ``base_model`` (a string or a list) and ``base_model_relation``
(``adapter``, ``merge``, ``quantized``, ``finetune``; a list of several bases without a relation is a merge),
and from text ("fine-tuned from X", "based on X").

A base is never taken for the repository's own model because the fine-tune's name contains it (most
fine-tunes are named after their base).  It is the repository's own only when the repository releases that
base itself: its weights link is in this repository (a hub link to exactly that model, or weights hosted by
the organization that publishes the base), or the repository belongs to that organization.
"""

from __future__ import annotations

import re
from functools import lru_cache

from openwash import datatables, lazyre, licenses
from openwash.discovery import Repository
from openwash.documents import Document, lower_keeping_offsets
from openwash.evidence.links import hub_model, own_tokens
from openwash.evidence.types import BaseModel, EvidenceItem
from openwash.vocabulary import CARD_ROLES

# "fine-tuned from X", "based on X", "initialized with X weights", "delta weights ... X".
FINETUNE_OF_RE = lazyre.compile(
    r"\b(?:fine-?tuned|finetuned|instruction-?tuned|further (?:pre-?)?trained|continued pre-?training|"
    r"initiali[sz]ed|built|derived|adapted|distilled)\s+(?:version\s+)?(?:from|on top of|of|on|with|upon)\s+"
    r"(?:the\s+|a\s+)?(?:weights of\s+)?(?P<a>[^.;:,()]{2,60})|"
    r"\b(?:is|are|was|were)\s+based\s+on\s+(?:the\s+)?(?P<b>[^.;:,()]{2,60})|"
    r"\bbase(?:d)?[ _]model\s*[:=]\s*(?P<c>\S{2,80})",
    by_alternative=True,  # (read in lower-cased text: IGNORECASE would cost every hook run more to compile)
)


# "based on the Llama architecture", "a reproduction of LLaMA", "trained from scratch": not a fine-tune.
NOT_A_BASE_RE = lazyre.compile(r"\barchitecture\b|\btokeni[sz]er\b|\bdesign\b|\bstructure\b|\breproduc\w*|"
                           r"\bre-?implement\w*|\bfrom scratch\b|\bcompar\w+|\boutperform\w*|\bsame (?:size|recipe)\b")
# A link that names the base ("Base model: [X](...)", "fine-tuned from [X](...)") is not this release's weights.
BASE_LINK_RE = lazyre.compile(r"\bbase(?:d)?(?:[ _-]?model)?\b|\bfine-?tuned\b|\bfinetuned\b|\bderived\b|"
                              r"\binitiali[sz]ed\b|\bparent\b|\boriginal model\b|\bupstream\b", re.I)
_FINETUNE_KEYS = ("tuned", "trained", "pre-train", "pretrain", "initiali", "built", "derived", "adapted", "distilled",
                  "based on", "base_model", "base model", "based model")
RELATIONS = ("finetune", "adapter", "merge", "quantized")


@lru_cache(maxsize=1)
def table() -> list[dict]:
    bases = list(datatables.load("base_models.yml")["bases"])
    for entry in bases:
        entry["_re"] = [re.compile(p, re.I) for p in entry["match"]]
        entry["_orgs"] = {str(o).lower() for o in entry.get("orgs", []) or []}
    return bases


def lookup(name: str) -> dict | None:
    low = name.lower().strip()
    for entry in table():
        if any(p.search(low) for p in entry["_re"]):
            return entry
    return None


def released_models(repo: Repository | None, docs: list[Document], weights: list[EvidenceItem]
                    ) -> tuple[set[str], set[str]]:
    """(hub ids "org/model", organizations) of the weights this repository itself releases.

    Those are the hub links to models of the repository's own organization (its owner, or a hub organization
    named like it: QwenLM publishes as Qwen), and the model cards in its tree (a folder per model).  Links
    that name a base ("Base model: [X](...)") or go to another organization's models (the bases a family of
    distilled models was fine-tuned from) are not this repository's release."""
    by_path = {d.path: d for d in docs}
    ids: set[str] = set()
    orgs: set[str] = set()
    tokens = own_tokens(repo) if repo is not None else set()
    if repo is not None and repo.owner:
        tokens.add(repo.owner.lower())
    for doc in docs:
        if doc.role == "model_card" and "/" in doc.path:
            ids.add("*/" + doc.path.rsplit("/", 2)[-2].lower())
    for item in weights:
        if item.kind != "link":
            continue
        hm = hub_model(item.value)
        if hm is None or not hm[0]:
            continue
        doc = by_path.get(item.file)
        line = doc.lines[item.line - 1] if doc is not None and 0 < item.line <= len(doc.lines) else ""
        if BASE_LINK_RE.search(line) or hm[0] not in tokens:
            continue
        ids.add(f"{hm[0]}/{hm[1]}")
        orgs.add(hm[0])
    if repo is not None and repo.owner:
        orgs.add(repo.owner.lower())
    return ids, orgs


def _is_own(declared: str, entry: dict | None, released_ids: set[str], released_orgs: set[str]) -> bool:
    low = declared.lower().strip()
    m = re.match(r"^(?:https?://(?:www\.)?huggingface\.co/)?([\w.-]+)/([\w.-]+)$", low)
    if m:
        org = m.group(1)
        return (f"{org}/{m.group(2)}" in released_ids or f"*/{m.group(2)}" in released_ids
                or org in released_orgs)
    return entry is not None and bool(entry["_orgs"] & released_orgs)


def _base(declared: str, file: str, line: int, relation: str, entry: dict | None) -> BaseModel:
    if entry is None:
        return BaseModel(name=declared, file=file, line=line, declared=declared, relation=relation)

    lic = licenses.lookup(entry["license"])
    return BaseModel(name=entry["name"], file=file, line=line, license_id=entry["license"],
                     license_category=entry["category"], data_open=entry.get("data_open"),
                     note=entry.get("source", ""), declared=declared, relation=relation, license_name=lic.name)


def _relation(doc: Document, count: int) -> str:
    fm = doc.front_matter
    value = (fm.get_str("base_model_relation") or "").strip().lower() if fm is not None else ""
    value = {"fine-tune": "finetune", "fine_tune": "finetune", "quantization": "quantized", "quantised": "quantized",
             "lora": "adapter", "peft": "adapter"}.get(value, value)
    if value in RELATIONS:
        return value
    return "merge" if count > 1 else "finetune"


def find_base_models(docs: list[Document], own: frozenset[str] = frozenset(), *, repo: Repository | None = None,
                     weights: list[EvidenceItem] | None = None) -> list[BaseModel]:
    """Bases this release derives from; those the repository releases itself are left out.

    ``own`` is accepted for compatibility and no longer used: a name is not a release."""
    del own
    released_ids, released_orgs = released_models(repo, docs, weights or [])
    out: list[BaseModel] = []
    seen: set[str] = set()

    def add(base: BaseModel) -> None:
        key = base.declared.lower() if not base.license_id else base.name
        if key not in seen:
            seen.add(key)
            out.append(base)

    for doc in docs:
        fm = doc.front_matter
        if fm is not None:
            names = fm.get_list("base_model")
            relation = _relation(doc, len(names))
            for i, name in enumerate(names):
                line = fm.lines.get(f"base_model[{i}]", fm.line_of("base_model"))
                entry = lookup(name)
                if _is_own(name, entry, released_ids, released_orgs):
                    continue
                add(_base(name, doc.path, line, relation, entry))
        if doc.role not in CARD_ROLES:
            continue
        for block in doc.blocks[:400]:
            if block.kind == "heading":
                continue
            text = block.text[:3000]
            low = lower_keeping_offsets(text)  # (the names' offsets are read back in the text)
            if not any(k in low for k in _FINETUNE_KEYS):
                continue
            for m in FINETUNE_OF_RE.finditer(low):
                named = next((g for g in ("a", "b", "c") if m.group(g)), "")
                phrase = text[m.start(named):m.end(named)] if named else ""
                if NOT_A_BASE_RE.search(phrase.lower()) or NOT_A_BASE_RE.search(low[max(0, m.start() - 120):m.end() + 60]):
                    continue
                entry = lookup(phrase)
                if entry is None or _is_own(phrase.strip(), entry, released_ids, released_orgs):
                    continue
                declared = phrase.strip() if re.match(r"^\s*[\w.-]+/[\w.-]+\s*$", phrase) else entry["name"]
                add(_base(declared, doc.path, block.position(m.start()).line, "finetune", entry))
            if len(out) >= 10:
                return out
    return out

