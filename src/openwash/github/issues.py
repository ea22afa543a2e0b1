"""``openwash org OWNER --open-issues``: one issue per failing repository, kept in step with the findings.

The issue carries a hidden marker (``<!-- openwash:org-sweep digest=... -->``) by which the sweep finds it
again among the issues its own identity opened (never because of the marker alone: anyone can paste it).
That identity is ``--bot-login``/``OPENWASH_BOT_LOGIN`` (for a GitHub App installation token: the App's bot
login, ``acme-openwash[bot]``), else the login ``GET /user`` answers (a personal token), else the author of
an issue the sweep itself created (remembered in the cache for the API host).  Without an identity the sweep
adopts no issue; the digest is a hash of the active findings (rule, severity, file
and claim text, not line numbers), so the issue is edited only when the findings change.  A repository
that passes gets its open issue closed with a comment.  An issue someone closed as "not planned" is left
closed.  Two runs in a row: the second changes nothing.  ``--dry-run`` only says what would be done.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from openwash.errors import UsageError
from openwash.github.api import Api, ApiError
from openwash.github.cache import digest
from openwash.github.fetch import PER_PAGE, viewer_login
from openwash.release import pip_install
from openwash.report.org_common import action_words, md, rule_titles, safe_url, where
from openwash.safetext import printable

if TYPE_CHECKING:
    from openwash.github.org.outcome import RepoOutcome

MARKER = "<!-- openwash:org-sweep"
_MARKER_RE = re.compile(r"<!-- openwash:org-sweep digest=([0-9a-f]+) -->")
MAX_BODY = 60_000


def findings_digest(outcome: RepoOutcome) -> str:
    keys = sorted(f"{f['rule']}|{f['severity']}|{f.get('fingerprint', '')}" for f in outcome.active_findings)
    return digest(*keys)[:16]


def issue_title(outcome: RepoOutcome) -> str:
    n = len(outcome.active_findings)
    return f"openwash: {n} finding{'s' if n != 1 else ''} about open-source claims"


def issue_body(outcome: RepoOutcome) -> str:
    findings = outcome.active_findings
    titles = rule_titles()
    ref = outcome.commit or outcome.default_branch
    lines = [f"{MARKER} digest={findings_digest(outcome)} -->", "",
             f"openwash checked this repository{f' at `{ref[:12]}`' if ref else ''} and found "
             f"{len(findings)} problem{'s' if len(findings) != 1 else ''} with how it describes what it releases "
             "as open.", "",
             "| severity | rule | where | finding |", "|---|---|---|---|"]
    for f in findings:
        url = safe_url(f.get("url"))
        loc = f"[{md(where(f))}]({url})" if url else md(where(f))
        lines.append(f"| {f['severity']} | {f['rule']} | {loc} | {md(f['message'])} |")
    hints: dict[str, str] = {}
    for f in findings:
        if f.get("hint") and f["rule"] not in hints:
            hints[f["rule"]] = f["hint"]
    if hints:
        lines += ["", "### How to fix", ""]
        for rule, hint in hints.items():
            lines.append(f"- **{rule}** ({md(titles.get(rule, ''))}): {md(hint)} "
                         f"— `openwash explain {rule}` has the details.")
    lines += ["", "### Check locally", "",
              "Install openwash and run it in a checkout of this repository to see the same findings:", "",
              "```sh", pip_install(), "openwash check", "```", "",
              "A finding that is intended can be waived in `.openwash.yml` with a reason and an expiry date, or "
              "suppressed inline; `openwash explain RULE` shows how.", "",
              "_This issue is opened and updated by the openwash organization sweep and closed automatically "
              "when the repository passes._"]
    body = "\n".join(lines) + "\n"
    if len(body) > MAX_BODY:
        body = body[:MAX_BODY - 200] + "\n\n… (more findings: run `openwash check` to see them all)\n"
    return body


def sweep_identity(api: Api, explicit: str | None = None) -> str | None:
    """Whose issues the sweep may adopt: the option/env, else ``GET /user``, else what an earlier run learnt."""
    import os

    login = (explicit or os.environ.get("OPENWASH_BOT_LOGIN") or "").strip()
    if login:
        return login
    login = viewer_login(api) or ""  # a GitHub App installation token gets 403 here
    if login:
        return login
    learnt = api.cache.get("identity", _identity_key(api))
    return str(learnt["login"]) if isinstance(learnt, dict) and learnt.get("login") else None


def _identity_key(api: Api) -> str:
    return digest(api.base_url, "sweep-identity")


def find_issue(api: Api, full_name: str, viewer: str | None) -> dict[str, Any] | None:
    """The sweep's issue in a repository: the newest open one with the marker *and* the sweep's own author,
    else the newest closed one.  Without a known identity no issue is adopted."""
    if not viewer:
        return None
    params: dict[str, Any] = {"state": "all", "per_page": PER_PAGE, "creator": viewer}
    found: list[dict[str, Any]] = []
    for got in api.pages(f"/repos/{full_name}/issues", params, kind="issues"):
        for item in got.value or []:
            if not isinstance(item, dict) or "pull_request" in item:
                continue
            if MARKER not in str(item.get("body") or ""):
                continue
            if str((item.get("user") or {}).get("login", "")).lower() != viewer.lower():
                continue
            found.append(item)
    if not found:
        return None
    found.sort(key=lambda i: (i.get("state") == "open", int(i.get("number") or 0)), reverse=True)
    return found[0]


def sync_issues(api: Api, outcomes: list[RepoOutcome], *, dry_run: bool,
                say: Callable[[str], None], bot_login: str | None = None) -> list[dict[str, Any]]:
    """Open, update, reopen or close the sweep's issue in each checked repository; returns the actions."""
    if not dry_run and not api.token:
        raise UsageError("--open-issues needs a token that may write issues (GITHUB_TOKEN) for "
                         f"{api.base_url}; --dry-run shows what would be done without one")
    viewer = sweep_identity(api, bot_login) if (api.token or bot_login) else None
    if viewer is None:
        say("the sweep's own login is unknown (GET /user is refused to GitHub App tokens): no existing issue is "
            "adopted; pass --bot-login (or OPENWASH_BOT_LOGIN), e.g. acme-openwash[bot]")
    actions: list[dict[str, Any]] = []
    for o in outcomes:
        if not o.checked:
            continue
        full = o.repository
        memo_key = digest(api.identity, "issue", full.lower())
        memo = api.cache.get("issue", memo_key)
        if o.verdict == "pass" and ((isinstance(memo, dict) and memo.get("number") == 0) or o.open_issues == 0):
            continue  # no open issue here (looked before, or the repository has no open issue at all)
        try:
            action = _sync_one(api, o, viewer, dry_run)
            if viewer is None and action.get("author"):  # learnt from the issue the sweep itself created
                viewer = str(action["author"])
                api.cache.put("identity", _identity_key(api), {"login": viewer})
        except ApiError as exc:
            action = {"repository": full, "action": "failed", "number": 0, "url": "", "error": str(exc)}
            say(f"{full}: could not update the issue: {exc}")
            actions.append(action)
            continue
        if not dry_run:
            still_open = action["action"] in ("open", "update", "reopen", "unchanged")
            api.cache.put("issue", memo_key, {"number": action.get("number", 0) if still_open else 0})
        if action["action"] != "none":
            actions.append(action)
        verb = action["action"]
        if verb not in ("unchanged", "none"):
            number = f" #{action['number']}" if action.get("number") else ""
            text = f"{action_words(action)} issue{number} in {full}"
            if dry_run and action.get("title"):  # what the issue would say (repository text made printable)
                text += "\n    title: " + printable(action["title"]) + "\n    body:\n" + "".join(
                    f"      {printable(line)}\n" if line else "\n" for line in action.get("body", "").splitlines())
            elif dry_run and action.get("comment"):
                text += " with the comment: " + printable(action["comment"])
            say(text.rstrip("\n"))
    return actions


