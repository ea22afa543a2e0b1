"""The sweep's API behaviour: rate limits, retries, the on-disk cache, interruption and --resume."""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import cli_env
from fakegithub import FakeGitHub, parse_graphql
from orgkit import CLOSED_MODEL, LIBRARY, by_repo, org_cli, org_json


@pytest.fixture
def gh() -> Iterator[FakeGitHub]:
    with FakeGitHub() as fake:
        yield fake


def test_secondary_rate_limit_403_waits_retry_after_then_continues(gh: FakeGitHub, tmp_path: Path) -> None:
    for i in range(3):
        gh.add_repo("acme", f"m{i}", CLOSED_MODEL)
    gh.fail(r"/git/trees/", 403, headers={"Retry-After": "1"})
    started = time.monotonic()
    _code, report, err = org_json(gh, tmp_path / "cache", "acme", "--concurrency", "1")
    assert time.monotonic() - started >= 1.0
    assert "GitHub secondary rate limit (Retry-After): waiting 1 s before the next request" in err
    assert [o["verdict"] for o in report["repositories"]] == ["fail"] * 3
    statuses = [e["status"] for e in gh.requests("GET", "*/git/trees/*")]
    assert statuses.count(403) == 1 and statuses.count(200) == 3
    assert report["requests"]["waits"] == 1 and report["requests"]["retries"] == 1


def test_secondary_rate_limit_without_retry_after_on_graphql(gh: FakeGitHub, tmp_path: Path) -> None:
    gh.add_repo("acme", "m0", CLOSED_MODEL)
    gh.fail(r"^/graphql$", 403, method="POST")
    env = {"OPENWASH_GITHUB_MAX_WAIT": "5"}
    proc = org_cli(gh, tmp_path / "cache", "acme", "--format", "json", env=env)
    # Without Retry-After GitHub asks for at least a minute: more than this run may wait, so it stops
    # with a message that says how to continue.
    assert proc.returncode == 2
    assert "secondary rate limit" in proc.stderr and "--resume" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_primary_rate_limit_waits_for_the_reset(tmp_path: Path) -> None:
    with FakeGitHub(core_limit=3, reset_window=2.0) as gh:
        for i in range(4):
            gh.add_repo("acme", f"lib{i}", LIBRARY)
        _code, report, err = org_json(gh, tmp_path / "cache", "acme", "--concurrency", "1")
        assert "core rate limit used up" in err or "rate limit exhausted" in err
        assert [o["verdict"] for o in report["repositories"]] == ["pass"] * 4
        assert report["requests"]["waits"] >= 1


def test_server_errors_are_retried(gh: FakeGitHub, tmp_path: Path) -> None:
    gh.add_repo("acme", "lib", LIBRARY)
    gh.fail(r"/git/trees/", 502, message="Bad gateway")
    _code, report, err = org_json(gh, tmp_path / "cache")
    assert by_repo(report)["acme/lib"]["verdict"] == "pass"
    assert "502" in err and "retrying" in err


def test_resume_after_an_interruption(tmp_path: Path) -> None:
    with FakeGitHub(latency=0.2) as gh:
        for i in range(6):
            gh.add_repo("acme", f"m{i}", CLOSED_MODEL if i % 2 else LIBRARY)
        cache = tmp_path / "cache"
        # The token stops working when the last tree is asked for: the sweep stops, keeping what it finished.
        gh.fail(r"^/repos/acme/m5/git/trees/", 401, message="Bad credentials", times=1)
        proc = org_cli(gh, cache, "acme", "--concurrency", "1", "--format", "json")
        assert proc.returncode == 2
        assert "Bad credentials" in proc.stderr and "Traceback" not in proc.stderr
        match = re.search(r"sweep stopped after (\d) of 6 repositories; run the same command with --resume "
                          r"to continue", proc.stderr)
        assert match, proc.stderr
        done = int(match.group(1))
        assert 1 <= done < 6
        checkpoint = next((cache / "sweeps").glob("*.jsonl"))
        assert len(checkpoint.read_text().splitlines()) == 1 + done
        finished = {json.loads(line)["outcome"]["name"] for line in checkpoint.read_text().splitlines()[1:]}

        gh.reset_stats()
        code, report, err = org_json(gh, cache, "acme", "--concurrency", "1", "--resume")
        assert f"{done} already done, resuming" in err
        fetched = {e["path"].split("/")[3] for e in gh.requests("GET", "*/git/trees/*")}
        assert fetched == {f"m{i}" for i in range(6)} - finished
        assert [o["repository"] for o in report["repositories"]] == [f"acme/m{i}" for i in range(6)]
        assert [o["verdict"] for o in report["repositories"]] == ["pass", "fail"] * 3
        assert code == 1
        assert not checkpoint.exists()  # done: the checkpoint is gone


