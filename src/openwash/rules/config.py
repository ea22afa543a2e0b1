"""OW9xx — the policy's own waivers and the inline suppressions in documents.

These findings are produced by :mod:`openwash.suppress` after the other rules
ran (they are about the waivers themselves), so the rules here carry only
their documentation."""

from __future__ import annotations

from openwash.rules.base import Rule

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
and a current reason."""),
    Rule("OW902", "bad-inline-suppression", "Inline suppression without a reason, or suppressing nothing",
         "warning",
         """An inline suppression is an HTML comment on the line before a finding or on
the same line; it must name the rule(s) and say why, after ` -- `:

    <!-- openwash-disable-next-line OW101 -- training code is in a private repo -->
    Our model is open source. <!-- openwash-disable OW102 -- data card in review -->

A suppression without a reason or without a rule id does not suppress
anything; one that matches no finding is stale.  All three are reported.

Fix: add the rule and the reason, or remove the comment."""),
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
policy change)."""),
]
