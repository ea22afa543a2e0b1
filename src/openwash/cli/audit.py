"""``openwash audit DATASET``: judge model cards in bulk (Parquet and Dask need the extra 'audit')."""

from __future__ import annotations

import argparse

from openwash.audit import run_audit_command


def run(args: argparse.Namespace) -> int:
    return run_audit_command(args)
