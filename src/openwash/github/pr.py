"""The sticky pull-request comment: one per pull request, found again by a hidden marker, edited in place.

The comment is written through PyGithub with a client from :func:`openwash.github.client.make_client`,
so the token only ever goes to the configured API host (``GITHUB_API_URL``; GitHub Enterprise works).
Failing to comment never fails the check: on a pull request from a fork the ``GITHUB_TOKEN`` is
read-only and the API answers 403, and the step goes on with a notice.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from openwash.report.github import COMMENT_MAX_CHARS, STICKY_MARKER

STATE_RE = re.compile(r"<!-- openwash:findings=(\d+) -->")


@dataclass
class StickyResult:
    action: str  # created | updated | skipped | failed
    message: str = ""
    comment_id: int | None = None
    previous_findings: int | None = None


def state_marker(count: int) -> str:
    return f"<!-- openwash:findings={int(count)} -->"


def previous_count(body: str | None) -> int | None:
    if not body:
        return None
    m = STATE_RE.search(body)
    return int(m.group(1)) if m else None


def _is_sticky(comment: Any) -> bool:
    body = getattr(comment, "body", None) or ""
    return body.lstrip().startswith(STICKY_MARKER)


DEFAULT_LOGIN = "github-actions[bot]"  # who the workflow's GITHUB_TOKEN writes as


def _author(comment: Any) -> str:
    try:
        user = comment.user
        return str(user.login) if user is not None else ""
    except Exception:  # incomplete user objects from odd servers are not worth failing over
        return ""


def own_login(gh: Any) -> str:
    """Who this token writes as: ``OPENWASH_BOT_LOGIN`` (e.g. ``acme-openwash[bot]`` for a GitHub App token),
    else the login ``GET /user`` answers (a personal token), else ``github-actions[bot]`` (the workflow's
    GITHUB_TOKEN, to which ``GET /user`` answers 403)."""
    import os

    login = os.environ.get("OPENWASH_BOT_LOGIN", "").strip()
    if login:
        return login
    try:
        return str(gh.get_user().login or "") or DEFAULT_LOGIN
    except Exception:  # 403 for installation tokens, anything else: the workflow token's identity
        return DEFAULT_LOGIN


def find_sticky(issue: Any, login: str = DEFAULT_LOGIN) -> Any | None:
    """The existing sticky comment: the first with the marker *written by* ``login``.  A comment that only
    carries the marker (anyone can paste it) is never adopted, and its state is never read."""
    for c in issue.get_comments():
        if _is_sticky(c) and _author(c).lower() == login.lower():
            return c
    return None


def _why(exc: Exception) -> tuple[int | None, str]:
    status = getattr(exc, "status", None)
    data = getattr(exc, "data", None)
    detail = data.get("message") if isinstance(data, dict) else None
    return status, str(detail or exc.__class__.__name__)[:200]


def upsert_sticky_comment(repo: str, number: int, make_body: Callable[[int | None], str | None], *,
                          token: str | None, base_url: str | None = None, from_fork: bool = False) -> StickyResult:
    """Create or update the sticky comment on pull request ``number`` of ``repo`` (``OWNER/NAME``).

    ``make_body(previous_findings)`` builds the body from what the existing comment recorded (None when
    there is no comment yet); it returns None when there is nothing worth posting."""
    from github import GithubException

    from openwash.github.client import make_client

    if not token:
        return StickyResult("skipped", "no GitHub token; the pull-request comment is skipped")
    if not re.fullmatch(r"[\w.-]+/[\w.-]+", repo or ""):
        return StickyResult("skipped", f"no repository name ({repo!r}); the pull-request comment is skipped")
    try:
        gh = make_client(base_url, token, retry=False).withLazy(True)
        issue = gh.get_repo(repo).get_issue(int(number))
        existing = find_sticky(issue, own_login(gh))
        previous = previous_count(existing.body) if existing is not None else None
        body = make_body(previous if existing is not None else None)
        if body is None:
            return StickyResult("skipped", "nothing to report and no earlier comment to update")
        body = body[:COMMENT_MAX_CHARS]
        if existing is not None:
            try:
                existing.edit(body)
                if existing.body != body:  # PyGithub passes 3xx answers through: nothing was confirmed
                    return StickyResult("failed", "pull-request comment failed: the API did not confirm the edit "
                                                  "(a redirect?)")
                return StickyResult("updated", comment_id=existing.id, previous_findings=previous)
            except GithubException as exc:
                status, _ = _why(exc)
                if status not in (403, 404) or from_fork:
                    raise
                # Not ours to edit (someone pasted the marker) or gone: write a fresh comment.
        created = issue.create_comment(body)
        if created.id is None:  # a 3xx answer without the new comment: nothing was created
            return StickyResult("failed", "pull-request comment failed: the API did not answer with the new "
                                          "comment (a redirect?)")
        return StickyResult("created", comment_id=created.id, previous_findings=previous)
    except GithubException as exc:
        status, detail = _why(exc)
        if status in (401, 403, 404):
            why = ("the token is read-only: pull requests from forks get a read-only GITHUB_TOKEN"
                   if from_fork or status == 403 else "the token cannot see or write this pull request")
            return StickyResult("skipped", f"pull-request comment skipped: {why} (HTTP {status}: {detail})")
        return StickyResult("failed", f"pull-request comment failed: HTTP {status}: {detail}")
    except Exception as exc:  # network errors, malformed answers: the comment is never worth failing the check
        return StickyResult("failed", f"pull-request comment failed: {exc.__class__.__name__}: {str(exc)[:200]}")
