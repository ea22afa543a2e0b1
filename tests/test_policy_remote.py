"""Remote policy sources served by a real HTTP server on 127.0.0.1: caching with ETag revalidation,
timeouts, size cap, redirects, integrity pins, offline use and the fallback to the cache."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from conftest import make_git_repo, run_cli
from openwash.errors import ConfigError, FetchError
from openwash.policy import resolve_source
from openwash.policy.cache import Cache

ORG = "extends: builtin:default\ndescription: acme org policy\nrules:\n  OW105: error\nlocked: [rules.OW101]\n"


@pytest.fixture(scope="module")
def _server() -> Iterator[HTTPServer]:
    srv = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    srv.start()
    yield srv
    if srv.is_running():
        srv.stop()


@pytest.fixture
def server(_server: HTTPServer) -> Iterator[HTTPServer]:
    """One server per module (stopping one takes 0.5 s), cleared for every test."""
    if not _server.is_running():
        _server.start()
    _server.clear()
    _server.clear_all_handlers()
    _server.no_handler_status_code = 404
    yield _server


def serve_with_etag(srv: HTTPServer, path: str, body: str, etag: str = '"v1"') -> None:
    def handler(request: Request) -> Response:
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(body, status=200, headers={"ETag": etag, "Content-Type": "application/yaml"})

    srv.expect_request(path).respond_with_handler(handler)


def requests_to(srv: HTTPServer, path: str) -> list[Request]:
    return [req for req, _ in srv.log if req.path == path]


def _resolve(src: str, cache_dir: Path, **kw: object):
    return resolve_source(src, cache=Cache(cache_dir), **kw)  # type: ignore[arg-type]


def test_fetch_cache_and_304_revalidation(server: HTTPServer, tmp_path: Path) -> None:
    serve_with_etag(server, "/org.yml", ORG)
    url = server.url_for("/org.yml")
    first = _resolve(url, tmp_path / "cache", offline=False)
    assert first.severity("OW105") == "error" and first.sources[-1] == url
    assert first.origin("rules.OW105") == f"{url}:4"
    assert [lock.path for lock in first.locks] == ["rules.OW101"]
    second = _resolve(url, tmp_path / "cache", offline=False)
    assert second.severity("OW105") == "error"
    sent = requests_to(server, "/org.yml")
    assert len(sent) == 2
    assert "If-None-Match" not in sent[0].headers
    assert sent[1].headers.get("If-None-Match") == '"v1"'
    assert server.log[-1][1].status_code == 304
    assert all("Authorization" not in req.headers for req in sent)  # no credentials to https sources
    meta = [json.loads(p.read_bytes().split(b"\n", 1)[0]) for p in (tmp_path / "cache" / "sources").glob("*.entry")]
    assert meta and meta[0]["etag"] == '"v1"' and "revalidated" in meta[0]


def test_changed_policy_is_refetched(server: HTTPServer, tmp_path: Path) -> None:
    serve_with_etag(server, "/org.yml", ORG, etag='"v1"')
    url = server.url_for("/org.yml")
    _resolve(url, tmp_path / "cache")
    server.clear_all_handlers()
    serve_with_etag(server, "/org.yml", ORG.replace("OW105: error", "OW105: notice"), etag='"v2"')
    assert _resolve(url, tmp_path / "cache").severity("OW105") == "notice"


def test_relative_extends_in_a_remote_policy_resolve_remotely(server: HTTPServer, tmp_path: Path) -> None:
    serve_with_etag(server, "/policies/org.yml", "extends: base.yml\nrules:\n  OW105: error\n")
    serve_with_etag(server, "/policies/base.yml", "rules:\n  OW301: off\n")
    policy = _resolve(server.url_for("/policies/org.yml"), tmp_path / "cache")
    assert policy.severity("OW301") == "off" and policy.sources[-2] == server.url_for("/policies/base.yml")


def test_a_remote_policy_never_reads_local_files(server: HTTPServer, tmp_path: Path) -> None:
    secret = tmp_path / "secret.yml"
    secret.write_text("rules:\n  OW101: off\n")
    serve_with_etag(server, "/org.yml", f"extends: {secret}\n")
    with pytest.raises(FetchError) as info:
        _resolve(server.url_for("/org.yml"), tmp_path / "cache")
    assert "not found" in str(info.value) and server.url_for(str(secret)) in str(info.value)


def test_timeout_without_cache_is_a_clear_error_with_vendoring_advice(server: HTTPServer, tmp_path: Path) -> None:
    def slow(_request: Request) -> Response:
        time.sleep(1.5)
        return Response(ORG)

    server.expect_request("/slow.yml").respond_with_handler(slow)
    repo = make_git_repo(tmp_path / "repo", {"README.md": "# x\n",
                                             ".openwash.yml": f"extends: {server.url_for('/slow.yml')}\n"})
    # 'timed out' can only be said when the client gave up before the answer came (1.5 s): no wall clock is
    # needed to show the timeout, and none is asserted (a loaded machine must not fail this test)
    proc = run_cli("check", str(repo), env={"OPENWASH_HTTP_TIMEOUT": "0.3",
                                            "OPENWASH_CACHE_DIR": str(tmp_path / "cache")})
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "timed out" in proc.stderr and "no cached copy" in proc.stderr
    assert "vendor the policy" in proc.stderr and "sha256" in proc.stderr


def test_network_failure_falls_back_to_the_cache_with_a_notice(server: HTTPServer, tmp_path: Path) -> None:
    serve_with_etag(server, "/org.yml", ORG)
    url = server.url_for("/org.yml")
    repo = make_git_repo(tmp_path / "repo", {"README.md": "# x\n", ".openwash.yml": f"extends: {url}\n"})
    env = {"OPENWASH_CACHE_DIR": str(tmp_path / "cache"), "OPENWASH_HTTP_TIMEOUT": "2"}
    assert run_cli("check", str(repo), env=env).returncode == 0
    server.stop()  # the network is gone
    proc = run_cli("check", str(repo), env=env)
    assert proc.returncode == 0, proc.stderr
    assert "notice: could not fetch" in proc.stderr and "using the cached copy" in proc.stderr
    offline = run_cli("check", str(repo), "--offline", env=env)
    assert offline.returncode == 0 and "offline: using the cached copy" in offline.stderr
    shown = run_cli("policy", "show", "--path", str(repo), "--offline", env=env)
    assert shown.returncode == 0 and f"{url}:4" in shown.stdout


def test_offline_without_cache_is_an_error(server: HTTPServer, tmp_path: Path) -> None:
    serve_with_etag(server, "/org.yml", ORG)
    repo = make_git_repo(tmp_path / "repo", {"README.md": "# x\n",
                                             ".openwash.yml": f"extends: {server.url_for('/org.yml')}\n"})
    proc = run_cli("check", str(repo), "--offline", env={"OPENWASH_CACHE_DIR": str(tmp_path / "cache")})
    assert proc.returncode == 2 and "offline, and no cached copy" in proc.stderr and "vendor" in proc.stderr
    assert requests_to(server, "/org.yml") == []
    env_offline = run_cli("check", str(repo), env={"OPENWASH_CACHE_DIR": str(tmp_path / "cache"),
                                                   "OPENWASH_OFFLINE": "1"})
    assert env_offline.returncode == 2 and requests_to(server, "/org.yml") == []


@pytest.mark.parametrize("streamed", [False, True])
def test_oversize_policy_is_refused(server: HTTPServer, tmp_path: Path, streamed: bool) -> None:
    big = b"# padding\n" * 150_000  # 1.5 MB

    def handler(_request: Request) -> Response:
        if streamed:  # no Content-Length: the cap must hold while streaming
            return Response((big[i:i + 65536] for i in range(0, len(big), 65536)), direct_passthrough=True)
        return Response(big)

    server.expect_request("/big.yml").respond_with_handler(handler)
    with pytest.raises(FetchError, match="larger than 1048576 bytes"):
        _resolve(server.url_for("/big.yml"), tmp_path / "cache")


def test_redirect_to_plain_http_is_refused(server: HTTPServer, tmp_path: Path) -> None:
    server.expect_request("/moved.yml").respond_with_data("", status=302,
                                                          headers={"Location": "http://example.org/org.yml"})
    with pytest.raises(FetchError, match=r"refusing to follow a redirect to http://example\.org/org\.yml"):
        _resolve(server.url_for("/moved.yml"), tmp_path / "cache")
    # a redirect within the loopback test server is followed
    server.expect_request("/old.yml").respond_with_data("", status=301, headers={"Location": "/org.yml"})
    serve_with_etag(server, "/org.yml", ORG)
    assert _resolve(server.url_for("/old.yml"), tmp_path / "cache").severity("OW105") == "error"


def test_plain_http_is_only_for_loopback(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="must be https"):
        _resolve("http://example.org/org.yml", tmp_path / "cache")


def test_sha256_pin(server: HTTPServer, tmp_path: Path) -> None:
    serve_with_etag(server, "/org.yml", ORG)
    url = server.url_for("/org.yml")
    good = hashlib.sha256(ORG.encode()).hexdigest()
    with pytest.raises(ConfigError) as info:
        _resolve(f"{url}#sha256={'0' * 64}", tmp_path / "cache")
    assert "sha256 mismatch" in str(info.value) and good in str(info.value)
    policy = _resolve(f"{url}#sha256={good}", tmp_path / "cache")
    assert policy.severity("OW105") == "error"
    count = len(requests_to(server, "/org.yml"))
    # pinned and cached: used without the network
    again = resolve_source({"source": url, "sha256": f"sha256:{good}"}, cache=Cache(tmp_path / "cache"))
    assert again.severity("OW105") == "error" and len(requests_to(server, "/org.yml")) == count


def test_pinned_extends_in_a_policy_file(server: HTTPServer, tmp_path: Path) -> None:
    serve_with_etag(server, "/org.yml", ORG)
    url = server.url_for("/org.yml")
    repo = make_git_repo(tmp_path / "repo", {
        "README.md": "# x\n",
        ".openwash.yml": f"extends:\n  - source: {url}\n    sha256: {'ab' * 32}\n",
    })
    proc = run_cli("check", str(repo), env={"OPENWASH_CACHE_DIR": str(tmp_path / "cache")})
    assert proc.returncode == 2 and "sha256 mismatch" in proc.stderr and "Traceback" not in proc.stderr


def test_corrupt_cache_entry_is_discarded_with_a_notice(server: HTTPServer, tmp_path: Path) -> None:
    serve_with_etag(server, "/org.yml", ORG)
    url = server.url_for("/org.yml")
    _resolve(url, tmp_path / "cache")
    (entry,) = (tmp_path / "cache" / "sources").glob("*.entry")
    header = entry.read_bytes().split(b"\n", 1)[0]
    entry.write_bytes(header + b"\nrules: {OW101: off}\n")  # tampered: no longer matches the recorded digest
    policy = _resolve(url, tmp_path / "cache")
    assert policy.severity("OW101") == "error"
    assert any("discarded a corrupt cache entry" in n for n in policy.notices)
    assert "If-None-Match" not in requests_to(server, "/org.yml")[-1].headers
    (entry,) = (tmp_path / "cache" / "sources").glob("*.entry")
    entry.write_bytes(b"\xff not json")
    assert any("discarded" in n for n in _resolve(url, tmp_path / "cache").notices)


def test_remote_not_found_is_exit_2(server: HTTPServer, tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "repo", {"README.md": "# x\n",
                                             ".openwash.yml": f"extends: {server.url_for('/gone.yml')}\n"})
    proc = run_cli("check", str(repo), env={"OPENWASH_CACHE_DIR": str(tmp_path / "cache")})
    assert proc.returncode == 2 and "not found (HTTP 404)" in proc.stderr


def test_invalid_remote_policy_names_the_url_and_line(server: HTTPServer, tmp_path: Path) -> None:
    serve_with_etag(server, "/bad.yml", "rules:\n  OW101: sometimes\n")
    url = server.url_for("/bad.yml")
    with pytest.raises(ConfigError) as info:
        _resolve(url, tmp_path / "cache")
    assert str(info.value).startswith(f"{url}:2: rules.OW101: expected a severity")


@pytest.mark.parametrize("url", ["https://policies.example]/p.yml", "https://[not-an-address]/p.yml",
                                 "http://[::1/p.yml"])
def test_a_policy_url_that_is_no_url_is_a_config_error(tmp_path: Path, url: str) -> None:
    # urlsplit raises ValueError on these; that must be the user's configuration error, not a traceback.
    policy = tmp_path / ".openwash.yml"
    policy.write_text(f"extends: {url!r}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="refusing"):
        resolve_source(str(policy))


@pytest.mark.parametrize("ref", ["//[not-an-address]/p.yml", "//policies.example]/p.yml"])
def test_a_relative_extends_in_a_remote_policy_that_is_no_url_is_a_config_error(server: HTTPServer, tmp_path: Path,
                                                                                 ref: str) -> None:
    # urljoin raises ValueError on these, as urlsplit does: the fetched policy's error, named with its URL.
    serve_with_etag(server, "/org.yml", f"extends: {ref!r}\n")
    url = server.url_for("/org.yml")
    with pytest.raises(ConfigError) as info:
        _resolve(url, tmp_path / "cache")
    assert str(info.value) == f"{url}:1: extends: {ref!r} is not a path or URL that can be resolved against {url}"
