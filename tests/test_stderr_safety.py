"""Issue 16, item 7: every line openwash writes to stdout or stderr is workflow-command safe, errors included.

Reproduction from the review: error lines that quote a fetched policy or a ``Location`` header printed a raw
``##[…]`` to stderr, which the Actions runner reads as a workflow command."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from action_runner import parse_commands
from conftest import make_git_repo, run_cli, write_tree

HOSTILE = "##[add-mask]hunter2"


def _commands(proc) -> list:
    return parse_commands(proc.stdout)[0] + parse_commands(proc.stderr)[0]


def test_an_error_quoting_a_fetched_policy(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/p.yml").respond_with_data(f'"{HOSTILE}": 1\nmode: "::error::x {HOSTILE}"\n')
    proc = run_cli("check", str(make_git_repo(tmp_path / "r", {"README.md": "# x\n"})), "--policy",
                   httpserver.url_for("/p.yml"), env={"OPENWASH_CACHE_DIR": str(tmp_path / "c")})
    assert proc.returncode == 2 and "hunter2" in proc.stderr  # the top-level source's own error is shown ...
    assert _commands(proc) == []  # ... but was: a raw ##[add-mask] that the runner executes


def test_an_error_quoting_a_location_header(tmp_path: Path) -> None:
    import http.server
    import threading

    class Redirect(http.server.BaseHTTPRequestHandler):  # werkzeug would quote the Location; this sends it raw
        def do_GET(self) -> None:
            self.send_response(302)
            self.send_header("Location", f"http://example.org/{HOSTILE}")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Redirect)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        proc = run_cli("policy", "show", f"http://127.0.0.1:{server.server_port}/p.yml",
                       env={"OPENWASH_CACHE_DIR": str(tmp_path / "c")})
    finally:
        server.shutdown()
        server.server_close()
    assert proc.returncode == 2 and "refusing to follow a redirect" in proc.stderr and "hunter2" in proc.stderr
    assert _commands(proc) == []  # was: ##[add-mask]hunter2 executed by the runner


def test_policy_validate_and_show(tmp_path: Path) -> None:
    write_tree(tmp_path, {"bad.yml": f'"::error::k": 1\n"{HOSTILE}": 2\n',
                          "good.yml": f'description: "{HOSTILE} ::warning::w"\nclaims:\n  exclude: ["::error::e"]\n'})
    proc = run_cli("policy", "validate", str(tmp_path / "bad.yml"))
    assert proc.returncode == 2 and proc.stderr.count("\n") >= 2
    assert _commands(proc) == []
    for fmt in ("text", "json"):
        proc = run_cli("policy", "show", str(tmp_path / "good.yml"), "--format", fmt)
        assert proc.returncode == 0 and "hunter2" in proc.stdout
        assert _commands(proc) == []
    proc = run_cli("policy", "validate", str(tmp_path / "good.yml"))
    assert proc.returncode == 0 and _commands(proc) == []


@pytest.mark.parametrize("fmt", ["markdown", "csv", "json", "html"])
def test_the_org_report_on_stdout(tmp_path: Path, fmt: str) -> None:
    from fakegithub import FakeGitHub
    from orgkit import org_cli

    with FakeGitHub() as gh:
        gh.add_repo("acme", "wren", {"README.md": f"# Wren\n\nWren is an open-source model. {HOSTILE}\n\n"
                                                  "::error::start\n"})
        proc = org_cli(gh, tmp_path / "cache", "acme", "--format", fmt)
    assert proc.returncode in (0, 1), proc.stderr
    assert _commands(proc) == []
