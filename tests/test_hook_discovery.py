"""Discovery on the hook path.  remote.origin.url read from the repository's config file (the hook's one git process is the file list) gives
git's own answer, or None (then git is asked) whenever the file alone cannot tell."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from conftest import git, isolate_git, make_git_repo
from openwash.discovery import discover, origin_url_from_config


@pytest.fixture(autouse=True)
def _isolated_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_git(tmp_path, monkeypatch)


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


def test_the_file_name_prefilter_of_large_trees_selects_the_same_documents() -> None:
    """in_scope tests file names first only for trees over _NAME_TEST_FROM paths; both ways agree."""
    from openwash import discovery as d

    names = ["README.md", "readme.rst", "LICENSE", "src/LICENSE.txt", "docs/guide.md", "docs/a/b.md", "notes.md",
             ".github/README.md", ".github/workflows/ci.yml", "third_party/x/README.md", "CHANGELOG.md",
             "models/x/MODEL_CARD.md", "models/x/README.md", "pkg/code.py", "USE_POLICY.md", "pyproject.toml"]
    small = names
    large = names + [f"pkg/module{i}.py" for i in range(d._NAME_TEST_FROM)]
    for include, exclude in ((d.DEFAULT_INCLUDE, d.DEFAULT_EXCLUDE), (["**/*.md"], ["docs/**"]),
                             (["README*", "**/LICENSE*"], [])):
        expected = [p for p in names if d.matches(p, include) and not (
            d.matches(p, [x for x in exclude if x != d.HIDDEN_FOLDERS])
            if p.startswith(".") and d.RENDERED_READMES.match(p) else d.matches(p, exclude))]
        assert d.in_scope(small, include, exclude) == expected
        assert d.in_scope(large, include, exclude) == expected
    assert ".github/README.md" in d.in_scope(large, d.DEFAULT_INCLUDE, d.DEFAULT_EXCLUDE)


def test_git_stdout_gives_the_output_of_a_successful_git_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The file list's git process, started without the subprocess module: output of any size, None when git
    fails, cannot start or overruns its time (then it is killed, not waited for)."""
    from openwash.discovery import git_stdout

    root = _repo(tmp_path)
    assert git_stdout(["-C", str(root), "ls-files", "-z"], timeout=60) == b"README.md\0docs/usage.md\0"
    big = git_stdout(["-c", "alias.big=!head -c 300000 /dev/zero | tr '\\000' x", "-C", str(root), "big"], timeout=60)
    assert big == b"x" * 300000  # more than a pipe holds: read while git writes
    plain = tmp_path / "plain"
    plain.mkdir()
    assert git_stdout(["-C", str(plain), "ls-files"], timeout=60) is None  # not a repository: exit 128
    assert git_stdout(["-c", "alias.slow=!sleep 5", "-C", str(root), "slow"], timeout=0.5) is None
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    assert git_stdout(["--version"], timeout=60) is None


def test_globs_matched_without_compiling_match_as_the_regular_expression_does() -> None:
    # the hook matches its few paths by walking the globs' tokens, not by compiling the expression
    # (discovery._GlobSet): every answer must be the expression's (case-insensitive; non-ASCII paths and
    # line breaks go to the expression itself)
    import itertools
    import re

    from openwash import discovery

    globs = [*discovery.DEFAULT_INCLUDE, *discovery.DEFAULT_EXCLUDE, "a/**/b", "docs/**", "x?y.md", "**", "*",
             "**/x/**", "a*b*c", "?", "/**", "**/", "a/**b", "src/*/README*", "*.MD", "a//b", "[Rr]eadme*",
             "L\u0130cense*", "**/*.safetensors"]
    parts = ["README.md", "readme", "LICENSE", "docs", "a", "b", "x", "xzy.md", ".github", "node_modules",
             "CHANGELOG.md", "Model-Card.MD", "", "ab", "c", "x.safetensors", "l\u0131cense", "\u212aey", "a\nb"]
    paths = ["/".join(p) for n in (1, 2, 3) for p in itertools.product(parts, repeat=n)]
    walked = 0
    for glob in globs:
        expected = re.compile(discovery.glob_to_regex(glob), re.IGNORECASE)
        tokens = discovery._glob_tokens(glob)
        assert (tokens is None) == (not glob.isascii() or "[" in glob), glob
        for path in paths:
            if tokens is not None and path.isascii() and "\n" not in path:
                walked += 1
                assert discovery._walk(tokens, 0, path.lower(), 0) == (expected.match(path) is not None), (glob, path)
    assert walked > 100_000
    # a list: the first paths walked, the others (and every non-ASCII one) matched by the compiled expression
    # (a list with a glob that cannot be walked is always matched by the expression)
    walkable = tuple(g for g in globs if discovery._glob_tokens(g) is not None)
    for some in (walkable, tuple(globs)):
        matcher = discovery._GlobSet(some)
        assert [p for p in paths if matcher.match(p)] == [p for p in paths if any(
            re.match(discovery.glob_to_regex(g), p, re.IGNORECASE) for g in some)]
        assert len(matcher._walked) == (discovery._GLOB_WALK_UP_TO if some == walkable else 0)
        assert matcher._compiled is not None


def test_which_finds_what_shutil_which_finds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # discovery finds git's prefix without importing shutil: the same answer as shutil.which
    import shutil

    from openwash import discovery

    plain, runnable, folder = tmp_path / "plain", tmp_path / "runnable", tmp_path / "folder"
    for d in (plain, runnable, folder):
        d.mkdir()
    (plain / "tool").write_text("", encoding="utf-8")  # not executable
    (runnable / "tool").write_text("#!/bin/sh\n", encoding="utf-8")
    (runnable / "tool").chmod(0o755)
    (folder / "tool").mkdir()  # a directory by that name
    for path in (None, "", f"{plain}:{folder}:{runnable}", f"{runnable}:{runnable}", f"{plain}", f"::{runnable}",
                 os.environ.get("PATH", "")):
        if path is None:
            monkeypatch.delenv("PATH", raising=False)
        else:
            monkeypatch.setenv("PATH", path)
        for command in ("tool", "git", "sh", "no-such-command"):
            assert discovery._which(command) == shutil.which(command), (path, command)


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\xef\xbb\xbf\xef\xbb\xbfx", b"abc", b"\xef\xbb\xbfab\xffc",
                                  b"ab\xffc", b"\xef\xbb", b"\xef\xbbx", "h\u00e9llo".encode(), b"\xef\xbb\xbf\xc3"])
def test_documents_decode_as_utf_8_sig_does(data: bytes) -> None:
    # discovery drops the BOM itself (the utf-8-sig codec is a module the hook would import): same text, and
    # the same offset in the notice of a file that is not UTF-8
    from openwash.discovery import decode_document

    notices: list = []
    text = decode_document(data, "f.md", notices)
    try:
        assert text == data.decode("utf-8-sig") and notices == []
    except UnicodeDecodeError as exc:
        assert text is None and [n.message for n in notices] == [f"skipped: not UTF-8 (byte {exc.start})"]
