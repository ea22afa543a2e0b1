"""Hostile network: servers that never answer, dribble, flood, redirect or lie (issue 9).

Each case ends within a bounded time with a clear message (exit 2 without a cached copy), the cached copy
is used where one exists, and no GitHub token ever reaches a host other than the configured API host —
through redirects (301/302/307, another host or another port) and ``url`` fields alike.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import make_git_repo, run_cli
from hostile_server import HTML, HostileServer, answer, dribble, endless, never, redirect
from openwash.errors import ConfigError, FetchError
from openwash.policy import resolve_source
from openwash.policy.cache import Cache

POLICY = b"extends: builtin:default\nrules:\n  OW105: error\n"
TOKEN = "ghs_hostile_network_token_must_not_leak"
BOUND = 30.0


@pytest.fixture
def srv() -> Iterator[HostileServer]:
    with HostileServer() as server:
        yield server


@pytest.fixture
def other() -> Iterator[HostileServer]:
    with HostileServer() as server:
        server.route("/*", answer(200, POLICY, "application/yaml"))
        yield server


@pytest.fixture
def net_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENWASH_HTTP_TIMEOUT", "2")
    monkeypatch.setenv("OPENWASH_HTTP_DEADLINE", "4")
    monkeypatch.setenv("OPENWASH_GITHUB_NO_THROTTLE", "1")
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
    monkeypatch.delenv("GH_TOKEN", raising=False)


def fetch(src: str, cache_dir: Path) -> tuple[object, float]:
    start = time.monotonic()
    try:
        result: object = resolve_source(src, cache=Cache(cache_dir), offline=False)
    except (FetchError, ConfigError) as exc:
        result = exc
    return result, time.monotonic() - start


def no_token_anywhere(*servers: HostileServer) -> None:
    for s in servers:
        for r in s.requests():
            assert TOKEN not in json.dumps(r["headers"]), (s.url, r["path"])


# ------------------------------------------------------------------------------- https policy sources

@pytest.mark.parametrize("case", ["never", "dribble-body", "dribble-headers", "endless-chunked",
                                  "endless-length", "html", "500", "redirect-http", "redirect-loop",
                                  "redirect-not-a-url"])
def test_a_hostile_policy_server_ends_in_bounded_time_with_a_clear_error(
        srv: HostileServer, net_env: None, tmp_path: Path, case: str) -> None:
    behaviours = {
        "never": never(), "dribble-body": dribble(POLICY * 20, 0.2),
        "dribble-headers": dribble(POLICY, 0.2, headers_too=True),
        "endless-chunked": endless(), "endless-length": endless(chunked=False),
        "html": answer(200, HTML, "text/html"), "500": answer(500, b"Internal Server Error", "text/plain"),
        "redirect-http": redirect("http://example.org/policy.yml"), "redirect-loop": redirect("/p.yml", 301),
        # urllib.parse (and so requests) raises ValueError on this Location: a refused redirect, not a crash
        "redirect-not-a-url": redirect("https://policies.example]/p.yml"),
    }
    expected = {
        "never": "timed out", "dribble-body": "no complete answer within 4 s",
        "dribble-headers": "no complete answer within 4 s", "endless-chunked": "larger than 1048576 bytes",
        "endless-length": "larger than 1048576 bytes", "html": "HTML page", "500": "HTTP 500",
        "redirect-http": "refusing to follow a redirect to http://example.org", "redirect-loop": "more than 5 redirects",
        "redirect-not-a-url": "refusing to follow a redirect whose Location is not a URL",
    }
    srv.route("/p.yml", behaviours[case])
    result, elapsed = fetch(f"{srv.url}/p.yml", tmp_path / "cache")
    assert isinstance(result, FetchError), result
    assert expected[case] in str(result)
    assert elapsed < BOUND
    no_token_anywhere(srv)


@pytest.mark.parametrize("case", ["never", "dribble-body", "html", "503"])
def test_the_cached_copy_is_used_when_the_server_turns_hostile(srv: HostileServer, net_env: None, tmp_path: Path,
                                                              case: str) -> None:
    srv.route("/p.yml", answer(200, POLICY, "application/yaml", ETag='"v1"'))
    first, _ = fetch(f"{srv.url}/p.yml", tmp_path / "cache")
    assert not isinstance(first, Exception)
    srv.route("/p.yml", {"never": never(), "dribble-body": dribble(POLICY * 20, 0.2),
                         "html": answer(200, HTML, "text/html"), "503": answer(503, b"", "text/plain")}[case])
    policy, elapsed = fetch(f"{srv.url}/p.yml", tmp_path / "cache")
    assert not isinstance(policy, Exception), policy
    assert policy.severity("OW105", "warning") == "error"  # type: ignore[attr-defined]
    assert any("using the cached copy" in n for n in policy.notices)  # type: ignore[attr-defined]
    assert elapsed < BOUND


def test_a_redirect_to_another_host_gets_no_credentials(srv: HostileServer, other: HostileServer, net_env: None,
                                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The first host is the configured API host, where the token belongs: even so an https source is fetched
    # without it, and nothing that hop carried (a token, a cookie) follows the redirect to another host.
    monkeypatch.setenv("GITHUB_API_URL", srv.url)
    srv.route("/p.yml", redirect(f"{other.url}/elsewhere.yml", 307))
    policy, _ = fetch(f"{srv.url}/p.yml", tmp_path / "cache")
    assert not isinstance(policy, Exception), policy
    assert other.requests("/elsewhere.yml")
    no_token_anywhere(srv, other)
    for r in srv.requests() + other.requests():
        assert "authorization" not in r["headers"] and "cookie" not in r["headers"]


def test_the_cli_reports_a_dribbling_server_in_one_line_exit_2(srv: HostileServer, tmp_path: Path) -> None:
    srv.route("/p.yml", dribble(POLICY * 50, 0.2))
    repo = make_git_repo(tmp_path / "repo", {"README.md": "# x\n", ".openwash.yml": f"extends: {srv.url}/p.yml\n"})
    start = time.monotonic()
    proc = run_cli("check", str(repo), env={"OPENWASH_HTTP_TIMEOUT": "2", "OPENWASH_HTTP_DEADLINE": "3",
                                            "OPENWASH_CACHE_DIR": str(tmp_path / "cache")})
    assert time.monotonic() - start < BOUND
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr
    assert "no complete answer within 3 s" in proc.stderr and "vendor the policy" in proc.stderr


# ------------------------------------------------------------------------------ github: policy sources

def _contents(text: bytes) -> bytes:
    return json.dumps({"type": "file", "encoding": "base64", "content": base64.b64encode(text).decode(),
                       "download_url": "https://raw.githubusercontent.com/acme/x/main/p.yml"}).encode()


@pytest.mark.parametrize("case", ["500", "malformed-json", "html", "rate-limit", "forbidden", "never", "dribble",
                                  "redirect-301-other-port", "redirect-302-other-host", "redirect-307-other-host",
                                  "redirect-not-a-url", "not-a-file", "huge-content-field"])
def test_a_hostile_github_api_for_policy_sources(srv: HostileServer, other: HostileServer, net_env: None,
                                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    monkeypatch.setenv("GITHUB_API_URL", srv.url)
    path = "/repos/acme/.github/contents/openwash.yml"
    behaviours = {
        "500": answer(500, b'{"message": "Server Error"}'),
        "malformed-json": answer(200, b'{"type": "file", "content": "bW9k'),
        "html": answer(200, HTML, "text/html"),
        "rate-limit": answer(403, b'{"message": "API rate limit exceeded"}', X_RateLimit_Remaining="0",
                             X_RateLimit_Reset=str(int(time.time()) + 3600)),
        "forbidden": answer(403, b'{"message": "Resource not accessible by integration"}'),
        "never": never(),
        "dribble": dribble(_contents(POLICY), 0.2),
        "redirect-301-other-port": redirect(f"{other.url}{path}", 301),
        "redirect-302-other-host": redirect(f"http://localhost:{other.port}{path}", 302),
        "redirect-307-other-host": redirect(f"http://localhost:{other.port}{path}", 307),
        "redirect-not-a-url": redirect(f"http://localhost:{other.port}]{path}", 301),
        "not-a-file": answer(200, b'[{"type": "file", "name": "a.yml"}]'),
        "huge-content-field": answer(200, json.dumps({"type": "file", "encoding": "base64", "content": base64.b64encode(
            b"# x\n" * 300_000).decode()}).encode()),
    }
    expected = {
        "500": "HTTP 500", "malformed-json": "did not answer JSON", "html": "did not answer JSON",
        "rate-limit": "rate limit", "forbidden": "access denied (HTTP 403)", "never": "timed out",
        "dribble": "no complete answer within 4 s", "redirect-301-other-port": "redirected",
        "redirect-302-other-host": "HTTP 302", "redirect-307-other-host": "HTTP 307", "not-a-file": "not a file",
        "redirect-not-a-url": "refused to follow the answer",
        "huge-content-field": "larger than 1048576 bytes",
    }
    srv.route(path, behaviours[case])
    result, elapsed = fetch("github:acme/.github/openwash.yml", tmp_path / "cache")
    assert isinstance(result, FetchError), result
    assert expected[case] in str(result), str(result)
    assert elapsed < BOUND
    assert srv.requests(path), "the configured API host was asked"
    assert all(r["headers"].get("authorization") == f"token {TOKEN}" for r in srv.requests(path))
    assert not other.requests(), "nothing, and so no token, went to another host"


def test_github_source_falls_back_to_the_cache_on_500_and_rate_limit(srv: HostileServer, net_env: None,
                                                                     tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_API_URL", srv.url)
    path = "/repos/acme/.github/contents/openwash.yml"
    srv.route(path, answer(200, _contents(POLICY), ETag='"c1"'))
    assert not isinstance(fetch("github:acme/.github/openwash.yml", tmp_path / "cache")[0], Exception)
    for hostile in (answer(502, b"{}"), answer(200, b"not json"),
                    answer(403, b'{"message": "API rate limit exceeded"}', X_RateLimit_Remaining="0")):
        srv.route(path, hostile)
        policy, elapsed = fetch("github:acme/.github/openwash.yml", tmp_path / "cache")
        assert not isinstance(policy, Exception), policy
        assert any("using the cached copy" in n for n in policy.notices)  # type: ignore[attr-defined]
        assert elapsed < BOUND


# ------------------------------------------------------------------------------------ organization sweep

def org(srv: HostileServer, tmp_path: Path, *args: str, api: str | None = None) -> tuple[int, str, float]:
    start = time.monotonic()
    proc = run_cli("org", "acme", "--format", "json", "--api-url", api or srv.url, *args,
                   env={"OPENWASH_GITHUB_NO_THROTTLE": "1", "OPENWASH_CACHE_DIR": str(tmp_path / "cache"),
                        "GITHUB_TOKEN": TOKEN, "GH_TOKEN": "", "GITHUB_API_URL": api or srv.url,
                        "OPENWASH_HTTP_TIMEOUT": "2", "OPENWASH_GITHUB_MAX_WAIT": "3"}, timeout=180)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, proc.stderr, time.monotonic() - start


@pytest.mark.parametrize("case", ["malformed-json", "html", "rate-limit", "redirect-301-other-port",
                                  "redirect-302-other-host", "redirect-not-a-url", "forbidden"])
def test_a_hostile_github_api_for_the_organization_sweep(srv: HostileServer, other: HostileServer, tmp_path: Path,
                                                         case: str) -> None:
    behaviours = {
        "malformed-json": answer(200, b'[{"name": "x", "full_name": "acme/x"'),
        "html": answer(200, HTML, "text/html"),
        "rate-limit": answer(403, b'{"message": "API rate limit exceeded"}', X_RateLimit_Remaining="0",
                             X_RateLimit_Reset=str(int(time.time()) + 7200)),
        "redirect-301-other-port": redirect(f"{other.url}/orgs/acme/repos", 301),
        "redirect-302-other-host": redirect(f"http://localhost:{other.port}/orgs/acme/repos", 302),
        "redirect-not-a-url": redirect(f"http://localhost:{other.port}]/orgs/acme/repos", 301),
        "forbidden": answer(403, b'{"message": "Resource not accessible by integration"}'),
    }
    expected = {"malformed-json": "not JSON", "html": "not JSON", "rate-limit": "--resume",
                "redirect-301-other-port": "refused to follow", "redirect-302-other-host": "302",
                "redirect-not-a-url": "refused to follow",
                "forbidden": "403"}
    srv.route("/*", behaviours[case])
    code, err, elapsed = org(srv, tmp_path)
    assert code == 2, err
    assert err.strip().splitlines()[-1].startswith("openwash: error:") and expected[case] in err, err
    assert elapsed < BOUND
    assert all(r["headers"].get("authorization") == f"token {TOKEN}" for r in srv.requests())
    assert not other.requests()


@pytest.mark.slow
@pytest.mark.parametrize("case", ["500", "never"])
def test_the_sweep_retries_then_stops_on_a_failing_api(srv: HostileServer, tmp_path: Path, case: str) -> None:
    srv.route("/*", answer(500, b'{"message": "boom"}') if case == "500" else never())
    code, err, elapsed = org(srv, tmp_path)
    assert code == 2 and "retrying" in err and err.strip().splitlines()[-1].startswith("openwash: error:")
    assert len(srv.requests()) == 4  # the first try and three retries
    assert elapsed < 60


def test_urls_in_api_answers_never_take_the_token_to_another_host(srv: HostileServer, other: HostileServer,
                                                                  tmp_path: Path) -> None:
    """A Link header (pagination) naming another host: the next page is asked of the configured host."""
    srv.route("/orgs/acme/repos", answer(200, b"[]", Link=f'<{other.url}/orgs/acme/repos?page=2>; rel="next", '
                                                        f'<http://localhost:{other.port}/x>; rel="last"'))
    code, err, _ = org(srv, tmp_path)
    assert code == 0, err
    assert [r["path"] for r in srv.requests()][-1] == "/orgs/acme/repos?page=2"
    assert not other.requests()


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_the_sticky_comment_never_follows_a_redirect_to_another_host(srv: HostileServer, other: HostileServer,
                                                                     status: int) -> None:
    from openwash.github.pr import upsert_sticky_comment

    for target in (other.url, f"http://localhost:{other.port}"):
        srv.route("/*", redirect(f"{target}/repos/acme/models/issues/7/comments", status))
        res = upsert_sticky_comment("acme/models", 7, lambda previous: "body", token=TOKEN, base_url=srv.url)
        assert res.action in ("failed", "skipped"), res
    assert srv.requests() and not other.requests()
    no_token_anywhere(other)
