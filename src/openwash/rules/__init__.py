"""Rules: one module per family, each rule carrying its own documentation.

* OW1xx (:mod:`openwash.rules.claims`) — claims against evidence.
* OW2xx (:mod:`openwash.rules.consistency`) — license metadata consistency.
* OW3xx (:mod:`openwash.rules.pointers`) — pointers that do not point anywhere.
* OW4xx (:mod:`openwash.rules.euaiact`) — EU AI Act Art. 53(2) open-source exemption (preset
  ``eu-ai-act-53-2`` only).
* OW9xx (:mod:`openwash.rules.config`) — the policy's own waivers and suppressions.

A rule is a :class:`~openwash.rules.base.Rule` (id, title, default severity, documentation) plus a
check function ``check(ctx) -> Iterable[Finding]`` registered with it.  A check yields its findings at
the rule's default severity; the engine applies the policy's severities and ``off`` (rules do not read
the policy's ``rules:`` section).  The default severities are the ``Rule`` objects' own;
``policies/default.yml`` is tested to agree with them (tests/test_architecture.py).
"""

from __future__ import annotations

from openwash.rules.base import Rule

__all__ = ["Rule", "all_rules", "claim_backing_rules", "get", "rule_names", "rule_titles", "silencing_help"]


def all_rules() -> dict[str, Rule]:
    # lazy: the rule modules import the claim detector and the evidence collectors, which `explain`, the
    # policy validator and the report renderers (rule names) do not otherwise load.
    from openwash.rules import claims, config, consistency, euaiact, pointers

    out: dict[str, Rule] = {}
    for module in (claims, consistency, pointers, euaiact, config):
        for rule in module.RULES:
            out[rule.id] = rule
    return out


def rule_names() -> dict[str, str]:
    """Rule id -> short name (``OW101`` -> ``open-source-claim-without-training-code``), for reports."""
    return {rid: r.name for rid, r in all_rules().items()}


def rule_titles() -> dict[str, str]:
    """Rule id -> one-line title, for the organization reports."""
    return {rid: r.title for rid, r in all_rules().items()}


def claim_backing_rules() -> frozenset[str]:
    """Ids of the rules whose active finding makes an open-source claim "not backed" (``Rule.backs_claim``)."""
    return frozenset(rid for rid, r in all_rules().items() if r.backs_claim)


def get(rule_id: str) -> Rule | None:
    return all_rules().get(rule_id.upper())


def silencing_help(rule_id: str) -> str:
    """How to suppress one finding of ``rule_id`` inline and how to waive it in the policy (``explain``)."""
    if rule_id == "OW901":
        return ("An expired waiver cannot itself be suppressed or waived: renew the waiver in the policy (a new\n"
                "`expires:` date and a current reason) or fix what it covered and delete it.")
    if rule_id == "OW902":
        return ("Suppressions are not suppressed: give the comment a rule id and a reason after ` -- `, or remove\n"
                "it. To silence the rule in a policy file:\n\n    rules:\n      OW902: off")
    return f"""To suppress one finding inline, put an HTML comment on the line before it (or at the end of its
line) that names the rule and says why after ` -- `:

    <!-- openwash-disable-next-line {rule_id} -- why this claim is fine here -->

To waive it in the policy (.openwash.yml) for some paths until a date; a waived finding is still
reported but does not fail the run, and from the day after `expires` it counts again (OW901):

    waivers:
      - rule: {rule_id}
        path: "README.md"          # a glob
        reason: why, and who decided (e.g. TICKET-123)
        expires: YYYY-MM-DD        # required
        approver: ospo@example.org # optional"""
