"""OW9xx — the policy's own waivers and the inline suppressions in documents.

Ordinary rules, with one difference: they judge the waivers and suppressions themselves, so the engine runs
them after :func:`openwash.suppress.mark` has applied those to the other rules' findings (``after_waivers``),
and they read what that left, ``ctx.waivers``.  Like every rule they yield at their default severity."""

from __future__ import annotations

from collections.abc import Iterator

from openwash.findings import Finding
from openwash.rules.base import Rule
from openwash.rules.context import WaiverContext

_EXAMPLE = "<!-- openwash-disable-next-line OW101 -- why this is fine -->"


def _split_origin(origin: str) -> tuple[str, int]:
    """A waiver's "file:line" as (file, line); a bare origin (no line) is its first line."""
    file, _, line = origin.rpartition(":")
    if file and line.isdigit():
        return file, int(line)
    return origin, 1


def check_expired_waivers(ctx: WaiverContext) -> Iterator[Finding]:
    for w in ctx.waivers.expired if ctx.waivers is not None else ():
        file, line = _split_origin(w.origin)
        expires = w.expires.isoformat() if w.expires is not None else "?"
        yield ctx.finding("OW901", file, line, 1,
                          f"waiver for {w.rule} on '{w.path}' expired on {expires} and no longer applies",
                          "fix the findings it covered, or renew the waiver with a new expiry date and a current "
                          "reason")


def check_bad_suppressions(ctx: WaiverContext) -> Iterator[Finding]:
    for s in ctx.waivers.suppressions if ctx.waivers is not None else ():
        if not s.rules:
            yield ctx.finding("OW902", s.file, s.line, s.column, "inline suppression names no rule",
                              f"name the rule(s) it suppresses, e.g. {_EXAMPLE}")
        elif not s.reason:
            yield ctx.finding("OW902", s.file, s.line, s.column,
                              f"inline suppression of {', '.join(s.rules)} without a reason",
                              f"write the reason after ' -- ', e.g. {_EXAMPLE}")
        elif not s.refused and not s.used:  # a refused one is OW903's
            yield ctx.finding("OW902", s.file, s.line, s.column,
                              f"inline suppression of {', '.join(s.rules)} suppresses nothing",
                              "remove the stale suppression comment")


def check_refused_suppressions(ctx: WaiverContext) -> Iterator[Finding]:
    for s in ctx.waivers.suppressions if ctx.waivers is not None else ():
        if s.refused:
            yield ctx.finding("OW903", s.file, s.line, s.column, s.refused,
                              "fix the finding, or ask for a waiver in the policy (reviewed like any policy "
                              "change)")

RULES = [
    Rule("OW901", "expired-waiver", "A waiver in the policy has expired", "error",
         """Waivers carry an expiry date so that exceptions get looked at again.  A waiver
waives through its expiry date; from the next day on it stops waiving (its
findings count again) and this finding points at the waiver in the policy
file (file and line; `openwash policy show` lists the waivers in force).

    waivers:
      - rule: OW102
        path: README.md
        reason: data card in legal review (TICKET-123)
        expires: 2026-09-30
        approver: ospo@example.org

Fix: fix what the waiver covered and delete it, or renew it with a new date
and a current reason.""", check_expired_waivers, after_waivers=True),
    Rule("OW902", "bad-inline-suppression", "Inline suppression without a reason, or suppressing nothing",
         "warning",
         """An inline suppression is an HTML comment on the line before a finding or on
the same line; it must name the rule(s) and say why, after ` -- `:

    <!-- openwash-disable-next-line OW101 -- training code is in a private repo -->
    Our model is open source. <!-- openwash-disable OW102 -- data card in review -->

A suppression without a reason or without a rule id does not suppress
anything; one that matches no finding is stale.  All three are reported.

Fix: add the rule and the reason, or remove the comment.""", check_bad_suppressions, after_waivers=True),
    Rule("OW903", "suppression-not-allowed", "Inline suppression the policy does not let silence a finding",
         "warning",
         """The policy decides what inline suppressions may do (`suppressions:`, lockable
like any other setting):

    suppressions: allow           # default: a suppression with a rule and a reason silences
    suppressions: require-waiver  # only what a waiver in the policy also names
    suppressions: deny            # never; every suppression is reported

A suppression the policy does not honour silences nothing (the finding it
names counts) and is reported here.  Under an upstream `locked: "*"`, a
suppression that a pull request adds does not silence findings either: the
check compares with the base commit, and only suppressions already there
count.

Fix: fix the finding, or ask for a waiver in the policy (reviewed like any
policy change).""", check_refused_suppressions, after_waivers=True),
]
