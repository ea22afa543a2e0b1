"""Waivers in the policy (with a fixed clock) and inline suppressions in Markdown (OW901, OW902)."""

from __future__ import annotations

from pathlib import Path

from conftest import check_json, imported_by_check, make_git_repo, run_cli

MIT = "MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n"

README = """---
license: mit
---
# Kestrel-2B

Kestrel-2B is an open-source language model.

Weights: [kestrel-2b](https://huggingface.co/kestrel/kestrel-2b)
"""

POLICY = """model_release: yes
waivers:
  - rule: OW101
    path: "README.md"
    reason: training code is published in a separate repository after the audit
    expires: 2026-06-30
    approver: ospo@example.org
"""


def _repo(tmp_path: Path, readme: str = README, policy: str = POLICY) -> Path:
    return make_git_repo(tmp_path / "repo", {"README.md": readme, "LICENSE": MIT, ".openwash.yml": policy})


def _by_rule(report: dict) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for f in report["findings"]:
        out.setdefault(f["rule"], []).append(f)
    return out


def test_active_waiver_waives_and_says_so(tmp_path: Path) -> None:
    repo = _repo(tmp_path, policy=POLICY.replace("OW101", "OW101") + "  - {rule: OW102, path: '*.md', "
                                                                      "reason: data card in review, "
                                                                      "expires: 2026-06-30}\n")
    code, report = check_json(repo, env={"OPENWASH_TODAY": "2026-06-30"})  # the expiry day itself still waives
    findings = _by_rule(report)
    assert findings["OW101"][0]["waived"] is True
    assert "training code is published" in findings["OW101"][0]["waived_reason"]
    assert "ospo@example.org" in findings["OW101"][0]["waived_reason"]
    assert ".openwash.yml:3" in findings["OW101"][0]["waived_reason"]
    assert findings["OW102"][0]["waived"] is True
    assert "OW901" not in findings
    assert code == 0 and report["verdict"] == "pass" and report["summary"]["waived"] == 2
    text = run_cli("check", str(repo), env={"OPENWASH_TODAY": "2026-06-30"})
    assert text.returncode == 0
    assert "OW101 error:" in text.stdout and "(waived: waived by" in text.stdout and "2 waived" in text.stdout


