"""``openwash check [PATH]``: the command the pre-commit hook runs.

This module is on the hook's import path: it imports only what a check needs (no network, schema or
Markdown-rendering library; the engine and the reporters import those when a run needs them).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from openwash.baseline import evaluate, pull_request_event
from openwash.clock import today_override
from openwash.discovery import repository_dir
from openwash.report import render, report_format, write_output
from openwash.safetext import printable

if TYPE_CHECKING:
    import argparse


def run(args: argparse.Namespace) -> int:
    root = repository_dir(args.path)
    base_ref = args.baseline_ref
    if args.only_new and not base_ref:
        event = pull_request_event()
        base_ref = event.base_sha if event is not None else None
    outcome, notes = evaluate(root, args.policy, base_ref=base_ref, only_new=args.only_new, mode=args.mode,
                              fail_on=args.fail_on, with_prefix=report_format("check", args.format).repository_paths,
                              resolve_options={"offline": args.offline or None, "org": args.org,
                                               "org_policy": args.org_policy}, today=today_override())
    result = outcome.result
    policy = result.policy
    if not args.quiet:
        for message in policy.notices:
            print(printable(f"openwash: notice: {message}"), file=sys.stderr)
        for notice in result.notices:
            print(notice.render(), file=sys.stderr)
        for note in notes:
            print(printable(f"openwash: {note}"), file=sys.stderr)
    text = render(result, args.format, outcome=outcome)
    if outcome.comparison is not None and args.format == "text":
        c = outcome.comparison
        text += (f"openwash: vs {c.short_ref}: {len(c.new)} new, {len(c.preexisting)} pre-existing, "
                 f"{len(c.fixed)} fixed{'; only new findings count' if args.only_new else ''} — {outcome.verdict}\n")
    write_output(text, args.output)
    if args.format == "github":
        # lazy: the GitHub presentation (and the Markdown reporter under it) is off the pre-commit path
        from openwash.github.presentation import append_step_summary

        append_step_summary(outcome)
    return 1 if outcome.failed else 0
