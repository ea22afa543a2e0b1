"""The report-format registry (openwash.report.REGISTRY): one table drives --format and the renderers, and
each module of src/openwash/report/ has its tests in tests/report/test_<module>.py."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from conftest import ROOT, make_git_repo, run_cli
from openwash.cli import build_parser
from openwash.errors import UsageError
from openwash.report import REGISTRY, format_names, render, report_format


def _choices(command: str) -> tuple[str, ...]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    action = next(a for a in sub.choices[command]._actions if a.dest == "format")  # type: ignore[union-attr]
    return tuple(action.choices)


def test_the_cli_offers_exactly_the_registered_formats() -> None:
    assert _choices("check") == format_names("check") == ("text", "json", "sarif", "github", "markdown")
    assert _choices("org") == format_names("org") == ("markdown", "json", "csv", "html")


def test_every_registered_format_has_a_renderer() -> None:
    for f in REGISTRY:
        assert callable(importlib.import_module(f.module).render), f


def test_every_report_module_has_its_test_module() -> None:
    # tests mirror the code: report/<name>.py is tested in tests/report/test_<name>.py (the package's own
    # __init__, the registry, here)
    modules = {p.stem for p in (ROOT / "src" / "openwash" / "report").glob("*.py") if p.stem != "__init__"}
    tests = {p.stem.removeprefix("test_") for p in (ROOT / "tests" / "report").glob("test_*.py")}
    assert modules >= {"text", "json_report", "sarif", "markdown", "org_csv"}  # the glob found the package
    assert sorted(modules - tests) == []
    # and every format's module is one of them, or the GitHub presentation (tests/github/test_presentation.py)
    for f in REGISTRY:
        package, _, name = f.module.rpartition(".")
        assert (package == "openwash.report" and name in modules) or f.module == "openwash.github.presentation", f
    assert (ROOT / "tests" / "github" / "test_presentation.py").is_file()


def test_an_unknown_format_is_a_usage_error_not_a_traceback() -> None:
    with pytest.raises(UsageError, match="unknown report format 'yaml' for check; choose from text, json"):
        report_format("check", "yaml")
    with pytest.raises(UsageError):
        render(None, "csv")  # type: ignore[arg-type]  # an org format is not a check format


def test_every_check_format_renders_a_real_run(tmp_path: Path) -> None:
    card = ("---\nlicense: apache-2.0\n---\n# Zeta-7B\n\nWeights: [download](https://huggingface.co/acme/zeta-7b).\n\n"
            "Zeta-7B is an open-source language model.\n")
    repo = make_git_repo(tmp_path / "r", {"MODEL_CARD.md": card})
    outputs = {}
    for name in format_names("check"):
        proc = run_cli("check", str(repo), "--format", name, "--quiet")
        assert proc.returncode == 1, (name, proc.stderr)  # the open-source claim has no training code
        assert "OW101" in proc.stdout, name
        outputs[name] = proc.stdout
    assert json.loads(outputs["json"])["verdict"] == "fail"
    assert json.loads(outputs["sarif"])["version"] == "2.1.0"
    assert outputs["github"].startswith("::error ")
