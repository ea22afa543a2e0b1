"""Findings: what a rule reports, where, how severe, and how to fix it."""

from __future__ import annotations

import re

from openwash.records import field, record, replace

SEVERITY_ORDER = {"error": 0, "warning": 1, "notice": 2}


@record(frozen=True)
class Finding:
    rule: str
    severity: str  # error | warning | notice
    file: str
    line: int
    column: int
    message: str
    hint: str
    claim: str = ""  # the claim sentence this finding is about ("" for repository-level findings)
    end_line: int = 0
    end_column: int = 0
    missing: tuple[str, ...] = ()  # evidence kinds that are missing
    waived: str = ""  # why it is waived or suppressed ("" when it is not)
    # Other places the same cause was found (further claims in the same document): (file, line, column).
    related: tuple[tuple[str, int, int], ...] = ()
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def fingerprint(self) -> str:
        """Identity that survives line moves: rule + file + normalized claim (or message) text."""
        basis = self.claim or self.message
        normalized = re.sub(r"\W+", " ", basis.lower()).strip()
        import hashlib  # (here: only a comparison or a report with fingerprints needs it; ~4 ms of start-up)

        digest = hashlib.sha256(f"{self.rule}\0{self.file}\0{normalized}".encode()).hexdigest()
        return digest[:32]

    def waive(self, reason: str) -> Finding:
        return replace(self, waived=reason)

    def as_json(self) -> dict:
        out = {
            "rule": self.rule, "severity": self.severity, "file": self.file, "line": self.line,
            "column": self.column, "message": self.message, "hint": self.hint,
            "end_line": self.end_line or self.line, "end_column": self.end_column or self.column,
            "claim": self.claim, "missing": list(self.missing), "fingerprint": self.fingerprint,
            "waived": bool(self.waived),
            "related": [{"file": file, "line": line, "column": column} for file, line, column in self.related],
        }
        if self.waived:
            out["waived_reason"] = self.waived
        return out


def sort_key(f: Finding) -> tuple:
    return (SEVERITY_ORDER.get(f.severity, 9), f.file, f.line, f.column, f.rule)
