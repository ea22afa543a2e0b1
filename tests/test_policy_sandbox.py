"""Issue 16, items 6 and 8: fetched policies are sandboxed, and github: segments are validated.

Reproductions from the review: a policy fetched over https or github: could itself extend
``github:ANY/REPO/PATH`` (in the org sweep any repository's own .openwash.yml could, and the App token then
read that file from another, private repository, the error echoing its key names into the report); a
fetched policy could extend or redirect to ``http://127.0.0.1:…``; ``github:owner/../victim/x.yml`` was
normalised into a request for another repository's file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

import test_policy_github as kit
from conftest import make_git_repo, run_cli
from fakegithub import FakeGitHub
from orgkit import CLOSED_MODEL, by_repo, org_json
from test_policy_github import contents_requests, env_for, serve_file

_api_server = pytest.fixture(scope="module", name="_api_server")(kit._servers)
_other_server = pytest.fixture(scope="module", name="_other_server")(kit._servers)
SECRET = "db_password: hunter2\nsigning_key: s3cr3t-value\n"


@pytest.fixture
def api(_api_server: HTTPServer) -> HTTPServer:
    return kit._fresh(_api_server)


@pytest.fixture
def other(_other_server: HTTPServer) -> HTTPServer:
    return kit._fresh(_other_server)


@pytest.fixture
def gh() -> FakeGitHub:
    with FakeGitHub() as fake:
        yield fake


def test_a_github_policy_cannot_extend_another_owners_file(api: HTTPServer, tmp_path: Path) -> None:
    serve_file(api, "acme", ".github", "openwash.yml", "extends: github:victim/private/secrets.yml\n")
    serve_file(api, "victim", "private", "secrets.yml", SECRET)
    proc = run_cli("check", str(make_git_repo(tmp_path / "r", {"README.md": "# x\n"})),
                   "--policy", "github:acme/.github/openwash.yml", env=env_for(api, tmp_path))
    assert proc.returncode == 2
    assert "github:acme/.github/openwash.yml:1: extends[0]: a fetched policy may extend only builtin: presets " \
           "and sources on its own origin (github:acme)" in proc.stderr
    assert "victim" not in proc.stderr  # what the fetched policy wrote is not echoed
    assert [r.path for r in contents_requests(api)] == ["/repos/acme/.github/contents/openwash.yml"]


def test_same_owner_and_presets_are_allowed(api: HTTPServer, tmp_path: Path) -> None:
    serve_file(api, "acme", ".github", "openwash.yml", "extends: [builtin:default, github:acme/policies/base.yml]\n")
    serve_file(api, "acme", "policies", "base.yml", "rules:\n  OW105: error\n")
    proc = run_cli("policy", "show", "github:acme/.github/openwash.yml", env=env_for(api, tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "github:acme/policies/base.yml:2" in proc.stdout


def test_a_refused_fetched_policy_is_never_echoed(api: HTTPServer, tmp_path: Path) -> None:
    # same owner (allowed to fetch), but not a policy: the keys and values must not reach the report
    serve_file(api, "acme", ".github", "openwash.yml", "extends: github:acme/private/secrets.yml\n")
    serve_file(api, "acme", "private", "secrets.yml", SECRET)
    proc = run_cli("policy", "show", "github:acme/.github/openwash.yml", env=env_for(api, tmp_path))
    assert proc.returncode == 2
    assert "github:acme/private/secrets.yml (reached through extends: from github:acme/.github/openwash.yml) is " \
           "not a valid policy; its contents are not shown" in proc.stderr
    for word in ("db_password", "hunter2", "signing_key", "s3cr3t"):
        assert word not in proc.stderr + proc.stdout


def test_a_github_policy_cannot_extend_a_loopback_url(api: HTTPServer, other: HTTPServer, tmp_path: Path) -> None:
    other.expect_request("/x.yml").respond_with_data("rules:\n  OW301: off\n")
    serve_file(api, "acme", ".github", "openwash.yml", f"extends: {other.url_for('/x.yml')}\n")
    proc = run_cli("policy", "show", "github:acme/.github/openwash.yml", env=env_for(api, tmp_path))
    assert proc.returncode == 2 and "extends[0]: a fetched policy may extend only" in proc.stderr
    assert other.log == []  # was: requested


def test_an_https_policy_stays_on_its_host(other: HTTPServer, api: HTTPServer, tmp_path: Path) -> None:
    # given on the command line as a loopback URL: allowed, and so is its own host; another host is not
    other.expect_request("/org.yml").respond_with_data(f"extends: [base.yml, {api.url_for('/evil.yml')}]\n")
    other.expect_request("/base.yml").respond_with_data("rules:\n  OW105: error\n")
    api.expect_request("/evil.yml").respond_with_data("mode: annotate\n")
    proc = run_cli("policy", "show", other.url_for("/org.yml"), env=env_for(api, tmp_path))
    assert proc.returncode == 2 and "extends[1]: a fetched policy may extend only" in proc.stderr
    assert api.log == [] and [r.path for r, _ in other.log] == ["/org.yml", "/base.yml"]


def test_loopback_only_when_named_locally(other: HTTPServer, tmp_path: Path) -> None:
    from openwash.errors import FetchError
    from openwash.policy.cache import Cache
    from openwash.policy.sources import Fetcher, SourceRef, _get_https, parse

    other.expect_request("/p.yml").respond_with_data("mode: enforce\n")
    url = other.url_for("/p.yml")
    # named by a fetched policy (private_ok False): refused before any request
    with pytest.raises(FetchError, match="loopback, link-local or private address"):
        Fetcher(cache=Cache(tmp_path / "c")).fetch(SourceRef("https", url, url=url))
    # a redirect is checked like the URL it replaces: the same check runs on every hop
    with pytest.raises(FetchError, match="loopback, link-local or private address"):
        _get_https(url, None, private_ok=False)
    assert other.log == []
    # named on the command line (or in a local policy file): allowed
    assert parse(url).private_ok
    assert Fetcher(cache=Cache(tmp_path / "c")).fetch(parse(url)).text == "mode: enforce\n"


@pytest.mark.parametrize("host, private", [("127.0.0.1", True), ("10.1.2.3", True), ("169.254.169.254", True),
                                           ("192.168.0.1", True), ("[::1]", True), ("[fe80::1]", True),
                                           ("[::ffff:127.0.0.1]", True), ("0.0.0.0", True), ("localhost", True),
                                           ("8.8.8.8", False), ("[2606:4700::1111]", False)])
def test_private_address_classes(host: str, private: bool) -> None:
    from openwash.policy.sources import host_is_private

    assert host_is_private(host) is private


# ------------------------------------------------------------------------------------ github: segments

@pytest.mark.parametrize("src", ["github:owner/../victim/x.yml", "github:owner/./x.yml", "github:owner/repo/../x.yml",
                                 "github:owner/repo/a//x.yml", "github:owner/repo/./x.yml", "github:owner/../x.yml",
                                 "github:owner/repo/x/..", "github:owner/repo//x.yml"])
def test_dot_and_empty_segments_are_refused(api: HTTPServer, tmp_path: Path, src: str) -> None:
    proc = run_cli("policy", "show", src, env=env_for(api, tmp_path))
    assert proc.returncode == 2 and "without empty, '.' or '..' segments" in proc.stderr, proc.stderr
    assert api.log == []  # was: a request for another repository's file


def test_dot_segments_inside_a_fetched_policy(api: HTTPServer, tmp_path: Path) -> None:
    serve_file(api, "acme", ".github", "openwash.yml", "extends: github:acme/../victim/x.yml\n")
    proc = run_cli("policy", "show", "github:acme/.github/openwash.yml", env=env_for(api, tmp_path))
    assert proc.returncode == 2 and "segments" in proc.stderr
    assert [r.path for r in contents_requests(api)] == ["/repos/acme/.github/contents/openwash.yml"]


# ---------------------------------------------------------------------------------------- the org sweep

def test_sweep_repository_policy_cannot_read_another_owners_file(gh: FakeGitHub, tmp_path: Path) -> None:
    gh.add_repo("acme", ".github", {"openwash.yml": "extends: builtin:default\nlocked: [mode]\n"})
    gh.add_repo("victim", "private", {"secrets.yml": SECRET}, visibility="private")
    gh.add_repo("acme", "thief", {**CLOSED_MODEL, ".openwash.yml": "extends: github:victim/private/secrets.yml\n"})
    gh.add_repo("acme", "thief2", {**CLOSED_MODEL, "pyproject.toml":
                                   "[tool.openwash]\nextends = 'github:victim/private/secrets.yml'\n"})
    gh.add_repo("acme", "lenient", {**CLOSED_MODEL, ".openwash.yml": "extends: []\nmode: annotate\n"})
    _code, report, _err = org_json(gh, tmp_path / "cache", env={"GITHUB_API_URL": gh.url, "GITHUB_TOKEN": "t0k"})
    outcomes = by_repo(report)
    for name in ("acme/thief", "acme/thief2"):
        assert outcomes[name]["verdict"] == "error"
        assert "a fetched policy may extend only builtin: presets" in outcomes[name]["error"]
    assert gh.requests(path_glob="/repos/victim/*") == []  # the token never read the other owner's file
    assert "hunter2" not in json.dumps(report) and "db_password" not in json.dumps(report)
    # item 1 in the sweep: the central policy's lock binds a repository policy that does not extend it
    assert outcomes["acme/lenient"]["verdict"] == "error" and "locks 'mode'" in outcomes["acme/lenient"]["error"]


def test_sweep_central_policy_location_with_dot_segments(gh: FakeGitHub, tmp_path: Path) -> None:
    from orgkit import org_cli

    gh.add_repo("acme", "heron", CLOSED_MODEL)
    proc = org_cli(gh, tmp_path / "cache", "acme", "--org-policy", "github:acme/../victim/x.yml")
    assert proc.returncode == 2 and "segments" in proc.stderr and "Traceback" not in proc.stderr
    assert gh.requests(path_glob="*victim*") == [] and gh.requests(path_glob="*/../*") == []
