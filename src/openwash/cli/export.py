"""``openwash export [PATH] --format mof|osai|cyclonedx|table|json|badge [--output FILE]``."""

from __future__ import annotations

import argparse

from openwash.clock import today_override
from openwash.discovery import repository_dir
from openwash.engine import run as run_engine
from openwash.export import render
from openwash.policy import resolve
from openwash.report import write_output


def run(args: argparse.Namespace) -> int:
    root = repository_dir(args.path)
    policy = resolve(root, args.policy, offline=args.offline or None)
    today = today_override()
    result = run_engine(root, policy, today=today)
    write_output(render(result, args.format, today=today), args.output)
    return 0
