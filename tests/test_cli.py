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
    # besides the verbs: the package, the parser and check's table of options
    modules = {p.stem for p in (ROOT / "src" / "openwash" / "cli").glob("*.py")} - {"__init__", "parser", "options"}
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
    # the plain command line is read from check's table of options (no argparse parser, see below)
    assert last == "['openwash.cli', 'openwash.cli.check', 'openwash.cli.options'] 0"


def test_explain_runs_through_python_dash_m(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "openwash", "explain", "OW101"], cwd=tmp_path, env=cli_env(),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("OW101 (")
    _out, last = _cli_modules(tmp_path, "explain", "OW101")
    assert last == "['openwash.cli', 'openwash.cli.explain', 'openwash.cli.options', 'openwash.cli.parser'] 0"


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
    # main() builds the parser of the running command only: its help (and so its errors), its defaults and
    # the top-level usage (which calls the commands COMMAND, never lists them) must be the whole parser's
    whole = build_parser()
    for verb in COMMANDS:
        one = build_parser(verb)
        assert _subcommands(one) == {verb}
        assert one.format_usage() == whole.format_usage(), verb
        assert "COMMAND" in one.format_usage() and "check" not in one.format_usage()
        assert _subparser(one, verb).format_help() == _subparser(whole, verb).format_help(), verb
        args = MINIMAL_ARGS.get(verb, [])
        assert vars(one.parse_args([verb, *args])) == vars(whole.parse_args([verb, *args])), verb
    assert verb_of(["check", "--offline"]) == "check"
    assert verb_of(["--version"]) is None and verb_of([]) is None and verb_of(["nosuchverb"]) is None


def test_usage_errors_after_a_verb_print_what_the_whole_parser_prints(tmp_path: Path) -> None:
    # an unknown option after the verb is reported by the top-level parser, with its usage
    probe = ("import sys\nfrom openwash.cli import build_parser\nfrom openwash.errors import UsageError\n"
             "try:\n    build_parser(sys.argv[1] or None).parse_args(sys.argv[2:])\n"
             "except UsageError as exc:\n    sys.exit(f'error: {exc}')\n")
    for argv in (["check", "--bogus"], ["check", "--format", "nope"], ["claims"], ["policy", "nope"],
                 ["explain", "a", "b"], ["org"]):
        outputs = [subprocess.run([sys.executable, "-c", probe, verb, *argv], cwd=tmp_path, env=cli_env(),
                                  capture_output=True, text=True, timeout=120) for verb in (argv[0], "")]
        assert outputs[0].returncode == outputs[1].returncode != 0, argv
        assert outputs[0].stderr == outputs[1].stderr and "usage: openwash" in outputs[0].stderr, argv


def test_help_is_as_wide_as_argparse_makes_it(monkeypatch) -> None:
    # the formatter reads the terminal's width without importing shutil: the same width as argparse's own
    import openwash.cli.parser as cli

    for columns in (None, "40", "200", "0", "wide"):
        if columns is None:
            monkeypatch.delenv("COLUMNS", raising=False)
        else:
            monkeypatch.setenv("COLUMNS", columns)
        ours = build_parser("org")
        theirs = build_parser("org")
        for parser in (theirs, _subparser(theirs, "org")):
            parser.formatter_class = argparse.HelpFormatter
        assert cli._Formatter is not argparse.HelpFormatter
        assert ours.format_help() == theirs.format_help(), columns
        assert _subparser(ours, "org").format_help() == _subparser(theirs, "org").format_help(), columns


def test_a_check_imports_neither_shutil_nor_the_whole_parser(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "repo", {"README.md": "# tool\n\nA small library.\n"})
    probe = ("import sys\nfrom openwash.cli import main\nrc = main(sys.argv[1:])\n"
             "print('shutil' in sys.modules, 'argparse' in sys.modules, rc, file=sys.stderr)\n")
    for argv, argparse_imported in ((["check", "--offline", "."], False), (["check", "--off", "."], True)):
        proc = subprocess.run([sys.executable, "-c", probe, *argv], cwd=repo, env=cli_env(), capture_output=True,
                              text=True, timeout=120)
        assert proc.stderr.strip().splitlines()[-1] == f"False {argparse_imported} 0", proc.stderr


# --- the hook's plain command line, read without argparse (openwash.cli.options) -----------------------------

PLAIN = [
    ["check"], ["check", "."], ["check", "--offline", "."], ["check", ".", "--offline"], ["check", ""],
    ["check", "repo", "--quiet", "--format", "json", "-o", "out.txt", "--policy", "builtin:strict", "--org", "none",
     "--org-policy", "github:{owner}/x", "--baseline-ref", "abc123", "--only-new", "--fail-on", "warning", "--mode",
     "annotate"],
    ["check", "-q", "--policy", "a", "--policy", "b"], ["check", "--policy", ""], ["check", "--offline", "--offline"],
    ["check", "--format", "sarif", "--output", "a=b", "check"],
]
NOT_PLAIN = [
    [], ["claims", "x"], ["check", "--policy=x"], ["check", "--off"], ["check", "-qo", "x"], ["check", "-oout"],
    ["check", "--", "."], ["check", "a", "b"], ["check", "--format", "nope"], ["check", "--policy", "-x"],
    ["check", "-"], ["check", "--policy"], ["check", "-h"], ["check", "--help"], ["--version"], ["check", "-1"],
]


def _argparse_answer(argv: list[str]) -> dict | None:
    from openwash.errors import UsageError

    try:
        return vars(build_parser(verb_of(argv)).parse_args(argv))
    except (UsageError, SystemExit):
        return None


def test_plain_check_command_lines_read_as_argparse_reads_them() -> None:
    from openwash.cli.options import plain_check_args

    for argv in PLAIN:
        plain = plain_check_args(argv)
        assert plain is not None, argv
        assert vars(plain) == _argparse_answer(argv), argv
    for argv in NOT_PLAIN:
        assert plain_check_args(argv) is None, argv


def test_plain_check_command_lines_agree_with_argparse_on_random_words() -> None:
    import random

    from openwash.cli.options import CHECK_OPTIONS, plain_check_args

    words = [flag for option in CHECK_OPTIONS for flag in option.flags] + [
        ".", "repo", "", "json", "text", "warning", "annotate", "x=y", "-", "--", "-x", "--off", "--policy=a", "-qo"]
    rng = random.Random(19)
    for _ in range(3000):
        argv = ["check", *rng.choices(words, k=rng.randint(0, 6))]
        plain = plain_check_args(argv)
        if plain is not None:
            assert vars(plain) == _argparse_answer(argv), argv
