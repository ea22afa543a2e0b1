"""Issue 16, item 5: the sweep (and the Action's sticky comment) only touches its own issues and comments.

Reproduction from the review: with a GitHub App token ``GET /user`` answers 403, the sweep's issue finder
dropped its creator filter, and any issue carrying the hidden marker was adopted: an outsider's issue closed
as "not planned" stopped the sweep from ever opening its own, and an outsider's open issue was rewritten."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from conftest import make_git_repo
from fakegithub import FakeGitHub, FakeIssue
from orgkit import CLOSED_MODEL, org_cli
from pr_api import FakePullRequestAPI

BOT = "acme-openwash[bot]"
MARKER = "<!-- openwash:org-sweep digest=00 -->"


@pytest.fixture
def app() -> Iterator[FakeGitHub]:
    """A fake GitHub where the token is a GitHub App installation token: GET /user answers 403."""
    with FakeGitHub(viewer=BOT) as fake:
        fake.user_status = 403
        yield fake


def _env(gh: FakeGitHub, **extra: str) -> dict[str, str]:
    return {"GITHUB_API_URL": gh.url, "GITHUB_TOKEN": "ghs_app_token", **extra}


def _outsiders(repo) -> None:
    repo.issues.append(FakeIssue(number=1, title="mine", body=MARKER + "\nplease keep", user="mallory"))
    repo.issues.append(FakeIssue(number=2, title="closed", body=MARKER, user="mallory", state="closed",
                                 state_reason="not_planned"))


def test_app_token_with_bot_login_adopts_only_its_own_issues(app: FakeGitHub, tmp_path: Path) -> None:
    repo = app.add_repo("acme", "heron", CLOSED_MODEL)
    _outsiders(repo)
    proc = org_cli(app, tmp_path / "cache", "acme", "--open-issues", "--bot-login", BOT, env=_env(app))
    assert proc.returncode == 1, proc.stderr
    assert repo.issues[0].body == MARKER + "\nplease keep" and repo.issues[0].title == "mine"  # was: rewritten
    ours = [i for i in repo.issues if i.user == BOT]
    assert len(ours) == 1 and ours[0].state == "open"  # was: never opened (the outsider's closed one adopted)
    # the next run adopts its own issue (the same identity from OPENWASH_BOT_LOGIN): nothing new
    app.reset_stats()
    org_cli(app, tmp_path / "cache", "acme", "--open-issues", env=_env(app, OPENWASH_BOT_LOGIN=BOT))
    assert [i.user for i in repo.issues].count(BOT) == 1
    assert not [e for e in app.requests() if e["method"] in ("POST", "PATCH") and e["path"] != "/graphql"]


def test_app_token_without_a_login_adopts_nothing_and_learns_from_its_own_issue(app: FakeGitHub,
                                                                             tmp_path: Path) -> None:
    repo = app.add_repo("acme", "heron", CLOSED_MODEL)
    _outsiders(repo)
    proc = org_cli(app, tmp_path / "cache", "acme", "--open-issues", env=_env(app))
    assert proc.returncode == 1, proc.stderr
    assert "the sweep's own login is unknown" in proc.stderr
    assert repo.issues[0].body == MARKER + "\nplease keep"
    assert [i.user for i in repo.issues].count(BOT) == 1
    # learnt from the author of the issue it created: the second run adopts it instead of opening another
    org_cli(app, tmp_path / "cache", "acme", "--open-issues", env=_env(app))
    assert [i.user for i in repo.issues].count(BOT) == 1 and repo.issues[0].title == "mine"


def test_personal_token_identity_comes_from_get_user(tmp_path: Path) -> None:
    with FakeGitHub(viewer="alice") as gh:
        repo = gh.add_repo("acme", "heron", CLOSED_MODEL)
        _outsiders(repo)
        org_cli(gh, tmp_path / "cache", "acme", "--open-issues", env=_env(gh))
        assert [i.user for i in repo.issues].count("alice") == 1 and repo.issues[0].title == "mine"
        listed = gh.requests("GET", "/repos/acme/heron/issues")
        assert listed and all("creator=alice" in str(e.get("query")) for e in listed)


# ---------------------------------------------------------------------------------------- sticky comment

def _post(api: FakePullRequestAPI, tmp_path: Path) -> object:
    from openwash import engine
    from openwash.baseline import Outcome
    from openwash.github import presentation as gh
    from openwash.github.pr import upsert_sticky_comment
    from openwash.policy import resolve

    root = make_git_repo(tmp_path / "r", {"README.md": "# A\n\nThe weights are on [HF](https://huggingface.co/a/b)."
                                                       "\n\nA is an open-source model.\n"})
    outcome = Outcome(engine.run(root, resolve(root, None)))
    return upsert_sticky_comment("acme/models", 7, lambda prev: gh.comment_body(outcome) + "<!-- openwash:findings=3 -->",
                                 token="tok", base_url=api.base_url)


def test_sticky_comment_of_another_bot_is_not_adopted(httpserver: HTTPServer, tmp_path: Path) -> None:
    from openwash.github.presentation import STICKY_MARKER

    api = FakePullRequestAPI(httpserver)
    evil = api.add_comment("acme/models", 7, STICKY_MARKER + "\n<!-- openwash:findings=9 -->", "evil[bot]", "Bot")
    res = _post(api, tmp_path)
    assert res.action == "created" and res.previous_findings is None  # was: the other bot's comment adopted
    assert [w.method for w in api.writes()] == ["POST"] and evil["body"].endswith("findings=9 -->")


def test_sticky_comment_identity_from_env(httpserver: HTTPServer, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from openwash.github.presentation import STICKY_MARKER

    api = FakePullRequestAPI(httpserver)
    api.bot_login = BOT
    api.add_comment("acme/models", 7, STICKY_MARKER + "\nold", "github-actions[bot]", "Bot")
    mine = api.add_comment("acme/models", 7, STICKY_MARKER + "\nold", BOT, "Bot")
    monkeypatch.setenv("OPENWASH_BOT_LOGIN", BOT)
    res = _post(api, tmp_path)
    assert res.action == "updated" and res.comment_id == mine["id"]
