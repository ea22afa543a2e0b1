"""OSAI: an entry of the European Open Source AI Index (osai-index.eu), in the index's YAML format.

Twelve parameters, each ``{class: open|partial|closed, link, notes}`` (definitions: Liesenfeld & Dingemanse,
FAccT 2024; the index data is CC-BY 4.0).  openwash fills them from the evidence it can see in the repository:
what it cannot judge (how *comprehensive* documentation is) it rates from what is present and says so in the
notes.  Gated weights count as partial.  When a model card names ``base_model``, the base model's data and
weights are rated from openwash's table of well-known bases, separately from the end model's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from openwash import lazyre
from openwash.components import _PEER_REVIEWED_RE, Pointer, Release, model_card_doc
from openwash.vocabulary import DOCUMENTATION_ROLES, MODEL_PROSE_ROLES

if TYPE_CHECKING:
    from openwash.engine import Result

PARAMETERS = (
    ("availability", "datasources_basemodel", "Base Model Data"),
    ("availability", "datasources_endmodel", "End User Model Data"),
    ("availability", "weights_basemodel", "Base Model Weights"),
    ("availability", "weights_endmodel", "End User Model Weights"),
    ("availability", "trainingcode", "Training Code"),
    ("documentation", "code", "Code Documentation"),
    ("documentation", "hardware_architecture", "Hardware Architecture"),
    ("documentation", "preprint", "Preprint"),
    ("documentation", "paper", "Paper"),
    ("documentation", "modelcard", "Modelcard"),
    ("documentation", "datasheet", "Datasheet"),
    ("access", "licenses", "Licenses"),
)
OPEN_CATEGORIES = ("osi", "open-data")
_HARDWARE_RE = lazyre.compile(r"\b(?:[AHBVLT]\d{2,3}|MI\d{3}X?|TPU ?v?\d\w*|GPUs?|TPUs?|nodes|GPU[- ]hours|"
                              r"accelerators?|cluster|supercomputer|DGX|Gaudi\d?)\b", re.I)
_DATASHEET_HEADINGS = lazyre.compile(r"\b(?:motivation|composition|collection|pre-?processing|cleaning|labell?ing|"
                                     r"uses|distribution|maintenance|funding|personal|sensitive|licens\w+)\b", re.I)
_MODELCARD_PARTS = {
    "training": lazyre.compile(r"\btrain\w*", re.I),
    "evaluation": lazyre.compile(r"\b(?:evaluat\w*|results?|benchmarks?|performance)\b", re.I),
    "limitations": lazyre.compile(r"\b(?:limitations?|bias\w*|risks?|out-of-scope|ethical)\b", re.I),
    "uses": lazyre.compile(r"\b(?:uses?|usage|intended|how to)\b", re.I),
}


def _entry(cls: str, pointers: list[Pointer], notes: str) -> dict[str, Any]:
    links = [p.url or p.where for p in pointers if p.file or p.url]
    links = list(dict.fromkeys(links))
    link: Any = links[0] if len(links) == 1 else (links[:4] if links else None)
    return {"class": cls, "link": link, "notes": notes}


def _weights_class(release: Release, result: Result) -> dict[str, Any]:
    comp = release.component("Model parameters (Final)")
    lic = comp.license
    if comp.included == "no":
        return _entry("closed", [], "no weights pointer found")
    if release.gated is not None:
        return _entry("partial", comp.evidence[:2], f"weights are gated: download only after requesting access "
                      f"({release.gated.where}); license: {lic.name}")
    if lic.category not in OPEN_CATEGORIES:
        return _entry("partial", comp.evidence[:2], f"weights downloadable under {lic.name} ({lic.category})")
    return _entry("open", comp.evidence[:2], f"weights downloadable under {lic.name}")


def _data_class(release: Release) -> dict[str, Any]:
    comp = release.component("Datasets")
    if comp.included == "yes":
        return _entry("open", comp.evidence[:3], "training datasets named or linked: " +
                      ", ".join(p.value for p in comp.evidence[:4] if p.value))
    if comp.included == "partial":
        return _entry("partial", comp.evidence[:2], comp.reason)
    return _entry("closed", [], "no training data named, linked or documented")


def _base_entries(release: Release, result: Result) -> tuple[dict[str, Any], dict[str, Any]]:
    bases = [b for b in result.evidence.base_models]
    base = bases[0]
    where = [Pointer(base.file, base.line, base.name)]
    if base.data_open is True:
        data = _entry("open", where, f"base model {base.name}: training data open (openwash base-model table)")
    elif base.data_open is False:
        data = _entry("closed", where, f"base model {base.name}: training data not released "
                      "(openwash base-model table)")
    else:
        data = _entry("closed", where, f"base model {base.name}: training data not known to openwash")
    if base.license_category in OPEN_CATEGORIES:
        weights = _entry("open", where, f"base model {base.name} weights under {base.license_id}")
    elif base.license_id:
        weights = _entry("partial", where, f"base model {base.name} weights under {base.license_id} "
                         f"({base.license_category})")
    else:
        weights = _entry("partial", where, f"base model {base.name}: weights and license not checked by openwash")
    return data, weights


def _has_base_model(result: Result) -> bool:
    return any(d.front_matter is not None and d.front_matter.get_list("base_model") for d in result.docs) and \
        bool(result.evidence.base_models)


def entry(release: Release, result: Result) -> dict[str, Any]:
    """The index entry (a dict in the index's YAML layout)."""
    end_data = _data_class(release)
    end_weights = _weights_class(release, result)
    split = _has_base_model(result)
    if split:
        base_data, base_weights = _base_entries(release, result)
    else:
        base_data, base_weights = dict(end_data), dict(end_weights)
    params: dict[str, dict[str, Any]] = {
        "datasources_basemodel": base_data, "datasources_endmodel": end_data,
        "weights_basemodel": base_weights, "weights_endmodel": end_weights,
    }
    train = release.component("Training code")
    if train.included == "yes":
        params["trainingcode"] = _entry("open", train.evidence[:2], "training code in the tree or linked")
    elif train.included == "partial":
        params["trainingcode"] = _entry("partial", train.evidence[:2], train.reason)
    else:
        params["trainingcode"] = _entry("closed", [], "no training code found")
    params["code"] = _code_docs(release, result)
    params["hardware_architecture"] = _hardware(release, result)
    paper = release.component("Research paper")
    report = release.component("Technical report")
    preprints = [p for p in paper.evidence if re.search(r"arxiv\.org|biorxiv|ssrn|preprint", p.value, re.I)]
    if preprints:
        params["preprint"] = _entry("open", preprints[:2], "preprint linked")
    elif report.included == "yes":
        params["preprint"] = _entry("partial", report.evidence[:2], "a technical report, not an archived preprint")
    else:
        params["preprint"] = _entry("closed", [], "no preprint linked")

    reviewed = [p for p in paper.evidence if _PEER_REVIEWED_RE.search(p.value)]
    params["paper"] = _entry("open", reviewed[:2], "peer-reviewed publication linked") if reviewed else \
        _entry("closed", [], "no peer-reviewed publication linked")
    params["modelcard"] = _modelcard(result)
    card_comp = release.component("Model card")
    if params["modelcard"]["class"] == "closed" and card_comp.included == "partial":
        params["modelcard"] = _entry("partial", card_comp.evidence[:1], card_comp.reason)
    params["datasheet"] = _datasheet(release, result)
    params["licenses"] = _licenses(release, result)
    card = model_card_doc(result)
    out: dict[str, Any] = {
        "system": {
            "name": release.name,
            "link": (release.weights_urls[0].value if release.weights_urls else ""),
            "type": _type(release),
            "basemodelname": release.base_models[0].value if split else release.name,
            "endmodelname": release.name,
            "endmodellicense": release.component("Model parameters (Final)").license.id or "unknown",
            "releasedate": "",
            "notes": f"generated by openwash from {card.path if card else result.repo.name}",
        },
        "org": {"name": release.producer, "link": "", "notes": ""},
    }
    for _group, ref, _name in PARAMETERS:
        out[ref] = params[ref]
    return out


def _type(release: Release) -> str:
    return release.modality() or "text"  # the OSAI export names every other model a text model


def _code_docs(release: Release, result: Result) -> dict[str, Any]:
    train = release.component("Training code")
    if train.included != "yes":
        return _entry("closed", [], "no training code to document")
    docs = [d for d in result.docs if d.role in DOCUMENTATION_ROLES and "/" in d.path]
    training_sections = [b for d in result.docs if d.role in DOCUMENTATION_ROLES for b in d.blocks
                         if b.kind == "heading" and re.search(r"train|pre-?train|reproduc|fine-?tun", b.text, re.I)]
    if docs and training_sections:
        return _entry("open", [Pointer(docs[0].path, 1, docs[0].path)], "training code with a documentation "
                      "tree and training instructions (completeness of inline comments not checked)")
    if training_sections:
        return _entry("partial", train.evidence[:1], "training instructions in the README; no documentation tree")
    return _entry("partial", train.evidence[:1], "training code without training instructions")


def _hardware(release: Release, result: Result) -> dict[str, Any]:
    hw = None
    for d in result.docs:
        if d.role not in MODEL_PROSE_ROLES:
            continue
        for b in d.blocks:
            m = _HARDWARE_RE.search(b.text)
            if m and re.search(r"train|hardware|compute|infrastructure", f"{b.heading} {b.text}", re.I):
                hw = Pointer(d.path, b.position(m.start()).line, m.group(0))
                break
        if hw:
            break
    arch = release.component("Model architecture")
    if hw and arch.included != "no":
        return _entry("open" if arch.included == "yes" else "partial", [hw, *arch.evidence[:1]],
                      "training hardware and model architecture documented"
                      + ("" if arch.included == "yes" else f" ({arch.reason})"))
    if hw:
        return _entry("partial", [hw], "training hardware mentioned; architecture not documented")
    if arch.included != "no":
        return _entry("partial", arch.evidence[:1], "architecture documented; training hardware not")
    return _entry("closed", [], "neither training hardware nor architecture documented")


def _modelcard(result: Result) -> dict[str, Any]:
    card = model_card_doc(result)
    if card is None:
        return _entry("closed", [], "no model card")
    headings = " | ".join(b.text for b in card.blocks if b.kind == "heading")
    missing = [k for k, rx in _MODELCARD_PARTS.items() if not rx.search(headings)]
    where = [Pointer(card.path, 1, card.path)]
    if not missing:
        return _entry("open", where, "model card covers uses, training, evaluation and limitations")
    return _entry("partial", where, f"model card without sections on {', '.join(missing)}")


def _datasheet(release: Release, result: Result) -> dict[str, Any]:
    comp = release.component("Data card")
    if comp.included == "no":
        return _entry("closed", [], "no datasheet or data card")
    for item in result.evidence.training_data:
        if item.kind != "data_card":
            continue
        doc = next((d for d in result.docs if d.path == item.value), None)
        if doc is None:
            continue
        heads = {m.group(0).lower() for b in doc.blocks if b.kind == "heading"
                 for m in _DATASHEET_HEADINGS.finditer(b.text)}
        if len(heads) >= 5:
            return _entry("open", [Pointer(doc.path, 1, doc.path)], "datasheet with the sections of Gebru et al. "
                          f"({', '.join(sorted(heads))})")
    return _entry("partial", comp.evidence[:2], comp.reason)


def _licenses(release: Release, result: Result) -> dict[str, Any]:
    weights = release.component("Model parameters (Final)").license
    code = release.component("Training code").license
    data = release.component("Datasets").license
    parts = [("Weights", weights), ("Code", code)] + ([("Data", data)] if data.how == "own" else [])
    notes = ". ".join(f"{k}: {v.name} ({v.category})" if v.id else f"{k}: no license stated" for k, v in parts) + "."
    ptrs = [Pointer(v.file, v.line, v.id) for _k, v in parts if v.file]
    open_parts = [v.category in OPEN_CATEGORIES for _k, v in parts]
    if all(open_parts):
        return _entry("open", ptrs, notes)
    if weights.category in OPEN_CATEGORIES or code.category in OPEN_CATEGORIES:
        return _entry("partial", ptrs, notes)
    return _entry("closed", ptrs, notes)


def render(release: Release, result: Result) -> str:
    import yaml

    header = ("# European Open Source AI Index entry generated by openwash (evidence-based; review before "
              "submitting).\n# Parameters and definitions: https://osai-index.eu/ (CC-BY 4.0; Liesenfeld & "
              "Dingemanse, FAccT 2024).\n")
    return header + yaml.safe_dump(entry(release, result), sort_keys=False, allow_unicode=True, width=1000)
