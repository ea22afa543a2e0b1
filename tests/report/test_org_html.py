"""``openwash org OWNER --format html`` (openwash.report.org_html): one self-contained page, links to the
lines, and repository text escaped."""

from __future__ import annotations

import re

import pytest

from openwash.report import org_html
from orgkit import Swept, hostile_report, swept_reports


@pytest.fixture
def swept(tmp_path_factory: pytest.TempPathFactory) -> Swept:
    return swept_reports(tmp_path_factory)


def test_html_report_is_self_contained_and_links_to_the_lines(swept: Swept) -> None:
    page = swept.outputs["html"]
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert not re.search(r"<(link|script)[^>]+(src|href)=", page)  # nothing loaded from elsewhere
    assert "acme/heron" in page and re.search(r"<td>OW1\d\d</td>", page) and 'class="badge fail"' in page
    assert f"https://github.com/acme/heron/blob/{swept.heron_commit}/README.md#L3" in page
    assert page.count("<details open>") == 1  # heron, the one failing repository


def test_html_escapes_repository_text() -> None:
    page = org_html.render(hostile_report())
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert 'href="javascript:' not in page
    assert "<h2>Repositories that could not be checked</h2>" in page and "not found &lt;b&gt;" in page
