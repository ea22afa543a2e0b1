"""``openwash action``: the GitHub Action's step (its inputs are OPENWASH_* environment variables)."""

from __future__ import annotations

import argparse

from openwash.github import action


def run(args: argparse.Namespace) -> int:
    return action.run()
