"""``openwash org OWNER --format markdown`` (openwash.report.org_markdown): the summary, findings by rule,
failing repositories with links to the lines, and repository text made inert."""

from __future__ import annotations

import re

import pytest

from conftest import markdown_outside_code
from openwash.report import org_markdown
from orgkit import Swept, hostile_report, swept_reports


@pytest.fixture
def swept(tmp_path_factory: pytest.TempPathFactory) -> Swept:
    return swept_reports(tmp_path_factory)


def test_markdown_report(swept: Swept) -> None:
    md = swept.outputs["markdown"]
    assert md.startswith("# openwash organization report: acme")
    assert "## Summary" in md and "## Findings by rule" in md and "## Failing repositories" in md
    assert re.search(r"\| OW1\d\d \| .+ \| 1 \| 1 \|", md)
    assert f"(https://github.com/acme/heron/blob/{swept.heron_commit}/README.md#L3)" in md
    assert "how to fix:" in md
    assert "| [acme/tidy](https://github.com/acme/tidy) | pass |" in md
    assert "| [acme/void](https://github.com/acme/void) | empty |" in md


def test_markdown_escapes_repository_text() -> None:
    md = org_markdown.render(hostile_report())
    assert "<script>" not in md and "`@everyone`" in md and "\\|" in md
    assert "@everyone" not in markdown_outside_code(md)[0] and "\u200b" not in md
    assert not re.search(r"(?<!\\)\]\(javascript:", md)  # brackets escaped: no link
    assert "## Repositories that could not be checked" in md and "acme/gone: repository not found \\<b\\>" in md
    # the license name is shown, its | escaped so that it cannot split the table row; the javascript: URL links nothing
    assert "| acme/x | fail | 1 | **no** | =cmd\\|' /C calc'!A0 (unknown) | 1 | 0 |" in md.splitlines()
