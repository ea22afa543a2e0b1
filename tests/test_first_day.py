"""A user's first day (issue 18): what a fresh clone without the evaluation corpus does, the CLI's rough
edges, and the reports' output files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

CORPUS_BENCHES = ["evidence", "corpus", "hook", "org"]


@pytest.fixture(scope="module")
def clone_without_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The checkout's benches, src and tests in a folder with no shared/corpus anywhere above it."""
    root = tmp_path_factory.mktemp("fresh-clone") / "openwash"
    (root / "bench").mkdir(parents=True)
    for script in (ROOT / "bench").glob("*.py"):
        (root / "bench" / script.name).write_bytes(script.read_bytes())
    (root / "src").symlink_to(ROOT / "src")
    (root / "tests").symlink_to(ROOT / "tests")
    assert not any((p / "shared" / "corpus").exists() for p in root.parents)
    return root


def _bench(root: Path, name: str, corpus: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "OPENWASH_CORPUS"}
    if corpus is not None:
        env["OPENWASH_CORPUS"] = corpus
    return subprocess.run([sys.executable, str(root / "bench" / f"{name}.py")], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("name", CORPUS_BENCHES)
def test_a_corpus_bench_in_a_fresh_clone_skips_with_one_line(clone_without_corpus: Path, name: str) -> None:
    proc = _bench(clone_without_corpus, name, None)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert proc.stderr.splitlines() == [
        f"bench/{name}.py: skipped: needs the evaluation corpus (shared/corpus with materialize.py beside the "
        "checkout, or OPENWASH_CORPUS=DIR), which is not shipped with openwash"]


@pytest.mark.parametrize("name", CORPUS_BENCHES)
def test_a_corpus_bench_pointed_at_no_corpus_is_an_error_in_one_line(clone_without_corpus: Path, name: str,
                                                                   tmp_path: Path) -> None:
    proc = _bench(clone_without_corpus, name, str(tmp_path / "nothing"))
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.splitlines() == [f"bench/{name}.py: error: OPENWASH_CORPUS={tmp_path / 'nothing'} is not "
                                        "the evaluation corpus (no materialize.py there)"]


def test_the_corpus_tests_skip_visibly_without_the_corpus(tmp_path: Path) -> None:
    env = {**os.environ, "OPENWASH_CORPUS": str(tmp_path / "nothing"), "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
                           str(ROOT / "tests" / "test_corpus_seed.py")], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    skips = [line for line in proc.stdout.splitlines() if line.startswith("SKIPPED")]
    assert skips and all("the shared corpus (../shared/corpus) is not available" in line for line in skips)
    assert " passed" not in proc.stdout and " failed" not in proc.stdout