def test_interrupted_by_ctrl_c_then_resumed(tmp_path: Path) -> None:
    # The last repository's tree request is held until the sweep has ended: however slow the machine, the
    # interrupt always lands before the sweep completes (the latency only spaces the repositories out).
    release = threading.Event()
    trees: list[str] = []

    def hold_the_last_tree(_method: str, path: str) -> None:
        if "/git/trees/" in path:
            trees.append(path)
            if len(trees) == 8:
                release.wait(60)

    with FakeGitHub(latency=0.15) as gh:
        for i in range(8):
            gh.add_repo("acme", f"m{i}", LIBRARY)
        gh.on_request = hold_the_last_tree
        cache = tmp_path / "cache"
        env = {**cli_env(), "OPENWASH_GITHUB_NO_THROTTLE": "1", "OPENWASH_CACHE_DIR": str(cache),
               "GITHUB_TOKEN": "", "GITHUB_API_URL": ""}
        proc = subprocess.Popen([sys.executable, "-m", "openwash", "org", "acme", "--api-url", gh.url,
                                 "--concurrency", "1", "--format", "json"], env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 30
        checkpoint: Path | None = None
        while time.monotonic() < deadline:
            found = list((cache / "sweeps").glob("*.jsonl")) if (cache / "sweeps").is_dir() else []
            if found and len(found[0].read_text().splitlines()) >= 3:
                checkpoint = found[0]
                break
            time.sleep(0.05)
        assert checkpoint is not None
        proc.send_signal(signal.SIGINT)
        try:
            _out, err = proc.communicate(timeout=60)
        finally:
            release.set()
        assert proc.returncode == 130, err
        assert "run the same command with --resume to continue" in err and "Traceback" not in err
        done = len(checkpoint.read_text().splitlines()) - 1
        assert 2 <= done < 8
        gh.on_request = None
        gh.wait_idle()  # a held request finishes once released: not part of the resumed run
        gh.reset_stats()
        code, report, err = org_json(gh, cache, "acme", "--concurrency", "1", "--resume")
        assert len(report["repositories"]) == 8 and code == 0
        assert len(gh.requests("GET", "*/git/trees/*")) == 8 - done


def test_corrupt_cache_is_set_aside_with_a_notice(gh: FakeGitHub, tmp_path: Path) -> None:
    gh.add_repo("acme", "lib", LIBRARY)
    cache = tmp_path / "cache"
    org_json(gh, cache)
    db = cache / "github" / "cache.sqlite3"
    assert db.is_file()
    # A damaged entry: discarded with a notice, the sweep goes on.
    con = sqlite3.connect(db)
    con.execute("UPDATE entries SET value = '{not json' WHERE kind = 'tree'")
    con.commit()
    con.close()
    gh.reset_stats()
    _code, report, err = org_json(gh, cache)
    assert "is corrupt; discarding it" in err and by_repo(report)["acme/lib"]["verdict"] == "pass"
    # A file that is not a database at all: set aside, the cache starts afresh.
    for extra in ("cache.sqlite3-wal", "cache.sqlite3-shm"):
        (cache / "github" / extra).unlink(missing_ok=True)
    db.write_bytes(b"this is not a database" * 100)
    _code, report, err = org_json(gh, cache)
    assert "is corrupt" in err and "starting a new one" in err
    assert (cache / "github" / "cache.sqlite3.corrupt").is_file()
    assert by_repo(report)["acme/lib"]["verdict"] == "pass"


def test_cache_dir_follows_openwash_cache_dir_and_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from openwash.github.cache import cache_dir

    monkeypatch.delenv("OPENWASH_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "openwash"
    monkeypatch.setenv("OPENWASH_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"


def test_fake_graphql_parser_handles_aliases_variables_and_fragments() -> None:
    doc = parse_graphql('query Q($o: String!, $n: [Int!] = [1]) { # comment\n'
                        '  a: repository(owner: $o, name: "x\\"y") { ...F ... on Repository { id } }\n'
                        '  rateLimit { cost }\n}\nfragment F on Repository { name @include(if: true) }')
    assert [s.alias for s in doc.selections] == ["a", "rateLimit"]
    assert doc.selections[0].args["name"] == 'x"y'
    assert "F" in doc.fragments


def test_fake_server_graphql_end_to_end(gh: FakeGitHub, monkeypatch: pytest.MonkeyPatch) -> None:
    from openwash.github.api import make_client

    monkeypatch.setenv("OPENWASH_GITHUB_NO_THROTTLE", "1")
    gh.add_repo("acme", "m", {"README.md": "# m\n", "docs/a.md": "a"}, topics=["ml"])
    client = make_client(gh.url, "")
    _headers, data = client.requester.graphql_query(
        "query($o: String!) { repositoryOwner(login: $o) { repositories(first: 10) { totalCount "
        "nodes { nameWithOwner repositoryTopics(first: 5) { nodes { topic { name } } } "
        "defaultBranchRef { name target { ... on Commit { oid } } } } } } }", {"o": "acme"})
    repos = data["data"]["repositoryOwner"]["repositories"]
    assert repos["totalCount"] == 1
    node = repos["nodes"][0]
    assert node["nameWithOwner"] == "acme/m" and node["repositoryTopics"]["nodes"][0]["topic"]["name"] == "ml"
    assert node["defaultBranchRef"]["target"]["oid"] == gh.repo("acme/m").commit_oid
    assert gh.stats()["graphql_points"] == 1


def test_progress_bar_on_a_terminal_and_lines_otherwise() -> None:
    import io

    from openwash.github.org import Progress

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty = Tty()
    bar = Progress(tty)
    bar.start(4)
    bar.advance("acme/a")
    bar.message("GitHub secondary rate limit: waiting 1 s before the next request")
    bar.advance("acme/b")
    bar.close()
    text = tty.getvalue()
    assert "\r\033[K[" in text and "1/4" in text and "2/4" in text and "acme/b" in text
    assert "\r\033[Kopenwash: GitHub secondary rate limit" in text  # the bar is cleared first
    assert text.endswith("\r\033[K")
    plain = io.StringIO()
    lines = Progress(plain)
    lines.start(20)
    for i in range(20):
        lines.advance(f"acme/r{i}")
    out = plain.getvalue().splitlines()
    assert out[0] == "openwash: checking 20 repositories"
    assert out[1:] == [f"openwash: {n}/20 repositories checked" for n in range(2, 21, 2)]
    assert "\r" not in plain.getvalue()
