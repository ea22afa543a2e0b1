"""``openwash check --format text`` (openwash.report.text): one line per finding, a hint once per rule, the
verdict line; waived findings without a hint; ``[new]`` against a baseline; repository text made printable."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import make_git_repo
from openwash import engine, records
from openwash.baseline import Outcome, compare
from openwash.policy import resolve
from openwash.report import text
from reportkit import LICENSE, card

LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<rule>OW\d{3}) (?P<sev>error|warning|notice): .+$")


def _result(tmp_path: Path, files: dict[str, str]) -> engine.Result:
    root = make_git_repo(tmp_path / "r", files)
    return engine.run(root, resolve(root, None))


def test_one_line_per_finding_a_hint_once_per_rule_and_the_verdict(tmp_path: Path) -> None:
    result = _result(tmp_path, {"README.md": card("acme"), "models/beta/README.md": card("beta"), "LICENSE": LICENSE})
    lines = text.render(result).splitlines()
    findings = [m for m in map(LINE.match, lines) if m]
    assert len(findings) == len(result.findings) >= 4
    assert [(m["file"], int(m["line"]), m["rule"]) for m in findings] == [
        (f.file, f.line, f.rule) for f in result.findings]
    rules = {m["rule"] for m in findings}
    hints = [line for line in lines if line.startswith("    hint: ")]
    assert len(hints) == len(rules) < len(findings)  # the second card's findings repeat no hint
    s = result.summary()
    assert lines[-1] == (f"openwash: 2 claims, model release; {s['error']} errors, {s['warning']} warning"
                         f"{'s' if s['warning'] != 1 else ''}, {s['notice']} notice{'s' if s['notice'] != 1 else ''}"
                         " — fail")


def test_a_waived_finding_is_one_line_without_a_hint(tmp_path: Path) -> None:
    result = _result(tmp_path, {"README.md": card("acme"), "LICENSE": LICENSE})
    waived = records.replace(result, findings=[f.waive("waived by .openwash.yml until 2099-01-01: relicensing")
                                                   for f in result.findings])
    lines = text.render(waived).splitlines()
    assert not [line for line in lines if line.startswith("    hint: ")]
    assert all(line.endswith("(waived: waived by .openwash.yml until 2099-01-01: relicensing)")
               for line in lines[:-1] if LINE.match(line))
    assert lines[-1].endswith(f"0 errors, 0 warnings, 0 notices, {len(result.findings)} waived — pass")


def test_findings_not_on_the_baseline_end_in_new(tmp_path: Path) -> None:
    result = _result(tmp_path, {"README.md": card("acme"), "models/beta/README.md": card("beta"), "LICENSE": LICENSE})
    base = [f for f in result.findings if f.file == "README.md"]
    outcome = Outcome(result, compare(result.findings, base, "main", "abc1234"))
    for line in text.render(result, outcome=outcome).splitlines():
        if m := LINE.match(line):
            assert line.endswith(" [new]") == (m["file"] == "models/beta/README.md"), line


def test_repository_text_cannot_write_terminal_controls(tmp_path: Path) -> None:
    # a license name (quoted in OW103's message and the hints) that would clear the screen and retitle the terminal
    hostile = "---\nlicense: other\nlicense_name: \"acme\\e[2J\\e]0;pwned\\a\"\n---\n# Acme\n\nAcme is a fully open-source model.\n"
    result = _result(tmp_path, {"README.md": hostile})
    assert any("\x1b[2J" in f.message for f in result.findings)  # the engine keeps the text as it is
    out = text.render(result)
    assert "\x1b" not in out and "\x07" not in out
    assert "acme\\x1b[2J\\x1b]0;pwned\\x07" in out  # shown as visible escapes
