"""The rule record: what every rule module declares (its own module, so that rule modules need not import
the package that collects them)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from openwash.records import record

if TYPE_CHECKING:
    from openwash.findings import Finding
    from openwash.rules.context import RuleContext


@record(frozen=True)
class Rule:
    id: str
    name: str  # short kebab-case name
    title: str  # one line
    severity: str  # default severity: what the check yields, before the policy's `rules:` applies
    doc: str  # full documentation: what, why, how to fix, example
    check: Callable[[RuleContext], Iterable[Finding]] | None = None
    # The check judges the waivers and inline suppressions themselves (OW901-OW903): the engine runs it after
    # marking what they silence, on a context whose `waivers` ledger is set (the quick pass runs it too).
    after_waivers: bool = False
    # An open-source claim with an active finding of this rule is "not backed" (the organization reports'
    # claiming / backed / not-backed counts): the rule checks what such a claim needs, not how it is worded.
    backs_claim: bool = False
