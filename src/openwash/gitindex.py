"""The tracked files of a git work tree read from its index file, where that gives git's own answer.

The pre-commit hook lists the tracked files with ``git ls-files -z --cached -- .``; starting git for it was
about 1.5 ms of a ~100 ms hook run (issue 19).  :func:`tracked_paths` reads the same list from ``.git/index``
(format versions 2 and 3, as git writes them by default) and answers None whenever the files alone cannot
be sure to give git's answer; the caller then asks git, as before:

* git's environment names another repository, work tree or configuration (``GIT_DIR``,
  ``GIT_CEILING_DIRECTORIES``, ...; :data:`_GIT_ENV`), or a relative ``GIT_INDEX_FILE`` where the check does not
  run from the top of the work tree (git runs a pre-commit hook there with ``GIT_INDEX_FILE=.git/index``, or the
  absolute path of the index it is committing: that file is read then, as git would);
* the repository is not a plain ``.git`` directory of a work tree: a linked worktree or a submodule
  (``.git`` is a file), a bare repository on the way up, a ``.git`` that git would not take for one, a
  folder on another file system than the checked folder (git stops there), or one that the current user
  does not own (git refuses it unless ``safe.directory`` says otherwise);
* a configuration that could change the answer: ``core.worktree``, ``core.bare``, an ``[extensions]``
  section (SHA-256 object names, per-worktree configuration, ...), an include, a repository format above 1;
* an index git writes in another form: version 4 (compressed names), a split index (``link``), a sparse
  index (``sdir``), any other extension git must understand (a signature in small letters), an unmerged
  entry (stage 1-3, listed once per stage), or anything that does not parse exactly.

Like git, the reader does not check the index's trailing checksum (only ``git fsck`` does).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Variables with which git finds another repository, work tree, index, object store or configuration, or that
# change how it reads them.  (Others, such as GIT_SSL_CAINFO or GIT_AUTHOR_NAME, do not touch ls-files.)
_GIT_ENV = ("GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY",
            "GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM", "GIT_CONFIG", "GIT_CONFIG_PARAMETERS",
            "GIT_CONFIG_COUNT", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_SYSTEM", "GIT_NAMESPACE", "SUDO_UID")

_HASH_BYTES = 20  # SHA-1 object names (a SHA-256 repository declares [extensions] objectformat: not read here)
_ENTRY_FIXED = 40 + _HASH_BYTES + 2  # ctime, mtime, dev, ino, mode, uid, gid, size; the object name; flags
_NAME_MASK = 0x0FFF
_EXTENDED = 0x4000
_STAGE_MASK = 0x3000


class _Unsure(Exception):
    """The files alone cannot give git's answer: ask git."""


def tracked_paths(root: Path, configs: tuple[str | None, ...]) -> list[str] | None:
    """What ``git -C ROOT ls-files -z --cached -- .`` lists (paths relative to ``root``, in index order), or
    None when only git can tell (see the module's docstring).  ``configs``: the texts of the configuration
    files git reads there, the repository's first (None: one was not found or could not be read), checked
    for the settings that would change the answer."""
    if os.name != "posix" or any(os.environ.get(name) for name in _GIT_ENV) \
            or any(name.startswith("GIT_TEST_") for name in os.environ):
        return None
    try:
        start = root.resolve()
        top, git_dir = _work_tree(start)
        _check_configs(configs)
        prefix = start.relative_to(top).as_posix()
        try:
            with open(_index_file(top, start, git_dir), "rb") as fh:
                data = fh.read()
        except FileNotFoundError:
            return []  # a repository with nothing added yet: git lists nothing
        prefix = "" if prefix == "." else prefix + "/"
        names = _entries(data)
        return [name[len(prefix):] for name in names if name.startswith(prefix)]
    except (_Unsure, OSError, ValueError):
        return None


def _index_file(top: Path, start: Path, git_dir: Path) -> Path:
    """The index git would read: ``GIT_INDEX_FILE`` when set (a relative one only where every reading of it
    agrees: the check and the process both at the top of the work tree), else the repository's own."""
    named = os.environ.get("GIT_INDEX_FILE")
    if not named:
        return git_dir / "index"
    index = Path(named)
    if index.is_absolute():
        return index
    if start != top or Path.cwd().resolve() != top:
        raise _Unsure
    return top / index


def _work_tree(start: Path) -> tuple[Path, Path]:
    """The top of the work tree holding ``start`` and its ``.git`` directory, found as git finds them."""
    uid = os.geteuid()
    device = os.stat(start).st_dev
    for folder in (start, *start.parents):
        if os.stat(folder).st_dev != device:
            raise _Unsure  # git does not cross into another file system on its way up
        dot_git = folder / ".git"
        if os.path.islink(dot_git) or (dot_git.exists() and not dot_git.is_dir()):
            raise _Unsure  # a linked worktree or a submodule (a "gitdir:" file), or something odd
        if dot_git.is_dir():
            if not _is_git_directory(dot_git) or (dot_git / "commondir").exists():
                raise _Unsure  # git would go on looking above
            if os.stat(folder).st_uid != uid or os.stat(dot_git).st_uid != uid:
                raise _Unsure  # git's ownership check (safe.directory)
            return folder, dot_git
        if _is_git_directory(folder):
            raise _Unsure  # a bare repository (or a git directory) on the way up
    raise _Unsure


