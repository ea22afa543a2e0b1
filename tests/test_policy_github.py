"""github: policy sources and the organization's central policy, served by a local fake GitHub contents API
(PyGithub pointed at it through GITHUB_API_URL; no throttling, no retries)."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from conftest import check_json, make_git_repo, run_cli

TOKEN = "ghs_test_token_never_leaves_the_api_host"

ORG_POLICY = """extends: builtin:default
description: acme's floor
locked: [mode, rules.OW101, licenses.weights]
rules:
  OW105: error
"""


def _servers() -> Iterator[HTTPServer]:
    srv = HTTPServer(host="127.0.0.1", port=0)
    srv.start()
    yield srv
    if srv.is_running():
        srv.stop()


_api = pytest.fixture(scope="module", name="_api")(_servers)
_other = pytest.fixture(scope="module", name="_other")(_servers)


def _fresh(srv: HTTPServer) -> HTTPServer:
    """Servers live for the module (stopping one takes 0.5 s) and are cleared for every test."""
    if not srv.is_running():
        srv.start()
    srv.clear()
    srv.clear_all_handlers()
    srv.no_handler_status_code = 404
    return srv


@pytest.fixture
def api(_api: HTTPServer) -> HTTPServer:
    return _fresh(_api)


@pytest.fixture
def other(_other: HTTPServer) -> HTTPServer:
    return _fresh(_other)


def serve_file(api: HTTPServer, owner: str, repo: str, path: str, text: str, etag: str = '"c1"',
               download_url: str = "") -> None:
    def handler(request: Request) -> Response:
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        body = {
            "type": "file", "encoding": "base64", "name": path.rsplit("/", 1)[-1], "path": path,
            "content": base64.b64encode(text.encode()).decode(),
            # a real API points elsewhere too; openwash must never follow these with the token
            "download_url": download_url or "https://raw.githubusercontent.com/x/y/z",
            "url": api.url_for(f"/repos/{owner}/{repo}/contents/{path}"),
        }
        return Response(json.dumps(body), headers={"ETag": etag, "Content-Type": "application/json"})

    api.expect_request(f"/repos/{owner}/{repo}/contents/{path}").respond_with_handler(handler)


def env_for(api: HTTPServer, tmp_path: Path, **extra: str) -> dict[str, str]:
    return {"GITHUB_API_URL": api.url_for("").rstrip("/"), "GITHUB_TOKEN": TOKEN,
            "OPENWASH_GITHUB_NO_THROTTLE": "1", "OPENWASH_CACHE_DIR": str(tmp_path / "cache"),
            "GITHUB_REPOSITORY": "", "OPENWASH_HTTP_TIMEOUT": "5", **extra}


def contents_requests(api: HTTPServer) -> list[Request]:
    return [req for req, _ in api.log if "/contents/" in req.path]


def test_github_source_with_ref_token_and_etag(api: HTTPServer, tmp_path: Path) -> None:
    serve_file(api, "acme", ".github", "policies/openwash.yml", ORG_POLICY)
    repo = make_git_repo(tmp_path / "repo", {
        "README.md": "# x\n",
        ".openwash.yml": "extends: github:acme/.github/policies/openwash.yml@v2\nfail_on: warning\n",
    })
    env = env_for(api, tmp_path)
    proc = run_cli("policy", "show", "--path", str(repo), env=env)
    assert proc.returncode == 0, proc.stderr
    assert "github:acme/.github/policies/openwash.yml@v2:5" in proc.stdout  # OW105's origin: file and line
    assert "locked by github:acme/.github/policies/openwash.yml@v2:3" in proc.stdout
    (first,) = contents_requests(api)
    assert first.args.get("ref") == "v2"
    assert first.headers.get("Authorization") == f"token {TOKEN}"
    assert run_cli("check", str(repo), env=env).returncode == 0
    second = contents_requests(api)[-1]
    assert second.headers.get("If-None-Match") == '"c1"'
    assert api.log[-1][1].status_code == 304


def test_downstream_cannot_weaken_the_org_lock(api: HTTPServer, tmp_path: Path) -> None:
    serve_file(api, "acme", ".github", "openwash.yml", ORG_POLICY)
    repo = make_git_repo(tmp_path / "repo", {
        "README.md": "# x\n", ".openwash.yml": "extends: github:acme/.github/openwash.yml\nmode: annotate\n"})
    proc = run_cli("check", str(repo), env=env_for(api, tmp_path))
    assert proc.returncode == 2
    assert ".openwash.yml:2: mode: switches mode from enforce to annotate" in proc.stderr
    assert "github:acme/.github/openwash.yml:3 locks 'mode'" in proc.stderr


def test_token_is_never_sent_to_another_host(api: HTTPServer, other: HTTPServer, tmp_path: Path) -> None:
    other.expect_request("/extra.yml").respond_with_data("rules:\n  OW301: off\n")
    serve_file(api, "acme", ".github", "openwash.yml",
               f"extends: [builtin:default, {other.url_for('/extra.yml')}]\nrules:\n  OW105: error\n",
               download_url=other.url_for("/raw/openwash.yml"))
    repo = make_git_repo(tmp_path / "repo", {"README.md": "# x\n",
                                             ".openwash.yml": "extends: github:acme/.github/openwash.yml\n"})
    proc = run_cli("policy", "show", "--path", str(repo), "--format", "json", env=env_for(api, tmp_path))
    # A fetched policy may extend only presets and its own origin (issue 16): the other host is refused.
    assert proc.returncode == 2 and "extends[1]: a fetched policy may extend only builtin: presets" in proc.stderr
    assert all(req.headers.get("Authorization") == f"token {TOKEN}" for req in contents_requests(api))
    assert [req.path for req, _ in other.log] == []  # download_url never followed, the extends never fetched
    assert all("Authorization" not in req.headers for req, _ in other.log)
    assert all(TOKEN not in str(dict(req.headers)) for req, _ in other.log)


def test_github_relative_extends_stay_in_the_same_repository_and_ref(api: HTTPServer, tmp_path: Path) -> None:
    serve_file(api, "acme", ".github", "policies/openwash.yml", "extends: ../base/common.yml\n")
    serve_file(api, "acme", ".github", "base/common.yml", "rules:\n  OW105: notice\n")
    repo = make_git_repo(tmp_path / "repo", {
        "README.md": "# x\n", ".openwash.yml": "extends: github:acme/.github/policies/openwash.yml@main\n"})
    proc = run_cli("policy", "show", "--path", str(repo), env=env_for(api, tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "github:acme/.github/base/common.yml@main:2" in proc.stdout
    assert all(req.args.get("ref") == "main" for req in contents_requests(api))


# ------------------------------------------------------------------------------------- central policy

README = "# Widget\n\nWidget is open source.\n"


def test_central_policy_with_org_option(api: HTTPServer, tmp_path: Path) -> None:
    serve_file(api, "acme", ".github", "openwash.yml", "extends: builtin:annotate\n")
    repo = make_git_repo(tmp_path / "repo", {"README.md": README})
    code, report = check_json(repo, "--org", "acme", env=env_for(api, tmp_path))
    assert code == 0 and report["policy"]["mode"] == "annotate"
    assert report["policy"]["sources"][-1] == "github:acme/.github/openwash.yml"
    proc = run_cli("check", str(repo), "--org", "acme", env=env_for(api, tmp_path))
    assert "notice: no repository policy; using the organization policy github:acme/.github/openwash.yml" \
        in proc.stderr


def test_central_policy_404_falls_back_to_default_with_a_notice(api: HTTPServer, tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "repo", {"README.md": README})
    proc = run_cli("check", str(repo), "--org", "nobody", env=env_for(api, tmp_path))
    assert proc.returncode == 1  # builtin:default: the claim has no license
    assert "no organization policy at github:nobody/.github/openwash.yml; using builtin:default" in proc.stderr
    assert [req.path for req in contents_requests(api)] == ["/repos/nobody/.github/contents/openwash.yml"]


def test_central_policy_location_is_configurable(api: HTTPServer, tmp_path: Path) -> None:
    serve_file(api, "acme", "policies", "openwash/strict.yml", "extends: builtin:annotate\n")
    repo = make_git_repo(tmp_path / "repo", {"README.md": README})
    env = env_for(api, tmp_path, OPENWASH_ORG_POLICY="github:{owner}/policies/openwash/strict.yml")
    code, report = check_json(repo, "--org", "acme", env=env)
    assert code == 0 and report["policy"]["sources"][-1] == "github:acme/policies/openwash/strict.yml"


def test_central_policy_from_github_repository_in_actions_but_never_in_pre_commit(api: HTTPServer,
                                                                                  tmp_path: Path) -> None:
    serve_file(api, "acme", ".github", "openwash.yml", "extends: builtin:annotate\n")
    repo = make_git_repo(tmp_path / "repo", {"README.md": README})
    actions = env_for(api, tmp_path, GITHUB_ACTIONS="true", GITHUB_REPOSITORY="acme/widget")
    code, report = check_json(repo, env=actions)
    assert code == 0 and report["policy"]["sources"][-1] == "github:acme/.github/openwash.yml"
    api.clear_log()
    hook = {**actions, "PRE_COMMIT": "1"}
    code, report = check_json(repo, env=hook)
    assert code == 1 and report["policy"]["sources"] == ["builtin:default"]
    assert contents_requests(api) == []
    # and a local run without GITHUB_ACTIONS never looks either
    code, report = check_json(repo, env=env_for(api, tmp_path, GITHUB_REPOSITORY="acme/widget"))
    assert report["policy"]["sources"] == ["builtin:default"] and contents_requests(api) == []


def test_repository_policy_is_merged_under_the_central_one(api: HTTPServer, tmp_path: Path) -> None:
    # The central policy is merged under the repository's own (issue 16): a file without extends: starts
    # from it, and the repository's settings override what the central policy does not lock.
    serve_file(api, "acme", ".github", "openwash.yml", "extends: builtin:annotate\n")
    repo = make_git_repo(tmp_path / "repo", {"README.md": README, ".openwash.yml": "fail_on: warning\n"})
    _code, report = check_json(repo, "--org", "acme", env=env_for(api, tmp_path))
    assert report["policy"]["mode"] == "annotate"
    assert report["policy"]["sources"][-2:] == ["github:acme/.github/openwash.yml", str(repo / ".openwash.yml")] \
        or report["policy"]["sources"][-1].endswith(".openwash.yml")
    repo2 = make_git_repo(tmp_path / "repo2", {"README.md": README,
                                               ".openwash.yml": "extends: builtin:default\nmode: enforce\n"})
    code, report = check_json(repo2, "--org", "acme", env=env_for(api, tmp_path))
    assert code == 1 and report["policy"]["mode"] == "enforce"  # not locked: the repository may override


def test_github_source_network_failure_uses_the_cache(api: HTTPServer, tmp_path: Path) -> None:
    serve_file(api, "acme", ".github", "openwash.yml", "extends: builtin:annotate\n")
    repo = make_git_repo(tmp_path / "repo", {"README.md": README})
    env = env_for(api, tmp_path)
    assert check_json(repo, "--org", "acme", env=env)[0] == 0
    api.stop()
    proc = run_cli("check", str(repo), "--org", "acme", env=env)
    assert proc.returncode == 0, proc.stderr
    assert "using the cached copy" in proc.stderr


@pytest.mark.parametrize("url", ["https://api.example]/x", "https://[evil]/repos", "https://[::1/x"])
def test_a_malformed_url_gets_no_token(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    from openwash.github.api import token_for

    monkeypatch.setenv("GITHUB_API_URL", "https://api.github.com")
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
    assert token_for("https://api.github.com/repos/a/b") == TOKEN  # the configured host gets it
    assert token_for(url) is None
