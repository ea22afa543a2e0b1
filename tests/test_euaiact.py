"""Preset builtin:eu-ai-act-53-2 (OW401-OW407): a release that passes every requirement, and one that fails
each requirement alone; each finding cites its article or recital."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, check_json, make_git_repo, run_cli
from export_fixtures import release

PRESET = "builtin:eu-ai-act-53-2"
EU_RULES = ["OW401", "OW402", "OW403", "OW404", "OW405", "OW406", "OW407"]


def eu_findings(root: Path, *extra: str) -> list[dict]:
    _rc, report = check_json(root, "--policy", PRESET, *extra)
    return [f for f in report["findings"] if f["rule"].startswith("OW4")]


def test_a_release_that_meets_every_requirement_passes(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "r", release())
    rc, report = check_json(root, "--policy", PRESET)
    assert [f for f in report["findings"] if f["rule"].startswith("OW4")] == []
    assert rc == 0 and report["verdict"] == "pass"


CASES = [
    ("OW401", {"license_id": "cc-by-nc-4.0", "license_text": False}, "README.md", "license: ",
     ["Art. 53(2)", "recital 102", "commercial"]),
    ("OW401", {"license_id": "llama3", "license_text": False}, "README.md", "license: ",
     ["field-of-use restrictions or user-count limits"]),
    ("OW402", {"gated": True}, "README.md", "extra_gated_prompt", ["gated", "Art. 53(2)", "recital 102"]),
    ("OW402", {"weights": False, "hub_card": False, "eval_results": False,
               "policy": "extends: builtin:eu-ai-act-53-2\nmodel_release: yes\n"}, "README.md", "---",
     ["no public weights", "Art. 53(2)"]),
    ("OW403", {"architecture": False}, "README.md", "---", ["architecture", "Art. 53(2)", "recital 102"]),
    ("OW404", {"usage": False}, "README.md", "---", ["usage", "Art. 53(2)", "recital 102"]),
    ("OW405", {"monetised": True}, "README.md", "A commercial license is available",
     ["monetisation", "recital 103"]),
    ("OW406", {"datasets": False, "data_card": False}, "README.md", "---",
     ["summary of the content used for training", "Art. 53(1)(d)", "recital 104"]),
    ("OW407", {"copyright_policy": False}, "README.md", "---",
     ["copyright policy", "Art. 53(1)(c)", "recital 104"]),
]


@pytest.mark.parametrize(("rule", "switches", "file", "line_text", "words"), CASES,
                         ids=[f"{c[0]}-{'-'.join(c[1])}" for c in CASES])
def test_each_requirement_fails_alone(tmp_path: Path, rule: str, switches: dict, file: str, line_text: str,
                                      words: list[str]) -> None:
    files = release(**switches)
    root = make_git_repo(tmp_path / "r", files)
    policy = () if "policy" in switches else ("--policy", PRESET)
    _rc, report = check_json(root, *policy)
    found = [f for f in report["findings"] if f["rule"].startswith("OW4")]
    assert [f["rule"] for f in found] == [rule], found
    finding = found[0]
    assert finding["severity"] == "error" and report["verdict"] == "fail"
    expected_line = next(i for i, line in enumerate(files[file].splitlines(), 1) if line.startswith(line_text) or
                         line_text in line)
    assert (finding["file"], finding["line"]) == (file, expected_line)
    for word in words:
        assert word in finding["message"], finding["message"]


def test_attribution_and_share_alike_licenses_are_allowed(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "r", release(license_id="cc-by-sa-4.0", license_text=False))
    assert [f["rule"] for f in eu_findings(root)] == []


def test_off_in_the_default_preset_and_for_plain_software(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "r", release(monetised=True, copyright_policy=False, gated=True))
    _rc, report = check_json(root)
    assert not [f for f in report["findings"] if f["rule"].startswith("OW4")]
    software = make_git_repo(tmp_path / "s", {"README.md": "# Tool\n\nA command line tool. Pricing: free.\n",
                                              "LICENSE": release()["LICENSE"], "tool.py": "print(1)\n"})
    assert eu_findings(software) == []


def test_explain_documents_each_rule_with_its_source() -> None:
    for rule in EU_RULES:
        proc = run_cli("explain", rule)
        assert proc.returncode == 0, proc.stderr
        assert "Source: Regulation (EU) 2024/1689, Art. 53" in proc.stdout
        assert "recital" in proc.stdout and "not legal advice" in proc.stdout
    listing = run_cli("explain").stdout
    assert all(rule in listing for rule in EU_RULES)


def test_readme_documents_the_rules_the_preset_and_the_disclaimer() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule in EU_RULES:
        assert f"| {rule} |" in text
    assert "| `eu-ai-act-53-2` |" in text
    assert "not legal advice" in text
    assert "openwash export" in text and "img.shields.io/endpoint" in text
    preset = (ROOT / "policies" / "eu-ai-act-53-2.yml").read_text(encoding="utf-8")
    for rule in EU_RULES:
        assert f"{rule}: error" in preset