def _is_git_directory(path: Path) -> bool:
    """git's test of a git directory: a valid HEAD, an object store and a refs folder."""
    if not ((path / "objects").is_dir() and (path / "refs").is_dir()):
        return False
    try:
        head = (path / "HEAD").read_bytes()
    except OSError:
        return False
    if head.startswith(b"ref: refs/"):
        return True
    name = head.strip()  # a detached HEAD: an object name in hexadecimal
    return len(name) == 2 * _HASH_BYTES and all(c in b"0123456789abcdef" for c in name)


_FALSE = ("false", "no", "off", "0")


def _check_configs(configs: tuple[str | None, ...]) -> None:
    """Raise :class:`_Unsure` when a configuration file says something that could change the listing:
    ``core.worktree``, ``core.bare`` other than false, ``core.repositoryformatversion`` above 1, an
    ``[extensions]`` section or an include; or when one could not be read or is written unusually."""
    for config in configs:
        if config is None:
            raise _Unsure
        section = ""
        for raw in config.splitlines():
            line = raw.strip()
            if not line or line[0] in "#;":
                continue
            if line.endswith("\\"):
                raise _Unsure  # a value continued on the next line
            if line[0] == "[":
                close = line.find("]")
                if close < 0 or line[close + 1:].strip()[:1] not in ("", "#", ";"):
                    raise _Unsure  # a variable on the section's line, or no section at all
                name = (line[1:close].split(None, 1) or [""])[0].lower()
                if not _is_name(name.replace(".", "-")):
                    raise _Unsure  # git refuses the file
                section = name.split(".", 1)[0]
                if section in ("extensions", "include", "includeif"):
                    raise _Unsure
                continue
            key, _, value = line.partition("=")
            key = key.strip().lower()
            if not section or not _is_name(key) or not key[0].isalpha():
                raise _Unsure  # git refuses the file
            value = value.split("#", 1)[0].split(";", 1)[0].strip().lower()
            if section == "core" and (key == "worktree" or (key == "bare" and value not in _FALSE)
                                      or (key == "repositoryformatversion" and value not in ("0", "1"))):
                raise _Unsure


def _is_name(name: str) -> bool:
    """A section or variable name as git writes them: ASCII letters, digits and '-'."""
    return bool(name) and name.isascii() and name.replace("-", "a").isalnum()


def _entries(data: bytes) -> list[str]:
    """The names of an index file's entries (all at stage 0), decoded as git's output is read."""
    if len(data) < 12 + _HASH_BYTES or data[:4] != b"DIRC":
        raise _Unsure
    version = int.from_bytes(data[4:8], "big")
    count = int.from_bytes(data[8:12], "big")
    if version not in (2, 3):
        raise _Unsure
    end = len(data) - _HASH_BYTES
    names: list[str] = []
    at = 12
    for _ in range(count):
        flags_at = at + _ENTRY_FIXED - 2
        if flags_at + 2 > end:
            raise _Unsure
        flags = int.from_bytes(data[flags_at:flags_at + 2], "big")
        if flags & _STAGE_MASK:
            raise _Unsure  # an unmerged entry: git lists it once per stage
        name_at = flags_at + 2
        if flags & _EXTENDED:
            if version < 3:
                raise _Unsure
            name_at += 2
        length = flags & _NAME_MASK
        if length == _NAME_MASK:  # a long name: up to its NUL
            length = data.find(b"\0", name_at, end) - name_at
            if length < 0:
                raise _Unsure
        name = data[name_at:name_at + length]
        # The entry is padded with 1 to 8 NULs to a multiple of 8 bytes from its start.
        after = at + ((name_at - at + length + 8) & ~7)
        if len(name) != length or b"\0" in name or after > end or data[name_at + length:after].strip(b"\0"):
            raise _Unsure
        names.append(name.decode("utf-8", "surrogateescape"))
        at = after
    for signature in _extensions(data, at, end):
        if not b"A" <= signature[:1] <= b"Z":
            raise _Unsure  # an extension git must understand to read the index (link: split, sdir: sparse)
    return names


def _extensions(data: bytes, at: int, end: int) -> Iterator[bytes]:
    """The signatures of the extensions between the last entry and the checksum."""
    while at < end:
        if at + 8 > end:
            raise _Unsure
        size = int.from_bytes(data[at + 4:at + 8], "big")
        yield data[at:at + 4]
        at += 8 + size
    if at != end:
        raise _Unsure
