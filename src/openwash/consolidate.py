"""One finding per cause: several claims in one document that miss the same piece give one finding.

The rules report a finding per claim.  When several claims in a document share a rule (the same missing
training code, the same closed license), the finding is kept at the claim that carries the most weight —
the most severe one (OW107 is an error for an open-source claim, a warning for an open-weights
claim), then a claim in prose over a front-matter tag, an earlier claim over a later one — and the other claims'
places become its related locations.  Waived or suppressed findings are grouped apart from active ones
(and by their reason), so a suppression on one claim never hides another claim's finding.
"""

from __future__ import annotations

from openwash.findings import SEVERITY_ORDER, Finding
from openwash.records import replace


def _weight(f: Finding) -> tuple:
    """Sort key: the best primary first (the most severe, then a sentence over a tag, then the first)."""
    front_matter = f.extra.get("block_kind") == "front_matter"
    return (SEVERITY_ORDER.get(f.severity, 9), front_matter, f.line, f.column)


def one_per_cause(findings: list[Finding]) -> list[Finding]:
    groups: dict[tuple[str, str, str], list[Finding]] = {}
    out: list[Finding] = []
    for f in findings:
        if not f.claim or not f.extra.get("per_claim"):
            out.append(f)
            continue
        groups.setdefault((f.rule, f.file, f.waived), []).append(f)
    for group in groups.values():
        group.sort(key=_weight)
        primary = group[0]
        related: list[tuple[str, int, int]] = list(primary.related)
        for other in group[1:]:
            place = (other.file, other.line, other.column)
            if place not in related and place != (primary.file, primary.line, primary.column):
                related.append(place)
        out.append(replace(primary, related=tuple(related)))
    return out
