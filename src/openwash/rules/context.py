"""What every rule sees."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol

from openwash.claims import Claim
from openwash.discovery import Repository
from openwash.documents import Document
from openwash.evidence import Evidence
from openwash.findings import Finding
from openwash.licenses import License


class PolicyView(Protocol):
    """What rules read of the policy: what counts as evidence and as an open license, never severities
    (the engine applies the policy's `rules:` section to what the rules yield).  A protocol, so that the
    rules do not import the policy package, whose validator imports the rule catalog."""

    @property
    def model_release(self) -> str: ...

    def license_allowed(self, component: str, lic: License) -> bool: ...

    def requirements(self, kind: str, target: str, model_release: bool) -> list[str]: ...


@dataclass
class RuleContext:
    repo: Repository
    docs: list[Document]
    claims: list[Claim]
    evidence: Evidence
    policy: PolicyView
    is_model_release: bool
    today: dt.date = field(default_factory=dt.date.today)
    defaults: dict[str, str] = field(default_factory=dict)  # rule id -> default severity (the engine's catalog)

    def finding(self, rule: str, file: str, line: int, column: int, message: str, hint: str, **kw) -> Finding:
        """A finding of ``rule`` at the rule's default severity (the engine applies the policy's)."""
        return Finding(rule=rule, severity=self.defaults.get(rule, "warning"), file=file, line=max(line, 1),
                       column=max(column, 1), message=message, hint=hint, **kw)
