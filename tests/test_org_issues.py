"""``openwash org OWNER --open-issues``: open, update on change, close on pass, idempotent, dry run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fakegithub import FakeGitHub
from orgkit import CLOSED_MODEL, LIBRARY, org_cli


@pytest.fixture
def gh() -> Iterator[FakeGitHub]:
    with FakeGitHub() as fake:
        yield fake


def _env(gh: FakeGitHub) -> dict[str, str]:
    return {"GITHUB_API_URL": gh.url, "GITHUB_TOKEN": "t0ken"}


def _writes(gh: FakeGitHub) -> list[tuple[str, str]]:
    return [(e["method"], e["path"]) for e in gh.requests() if e["method"] in ("POST", "PATCH")
            and e["path"] != "/graphql"]


def test_issue_lifecycle(gh: FakeGitHub, tmp_path: Path) -> None:
    gh.add_repo("acme", "heron", CLOSED_MODEL)
    gh.add_repo("acme", "tidy", LIBRARY)
    heron = gh.repo("acme/heron")
    cache = tmp_path / "cache"

    # 1. The failing repository gets one issue with the findings and the marker; the passing one none.
    proc = org_cli(gh, cache, "acme", "--open-issues", "--format", "json", env=_env(gh))
    assert proc.returncode == 1, proc.stderr
    assert "opened issue #1 in acme/heron" in proc.stderr
    assert len(heron.issues) == 1 and not gh.repo("acme/tidy").issues
    issue = heron.issues[0]
    assert issue.state == "open" and issue.user == "openwash-bot"
    assert issue.body.startswith("<!-- openwash:org-sweep digest=")
    assert "README.md:3" in issue.body and "### How to fix" in issue.body and "openwash explain" in issue.body
    assert f"https://github.com/acme/heron/blob/{heron.commit_oid}/README.md#L3" in issue.body
    assert issue.title.startswith("openwash: ")

    # 2. Nothing changed: the second run changes nothing.
    gh.reset_stats()
    proc = org_cli(gh, cache, "acme", "--open-issues", "--format", "json", env=_env(gh))
    assert proc.returncode == 1
    assert _writes(gh) == []
    assert len(heron.issues) == 1 and heron.issues[0].body == issue.body

    # 3. The findings change (a second claim in another file): the issue is updated, not duplicated.
    gh.push("acme/heron", {"MODEL_CARD.md": "---\nlicense: other\n---\n# Heron card\n\n"
                                            "Heron is a fully open-source model.\n"})
    gh.reset_stats()
    proc = org_cli(gh, cache, "acme", "--open-issues", "--format", "json", env=_env(gh))
    assert "updated issue #1 in acme/heron" in proc.stderr
    assert _writes(gh) == [("PATCH", "/repos/acme/heron/issues/1")]
    assert len(heron.issues) == 1 and "MODEL_CARD.md" in heron.issues[0].body

    # 4. Only line numbers move: same findings, no edit.
    gh.push("acme/heron", {"README.md": "\n\n" + CLOSED_MODEL["README.md"]})
    gh.reset_stats()
    org_cli(gh, cache, "acme", "--open-issues", "--format", "json", env=_env(gh))
    assert _writes(gh) == []

    # 5. The repository is fixed: the issue is closed with a comment; then nothing more happens.
    gh.push("acme/heron", {"README.md": "# Heron-7B\n\nHeron-7B is a weights-available model.\n",
                           "MODEL_CARD.md": None})
    gh.reset_stats()
    proc = org_cli(gh, cache, "acme", "--open-issues", "--format", "json", env=_env(gh))
    assert proc.returncode == 0, proc.stdout
    assert "closed issue #1 in acme/heron" in proc.stderr
    assert heron.issues[0].state == "closed" and heron.issues[0].state_reason == "completed"
    assert heron.issues[0].comments and "passes now" in heron.issues[0].comments[0]
    gh.reset_stats()
    org_cli(gh, cache, "acme", "--open-issues", "--format", "json", env=_env(gh))
    assert _writes(gh) == []

    # 6. It fails again: the closed issue is reopened rather than a new one opened.
    gh.push("acme/heron", {"README.md": CLOSED_MODEL["README.md"]})
    proc = org_cli(gh, cache, "acme", "--open-issues", "--format", "json", env=_env(gh))
    assert "reopened issue #1 in acme/heron" in proc.stderr
    assert len(heron.issues) == 1 and heron.issues[0].state == "open"


def test_issue_closed_as_not_planned_stays_closed_and_others_issues_are_ignored(gh: FakeGitHub,
                                                                             tmp_path: Path) -> None:
    from fakegithub import FakeIssue

    repo = gh.add_repo("acme", "heron", CLOSED_MODEL)
    # Someone else's issue that quotes the marker, and a pull request: neither is the sweep's issue.
    repo.issues.append(FakeIssue(number=1, title="copy", body="<!-- openwash:org-sweep digest=00 -->", user="mallory"))
    repo.issues.append(FakeIssue(number=2, title="pr", body="<!-- openwash:org-sweep digest=00 -->",
                                 user="openwash-bot", is_pull_request=True))
    cache = tmp_path / "cache"
    org_cli(gh, cache, "acme", "--open-issues", "--format", "json", env=_env(gh))
    ours = [i for i in repo.issues if i.user == "openwash-bot" and not i.is_pull_request]
    assert [i.number for i in ours] == [3]
    assert repo.issues[0].body == "<!-- openwash:org-sweep digest=00 -->"  # untouched
    ours[0].state, ours[0].state_reason = "closed", "not_planned"
    gh.reset_stats()
    org_cli(gh, cache, "acme", "--open-issues", "--format", "json", env=_env(gh))
    assert _writes(gh) == [] and ours[0].state == "closed"


def test_dry_run_says_what_it_would_do_and_writes_nothing(gh: FakeGitHub, tmp_path: Path) -> None:
    gh.add_repo("acme", "heron", CLOSED_MODEL)
    gh.add_repo("acme", "tidy", LIBRARY)
    out = tmp_path / "report.md"
    proc = org_cli(gh, tmp_path / "cache", "acme", "--open-issues", "--dry-run", "--output", str(out),
                   env=_env(gh))
    assert proc.returncode == 1
    assert "openwash: would open issue in acme/heron" in proc.stdout
    assert "tidy" not in proc.stdout
    assert _writes(gh) == [] and not gh.repo("acme/heron").issues
    assert "## Issues" in out.read_text()
    # No token: a dry run still works, a real run is refused.
    proc = org_cli(gh, tmp_path / "cache", "acme", "--open-issues", "--dry-run", "--format", "json")
    assert proc.returncode == 1 and "would open issue in acme/heron" in proc.stderr
    proc = org_cli(gh, tmp_path / "cache", "acme", "--open-issues", "--format", "json")
    assert proc.returncode == 2 and "token" in proc.stderr
    proc = org_cli(gh, tmp_path / "cache", "acme", "--dry-run")
    assert proc.returncode == 2 and "--open-issues" in proc.stderr


def test_issue_write_failure_is_reported_per_repository(gh: FakeGitHub, tmp_path: Path) -> None:
    gh.add_repo("acme", "heron", CLOSED_MODEL)
    gh.add_repo("acme", "osprey", CLOSED_MODEL)
    gh.fail(r"^/repos/acme/heron/issues$", 410, method="POST", message="Issues are disabled for this repo")
    proc = org_cli(gh, tmp_path / "cache", "acme", "--open-issues", "--format", "json", env=_env(gh))
    assert proc.returncode == 1
    assert "acme/heron: could not update the issue" in proc.stderr and "Issues are disabled" in proc.stderr
    assert len(gh.repo("acme/osprey").issues) == 1
