"""Argument parsers of ``openwash hf`` and ``openwash audit`` (argparse only: this module is imported by
every ``openwash`` command, the pre-commit hook's included, so it imports nothing else)."""

from __future__ import annotations

from typing import Any


def add_subcommands(sub: Any) -> None:
    hf = sub.add_parser("hf", help="check models on the Hugging Face Hub",
                        description="Check the models of Hugging Face Hub users or organizations (or single "
                        "models) with the same engine as `openwash check`: the card and the documents in scope at "
                        "the commit the Hub names, the file list and the gated state. Needs huggingface_hub "
                        "(the extra 'hf': pip install '.[hf]' in a checkout). HF_ENDPOINT and HF_TOKEN are honoured.")
    hf.add_argument("targets", nargs="+", metavar="TARGET", help="a user or organization (acme) or a model id "
                    "(acme/wren-7b)")
    hf.add_argument("--format", choices=("markdown", "json", "csv", "html"), default="markdown")
    hf.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout")
    hf.add_argument("--name", action="append", default=[], metavar="GLOB",
                    help="only models whose name (or id) matches GLOB (repeat: any of them)")
    hf.add_argument("--tag", action="append", default=[], metavar="TAG",
                    help="only models with this tag (repeat: all of them)")
    hf.add_argument("--include-gated", action="store_true", help="also check gated models of the listed owners "
                    "(models named by id are always checked)")
    hf.add_argument("--no-private", action="store_true", help="skip private models the token can see")
    hf.add_argument("--policy", metavar="SRC", help="central policy for every model (default builtin:default); a "
                    "model's own .openwash.yml is merged over it, and its locks bind that file")
    hf.add_argument("--open-discussions", action="store_true",
                    help="open a discussion on each failing model, update it, close it when the model passes")
    hf.add_argument("--dry-run", action="store_true", help="with --open-discussions: only say what would be done")
    hf.add_argument("--bot-login", metavar="LOGIN", help="with --open-discussions: the Hub login the token writes "
                    "as (default: whoami); only discussions it authored are the sweep's, others are left alone")
    hf.add_argument("--endpoint", metavar="URL", help="Hub endpoint (default: $HF_ENDPOINT or huggingface.co)")
    hf.add_argument("--concurrency", type=int, default=4, metavar="N", help="Hub requests in flight (default 4)")
    hf.add_argument("--resume", action="store_true", help="continue an interrupted run with the same options")
    hf.add_argument("--quiet", "-q", action="store_true", help="no progress output")

    audit = sub.add_parser("audit", help="judge model cards in bulk from a dataset (Parquet or JSON Lines)",
                           description="Judge every model card of a dataset (Parquet or JSON Lines with a model "
                           "id and the card text; optionally the file list, tags, gated state and downloads) and "
                           "write one row per card plus a summary report. Uses every local core, or a Dask "
                           "cluster with --scheduler. Parquet and Dask need the extra 'audit'.")
    audit.add_argument("dataset", metavar="DATASET", help="a .parquet or .jsonl file (or a folder of them)")
    audit.add_argument("--output", "-o", metavar="FILE", required=True,
                       help="rows out: FILE.parquet or FILE.jsonl (the format follows the suffix)")
    audit.add_argument("--report", metavar="FILE", help="write the summary report to FILE (default: stdout)")
    audit.add_argument("--format", choices=("markdown", "json"), default="markdown", help="summary report format")
    audit.add_argument("--id-column", metavar="NAME", help="model id column (default: modelId, model_id, id)")
    audit.add_argument("--card-column", metavar="NAME", help="card text column (default: card, card_text, text)")
    audit.add_argument("--policy", metavar="SRC", help="policy for every card (default builtin:default)")
    audit.add_argument("--workers", type=int, metavar="N", help="local worker processes (default: every core)")
    audit.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="run on this Dask cluster")
    audit.add_argument("--partition-size", type=int, default=2000, metavar="N", help="cards per partition")
    audit.add_argument("--resume", action="store_true", help="keep the partitions an interrupted run finished")
    audit.add_argument("--limit", type=int, metavar="N", help="only the first N cards")
    audit.add_argument("--quiet", "-q", action="store_true", help="no progress output")