def test_expired_waiver_stops_waiving_and_is_reported_at_its_line(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    code, report = check_json(repo, env={"OPENWASH_TODAY": "2026-07-01"})
    findings = _by_rule(report)
    assert findings["OW101"][0]["waived"] is False
    (expired,) = findings["OW901"]
    # named by its path in the repository, as annotations and SARIF need it
    assert expired["file"] == ".openwash.yml" and expired["line"] == 3
    assert "expired on 2026-06-30" in expired["message"] and expired["severity"] == "error"
    assert code == 1


def test_waiver_path_glob_must_match(tmp_path: Path) -> None:
    repo = _repo(tmp_path, policy=POLICY.replace('path: "README.md"', 'path: "docs/**"'))
    _code, report = check_json(repo, env={"OPENWASH_TODAY": "2026-01-01"})
    assert _by_rule(report)["OW101"][0]["waived"] is False


def test_bad_clock_is_a_usage_error(tmp_path: Path) -> None:
    proc = run_cli("check", str(_repo(tmp_path)), env={"OPENWASH_TODAY": "tomorrow"})
    assert proc.returncode == 2 and "OPENWASH_TODAY" in proc.stderr


def test_waiver_needs_reason_and_expiry(tmp_path: Path) -> None:
    repo = _repo(tmp_path, policy="waivers:\n  - rule: OW101\n    path: README.md\n")
    proc = run_cli("check", str(repo))
    assert proc.returncode == 2
    assert ".openwash.yml:2: waivers[0]: missing required key" in proc.stderr


# ------------------------------------------------------------------------------------------ suppression

def test_inline_suppression_next_line_and_same_line(tmp_path: Path) -> None:
    readme = README.replace(
        "Kestrel-2B is an open-source language model.\n",
        "<!-- openwash-disable-next-line OW101 -- training code lives in a private repo, audited yearly -->\n"
        "Kestrel-2B is an open-source language model. <!-- openwash-disable OW102 -- data card pending legal -->\n")
    repo = _repo(tmp_path, readme=readme, policy="model_release: yes\n")
    code, report = check_json(repo)
    findings = _by_rule(report)
    assert findings["OW101"][0]["waived"] is True
    assert "suppressed inline at README.md:6" in findings["OW101"][0]["waived_reason"]
    assert "private repo" in findings["OW101"][0]["waived_reason"]
    assert findings["OW102"][0]["waived"] is True
    assert "OW902" not in findings
    assert code == 0


def test_suppression_without_reason_or_rule_or_target_is_ow902(tmp_path: Path) -> None:
    readme = README.replace(
        "Kestrel-2B is an open-source language model.\n",
        "<!-- openwash-disable-next-line OW101 -->\n"
        "Kestrel-2B is an open-source language model.\n\n"
        "<!-- openwash-disable-next-line OW104 -- nothing to see here -->\n"
        "A sentence without claims.\n\n"
        "<!-- openwash-disable-next-line -- no rule named -->\n"
        "Another plain sentence.\n")
    repo = _repo(tmp_path, readme=readme, policy="model_release: yes\n")
    code, report = check_json(repo)
    findings = _by_rule(report)
    assert findings["OW101"][0]["waived"] is False  # no reason: suppresses nothing
    messages = {(f["line"], f["message"]) for f in findings["OW902"]}
    assert (6, "inline suppression of OW101 without a reason") in messages
    assert (9, "inline suppression of OW104 suppresses nothing") in messages
    assert (12, "inline suppression names no rule") in messages
    assert all(f["severity"] == "warning" for f in findings["OW902"])
    assert code == 1  # OW101 still fails


def test_ow902_severity_follows_the_policy(tmp_path: Path) -> None:
    readme = README + "\n<!-- openwash-disable-next-line OW104 -- stale -->\nNothing here.\n"
    repo = _repo(tmp_path, readme=readme, policy="model_release: yes\nrules:\n  OW902: error\n  OW101: off\n"
                                                 "  OW102: off\n  OW103: off\n")
    code, report = check_json(repo)
    assert [f["severity"] for f in report["findings"] if f["rule"] == "OW902"] == ["error"]
    assert code == 1


def test_annotate_mode_never_fails(tmp_path: Path) -> None:
    repo = _repo(tmp_path, policy="extends: builtin:annotate\nmodel_release: yes\n")
    code, report = check_json(repo)
    assert code == 0 and report["summary"]["error"] >= 2 and report["policy"]["mode"] == "annotate"


def test_a_check_without_waivers_makes_no_date(tmp_path: Path) -> None:
    """What day it is matters only to a waiver with an expiry date: the hook's usual check (no policy file, no
    waiver) does not import datetime (issue 19), and one with an expired waiver still reports it."""
    repo = make_git_repo(tmp_path / "plain", {
        "README.md": "# Wren\n\nWren-7B is an open-source language model. Weights: https://huggingface.co/acme/wren\n"})
    code, (datetime_loaded,) = imported_by_check(repo, "datetime")
    assert code == 1 and not datetime_loaded
    waived = make_git_repo(tmp_path / "waived", {
        "README.md": "# Wren\n\nWren-7B is an open-source language model. Weights: https://huggingface.co/acme/wren\n",
        ".openwash.yml": "waivers:\n  - rule: OW101\n    path: README.md\n    reason: training code is coming\n"
                         "    expires: 2020-01-01\n    approver: someone\n"})
    _code, report = check_json(waived)
    assert "OW901" in {f["rule"] for f in report["findings"]}


def test_an_expiry_date_is_never_compared_with_no_date() -> None:
    import datetime as dt

    import pytest

    from openwash.policy import Waiver

    dated = Waiver(rule="OW101", path="**", reason="r", expires=dt.date(2020, 1, 1), approver="", origin="x")
    undated = Waiver(rule="OW101", path="**", reason="r", expires=None, approver="", origin="x")
    assert dated.expired(dt.date(2021, 1, 1)) and not dated.expired(dt.date(2019, 1, 1))
    assert not undated.expired(None)
    with pytest.raises(ValueError):
        dated.expired(None)
