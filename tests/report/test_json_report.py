"""``openwash check --format json`` (openwash.report.json_report): the design.md contract
(tests/check-json.schema.json), text safe to print in a workflow log, and the baseline's new / pre-existing."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from conftest import ROOT, make_git_repo, run_cli
from openwash import engine
from openwash.policy import resolve
from openwash.report import json_report
from reportkit import LICENSE, card, outside_a_runner, pr_repo


@pytest.fixture(autouse=True)
def _outside_a_runner(monkeypatch: pytest.MonkeyPatch) -> None:
    outside_a_runner(monkeypatch)  # the runner's own event, summary and token are not this test's

SCHEMA = json.loads((ROOT / "tests" / "check-json.schema.json").read_text(encoding="utf-8"))


def test_a_run_is_one_object_that_keeps_the_contract(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "r", {"README.md": card("acme"), "LICENSE": LICENSE})
    result = engine.run(root, resolve(root, None))
    out = json_report.render(result)
    assert out.endswith("}\n") and out.count("\n}\n") == 1  # one object, indented, a final newline
    data = json.loads(out)
    jsonschema.validate(data, SCHEMA)
    assert data == json.loads(json.dumps(result.to_json()))
    assert data["verdict"] == "fail" and {f["rule"] for f in data["findings"]} >= {"OW101", "OW102", "OW103"}


def test_repository_text_cannot_start_a_workflow_command_and_decodes_the_same(tmp_path: Path) -> None:
    # a license name quoted in OW103's message: a legacy ##[ command and a bidi override
    card_text = ("---\nlicense: other\nlicense_name: \"##[error]pwned \\u202Etxt.exe\"\n---\n# Acme\n\n"
                 "Acme is a fully open-source model.\n")
    root = make_git_repo(tmp_path / "r", {"README.md": card_text})
    result = engine.run(root, resolve(root, None))
    out = json_report.render(result)
    assert "##[" not in out and "\u202e" not in out
    assert json.loads(out) == json.loads(json.dumps(result.to_json()))
    assert any("##[error]pwned \u202etxt.exe" in f["message"] for f in json.loads(out)["findings"])


def test_only_new_json_marks_new_and_preexisting_and_keeps_the_contract(tmp_path: Path) -> None:
    root, base = pr_repo(tmp_path)
    proc = run_cli("check", str(root), "--format", "json", "--baseline-ref", base, "--only-new")
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    for key in ("tool", "policy", "claims", "evidence", "is_model_release", "findings", "summary"):
        assert key in data
    new = {(f["file"], f["rule"]) for f in data["findings"] if f["new"]}
    old = {(f["file"], f["rule"]) for f in data["findings"] if not f["new"]}
    assert all(file == "models/beta/README.md" for file, _ in new) and new
    assert all(file == "README.md" for file, _ in old) and old
    assert data["baseline"]["sha"].startswith(base[:7]) and data["baseline"]["new"] == len(new)
    assert data["verdict"] == "fail"
