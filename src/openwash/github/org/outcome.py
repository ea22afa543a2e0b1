"""The outcome of checking one repository in a sweep: a typed record, and how it is built from an engine Result.

:class:`RepoOutcome` is what the sweep, its cache and its checkpoint hold; its JSON form
(:meth:`RepoOutcome.to_json`) is one entry of the report's ``repositories`` (the org JSON report, and the
rows the Markdown, CSV and HTML reports and ``--open-issues`` read).  The claims and findings inside it are
the engine's own JSON rows (``openwash check --format json``) with a ``url`` added.

Whether an open-source claim is "backed" comes from the rule catalog: a claim is backed when no rule marked
``backs_claim`` (:attr:`openwash.rules.base.Rule.backs_claim`) has an active finding.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import openwash
from openwash import __version__
from openwash.discovery import Repository
from openwash.documents import Notice, SourceFile
from openwash.engine import check_repository
from openwash.github.cache import digest
from openwash.github.fetch import RepoInfo
from openwash.github.org.policies import github_spec
from openwash.records import field, fields, record, replace
from openwash.rules import claim_backing_rules
from openwash.vocabulary import OPEN_SOURCE_KINDS

MAX_CLAIMS_LISTED = 50
MAX_EVIDENCE_LISTED = 10
EVIDENCE_KINDS = ("training_code", "training_data", "weights")  # the pointers an outcome lists

# the catalog is read once per process (a worker process checks many repositories)
_claim_backing_rules = lru_cache(maxsize=1)(claim_backing_rules)


@record
class LicenseSummary:
    spdx: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    category: str = "unknown"

    def to_json(self) -> dict[str, Any]:
        return {"spdx": list(self.spdx), "names": list(self.names), "category": self.category}

    @classmethod
    def from_json(cls, data: Any) -> LicenseSummary:
        data = data if isinstance(data, dict) else {}
        return cls(spdx=list(data.get("spdx") or []), names=list(data.get("names") or []),
                   category=str(data.get("category") or "unknown"))


@record
class Pointer:
    """One piece of evidence (a training-code, training-data or weights pointer) where it was found."""

    kind: str
    value: str
    file: str
    line: int

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "value": self.value, "file": self.file, "line": self.line}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Pointer:
        return cls(kind=data.get("kind", ""), value=data.get("value", ""), file=data.get("file", ""),
                   line=int(data.get("line") or 0))


@record
class EvidenceSummary:
    """The first pointers of each kind, how many there are (None: not counted, as for a repository that was
    not checked), and the Hub's access gate (``openwash hf``; "" elsewhere)."""

    training_code: list[Pointer] = field(default_factory=list)
    training_data: list[Pointer] = field(default_factory=list)
    weights: list[Pointer] = field(default_factory=list)
    counts: dict[str, int] | None = None
    gated: Any = ""

    def count(self, kind: str) -> int:
        """How many pointers of ``kind`` there are (the JSON form's ``{kind}_count``; without counts, those listed)."""
        return self.counts.get(kind, 0) if self.counts is not None else len(getattr(self, kind))

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: [p.to_json() for p in getattr(self, k)] for k in EVIDENCE_KINDS}
        if self.counts is not None:
            out.update({f"{k}_count": self.count(k) for k in EVIDENCE_KINDS})
        if self.gated:
            out["gated"] = self.gated
        return out

    @classmethod
    def from_json(cls, data: Any) -> EvidenceSummary:
        data = data if isinstance(data, dict) else {}
        counted = any(f"{k}_count" in data for k in EVIDENCE_KINDS)
        return cls(**{k: [Pointer.from_json(p) for p in data.get(k) or [] if isinstance(p, dict)]
                      for k in EVIDENCE_KINDS},
                   counts={k: int(data.get(f"{k}_count") or 0) for k in EVIDENCE_KINDS} if counted else None,
                   gated=data.get("gated") or "")


def _no_counts() -> dict[str, int]:
    return {"error": 0, "warning": 0, "notice": 0, "waived": 0}