def _sync_one(api: Api, o: RepoOutcome, viewer: str | None, dry_run: bool) -> dict[str, Any]:
    full = o.repository
    issue = find_issue(api, full, viewer)
    base = {"repository": full, "number": int(issue["number"]) if issue else 0,
            "url": str(issue.get("html_url", "")) if issue else "", "dry_run": dry_run}
    if o.verdict == "pass":
        if issue is None or issue.get("state") != "open":
            return {**base, "action": "none"}
        ref = o.commit or o.default_branch or "the default branch"
        comment = f"openwash: this repository passes now (checked at `{ref[:12]}`); closing."
        if not dry_run:
            api.write("POST", f"/repos/{full}/issues/{base['number']}/comments", {"body": comment})
            api.write("PATCH", f"/repos/{full}/issues/{base['number']}", {"state": "closed",
                                                                          "state_reason": "completed"})
        return {**base, "action": "close", **({"comment": comment} if dry_run else {})}
    title, body = issue_title(o), issue_body(o)
    if issue is None:
        if dry_run:
            return {**base, "action": "open", "title": title, "body": body}
        created = api.write("POST", f"/repos/{full}/issues", {"title": title, "body": body})
        author = (created.get("user") or {}).get("login") if isinstance(created.get("user"), dict) else None
        return {**base, "action": "open", "number": int(created.get("number") or 0),
                "url": str(created.get("html_url", "")), "title": title, **({"author": author} if author else {})}
    match = _MARKER_RE.search(str(issue.get("body") or ""))
    same = match is not None and match.group(1) == findings_digest(o)
    if issue.get("state") != "open":
        if issue.get("state_reason") == "not_planned":
            return {**base, "action": "kept closed"}
        if not dry_run:
            api.write("PATCH", f"/repos/{full}/issues/{base['number']}", {"state": "open", "title": title,
                                                                          "body": body})
        return {**base, "action": "reopen", "title": title, **({"body": body} if dry_run else {})}
    if same:
        return {**base, "action": "unchanged"}
    if not dry_run:
        api.write("PATCH", f"/repos/{full}/issues/{base['number']}", {"title": title, "body": body})
    return {**base, "action": "update", "title": title, **({"body": body} if dry_run else {})}
