"""``openwash hf ... --open-discussions``: one Hub discussion per failing model, kept in step like the
GitHub issues of ``openwash org --open-issues`` (:mod:`openwash.github.issues`: same title, same body, same
hidden marker with the digest of the active findings).

* a failing model without the sweep's discussion gets one;
* an open one is edited (title and first comment) only when the findings changed;
* a model that passes gets its open discussion closed with a comment;
* a discussion closed by the sweep is reopened when the model fails again; one closed by anyone else (the
  owners) is left closed — the Hub has no "not planned", so who closed it last is what tells;
* ``--dry-run`` only says what would be done (and needs no token).

Whose discussions are the sweep's: those authored by ``--bot-login`` when it is given (then no ``whoami``
request is made, and a dry run without a token already tells the sweep's discussions from anyone else's),
else by the login the token answers ``whoami`` with; other authors' discussions are never touched, even
with the marker pasted in.  Without either (a dry run without a token) any discussion with the marker is
taken for the sweep's, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from openwash.errors import UsageError
from openwash.github.cache import digest
from openwash.github.issues import _MARKER_RE, MARKER, findings_digest, issue_body, issue_title
from openwash.hub.client import Hub, HubError
from openwash.report.org_common import action_words

if TYPE_CHECKING:
    from openwash.github.org.outcome import RepoOutcome


def discussion_body(outcome: RepoOutcome) -> str:
    body = issue_body(outcome)
    return (body.replace("checked this repository", "checked this model")
            .replace("Run `openwash check` in a checkout", "Run `openwash hf " + outcome.repository + "`")
            .replace("_This issue is opened and updated by the openwash organization sweep",
                     "_This discussion is opened and updated by `openwash hf`")
            .replace("when the repository passes", "when the model passes"))


def find_discussion(hub: Hub, model: str, viewer: str, *, ask_author: bool = True) -> dict[str, Any] | None:
    """The sweep's discussion on a model: the newest open one with the marker, else the newest closed one.
    Returns num, status, title, the first comment (id, text) and who changed the status last.

    ``ask_author``: let the Hub filter by author (the login ``whoami`` answered is spelled as the Hub spells
    it); a login typed on the command line may differ in case, so it is compared here, case-insensitively."""
    listed = [d for d in hub.discussions(model, (viewer or None) if ask_author else None)
              if not d["is_pull_request"]]
    listed.sort(key=lambda d: (d["status"] == "open", d["num"]), reverse=True)
    for d in listed:
        if viewer and d["author"].lower() != viewer.lower():
            continue
        details = hub.discussion(model, d["num"])
        events = list(details.events or [])
        first = next((e for e in events if e.type == "comment"), None)
        if first is None or MARKER not in str(getattr(first, "content", "")):
            continue
        status_by = ""
        for e in events:
            if e.type == "status-change":
                status_by = e.author
        return {"num": d["num"], "status": details.status, "title": details.title, "comment_id": first.id,
                "text": str(first.content), "status_by": status_by}
    return None


def sync_discussions(hub: Hub, outcomes: list[RepoOutcome], *, dry_run: bool,
                     say: Callable[[str], None], cache: Any = None,
                     bot_login: str | None = None) -> list[dict[str, Any]]:
    """Open, update, reopen or close the sweep's discussion on each checked model; returns the actions.

    ``bot_login``: the Hub login whose discussions are the sweep's (default: the token's ``whoami``).
    With a ``cache`` (:class:`openwash.github.cache.DiskCache`), a passing model known to have no open
    discussion of the sweep costs no request: a whole organization of passing models is not listed again."""
    if not dry_run and not hub.token:
        raise UsageError(f"--open-discussions needs a token that may write discussions (HF_TOKEN) for "
                         f"{hub.endpoint}; --dry-run shows what would be done without one")
    login = (bot_login or "").strip()
    viewer = login or (hub.whoami() if hub.token else "")
    warned = False
    actions: list[dict[str, Any]] = []
    for o in outcomes:
        if not o.checked:
            continue
        model = o.repository
        memo_key = digest(hub.endpoint, viewer, "discussion", model.lower())
        memo = cache.get("discussion", memo_key) if cache is not None else None
        if o.verdict == "pass" and isinstance(memo, dict) and memo.get("number") == 0:
            continue  # no open discussion here (looked before)
        try:
            action = _sync_one(hub, o, viewer, dry_run, ask_author=not login)
        except HubError as exc:
            say(f"{model}: could not update the discussion: {exc}")
            actions.append({"repository": model, "action": "failed", "number": 0, "url": "", "error": str(exc)})
            continue
        author = str(action.pop("author", "") or "")
        if login and author and author.lower() != login.lower() and not warned:
            warned = True  # the next run would not know this discussion as the sweep's: say so once
            say(f"the token writes as {author}, not as --bot-login {login}: discussions it opens are not "
                f"adopted on later runs (pass --bot-login {author}, or a token of {login})")
        if cache is not None and not dry_run:
            still_open = action["action"] in ("open", "update", "reopen", "unchanged")
            cache.put("discussion", memo_key, {"number": action.get("number", 0) if still_open else 0})
        if action["action"] != "none":
            actions.append(action)
        verb = action["action"]
        if verb not in ("unchanged", "none"):
            number = f" #{action['number']}" if action.get("number") else ""
            say(f"{action_words({**action, 'dry_run': dry_run})} discussion{number} on {model}")
    return actions


def _sync_one(hub: Hub, o: RepoOutcome, viewer: str, dry_run: bool, *, ask_author: bool = True) -> dict[str, Any]:
    model = o.repository
    found = find_discussion(hub, model, viewer, ask_author=ask_author)
    num = int(found["num"]) if found else 0
    base = {"repository": model, "number": num,
            "url": f"{hub.endpoint}/{model}/discussions/{num}" if num else "", "dry_run": dry_run}
    if o.verdict == "pass":
        if found is None or found["status"] != "open":
            return {**base, "action": "none"}
        if not dry_run:
            hub.set_status(model, num, "closed", f"openwash: this model passes now (checked at "
                                                 f"`{o.commit[:12]}`); closing.")
        return {**base, "action": "close"}
    title, body = issue_title(o), discussion_body(o)
    if found is None:
        if dry_run:
            return {**base, "action": "open", "title": title}
        num, author = hub.create_discussion(model, title, body)
        return {**base, "action": "open", "number": num, "url": f"{hub.endpoint}/{model}/discussions/{num}",
                "title": title, "author": author}
    match = _MARKER_RE.search(found["text"])
    same = match is not None and match.group(1) == findings_digest(o)
    if found["status"] != "open":
        if found["status_by"] and (not viewer or found["status_by"].lower() != viewer.lower()):
            return {**base, "action": "kept closed"}
        if not dry_run:
            hub.set_status(model, num, "open", "openwash: this model fails again; reopening.")
            hub.edit_discussion(model, num, found["comment_id"], title if title != found["title"] else None, body)
        return {**base, "action": "reopen", "title": title}
    if same:
        return {**base, "action": "unchanged"}
    if not dry_run:
        hub.edit_discussion(model, num, found["comment_id"], title if title != found["title"] else None, body)
    return {**base, "action": "update", "title": title}
