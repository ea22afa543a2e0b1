"""``openwash org OWNER ...``: run the sweep, open or update issues (``--open-issues``), write the report."""

from __future__ import annotations

import sys
from typing import Any

from openwash.errors import UsageError
from openwash.github.issues import sync_issues
from openwash.github.org.model import OrgReport
from openwash.github.org.options import SweepOptions
from openwash.github.org.sweep import Sweep, sweep
from openwash.report import write_org_report
from openwash.safetext import printable


def run_org_command(args: Any) -> int:
    """``openwash org OWNER ...`` (called by the CLI with its parsed arguments)."""
    options = SweepOptions.from_args(args)
    if args.dry_run and not args.open_issues:
        raise UsageError("--dry-run goes with --open-issues")
    report, runner = sweep(options)
    try:
        return _report_and_issues(args, report, runner)
    finally:
        runner.close()


def _report_and_issues(args: Any, report: OrgReport, runner: Sweep) -> int:
    if args.open_issues:
        plan_stream = sys.stdout if args.output else sys.stderr

        def show(text: str) -> None:
            # a dry run's plan is several lines (title, body): each is made safe on its own, so that the
            # line breaks stay line breaks and no line can become a workflow command
            for line in f"openwash: {text}".split("\n"):
                print(printable(line), file=plan_stream if args.dry_run else sys.stderr)

        report.issues = sync_issues(runner.api, report.outcomes, dry_run=args.dry_run, say=show,
                                    bot_login=getattr(args, "bot_login", None))
        report.requests.update({k: (round(v, 1) if isinstance(v, float) else int(v))
                                for k, v in runner.api.stats.items()})
    write_org_report(report, args.format, args.output)
    runner.finish_checkpoint()
    if not args.quiet:
        s = report.summary()
        r = report.requests
        print(f"openwash: {s['repositories']} repositories: {s['pass']} pass, {s['fail']} fail, {s['error']} not "
              f"checked, {s['empty']} empty; {r.get('requests', 0)} API requests ({r.get('not_modified', 0)} not "
              f"modified), {r.get('rest_points', 0)} REST + {r.get('graphql_points', 0)} GraphQL rate-limit points; "
              f"{report.elapsed:.1f} s", file=sys.stderr)
    return 1 if report.failed else 0
