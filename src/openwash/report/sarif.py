"""SARIF 2.1.0 for GitHub code scanning (``github/codeql-action/upload-sarif``) and other viewers.

* ``tool.driver.rules`` lists every rule openwash has (stable ids), with short and full descriptions and
  the rule's documentation (including the fix) as ``help``.
* Each result has a repository-relative URI (``uriBaseId: %SRCROOT%``), a region with start/end line and
  column (SARIF end columns are exclusive, as openwash's are), a level from the severity
  (error/warning/note), and ``partialFingerprints["openwash/v1"]`` = :attr:`Finding.fingerprint`, which
  survives line moves.
* Waived and inline-suppressed findings are kept, with a ``suppressions`` entry (``external`` for a policy
  waiver, ``inSource`` for an HTML-comment suppression) and the reason as its justification.
* With a base comparison, ``baselineState`` says ``new`` or ``unchanged``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from openwash import __version__
from openwash.report.markdown import relative_to_root
from openwash.rules import all_rules
from openwash.safetext import json_log_safe

if TYPE_CHECKING:
    from openwash.baseline import Outcome
    from openwash.engine import Result
    from openwash.findings import Finding

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/openwash/openwash"
LEVELS = {"error": "error", "warning": "warning", "notice": "note", "off": "none"}
FINGERPRINT_KEY = "openwash/v1"


def _first_paragraph(doc: str) -> str:
    para = doc.strip().split("\n\n", 1)[0]
    return " ".join(para.split())


def _fix_text(doc: str) -> str:
    """The "Fix:" paragraph of a rule's documentation, if it has one."""
    for para in doc.strip().split("\n\n"):
        if para.lstrip().lower().startswith("fix"):
            return " ".join(para.split())
    return ""


def rules_json() -> tuple[list[dict[str, Any]], dict[str, int]]:
    out: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for rid, rule in sorted(all_rules().items()):
        index[rid] = len(out)
        fix = _fix_text(rule.doc)
        full = _first_paragraph(rule.doc) or rule.title
        out.append({
            "id": rid,
            "name": rule.name,
            "shortDescription": {"text": rule.title},
            "fullDescription": {"text": full + (f" {fix}" if fix and fix not in full else "")},
            "help": {"text": rule.doc.strip() or rule.title,
                     "markdown": f"**{rid} — {rule.title}**\n\n{rule.doc.strip()}"},
            "defaultConfiguration": {"level": LEVELS.get(rule.severity, "warning"),
                                     "enabled": rule.severity != "off"},
            "properties": {"tags": ["openwash", "open-washing", "licensing"], "precision": "high"},
        })
    return out, index


def uri_of(path: str) -> str:
    """A repository-relative URI reference (percent-encoded, forward slashes)."""
    return quote(path.replace("\\", "/").lstrip("/"), safe="/-._~")


def result_json(f: Finding, index: dict[str, int], prefix: str, outcome: Outcome | None,
                root_of: Result | None = None) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": max(f.line, 1), "startColumn": max(f.column, 1)}
    end_line = max(f.end_line or f.line, f.line, 1)
    region["endLine"] = end_line
    if f.end_column and (end_line > f.line or f.end_column > f.column):
        region["endColumn"] = f.end_column
    text = f.message + (f" Fix: {f.hint}" if f.hint else "")
    out: dict[str, Any] = {
        "ruleId": f.rule,
        "level": LEVELS.get(f.severity, "warning"),
        "message": {"text": text},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": uri_of(prefix + f.file), "uriBaseId": "%SRCROOT%"},
            "region": region}}],
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
        "properties": {"severity": f.severity},
    }
    if f.related:
        out["relatedLocations"] = [
            {"id": i, "message": {"text": "the same claim, also made here"},
             "physicalLocation": {"artifactLocation": {"uri": uri_of(prefix + file), "uriBaseId": "%SRCROOT%"},
                                  "region": {"startLine": max(line, 1), "startColumn": max(column, 1)}}}
            for i, (file, line, column) in enumerate(f.related, start=1)]
    if f.rule in index:
        out["ruleIndex"] = index[f.rule]
    if f.claim:
        out["properties"]["claim"] = f.claim
    if f.missing:
        out["properties"]["missing"] = list(f.missing)
    if f.waived:
        kind = "inSource" if f.waived.startswith("suppressed inline") else "external"
        out["suppressions"] = [{"kind": kind, "status": "accepted", "justification": f.waived}]
        if root_of is not None:
            out["suppressions"][0]["justification"] = relative_to_root(f.waived, root_of)
    if outcome is not None and outcome.comparison is not None and not f.waived:
        out["baselineState"] = "new" if outcome.comparison.is_new(f) else "unchanged"
    return out


def to_sarif(result: Result, outcome: Outcome | None = None) -> dict[str, Any]:
    rules, index = rules_json()
    prefix = outcome.prefix if outcome is not None else ""
    notifications = [{"level": "note", "message": {"text": n.message},
                      "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri_of(prefix + n.path),
                                                                                "uriBaseId": "%SRCROOT%"}}}]}
                     for n in result.notices if n.path and n.path != "."]
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "openwash", "version": __version__, "semanticVersion": __version__,
                            "informationUri": INFORMATION_URI, "rules": rules}},
        "automationDetails": {"id": "openwash/"},
        "columnKind": "unicodeCodePoints",
        "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notifications}],
        "results": [result_json(f, index, prefix, outcome, result) for f in result.findings],
        "properties": {"policy": [relative_to_root(s, result) for s in result.policy.sources], "verdict": (outcome.verdict if outcome is not None
                                                                           else ("fail" if result.failed else "pass"))},
    }
    if outcome is not None and outcome.comparison is not None:
        run["properties"]["baseline"] = outcome.comparison.base_sha
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(result: Result, outcome: Outcome | None = None, **_: object) -> str:
    return json_log_safe(json.dumps(to_sarif(result, outcome), indent=2, ensure_ascii=False)) + "\n"
