"""Shared test helpers: fixture repositories written by the tests, and the real CLI in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# OPENWASH_CORPUS, else the shared corpus next to the checkout (../shared) or next to a worktree (../../shared).
CORPUS = Path(os.environ.get("OPENWASH_CORPUS") or next(
    (p for p in (ROOT.parent / "shared" / "corpus", ROOT.parent.parent / "shared" / "corpus")
     if (p / "materialize.py").is_file()), ROOT.parent / "shared" / "corpus"))


def isolate_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No user or system git configuration of this machine and none of git's environment (a hook's
    GIT_INDEX_FILE, GIT_DIR, ...) takes part: git and openwash's own readers of git's files see the same."""
    from openwash import gitindex

    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in (*gitindex._GIT_ENV, "GIT_INDEX_FILE"):
        monkeypatch.delenv(name, raising=False)


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def git(root: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}
    out = subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, text=True, env=env)
    return out.stdout


def make_git_repo(root: Path, files: dict[str, str | bytes]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    git(root, "init", "-q", "-b", "main")
    write_tree(root, files)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "initial")
    return root


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    src = str(ROOT / "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("GITHUB_ACTIONS", None)
    env["OPENWASH_CACHE_DIR"] = env.get("OPENWASH_TEST_CACHE_DIR", env.get("OPENWASH_CACHE_DIR", ""))
    if not env["OPENWASH_CACHE_DIR"]:
        env.pop("OPENWASH_CACHE_DIR")
    return env


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run the real command line (python -m openwash) in a subprocess."""
    full_env = cli_env()
    if env:
        full_env.update(env)
    return subprocess.run([sys.executable, "-m", "openwash", *args], cwd=cwd, env=full_env, capture_output=True,
                          text=True, timeout=timeout)


def imported_by_check(root: Path, *modules: str) -> tuple[int, list[bool]]:
    """Exit code of ``openwash check --offline .`` in ``root`` (a fresh interpreter), and whether each of
    ``modules`` was imported by it: what the hook path must not load (issue 19)."""
    probe = ("import sys\nfrom openwash.cli import main\nrc = main(['check', '--offline', '.'])\n"
             f"print(rc, *[m in sys.modules for m in {list(modules)!r}])\n")
    proc = subprocess.run([sys.executable, "-c", probe], cwd=root, env=cli_env(), capture_output=True, text=True,
                          timeout=120)
    words = proc.stdout.split()
    assert len(words) >= len(modules) + 1, proc.stdout + proc.stderr
    return int(words[-len(modules) - 1]), [w == "True" for w in words[-len(modules):]]


def check_json(root: Path, *extra: str, env: dict[str, str] | None = None) -> tuple[int, dict]:
    proc = run_cli("check", str(root), "--format", "json", *extra, env=env)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout)


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep the test run's policy cache out of the user's ~/.cache (tests that need their own pass
    OPENWASH_CACHE_DIR explicitly)."""
    if not os.environ.get("OPENWASH_TEST_CACHE_DIR"):
        os.environ["OPENWASH_TEST_CACHE_DIR"] = str(tmp_path_factory.mktemp("openwash-cache"))
    os.environ.setdefault("OPENWASH_CACHE_DIR", os.environ["OPENWASH_TEST_CACHE_DIR"])


@pytest.fixture
def corpus() -> Path:
    if not (CORPUS / "materialize.py").is_file():
        pytest.skip("the shared corpus (../shared/corpus) is not available in this checkout")
    return CORPUS


def markdown_outside_code(md: str) -> tuple[str, list[str]]:
    """GitHub-flavoured Markdown rendered (markdown-it, CommonMark + tables): the text outside code spans
    (where GitHub would link URLs, ping @names and link #refs) and the texts of the code spans."""
    import html
    import re

    from markdown_it import MarkdownIt

    page = MarkdownIt("commonmark").enable("table").render(md)
    codes = [html.unescape(c) for c in re.findall(r"<code>(.*?)</code>", page, re.S)]
    outside = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<code>.*?</code>", " ", page, flags=re.S)))
    return outside, codes
