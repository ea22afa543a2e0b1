"""remote.origin.url read from the repository's config file (the hook's one git process is the file list) gives
git's own answer, or None (then git is asked) whenever the file alone cannot tell."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from conftest import git, make_git_repo
from openwash.discovery import discover, origin_url_from_config


@pytest.fixture(autouse=True)
def _isolated_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No user or system configuration of this machine takes part (both git and the reader see the same)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_CONFIG", "GIT_CONFIG_PARAMETERS",
                 "GIT_CONFIG_COUNT", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_SYSTEM"):
        monkeypatch.delenv(name, raising=False)


def _git_answer(root: Path) -> str:
    out = subprocess.run(["git", "-C", str(root), "config", "--get", "remote.origin.url"], capture_output=True,
                         text=True, timeout=30)
    return out.stdout.strip()


def _repo(tmp_path: Path, name: str = "repo") -> Path:
    return make_git_repo(tmp_path / name, {"README.md": "# x\n", "docs/usage.md": "# usage\n"})


def _append_config(root: Path, text: str) -> None:
    with open(root / ".git" / "config", "a", encoding="utf-8") as fh:
        fh.write(text)


CONFIGS = {
    "plain": '[remote "origin"]\n\turl = https://github.com/acme/heron.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n',
    "scp-style": '[remote "origin"]\n\turl = git@github.com:acme/heron.git\n',
    "comment after the value": '[remote "origin"]\n\turl = https://github.com/acme/heron ; moved in 2024\n',
    "two values, the last wins": '[remote "origin"]\n\turl = https://github.com/old/heron\n'
                                 '[remote "origin"]\n\turl = https://github.com/acme/heron\n',
    "old-style section": "[remote.origin]\n\turl = https://github.com/acme/heron\n",
    "section name in capitals": '[Remote "origin"]\n\tURL = https://github.com/acme/heron\n',
    "another remote only": '[remote "upstream"]\n\turl = https://github.com/acme/heron\n',
    "Origin is another remote": '[remote "Origin"]\n\turl = https://github.com/acme/heron\n',
    "commented out": '[remote "origin"]\n#\turl = https://github.com/acme/heron\n',
}


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_the_config_file_gives_gits_answer(name: str, tmp_path: Path) -> None:
    root = _repo(tmp_path)
    _append_config(root, CONFIGS[name])
    expected = _git_answer(root)
    assert origin_url_from_config(root) == expected
    assert origin_url_from_config(root / "docs") == expected  # a folder inside the work tree


def test_no_remote_is_the_empty_answer(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    assert _git_answer(root) == "" and origin_url_from_config(root) == ""


def test_a_linked_worktree_reads_the_main_repositorys_config(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    git(root, "remote", "add", "origin", "https://github.com/acme/heron.git")
    linked = tmp_path / "linked"
    git(root, "worktree", "add", "-q", "--detach", str(linked))
    assert (linked / ".git").is_file()
    assert origin_url_from_config(linked) == _git_answer(linked) == "https://github.com/acme/heron.git"


UNSURE = {
    "quoted value": '[remote "origin"]\n\turl = "https://github.com/acme/heron"\n',
    "escaped character": '[remote "origin"]\n\turl = https://github.com/acme/he\\tron\n',
    "continued line": '[remote "origin"]\n\turl = https://github.com/acme/\\\nheron\n',
    "an include": "[include]\n\tpath = other.config\n",
    "key without a value": '[remote "origin"]\n\turl\n',
    "per-worktree configuration": "[extensions]\n\tworktreeConfig = true\n",
}


@pytest.mark.parametrize("name", sorted(UNSURE))
def test_what_the_file_alone_cannot_tell_is_left_to_git(name: str, tmp_path: Path) -> None:
    root = _repo(tmp_path)
    _append_config(root, UNSURE[name])
    assert origin_url_from_config(root) is None


def test_a_user_configuration_that_mentions_origin_is_left_to_git(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    (Path(os.environ["HOME"]) / ".gitconfig").write_text('[remote "origin"]\n\turl = https://github.com/me/x\n',
                                                          encoding="utf-8")
    assert _git_answer(root) == "https://github.com/me/x"  # git does take it from there
    assert origin_url_from_config(root) is None


def test_gits_environment_is_left_to_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _repo(tmp_path)
    monkeypatch.setenv("GIT_CONFIG_COUNT", "1")
    monkeypatch.setenv("GIT_CONFIG_KEY_0", "remote.origin.url")
    monkeypatch.setenv("GIT_CONFIG_VALUE_0", "https://github.com/env/x")
    assert _git_answer(root) == "https://github.com/env/x"
    assert origin_url_from_config(root) is None


def test_the_owner_comes_from_the_remote_either_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _repo(tmp_path)
    git(root, "remote", "add", "origin", "git@github.com:acme/heron.git")
    assert discover(root).owner == "acme"
    _append_config(root, '[remote "origin"]\n\turl = "https://github.com/quoted/heron"\n')  # git is asked
    assert origin_url_from_config(root) is None and discover(root).owner == "quoted"
