"""The organization report as CSV: one row per repository (``openwash org OWNER --format csv``).

Cells that a spreadsheet would read as a formula (starting with ``=``, ``+``, ``-``, ``@``) are prefixed
with an apostrophe."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openwash.github.org.model import OrgReport

COLUMNS = ["repository", "verdict", "is_model_release", "claims_open_source", "backed", "errors", "warnings",
           "notices", "waived", "rules", "license_category", "licenses", "training_code", "training_data",
           "weights", "visibility", "archived", "fork", "default_branch", "commit", "url", "findings", "error"]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    s = str(value)
    if s[:1] in ("=", "+", "-", "@", "\t", "\r"):
        s = "'" + s
    return s


def render(report: OrgReport, **_: object) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for o in report.outcomes:
        findings = o.active_findings
        row = {
            "repository": o.repository, "verdict": o.verdict, "is_model_release": o.is_model_release,
            "claims_open_source": o.claims_open_source, "backed": o.backed,
            "errors": o.summary.get("error", 0), "warnings": o.summary.get("warning", 0),
            "notices": o.summary.get("notice", 0), "waived": o.summary.get("waived", 0),
            "rules": " ".join(sorted({f["rule"] for f in findings})),
            "license_category": o.license.category, "licenses": "; ".join(o.license.names),
            "training_code": o.evidence.count("training_code"), "training_data": o.evidence.count("training_data"),
            "weights": o.evidence.count("weights"),
            "visibility": o.visibility, "archived": o.archived, "fork": o.fork,
            "default_branch": o.default_branch, "commit": o.commit, "url": o.url,
            "findings": "; ".join(f"{f['rule']} {f['severity']} {f.get('file') or '.'}:{f.get('line', 0)}"
                                  for f in findings),
            "error": o.error,
        }
        writer.writerow([_cell(row[c]) for c in COLUMNS])
    return buf.getvalue()
