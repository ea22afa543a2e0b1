"""``openwash check --format markdown`` (openwash.report.markdown) and the Markdown the GitHub job summary and
sticky comment are written in: repository text made inert, clipped, and kept under a byte budget."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import make_git_repo, markdown_outside_code, run_cli
from openwash.report import markdown as md
from reportkit import LICENSE, card, outside_a_runner


@pytest.fixture(autouse=True)
def _outside_a_runner(monkeypatch: pytest.MonkeyPatch) -> None:
    outside_a_runner(monkeypatch)  # the runner's own event, summary and token are not this test's


def test_format_markdown_is_the_summary_with_repository_paths_and_no_github_links(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "r", {"models/acme/README.md": card("acme"), "LICENSE": LICENSE})
    proc = run_cli("check", str(root / "models"), "--format", "markdown",
                   env={"GITHUB_SERVER_URL": "", "GITHUB_REPOSITORY": "", "GITHUB_SHA": ""})
    assert proc.returncode == 1, proc.stderr
    out = proc.stdout
    assert out.startswith("## openwash: ❌ fail")
    assert "### Findings" in out and "### License and evidence found" in out
    rows = [line for line in out.splitlines() if line.startswith("| **OW1")]
    # paths relative to the repository root (escaped Markdown), not linked: no GitHub run to link to
    assert len(rows) == 3 and all("| models/acme/README\\.md:8 |" in row and "](" not in row for row in rows)
    assert str(tmp_path) not in out.replace("\\", "")
    assert len(out.encode("utf-8")) <= md.SUMMARY_MAX_BYTES


def test_md_text_neutralizes_html_mentions_references_links_and_bidi() -> None:
    raw = ("Hi @octocat and @org/team, see #12 and GH-3 <img src=x onerror=alert(1)> <!-- c --> "
           "[click](https://evil.example) https://evil.example www.evil.example a|b `code` $x$ \u202etxt.exe\n"
           "| new row |")
    out = md.md_text(raw, 1000)
    assert "<" not in out and ">" not in out.replace("&gt;", "")
    outside, codes = markdown_outside_code(out)
    assert not re.search(r"@\w", outside)
    assert not re.search(r"#\d", outside)
    assert "https://" not in outside and "www." not in outside
    # what would link or ping is shown as code, exactly (nothing invisible inserted: copy-paste works)
    assert codes == ["@octocat", "@org/team", "#12", "[click](https://evil.example)", "https://evil.example",
                     "www.evil.example"]
    assert not re.search("[\u200b-\u200d\u2060\ufeff]", out)
    assert "\u202e" not in out and "\n" not in out
    assert "\\|" in out and "|" not in out.replace("\\|", "")
    assert "\\`code\\`" in out and "\\$x\\$" in out
    # in a table cell too, and a backtick or a | inside a linkable word cannot break out of the span
    cell = md.md_text("see ``https://x.example/a`b`` and @a|@b", 1000)
    outside, codes = markdown_outside_code(f"| a |\n|---|\n| {cell} |\n")
    assert codes == ["``https://x.example/a`b``", "@a", "@b"] and "@" not in outside


def test_md_text_clips_long_text() -> None:
    assert len(md.md_text("a" * 5000, 100)) <= 100
