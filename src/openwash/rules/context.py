"""What every rule sees."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from openwash.claims import Claim
from openwash.discovery import Repository
from openwash.documents import Document
from openwash.evidence import Evidence
from openwash.findings import Finding
from openwash.policy import Policy


@dataclass
class RuleContext:
    repo: Repository
    docs: list[Document]
    claims: list[Claim]
    evidence: Evidence
    policy: Policy
    is_model_release: bool
    today: dt.date = field(default_factory=dt.date.today)

    def finding(self, rule: str, file: str, line: int, column: int, message: str, hint: str, **kw) -> Finding | None:
        """A finding at the policy's severity for ``rule``, or None when the rule is off."""
        from openwash.rules import get

        default = get(rule).severity if get(rule) else "warning"
        severity = self.policy.severity(rule, default)
        if severity == "off":
            return None
        return Finding(rule=rule, severity=severity, file=file, line=max(line, 1), column=max(column, 1),
                       message=message, hint=hint, **kw)
