"""The resolved policy object the engine and the rules read."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from openwash.records import field, record
from openwash.vocabulary import CLAIM_KINDS, CLAIM_TARGETS, EVIDENCE_ALIASES, EVIDENCE_KINDS, ITEM_KINDS  # noqa: F401  (policy.merge imports them from here)

if TYPE_CHECKING:
    import datetime as dt

    from openwash.evidence import Evidence
    from openwash.licenses import License  # (only named: the license tables are not loaded with the policy)

SEVERITIES = ("error", "warning", "notice", "off")
SEVERITY_RANK = {"error": 3, "warning": 2, "notice": 1, "off": 0}
# fail_on: how strict each value is (a lower fail_on fails on more findings)
FAIL_ON_STRICTNESS = {"notice": 3, "warning": 2, "error": 1, "never": 0}
FAIL_ON = ("error", "warning", "notice", "never")  # what fail_on, --fail-on and the fail-on input accept
# suppressions: what an inline ``openwash-disable`` comment may do (a lower number is weaker)
SUPPRESSION_STRICTNESS = {"allow": 0, "require-waiver": 1, "deny": 2}
DEFAULT_MAX_WAIVER_DAYS = 365


def severity_value(value: Any, default: str) -> str:
    """The severity a ``rules.<ID>`` entry says (``error``/``{severity: error}``; YAML ``off`` is False)."""
    if isinstance(value, dict):
        value = value.get("severity", default)
    if value is False:
        return "off"
    if value is None:
        return default
    return str(value)


@record(frozen=True)
class Lock:
    """A setting an upstream policy marks ``locked``: downstream policies may not weaken it."""

    path: str  # setting path: mode, rules.OW101, licenses.weights, requirements.model_release.open-source, *
    origin: str  # file:line of the lock
    policy: str  # the policy file that declared it
    baseline: Policy | None = field(default=None, compare=False, repr=False)  # that policy's own resolved view


@record(frozen=True)
class Waiver:
    rule: str
    path: str
    reason: str
    expires: dt.date | None
    approver: str
    origin: str  # file:line of the waiver in the policy

    def expired(self, today: dt.date | None) -> bool:
        """Whether the waiver has expired by ``today``, which may be None only for a waiver without an expiry date
        (the waiver marking makes no date when no waiver has one)."""
        if self.expires is None:
            return False
        if today is None:
            raise ValueError("a waiver with an expiry date needs today's date")
        return self.expires < today

    def as_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "path": self.path, "reason": self.reason,
                "expires": self.expires.isoformat() if self.expires else None, "approver": self.approver,
                "origin": self.origin}


@record
class Policy:
    """A fully merged policy document plus the provenance of each setting."""

    data: dict[str, Any]
    sources: list[str] = field(default_factory=list)  # policy files in merge order (later override earlier)
    origins: dict[str, str] = field(default_factory=dict)  # dotted key -> "file:line"
    locks: list[Lock] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # things the user should know (cache fallback, org policy)
    # Inline suppressions present on the base commit of the change under review, as (file, rules, reason);
    # None outside such a comparison.  Under ``locked: "*"`` only these silence findings: a pull request
    # cannot silence its own findings (set by :func:`openwash.baseline.evaluate`).
    base_suppressions: frozenset[tuple[str, tuple[str, ...], str]] | None = None

    @property
    def mode(self) -> str:
        return str(self.data.get("mode", "enforce"))

    @property
    def fail_on(self) -> str:
        return str(self.data.get("fail_on", "error"))

    @property
    def model_release(self) -> str:
        value = self.data.get("model_release", "auto")
        if value is True:
            return "yes"
        if value is False:
            return "no"
        return str(value)

    @property
    def suppressions(self) -> str:
        """What inline suppressions may do: ``allow`` (default), ``require-waiver`` or ``deny``."""
        value = str(self.data.get("suppressions", "allow"))
        return value if value in SUPPRESSION_STRICTNESS else "allow"

    @property
    def max_waiver_days(self) -> int:
        value = self.data.get("max_waiver_days", DEFAULT_MAX_WAIVER_DAYS)
        return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 \
            else DEFAULT_MAX_WAIVER_DAYS

    @property
    def locks_everything(self) -> bool:
        """Whether an upstream policy says ``locked: "*"``."""
        return any(lock.path == "*" for lock in self.locks)

    @property
    def include(self) -> list[str]:
        return list(self._section("files").get("include", []))

    @property
    def exclude(self) -> list[str]:
        return list(self._section("files").get("exclude", []))

    @property
    def claim_add(self) -> list[str]:
        return list(self._section("claims").get("add", []))

    @property
    def claim_exclude(self) -> list[str]:
        return list(self._section("claims").get("exclude", []))

    def _section(self, name: str) -> dict[str, Any]:
        value = self.data.get(name)
        return value if isinstance(value, dict) else {}

    def severity(self, rule_id: str, default: str = "warning") -> str:
        return severity_value(self._section("rules").get(rule_id), default)

    def requirements(self, kind: str, target: str, model_release: bool) -> list[str]:
        """Evidence kinds a claim of ``kind`` about ``target`` must be backed by.

        ``requirements.<model_release|software>.<kind>`` is a list (every target) or a mapping from
        target to a list, where ``other`` is the fallback for targets not listed.  ``data_information``
        is returned as ``training_data``."""
        group = self._section("requirements").get("model_release" if model_release else "software")
        if not isinstance(group, dict):
            return []
        by_kind = group.get(kind, [])
        if isinstance(by_kind, dict):
            by_kind = by_kind.get(target, by_kind.get("other", []))
        out: list[str] = []
        for item in by_kind if isinstance(by_kind, list) else []:
            name = EVIDENCE_ALIASES.get(str(item), str(item))
            if name not in out:
                out.append(name)
        return out

    def accepted_evidence(self, requirement: str) -> list[str] | None:
        """Evidence item kinds (link, path, metadata, ...) that count for ``requirement``; None = all."""
        requirement = EVIDENCE_ALIASES.get(requirement, requirement)
        value = self._section("evidence").get(requirement)
        return [str(v) for v in value] if isinstance(value, list) else None

    def filter_evidence(self, evidence: Evidence) -> Evidence:
        """Drop evidence items of kinds the policy does not accept (``evidence.<requirement>``), in place."""
        for requirement in ("training_code", "training_data", "weights"):
            accepted = self.accepted_evidence(requirement)
            if accepted is not None:
                items = getattr(evidence, requirement)
                setattr(evidence, requirement, [item for item in items if item.kind in accepted])
        return evidence

    def license_rules(self, component: str) -> tuple[list[str], list[str]]:
        """(allow, deny) for ``component``, lower-cased."""
        rules = self._section("licenses").get(component, {})
        if not isinstance(rules, dict):
            return [], []
        return ([str(x).lower() for x in rules.get("allow", []) or []],
                [str(x).lower() for x in rules.get("deny", []) or []])

    def license_allowed(self, component: str, lic: License) -> bool:
        """Whether ``lic`` is acceptable for ``component`` (code, weights or data).

        Deny wins over allow; entries are SPDX ids (case-insensitive) or categories."""
        allow, deny = self.license_rules(component)
        if lic.id.lower() in deny or lic.category in deny:
            return False
        return lic.id.lower() in allow or lic.category in allow

    def fails(self, severity: str) -> bool:
        """Whether a finding of ``severity`` makes the run fail under this policy."""
        if self.mode == "annotate" or self.fail_on == "never" or severity == "off":
            return False
        return SEVERITY_RANK.get(severity, 0) >= SEVERITY_RANK.get(self.fail_on, 3)

    @property
    def waivers(self) -> list[Waiver]:
        """The waivers in force (expired ones included: they stop waiving and are reported as OW901)."""
        raws = self.data.get("waivers") or []
        if not raws:
            return []
        import datetime as dt  # lazy: a policy without waivers (the hook's usual one) needs no dates

        out: list[Waiver] = []
        for i, raw in enumerate(raws):
            if not isinstance(raw, dict):
                continue
            expires = raw.get("expires")
            if isinstance(expires, dt.datetime):
                expires = expires.date()
            if isinstance(expires, str):
                try:
                    expires = dt.date.fromisoformat(expires)
                except ValueError:
                    expires = None
            out.append(Waiver(rule=str(raw.get("rule", "")).upper(), path=str(raw.get("path", "**")),
                              reason=str(raw.get("reason", "")),
                              expires=expires if isinstance(expires, dt.date) else None,
                              approver=str(raw.get("approver", "") or ""),
                              origin=self.origins.get(f"waivers[{i}]", self.origins.get("waivers", "policy"))))
        return out

    def origin(self, path: str) -> str:
        """Where the setting at ``path`` came from (file:line), walking up to the nearest recorded parent."""
        probe = path
        while probe:
            if probe in self.origins:
                return self.origins[probe]
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else ""
        prefix = (path + ".", path + "[")
        for key, origin in self.origins.items():
            if key.startswith(prefix):
                return origin
        return self.sources[-1] if self.sources else "policy"
