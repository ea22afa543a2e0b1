"""The result of checking one repository (what every reporter reads), and the last step that makes it: the
policy's severities applied once to the rules' findings.

Its own module so that the engine and the quick pass (:mod:`openwash.quickpass`) both build it without
importing each other."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from openwash import __version__
from openwash.discovery import Repository
from openwash.documents import Document, Notice
from openwash.findings import SEVERITY_ORDER, Finding
from openwash.policy import Policy
from openwash.records import field, record, replace
from openwash.vocabulary import SEVERITIES

if TYPE_CHECKING:
    from openwash.claims import Claim  # (only named: the quick pass's result holds no claim)
    from openwash.evidence import Evidence


@record
class Result:
    root: Path
    policy: Policy
    repo: Repository
    docs: list[Document]
    claims: list[Claim]
    evidence: Evidence
    is_model_release: bool
    findings: list[Finding]
    notices: list[Notice] = field(default_factory=list)

    @property
    def active(self) -> list[Finding]:
        """Findings that are not waived or suppressed."""
        return [f for f in self.findings if not f.waived]

    def summary(self) -> dict[str, int]:
        counts = {s: 0 for s in SEVERITIES}
        for f in self.active:
            counts[f.severity] = counts.get(f.severity, 0) + 1
        counts["waived"] = sum(1 for f in self.findings if f.waived)
        return counts

    @property
    def failed(self) -> bool:
        return any(self.policy.fails(f.severity) for f in self.active)

    def license_summary(self) -> dict:
        ev = self.evidence
        spdx: list[str] = []
        for s in ev.licenses:
            if s.license.id not in spdx:
                spdx.append(s.license.id)
        components = ["weights", "code"] if self.is_model_release else ["code"]
        cats = [s.license.category for c in components for s in ev.licenses_for(c)]
        def names(sources: list) -> list[str]:
            return list(dict.fromkeys(s.license.name for s in sources))

        return {"spdx": spdx, "names": names(ev.licenses), "category": worst_category(cats),
                "code_names": names(ev.licenses_for("code")),
                "weights_names": names(ev.licenses_for("weights")) if self.is_model_release else [],
                "data_names": names([s for s in ev.licenses if s.component == "data"]),
                "code": sorted({s.license.id for s in ev.licenses_for("code")}),
                "weights": sorted({s.license.id for s in ev.licenses_for("weights")}) if self.is_model_release else [],
                "data": sorted({s.license.id for s in ev.licenses if s.component == "data"}),
                "sources": [s.as_json() for s in ev.licenses]}

    def to_json(self) -> dict:
        ev = self.evidence
        return {
            "tool": {"name": "openwash", "version": __version__},
            "policy": {"sources": list(self.policy.sources), "mode": self.policy.mode},
            "claims": [c.as_json() for c in self.claims],
            "evidence": {
                "training_code": [e.as_json() for e in ev.training_code],
                "training_data": [e.as_json() for e in ev.training_data],
                "weights": [e.as_json() for e in ev.weights],
                "placeholders": [e.as_json() for e in ev.placeholders],
                "downstream_code": [e.as_json() for e in ev.downstream_code],
                "training_code_not_counted": [e.as_json() for e in ev.not_counted],
                "access": ev.access,
                "gates": [e.as_json() for e in ev.gates],
                "license": self.license_summary(),
                "base_models": [{"name": b.name, "file": b.file, "line": b.line, "license": b.license_id,
                                 "license_name": b.license_name, "category": b.license_category,
                                 "data_open": b.data_open, "declared": b.declared, "relation": b.relation}
                                for b in ev.base_models],
                "gated": ev.gated,
            },
            "is_model_release": self.is_model_release,
            "model_release_reason": ev.model_release_reason,
            "findings": [f.as_json() for f in self.findings],
            "summary": self.summary(),
            "verdict": "fail" if self.failed else "pass",
            "notices": [{"file": n.path, "line": n.line, "message": n.message} for n in self.notices],
        }


_CATEGORY_ORDER = ["proprietary", "non-commercial", "source-available", "restricted", "unknown", "open-data", "osi"]


def worst_category(categories: list[str]) -> str:
    if not categories:
        return "unknown"
    return min(categories, key=lambda c: _CATEGORY_ORDER.index(c) if c in _CATEGORY_ORDER else 0)


def at_policy_severity(findings: list[Finding], policy: Policy, defaults: dict[str, str]) -> list[Finding]:
    """The rules' findings at the policy's severities (``rules:``), without those of rules it turns off.

    Rules yield at their default severity.  A finding a rule yields *below* its default (OW107 for an
    open-weights claim: at most a warning) keeps that as a ceiling: the policy can lower it further, not
    raise it past."""
    out: list[Finding] = []
    for f in findings:
        default = defaults.get(f.rule, "warning")
        severity = policy.severity(f.rule, default)
        if severity == "off":
            continue
        if SEVERITY_ORDER.get(f.severity, 0) > SEVERITY_ORDER.get(default, 0) \
                and SEVERITY_ORDER.get(f.severity, 0) > SEVERITY_ORDER.get(severity, 0):
            severity = f.severity
        out.append(f if f.severity == severity else replace(f, severity=severity))
    return out


def in_repository_terms(findings: list[Finding], root: Path | None) -> list[Finding]:
    """Findings about files inside the repository named by their path in it.  A waiver's origin is the policy
    file's path as it was read (absolute for the repository's own ``.openwash.yml``); annotations, SARIF and
    baselines need the repository-relative path every other finding has."""
    if root is None:
        return findings
    base = root.resolve()
    out: list[Finding] = []
    for f in findings:
        path = Path(f.file)
        # outside the repository (a central policy on disk) a path stays as it is
        if path.is_absolute() and path.resolve().is_relative_to(base):
            f = replace(f, file=path.resolve().relative_to(base).as_posix())
        out.append(f)
    return out
