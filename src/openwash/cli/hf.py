"""``openwash hf TARGET...``: check models on the Hugging Face Hub (needs the extra 'hf')."""

from __future__ import annotations

import argparse

from openwash.hub.sweep import run_hf_command


def run(args: argparse.Namespace) -> int:
    return run_hf_command(args)
