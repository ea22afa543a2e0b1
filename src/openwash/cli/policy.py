"""``openwash policy show|validate``: the resolved policy with its provenance, or a schema check."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from openwash.clock import today_override
from openwash.errors import UsageError
from openwash.policy import find_repo_policy, resolve, validate_source
from openwash.policy.show import render_json, render_text
from openwash.policy.validate import PolicyInvalid
from openwash.safetext import json_log_safe, printable


def run(args: argparse.Namespace) -> int:
    if args.policy_command is None:
        raise UsageError("policy needs an action: show or validate")
    if args.policy_command == "validate":
        return _validate(args)
    policy = resolve(Path(args.path), args.src, offline=args.offline or None, org=args.org,
                     org_policy=args.org_policy)
    today = today_override()
    # what a policy says (fetched text included) is printed so that no line can issue a workflow command
    sys.stdout.write(json_log_safe(render_json(policy, today)) if args.format == "json"
                     else "".join(printable(line) + "\n" for line in render_text(policy, today).splitlines()))
    return 0


def _validate(args: argparse.Namespace) -> int:
    offline = args.offline or None
    src = args.src or find_repo_policy(Path(args.path))
    if not src:  # nothing to validate: say which policy applies instead
        policy = resolve(Path(args.path), None, offline=offline, org=args.org, org_policy=args.org_policy)
        for message in policy.notices:
            print(f"openwash: notice: {message}", file=sys.stderr)
        print(f"ok: no policy file to validate in {args.path} (.openwash.yml, .openwash.yaml or "
              f"[tool.openwash] in pyproject.toml); the policy in effect is {policy.sources[-1]} "
              f"(resolved: {' -> '.join(policy.sources)})")
        return 0
    try:
        policy = validate_source(src, offline=offline)
    except PolicyInvalid as exc:
        for line in exc.report_lines():
            print(printable(line), file=sys.stderr)
        print(printable(f"openwash: error: {len(exc.problems)} problem{'s' if len(exc.problems) != 1 else ''} "
                        f"in {exc.policy_source}"), file=sys.stderr)
        return 2
    for message in policy.notices:
        print(printable(f"openwash: notice: {message}"), file=sys.stderr)
    print(printable(f"ok: {src} (resolved: {' -> '.join(policy.sources)})"))
    return 0
