"""The resolved policy object the engine reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openwash.licenses import License

SEVERITIES = ("error", "warning", "notice", "off")
SEVERITY_RANK = {"error": 3, "warning": 2, "notice": 1, "off": 0}


@dataclass
class Policy:
    """A fully merged policy document plus the provenance of each setting."""

    data: dict[str, Any]
    sources: list[str] = field(default_factory=list)
    origins: dict[str, str] = field(default_factory=dict)  # dotted key -> "file:line"

    @property
    def mode(self) -> str:
        return str(self.data.get("mode", "enforce"))

    @property
    def fail_on(self) -> str:
        return str(self.data.get("fail_on", "error"))

    @property
    def model_release(self) -> str:
        return str(self.data.get("model_release", "auto"))

    @property
    def include(self) -> list[str]:
        return list(self.data.get("files", {}).get("include", []))

    @property
    def exclude(self) -> list[str]:
        return list(self.data.get("files", {}).get("exclude", []))

    @property
    def claim_add(self) -> list[str]:
        return list(self.data.get("claims", {}).get("add", []))

    @property
    def claim_exclude(self) -> list[str]:
        return list(self.data.get("claims", {}).get("exclude", []))

    def severity(self, rule_id: str, default: str = "warning") -> str:
        value = self.data.get("rules", {}).get(rule_id, default)
        if isinstance(value, dict):
            value = value.get("severity", default)
        return str(value)

    def requirements(self, kind: str, target: str, model_release: bool) -> list[str]:
        """Evidence kinds a claim of ``kind`` about ``target`` must be backed by."""
        req = self.data.get("requirements", {})
        if model_release:
            by_kind = req.get("model_release", {}).get(kind, {})
            if isinstance(by_kind, list):
                return list(by_kind)
            return list(by_kind.get(target, by_kind.get("other", [])))
        soft = req.get("software", {}).get(kind, [])
        return list(soft) if isinstance(soft, list) else list(soft.get(target, []))

    def license_allowed(self, component: str, lic: License) -> bool:
        """Whether ``lic`` is acceptable for ``component`` (code, weights or data)."""
        rules = self.data.get("licenses", {}).get(component, {})
        deny = {str(x).lower() for x in rules.get("deny", [])}
        allow = {str(x).lower() for x in rules.get("allow", [])}
        if lic.id.lower() in deny or lic.category in deny:
            return False
        return lic.id.lower() in allow or lic.category in allow

    def fails(self, severity: str) -> bool:
        """Whether a finding of ``severity`` makes the run fail under this policy."""
        if self.mode == "annotate" or self.fail_on == "never":
            return False
        return SEVERITY_RANK.get(severity, 0) >= SEVERITY_RANK.get(self.fail_on, 3) and severity != "off"
