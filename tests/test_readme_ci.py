"""README's two commands and .ci/run must agree, and must stay true."""

from __future__ import annotations

import re

from conftest import ROOT


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Try it", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_has_two_commands() -> None:
    commands = _readme_commands()
    assert len(commands) == 2
    install_and_run, test = commands
    assert "pip install ." in install_and_run and "openwash check examples/demo-model" in install_and_run
    assert "pip install '.[test]'" in test and "pytest" in test


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = _readme_commands()[1]
    assert test_command in ci.splitlines()
    assert "set -euo pipefail" in ci  # a failing test fails CI
