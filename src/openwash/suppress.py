"""Waivers (in the policy) and inline suppressions (HTML comments in Markdown).

A waiver names a rule, a path glob, a reason and an expiry date; until it
expires, matching findings are reported as waived and do not fail the run.
An expired waiver stops waiving and is itself reported (OW901).

This module marks the findings that waivers and suppressions silence (:func:`mark`); what is wrong with the
waivers and suppressions themselves is judged by the ordinary rules OW901-OW903 (:mod:`openwash.rules.config`),
which the engine runs after this, on the :class:`Ledger` it returns.

An inline suppression is an HTML comment on the line before a finding or on
the same line::

    <!-- openwash-disable-next-line OW101 -- training code is in a private repo -->
    Our model is open source. <!-- openwash-disable OW102 -- data card pending legal review -->

In the YAML front matter of a model card, where HTML comments cannot go, the
same directive is a YAML comment, on the line before the key or at its end::

    # openwash-disable-next-line OW101 -- the tag names the family, see README
    tags: [open-source]  # openwash-disable OW102 -- data card under legal review

A suppression must name the rule(s) and give a reason after ``--``; one
without a reason, one that names no rule, or one that suppresses nothing, is
reported (OW902) and suppresses nothing.  The rule list may name several
rules (``OW101, OW102``).

The policy's ``suppressions:`` key decides what a well-formed suppression may do: ``allow`` (the
default), ``require-waiver`` (it silences only a finding that a waiver in the policy also names) or
``deny`` (it silences nothing).  Under an upstream ``locked: "*"`` with a base commit to compare with,
only suppressions already on the base commit count.  A suppression refused for any of these reasons is
reported as OW903 and the finding it names stays active.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from openwash import clock, lazyre
from openwash.discovery import matches
from openwash.documents import Document
from openwash.findings import Finding
from openwash.policy import Policy, Waiver
from openwash.records import field, record

if TYPE_CHECKING:
    import datetime as dt

DIRECTIVE_RE = lazyre.compile(
    r"^\s*openwash-disable(?P<scope>-next-line|-line)?\b(?P<rules>[^\n]*?)(?:\s--\s*(?P<reason>.*?))?\s*$",
    re.S,
)
RULE_ID_RE = lazyre.compile(r"\bOW\d{3}\b", re.I)
# A YAML comment holding a directive: at the start of a line or after a value (a space before the '#').
YAML_DIRECTIVE_RE = lazyre.compile(r"(?:^|\s)#\s*(openwash-disable\S*.*)$")


@record
class Suppression:
    file: str
    line: int  # line of the comment
    column: int
    target_line: int
    rules: tuple[str, ...]
    reason: str
    used: bool = False  # it silenced a finding
    refused: str = ""  # why the policy does not let it silence anything (OW903); "" when it may


@record
class Ledger:
    """What :func:`mark` leaves for the waiver rules (OW901-OW903, :mod:`openwash.rules.config`) to judge."""

    expired: list[Waiver] = field(default_factory=list)  # waivers past their date: they waive nothing
    suppressions: list[Suppression] = field(default_factory=list)  # each with `used` and `refused` set


def _front_matter_comments(doc: Document) -> list[tuple[int, int, str]]:
    """(line, column, body) of the directives written as YAML comments in the front matter."""
    fm = doc.front_matter
    if fm is None:
        return []
    out = []
    for line in range(fm.start_line + 1, min(fm.end_line, len(doc.lines) + 1)):
        m = YAML_DIRECTIVE_RE.search(doc.lines[line - 1])
        if m:
            out.append((line, doc.lines[line - 1].rfind("#", 0, m.start(1)) + 1, m.group(1)))  # at the '#'

    return out


def inline_suppressions(docs: list[Document]) -> list[Suppression]:
    out: list[Suppression] = []
    for doc in docs:
        for line, column, body in _front_matter_comments(doc):
            m = DIRECTIVE_RE.match(body)
            if not m:
                continue
            rules = tuple(r.upper() for r in RULE_ID_RE.findall(m.group("rules") or ""))
            target = line + 1 if m.group("scope") == "-next-line" else line
            out.append(Suppression(doc.path, line, column, target, rules, (m.group("reason") or "").strip()))
        next_content: dict[int, int] = {}  # line -> first line at or after it with content (memo: never quadratic)
        for line, column, body in doc.comments:
            m = DIRECTIVE_RE.match(body)
            if not m:
                continue
            rules = tuple(r.upper() for r in RULE_ID_RE.findall(m.group("rules") or ""))
            end_line = line + body.count("\n")
            target = end_line + 1 if m.group("scope") == "-next-line" else line
            if m.group("scope") == "-next-line":
                # the next line that has content
                first = target
                if first in next_content:
                    target = next_content[first]
                while target <= len(doc.lines) and not doc.lines[target - 1].strip():
                    target += 1
                next_content[first] = target
            out.append(Suppression(doc.path, line, column, target, rules, (m.group("reason") or "").strip()))
    return out


def policy_waivers(policy: Policy) -> list[Waiver]:
    return policy.waivers


def suppression_key(s: Suppression) -> tuple[str, tuple[str, ...], str]:
    """What identifies a suppression across commits (not its line: lines move)."""
    return (s.file, tuple(sorted(s.rules)), " ".join(s.reason.split()))


def _refusal(s: Suppression, policy: Policy) -> str:
    """Why the policy does not let the well-formed suppression ``s`` silence anything ("" if it may)."""
    if policy.suppressions == "deny":
        return (f"inline suppression of {', '.join(s.rules)} is not allowed: the policy says suppressions: deny "
                f"({policy.origin('suppressions')}); it silences nothing")
    if policy.base_suppressions is not None and suppression_key(s) not in policy.base_suppressions and (
            policy.locks_everything or any(lock.path == "suppressions" for lock in policy.locks)):
        lock = next(lk for lk in policy.locks if lk.path in ("*", "suppressions"))
        return (f"inline suppression of {', '.join(s.rules)} is added by this change, and {lock.origin} locks "
                f"'{lock.path}': suppressions added by a pull request do not silence findings")
    return ""


def _waiver_for(rule: str, file: str, waivers: list[Waiver], today: dt.date | None) -> Waiver | None:
    for w in waivers:
        if w.rule == rule and matches(file, [w.path]) and not w.expired(today):
            return w
    return None


def mark(findings: list[Finding], docs: list[Document], policy: Policy,
         today: dt.date | None = None) -> tuple[list[Finding], Ledger]:
    """Mark waived and suppressed findings, and say which waivers expired and what each suppression did (the
    :class:`Ledger` the waiver rules read).  Waivers and suppressions match by rule, file and line, never by
    severity: the engine applies the policy's severities and ``off`` once, afterwards.  ``today`` (default:
    the date today) is what waivers expire against; it is asked for only when a waiver has an expiry date."""
    suppressions = inline_suppressions(docs)
    waivers = policy_waivers(policy)
    if today is None and any(w.expires is not None for w in waivers):
        today = clock.today()  # asked only now: the hook's check has no expiry date, and so makes no date
    by_target: dict[tuple[str, int], list[Suppression]] = {}
    for s in suppressions:
        by_target.setdefault((s.file, s.target_line), []).append(s)
    for s in suppressions:
        if s.rules and s.reason:
            s.refused = _refusal(s, policy)
    out: list[Finding] = []
    for f in findings:
        reason = ""
        for s in by_target.get((f.file, f.line), ()):
            if f.rule in s.rules and s.reason:
                if s.refused:
                    continue
                if policy.suppressions == "require-waiver":
                    w = _waiver_for(f.rule, f.file, waivers, today)
                    if w is None:
                        s.refused = (f"inline suppression of {f.rule} needs a waiver: the policy says "
                                     f"suppressions: require-waiver ({policy.origin('suppressions')}) and no "
                                     f"waiver names {f.rule} for {f.file}; it silences nothing")
                        continue
                    s.used = True
                    reason = f"suppressed inline at {s.file}:{s.line}: {s.reason} (waiver at {w.origin})"
                    break
                s.used = True
                reason = f"suppressed inline at {s.file}:{s.line}: {s.reason}"
                break
        if not reason:
            for w in waivers:
                if w.rule == f.rule and matches(f.file, [w.path]) and not w.expired(today):
                    reason = f"waived by {w.origin}: {w.reason}" + (f" (approved by {w.approver})" if w.approver else "")
                    break
        out.append(f.waive(reason) if reason else f)
    expired = [w for w in waivers if w.expires is not None and w.expired(today)]
    return out, Ledger(expired, suppressions)