@record
class RepoOutcome:
    """One repository's outcome.  ``verdict`` is pass | fail (checked), error (not checked: ``error`` says
    why) or empty (an empty repository)."""

    repository: str
    name: str
    url: str
    open_issues: int
    default_branch: str
    visibility: str
    archived: bool
    fork: bool
    topics: list[str]
    verdict: str
    error: str = ""
    commit: str = ""
    policy: list[str] = field(default_factory=list)
    is_model_release: bool = False
    claims: list[dict[str, Any]] = field(default_factory=list)  # the first MAX_CLAIMS_LISTED, with url
    claims_open_source: int = 0
    claims_total: int = 0
    backed: bool | None = None  # None: no open-source claim to back
    license: LicenseSummary = field(default_factory=LicenseSummary)
    evidence: EvidenceSummary = field(default_factory=EvidenceSummary)
    findings: list[dict[str, Any]] = field(default_factory=list)  # the engine's findings, with url
    summary: dict[str, int] = field(default_factory=_no_counts)  # findings by severity, and waived
    notices: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # fields a caller adds (the Hub's), kept as they are

    @property
    def checked(self) -> bool:
        return self.verdict in ("pass", "fail")

    @property
    def active_findings(self) -> list[dict[str, Any]]:
        """The findings that count: not waived or suppressed."""
        return [f for f in self.findings if not f.get("waived")]

    def with_listing(self, info: RepoInfo) -> RepoOutcome:
        """This outcome with what the listing says now (a cached outcome is older than the listing)."""
        return replace(self, open_issues=info.open_issues, visibility=info.visibility,
                                   archived=info.archived, fork=info.fork, topics=list(info.topics))

    def to_json(self) -> dict[str, Any]:
        return {"repository": self.repository, "name": self.name, "url": self.url,
                "open_issues": self.open_issues, "default_branch": self.default_branch, "commit": self.commit,
                "visibility": self.visibility, "archived": self.archived, "fork": self.fork,
                "topics": list(self.topics), "verdict": self.verdict, "error": self.error,
                "policy": list(self.policy), "is_model_release": self.is_model_release,
                "claims": list(self.claims), "claims_open_source": self.claims_open_source,
                "claims_total": self.claims_total, "backed": self.backed, "license": self.license.to_json(),
                "evidence": self.evidence.to_json(), "findings": list(self.findings),
                "summary": dict(self.summary), "notices": list(self.notices), **self.extra}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RepoOutcome:
        """The record of a JSON outcome (from the cache or a checkpoint); keys it does not know go to
        ``extra``, so that ``from_json(o).to_json() == o``."""
        known = {f.name for f in fields(cls)} - {"extra"}
        backed = data.get("backed")
        return cls(repository=str(data.get("repository", "")), name=str(data.get("name", "")),
                   url=str(data.get("url", "")), open_issues=int(data.get("open_issues") or 0),
                   default_branch=str(data.get("default_branch", "")), commit=str(data.get("commit") or ""),
                   visibility=str(data.get("visibility", "")), archived=bool(data.get("archived")),
                   fork=bool(data.get("fork")), topics=list(data.get("topics") or []),
                   verdict=str(data.get("verdict", "error")), error=str(data.get("error") or ""),
                   policy=list(data.get("policy") or []), is_model_release=bool(data.get("is_model_release")),
                   claims=list(data.get("claims") or []),
                   claims_open_source=int(data.get("claims_open_source") or 0),
                   claims_total=int(data.get("claims_total") or 0),
                   backed=None if backed is None else bool(backed),
                   license=LicenseSummary.from_json(data.get("license")),
                   evidence=EvidenceSummary.from_json(data.get("evidence")),
                   findings=list(data.get("findings") or []),
                   summary={**_no_counts(), **(data.get("summary") or {})},
                   notices=[str(n) for n in data.get("notices") or []],
                   extra={k: v for k, v in data.items() if k not in known})


# -- links ----------------------------------------------------------------------------------------------------
def blob_url(html_url: str, ref: str, path: str, line: int = 0) -> str:
    if not html_url:
        return ""
    url = f"{html_url}/blob/{quote(ref, safe='')}/{quote(path)}"
    return f"{url}#L{line}" if line else url


def finding_url(info: RepoInfo, ref: str, file: str, line: int = 0) -> str:
    """Where a finding is, on the web: a file of the repository at the commit checked, or, for a finding
    in a policy (OW901 at a waiver's line), that policy file: ``github:OWNER/REPO/PATH@REF`` on the same
    GitHub (the repository's own policy at the commit checked), an https:// policy itself.  A built-in
    preset has no page: ""."""
    if not file:
        return ""
    if file.startswith("github:") and file.count("/") >= 2:
        try:
            owner, repo, path, spec_ref = github_spec(file)
        except ValueError:
            return ""
        web = info.html_url[: -len(info.full_name)].rstrip("/") if info.html_url.endswith(info.full_name) else ""
        if not web:
            return ""
        own = f"{owner}/{repo}".lower() == info.full_name.lower()
        return blob_url(f"{web}/{owner}/{repo}", ref if own else (spec_ref or "HEAD"), path, line)
    if file.startswith(("https://", "http://")):
        return file
    if file.startswith("builtin:"):  # a preset shipped in the package
        return ""
    return blob_url(info.html_url, ref, file, line)


