"""Hostile files: each gives a notice or a clear error, never a traceback or a hang (issue 9).

Exit 2 only where the user's own configuration is wrong (a policy that extends itself, an alias bomb in
the policy); hostile *content* (documents) gives a notice and the run goes on.  Every case asserts a
loose time bound (this suite runs on loaded 2-core machines); docs/hostile-cases.md lists the measured
times.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import stat
import subprocess
import time
import tracemalloc
from pathlib import Path

import pytest

from conftest import git, make_git_repo, run_cli, write_tree
from openwash.discovery import Repository, discover
from openwash.documents import SourceFile
from openwash.engine import check_repository
from openwash.markdown import parse_document
from openwash.policy import resolve_source
from openwash.policy.load import find_repo_policy
from openwash.timebudget import BudgetExceeded, env_seconds, time_budget

BOUND = 30.0  # seconds; generous on purpose
# The notice only the size check gives, before a byte is read (a file read first and found too large gets
# another one, without the size).
ONE_GB_SKIPPED = "skipped: 1073741824 bytes is over the 2097152-byte limit"
CLAIM = "# Wren\n\nWren is a fully open-source language model.\n"


def timed_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> tuple[subprocess.CompletedProcess[str], float]:
    start = time.monotonic()
    proc = run_cli(*args, env=env, timeout=timeout)
    elapsed = time.monotonic() - start
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc, elapsed


def check(root: Path, *extra: str, env: dict[str, str] | None = None) -> tuple[dict, str, float]:
    proc, elapsed = timed_cli("check", str(root), "--format", "json", "--offline", *extra, env=env)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout), proc.stderr, elapsed


def notices(data: dict) -> dict[str, str]:
    return {n["file"]: n["message"] for n in data["notices"]}


# ------------------------------------------------------------------------------------------ big files

def test_a_1_gb_readme_is_skipped_by_size_and_never_read(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "wren", {"LICENSE": "MIT License\n", "docs/intro.md": CLAIM})
    with open(root / "README.md", "wb") as fh:
        fh.truncate(1 << 30)  # sparse: 1 GiB of size, no blocks on disk
    data, _err, elapsed = check(root)
    assert notices(data)["README.md"] == ONE_GB_SKIPPED
    assert data["claims"], "the other documents are still checked"
    assert elapsed < BOUND


def test_a_1_gb_tracked_readme_in_a_git_repository(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "wren", {"README.md": "# Wren\n", "LICENSE": "MIT License\n"})
    with open(root / "README.md", "wb") as fh:
        fh.truncate(1 << 30)
    data, _err, elapsed = check(root)
    assert notices(data)["README.md"] == ONE_GB_SKIPPED
    assert elapsed < BOUND


def test_a_1_gb_policy_file_is_a_clear_error(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "wren", {"README.md": CLAIM})
    with open(root / ".openwash.yml", "wb") as fh:
        fh.truncate(1 << 30)
    proc, elapsed = timed_cli("check", str(root))
    assert proc.returncode == 2 and "larger than" in proc.stderr and proc.stderr.count("\n") == 1
    assert elapsed < BOUND


def test_a_1_gb_pyproject_is_not_read_whole(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "wren", {"README.md": CLAIM, "LICENSE": "MIT License\n"})
    with open(root / "pyproject.toml", "wb") as fh:
        fh.write(b"[project]\nname = 'wren'\n")
        fh.truncate(1 << 30)
    data, _err, elapsed = check(root)
    assert notices(data)["pyproject.toml"] == ONE_GB_SKIPPED
    assert elapsed < BOUND
    # the policy lookup reads pyproject.toml for [tool.openwash] too: never more than the size cap
    tracemalloc.start()
    try:
        assert find_repo_policy(root) is None
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 << 20, peak


# ------------------------------------------------------------------------------------- many files

def _many_files(root: Path, count: int) -> None:
    root.mkdir(parents=True)
    per_dir = 500
    for d in range(count // per_dir):
        folder = root / f"pkg{d}" / "src"
        folder.mkdir(parents=True)
        for i in range(per_dir):
            (folder / f"m{i}.py").write_bytes(b"x = 1\n")
    (root / "README.md").write_text(CLAIM, encoding="utf-8")
    (root / "LICENSE").write_text("MIT License\n", encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("tracked", [False, True], ids=["plain-walk", "git"])
def test_100000_files_in_the_tree(tmp_path: Path, tracked: bool) -> None:
    root = tmp_path / "wren"
    _many_files(root, 100_000)
    if tracked:
        git(root, "init", "-q")
        git(root, "add", "-A")
    data, _err, elapsed = check(root)
    assert [c["file"] for c in data["claims"]] == ["README.md"]
    assert elapsed < BOUND, elapsed


# ------------------------------------------------------------------------------ links, pipes, devices

def test_symbolic_links_are_never_followed(tmp_path: Path) -> None:
    outside = write_tree(tmp_path / "outside", {"README.md": CLAIM, "MODEL_CARD.md": CLAIM})
    root = write_tree(tmp_path / "wren", {"LICENSE": "MIT License\n"})
    os.symlink("/etc/passwd", root / "README.md")
    os.symlink(outside / "MODEL_CARD.md", root / "MODEL_CARD.md")
    os.symlink(outside, root / "docs")  # a folder out of the repository
    os.symlink("LICENSE", root / "LICENSE-WEIGHTS")  # even inside the repository
    os.symlink("loop", root / "loop")
    data, _err, elapsed = check(root)
    found = notices(data)
    assert "symbolic link" in found["README.md"] and "symbolic link" in found["MODEL_CARD.md"]
    assert "symbolic link" in found["LICENSE-WEIGHTS"]
    assert not data["claims"], "nothing behind a link is read"
    assert "root:" not in json.dumps(data)
    assert elapsed < BOUND


def test_a_folder_swapped_for_a_link_after_commit_is_not_followed(tmp_path: Path) -> None:
    """The index lists docs/README.md, but docs/ is now a link out of the repository."""
    outside = write_tree(tmp_path / "outside", {"README.md": CLAIM})
    root = make_git_repo(tmp_path / "wren", {"README.md": "# Wren\n", "docs/README.md": "# Docs\n",
                                             "LICENSE": "MIT License\n"})
    for p in (root / "docs").iterdir():
        p.unlink()
    (root / "docs").rmdir()
    os.symlink(outside, root / "docs")
    data, _err, _elapsed = check(root)
    assert "symbolic link" in notices(data)["docs/README.md"]
    assert not data["claims"]


def test_a_fifo_never_hangs(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "wren", {"LICENSE": "MIT License\n", "docs/intro.md": CLAIM})
    os.mkfifo(root / "README.md")
    data, _err, elapsed = check(root)
    assert "not a regular file" in notices(data)["README.md"]
    assert elapsed < BOUND


def test_a_fifo_swapped_in_for_a_tracked_file_never_hangs(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "wren", {"README.md": CLAIM, "LICENSE": "MIT License\n"})
    (root / "README.md").unlink()
    os.mkfifo(root / "README.md")
    data, _err, elapsed = check(root)
    assert "not a regular file" in notices(data)["README.md"]
    assert elapsed < BOUND


def test_links_to_devices_are_not_read(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "wren", {"LICENSE": "MIT License\n"})
    os.symlink("/dev/zero", root / "README.md")
    os.symlink("/dev/urandom", root / "MODEL_CARD.md")
    data, _err, elapsed = check(root)
    found = notices(data)
    assert "symbolic link" in found["README.md"] and "symbolic link" in found["MODEL_CARD.md"]
    assert elapsed < BOUND


def test_a_device_file_is_not_read(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "wren", {"LICENSE": "MIT License\n"})
    try:
        os.mknod(root / "NOTICE", stat.S_IFCHR | 0o644, os.makedev(1, 5))  # a real /dev/zero
    except PermissionError:
        pytest.skip("creating a device file needs root")
    data, _err, elapsed = check(root)
    assert "not a regular file" in notices(data)["NOTICE"]
    assert elapsed < BOUND


@pytest.mark.parametrize("kind", ["fifo", "dev-zero-link", "dangling-link", "directory"])
def test_a_policy_that_is_not_a_regular_file_is_a_clear_error(tmp_path: Path, kind: str) -> None:
    root = write_tree(tmp_path / "wren", {"README.md": CLAIM})
    policy = root / ".openwash.yml"
    if kind == "fifo":
        os.mkfifo(policy)
    elif kind == "dev-zero-link":
        os.symlink("/dev/zero", policy)
    elif kind == "dangling-link":
        os.symlink("nowhere.yml", policy)
    else:  # a folder named .openwash.yml is not taken for the policy; one given with --policy is refused
        policy.mkdir()
    args = ("check", str(root)) if kind != "directory" else ("check", str(root), "--policy", str(policy))
    proc, elapsed = timed_cli(*args)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith("openwash: error:") and proc.stderr.count("\n") == 1
    assert ("policy file not found" if kind == "dangling-link" else "not a regular file") in proc.stderr, proc.stderr
    assert elapsed < BOUND


# ------------------------------------------------------------------------------------ encodings

def test_files_that_are_not_utf8(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "wren", {
        "README.md": "# Wren\n\nWren est un modèle open source.\n".encode("latin-1"),
        "MODEL_CARD.md": "---\nlicense: mit\n---\nWren is open source.\n".encode("utf-16"),
        "LICENSE": b"MIT License\n\xff\xfe\x00garbage",
        "docs/intro.md": CLAIM.encode("utf-8-sig"),  # a BOM is fine
    })
    data, _err, elapsed = check(root)
    found = notices(data)
    assert "not UTF-8" in found["README.md"]
    assert "binary" in found["MODEL_CARD.md"] or "not UTF-8" in found["MODEL_CARD.md"]
    assert "binary" in found["LICENSE"] or "not UTF-8" in found["LICENSE"]
    assert [c["file"] for c in data["claims"]] == ["docs/intro.md"]
    assert data["claims"][0]["line"] == 3 and data["claims"][0]["column"] >= 1
    assert elapsed < BOUND


@pytest.mark.parametrize("tracked", [False, True], ids=["plain-walk", "git"])
def test_file_names_that_are_not_utf8(tmp_path: Path, tracked: bool) -> None:
    root = tmp_path / "wren"
    root.mkdir()
    os.makedirs(os.path.join(bytes(root), b"docs"))
    with open(os.path.join(bytes(root), b"README\xff.md"), "wb") as fh:
        fh.write(CLAIM.encode())
    with open(os.path.join(bytes(root), b"docs", b"caf\xe9.md"), "wb") as fh:
        fh.write(CLAIM.encode())
    (root / "README.md").write_text(CLAIM, encoding="utf-8")
    if tracked:
        git(root, "init", "-q")
        git(root, "add", "-A")
    data, err, _elapsed = check(root)
    assert [c["file"] for c in data["claims"]] == ["README.md"]
    assert "README\ufffd.md" in notices(data) and "docs/caf\ufffd.md" in notices(data)
    assert "not valid UTF-8" in err
    for fmt in ("text", "sarif", "github", "markdown"):
        proc, _ = timed_cli("check", str(root), "--format", fmt, "--offline")
        assert proc.returncode in (0, 1), (fmt, proc.stderr)


# --------------------------------------------------------------------------- parser time bombs

# Inputs that made the parser or the claim judge slow before the fixes of issue 9 (see
# docs/hostile-cases.md for the measured times), each at the 2 MB document size cap.
SLOW_SHAPES = {
    "brackets": "![" * 1_000_000,
    "link-like": "[a](" * 500_000,
    "emphasis": "**_" * 666_666,
    "table-rows": "|a|b|\n|-|-|\n" + "|x|y|\n" * 333_000,
}


@pytest.mark.slow
@pytest.mark.parametrize("shape", sorted(SLOW_SHAPES))
def test_a_document_built_to_be_slow_is_skipped_within_the_budget(tmp_path: Path, shape: str) -> None:
    root = write_tree(tmp_path / "wren", {"README.md": SLOW_SHAPES[shape], "docs/intro.md": CLAIM,
                                          "LICENSE": "MIT License\n"})
    data, _err, elapsed = check(root, env={"OPENWASH_DOC_TIMEOUT": "2"})
    assert "took longer than 2 s" in notices(data).get("README.md", ""), (shape, data["notices"])
    assert [c["file"] for c in data["claims"]] == ["docs/intro.md"]
    assert elapsed < BOUND


def test_a_huge_sentence_of_claim_phrases_is_linear_not_quadratic() -> None:
    """One 'sentence' of 200 kB holding 16,000 openness phrases used to take hours (quadratic judging)."""
    doc = parse_document("README.md", "readme", "Wren is open source and " * 8_000 + "open weights " * 2_000)
    repo = Repository(root=Path("/nonexistent"), name="wren", paths=["README.md"], files=[])
    start = time.monotonic()
    with_budget_off = os.environ.pop("OPENWASH_DOC_TIMEOUT", None)
    try:
        os.environ["OPENWASH_DOC_TIMEOUT"] = "0"
        repo.files = [SourceFile("README.md", doc.text, "readme")]
        result = check_repository(repo, resolve_source("builtin:default", offline=True))
    finally:
        os.environ.pop("OPENWASH_DOC_TIMEOUT")
        if with_budget_off is not None:
            os.environ["OPENWASH_DOC_TIMEOUT"] = with_budget_off
    elapsed = time.monotonic() - start
    assert elapsed < BOUND, elapsed
    assert result.claims and all(len(c.text) <= 1300 for c in result.claims)


def test_many_inline_suppressions_are_linear() -> None:
    """20,000 suppressions against 40,000 findings: matched through an index, not pair by pair (that took
    minutes); 20,000 comments on one line before a long blank run do not rescan the blank lines."""
    from openwash.documents import Document
    from openwash.findings import Finding
    from openwash.suppress import mark

    n = 20_000
    lines = [f"<!-- openwash-disable-next-line OW103 -- reason {i} -->" if k == 0 else "Wren is open source."
             for i in range(n) for k in (0, 1)]
    doc = Document(path="README.md", role="readme", text="", lines=lines)
    doc.comments = [(2 * i + 1, 1, f"openwash-disable-next-line OW103 -- reason {i}") for i in range(n)]
    findings = [Finding("OW103", "error", "README.md", 2 * i + 2, 1, "m", "h") for i in range(n)]
    findings += [Finding("OW101", "error", "README.md", 2 * i + 2, 1, "m", "h") for i in range(n)]
    policy = resolve_source("builtin:default", offline=True)
    start = time.monotonic()
    out, _ledger = mark(findings, [doc], policy, dt.date(2025, 1, 1))
    assert time.monotonic() - start < 10
    assert sum(1 for f in out if f.waived) == n

    blank = Document(path="README.md", role="readme", text="", lines=["x"] + [""] * 200_000 + ["Wren"])
    blank.comments = [(1, 1 + i, "openwash-disable-next-line OW103 -- r") for i in range(5_000)]
    start = time.monotonic()
    mark([Finding("OW103", "error", "README.md", 200_002, 1, "m", "h")], [blank], policy, dt.date(2025, 1, 1))
    assert time.monotonic() - start < 10


def test_the_time_budget_interrupts_and_restores_the_alarm_handler() -> None:
    before = signal.getsignal(signal.SIGALRM)
    start = time.monotonic()
    with pytest.raises(BudgetExceeded), time_budget(0.2):
        while True:
            pass
    assert time.monotonic() - start < 5
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    with time_budget(5):
        pass  # a block that ends in time raises nothing, and the timer is off afterwards
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


# --------------------------------------------------------------------------------------- YAML

BOMB = ("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
        "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
        "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
        "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]\n")
DEEP_FLOW = "x: " + "[" * 10_000 + "]" * 10_000 + "\n"
DEEP_BLOCK = "x:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 300)) + "  " * 300 + "v: 1\n"
# Nested block sequences (100 levels; far deeper and libyaml's own limit answers first, with another message).
DEEP_SEQ = "x:\n  " + "- " * 100 + "v\n"
HOSTILE_YAML = {"alias-bomb": (BOMB, "document expands to more than 50000 nodes (alias bomb?)"),
                "deep-flow": (DEEP_FLOW, "nested deeper than 64 levels"),
                "deep-block": (DEEP_BLOCK, "nested deeper than 64 levels"),
                "deep-seq": (DEEP_SEQ, "nested deeper than 64 levels")}


@pytest.mark.parametrize("case", HOSTILE_YAML)
def test_hostile_yaml_in_a_policy_is_exit_2_with_a_message(tmp_path: Path, case: str) -> None:
    yaml_text, message = HOSTILE_YAML[case]
    root = write_tree(tmp_path / "wren", {"README.md": CLAIM, ".openwash.yml": yaml_text})
    proc, elapsed = timed_cli("check", str(root))
    assert proc.returncode == 2, proc.stderr
    assert ".openwash.yml" in proc.stderr and proc.stderr.count("\n") == 1
    assert message in proc.stderr, proc.stderr
    assert elapsed < BOUND


@pytest.mark.parametrize("case", HOSTILE_YAML)
def test_hostile_yaml_in_front_matter_is_a_notice(tmp_path: Path, case: str) -> None:
    yaml_text, message = HOSTILE_YAML[case]
    card = "---\n" + yaml_text + "---\n# Wren\n\nWren is a fully open-source model.\n"
    root = write_tree(tmp_path / "wren", {"README.md": card, "LICENSE": "MIT License\n"})
    data, _err, elapsed = check(root)
    assert notices(data)["README.md"].startswith(f"front matter: {message}")
    assert data["claims"], "the card's prose is still checked"
    assert elapsed < BOUND


# ------------------------------------------------------------------------------ policy graphs

def test_a_policy_that_extends_itself(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "wren", {"README.md": CLAIM, ".openwash.yml": "extends: ./.openwash.yml\n"})
    proc, _ = timed_cli("check", str(root))
    assert proc.returncode == 2 and "extends itself" in proc.stderr and proc.stderr.count("\n") == 1


def test_a_policy_cycle_through_two_files_and_a_symlink(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "wren", {"README.md": CLAIM, ".openwash.yml": "extends: policies/a.yml\n",
                                          "policies/a.yml": "extends: b.yml\n", "policies/b.yml": "extends: c.yml\n"})
    os.symlink("a.yml", root / "policies" / "c.yml")
    proc, _ = timed_cli("check", str(root))
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    # the cycle is named (a -> b -> c, which is a again), not cut off later by the depth limit
    assert "policy extends itself" in proc.stderr and "policies/c.yml" in proc.stderr, proc.stderr


def test_a_policy_that_extends_very_many_files_is_bounded(tmp_path: Path) -> None:
    files = {"README.md": CLAIM, ".openwash.yml": "extends: p0.yml\n"}
    for i in range(40):
        files[f"p{i}.yml"] = f"extends: p{i + 1}.yml\n"
    files["p40.yml"] = "mode: enforce\n"
    root = write_tree(tmp_path / "wren", files)
    proc, _ = timed_cli("check", str(root))
    assert proc.returncode == 2 and "deeper than" in proc.stderr


def test_discover_never_raises_on_a_hostile_tree(tmp_path: Path) -> None:
    """The library entry point too: every hostile file above at once."""
    root = write_tree(tmp_path / "wren", {"LICENSE": b"\xff\xfe", "docs/a.md": CLAIM})
    os.mkfifo(root / "README.md")
    os.symlink("/etc/passwd", root / "MODEL_CARD.md")
    with open(root / "NOTICE", "wb") as fh:
        fh.truncate(1 << 30)
    with open(os.path.join(bytes(root), b"DATA_CARD\xff.md"), "wb") as fh:
        fh.write(b"x")
    repo = discover(root)
    assert [f.path for f in repo.files] == ["docs/a.md"]
    assert {n.path: n.message for n in repo.notices}["NOTICE"] == ONE_GB_SKIPPED
    assert {n.path for n in repo.notices} == {"LICENSE", "README.md", "MODEL_CARD.md", "NOTICE", "DATA_CARD\ufffd.md"}


@pytest.mark.parametrize(("raw", "zero_ok", "expected"), [
    (None, False, 7.0), ("", False, 7.0), ("2.5", False, 2.5), (" 3 ", False, 3.0), ("abc", False, 7.0),
    ("-1", False, 7.0), ("0", False, 7.0), ("0", True, 0.0), ("nan", False, 7.0), ("inf", True, float("inf")),
])
def test_seconds_from_the_environment_never_raise(monkeypatch: pytest.MonkeyPatch, raw: str | None, zero_ok: bool,
                                                  expected: float) -> None:
    # A typo in OPENWASH_HTTP_TIMEOUT / _DEADLINE / OPENWASH_DOC_TIMEOUT falls back to the default; a timeout
    # of 0 (which would fail every request at once) is only accepted where 0 means "no budget".
    if raw is None:
        monkeypatch.delenv("OPENWASH_TEST_SECONDS", raising=False)
    else:
        monkeypatch.setenv("OPENWASH_TEST_SECONDS", raw)
    assert env_seconds("OPENWASH_TEST_SECONDS", 7.0, zero_ok=zero_ok) == expected
