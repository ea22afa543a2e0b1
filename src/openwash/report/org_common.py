"""Helpers shared by the organization report formats (``org_markdown``, ``org_html``, ``org_csv``,
``org_json``): rule titles, verdict words, and escaping of text that comes from repositories.
The writers read the typed outcomes (:class:`openwash.github.org.outcome.RepoOutcome`); the findings inside
an outcome are the engine's JSON rows."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from openwash import rules
from openwash.safetext import markdown_words

VERDICT_WORDS = {"pass": "pass", "fail": "fail", "error": "not checked", "empty": "empty"}


@lru_cache(maxsize=1)
def rule_titles() -> dict[str, str]:
    return rules.rule_titles()  # cached: a report asks once per finding


def md(text: Any) -> str:
    """Markdown-escape text from a repository (openwash.safetext.markdown_words: no markup, no table breaks,
    no mentions, references or links, no bidi controls)."""
    return markdown_words(text)


def safe_url(url: Any) -> str:
    """A URL only if it is http(s); anything else (javascript:, data:) becomes empty."""
    s = str(url or "")
    return s if s.startswith(("https://", "http://")) else ""


def where(f: dict[str, Any]) -> str:
    if not f.get("file"):
        return "(repository)"
    return f"{f['file']}:{f.get('line', 1)}"


PAST = {"open": "opened", "update": "updated", "reopen": "reopened", "close": "closed", "kept closed": "left closed"}


def action_words(action: dict[str, Any]) -> str:
    """``would open`` in a dry run, ``opened`` otherwise (``failed``, ``unchanged`` as they are)."""
    verb = str(action.get("action", ""))
    if verb in ("failed", "unchanged", "none"):
        return verb
    return f"would {'leave closed' if verb == 'kept closed' else verb}" if action.get("dry_run") else PAST.get(verb, verb)
