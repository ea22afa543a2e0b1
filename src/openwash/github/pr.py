"""The sticky pull-request comment: one per pull request, found again by a hidden marker, edited in place.

The comment is read and written with the one GitHub client (:class:`openwash.github.api.Api`), so the
token only ever goes to the API host it is meant for (``GITHUB_API_URL``; GitHub Enterprise works); a comment
is edited at the address built from its id, never at a URL an answer names.  No retries and no rate-limit waits: the comment is never worth holding up the check.
Failing to comment never fails the check: on a pull request from a fork the ``GITHUB_TOKEN`` is
read-only and the API answers 403, and the step goes on with a notice.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from openwash.github.api import Api, ApiError
from openwash.github.presentation import COMMENT_MAX_CHARS, STICKY_MARKER
from openwash.records import record

STATE_RE = re.compile(r"<!-- openwash:findings=(\d+) -->")


@record
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


def _is_sticky(comment: dict[str, Any]) -> bool:
    body = comment.get("body") or ""
    return isinstance(body, str) and body.lstrip().startswith(STICKY_MARKER)


DEFAULT_LOGIN = "github-actions[bot]"  # who the workflow's GITHUB_TOKEN writes as


def _author(comment: dict[str, Any]) -> str:
    user = comment.get("user")
    return str(user.get("login") or "") if isinstance(user, dict) else ""  # odd servers: no author


def own_login(api: Api) -> str:
    """Who this token writes as: ``OPENWASH_BOT_LOGIN`` (e.g. ``acme-openwash[bot]`` for a GitHub App token),
    else the login ``GET /user`` answers (a personal token), else ``github-actions[bot]`` (the workflow's
    GITHUB_TOKEN, to which ``GET /user`` answers 403)."""
    import os

    login = os.environ.get("OPENWASH_BOT_LOGIN", "").strip()
    if login:
        return login
    try:
        user = api.get("/user", kind="user", cache=False).value
    except Exception:  # 403 for installation tokens, anything else: the workflow token's identity
        return DEFAULT_LOGIN
    login = str(user.get("login") or "") if isinstance(user, dict) else ""
    return login or DEFAULT_LOGIN


def find_sticky(api: Api, repo: str, number: int, login: str = DEFAULT_LOGIN) -> dict[str, Any] | None:
    """The existing sticky comment: the first with the marker *written by* ``login``.  A comment that only
    carries the marker (anyone can paste it) is never adopted, and its state is never read."""
    for page in api.pages(f"/repos/{repo}/issues/{int(number)}/comments", kind="comments", cache=False):
        for c in page.value if isinstance(page.value, list) else []:
            if isinstance(c, dict) and _is_sticky(c) and _author(c).lower() == login.lower():
                return c
    return None


def _why(exc: ApiError) -> tuple[int | None, str]:
    return exc.status, str(exc.api_message or exc.__class__.__name__)[:200]


def upsert_sticky_comment(repo: str, number: int, make_body: Callable[[int | None], str | None], *,
                          token: str | None, base_url: str | None = None, from_fork: bool = False) -> StickyResult:
    """Create or update the sticky comment on pull request ``number`` of ``repo`` (``OWNER/NAME``).

    ``make_body(previous_findings)`` builds the body from what the existing comment recorded (None when
    there is no comment yet); it returns None when there is nothing worth posting."""
    if not token:
        return StickyResult("skipped", "no GitHub token; the pull-request comment is skipped")
    if not re.fullmatch(r"[\w.-]+/[\w.-]+", repo or ""):
        return StickyResult("skipped", f"no repository name ({repo!r}); the pull-request comment is skipped")
    try:
        api = Api(base_url, token=token, retries=0, max_wait=0.0)
        existing = find_sticky(api, repo, number, own_login(api))
        previous = previous_count(existing.get("body")) if existing is not None else None
        body = make_body(previous if existing is not None else None)
        if body is None:
            return StickyResult("skipped", "nothing to report and no earlier comment to update")
        body = body[:COMMENT_MAX_CHARS]
        if existing is not None:
            try:
                # at the API host's own address for it: a URL in an answer is never followed
                edited = api.write("PATCH", f"/repos/{repo}/issues/comments/{int(existing['id'])}",
                                   {"body": body})
                if not isinstance(edited, dict) or edited.get("body") != body:  # a 3xx answer: nothing confirmed
                    return StickyResult("failed", "pull-request comment failed: the API did not confirm the edit "
                                                  "(a redirect?)")
                return StickyResult("updated", comment_id=existing.get("id"), previous_findings=previous)
            except ApiError as exc:
                if exc.status not in (403, 404) or from_fork:
                    raise
                # Not ours to edit (someone pasted the marker) or gone: write a fresh comment.
        created = api.write("POST", f"/repos/{repo}/issues/{int(number)}/comments", {"body": body})
        if not isinstance(created, dict) or created.get("id") is None:  # a 3xx answer without the new comment
            return StickyResult("failed", "pull-request comment failed: the API did not answer with the new "
                                          "comment (a redirect?)")
        return StickyResult("created", comment_id=created["id"], previous_findings=previous)
    except ApiError as exc:
        status, detail = _why(exc)
        if status in (401, 403, 404):
            why = ("the token is read-only: pull requests from forks get a read-only GITHUB_TOKEN"
                   if from_fork or status == 403 else "the token cannot see or write this pull request")
            return StickyResult("skipped", f"pull-request comment skipped: {why} (HTTP {status}: {detail})")
        return StickyResult("failed", f"pull-request comment failed: HTTP {status}: {detail}")
    except Exception as exc:  # network errors, malformed answers: the comment is never worth failing the check
        return StickyResult("failed", f"pull-request comment failed: {exc.__class__.__name__}: {str(exc)[:200]}")
