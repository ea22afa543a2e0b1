"""The report of a sweep: what ``openwash org`` and ``openwash hf`` hand to the report writers
(``report/org_*.py``), with its summary counts.  ``outcomes`` are the repositories' outcomes in their JSON
form (:meth:`openwash.github.org.outcome.RepoOutcome.to_json`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from openwash import __version__


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class OrgReport:
    owner: str
    owner_kind: str
    api_url: str
    generated: str
    filters: dict[str, Any]
    outcomes: list[dict[str, Any]]
    listed: int
    central_policy: list[str]
    requests: dict[str, Any] = field(default_factory=dict)
    issues: list[dict[str, Any]] = field(default_factory=list)
    elapsed: float = 0.0

    @property
    def failed(self) -> bool:
        return any(o.get("verdict") == "fail" for o in self.outcomes)

    def summary(self) -> dict[str, Any]:
        verdicts = {v: 0 for v in ("pass", "fail", "error", "empty")}
        by_rule: dict[str, dict[str, int]] = {}
        categories: dict[str, int] = {}
        claiming = backed = models = 0
        for o in self.outcomes:
            verdicts[o["verdict"]] = verdicts.get(o["verdict"], 0) + 1
            if o["verdict"] not in ("pass", "fail"):
                continue
            if o.get("claims_open_source"):
                claiming += 1
                if o.get("backed"):
                    backed += 1
            if o.get("is_model_release"):
                models += 1
            cat = (o.get("license") or {}).get("category", "unknown")
            categories[cat] = categories.get(cat, 0) + 1
            seen: set[str] = set()
            for f in o.get("findings", []):
                if f.get("waived"):
                    continue
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
            "repositories": self.outcomes,
            "issues": self.issues,
            "requests": self.requests,
        }

