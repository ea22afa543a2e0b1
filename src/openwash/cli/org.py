"""``openwash org OWNER``: check every repository of a GitHub organization or user."""

from __future__ import annotations

import argparse

from openwash.github.org import run_org_command


def run(args: argparse.Namespace) -> int:
    return run_org_command(args)
