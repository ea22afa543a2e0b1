"""Markdown: ``--format markdown`` and the pieces the GitHub job summary and sticky comment are built of.

Every piece of repository text (claims, file names, hints quoting license names, waiver reasons,
evidence values) goes through :func:`md_text`, which makes it inert: Markdown and HTML are escaped,
``@name`` cannot mention (ping) anyone, ``#123`` and URLs do not turn into links, bidi controls are
dropped.  Mentions, references and URLs are put in code spans (GitHub neither links nor pings inside
code), so that what a reader copies is exactly the text: no invisible character is inserted.  The output is kept under a byte budget: GitHub caps a step summary at 1 MiB and a comment
at 65,536 characters; rows that do not fit are counted instead of shown.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol
from urllib.parse import quote

from openwash.baseline import Outcome
from openwash.findings import Finding, sort_key
from openwash.rules import rule_names
from openwash.safetext import LINKABLE, code_span, linkable_word
from openwash.safetext import markdown_text as md_text

if TYPE_CHECKING:
    from openwash.engine import Result


class AnnotationOverflow(Protocol):
    """What the summary needs of an annotation plan (openwash.github.presentation.AnnotationPlan): the findings per
    level that did not fit under GitHub's annotation caps.  A protocol, so that Markdown does not import the
    GitHub side."""

    overflow: dict[str, int]

    @property
    def overflow_total(self) -> int: ...

# What openwash writes at most: the job summary's headroom under GitHub's 1 MiB step-summary cap
# (openwash.github.presentation.STEP_SUMMARY_LIMIT), and the cap of `--format markdown`.
SUMMARY_MAX_BYTES = 1_000_000

# The escaping itself is openwash.safetext's (one module for Markdown, HTML and terminal text); these names
# stay importable from here for the report modules.
__all__ = ["LINKABLE", "code_span", "linkable_word", "md_text"]


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def blob_base(env: dict[str, str] | None = None, sha: str = "") -> str:
    """``https://github.com/OWNER/REPO/blob/SHA/`` from the run's environment, or ""."""
    env = env if env is not None else dict(os.environ)
    server = env.get("GITHUB_SERVER_URL", "").rstrip("/")
    repo = env.get("GITHUB_REPOSITORY", "")
    sha = sha or env.get("GITHUB_SHA", "")
    if not (server.startswith("https://") or server.startswith("http://")) or not repo or not re.fullmatch(
            r"[0-9a-fA-F]{7,64}", sha or "") or not re.fullmatch(r"[\w.-]+/[\w.-]+", repo):
        return ""
    return f"{server}/{repo}/blob/{sha}/"


def location(f: Finding, prefix: str = "", links: str = "") -> str:
    shown = md_text(f"{prefix}{f.file}:{f.line}", 200)
    if links:
        url = links + quote(prefix + f.file) + f"#L{f.line}"
        return f"[{shown}]({url})"
    return shown


