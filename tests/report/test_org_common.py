"""What the organization writers share (openwash.report.org_common): verdict words, the words for an issue
action, where a finding is, which URLs become links, and the Markdown escaping of repository text."""

from __future__ import annotations

import pytest

from openwash.report.org_common import VERDICT_WORDS, action_words, md, rule_titles, safe_url, where


def test_only_http_urls_become_links() -> None:
    assert safe_url("https://github.com/acme/x") == "https://github.com/acme/x"
    assert safe_url("http://127.0.0.1:8080/x") == "http://127.0.0.1:8080/x"
    for bad in ("javascript:alert(1)", "data:text/html,<b>", " https://x", "", None, "//evil.example"):
        assert safe_url(bad) == "", bad


def test_where_a_finding_is() -> None:
    assert where({"file": "models/a/README.md", "line": 7}) == "models/a/README.md:7"
    assert where({"file": "README.md"}) == "README.md:1"
    assert where({"file": ""}) == where({}) == "(repository)"


@pytest.mark.parametrize(("action", "words"), [
    ({"action": "open", "dry_run": True}, "would open"), ({"action": "open"}, "opened"),
    ({"action": "kept closed", "dry_run": True}, "would leave closed"), ({"action": "kept closed"}, "left closed"),
    ({"action": "close"}, "closed"), ({"action": "reopen"}, "reopened"), ({"action": "update"}, "updated"),
    ({"action": "failed", "dry_run": True}, "failed"), ({"action": "unchanged"}, "unchanged")])
def test_action_words(action: dict, words: str) -> None:
    assert action_words(action) == words


def test_verdict_words_and_rule_titles() -> None:
    assert VERDICT_WORDS["error"] == "not checked" and set(VERDICT_WORDS) == {"pass", "fail", "error", "empty"}
    assert rule_titles()["OW101"] and rule_titles() is rule_titles()  # read once per process


def test_md_makes_repository_text_inert() -> None:
    out = md("a|b @everyone <b>x</b> [l](javascript:x) \u202e")
    assert "\\|" in out and "<b>" not in out and "`@everyone`" in out and "\u202e" not in out
    assert md("") == ""
