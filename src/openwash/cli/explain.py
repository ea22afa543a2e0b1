"""``openwash explain [RULE]``: a rule's documentation, or the list of rules."""

from __future__ import annotations

import argparse

from openwash.errors import UsageError
from openwash.rules import all_rules, get, silencing_help


def run(args: argparse.Namespace) -> int:
    if not args.rule:
        for rule in all_rules().values():
            print(f"{rule.id}  {rule.severity:<8} {rule.title}")
        return 0
    rule = get(args.rule)
    if rule is None:
        raise UsageError(f"unknown rule {args.rule!r}; `openwash explain` lists the rules")
    print(f"{rule.id} ({rule.name}) — {rule.title}\nDefault severity: {rule.severity}\n\n{rule.doc}")
    print("\n" + silencing_help(rule.id))
    return 0
