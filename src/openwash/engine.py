"""One run: files -> documents -> claims + evidence -> findings -> waivers -> result."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from openwash import __version__
from openwash.claims import Claim, ClaimContext, find_claims
from openwash.consolidate import one_per_cause
from openwash.discovery import Repository, discover
from openwash.documents import Document, Notice
from openwash.errors import UsageError
from openwash.evidence import Evidence, collect
from openwash.findings import SEVERITY_ORDER, Finding, sort_key
from openwash.markdown import parse_document
from openwash.ownnames import derive
from openwash.policy import Policy
from openwash.rules import all_rules
from openwash.rules.context import RuleContext
from openwash.suppress import apply as apply_waivers
from openwash.timebudget import BudgetExceeded, document_budget, time_budget
from openwash.vocabulary import SEVERITIES


@dataclass
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


def own_names(repo: Repository, docs: list[Document]) -> frozenset[str]:
    """Names the repository's own artifacts go by (see :mod:`openwash.ownnames`), in the folded form the
    claim detector matches."""
    return derive(repo.name, repo.owner, docs).as_set()


def run(root: Path, policy: Policy, *, today: dt.date | None = None) -> Result:
    """Check the repository at ``root`` (a directory on disk) under ``policy``."""
    if not root.exists():
        raise UsageError(f"no such path: {root}")
    if not root.is_dir():
        raise UsageError(f"not a directory: {root}")
    repo = discover(root, policy.include, policy.exclude)
    from openwash.scope import check_scope

    check_scope(repo.paths, policy)  # a scope that selects nothing is an error, not a pass
    return check_repository(repo, policy, today=today)


def claim_context(repo: Repository, docs: list[Document], policy: Policy, is_model: bool | None) -> ClaimContext:
    """What the claim detector knows of this repository: the one builder ``check`` and ``claims`` share."""
    return ClaimContext(own_names=own_names(repo, docs), is_model_release=is_model,
                        vocabulary_add=tuple(policy.claim_add), vocabulary_exclude=tuple(policy.claim_exclude))


@dataclass
class Prepared:
    """A repository's documents, evidence and claim context: what ``check`` and ``claims`` both start from."""

    docs: list[Document]
    evidence: Evidence
    is_model_release: bool
    context: ClaimContext
    notices: list[Notice]


def prepare(repo: Repository, policy: Policy) -> Prepared:
    """Parse the documents in scope and collect the evidence (no claims, no rules yet)."""
    notices = list(repo.notices)
    budget = document_budget()
    docs: list[Document] = []
    for f in repo.files:
        try:
            with time_budget(budget):
                docs.append(parse_document(f.path, f.role, f.text))
        except BudgetExceeded:
            notices.append(Notice(f"skipped: parsing took longer than {budget:g} s (OPENWASH_DOC_TIMEOUT)", f.path))
    for doc in docs:
        if doc.front_matter is not None and doc.front_matter.error:
            notices.append(Notice(doc.front_matter.error, doc.path, doc.front_matter.start_line))
    evidence = policy.filter_evidence(collect(repo, docs))  # only the evidence kinds the policy accepts
    if policy.model_release == "yes":
        is_model = True
        evidence.model_release_reason = "policy says model_release: yes"
    elif policy.model_release == "no":
        is_model = False
        evidence.model_release_reason = "policy says model_release: no"
    else:
        is_model = evidence.is_model_release
    return Prepared(docs, evidence, is_model, claim_context(repo, docs, policy, is_model), notices)


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


def check_repository(repo: Repository, policy: Policy, *, today: dt.date | None = None) -> Result:
    """Check a repository whose paths and documents in scope are already known.

    This is the entry point for repositories that are not on disk (the organization sweep builds a
    :class:`~openwash.discovery.Repository` from the GitHub API)."""
    root = repo.root
    prepared = prepare(repo, policy)
    docs, evidence, is_model, notices = prepared.docs, prepared.evidence, prepared.is_model_release, prepared.notices
    budget = document_budget()
    ctx = prepared.context
    claims: list[Claim] = []
    for doc in docs:
        try:
            with time_budget(budget):
                claims.extend(find_claims(doc, ctx))
        except BudgetExceeded:
            notices.append(Notice(f"claims not checked: searching took longer than {budget:g} s "
                                  "(OPENWASH_DOC_TIMEOUT)", doc.path))
    rules = all_rules()
    defaults = {r.id: r.severity for r in rules.values()}
    rule_ctx = RuleContext(repo=repo, docs=docs, claims=claims, evidence=evidence, policy=policy,
                           is_model_release=is_model, today=today or dt.date.today(), defaults=defaults)
    findings: list[Finding] = []
    for rule in rules.values():
        if rule.check is not None and policy.severity(rule.id, rule.severity) != "off":  # off: not even run
            findings.extend(rule.check(rule_ctx))
    # Waivers and suppressions match by rule, file and line (never severity) and add OW901-OW903; then the
    # policy's severities and `off` apply once, to every finding.  (A rule that is off has yielded nothing:
    # its check did not run, so no suppression of it counts as used.)
    findings = apply_waivers(findings, docs, policy, rule_ctx.today, defaults)
    findings = at_policy_severity(findings, policy, defaults)
    findings = one_per_cause(findings)
    findings.sort(key=sort_key)
    return Result(root=root, policy=policy, repo=repo, docs=docs, claims=claims, evidence=evidence,
                  is_model_release=is_model, findings=findings, notices=notices)
