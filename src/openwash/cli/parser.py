"""The command line's parser (argparse): every command's arguments, and the help and errors argparse gives.

:func:`openwash.cli.main` builds it for every command line but the plain ``openwash check`` ones that
:mod:`openwash.cli.options` reads without it (the pre-commit hook's), so that the hook does not import
argparse.  Adding a command is its row in ``_VERBS`` with a function adding its arguments, and one module
``openwash/cli/<verb>.py`` with ``run(args) -> int``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import Any

from openwash import __version__
from openwash.cli.options import CHECK_OPTIONS, CHECK_PATH_DEFAULT, CHECK_PATH_HELP
from openwash.errors import UsageError
from openwash.report import format_names  # the --format choices: a table, no reporter is imported


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``, as argparse's formatter asks for it: importing shutil (and the
    compression modules it loads) for this one number cost the hook ~3 ms on every run."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         _terminal_columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # argparse exits 2 too; keep its message on one line
        self.print_usage(sys.stderr)
        raise UsageError(message)


def _check_arguments(check: argparse.ArgumentParser) -> None:
    check.add_argument("path", nargs="?", default=CHECK_PATH_DEFAULT, help=CHECK_PATH_HELP)
    for option in CHECK_OPTIONS:  # the table openwash.cli.options reads the hook's plain command lines with
        check.add_argument(*option.flags, **option.argparse_kwargs())  # type: ignore[arg-type]


def _claims_arguments(claims: argparse.ArgumentParser) -> None:
    claims.add_argument("files", nargs="+", metavar="FILE")
    claims.add_argument("--format", choices=("text", "json"), default="text")
    claims.add_argument("--explain", action="store_true", help="also list the rejected phrases, and say which cue "
                        "decided each phrase")
    claims.add_argument("--repo-name", default="", help="name of the repository the files belong to")


def _explain_arguments(explain: argparse.ArgumentParser) -> None:
    explain.add_argument("rule", nargs="?", help="rule id, e.g. OW101 (omit to list all rules)")


def _policy_arguments(policy: argparse.ArgumentParser) -> None:
    policy_sub = policy.add_subparsers(dest="policy_command", metavar="ACTION", parser_class=_Parser)
    show = policy_sub.add_parser("show", help="print the resolved policy with where each setting came from")
    show.add_argument("src", nargs="?", help="policy source (default: the policy of the repository in --path)")
    show.add_argument("--path", default=".", help="repository whose policy to resolve")
    show.add_argument("--format", choices=("text", "json"), default="text")
    validate = policy_sub.add_parser("validate", help="validate a policy file against the schema and resolve it")
    validate.add_argument("src", nargs="?", help="policy source (default: the policy of the repository in --path)")
    validate.add_argument("--path", default=".", help="repository whose policy to validate")
    for p in (show, validate):
        p.add_argument("--offline", action="store_true", help="never use the network; use cached policies")
        p.add_argument("--org", metavar="OWNER", help="as for check: the central policy of OWNER")
        p.add_argument("--org-policy", metavar="SRC", help="as for check: where the central policy is")


def _export_arguments(export: argparse.ArgumentParser) -> None:
    export.add_argument("path", nargs="?", default=".", help="repository to export (default: .)")
    export.add_argument("--format", choices=("mof", "osai", "cyclonedx", "table", "json", "badge"), default="table")
    export.add_argument("--policy", metavar="SRC", help="policy source (its file scope and evidence settings apply)")
    export.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")
    export.add_argument("--offline", action="store_true", help="never use the network for remote policies")


def _org_arguments(org: argparse.ArgumentParser) -> None:
    org.add_argument("owner", metavar="OWNER", help="organization or user login")
    org.add_argument("--format", choices=format_names("org"), default="markdown")
    org.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout")
    org.add_argument("--include-archived", action="store_true", help="also check archived repositories")
    org.add_argument("--no-forks", action="store_true", help="skip forks")
    org.add_argument("--visibility", choices=("all", "public", "private", "internal"), default="all")
    org.add_argument("--topic", action="append", default=[], metavar="TOPIC",
                     help="only repositories with this topic (repeat: all of them)")
    org.add_argument("--name", action="append", default=[], metavar="GLOB",
                     help="only repositories whose name matches GLOB (repeat: any of them)")
    org.add_argument("--property", action="append", default=[], metavar="KEY=VALUE",
                     help="only repositories whose custom property KEY has VALUE (repeat: all of them)")
    org.add_argument("--open-issues", action="store_true",
                     help="open an issue in each failing repository, update it, close it when it passes")
    org.add_argument("--dry-run", action="store_true", help="with --open-issues: only say what would be done")
    org.add_argument("--bot-login", metavar="LOGIN", help="with --open-issues: the login the token writes as, e.g. "
                     "acme-openwash[bot] for a GitHub App (default: GET /user; also OPENWASH_BOT_LOGIN); only issues "
                     "it authored are adopted")
    org.add_argument("--api-url", metavar="URL", help="GitHub API URL (default: $GITHUB_API_URL or api.github.com)")
    org.add_argument("--concurrency", type=int, default=4, metavar="N", help="API requests in flight (default 4)")
    org.add_argument("--resume", action="store_true", help="continue an interrupted sweep with the same options")
    org.add_argument("--org-policy", metavar="SRC",
                     help="where the organization policy is (default: github:{owner}/.github/openwash.yml)")
    org.add_argument("--quiet", "-q", action="store_true", help="no progress output")


def _hf_arguments(hf: argparse.ArgumentParser) -> None:
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


def _audit_arguments(audit: argparse.ArgumentParser) -> None:
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


# Each command: its name, what ``openwash --help`` says of it (and its own --help's description), and the
# function that adds its arguments.  openwash.cli.COMMANDS is the same list of verbs (tests/test_cli.py).
_VERBS: tuple[tuple[str, dict[str, str], Callable[[argparse.ArgumentParser], None] | None], ...] = (
    ("check", {"help": "check a repository"}, _check_arguments),
    ("claims", {"help": "list the openness claims in files"}, _claims_arguments),
    ("action", {"help": "run as the GitHub Action step (inputs from OPENWASH_* environment variables)"}, None),
    ("explain", {"help": "print a rule's documentation"}, _explain_arguments),
    ("policy", {"help": "show or validate policies"}, _policy_arguments),
    ("export", {"help": "what of a release is open, component by component (MOF, OSAI, CycloneDX, table, JSON, "
                "badge)"}, _export_arguments),
    ("org", {"help": "check every repository of a GitHub organization or user",
             "description": "Check every repository of a GitHub organization (or user) through the API and report "
             "which repositories claim open source without backing it."}, _org_arguments),
    ("hf", {"help": "check models on the Hugging Face Hub",
            "description": "Check the models of Hugging Face Hub users or organizations (or single models) with the "
            "same engine as `openwash check`: the card and the documents in scope at the commit the Hub names, the "
            "file list and the gated state. Needs huggingface_hub (the extra 'hf': pip install '.[hf]' in a "
            "checkout). HF_ENDPOINT and HF_TOKEN are honoured."}, _hf_arguments),
    ("audit", {"help": "judge model cards in bulk from a dataset (Parquet or JSON Lines)",
               "description": "Judge every model card of a dataset (Parquet or JSON Lines with a model id and the "
               "card text; optionally the file list, tags, gated state and downloads) and write one row per card "
               "plus a summary report. Uses every local core, or a Dask cluster with --scheduler. Parquet and Dask "
               "need the extra 'audit'."}, _audit_arguments),
)


def build_parser(verb: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser.  With ``verb``, the parser of that command alone: ``main`` builds it when
    the first word names a command, and then nothing can print the list of commands (``-h`` and errors after
    the verb are the command's own; the top-level usage calls them COMMAND), so the output is the whole
    parser's.  Adding every command cost the pre-commit hook ~10 ms (argparse looks for a translation
    catalogue, on disk, for each parser it creates) for the one command that runs."""
    parser = _Parser(prog="openwash", description="Find 'open source' claims about ML releases that only ship "
                     "the weights (the build artifact) and not the source: training code, data and an open license.")
    parser.add_argument("--version", action="version", version=f"openwash {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, texts, add_arguments in _VERBS:
        if verb not in (None, name):
            continue
        command = sub.add_parser(name, **texts)
        if add_arguments is not None:
            add_arguments(command)
    return parser
