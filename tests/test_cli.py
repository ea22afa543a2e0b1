"""The command line is one module per verb (openwash/cli/<verb>.py with `run(args) -> int`), and the parser
in openwash/cli/__init__.py names exactly those verbs; a command imports its own module only."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, cli_env, make_git_repo
from openwash.cli import COMMANDS, build_parser, verb_of


def _subcommands(parser: argparse.ArgumentParser) -> set[str]:
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return set(actions[0].choices)


def test_every_verb_of_the_parser_is_one_module_with_run() -> None:
    modules = {p.stem for p in (ROOT / "src" / "openwash" / "cli").glob("*.py")} - {"__init__"}
    assert _subcommands(build_parser()) == set(COMMANDS) == modules
    for verb in COMMANDS:
        source = (ROOT / "src" / "openwash" / "cli" / f"{verb}.py").read_text(encoding="utf-8")
        assert "\ndef run(args: argparse.Namespace) -> int:\n" in source, verb


PROBE = ("import sys\nfrom openwash.cli import main\nrc = main(sys.argv[1:])\n"
         "print(sorted(m for m in sys.modules if m.startswith('openwash.cli')), rc, file=sys.stderr)\n")


def _cli_modules(cwd: Path, *args: str) -> tuple[str, str]:
    proc = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=cwd, env=cli_env(), capture_output=True,
                          text=True, timeout=120)
    return proc.stdout, proc.stderr.strip().splitlines()[-1]


def test_check_imports_its_own_command_module_only(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "repo", {"README.md": "# tool\n\nA small library.\n"})
    _out, last = _cli_modules(repo, "check", "--offline", ".")
    assert last == "['openwash.cli', 'openwash.cli.check'] 0"


def test_explain_runs_through_python_dash_m(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "openwash", "explain", "OW101"], cwd=tmp_path, env=cli_env(),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("OW101 (")
    _out, last = _cli_modules(tmp_path, "explain", "OW101")
    assert last == "['openwash.cli', 'openwash.cli.explain'] 0"


def test_an_unknown_verb_is_a_usage_error_not_an_import(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "openwash", "nosuchverb"], cwd=tmp_path, env=cli_env(),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "openwash: error: argument COMMAND: invalid choice: 'nosuchverb'" in proc.stderr
    assert "Traceback" not in proc.stderr


def _subparser(parser: argparse.ArgumentParser, verb: str) -> argparse.ArgumentParser:
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return actions[0].choices[verb]


# the fewest words each command parses without an error
MINIMAL_ARGS = {"claims": ["f.md"], "org": ["acme"], "hf": ["acme"], "audit": ["cards.jsonl", "-o", "rows.jsonl"]}


def test_a_parser_built_for_one_verb_says_what_the_whole_parser_says() -> None:
    # main() adds only the running command's arguments: its help (and so its errors), its defaults and the
    # list of every command must be those of the whole parser
    whole = build_parser()
    for verb in COMMANDS:
        one = build_parser(verb)
        assert one.format_help() == whole.format_help(), verb
        assert _subcommands(one) == set(COMMANDS)
        assert _subparser(one, verb).format_help() == _subparser(whole, verb).format_help(), verb
        args = MINIMAL_ARGS.get(verb, [])
        assert vars(_subparser(one, verb).parse_args(args)) == vars(_subparser(whole, verb).parse_args(args)), verb
    assert verb_of(["check", "--offline"]) == "check"
    assert verb_of(["--version"]) is None and verb_of([]) is None and verb_of(["nosuchverb"]) is None
