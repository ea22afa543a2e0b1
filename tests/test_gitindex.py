"""The file list read from the index (openwash.gitindex) is git's own (``git ls-files -z --cached -- .``), or
None (then git is asked) for every index or repository the reader does not handle."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from conftest import git, isolate_git, make_git_repo
from openwash import gitindex
from openwash.discovery import discover, read_git_configs

FILES = {
    "README.md": "# heron\n",
    "LICENSE": "MIT\n",
    "docs/usage.md": "# usage\n",
    "docs/deep/er/notes.md": "notes\n",
    "models/x/MODEL_CARD.md": "---\nlicense: mit\n---\n",
    "café/ünïcode name.md": "x\n",
    "quote\"and'tab\tname.txt": "x\n",
    "train.py": "",
}


@pytest.fixture(autouse=True)
def _isolated_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_git(tmp_path, monkeypatch)


def _git_list(root: Path) -> list[str]:
    out = subprocess.run(["git", "-C", str(root), "ls-files", "-z", "--cached", "--", "."], capture_output=True,
                         check=True, timeout=60).stdout
    return [p for p in out.decode("utf-8", "surrogateescape").split("\0") if p]


def _read(root: Path) -> list[str] | None:
    configs = read_git_configs(root)
    return gitindex.tracked_paths(root, (configs.repository, *configs.others))


def _same_as_git(root: Path) -> None:
    listed = _read(root)
    assert listed is not None
    assert listed == _git_list(root)


def test_a_plain_repository_and_its_folders(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "repo", FILES)
    _same_as_git(root)
    for folder in ("docs", "docs/deep", "models/x", "café"):
        _same_as_git(root / folder)
    (root / "untracked").mkdir()
    assert _read(root / "untracked") == _git_list(root / "untracked") == []


def test_staged_but_not_committed_and_deleted_in_the_work_tree(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "repo", FILES)
    (root / "new.md").write_text("new\n", encoding="utf-8")
    git(root, "add", "new.md")
    (root / "LICENSE").unlink()  # still in the index
    git(root, "rm", "-q", "--cached", "train.py")
    _same_as_git(root)


def test_a_repository_with_nothing_added(tmp_path: Path) -> None:
    root = tmp_path / "empty"
    root.mkdir()
    git(root, "init", "-q")
    assert not (root / ".git" / "index").exists()
    assert _read(root) == _git_list(root) == []


def test_version_3_entries_intent_to_add_and_skip_worktree(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "repo", FILES)
    (root / "later.md").write_text("later\n", encoding="utf-8")
    git(root, "add", "-N", "later.md")
    git(root, "update-index", "--skip-worktree", "docs/usage.md")
    assert (root / ".git" / "index").read_bytes()[4:8] == (3).to_bytes(4, "big")
    _same_as_git(root)


def test_long_names_and_names_that_are_not_utf8(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "repo", FILES)
    blob = git(root, "hash-object", "-w", "README.md").strip()
    long_name = "/".join(["d" * 200] * 25) + "/end.md"  # over 4095 bytes: the length field cannot hold it
    for name in (long_name, "x" * 4095, "x" * 4094, "a\nnewline.md"):
        git(root, "update-index", "--add", "--cacheinfo", f"100644,{blob},{name}")
    subprocess.run(["git", "-C", str(root), "update-index", "--add", "--cacheinfo", f"100644,{blob}"],
                   check=False, capture_output=True)
    os.makedirs(os.fsencode(root) + b"/latin1", exist_ok=True)
    with open(os.fsencode(root) + b"/latin1/caf\xe9.md", "wb") as fh:
        fh.write(b"x\n")
    subprocess.run([b"git", b"-C", os.fsencode(root), b"add", b"latin1"], check=True, capture_output=True)
    listed = _read(root)
    assert listed is not None and long_name in listed and "latin1/caf\udce9.md" in listed
    assert listed == _git_list(root)


def test_a_symbolic_link_to_the_work_tree(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "repo", FILES)
    link = tmp_path / "link"
    link.symlink_to(root / "docs")
    _same_as_git(link)


def _none_and_git_still_lists(root: Path) -> None:
    assert _read(root) is None


def test_index_version_4_is_left_to_git(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "repo", FILES)
    git(root, "update-index", "--index-version", "4")
    _none_and_git_still_lists(root)


def test_a_split_index_is_left_to_git(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "repo", FILES)
    git(root, "update-index", "--split-index")
    _none_and_git_still_lists(root)


def test_a_sparse_index_is_left_to_git(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "repo", FILES)
    git(root, "sparse-checkout", "init", "--cone", "--sparse-index")
    git(root, "sparse-checkout", "set", "models")
    assert _read(root) is None  # the config names extensions.worktreeConfig, and the index has sdir


def test_unmerged_entries_are_left_to_git(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "repo", {"README.md": "base\n"})
    git(root, "checkout", "-q", "-b", "other")
    (root / "README.md").write_text("other\n", encoding="utf-8")
    git(root, "commit", "-q", "-am", "other")
    git(root, "checkout", "-q", "main")
    (root / "README.md").write_text("main\n", encoding="utf-8")
    git(root, "commit", "-q", "-am", "main")
    ident = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid", "GIT_COMMITTER_NAME": "t",
             "GIT_COMMITTER_EMAIL": "t@example.invalid"}
    merge = subprocess.run(["git", "-C", str(root), "merge", "-q", "other"], capture_output=True, check=False,
                           env={**os.environ, **ident})
    assert merge.returncode != 0  # a conflict
    assert _git_list(root).count("README.md") == 3  # once per stage
    _none_and_git_still_lists(root)


def test_linked_worktrees_and_submodules_are_left_to_git(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "repo", FILES)
    linked = tmp_path / "linked"
    git(root, "worktree", "add", "-q", "--detach", str(linked))
    assert _read(linked) is None
    sub = make_git_repo(tmp_path / "sub", {"README.md": "# sub\n"})
    git(root, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(sub), "vendored")
    assert (root / "vendored" / ".git").is_file()
    assert _read(root / "vendored") is None
    _same_as_git(root)  # the superproject lists the submodule as one path


@pytest.mark.parametrize("config", ["[core]\n\tworktree = /elsewhere\n", "[core]\n\tbare = true\n",
                                    "[extensions]\n\tobjectformat = sha1\n", "[include]\n\tpath = other\n",
                                    "[core]\n\trepositoryformatversion = 2\n", "[ ]\n", "[core] bare = true\n",
                                    "[core]\n\tbare\n", '[includeIf "gitdir:/x/"]\n\tpath = y\n'])
def test_configurations_that_could_change_the_answer(config: str, tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "repo", FILES)
    other = make_git_repo(tmp_path / "other", FILES)
    with open(root / ".git" / "config", "a", encoding="utf-8") as fh:
        fh.write(config)
    assert _read(root) is None
    (tmp_path / "home" / ".gitconfig").write_text(config, encoding="utf-8")
    assert _read(other) is None  # in the user's configuration too


@pytest.mark.parametrize("name", ["GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_CEILING_DIRECTORIES"])
def test_gits_environment_leaves_it_to_git(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_git_repo(tmp_path / "repo", FILES)
    monkeypatch.setenv(name, str(root / ".git" / "index"))
    assert _read(root) is None


def test_the_index_a_commit_hook_is_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 'git commit -a' and 'git commit PATH' run the hook with GIT_INDEX_FILE naming the index being committed
    root = make_git_repo(tmp_path / "repo", FILES)
    alternative = tmp_path / "next-index.lock"
    alternative.write_bytes((root / ".git" / "index").read_bytes())
    (root / "only-in-the-commit.md").write_text("x\n", encoding="utf-8")
    monkeypatch.setenv("GIT_INDEX_FILE", str(alternative))
    git(root, "add", "only-in-the-commit.md")
    assert "only-in-the-commit.md" in _git_list(root)
    _same_as_git(root)
    _same_as_git(root / "docs")
    # a plain 'git commit' sets '.git/index', relative to the top of the work tree, where hooks run
    monkeypatch.setenv("GIT_INDEX_FILE", ".git/index")
    monkeypatch.chdir(root)
    _same_as_git(root)
    assert "only-in-the-commit.md" not in _read(root)  # type: ignore[operator]
    # ... read elsewhere, a relative name could mean another file: left to git
    assert _read(root / "docs") is None
    monkeypatch.chdir(tmp_path)
    assert _read(root) is None


def test_a_git_folder_git_would_not_take_is_left_to_git(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "repo", FILES)
    (root / ".git" / "HEAD").write_text("nonsense\n", encoding="utf-8")
    assert _read(root) is None
    bare_inside = make_git_repo(tmp_path / "outer", FILES)
    inner = bare_inside / "inner"
    git(bare_inside, "init", "-q", "--bare", str(inner))
    (inner / "docs").mkdir()
    assert _read(inner / "docs") is None  # git would stop at the bare repository on its way up


def test_an_index_that_does_not_parse_is_left_to_git(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "repo", FILES)
    index = root / ".git" / "index"
    data = index.read_bytes()
    for broken in (data[:40], data[:-30] + data[-20:], b"XXXX" + data[4:], data[:8] + (99).to_bytes(4, "big")
                   + data[12:]):
        index.write_bytes(broken)
        assert _read(root) is None


def test_discover_lists_the_same_files_either_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_git_repo(tmp_path / "repo", FILES)
    (root / "staged.md").write_text("staged\n", encoding="utf-8")
    git(root, "add", "staged.md")
    read = discover(root)
    monkeypatch.setattr(gitindex, "tracked_paths", lambda *args: None)
    asked = discover(root)
    assert read.paths == asked.paths and read.is_git and asked.is_git
    assert [f.path for f in read.files] == [f.path for f in asked.files]
