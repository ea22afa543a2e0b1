"""GitHub Actions: workflow-command annotations, the job summary and the sticky pull-request comment.

GitHub's caps (step summary bytes, comment characters) and the sticky comment's marker live here; the
Markdown they are written in (escaping, tables, byte budget) is :mod:`openwash.report.markdown`, which
does not know about GitHub.

``openwash check --format github`` prints one ``::error``/``::warning``/``::notice`` line per finding
(most severe first, at most :data:`MAX_PER_LEVEL` per level because GitHub drops the rest of a step's
annotations) and, when ``$GITHUB_STEP_SUMMARY`` is set, appends the Markdown job summary there.

Everything a repository wrote (claim sentences, file names, hints that quote a license name) is data:
it is escaped so that it can never end the current line, and free text echoed to the log goes inside
``::stop-commands::<random token>`` ... ``::<token>::`` so that a line such as ``::add-mask::`` or
``::set-output`` written in a README is printed, never executed.
"""

from __future__ import annotations

import os
import re
import secrets
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from openwash.baseline import Outcome
from openwash.findings import Finding, sort_key
from openwash.records import field, record
from openwash.report import markdown
from openwash.report.markdown import (
    FINDING_HEADER,
    Budget,
    finding_row,
    location,
    md_text,
    plural,
    relative_to_root,
    table,
)
from openwash.rules import rule_names
from openwash.safetext import BIDI_CONTROLS, C1_CONTROLS, visible_escape

if TYPE_CHECKING:
    from openwash.engine import Result

STEP_SUMMARY_LIMIT = 1024 * 1024  # GitHub's cap per step summary (bytes)
COMMENT_MAX_CHARS = 65_536  # GitHub's cap on a comment body
COMMENT_BUDGET = 60_000
STICKY_MARKER = "<!-- openwash:sticky -->"
MAX_PER_LEVEL = 10  # GitHub keeps 10 error + 10 warning + 10 notice annotations per step
LEVELS = {"error": "error", "warning": "warning", "notice": "notice"}
# Characters that some line readers treat as line breaks, and NUL: never let them reach the log raw.
_ODD_BREAKS = re.compile(r"[\x00\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Terminal controls (ANSI escape sequences, C1 CSI) and bidi controls: GitHub's log viewer renders ANSI
# escapes, so repository text could recolour or hide log lines.  They are shown as visible escapes.
# (Applied after _ODD_BREAKS, which has already turned \x1c-\x1e and \x85 into spaces; tab, LF and CR stay.)
_CONTROLS = re.compile(rf"[\x01-\x08\x0e-\x1f{C1_CONTROLS}{BIDI_CONTROLS}]")


def escape_data(text: str) -> str:
    """Escape the message part of a workflow command (``%``, CR, LF), per the runner's rules."""
    text = _CONTROLS.sub(visible_escape, _ODD_BREAKS.sub(" ", str(text)))
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value of a workflow command: data escapes plus ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str = "", **properties: object) -> str:
    """One workflow command line, e.g. ``::error file=README.md,line=3::message``."""
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items()
                     if value is not None and value != "")
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}"


def stop_commands(text: str, token: str | None = None) -> str:
    """``text`` wrapped so that the runner processes no workflow command inside it."""
    token = token or secrets.token_hex(16)
    body = text if text.endswith("\n") else text + "\n"
    # The token is random per call, so text written in a repository cannot contain it.
    return f"::stop-commands::{token}\n{body}::{token}::\n"


@record
class AnnotationPlan:
    """Which findings become annotations, and how many did not fit under GitHub's caps."""

    shown: list[Finding] = field(default_factory=list)
    overflow: dict[str, int] = field(default_factory=dict)  # level -> findings not annotated

    @property
    def overflow_total(self) -> int:
        return sum(self.overflow.values())


def plan_annotations(findings: list[Finding], limit: int = MAX_PER_LEVEL) -> AnnotationPlan:
    plan = AnnotationPlan()
    counts: dict[str, int] = {}
    for f in sorted(findings, key=sort_key):
        level = LEVELS.get(f.severity, "notice")
        if counts.get(level, 0) >= limit:
            plan.overflow[level] = plan.overflow.get(level, 0) + 1
            continue
        counts[level] = counts.get(level, 0) + 1
        plan.shown.append(f)
    return plan


