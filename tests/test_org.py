"""``openwash org OWNER``: the sweep against a fake GitHub API (REST + GraphQL) with PyGithub pointed at it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import check_json, make_git_repo
from fakegithub import FakeGitHub
from orgkit import CARD_IN_SUBFOLDER, CLOSED_MODEL, LIBRARY, OPEN_MODEL, by_repo, org_cli, org_json


@pytest.fixture
def gh() -> Iterator[FakeGitHub]:
    with FakeGitHub() as fake:
        yield fake


def _findings(report_or_outcome: dict) -> set[tuple[str, str, int]]:
    return {(f["rule"], f["file"], f["line"]) for f in report_or_outcome["findings"] if not f.get("waived")}


def test_sweep_runs_the_same_engine_as_a_local_check(gh: FakeGitHub, tmp_path: Path) -> None:
    repos = {"heron": CLOSED_MODEL, "ostrich": OPEN_MODEL, "tidy": LIBRARY, "zoo": CARD_IN_SUBFOLDER}
    for name, files in repos.items():
        gh.add_repo("acme", name, files)
    code, report, _ = org_json(gh, tmp_path / "cache")
    outcomes = by_repo(report)
    assert set(outcomes) == {f"acme/{n}" for n in repos}
    for name, files in repos.items():
        _local_code, local = check_json(make_git_repo(tmp_path / "local" / name, files))
        o = outcomes[f"acme/{name}"]
        assert _findings(o) == _findings(local), name
        assert o["verdict"] == local["verdict"], name
        assert o["is_model_release"] == local["is_model_release"], name
        assert o["license"]["category"] == local["evidence"]["license"]["category"], name
        assert o["claims_open_source"] == sum(1 for c in local["claims"] if not c["negated"]
                                              and c["kind"] in ("open-source", "open")), name
    heron = outcomes["acme/heron"]
    assert heron["verdict"] == "fail" and heron["findings"]
    assert heron["backed"] is False
    # Findings link to the file and line on GitHub, at the commit that was checked.
    f = next(f for f in heron["findings"] if f["file"] == "README.md")
    commit = gh.repo("acme/heron").commit_oid
    assert heron["commit"] == commit
    assert f["url"] == f"https://github.com/acme/heron/blob/{commit}/README.md#L{f['line']}"
    assert outcomes["acme/tidy"]["verdict"] == "pass"
    assert report["summary"]["fail"] >= 1 and report["summary"]["claiming_open_source"] >= 1
    assert code == 1


def test_cold_sweep_is_about_one_request_per_repository_and_warm_costs_no_points(gh: FakeGitHub,
                                                                               tmp_path: Path) -> None:
    for i in range(30):
        gh.add_repo("acme", f"repo-{i:02d}", CLOSED_MODEL if i % 2 else LIBRARY)
    _, cold, _ = org_json(gh, tmp_path / "cache")
    stats = gh.stats()
    assert stats["requests"] / 30 <= 1.2, stats["by_route"]
    assert stats["by_route"]["GET /repos/{repo}/git/trees/{ref}"] == 30
    assert stats["graphql_requests"] <= 2
    gh.reset_stats()
    _, warm, _ = org_json(gh, tmp_path / "cache")
    stats = gh.stats()
    assert stats["points"] == 0, stats
    assert stats["requests"] == stats["not_modified"] == 1  # the one listing page, answered 304
    assert warm["repositories"] == cold["repositories"]
    # One repository changes: only it is asked about again.
    gh.push("acme/repo-03", {"README.md": "# repo-03\n\nNothing to see.\n"})
    gh.reset_stats()
    _, third, _ = org_json(gh, tmp_path / "cache")
    stats = gh.stats()
    trees = [e["path"] for e in gh.requests("GET", "*/git/trees/*")]
    assert trees == ["/repos/acme/repo-03/git/trees/main"]
    assert stats["graphql_requests"] == 1
    assert by_repo(third)["acme/repo-03"]["verdict"] == "pass"


def test_warm_sweep_with_a_dot_github_repository_without_a_policy_costs_no_points(gh: FakeGitHub,
                                                                                   tmp_path: Path) -> None:
    # The central policy's 404 is remembered while the .github repository's pushed_at stays the same.
    gh.add_repo("acme", ".github", {"profile/README.md": "# Acme\n"})
    for i in range(20):
        gh.add_repo("acme", f"repo-{i:02d}", CLOSED_MODEL if i % 2 else LIBRARY)
    _, cold, _ = org_json(gh, tmp_path / "cache")
    stats = gh.stats()
    assert stats["requests"] / 21 <= 1.2, stats["by_route"]
    assert len(gh.requests("GET", "/repos/acme/.github/contents/*")) == 1
    gh.reset_stats()
    _, warm, _ = org_json(gh, tmp_path / "cache")
    stats = gh.stats()
    assert stats["points"] == 0, stats["by_route"]
    assert stats["requests"] == stats["not_modified"] == 1  # the one listing page, answered 304
    assert warm["repositories"] == cold["repositories"]
    # A push to .github (here: adding the policy) makes the sweep ask again, and the new policy applies.
    gh.push("acme/.github", {"openwash.yml": "rules:\n  OW101: off\n"})
    gh.reset_stats()
    _, third, _ = org_json(gh, tmp_path / "cache")
    assert [e["path"] for e in gh.requests("GET", "/repos/acme/.github/contents/*")] == [
        "/repos/acme/.github/contents/openwash.yml"]
    assert third["central_policy"] != cold["central_policy"]


def test_filters(gh: FakeGitHub, tmp_path: Path) -> None:
    gh.add_repo("acme", "model-a", CLOSED_MODEL, topics=["llm", "ml"], properties={"team": "research"})
    gh.add_repo("acme", "model-b", CLOSED_MODEL, topics=["ml"], visibility="private", properties={"team": "infra"})
    gh.add_repo("acme", "tool", LIBRARY, fork=True, properties={"team": ["research", "infra"]})
    gh.add_repo("acme", "old-model", CLOSED_MODEL, archived=True)
    cache = tmp_path / "cache"

    def names(*args: str) -> set[str]:
        _, report, _ = org_json(gh, cache, "acme", *args)
        return {o["name"] for o in report["repositories"]}

    assert names() == {"model-a", "model-b", "tool"}
    assert names("--include-archived") == {"model-a", "model-b", "tool", "old-model"}
    assert names("--no-forks") == {"model-a", "model-b"}
    assert names("--visibility", "private") == {"model-b"}
    assert names("--topic", "ml") == {"model-a", "model-b"}
    assert names("--topic", "ml", "--topic", "llm") == {"model-a"}
    assert names("--name", "model-*") == {"model-a", "model-b"}
    assert names("--name", "tool", "--name", "*-b") == {"model-b", "tool"}
    assert names("--property", "team=research") == {"model-a", "tool"}
    assert names("--property", "team=infra", "--no-forks") == {"model-b"}
    _, report, _ = org_json(gh, cache, "acme", "--name", "tool")
    assert report["summary"]["skipped_by_filters"] == 3 and report["summary"]["listed"] == 4
    bad = org_cli(gh, cache, "acme", "--property", "team")
    assert bad.returncode == 2 and "KEY=VALUE" in bad.stderr


def test_user_account_and_unknown_owner(gh: FakeGitHub, tmp_path: Path) -> None:
    gh.add_owner("alice", "User")
    gh.add_repo("alice", "tiny-model", CLOSED_MODEL)
    _code, report, _ = org_json(gh, tmp_path / "cache", "alice")
    assert report["owner_kind"] == "user" and [o["repository"] for o in report["repositories"]] == ["alice/tiny-model"]
    proc = org_cli(gh, tmp_path / "cache", "nobody")
    assert proc.returncode == 2 and "nobody" in proc.stderr and "Traceback" not in proc.stderr


def test_card_in_subfolder_and_docs_are_read_like_a_checkout(gh: FakeGitHub, tmp_path: Path) -> None:
    gh.add_repo("acme", "zoo", CARD_IN_SUBFOLDER)
    _, report, _ = org_json(gh, tmp_path / "cache")
    zoo = by_repo(report)["acme/zoo"]
    files = {f["file"] for f in zoo["findings"]} | {c["file"] for c in zoo["claims"]}
    assert "models/owl/README.md" in files  # a model card in a subfolder (front matter) is read
    assert "tools/README.md" not in files  # a nested README without front matter is not
    # Only the documents in scope were fetched: no source files.
    graphql = gh.requests("POST", "/graphql")
    assert len(graphql) == 1


def test_empty_repository(gh: FakeGitHub, tmp_path: Path) -> None:
    gh.add_repo("acme", "void", {})
    gh.add_repo("acme", "tidy", LIBRARY)
    code, report, _ = org_json(gh, tmp_path / "cache")
    void = by_repo(report)["acme/void"]
    assert void["verdict"] == "empty" and void["findings"] == [] and code == 0
    gh.reset_stats()
    org_json(gh, tmp_path / "cache")
    assert not gh.requests("GET", "/repos/acme/void/*")  # remembered as empty while nothing is pushed


def test_readme_that_is_not_utf8_gets_the_local_notice(gh: FakeGitHub, tmp_path: Path) -> None:
    latin = "# Café model\n\nLe modèle est entièrement open source.\n".encode("latin-1")
    files = {"README.md": latin, "LICENSE": "MIT License\n", "weights.bin": b"\0\1\2"}
    gh.add_repo("acme", "cafe", files)
    gh.add_repo("acme", "blobby", {"README.md": b"# x\n\0\0binary", "LICENSE": "MIT License\n"})
    _, report, _ = org_json(gh, tmp_path / "cache")
    cafe = by_repo(report)["acme/cafe"]
    _local_code, local = check_json(make_git_repo(tmp_path / "cafe", files))
    local_notices = [f"{n['file']}: {n['message']}" for n in local["notices"]]
    assert "README.md: skipped: not UTF-8 (byte 5)" in cafe["notices"]
    assert [n for n in cafe["notices"] if n.startswith("README.md")] == \
           [n for n in local_notices if n.startswith("README.md")]
    assert cafe["verdict"] == local["verdict"]
    # GraphQL showed the text converted; the exact bytes were fetched over REST to judge them.
    assert gh.requests("GET", "/repos/acme/cafe/git/blobs/*")
    assert "README.md: skipped: binary file" in by_repo(report)["acme/blobby"]["notices"]


def test_repository_removed_mid_sweep(gh: FakeGitHub, tmp_path: Path) -> None:
    for name in ("a-model", "b-gone-before-tree", "c-gone-before-documents", "d-model"):
        gh.add_repo("acme", name, CLOSED_MODEL)

    def hook(method: str, path: str) -> None:
        if path == "/repos/acme/b-gone-before-tree/git/trees/main":
            gh.remove_repo("acme/b-gone-before-tree")
        if method == "POST" and path == "/graphql" and "acme/c-gone-before-documents" in gh.repos:
            gh.remove_repo("acme/c-gone-before-documents")

    gh.on_request = hook
    code, report, _err = org_json(gh, tmp_path / "cache")
    outcomes = by_repo(report)
    assert outcomes["acme/b-gone-before-tree"]["verdict"] == "error"
    assert "not found" in outcomes["acme/b-gone-before-tree"]["error"]
    assert outcomes["acme/c-gone-before-documents"]["verdict"] == "error"
    assert "Could not resolve" in outcomes["acme/c-gone-before-documents"]["error"]
    assert outcomes["acme/a-model"]["verdict"] == outcomes["acme/d-model"]["verdict"] == "fail"
    assert report["summary"]["error"] == 2 and code == 1


def test_repository_policy_and_central_policy(gh: FakeGitHub, tmp_path: Path) -> None:
    gh.add_repo("acme", ".github", {"openwash.yml": "mode: annotate\n", "profile/README.md": "# Acme\n"})
    gh.add_repo("acme", "heron", CLOSED_MODEL)
    gh.add_repo("acme", "strict", {**CLOSED_MODEL, ".openwash.yml": "extends: policy/base.yml\n",
                                   "policy/base.yml": "extends: builtin:default\nmode: enforce\n"})
    gh.add_repo("acme", "pyproj", {**CLOSED_MODEL, "pyproject.toml": "[tool.openwash]\nmode = 'annotate'\n"})
    gh.add_repo("acme", "plainpy", {**CLOSED_MODEL, "pyproject.toml": "[project]\nname = 'plainpy'\n"})
    gh.add_repo("acme", "broken", {**CLOSED_MODEL, ".openwash.yml": "rules: [unclosed\n"})
    # GITHUB_API_URL is the fake: a policy's relative extends is read from the same repository and commit.
    code, report, _ = org_json(gh, tmp_path / "cache", env={"GITHUB_API_URL": gh.url})
    outcomes = by_repo(report)
    assert "github:acme/.github/openwash.yml" in report["central_policy"]
    assert "github:acme/.github/openwash.yml" in outcomes["acme/heron"]["policy"]
    assert outcomes["acme/heron"]["verdict"] == "pass"  # annotate: report, never fail
    assert outcomes["acme/heron"]["findings"]
    strict = outcomes["acme/strict"]
    commit = gh.repo("acme/strict").commit_oid
    assert strict["verdict"] == "fail"
    assert f"github:acme/strict/.openwash.yml@{commit}" in strict["policy"]
    assert f"github:acme/strict/policy/base.yml@{commit}" in strict["policy"]
    assert outcomes["acme/pyproj"]["verdict"] == "pass"
    assert any(s.startswith("github:acme/pyproj/pyproject.toml") for s in outcomes["acme/pyproj"]["policy"])
    assert outcomes["acme/plainpy"]["policy"] == outcomes["acme/heron"]["policy"]  # no [tool.openwash]
    assert outcomes["acme/broken"]["verdict"] == "error" and "policy" in outcomes["acme/broken"]["error"]
    assert code == 1
    # --org-policy names another central policy; one that does not exist is an error.
    proc = org_cli(gh, tmp_path / "cache", "acme", "--org-policy", "builtin:default", "--format", "json")
    assert by_repo(json.loads(proc.stdout))["acme/heron"]["verdict"] == "fail"
    proc = org_cli(gh, tmp_path / "cache", "acme", "--org-policy", "github:acme/.github/nope.yml")
    assert proc.returncode == 2 and "nope.yml" in proc.stderr


def test_progress_lines_when_not_a_terminal(gh: FakeGitHub, tmp_path: Path) -> None:
    for i in range(3):
        gh.add_repo("acme", f"r{i}", LIBRARY)
    proc = org_cli(gh, tmp_path / "cache", "acme", "--format", "json")
    lines = proc.stderr.splitlines()
    assert "openwash: checking 3 repositories" in lines
    assert "openwash: 3/3 repositories checked" in lines
    assert any(line.startswith("openwash: 3 repositories: 3 pass") for line in lines)
    quiet = org_cli(gh, tmp_path / "cache", "acme", "--format", "json", "--quiet")
    assert quiet.stderr == ""


def test_tokens_go_only_to_the_configured_api_host(gh: FakeGitHub, tmp_path: Path) -> None:
    gh.add_repo("acme", "tidy", LIBRARY)
    # GITHUB_API_URL names another host: the token is not sent to --api-url.
    _, _, err = org_json(gh, tmp_path / "c1", env={"GITHUB_TOKEN": "s3cret", "GITHUB_API_URL": "https://api.github.com"})
    assert gh.requests() and all(e["authorization"] == "" for e in gh.requests())
    assert f"GITHUB_TOKEN is not sent to {gh.url}" in err and "s3cret" not in err
    gh.reset_stats()
    org_json(gh, tmp_path / "c2", env={"GITHUB_TOKEN": "s3cret", "GITHUB_API_URL": gh.url})
    assert all(e["authorization"] == "token s3cret" for e in gh.requests())


@pytest.mark.slow
def test_many_repositories_use_worker_processes(gh: FakeGitHub, tmp_path: Path) -> None:
    for i in range(24):
        gh.add_repo("acme", f"m{i:02d}", [CLOSED_MODEL, OPEN_MODEL, LIBRARY][i % 3])
    _code, report, _ = org_json(gh, tmp_path / "cache", "acme", "--concurrency", "6")
    outcomes = by_repo(report)
    assert len(outcomes) == 24
    assert {outcomes[f"acme/m{i:02d}"]["verdict"] for i in range(0, 24, 3)} == {"fail"}
    assert {outcomes[f"acme/m{i:02d}"]["verdict"] for i in range(2, 24, 3)} == {"pass"}


def test_blob_shared_with_a_repository_removed_mid_sweep_is_read_through_another(gh: FakeGitHub,
                                                                                 tmp_path: Path) -> None:
    # Both repositories hold the same README and LICENSE blobs; the first asks for them, then disappears.
    gh.add_repo("acme", "a-host", CLOSED_MODEL)
    gh.add_repo("acme", "b-model", CLOSED_MODEL)

    def hook(method: str, path: str) -> None:
        if method == "POST" and path == "/graphql":
            gh.remove_repo("acme/a-host")

    gh.on_request = hook
    _, report, _ = org_json(gh, tmp_path / "cache", "acme", "--concurrency", "1")
    outcomes = by_repo(report)
    assert outcomes["acme/a-host"]["verdict"] == "error"
    b = outcomes["acme/b-model"]
    assert b["verdict"] == "fail" and b["findings"] and not b["notices"]
    assert gh.requests("GET", "/repos/acme/b-model/git/blobs/*")
