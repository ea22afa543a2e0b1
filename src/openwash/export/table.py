"""A terminal table: one row per MOF component (class, included, license, evidence)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from openwash.components import Release
from openwash.export import mof
from openwash.safetext import printable

if TYPE_CHECKING:
    from openwash.engine import Result

ROMAN = {1: "I", 2: "II", 3: "III"}


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render(release: Release, result: Result, today: dt.date | None = None) -> str:
    ev = mof.evaluate(mof.document(release, result, today))
    rows = [("component", "class", "included", "license", "evidence")]
    for c in release.components:
        lic = f"{c.license.id} ({c.license.category})" if c.license.id else "-"
        evidence = c.evidence[0].url or c.evidence[0].where if c.evidence else "-"
        cls = ROMAN[c.spec.mof_class] + ("" if c.spec.required else "*")
        rows.append((c.name, cls, c.included, _cut(lic, 44), _cut(evidence, 60)))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = []
    for i, r in enumerate(rows):
        lines.append("  ".join(cell.ljust(widths[j]) for j, cell in enumerate(r)).rstrip())
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.append("")
    lines.append(f"{release.name}: MOF {mof.CLASS_TITLES[ev.mof_class]} (computed as the Model Openness Tool does)")
    if ev.unmet:
        lines.append(f"first unmet requirement: {ev.unmet}")
    for c in release.components:
        if c.included == "partial":
            lines.append(f"partial: {c.name}: {c.reason}")
    lines.append("* optional component")
    return "\n".join(printable(line) for line in lines) + "\n"
