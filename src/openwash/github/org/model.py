"""The report of a sweep: what ``openwash org`` and ``openwash hf`` hand to the report writers
(``report/org_*.py``), with its summary counts.  ``outcomes`` are the repositories' typed outcomes
(:class:`openwash.github.org.outcome.RepoOutcome`); :meth:`OrgReport.to_json` writes each in its JSON form."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from openwash import __version__
from openwash.records import field, record

if TYPE_CHECKING:
    from openwash.github.org.outcome import RepoOutcome


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@record
class OrgReport:
    owner: str
    owner_kind: str
    api_url: str
    generated: str
    filters: dict[str, Any]
    outcomes: list[RepoOutcome]
    listed: int
    central_policy: list[str]
    requests: dict[str, Any] = field(default_factory=dict)
    issues: list[dict[str, Any]] = field(default_factory=list)
    elapsed: float = 0.0

    @property
    def failed(self) -> bool:
        return any(o.verdict == "fail" for o in self.outcomes)

    def summary(self) -> dict[str, Any]:
        verdicts = {v: 0 for v in ("pass", "fail", "error", "empty")}
        by_rule: dict[str, dict[str, int]] = {}
        categories: dict[str, int] = {}
        claiming = backed = models = 0
        for o in self.outcomes:
            verdicts[o.verdict] = verdicts.get(o.verdict, 0) + 1
            if not o.checked:
                continue
            if o.claims_open_source:
                claiming += 1
                if o.backed:
                    backed += 1
            if o.is_model_release:
                models += 1
            categories[o.license.category] = categories.get(o.license.category, 0) + 1
            seen: set[str] = set()
            for f in o.active_findings:
                row = by_rule.setdefault(f["rule"], {"repositories": 0, "findings": 0})
                row["findings"] += 1
                if f["rule"] not in seen:
                    seen.add(f["rule"])
                    row["repositories"] += 1
        return {
            "repositories": len(self.outcomes), "listed": self.listed, "skipped_by_filters":
                self.listed - len(self.outcomes), **verdicts, "model_releases": models,
            "claiming_open_source": claiming, "backed": backed, "not_backed": claiming - backed,
            "by_rule": dict(sorted(by_rule.items())), "license_categories": dict(sorted(categories.items())),
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "tool": {"name": "openwash", "version": __version__},
            "owner": self.owner, "owner_kind": self.owner_kind, "api_url": self.api_url,
            "generated": self.generated, "filters": self.filters,
            "central_policy": self.central_policy,
            "summary": self.summary(),
            "repositories": [o.to_json() for o in self.outcomes],
            "issues": self.issues,
            "requests": self.requests,
        }