def _clip(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def annotation(f: Finding, prefix: str = "", rule_name: str = "", new: bool | None = None) -> str:
    """The workflow command for one finding.  ``prefix`` makes the path relative to the repository root."""
    level = LEVELS.get(f.severity, "notice")
    parts = [f.message]
    if f.claim:
        parts.append(f"Claim: “{_clip(f.claim, 300)}”")
    if f.missing:
        parts.append("Missing: " + ", ".join(m.replace("_", " ") for m in f.missing))
    if f.hint:
        parts.append(f"Fix: {f.hint}")
    parts.append(f"(`openwash explain {f.rule}` documents this rule)")
    title = f"openwash {f.rule}" + (f" {rule_name}" if rule_name else "") + (" (new)" if new else "")
    end_line = f.end_line or f.line
    props: dict[str, object] = {"file": prefix + f.file, "line": f.line, "col": f.column, "endLine": end_line}
    if f.end_column and end_line == f.line and f.end_column > f.column:
        props["endColumn"] = f.end_column
    props["title"] = title
    return command(level, "\n".join(parts), **props)


def render_annotations(outcome: Outcome, limit: int = MAX_PER_LEVEL) -> tuple[str, AnnotationPlan]:
    """Annotation lines for the findings that count (new ones under only-new), and the plan."""
    names = rule_names()
    plan = plan_annotations(outcome.annotated, limit)
    lines = [annotation(f, outcome.prefix, names.get(f.rule, ""), outcome.is_new(f) if outcome.comparison else None)
             for f in plan.shown]
    return "".join(line + "\n" for line in lines), plan


def render(result: Result, outcome: Outcome | None = None, **_: object) -> str:
    """Annotations, then a one-line tally (no repository text in it)."""
    outcome = outcome or Outcome(result)
    text, plan = render_annotations(outcome)
    summary = result.summary()
    tally = ", ".join(f"{summary.get(s, 0)} {s}{'s' if summary.get(s, 0) != 1 else ''}"
                      for s in ("error", "warning", "notice"))
    extra = ""
    if outcome.comparison is not None:
        c = outcome.comparison
        extra = f"; {len(c.new)} new, {len(c.preexisting)} pre-existing, {len(c.fixed)} fixed vs {c.short_ref}"
    if plan.overflow_total:
        extra += f"; {plan.overflow_total} not annotated (GitHub shows {MAX_PER_LEVEL} per level), see the job summary"
    text += f"openwash: {tally}{extra} — {outcome.verdict}\n"
    return text


def summary_budget(path: Path, limit: int) -> int:
    """Bytes still free in a step summary file that GitHub caps at ``limit`` bytes."""
    try:
        used = path.stat().st_size
    except OSError:
        used = 0
    return max(0, limit - used)


def append_step_summary(outcome: Outcome, env: dict[str, str] | None = None, links: str | None = None) -> Path | None:
    """Append the Markdown job summary to ``$GITHUB_STEP_SUMMARY`` (if set), staying under GitHub's 1 MiB."""
    env = env if env is not None else dict(os.environ)
    target = env.get("GITHUB_STEP_SUMMARY")
    if not target:
        return None
    path = Path(target)
    budget = min(markdown.SUMMARY_MAX_BYTES, summary_budget(path, STEP_SUMMARY_LIMIT) - 1024)
    if budget < 2048:
        return None
    _, plan = render_annotations(outcome)
    if links is None:
        links = markdown.blob_base(env)
    text = markdown.render_outcome(outcome, max_bytes=budget, annotation_plan=plan, links=links)
    try:  # the runner's file: appended to (other steps write it too), never replaced
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(text if text.endswith("\n") else text + "\n")
    except OSError as exc:  # a full disk costs the summary, not the check
        print(f"openwash: cannot append the job summary to {path}: {exc.strerror or exc}", file=sys.stderr)
        return None
    return path


def comment_body(outcome: Outcome, run_url: str = "", links: str = "", had_findings_before: bool = False,
                 budget_chars: int = COMMENT_BUDGET) -> str:
    """The sticky pull-request comment: the hidden marker, the verdict, and the new findings."""
    c = outcome.comparison
    names = rule_names()
    budget = Budget(budget_chars)  # bytes >= characters, so this also keeps the body under the char cap
    budget.add(STICKY_MARKER + "\n")
    gating = outcome.annotated
    pre = len(c.preexisting) if c is not None else 0
    inline = sorted((f for f in outcome.result.findings if f.waived.startswith("suppressed inline")), key=sort_key)
    if not gating and inline:
        budget.add(f"### openwash: ✅ no open findings; {plural(len(inline), 'finding')} silenced by inline "
                   "suppressions (listed below with their reasons)\n")
        if pre:
            budget.add(f"\n{plural(pre, 'pre-existing finding')} on the base branch "
                       "(not introduced here) are listed in the job summary.\n")
    elif not gating:
        if had_findings_before and c is not None and c.suppressed:
            budget.add("### openwash: ✅ no open findings left\n\nThe findings reported earlier on this pull "
                       "request are fixed or suppressed.\n")
        elif had_findings_before:
            budget.add("### openwash: ✅ all fixed\n\nThe open-washing findings reported earlier on this pull "
                       "request are fixed. Thank you!\n")
        else:
            budget.add("### openwash: ✅ no open-washing findings in this pull request\n")
        if pre:
            budget.add(f"\n{plural(pre, 'pre-existing finding')} on the base branch "
                       "(not introduced here) are listed in the job summary.\n")
    else:
        icon = "❌" if outcome.failed else "⚠️"
        counts = outcome.counts()
        tally = ", ".join(plural(counts[s], s) for s in ("error", "warning", "notice") if counts[s])
        scope = "introduced by this pull request" if (c is not None and outcome.only_new) else "in this pull request"
        budget.add(f"### openwash: {icon} {tally} {scope}\n\n")
        budget.add("Release wording should match what is released: an *open-source* model needs its training "
                   "code, training data (or data information) and an open license; otherwise call it "
                   "*open-weights* and name the license.\n\n")

        def row(f: Finding) -> str:
            return finding_row(f, outcome.prefix, links, names)

        table(budget, gating, row, FINDING_HEADER, 1200)
        if pre:
            budget.add(f"{plural(pre, 'pre-existing finding')} on the base branch are not counted here.\n", 600)
    if c is not None and c.fixed and gating:
        budget.add(f"\n{plural(len(c.fixed), 'finding')} fixed by this pull request.\n", 400)
    if c is not None and c.suppressed:
        budget.add(f"\n{plural(len(c.suppressed), 'existing finding')} suppressed or waived by this pull request "
                   "(reasons in the job summary).\n", 400)
    if inline:
        budget.add(f"\n**Inline suppressions used ({len(inline)})** — review their reasons:\n\n", 600)
        for i, f in enumerate(inline):
            line = (f"- {md_text(f.rule, 10)} at {location(f, outcome.prefix, links)}: "
                    f"{md_text(relative_to_root(f.waived, outcome.result), 300)}\n")
            if not budget.add(line, 500):
                budget.add(f"- … and {len(inline) - i} more (listed in the job summary)\n")
                break
    if c is not None and c.policy_changed:
        budget.add("\n**Policy changes take effect after merge:** this pull request edits "
                   + ", ".join(md_text(p, 120) for p in c.policy_changed[:20])
                   + (", …" if len(c.policy_changed) > 20 else "")
                   + "; the policy of the base branch applies to this check.\n", 300)
    footer = "\n<sub>Updated on every push by openwash"
    if run_url:
        footer += f" · [workflow run]({run_url})"
    footer += " · `openwash explain RULE` documents each rule.</sub>\n"
    budget.add(footer)
    return budget.text()


def run_url(env: dict[str, str] | None = None) -> str:
    env = env if env is not None else dict(os.environ)
    server = env.get("GITHUB_SERVER_URL", "").rstrip("/")
    repo = env.get("GITHUB_REPOSITORY", "")
    run_id = env.get("GITHUB_RUN_ID", "")
    if server.startswith("http") and re.fullmatch(r"[\w.-]+/[\w.-]+", repo) and run_id.isdigit():
        return f"{server}/{repo}/actions/runs/{run_id}"
    return ""
