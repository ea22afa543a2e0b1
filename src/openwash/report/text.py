"""Plain text: ``path:line:col: RULE severity: message`` with an indented hint.

A waived or suppressed finding is one line without the hint (nothing to fix until the waiver expires).
Compared with a baseline commit, each finding not on it ends in ``[new]``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openwash.safetext import printable

if TYPE_CHECKING:
    from openwash.baseline import Outcome
    from openwash.engine import Result


def render(result: Result, outcome: Outcome | None = None, **_: object) -> str:
    lines: list[str] = []
    is_new = outcome.is_new if outcome is not None and outcome.comparison is not None else None
    hinted: set[str] = set()  # each rule's hint is printed once
    for f in result.findings:
        status = f" (waived: {f.waived})" if f.waived else ""
        new = " [new]" if is_new is not None and not f.waived and is_new(f) else ""
        lines.append(f"{f.file}:{f.line}:{f.column}: {f.rule} {f.severity}: {f.message}{status}{new}")
        if f.related:
            also = ", ".join(f"{line}:{column}" if file == f.file else f"{file}:{line}:{column}"
                             for file, line, column in f.related[:5])
            more = f" and {len(f.related) - 5} more" if len(f.related) > 5 else ""
            lines.append(f"    also claimed at {also}{more}")
        if not f.waived and f.hint and f.rule not in hinted:  # waived and suppressed findings get no hint
            hinted.add(f.rule)
            lines.append(f"    hint: {f.hint}")
    summary = result.summary()
    parts = [f"{summary[s]} {s}{'s' if summary[s] != 1 else ''}" for s in ("error", "warning", "notice")]
    if summary.get("waived"):
        parts.append(f"{summary['waived']} waived")
    kind = "model release" if result.is_model_release else "not a model release"
    claims = [c for c in result.claims if not c.negated]
    verdict = "fail" if result.failed else "pass"
    lines.append(f"openwash: {len(claims)} claim{'s' if len(claims) != 1 else ''}, {kind}; "
                 f"{', '.join(parts)} — {verdict}")
    return "\n".join(printable(line) for line in lines) + "\n"
