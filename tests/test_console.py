"""The console script (``openwash = openwash.console:run``): the same output and exit code as ``python -m
openwash``, although the local commands leave without the interpreter's tear-down (os._exit): whatever
the command printed must still reach a file or a pipe in full."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import cli_env, make_git_repo

CONSOLE = "import sys\nfrom openwash.console import run\nsys.exit(run())\n"


def _env() -> dict[str, str]:
    """The test environment with buffered standard streams, as a hook or a terminal has them."""
    env = cli_env()
    env.pop("PYTHONUNBUFFERED", None)
    return env


def _repo(root: Path) -> Path:
    # Many unbacked claims: the report is far larger than a pipe's or a file's buffer.
    files = {"README.md": "# Wren\n\nWren is a fully open-source language model.\n\nWeights: "
                          "https://huggingface.co/wren/wren-7b\n"}
    for i in range(60):
        files[f"docs/part{i}.md"] = (f"# Part {i}\n\nWren-{i} is an open-source model we release today.\n\n"
                                     f"Our open-weight Wren-{i}B model is free to use.\n")
    return make_git_repo(root, files)


def _both(args: list[str], cwd: Path, tmp_path: Path) -> tuple[tuple[int, bytes, bytes], tuple[int, bytes, bytes]]:
    """(exit code, stdout, stderr) of the console script and of ``python -m openwash``, stdout to a file."""
    runs = []
    for name, cmd in (("console", [sys.executable, "-c", CONSOLE]), ("module", [sys.executable, "-m", "openwash"])):
        out = tmp_path / f"{name}.out"
        with out.open("wb") as handle:
            proc = subprocess.run([*cmd, *args], cwd=cwd, env=_env(), stdout=handle, stderr=subprocess.PIPE,
                                  timeout=120)
        runs.append((proc.returncode, out.read_bytes(), proc.stderr))
    return runs[0], runs[1]


@pytest.mark.parametrize("args", [["check", "--offline", "--format", "json", "."],
                                  ["check", "--offline", "."],
                                  ["claims", "README.md", "docs/part7.md"]])
def test_the_console_script_writes_what_the_module_writes(tmp_path: Path, args: list[str]) -> None:
    repo = _repo(tmp_path / "repo")
    console, module = _both(args, repo, tmp_path)
    assert console == module
    if args[0] == "check":
        assert console[1].count(b"\n") > 20  # more than one buffer's worth of findings
        assert console[0] == 1
        if "json" in args:
            assert len(json.loads(console[1])["findings"]) >= 60
    else:
        assert b"Wren-7" in console[1] and b"fully open-source" in console[1]


def test_the_console_script_keeps_exit_codes_of_errors(tmp_path: Path) -> None:
    repo = _repo(tmp_path / "repo")
    (repo / ".openwash.yml").write_text("extends: [builtin:default\nrules: {}\n", encoding="utf-8")
    console, module = _both(["check", "--offline", "."], repo, tmp_path)
    assert console == module and console[0] == 2 and b".openwash.yml:" in console[2]
    console, module = _both(["no-such-command"], repo, tmp_path)
    assert console == module and console[0] == 2


def test_the_console_script_streams_into_a_pipe_read_slowly(tmp_path: Path) -> None:
    repo = _repo(tmp_path / "repo")
    proc = subprocess.Popen([sys.executable, "-c", CONSOLE, "check", "--offline", "--format", "json", "."], cwd=repo,
                            env=_env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    chunks = []
    while chunk := proc.stdout.read(1000):
        chunks.append(chunk)
    assert proc.wait(timeout=120) == 1
    assert len(json.loads(b"".join(chunks))["findings"]) >= 60


def _collections_once_running(args: list[str], repo: Path) -> tuple[int, str]:
    """Exit code and stderr of the console script, which notes on stderr when the collector starts a collection
    once the command runs (a callback registered before the console script; collections while openwash itself
    is imported do not count)."""
    probe = ("import gc, sys\nran = []\n"
             "def seen(phase, info):\n"
             "    if phase == 'start' and not ran and 'openwash.engine' in sys.modules:\n"
             "        ran.append(1)\n"
             "        sys.stderr.write('collector ran\\n')\n"
             "gc.callbacks.append(seen)\n"
             "from openwash.console import run\nrun()\n")
    proc = subprocess.run([sys.executable, "-c", probe, *args], cwd=repo, env=_env(), capture_output=True, text=True,
                          timeout=120)
    return proc.returncode, proc.stderr


def test_the_collector_is_off_for_a_local_command(tmp_path: Path) -> None:
    """A check reads local files, prints and ends: the collector stays off for the whole run (it found next to
    nothing to free in a check and cost about 4 ms of a hook run; the peak RSS of a 19 MB check is the same)."""
    repo = _repo(tmp_path / "repo")
    code, err = _collections_once_running(["check", "--offline", "--quiet", "."], repo)
    assert code == 1, err
    assert "collector ran" not in err


def test_the_collector_runs_during_other_commands(tmp_path: Path) -> None:
    """Every other command (a sweep over thousands of repositories, an export) runs with the collector on, so
    that long runs free their cycles."""
    repo = _repo(tmp_path / "repo")
    code, err = _collections_once_running(["export", "--offline", "--format", "json", "."], repo)
    assert code == 0, err
    assert "collector ran" in err
