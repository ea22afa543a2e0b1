"""Base models a fine-tune names, looked up in a small table of well-known bases."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from openwash.documents import Document
from openwash.evidence.types import BaseModel


@lru_cache(maxsize=1)
def table() -> list[dict]:
    text = resources.files("openwash.data").joinpath("base_models.yml").read_text(encoding="utf-8")
    return list(yaml.safe_load(text)["bases"])


def lookup(name: str) -> dict | None:
    low = name.lower().strip()
    for entry in table():
        if any(re.search(p, low) for p in entry["match"]):
            return entry
    return None


def find_base_models(docs: list[Document]) -> list[BaseModel]:
    out: list[BaseModel] = []
    for doc in docs:
        fm = doc.front_matter
        if fm is None:
            continue
        for i, name in enumerate(fm.get_list("base_model")):
            entry = lookup(name)
            line = fm.lines.get(f"base_model[{i}]", fm.line_of("base_model"))
            if entry:
                out.append(BaseModel(name=name, file=doc.path, line=line, license_id=entry["license"],
                                     license_category=entry["category"], data_open=entry.get("data_open"),
                                     note=entry.get("source", "")))
            else:
                out.append(BaseModel(name=name, file=doc.path, line=line))
    return out