# -- building -------------------------------------------------------------------------------------------------
def base_outcome(info: RepoInfo, verdict: str, error: str = "") -> RepoOutcome:
    """The outcome of a repository that was not checked (or before its check is added)."""
    return RepoOutcome(repository=info.full_name, name=info.name, url=info.html_url, open_issues=info.open_issues,
                       default_branch=info.default_branch, visibility=info.visibility, archived=info.archived,
                       fork=info.fork, topics=list(info.topics), verdict=verdict, error=error)


def outcome_from_result(result: Any, meta: dict[str, Any]) -> RepoOutcome:
    """A repository's outcome from an engine Result."""
    info = RepoInfo.from_json(meta["info"])
    ref = meta.get("commit") or info.default_branch
    data = result.to_json()
    out = base_outcome(info, data["verdict"])
    out.commit = meta.get("commit", "")
    out.policy = list(data["policy"]["sources"])
    out.is_model_release = bool(data["is_model_release"])
    claims = []
    seen_claims: set[tuple] = set()  # one claim per place and kind, whatever the detector repeats
    for c in data["claims"]:
        key = (c.get("file"), c.get("line"), c.get("column"), c.get("kind"))
        if not c.get("negated") and key not in seen_claims:
            seen_claims.add(key)
            claims.append(c)
    out.claims = [{**c, "url": blob_url(info.html_url, ref, c["file"], c["line"])}
                  for c in claims[:MAX_CLAIMS_LISTED]]
    out.claims_total = len(claims)
    out.claims_open_source = sum(1 for c in claims if c.get("kind") in OPEN_SOURCE_KINDS)
    out.findings = [{**f, "url": finding_url(info, ref, f.get("file") or "", f["line"])} for f in data["findings"]]
    if out.claims_open_source:
        backing = _claim_backing_rules()
        out.backed = not any(f["rule"] in backing and not f.get("waived") for f in out.findings)
    out.license = LicenseSummary.from_json(data["evidence"]["license"])
    found = data["evidence"]
    out.evidence = EvidenceSummary(
        **{k: [Pointer.from_json(e) for e in found[k][:MAX_EVIDENCE_LISTED]] for k in EVIDENCE_KINDS},
        counts={k: len(found[k]) for k in EVIDENCE_KINDS},
        gated=found.get("gated") or "")  # the Hub's access gate (openwash hf)
    out.summary = dict(data["summary"])
    out.notices = [f"{n['file']}: {n['message']}" if n.get("file") else n["message"] for n in data["notices"]]
    return out


def engine_task(payload: dict[str, Any]) -> RepoOutcome:
    """Run the engine on one repository (in a worker process or inline)."""
    info = RepoInfo.from_json(payload["meta"]["info"])
    repo = Repository(root=Path(info.full_name), name=info.name, paths=payload["paths"],
                      files=[SourceFile(path=p, text=t, role=r) for p, t, r in payload["files"]],
                      notices=[Notice(m, p) for p, m in payload["notices"]],
                      owner=info.full_name.split("/", 1)[0], gated=str(payload["meta"].get("gated") or ""))
    try:
        result = check_repository(repo, payload["policy"], today=payload["today"])
    except Exception as exc:  # an engine bug must not end the sweep of a thousand repositories
        out = base_outcome(info, "error", f"internal error while checking: {exc.__class__.__name__}: {exc}")
        out.commit = payload["meta"].get("commit", "")
        return out
    return outcome_from_result(result, payload["meta"])


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Changes whenever openwash's code or presets change (cached outcomes are then recomputed)."""
    root = Path(openwash.__file__).parent
    parts = [__version__]
    for base in (root, root.parent.parent / "policies"):
        if base.is_dir():
            for p in sorted(base.rglob("*")):
                if p.suffix in (".py", ".yml", ".json") and p.is_file():
                    st = p.stat()
                    parts.append(f"{p.relative_to(base)}:{st.st_size}:{st.st_mtime_ns}")
    return digest(*parts)[:16]
