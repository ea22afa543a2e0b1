"""Find the files in scope and read them safely.

In a git checkout the tracked files (the index, which is what a commit will
contain) are the universe; elsewhere the tree is walked without following
symbolic links.  Every path is kept (evidence such as ``train.py`` or
``*.safetensors`` is found by name), but only documents in scope are read, and
only when they are regular files of sane size that decode as UTF-8.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import time
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from openwash import gitindex, lazyre
from openwash import vocabulary as v
from openwash.documents import Notice, SourceFile
from openwash.errors import UsageError
from openwash.records import field, record

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_TREE_ENTRIES = 1_000_000

DEFAULT_INCLUDE = [
    "README*", "LICENSE*", "LICENCE*", "COPYING*", "NOTICE*",
    "*LICENSE*", "*LICENCE*", "USE_POLICY*", "USAGE_POLICY*", "ACCEPTABLE_USE*",
    "MODEL_CARD*", "MODEL-CARD*", "MODELCARD*", "model_card*",
    "DATA_CARD*", "DATASHEET*", "datasheet*",
    "CITATION.cff", "pyproject.toml", "package.json",
    "*.md",  # root Markdown is read; it only counts as a model card when it has front matter
    "docs/**/*.md",
    ".github/README*", "docs/README*",  # GitHub renders these on the repository page (see RENDERED_READMES)
    "**/README.md", "**/MODEL_CARD*.md", "**/model_card*.md", "**/DATA_CARD*.md", "**/datasheet*.md",
]
DEFAULT_EXCLUDE = ["**/node_modules/**", "**/third_party/**", "**/third-party/**", "**/vendor/**", "**/.*/**"]
# Pages about the community and the project's history rather than the release, by the start of their file name
# (without case), wherever they are: read only when a glob the default include does not have selects them (a
# policy's '**/*.md': every Markdown file), also in .github/, where GitHub shows them on the repository's pages.
COMMUNITY_PAGES = ("changelog", "changes", "history", "code_of_conduct", "contributing", "security")
_GITHUB_COMMUNITY_PAGE = lazyre.compile(r"^\.github/(?:changelog|code_of_conduct|contributing|security)[^/]*$", re.I)

# The READMEs GitHub may render on the repository page (it prefers .github/README over the root README, and
# the root one over docs/README): always documents of the repository, never dropped by the hidden-folder
# exclude (``**/.*/**``), and never treated as nested READMEs that count only with front matter.
RENDERED_READMES = lazyre.compile(r"^(?:\.github/|docs/)?readme(?:\.[^/]*)?$", re.I)
HIDDEN_FOLDERS = "**/.*/**"
# The start of a document's file name that gives its role, in the order role_of asks (compared without case,
# as a pattern that ignores case would: lazyre.folded); a name that holds none of the last ones is a license.
_ROLE_PREFIXES = (
    (("modelcard", "model_card", "model-card"), v.MODEL_CARD),
    (("datacard", "data_card", "data-card", "datasheet"), v.DATA_CARD),
    (("use_policy", "usage_policy", "acceptable_use"), v.USE_POLICY),
    (("readme",), v.README),
    (("notice",), v.NOTICE),
)
_LICENSE_WORDS = ("license", "licence", "agreement")


@record
class Repository:
    """A repository as the engine sees it: every path, and the documents in scope."""

    root: Path
    name: str
    paths: list[str]
    files: list[SourceFile] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    is_git: bool = False
    owner: str = ""  # the GitHub owner (organization or user), when known
    gated: str = ""  # the Hugging Face Hub's access gate: "" unknown/not on the Hub, "false", "auto", "manual"

    def exists(self, rel: str) -> bool:
        """True when ``rel`` (a file or a directory) is in the repository."""
        rel = rel.strip("/")
        return not rel or rel in self.path_set or rel in self.dir_set

    @property
    def path_set(self) -> set[str]:
        cached = self.__dict__.get("_path_set")
        if cached is None:
            cached = self.__dict__["_path_set"] = set(self.paths)
        return cached

    @property
    def dir_set(self) -> set[str]:
        cached = self.__dict__.get("_dir_set")
        if cached is None:
            cached = set()
            for p in self.paths:
                i = p.rfind("/")
                while i > 0:
                    d = p[:i]
                    if d in cached:
                        break
                    cached.add(d)
                    i = p.rfind("/", 0, i)
            self.__dict__["_dir_set"] = cached
        return cached


def glob_to_regex(pattern: str) -> str:
    """The regular expression (text) of a gitignore-like glob: ``*`` stays within a path segment,
    ``**/`` spans directories.  Only the combined expression of a glob list is compiled (``_any_glob``):
    compiling each glob too cost the hook ~45 compilations on every run."""
    i, out = 0, []
    while i < len(pattern):
        ch = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("/**", i) and i + 3 == len(pattern):
            out.append("(?:/.*)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if ch == "*":
            out.append("[^/]*")
        elif ch == "?":
            out.append("[^/]")
        elif ch == "[":
            j = pattern.find("]", i)
            if j < 0:
                out.append(re.escape(ch))
            else:
                out.append("[" + pattern[i + 1 : j].replace("\\", "\\\\") + "]")
                i = j
        else:
            out.append(re.escape(ch))
        i += 1
    return "".join(out) + r"\Z"


def matches(path: str, patterns: Iterable[str]) -> bool:
    return _any_glob(tuple(patterns)).match(path) is not None


class _GlobSet:
    """A list of globs, matched as the one case-insensitive regular expression of :func:`glob_to_regex`.

    Compiling that expression costs the hook ~3 ms per list (two lists on every run) while it checks a
    dozen paths: the first :data:`_GLOB_WALK_UP_TO` paths that are ASCII without a line break are matched by
    walking the globs' tokens instead (for ASCII text, lower-casing both sides is what IGNORECASE does;
    ``.`` would not cross a line break; a path asked about again gets the same answer without a walk), and
    the expression is compiled only for the paths after them, or for any other path."""

    __slots__ = ("_compiled", "_literals", "_tokens", "_walked", "patterns")

    def __init__(self, patterns: tuple[str, ...]) -> None:
        self.patterns = patterns
        self._compiled: re.Pattern[str] | None = None
        tokens = [_glob_tokens(p) for p in patterns]
        self._tokens: list[tuple[tuple[str, str], ...]] | None = None if None in tokens else tokens  # type: ignore[assignment]
        # the literal pieces of each glob, every one of which a path it matches holds: most globs are ruled out by
        # a substring test in C before any walk ('readme' is not in 'model_card.md')
        self._literals = [tuple(text for kind, text in t if kind == "lit") for t in self._tokens or ()]
        self._walked: dict[str, bool] = {}  # the answers of the walk (a run asks about the same paths twice)

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = (re.compile("|".join(f"(?:{glob_to_regex(p)})" for p in self.patterns), re.IGNORECASE)
                              if self.patterns else re.compile(r"(?!)"))
        return self._compiled

    def match(self, path: str) -> bool | None:
        """True when a glob matches the whole of ``path``, else None (as ``re.Pattern.match`` tests read)."""
        walked = self._walked.get(path)
        if walked is None and self._tokens is not None and len(self._walked) < _GLOB_WALK_UP_TO \
                and path.isascii() and "\n" not in path:
            low = path.lower()
            walked = self._walked[path] = any(
                _walk(t, 0, low, 0) for t, lits in zip(self._tokens, self._literals, strict=True)
                if all(lit in low for lit in lits))
        if walked is not None:
            return True if walked else None
        return True if self.compiled().match(path) is not None else None


_GLOB_WALK_UP_TO = 32  # paths walked (~0.1 ms each with the default globs); after them, compiling (~3 ms) is cheaper


def _glob_tokens(pattern: str) -> tuple[tuple[str, str], ...] | None:
    """The tokens of :func:`glob_to_regex` for an ASCII glob without ``[`` (None otherwise: such a glob is
    left to the regular expression): ("lit", lower-cased text), ("any", ".*"), ("seg", "[^/]*"),
    ("one", "[^/]"), ("dirs", "(?:.*/)?"), ("tail", "(?:/.*)?")."""
    if not pattern.isascii() or "[" in pattern:
        return None
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append(("dirs", ""))
            i += 3
        elif pattern.startswith("/**", i) and i + 3 == len(pattern):
            out.append(("tail", ""))
            i += 3
        elif pattern.startswith("**", i):
            out.append(("any", ""))
            i += 2
        elif pattern[i] == "*":
            out.append(("seg", ""))
            i += 1
        elif pattern[i] == "?":
            out.append(("one", ""))
            i += 1
        else:
            j = i
            j = i + 1  # one character at least: a '/' that does not start the final '/**' is literal here
            while j < len(pattern) and pattern[j] not in "*?" and not (pattern.startswith("/**", j)
                                                                     and j + 3 == len(pattern)):
                j += 1
            out.append(("lit", pattern[i:j].lower()))
            i = j
    return tuple(out)


def _walk(tokens: tuple[tuple[str, str], ...], t: int, path: str, i: int) -> bool:
    """Whether ``tokens[t:]`` match all of ``path[i:]`` (lower-cased ASCII without a line break)."""
    while t < len(tokens):
        kind, text = tokens[t]
        if kind == "lit":
            if not path.startswith(text, i):
                return False
            i += len(text)
        elif kind == "one":
            if i >= len(path) or path[i] == "/":
                return False
            i += 1
        elif kind == "seg":  # [^/]*: any run up to the next slash
            end = path.find("/", i)
            end = len(path) if end < 0 else end
            return any(_walk(tokens, t + 1, path, k) for k in range(i, end + 1))
        elif kind == "any":  # .*
            return any(_walk(tokens, t + 1, path, k) for k in range(i, len(path) + 1))
        elif kind == "dirs":  # (?:.*/)?: nothing, or anything up to and including a slash
            return _walk(tokens, t + 1, path, i) or any(
                _walk(tokens, t + 1, path, k + 1) for k in range(i, len(path)) if path[k] == "/")
        else:  # tail, (?:/.*)? at the end
            return i == len(path) or path[i] == "/"
        t += 1
    return i == len(path)


@lru_cache(maxsize=64)
def _any_glob(patterns: tuple[str, ...]) -> _GlobSet:
    """One matcher for a list of globs (matching 40 globs one by one over a 10,000-path tree with a
    regular expression each is the slowest part of discovery otherwise).

    Matching is case-insensitive (README.md and Readme.md are the same kind of file)."""
    return _GlobSet(patterns)


def role_of(path: str) -> str:
    """What kind of document a path is, from its name."""
    name = path.rsplit("/", 1)[-1]
    lower = name.lower()
    if lower == "citation.cff":
        return v.CITATION
    if lower in v.PACKAGE_FILES:
        return v.PACKAGE
    folded = lazyre.folded(name)
    for prefixes, role in _ROLE_PREFIXES:
        if folded.startswith(prefixes):
            return role
    if folded.startswith("copying") or any(word in folded for word in _LICENSE_WORDS):
        return v.LICENSE
    return v.DOCS


def _inside_work_tree(root: Path) -> bool:
    """What ``git rev-parse --is-inside-work-tree`` answers, from the file system where that is certain.

    Every run used to start a git process for this question before the one that lists the files.  A work
    tree has a ``.git`` entry (a directory, or a file for worktrees and submodules) in it or above it; a
    folder inside ``.git`` or a bare repository is none.  When GIT_DIR or GIT_WORK_TREE is set (git's
    own hooks may set them), git is asked, as before."""
    if os.environ.get("GIT_DIR") or os.environ.get("GIT_WORK_TREE"):
        answer = git_stdout(["-C", str(root), "rev-parse", "--is-inside-work-tree"], timeout=30)
        return answer is not None and answer.strip() == b"true"
    try:
        resolved = root.resolve()
        if ".git" in resolved.parts or ((resolved / "HEAD").is_file() and (resolved / "objects").is_dir()):
            return False  # inside a git directory, or a bare repository
        return any((d / ".git").exists() for d in (resolved, *resolved.parents))
    except OSError:
        return False


def _git_paths(root: Path, configs: GitConfigs) -> list[str] | None:
    """The tracked files under ``root`` (inside a work tree), or None when git cannot list them."""
    listed = gitindex.tracked_paths(root, (configs.repository, *configs.others))  # git's answer, from its index
    if listed is not None:
        return listed
    out = git_stdout(["-C", str(root), "ls-files", "-z", "--cached", "--", "."], timeout=120)
    if out is None:
        return None
    return [p for p in out.decode("utf-8", "surrogateescape").split("\0") if p]


_SIGKILL = 9  # (POSIX fixes the number; the signal module costs start-up for one constant)


def git_stdout(args: list[str], timeout: float) -> bytes | None:
    """The standard output of ``git ARGS`` when it exits 0, else None (git cannot start, fails, or runs
    longer than ``timeout`` seconds and is killed).  Its standard error is discarded.

    Where the system has posix_spawn, git is started with it: importing the subprocess module (threading,
    signal and selectors come with it) costs the pre-commit hook more than starting git does."""
    import select  # lazy: most hook runs read the file list from the index (openwash.gitindex), without git

    argv = ["git", *args]
    if not hasattr(os, "posix_spawnp") or not hasattr(select, "poll"):
        import subprocess

        try:
            proc = subprocess.run(argv, capture_output=True, timeout=timeout)
        except (OSError, subprocess.SubprocessError):
            return None
        return proc.stdout if proc.returncode == 0 else None
    read_end, write_end = os.pipe()  # both ends close on exec; the child gets a copy of write_end as stdout
    try:
        pid = os.posix_spawnp("git", argv, os.environ, file_actions=[
            (os.POSIX_SPAWN_DUP2, write_end, 1), (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)])
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    os.close(write_end)
    chunks: list[bytes] = []
    reaped = False
    try:
        poller = select.poll()
        poller.register(read_end, select.POLLIN)
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not poller.poll(left * 1000):
                return None  # too slow: killed below
            chunk = os.read(read_end, 1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
        _pid, status = os.waitpid(pid, 0)
        reaped = True
        return b"".join(chunks) if os.waitstatus_to_exitcode(status) == 0 else None
    finally:
        os.close(read_end)
        if not reaped:
            with contextlib.suppress(OSError):
                os.kill(pid, _SIGKILL)
                os.waitpid(pid, 0)


def _walk_paths(root: Path, notices: list[Notice]) -> list[str]:
    paths: list[str] = []
    stack = [""]
    while stack:
        rel_dir = stack.pop()
        try:
            entries = list(os.scandir(root / rel_dir if rel_dir else root))
        except OSError as exc:
            notices.append(Notice(f"cannot list directory: {exc.strerror}", rel_dir or "."))
            continue
        for entry in entries:
            rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name in (".git", ".hg", ".svn", "__pycache__", "node_modules", ".venv", "venv"):
                        continue
                    stack.append(rel)
                    continue
            except OSError:
                continue
            paths.append(rel)
            if len(paths) >= MAX_TREE_ENTRIES:
                notices.append(Notice(f"stopped listing after {MAX_TREE_ENTRIES} files", "."))
                return sorted(paths)
    return sorted(paths)


def read_text_file(path: Path, rel: str, notices: list[Notice], max_bytes: int = MAX_FILE_BYTES) -> str | None:
    """Read a document if it is a regular, small, UTF-8 text file; otherwise add a notice."""
    try:
        st = os.lstat(path)
    except OSError as exc:
        notices.append(Notice(f"skipped: cannot read ({exc.strerror})", rel))
        return None
    if stat.S_ISLNK(st.st_mode):
        notices.append(Notice("skipped: symbolic link (links are never followed)", rel))
        return None
    if not stat.S_ISREG(st.st_mode):
        notices.append(Notice("skipped: not a regular file", rel))
        return None
    if st.st_size > max_bytes:
        notices.append(Notice(f"skipped: {st.st_size} bytes is over the {max_bytes}-byte limit", rel))
        return None
    try:
        # O_NOFOLLOW closes the race between lstat and open; O_NONBLOCK keeps a swapped-in FIFO from hanging.
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                notices.append(Notice("skipped: not a regular file", rel))
                return None
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        notices.append(Notice(f"skipped: cannot read ({exc.strerror})", rel))
        return None
    return decode_document(data, rel, notices, max_bytes)


def decode_document(data: bytes, rel: str, notices: list[Notice], max_bytes: int = MAX_FILE_BYTES) -> str | None:
    """The text of a document's bytes if they are small, not binary and UTF-8; otherwise add a notice.

    Shared by the local reader and the organization sweep (which gets bytes from the GitHub API)."""
    if len(data) > max_bytes:
        notices.append(Notice(f"skipped: over the {max_bytes}-byte limit", rel))
        return None
    if b"\0" in data[:8192]:
        notices.append(Notice("skipped: binary file", rel))
        return None
    try:
        # what decode("utf-8-sig") does (one leading BOM dropped; an error's offset counts from after it),
        # without importing that codec's module on the hook path
        return (data[3:] if data[:3] == b"\xef\xbb\xbf" else data).decode("utf-8")
    except UnicodeDecodeError as exc:
        notices.append(Notice(f"skipped: not UTF-8 (byte {exc.start})", rel))
        return None


def _repo_name(root: Path) -> str:
    return root.resolve().name


def _repo_owner(root: Path, name: str, is_git: bool, configs: GitConfigs | None = None) -> str:
    """Who publishes the repository: an ``owner__name`` directory, else the git remote's owner.

    The owner's name in a sentence ("Acme has open-sourced ...") names the repository's own publisher."""
    if "__" in name:
        return name.split("__", 1)[0]
    if not is_git:
        return ""
    url = origin_url_from_config(root, configs)
    if url is None:  # the config file alone cannot tell: ask git
        out = git_stdout(["-C", str(root), "config", "--get", "remote.origin.url"], timeout=10)
        url = out.decode("utf-8", "replace").strip() if out is not None else ""
    m = re.search(r"[:/]([^/:]+)/[^/]+?(?:\.git)?/?$", url)
    return m.group(1) if m else ""


# Environment variables with which git reads configuration from elsewhere than the repository's config file.
_GIT_CONFIG_ENV = ("GIT_DIR", "GIT_COMMON_DIR", "GIT_CONFIG", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT",
                   "GIT_CONFIG_GLOBAL", "GIT_CONFIG_SYSTEM")
_SECTION_RE = lazyre.compile(r'\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\\n]|\\.)*)")?\s*\]\s*(?:[#;].*)?')
_URL_RE = lazyre.compile(r"url\s*=\s*([^\s\"\\#;][^\"\\#;]*?)?\s*(?:[#;].*)?", re.IGNORECASE)


@record(frozen=True)
class GitConfigs:
    """The texts of the configuration files git reads for the work tree holding a folder, read once per run:
    the file list (:mod:`openwash.gitindex`) and the repository's owner (:func:`origin_url_from_config`) both
    look at them.  None stands for a file that could not be read (or, for the repository's, was not found)."""

    repository: str | None
    others: tuple[str | None, ...]  # git's global and system files that exist


def read_git_configs(root: Path) -> GitConfigs:
    """The repository's configuration file and git's user and system ones (:class:`GitConfigs`)."""
    try:
        repository = _repository_config(root)
    except (OSError, ValueError):
        repository = None
    others: list[str | None] = []
    for other in _user_and_system_configs():
        try:
            others.append(other.read_text(encoding="utf-8", errors="replace"))
        except (FileNotFoundError, NotADirectoryError):
            continue
        except (OSError, ValueError):
            others.append(None)
    return GitConfigs(repository, tuple(others))


def origin_url_from_config(root: Path, configs: GitConfigs | None = None) -> str | None:
    """``git config --get remote.origin.url`` for the work tree holding ``root`` ("" when unset), read from
    the repository's config file: the hook then starts no git process for it.  None
    when the file alone cannot give git's answer (git's environment overrides, an include, per-worktree
    configuration, quoting or escapes in the value, a user or system configuration that mentions a remote
    origin, anything unusual); the caller asks git then.  ``configs``: the files as already read."""
    if any(os.environ.get(k) for k in _GIT_CONFIG_ENV):
        return None
    configs = configs if configs is not None else read_git_configs(root)
    text = configs.repository
    if text is None:
        return None
    for other in configs.others:
        if other is None:
            return None
        low = other.lower()
        if "origin" in low or "include" in low:
            return None
    low = text.lower()
    if "include" in low or "worktreeconfig" in low:
        return None
    url = ""
    in_origin = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line[0] == "[":
            m = _SECTION_RE.fullmatch(line)
            if m is None:
                return None
            section, sub = m.group(1).lower(), m.group(2)
            if sub is not None and "\\" in sub:
                return None
            # [remote "origin"] (the subsection is case-sensitive) or the old [remote.origin] (it is not)
            in_origin = (section == "remote" and sub == "origin") or (sub is None and section == "remote.origin")
            continue
        if line.endswith("\\"):
            return None  # a value continued on the next line
        if in_origin and line[:3].lower() == "url" and line[3:4] in ("", " ", "\t", "="):
            m = _URL_RE.fullmatch(line)
            if m is None:
                return None
            url = m.group(1) or ""  # the last value wins, as for git config --get
    return url


def _repository_config(root: Path) -> str | None:
    """The text of the config file of the repository whose work tree holds ``root`` (None: not found)."""
    resolved = root.resolve()
    for d in (resolved, *resolved.parents):
        dot_git = d / ".git"
        if dot_git.is_dir():
            git_dir = dot_git
        elif dot_git.is_file():  # a linked worktree or a submodule: "gitdir: PATH"
            first = dot_git.read_text(encoding="utf-8").split("\n", 1)[0]
            if not first.startswith("gitdir: "):
                return None
            git_dir = d / first[len("gitdir: "):].strip()
        else:
            continue
        common = git_dir / "commondir"
        if common.is_file():
            git_dir = git_dir / common.read_text(encoding="utf-8").strip()
        config = git_dir / "config"
        return config.read_text(encoding="utf-8") if config.is_file() else None
    return None


def _which(command: str) -> str | None:
    """``shutil.which(command)`` on POSIX (the first executable file of that name on PATH), without importing
    shutil and the compression modules it loads (~3 ms of every hook run)."""
    if os.name != "posix":  # PATHEXT and the current folder: shutil knows those rules
        import shutil

        return shutil.which(command)
    path = os.environ.get("PATH", None)
    if path is None:
        try:
            path = os.confstr("CS_PATH")
        except (AttributeError, ValueError):
            path = os.defpath
    if not path:
        return None
    seen: set[str] = set()
    for folder in path.split(os.pathsep):
        if folder in seen:
            continue
        seen.add(folder)
        name = os.path.join(folder, command)
        if os.path.exists(name) and os.access(name, os.F_OK | os.X_OK) and not os.path.isdir(name):
            return name
    return None


def _user_and_system_configs() -> list[Path]:
    """Git's global and system configuration files (read before the repository's, so a value there counts
    only when the repository's file has none)."""
    home = os.environ.get("HOME", "")
    xdg = os.environ.get("XDG_CONFIG_HOME") or (os.path.join(home, ".config") if home else "")
    out = []
    if os.environ.get("GIT_CONFIG_NOSYSTEM", "").lower() not in ("1", "true", "yes", "on"):
        out.append(Path("/etc/gitconfig"))
        git = _which("git")
        if git:  # a git installed under another prefix reads PREFIX/etc/gitconfig
            prefix = Path(os.path.realpath(git)).parent.parent
            if str(prefix) not in ("/", "/usr"):
                out.append(prefix / "etc" / "gitconfig")
    if xdg:
        out.append(Path(xdg) / "git" / "config")
    if home:
        out.append(Path(home) / ".gitconfig")
    return out


def in_scope(paths: list[str], include: list[str], exclude: list[str]) -> list[str]:
    """Documents in scope.  Root-level Markdown and nested READMEs other than under docs/ count as model
    cards only when they carry a card's YAML front matter, and are side pages (evidence only) otherwise;
    that test needs the content, so it is done by :func:`source_file` at read time."""
    inc, all_exc = _any_glob(tuple(include)).match, _any_glob(tuple(exclude)).match
    # .github/README is shown on the repository page: the hidden-folder exclude does not drop it.  That
    # second expression is compiled only when such a path turns up (each compilation costs the hook ~1 ms).
    plain = tuple(x for x in exclude if x != HIDDEN_FOLDERS) if HIDDEN_FOLDERS in exclude else None

    def exc(p: str) -> bool:
        if plain is not None and p[:1] == "." and (RENDERED_READMES.match(p) or _GITHUB_COMMUNITY_PAGE.match(p)):
            return _any_glob(plain).match(p) is not None
        return all_exc(p) is not None

    # A test on the file name first (memoized: names repeat) rules most paths of a large tree out cheaply;
    # for a few paths, compiling that test costs more than it saves.
    names = _last_segments(tuple(include)) if len(paths) > _NAME_TEST_FROM else None
    if names is not None:
        quick = names.match
        seen: dict[str, bool] = {}
        out = []
        for p in paths:
            name = p[p.rfind("/") + 1:]
            ok = seen.get(name)
            if ok is None:
                ok = seen[name] = quick(name) is not None
            if ok and inc(p) and not exc(p):
                out.append(p)
        return out
    return [p for p in paths if inc(p) and not exc(p)]


_NAME_TEST_FROM = 200  # paths


@lru_cache(maxsize=64)
def _last_segments(patterns: tuple[str, ...]) -> _GlobSet | None:
    """A regular expression that a path's file name must match for the path to match any of ``patterns``
    (their last segments), or None when a last segment can span directories (``**``)."""
    tails = {p.rsplit("/", 1)[-1] for p in patterns}
    if not tails or any("**" in t for t in tails):
        return None
    return _any_glob(tuple(sorted(tails)))


def needs_front_matter(rel: str) -> bool:
    """Markdown that is a model card with a card's front matter, and a side page (or, not Markdown, out of
    scope) without it."""
    name = rel.rsplit("/", 1)[-1]
    role = role_of(rel)
    if "/" not in rel:
        return role == "docs" and name.lower().endswith(".md")
    if rel.lower().startswith("docs/") or RENDERED_READMES.match(rel):
        return False
    return role == "readme"


MAX_NAME_NOTICES = 20


def _utf8_names(paths: list[str], notices: list[Notice]) -> list[str]:
    """Drop file names that are not valid UTF-8 (undecodable bytes arrive as surrogate escapes)."""
    good: list[str] = []
    bad = 0
    for p in paths:
        try:
            p.encode("utf-8")
        except UnicodeEncodeError:
            bad += 1
            if bad <= MAX_NAME_NOTICES:
                shown = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in p)
                notices.append(Notice("skipped: the file name is not valid UTF-8", shown))
            continue
        good.append(p)
    if bad > MAX_NAME_NOTICES:
        notices.append(Notice(f"skipped {bad - MAX_NAME_NOTICES} more files whose names are not valid UTF-8", "."))
    return good


def _inside(real_root: str, root: Path, rel: str) -> bool:
    """True when no folder on the way from ``root`` to ``rel`` is a symbolic link (or leaves the root)."""
    parent = rel.rsplit("/", 1)[0]
    real = os.path.realpath(root / parent)
    return real == os.path.join(real_root, *parent.split("/"))


def repository_dir(path: str | os.PathLike[str]) -> Path:
    """``path`` as the directory to check; a path that does not exist or is not a directory is the user's
    error (exit 2), named as it was given."""
    root = Path(path)
    if not root.exists():
        raise UsageError(f"no such path: {path}")
    if not root.is_dir():
        raise UsageError(f"not a directory: {path}")
    return root


def discover(root: Path, include: list[str] | None = None, exclude: list[str] | None = None,
             max_bytes: int = MAX_FILE_BYTES) -> Repository:
    """List the repository at ``root`` and read its documents in scope."""
    include = include if include is not None else DEFAULT_INCLUDE
    exclude = exclude if exclude is not None else DEFAULT_EXCLUDE
    notices: list[Notice] = []
    configs = read_git_configs(root) if _inside_work_tree(root) else None
    git_paths = _git_paths(root, configs) if configs is not None else None
    if git_paths is not None and not git_paths:
        git_paths = None  # nothing tracked here (a new or ignored directory): look at what is on disk
    paths = sorted(git_paths) if git_paths is not None else _walk_paths(root, notices)
    paths = _utf8_names(paths, notices)
    name = _repo_name(root)
    repo = Repository(root=root, name=name, paths=paths, notices=notices, is_git=git_paths is not None,
                      owner=_repo_owner(root, name, git_paths is not None, configs))
    real_root = os.path.realpath(root)
    for rel in select_documents(paths, include, exclude):
        full = root / rel
        if git_paths is not None and not os.path.lexists(full):
            continue  # deleted in the work tree but still in the index
        if "/" in rel and not _inside(real_root, root, rel):
            notices.append(Notice("skipped: a folder on its path is a symbolic link (links are never followed)", rel))
            continue
        text = read_text_file(full, rel, notices, max_bytes)
        if text is None:
            continue
        source = source_file(rel, text, include)
        if source is not None:
            repo.files.append(source)
    return repo


MAX_SIDE_PAGES = 32  # side pages read for evidence, the nearest the root first (each costs a Markdown parse)


def judged_files(repo: Repository) -> list[SourceFile]:
    """The documents a run judges: every one in scope but the side pages (see :func:`side_pages`)."""
    return [f for f in repo.files if f.role != v.SIDE_PAGE]


def side_pages(repo: Repository) -> list[SourceFile]:
    """The side pages (:data:`openwash.vocabulary.SIDE_PAGE`) whose evidence pointers a run reads: the
    :data:`MAX_SIDE_PAGES` nearest the root.  A monorepo may hold hundreds of folder READMEs; the training
    code and data of a release are told near its root."""
    pages = [f for f in repo.files if f.role == v.SIDE_PAGE]
    return sorted(pages, key=lambda f: (f.path.count("/"), f.path))[:MAX_SIDE_PAGES]


def _asked_for(rel: str, include: Iterable[str] | None) -> bool:
    """A glob of ``include`` that the default include does not have selects ``rel`` (the policy asks for it by
    name or with a wider glob such as '**/*.md')."""
    asked = tuple(g for g in include or () if g not in DEFAULT_INCLUDE)
    return bool(asked) and _any_glob(asked).match(rel) is not None


def _unasked_community_page(rel: str, include: list[str]) -> bool:
    """``rel`` is one of the :data:`COMMUNITY_PAGES` that the policy does not ask for (:func:`_asked_for`)."""
    return rel[rel.rfind("/") + 1:].lower().startswith(COMMUNITY_PAGES) and not _asked_for(rel, include)


def select_documents(paths: list[str], include: list[str], exclude: list[str]) -> list[str]:
    """The paths whose content a run reads: documents in scope, plus the license and use policy beside a
    model card in a subfolder (models/x/LICENSE).  Sorted."""
    selected = [p for p in in_scope(paths, include, exclude) if not _unasked_community_page(p, include)]
    card_dirs = {p.rsplit("/", 1)[0] for p in selected if "/" in p and role_of(p) == "model_card"}
    if card_dirs:
        chosen = set(selected)
        for p in paths:
            if "/" in p and p.rsplit("/", 1)[0] in card_dirs and p not in chosen \
                    and role_of(p) in v.TERMS_ROLES and not matches(p, exclude):
                selected.append(p)
    return sorted(selected)


def card_only(rel: str, include: Iterable[str] | None = None) -> bool:
    """``rel`` is in scope as a model card with a card's front matter and as a side page without: a root page or a
    folder's README (:func:`needs_front_matter`, which the default include brings in by '*.md' and '**/README.md'
    alone) that the policy does not ask for (:func:`_asked_for`; ``include`` None is the default's)."""
    return needs_front_matter(rel) and not _asked_for(rel, include)


def source_file(rel: str, text: str, include: Iterable[str] | None = None) -> SourceFile | None:
    """The :class:`SourceFile` for a selected document's text, or None when it is out of scope after all.
    Markdown that counts as a model card only with front matter (:func:`card_only`, under ``include``) is,
    without it, a side page (read for evidence pointers only); a README in another format without it is out
    of scope."""
    if card_only(rel, include):
        if has_card_front_matter(text):
            return SourceFile(path=rel, text=text, role=v.MODEL_CARD)
        if rel.lower().endswith(v.MARKDOWN_SUFFIXES):
            return SourceFile(path=rel, text=text, role=v.SIDE_PAGE)
        return None
    return SourceFile(path=rel, text=text, role=role_of(rel))


# a top-level key of YAML front matter (no indentation), read without loading the YAML
_FRONT_MATTER_KEY = lazyre.compile(r"^([A-Za-z_][\w\-]*)\s*:", re.M)
_FRONT_MATTER_END = lazyre.compile(r"^(?:---|\.\.\.)\s*$", re.M)


def has_card_front_matter(text: str) -> bool:
    """The text opens with YAML front matter that holds a key of a Hugging Face card (v.HUB_CARD_KEYS)."""
    text = text.lstrip("\ufeff")
    if not text.startswith("---"):
        return False
    first_break = text.find("\n")
    if first_break < 0 or text[:first_break].strip() != "---":
        return False
    end = _FRONT_MATTER_END.search(text, first_break + 1)
    block = text[first_break + 1:end.start() if end else min(len(text), 20_000)]
    return any(m.group(1) in v.HUB_CARD_KEYS for m in _FRONT_MATTER_KEY.finditer(block))


def add_fetched_document(rel: str, blob: dict[str, str], files: list[tuple[str, str, str]],
                         notices: list[tuple[str, str]], include: Iterable[str] | None = None) -> None:
    """A document fetched from a remote (``{"text"}`` or ``{"notice"}``, as
    :func:`openwash.github.fetch.blob_from_bytes` gives it) added to an engine task's ``files``
    (path, text, role) or ``notices`` (path, message); nothing when it is out of scope after all
    (:func:`source_file`, under the policy's ``include``).  The organization and Hub sweeps read their documents this way."""
    if "text" in blob:
        sf = source_file(rel, blob["text"], include)
        if sf is not None:
            files.append((sf.path, sf.text, sf.role))
    else:
        notices.append((rel, blob["notice"]))
