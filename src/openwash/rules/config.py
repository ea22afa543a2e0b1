"""OW9xx — the policy's own waivers and the inline suppressions in documents.

These findings are produced by :mod:`openwash.suppress` after the other rules
ran (they are about the waivers themselves), so the rules here carry only
their documentation."""

from __future__ import annotations

from openwash.rules import Rule

RULES = [
    Rule("OW901", "expired-waiver", "A waiver in the policy has expired", "error",
         """Waivers carry an expiry date so that exceptions get looked at again.  Once
the date has passed, the waiver stops waiving (its findings fail again) and
this finding points at the waiver in the policy file.

Fix: fix what the waiver covered, or renew it with a new date and reason."""),
    Rule("OW902", "bad-inline-suppression", "Inline suppression without a reason, or suppressing nothing",
         "warning",
         """An inline suppression must say why, after ` -- `:

    <!-- openwash-disable-next-line OW101 -- training code is in a private repo -->

A suppression without a reason does not suppress anything; one that matches no
finding is stale.  Both are reported.

Fix: add the reason, or remove the comment."""),
]
