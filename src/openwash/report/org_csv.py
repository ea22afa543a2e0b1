"""The organization report as CSV: one row per repository (``openwash org OWNER --format csv``).

Cells that a spreadsheet would read as a formula (starting with ``=``, ``+``, ``-``, ``@``) are prefixed
with an apostrophe."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any

from openwash.report.org_common import active

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
        findings = active(o)
        summary = o.get("summary", {})
        ev = o.get("evidence", {})
        row = {
            "repository": o["repository"], "verdict": o["verdict"], "is_model_release": o.get("is_model_release"),
            "claims_open_source": o.get("claims_open_source", 0), "backed": o.get("backed"),
            "errors": summary.get("error", 0), "warnings": summary.get("warning", 0),
            "notices": summary.get("notice", 0), "waived": summary.get("waived", 0),
            "rules": " ".join(sorted({f["rule"] for f in findings})),
            "license_category": o.get("license", {}).get("category", ""),
            "licenses": "; ".join(o.get("license", {}).get("names", o.get("license", {}).get("spdx", []))),
            "training_code": ev.get("training_code_count", len(ev.get("training_code", []))),
            "training_data": ev.get("training_data_count", len(ev.get("training_data", []))),
            "weights": ev.get("weights_count", len(ev.get("weights", []))),
            "visibility": o.get("visibility"), "archived": o.get("archived"), "fork": o.get("fork"),
            "default_branch": o.get("default_branch"), "commit": o.get("commit"), "url": o.get("url"),
            "findings": "; ".join(f"{f['rule']} {f['severity']} {f.get('file') or '.'}:{f.get('line', 0)}"
                                  for f in findings),
            "error": o.get("error", ""),
        }
        writer.writerow([_cell(row[c]) for c in COLUMNS])
    return buf.getvalue()
