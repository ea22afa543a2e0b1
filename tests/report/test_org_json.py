"""``openwash org OWNER --format json`` (openwash.report.org_json): the report object, each repository in the
JSON form of its typed outcome."""

from __future__ import annotations

import json

import pytest

from openwash.github.org.outcome import RepoOutcome
from openwash.report import org_json
from orgkit import Swept, hostile_report, swept_reports


@pytest.fixture
def swept(tmp_path_factory: pytest.TempPathFactory) -> Swept:
    return swept_reports(tmp_path_factory)


def test_json_report_summary_and_repositories(swept: Swept) -> None:
    report = json.loads(swept.outputs["json"])
    assert report["tool"]["name"] == "openwash" and report["owner"] == "acme"
    assert {"summary", "repositories", "requests", "filters", "central_policy"} <= set(report)
    s = report["summary"]
    assert (s["repositories"], s["pass"], s["fail"], s["empty"]) == (3, 1, 1, 1)
    assert s["by_rule"] and all(row["repositories"] == 1 for row in s["by_rule"].values())
    assert (s["claiming_open_source"], s["backed"], s["not_backed"]) == (1, 0, 1)


def test_each_repository_is_its_typed_outcome_written_as_json(swept: Swept) -> None:
    text = swept.outputs["json"]
    for repo in json.loads(text)["repositories"]:
        outcome = RepoOutcome.from_json(repo)
        assert outcome.to_json() == repo and list(outcome.to_json()) == list(repo)  # the same keys, in order
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"


def test_json_keeps_repository_text_as_data() -> None:
    report = hostile_report()
    data = json.loads(org_json.render(report))
    assert data["repositories"] == [o.to_json() for o in report.outcomes]
    assert data["repositories"][0]["findings"][0]["message"].startswith("<script>")
    assert data["summary"]["fail"] == 1 and data["summary"]["error"] == 1
