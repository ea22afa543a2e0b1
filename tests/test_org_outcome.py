"""The typed outcome of one repository in a sweep (github/org/outcome.py)."""

from __future__ import annotations

from pathlib import Path

from conftest import write_tree
from openwash.discovery import discover
from openwash.engine import check_repository
from openwash.github.fetch import RepoInfo
from openwash.github.org.outcome import RepoOutcome, base_outcome, outcome_from_result
from openwash.policy import resolve
from openwash.rules import all_rules, claim_backing_rules

INFO = RepoInfo.from_rest({"full_name": "acme/heron", "html_url": "https://github.com/acme/heron",
                           "default_branch": "main", "pushed_at": "2026-01-01T00:00:00Z"})


def test_the_rules_that_back_a_claim_come_from_the_catalog() -> None:
    backing = claim_backing_rules()
    assert backing == {rid for rid, rule in all_rules().items() if rule.backs_claim}
    # what an open-source claim needs: training code, training data, an open license, an open base
    assert backing == {"OW101", "OW102", "OW103", "OW106"}


def test_an_outcome_survives_its_json_form(tmp_path: Path) -> None:
    write_tree(tmp_path, {"README.md": "# Heron\n\nHeron-7B is a fully open-source language model.\n"})
    result = check_repository(discover(tmp_path), resolve(tmp_path))
    out = outcome_from_result(result, {"info": INFO.as_json(), "commit": "abc123"})
    assert out.verdict == "fail" and out.claims_open_source == 1 and out.backed is False
    assert {f["rule"] for f in out.findings} & claim_backing_rules()
    assert out.findings[0]["url"].startswith("https://github.com/acme/heron/blob/abc123/README.md#L")
    data = out.to_json()
    assert RepoOutcome.from_json(data).to_json() == data
    assert data["evidence"]["training_code_count"] == 0
    # fields a caller adds (the Hub sweep's) are kept, in their place at the end
    extended = {**data, "hub": {"gated": "manual"}}
    assert RepoOutcome.from_json(extended).to_json() == extended


def test_a_repository_that_was_not_checked() -> None:
    out = base_outcome(INFO, "error", "repository not found")
    assert not out.checked and out.backed is None
    data = out.to_json()
    assert data["error"] == "repository not found" and data["summary"] == {"error": 0, "warning": 0, "notice": 0,
                                                                           "waived": 0}
    assert "training_code_count" not in data["evidence"]  # not counted: nothing was read
    assert RepoOutcome.from_json(data).to_json() == data