class Budget:
    """Appends text while it fits in ``limit`` bytes (UTF-8), keeping ``reserve`` free for later parts."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[str] = []
        self.used = 0

    def fits(self, text: str, reserve: int = 0) -> bool:
        return self.used + len(text.encode("utf-8")) + reserve <= self.limit

    def add(self, text: str, reserve: int = 0) -> bool:
        if not self.fits(text, reserve):
            return False
        self.parts.append(text)
        self.used += len(text.encode("utf-8"))
        return True

    def text(self) -> str:
        return "".join(self.parts)


FINDING_HEADER = "| Rule | Location | Claim | What is missing | Fix |\n|---|---|---|---|---|\n"


def finding_row(f: Finding, prefix: str = "", links: str = "", names: dict[str, str] | None = None) -> str:
    name = (names or {}).get(f.rule, "")
    rule = f"**{f.rule}** {f.severity}" + (f"<br>{md_text(name, 80)}" if name else "")
    claim = md_text(f.claim, 240) if f.claim else "—"
    if f.missing:
        missing = ", ".join(md_text(m.replace("_", " "), 60) for m in f.missing)
    else:
        missing = md_text(f.message, 240)
    return f"| {rule} | {location(f, prefix, links)} | {claim} | {missing} | {md_text(f.hint, 400)} |\n"


def table(budget: Budget, findings: list[Finding], row: Callable[[Finding], str], header: str,
           reserve: int, what: str = "finding") -> int:
    """Add a table of ``findings``; returns how many rows did not fit."""
    if not findings:
        return 0
    if not budget.add(header, reserve):
        return len(findings)
    for i, f in enumerate(findings):
        if not budget.add(row(f), reserve + 200):
            left = len(findings) - i
            budget.add(f"\n… and {plural(left, what)} more, not shown here (size limit); "
                       "the SARIF and JSON reports have all of them.\n")
            return left
    budget.add("\n")
    return 0


def _evidence_lines(result: Result, limit_each: int = 10) -> list[str]:
    ev = result.evidence
    lic = result.license_summary()
    kind = "a model release" if result.is_model_release else "not a model release (plain software)"
    lines = [f"- **Release:** {kind}" + (f" — {md_text(ev.model_release_reason, 160)}" if
                                            ev.model_release_reason else "")]
    spdx = ", ".join(md_text(s, 80) for s in lic["names"][:limit_each]) or "none found"
    lines.append(f"- **License:** {spdx} — category **{md_text(lic['category'], 40)}**")
    for comp in ("code", "weights", "data"):
        ids = lic.get(f"{comp}_names") or []
        if ids:
            lines.append(f"  - {comp}: " + ", ".join(md_text(i, 80) for i in ids[:limit_each]))

    def items(title: str, rows: list) -> None:
        if not rows:
            lines.append(f"- **{title}:** none found")
            return
        shown = "; ".join(f"{md_text(e.value, 120)} ({md_text(e.file, 120)}:{e.line})" for e in rows[:limit_each])
        more = f"; and {len(rows) - limit_each} more" if len(rows) > limit_each else ""
        lines.append(f"- **{title}:** {shown}{more}")

    items("Training code", ev.training_code)
    items("Training data", ev.training_data)
    items("Weights", ev.weights)
    if ev.placeholders:
        items("Placeholders", ev.placeholders)
    claims = [c for c in result.claims if not c.negated]
    lines.append(f"- **Claims:** {len(claims)} openness claim{'s' if len(claims) != 1 else ''} "
                 f"({', '.join(sorted({md_text(c.kind, 30) for c in claims})) or 'none'})")
    return lines


def render_outcome(outcome: Outcome, max_bytes: int = SUMMARY_MAX_BYTES, annotation_plan: AnnotationOverflow | None = None,
                   links: str | None = None, heading_level: int = 2) -> str:
    """The job summary / Markdown report, at most ``max_bytes`` bytes of UTF-8."""
    result = outcome.result
    names = rule_names()
    links = blob_base() if links is None else links
    prefix = outcome.prefix
    budget = Budget(max_bytes)
    h = "#" * heading_level
    icon = "❌" if outcome.failed else "✅"
    budget.add(f"{h} openwash: {icon} {outcome.verdict}\n\n")
    c = outcome.comparison
    counts = outcome.counts()
    tally = ", ".join(plural(counts[s], s) for s in ("error", "warning", "notice") if counts[s]) or "no findings"
    if c is not None:
        scope = "new in this change" if outcome.only_new else "on this change"
        budget.add(f"**{tally}** {scope} · {plural(len(c.new), 'new finding')} · "
                   f"{len(c.preexisting)} pre-existing on the base commit `{c.short_ref}` · {len(c.fixed)} fixed"
                   + (f" · {len(c.suppressed)} suppressed" if c.suppressed else "") + "\n\n")
    else:
        budget.add(f"**{tally}**\n\n")
    policy = result.policy
    sources = ", ".join(md_text(relative_to_root(s, result), 160) for s in policy.sources) or "builtin:default"
    fails = "never (annotate mode)" if policy.mode == "annotate" or policy.fail_on == "never" else \
        f"{policy.fail_on} and above"
    budget.add(f"Policy: {sources} · mode: {md_text(policy.mode, 20)} · fails on: {fails}"
               + (" · only new findings count" if outcome.only_new and c is not None else "") + "\n\n")
    if c is not None and c.policy_changed:
        budget.add("> [!NOTE]\n> **Policy changes take effect after merge:** this change edits "
                   f"{', '.join(md_text(p, 120) for p in c.policy_changed[:50])}. openwash reads the policy from "
                   "the base commit, so the edit takes effect after merge.\n\n")
    if annotation_plan is not None and annotation_plan.overflow_total:
        parts = ", ".join(plural(n, lvl) for lvl, n in sorted(annotation_plan.overflow.items()))
        budget.add(f"> [!NOTE]\n> {parts} not annotated inline: GitHub shows at most 10 annotations per level "
                   "per step. All findings are listed below.\n\n")

    mark_new = c is not None and not outcome.only_new  # one table for all; new ones marked

    def row(f: Finding) -> str:
        text = finding_row(f, prefix, links or "", names)
        return text.replace("| **", "| 🆕 **", 1) if mark_new and outcome.is_new(f) else text

    reserve = 24_000 if max_bytes > 100_000 else max_bytes // 6
    gating = outcome.annotated
    title = "New findings" if c is not None and outcome.only_new else "Findings"
    budget.add(f"{h}# {title}\n\n", reserve)
    if gating:
        table(budget, gating, row, FINDING_HEADER, reserve)
    else:
        budget.add("None. 🎉\n\n", reserve)
    if c is not None and outcome.only_new and c.preexisting:
        budget.add(f"{h}# Pre-existing findings\n\nThese are on the base commit `{c.short_ref}` too; "
                   "they do not fail this check.\n\n<details><summary>"
                   f"{plural(len(c.preexisting), 'pre-existing finding')}</summary>\n\n", reserve)
        table(budget, c.preexisting, row, FINDING_HEADER, reserve)
        budget.add("</details>\n\n", reserve // 2)
    if c is not None and c.fixed:
        budget.add(f"{h}# Fixed by this change\n\n", reserve // 2)
        for i, f in enumerate(c.fixed):
            line = f"- ~~{f.rule}~~ {md_text(prefix + f.file, 160)} — {md_text(f.claim or f.message, 200)}\n"
            if not budget.add(line, reserve // 2):
                budget.add(f"- … and {len(c.fixed) - i} more\n")
                break
        budget.add("\n")
    if c is not None and c.suppressed:
        budget.add(f"{h}# Suppressed or waived by this change\n\nThese findings are on the base commit and "
                   "this change silences them; review the reasons below.\n\n", reserve // 2)
        for i, f in enumerate(c.suppressed):
            line = f"- {f.rule} {md_text(prefix + f.file, 160)} — {md_text(f.claim or f.message, 200)}\n"
            if not budget.add(line, reserve // 2):
                budget.add(f"- … and {len(c.suppressed) - i} more\n")
                break
        budget.add("\n")
    waived = [f for f in result.findings if f.waived]
    if waived:
        budget.add(f"{h}# Waivers and suppressions in force\n\n| Rule | Location | Reason |\n|---|---|---|\n",
                   reserve // 3)
        for i, f in enumerate(sorted(waived, key=sort_key)):
            line = f"| {f.rule} | {location(f, prefix, links or '')} | {md_text(relative_to_root(f.waived, result), 300)} |\n"
            if not budget.add(line, reserve // 3):
                budget.add(f"\n… and {len(waived) - i} more\n")
                break
        budget.add("\n")
    budget.add(f"{h}# License and evidence found\n\n")
    for line in _evidence_lines(result):
        if not budget.add(line + "\n", 200):
            break
    budget.add("\n")
    if result.notices:
        budget.add(f"<details><summary>{plural(len(result.notices), 'notice')}</summary>\n\n")
        for n in result.notices[:50]:
            if not budget.add(f"- {md_text(n.path, 120)}: {md_text(n.message, 200)}\n", 100):
                break
        budget.add("\n</details>\n\n")
    budget.add("<sub>openwash — `openwash explain RULE` documents each rule.</sub>\n")
    return budget.text()


def relative_to_root(text: str, result: Result) -> str:
    """Text with the checkout's absolute path removed (policy origins are absolute paths)."""
    for root in {str(result.root.resolve()), str(result.root)}:
        if root not in ("", "."):
            text = text.replace(root.rstrip("/") + "/", "")
    return text


def render(result: Result, outcome: Outcome | None = None, **options: object) -> str:
    """``--format markdown``: the same report as the job summary."""
    outcome = outcome or Outcome(result)
    links = options.get("links")
    return render_outcome(outcome, links=str(links) if links is not None else "")
