"""Nothing lost, nothing half-written (issue 9).

Reports (``--output``), SARIF, the policy cache and the sweep's checkpoint are written so that a failure
in the middle (here: a file-size limit, ``RLIMIT_FSIZE``, which makes ``write`` fail with EFBIG exactly as
a full disk would) leaves the previous file whole and no temporary litter; a corrupt or truncated cache
entry is discarded with a notice; a sweep killed with SIGKILL resumes where it stopped.
"""

from __future__ import annotations

import json
import resource
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import ROOT, cli_env, make_git_repo, run_cli
from fakegithub import FakeGitHub
from hostile_server import HostileServer, answer
from openwash.github.fetch import BATCH_MAX_OBJECTS
from openwash.policy import resolve_source
from openwash.policy.cache import Cache
from orgkit import CLOSED_MODEL, LIBRARY, org_json

CARD = "---\nlicense: other\n---\n# Wren\n\nWren is a fully open-source model.\n"


def limited(args: list[str], max_bytes: int, env: dict[str, str] | None = None,
            cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the CLI with writes capped at ``max_bytes`` per file (EFBIG, like a full disk)."""
    def cap() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))

    full_env = {**cli_env(), **(env or {}), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, "-m", "openwash", *args], env=full_env, cwd=cwd, capture_output=True,
                          text=True, timeout=120, preexec_fn=cap)


def litter(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize("fmt", ["json", "sarif", "markdown", "text"])
def test_a_report_that_cannot_be_written_leaves_the_old_one_whole(tmp_path: Path, fmt: str) -> None:
    repo = make_git_repo(tmp_path / "wren", {"README.md": CARD, "LICENSE": "Custom license\n"})
    out = tmp_path / "reports" / f"report.{fmt}"
    out.parent.mkdir()
    out.write_text("OLD REPORT\n", encoding="utf-8")
    proc = limited(["check", str(repo), "--format", fmt, "--output", str(out)], max_bytes=300)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith(f"openwash: error: cannot write {out}")
    assert "File too large" in proc.stderr and "Traceback" not in proc.stderr
    assert out.read_text(encoding="utf-8") == "OLD REPORT\n"
    assert litter(out.parent) == []
    ok = run_cli("check", str(repo), "--format", fmt, "--output", str(out))
    assert ok.returncode == 1 and out.read_text(encoding="utf-8") != "OLD REPORT\n"
    if fmt in ("json", "sarif"):
        json.loads(out.read_text(encoding="utf-8"))
    assert litter(out.parent) == []


def test_the_sweep_report_that_cannot_be_written_leaves_the_old_one_whole(tmp_path: Path) -> None:
    with FakeGitHub() as gh:
        gh.add_repo("acme", "heron", CLOSED_MODEL)
        out = tmp_path / "org.json"
        out.write_text("OLD\n", encoding="utf-8")
        proc = limited(["org", "acme", "--api-url", gh.url, "--format", "json", "--output", str(out)],
                       max_bytes=400, env={"OPENWASH_GITHUB_NO_THROTTLE": "1", "GITHUB_TOKEN": "",
                                           "OPENWASH_CACHE_DIR": str(tmp_path / "cache"), "GITHUB_API_URL": ""})
        assert proc.returncode == 2, proc.stderr
        assert f"cannot write {out}" in proc.stderr and "Traceback" not in proc.stderr
        assert out.read_text(encoding="utf-8") == "OLD\n" and litter(tmp_path) == []


def test_a_policy_cache_that_cannot_be_written_is_a_notice_and_never_half_an_entry(tmp_path: Path) -> None:
    policy = b"extends: builtin:default\nrules:\n  OW105: error\n" + b"# padding\n" * 200
    with HostileServer() as srv:
        srv.route("/p.yml", answer(200, policy, "application/yaml", ETag='"v1"'))
        repo = make_git_repo(tmp_path / "wren", {"README.md": "# x\n", ".openwash.yml": f"extends: {srv.url}/p.yml\n"})
        cache = tmp_path / "cache"
        env = {"OPENWASH_CACHE_DIR": str(cache)}
        proc = limited(["check", str(repo)], max_bytes=1000, env=env)
        assert proc.returncode == 0, proc.stderr
        assert "could not write the cache" in proc.stderr
        assert not list(cache.rglob("*.entry")) and not list(cache.rglob("*.tmp"))
        # The next (unlimited) run fills the cache; the one after that works offline from it.
        assert run_cli("check", str(repo), env=env).returncode == 0
        assert len(list(cache.rglob("*.entry"))) == 1
    assert run_cli("check", str(repo), "--offline", env=env).returncode == 0


@pytest.mark.parametrize("damage", ["truncated", "empty", "header-only", "garbage-header"])
def test_a_damaged_policy_cache_entry_is_discarded_with_a_notice(tmp_path: Path, damage: str) -> None:
    body = b"extends: builtin:default\nrules:\n  OW105: error\n"
    with HostileServer() as srv:
        srv.route("/p.yml", answer(200, body, "application/yaml", ETag='"v1"'))
        url = f"{srv.url}/p.yml"
        resolve_source(url, cache=Cache(tmp_path / "cache"))
        (entry,) = (tmp_path / "cache" / "sources").glob("*.entry")
        raw = entry.read_bytes()
        entry.write_bytes({"truncated": raw[: len(raw) - 10], "empty": b"",
                           "header-only": raw.split(b"\n", 1)[0], "garbage-header": b"{oops\n" + body}[damage])
        policy = resolve_source(url, cache=Cache(tmp_path / "cache"))
        assert policy.severity("OW105", "warning") == "error"
        assert any("discarded a corrupt cache entry" in n for n in policy.notices), policy.notices
        # the fetch that replaced it was unconditional (no ETag of a damaged entry was trusted)
        assert "if-none-match" not in srv.requests("/p.yml")[-1]["headers"]


def _outcome_lines(cache: Path) -> int:
    """Outcome lines in the sweep's checkpoint (the first line is its header)."""
    found = list((cache / "sweeps").glob("*.jsonl")) if (cache / "sweeps").is_dir() else []
    return max(0, len(found[0].read_text(encoding="utf-8").splitlines()) - 1) if found else 0


@pytest.mark.parametrize("cut_last_line", [False, True])
def test_a_sweep_killed_outright_resumes_where_it_stopped(tmp_path: Path, cut_last_line: bool) -> None:
    """SIGKILL (no cleanup at all, unlike Ctrl-C): the checkpoint and the cache still hold what finished.

    The kill comes at a known point, never mid-request by chance: the fake API holds the first request
    that arrives once the checkpoint has two repositories, and the sweep is killed while it waits for that
    answer (with --concurrency 1 nothing else is in flight; repositories are checked in this process).
    Each repository has more documents than a third of a GraphQL batch, so no batch carries more than two
    repositories and requests still follow when the checkpoint reaches two (whatever the timing)."""
    per_repo = BATCH_MAX_OBJECTS // 3 + 1
    held, release = threading.Event(), threading.Event()
    cache = tmp_path / "cache"

    def hold(method: str, path: str) -> None:
        if not held.is_set() and _outcome_lines(cache) >= 2:
            held.set()
            release.wait(120)

    with FakeGitHub() as gh:
        for i in range(8):
            notes = {f"docs/note{k}.md": f"# Note {k} of m{i}\n\nNothing to claim here ({i}, {k}).\n"
                     for k in range(per_repo)}
            gh.add_repo("acme", f"m{i}", {**(CLOSED_MODEL if i % 2 else LIBRARY), **notes})
        gh.on_request = hold
        env = {**cli_env(), "OPENWASH_GITHUB_NO_THROTTLE": "1", "OPENWASH_CACHE_DIR": str(cache),
               "GITHUB_TOKEN": "", "GITHUB_API_URL": ""}
        proc = subprocess.Popen([sys.executable, "-m", "openwash", "org", "acme", "--api-url", gh.url,
                                 "--concurrency", "1", "--format", "json"], env=env, cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            assert held.wait(120), "the sweep never reached two finished repositories"
        finally:
            proc.kill()
            proc.wait(30)
            release.set()
        gh.on_request = None
        gh.wait_idle()  # the held request's handler finishes (its answer goes nowhere) before counting starts
        (checkpoint,) = (cache / "sweeps").glob("*.jsonl")
        lines = checkpoint.read_text(encoding="utf-8").splitlines()
        done_names = [json.loads(line)["outcome"]["repository"] for line in lines[1:]]
        assert 2 <= len(done_names) <= 3  # one repository at most before the batch that made it two or more
        if cut_last_line:  # killed in the middle of writing a line
            checkpoint.write_text("\n".join(lines[:-1]) + "\n" + lines[-1][: len(lines[-1]) // 2], encoding="utf-8")
            cut = done_names.pop()
        done = len(done_names)
        gh.reset_stats()
        code, report, err = org_json(gh, cache, "acme", "--concurrency", "1", "--resume")
        assert f"{done} already done, resuming" in err, err
        assert [o["repository"] for o in report["repositories"]] == [f"acme/m{i}" for i in range(8)]
        assert [o["verdict"] for o in report["repositories"]] == ["pass", "fail"] * 4
        assert code == 1
        fetched = {e["path"].split("/")[3] for e in gh.requests("GET", "*/git/trees/*")}
        not_done = {f"m{i}" for i in range(8)} - {n.split("/")[1] for n in done_names}
        if cut_last_line:
            # the repository whose line was cut is checked again: from the cache when the killed sweep's
            # last cache commit (every two seconds) had its result, else fetched again; never more
            assert fetched in (not_done, not_done - {cut.split("/")[1]}), (fetched, not_done)
        else:
            assert fetched == not_done
        assert len(gh.requests("GET", "*/git/trees/*")) == len(fetched)
        assert not checkpoint.exists()
