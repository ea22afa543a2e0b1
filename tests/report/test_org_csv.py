"""``openwash org OWNER --format csv`` (openwash.report.org_csv): one row per repository, and no cell a
spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
import json

import pytest

from openwash.report import org_csv
from orgkit import Swept, hostile_report, swept_reports


@pytest.fixture
def swept(tmp_path_factory: pytest.TempPathFactory) -> Swept:
    return swept_reports(tmp_path_factory)


def test_csv_report_has_one_row_per_repository(swept: Swept) -> None:
    rows = list(csv.DictReader(io.StringIO(swept.outputs["csv"])))
    assert [r["repository"] for r in rows] == ["acme/heron", "acme/tidy", "acme/void"]
    assert list(rows[0]) == org_csv.COLUMNS
    heron, tidy, void = rows
    by_rule = json.loads(swept.outputs["json"])["summary"]["by_rule"]
    assert heron["verdict"] == "fail" and set(heron["rules"].split()) == set(by_rule)
    assert heron["backed"] == "false" and heron["claims_open_source"] == "1" and heron["errors"] != "0"
    assert "README.md:3" in heron["findings"]
    assert heron["commit"] == swept.heron_commit and heron["weights"] == "1" and heron["training_code"] == "0"
    assert (tidy["verdict"], tidy["backed"], tidy["rules"], tidy["license_category"]) == ("pass", "", "", "osi")
    assert (void["verdict"], void["license_category"]) == ("empty", "unknown")


def test_csv_cells_cannot_be_formulas() -> None:
    cells = list(csv.reader(io.StringIO(org_csv.render(hostile_report()))))
    assert cells[1][cells[0].index("licenses")] == "'=cmd|' /C calc'!A0"
    assert cells[2][cells[0].index("error")] == "repository not found <b>"  # CSV is not markup: kept as it is
