"""Command line: ``main``; each command is the module ``openwash.cli.<verb>``.

Exit codes: 0 no finding at a failing severity; 1 findings at a failing
severity; 2 usage, configuration or input errors (one line on stderr, never a
traceback).  ``main`` reads the command line with argparse (:mod:`openwash.cli.parser`; of the command that
runs only, when the first word names it) and imports that command, so that the pre-commit path (``check``)
stays fast; a plain ``openwash check`` command line, the hook's, is read from the same table of options
without argparse (:mod:`openwash.cli.options`).  Adding a command is its row in ``parser._VERBS`` with a
function adding its arguments, and one module ``<verb>.py`` with ``run(args) -> int``.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import TYPE_CHECKING

from openwash.cli.options import plain_check_args
from openwash.errors import OpenwashError
from openwash.safetext import printable

if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace


def build_parser(verb: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser (:func:`openwash.cli.parser.build_parser`)."""
    # lazy: argparse is imported when a command line needs it; the hook's plain one does not
    from openwash.cli.parser import build_parser as build

    return build(verb)


def verb_of(argv: list[str]) -> str | None:
    """The command ``argv`` runs, when its first word names one (None otherwise: options first, no command or
    an unknown one; the whole parser then lists every command)."""
    return argv[0] if argv and argv[0] in COMMANDS else None


# Each verb is the module openwash.cli.<verb>, with `run(args) -> int`. They are imported here, when the
# command runs, and nowhere else: the one lazy boundary of the command line, so that the pre-commit hook
# (`openwash check`) imports its own command and not the network, Hub or Dask code of the others.
COMMANDS = ("check", "claims", "action", "explain", "policy", "export", "org", "hf", "audit")


def run_command(args: argparse.Namespace | SimpleNamespace) -> int:
    return int(importlib.import_module(f"{__name__}.{args.command}").run(args))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        # the hook's plain `check` command line, read without building argparse's parser (same namespace)
        args = plain_check_args(argv)
        if args is None:
            parser = build_parser(verb_of(argv))
            args = parser.parse_args(argv)
            if not args.command:
                parser.print_help()
                return 2
        return run_command(args)
    except OpenwashError as exc:
        # errors quote fetched policies, server answers and paths: never a workflow command, never a control
        print(printable(f"openwash: error: {exc}"), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("openwash: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: one line and exit 2, never exit 1 (which would read as "findings")
        if os.environ.get("OPENWASH_DEBUG"):
            raise
        print(printable(f"openwash: internal error: {type(exc).__name__}: {str(exc)[:300]} (this is a bug in "
                        "openwash; OPENWASH_DEBUG=1 shows the traceback)"), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
