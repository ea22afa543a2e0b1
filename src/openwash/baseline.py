"""New findings only: compare the findings on a pull request's head with those on its base commit.

The base commit's tree is checked out into a temporary git worktree (hooks and LFS smudging off), the
engine runs on it, and findings are matched by :attr:`Finding.fingerprint` (rule + file + normalized
claim text), which survives line moves.  The policy is *always* read from the base commit: a pull
request that adds or edits ``.openwash.yml`` (``mode: annotate``, rules ``off``, waivers, a narrower
``files.include``) is checked under the policy it is asking to change, so it cannot relax its own check.
The new policy takes effect once it is merged.
"""

from __future__ import annotations

import contextlib
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openwash import engine
from openwash.errors import ConfigError, UsageError
from openwash.findings import Finding, sort_key
from openwash.policy import resolve
from openwash.records import field, record
from openwash.suppress import inline_suppressions, suppression_key

if TYPE_CHECKING:
    import datetime as dt
    import subprocess

    from openwash.engine import Result
    from openwash.policy import Policy

GIT_TIMEOUT = 300
POLICY_FILES = (".openwash.yml", ".openwash.yaml")


@record
class Comparison:
    """Head findings split against the findings on a base commit."""

    base_ref: str
    base_sha: str
    new: list[Finding] = field(default_factory=list)  # active on head, not on base
    preexisting: list[Finding] = field(default_factory=list)  # active on head and on base
    fixed: list[Finding] = field(default_factory=list)  # active on base, gone on head
    suppressed: list[Finding] = field(default_factory=list)  # active on base, waived/suppressed on head
    policy_changed: list[str] = field(default_factory=list)  # policy files the head changes (not applied)

    @property
    def short_ref(self) -> str:
        return self.base_sha[:12] if self.base_sha else self.base_ref

    def is_new(self, f: Finding) -> bool:
        ids = self.__dict__.get("_new_ids")
        if ids is None or len(ids) != len(self.new):
            ids = self.__dict__["_new_ids"] = {id(g) for g in self.new}
        return id(f) in ids


@record
class Outcome:
    """A run as the reports and the exit code see it: the result, and optionally a base comparison."""

    result: Result
    comparison: Comparison | None = None
    only_new: bool = False
    prefix: str = ""  # path of the scanned root inside the repository ("" or "models/x/")

    @property
    def gating(self) -> list[Finding]:
        """Findings that decide pass/fail: the new ones under only-new, else every active finding."""
        if self.only_new and self.comparison is not None:
            return list(self.comparison.new)
        return self.result.active

    @property
    def annotated(self) -> list[Finding]:
        return sorted(self.gating, key=sort_key)

    @property
    def failed(self) -> bool:
        return any(self.result.policy.fails(f.severity) for f in self.gating)

    @property
    def verdict(self) -> str:
        return "fail" if self.failed else "pass"

    def is_new(self, f: Finding) -> bool:
        return True if self.comparison is None else self.comparison.is_new(f)

    def counts(self) -> dict[str, int]:
        """Counts of the gating findings by severity, plus ``new``."""
        out = {"error": 0, "warning": 0, "notice": 0}
        for f in self.gating:
            out[f.severity] = out.get(f.severity, 0) + 1
        out["new"] = len(self.comparison.new) if self.comparison is not None else len(self.result.active)
        return out

    def to_json(self) -> dict[str, Any]:
        """The design.md JSON contract plus ``new`` per finding and a ``baseline`` object."""
        data = self.result.to_json()
        data["verdict"] = self.verdict
        if self.comparison is not None:
            c = self.comparison
            new_ids = {id(f) for f in c.new}
            for row, f in zip(data["findings"], self.result.findings, strict=True):
                row["new"] = id(f) in new_ids
            data["baseline"] = {
                "ref": c.base_ref, "sha": c.base_sha, "only_new": self.only_new,
                "new": len(c.new), "preexisting": len(c.preexisting),
                "fixed": [f.as_json() for f in c.fixed], "suppressed": [f.as_json() for f in c.suppressed],
                "policy_changed_not_applied": c.policy_changed,
            }
        return data


def compare(head: list[Finding], base: list[Finding], base_ref: str, base_sha: str) -> Comparison:
    """Split active head findings into new and pre-existing by fingerprint (as a multiset)."""
    base_active = [f for f in base if not f.waived]
    remaining = Counter(f.fingerprint for f in base_active)
    out = Comparison(base_ref=base_ref, base_sha=base_sha)
    for f in sorted((f for f in head if not f.waived), key=sort_key):
        fp = f.fingerprint
        if remaining[fp] > 0:
            remaining[fp] -= 1
            out.preexisting.append(f)
        else:
            out.new.append(f)
    waived_on_head = Counter(f.fingerprint for f in head if f.waived)
    for f in sorted(base_active, key=sort_key):
        if remaining[f.fingerprint] > 0:
            remaining[f.fingerprint] -= 1
            if waived_on_head[f.fingerprint] > 0:
                waived_on_head[f.fingerprint] -= 1
                out.suppressed.append(f)
            else:
                out.fixed.append(f)
    return out


# --- git plumbing -------------------------------------------------------------------------------


def _git(cwd: Path, *args: str, check: bool = True, timeout: float = GIT_TIMEOUT) -> subprocess.CompletedProcess[str]:
    import subprocess  # (here: the hook path never compares with a base commit, and starts git without it)

    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "GIT_LFS_SKIP_SMUDGE": "1"}
    try:
        proc = subprocess.run(["git", "-c", "core.hooksPath=/dev/null", "-C", str(cwd), *args],
                              capture_output=True, text=True, timeout=timeout, env=env)
    except FileNotFoundError:
        raise UsageError("git is not installed; comparing with a base commit needs git") from None
    except subprocess.TimeoutExpired:
        raise UsageError(f"git {args[0]} did not finish within {int(timeout)} s") from None
    if check and proc.returncode != 0:
        msg = (proc.stderr.strip().splitlines() or ["failed"])[-1]
        raise UsageError(f"git {args[0]}: {msg}")
    return proc


def repo_toplevel(root: Path) -> Path | None:
    proc = _git(root, "rev-parse", "--show-toplevel", check=False, timeout=30)
    if proc.returncode != 0 or not proc.stdout.strip():
        return None
    return Path(proc.stdout.strip())


def repo_prefix(root: Path) -> str:
    """Where ``root`` sits inside its git repository (``""`` at the top, ``"models/x/"`` below it)."""
    try:
        proc = _git(root, "rev-parse", "--show-prefix", check=False, timeout=30)
    except UsageError:
        return ""
    return proc.stdout.strip() if proc.returncode == 0 else ""


def resolve_commit(top: Path, ref: str, fetch: bool = True) -> str:
    """The full sha of ``ref``; fetches it from ``origin`` when a shallow checkout lacks it."""
    if not ref or ref.startswith("-"):
        raise UsageError(f"not a commit: {ref!r}")
    proc = _git(top, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", check=False)
    if proc.returncode == 0:
        return proc.stdout.strip()
    if fetch and _git(top, "remote", check=False).stdout.split().count("origin"):
        # actions/checkout fetches one commit by default; GitHub serves any reachable sha on request.
        _git(top, "fetch", "--quiet", "--no-tags", "--depth=1", "origin", ref, check=False)
        proc = _git(top, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", check=False)
        if proc.returncode == 0:
            return proc.stdout.strip()
    raise UsageError(f"cannot find the base commit {ref} in {top} (check out with `fetch-depth: 0`, "
                     "or make sure the commit can be fetched from origin)")


@contextlib.contextmanager
def checkout(top: Path, sha: str) -> Iterator[Path]:
    """A temporary, detached git worktree of ``sha``, named like the repository; removed afterwards."""
    import shutil  # (here, with tempfile: only a comparison with a base commit needs them)
    import tempfile

    tmp = Path(tempfile.mkdtemp(prefix="openwash-base-"))
    tree = tmp / top.name
    worktree = False
    try:
        worktree = _git(top, "worktree", "add", "--detach", "--quiet", str(tree), sha, check=False).returncode == 0
        if not worktree:
            _extract_archive(top, sha, tree)  # e.g. a repository that cannot take worktrees
        yield tree
    finally:
        if worktree:
            _git(top, "worktree", "remove", "--force", str(tree), check=False)
        shutil.rmtree(tmp, ignore_errors=True)
        if worktree:
            _git(top, "worktree", "prune", check=False)


def _extract_archive(top: Path, sha: str, dest: Path) -> None:
    """The tracked files of ``sha`` written under ``dest``: ``git archive`` streamed into tarfile with the
    ``data`` filter (no absolute paths, no links out of ``dest``, no devices)."""
    import subprocess
    import tarfile

    dest.mkdir(parents=True, exist_ok=True)
    try:
        proc = subprocess.Popen(["git", "-c", "core.hooksPath=/dev/null", "-C", str(top), "archive", "--format=tar",
                                 sha], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as exc:
        raise UsageError(f"cannot read the base commit {sha[:12]}: {exc}") from None
    assert proc.stdout is not None and proc.stderr is not None
    try:
        with tarfile.open(fileobj=proc.stdout, mode="r|") as tar:
            if hasattr(tarfile, "data_filter"):
                def skip_unsafe(member: tarfile.TarInfo, path: str) -> tarfile.TarInfo | None:
                    try:
                        return tarfile.data_filter(member, path)
                    except tarfile.FilterError:
                        return None  # a link out of the tree: left out, as discovery would not follow it

                tar.extractall(dest, filter=skip_unsafe)
            else:  # Python without extraction filters: regular files and directories only
                for m in tar:
                    if (m.isfile() or m.isdir()) and not m.name.startswith("/") and ".." not in Path(m.name).parts:
                        tar.extract(m, dest)
    except tarfile.TarError as exc:
        proc.kill()
        raise UsageError(f"cannot read the base commit {sha[:12]}: {exc}") from None
    finally:
        err = proc.stderr.read().decode("utf-8", "replace")
        code = proc.wait(timeout=GIT_TIMEOUT)
    if code != 0:
        raise UsageError(f"cannot read the base commit {sha[:12]}: {err.strip()[-200:]}")


# --- policy from the base -----------------------------------------------------------------------


def _is_path_source(src: str) -> bool:
    return not any(src.startswith(p) for p in ("builtin:", "https://", "http://", "github:"))


def _link_on_path(top: Path, rel: Path) -> str | None:
    """The first component of ``rel`` under ``top`` that is a symbolic link (as a repository path), else None."""
    current = top
    for i, part in enumerate(rel.parts):
        current = current / part
        if current.is_symlink():
            return "/".join(rel.parts[: i + 1])
    return None


def base_policy_source(explicit: str | None, top: Path, tree: Path) -> tuple[str | None, str | None]:
    """The explicit policy source as seen on the base commit, and a notice if it had to change.

    A path inside the repository is read from the base tree as a regular file, never from the head checkout;
    the path is taken as written (never resolved through the head checkout), and a symbolic link on it, in
    the head or in the base, is refused: a pull request could otherwise swap the workflow's policy for
    another file of the base commit.  If the file does not exist on the base commit, the base's own policy
    (or the default) applies."""
    if not explicit or not _is_path_source(explicit):
        return explicit, None
    path = Path(os.path.abspath(os.path.join(os.getcwd(), explicit)))  # lexical: links are not followed
    try:
        rel = path.relative_to(Path(os.path.realpath(top)))
    except ValueError:
        try:
            rel = path.relative_to(Path(os.path.abspath(top)))
        except ValueError:
            return explicit, None  # outside the repository: not something a pull request can edit
    for where, root in (("the pull request's checkout", top), ("the base commit", tree)):
        link = _link_on_path(root, rel)
        if link is not None:
            raise ConfigError(f"{link} is a symbolic link in {where}; a policy path given to openwash is read "
                              "from the base commit as a regular file, and symbolic links are refused",
                              source=explicit)
    base_path = tree / rel
    if os.path.lexists(base_path) and not base_path.is_file():
        raise ConfigError("not a regular file on the base commit", source=explicit)
    if base_path.is_file():
        return str(base_path), None
    return None, (f"policy {explicit} does not exist on the base commit; the base commit's own policy applies "
                  "until it is merged")


def _base_name(src: str, tree: Path, sha: str) -> str:
    """A policy source inside the temporary base tree, named as the repository path it came from."""
    if not _is_path_source(src):
        return src
    try:
        rel = Path(src).resolve().relative_to(tree.resolve())
    except ValueError:
        return src
    return f"{rel.as_posix()} (base {sha[:12]})"


def _base_origin(origin: str, tree: Path, sha: str) -> str:
    file, sep, line = origin.rpartition(":")
    if sep and line.isdigit():
        return f"{_base_name(file, tree, sha)}:{line}"
    return _base_name(origin, tree, sha)


def _policy_snapshot(path: Path) -> bytes | None:
    """What a policy file is, for comparison: its bytes, a link's target, or None when absent."""
    if path.is_symlink():
        return b"symlink:" + os.fsencode(os.readlink(path))
    if path.is_file():
        try:
            return path.read_bytes()
        except OSError:
            return None
    return None


def _files_under(root: Path, rel: str) -> list[str]:
    base = root / rel
    if base.is_symlink() or not base.is_dir():
        return []
    out = []
    for dirpath, dirnames, filenames in os.walk(base):  # never follows links; a linked folder is an entry
        links = [d for d in dirnames if (Path(dirpath) / d).is_symlink()]
        for name in [*filenames, *links]:
            out.append((Path(dirpath) / name).relative_to(root).as_posix())
    return out


def changed_policy_files(top: Path, tree: Path, prefix: str, explicit: str | None,
                         sources: list[str] | None = None) -> list[str]:
    """Policy files the change edits (they take effect after merge): the repository policy files, the
    ``[tool.openwash]`` pyproject.toml, anything under ``.openwash/``, the explicit policy path, and every
    local file the base policy extends."""
    names = [prefix + n for n in POLICY_FILES]
    for root in (top, tree):
        names.extend(_files_under(root, prefix + ".openwash"))
        pyproject = root / (prefix + "pyproject.toml")
        snap = _policy_snapshot(pyproject)
        if snap is not None and b"tool.openwash" in snap.replace(b" ", b""):
            names.append(prefix + "pyproject.toml")
    if explicit and _is_path_source(explicit):
        with contextlib.suppress(ValueError):
            names.append(Path(os.path.abspath(os.path.join(os.getcwd(), explicit))).relative_to(
                Path(os.path.realpath(top))).as_posix())
    for src in sources or []:
        with contextlib.suppress(ValueError, OSError):
            names.append(Path(os.path.abspath(src)).relative_to(Path(os.path.realpath(tree))).as_posix())
    out = []
    for rel in dict.fromkeys(names):
        if _policy_snapshot(top / rel) != _policy_snapshot(tree / rel):
            out.append(rel)
    return sorted(out)


def apply_overrides(policy: Policy, mode: str | None = None, fail_on: str | None = None) -> Policy:
    """Command-line ``--mode``/``--fail-on`` (the Action's inputs) over the policy's own settings.

    They are a layer like any other: an upstream policy that locks ``mode`` or ``fail_on`` cannot be
    weakened from the command line or a workflow input either (ConfigError, exit 2)."""
    if not mode and not fail_on:
        return policy
    if mode:
        policy.data = {**policy.data, "mode": mode}
        policy.origins["mode"] = "command line (--mode / the mode input)"
    if fail_on:
        policy.data = {**policy.data, "fail_on": fail_on}
        policy.origins["fail_on"] = "command line (--fail-on / the fail-on input)"
    from openwash.policy.merge import check_locks  # lazy: the merge (and its locks) is off the hook's path

    check_locks(policy)
    return policy


def evaluate(root: Path, explicit_policy: str | None = None, *, base_ref: str | None = None,
             only_new: bool = False, mode: str | None = None, fail_on: str | None = None,
             with_prefix: bool = False, resolve_options: dict[str, Any] | None = None,
             today: dt.date | None = None) -> tuple[Outcome, list[str]]:
    """Run the engine on ``root`` (and on ``base_ref`` when given); return the outcome and notices.

    ``with_prefix`` finds where ``root`` sits in its git repository, for reports whose paths must be
    relative to the repository root (annotations, SARIF); it costs a git call, so the hook path skips it.
    ``resolve_options`` go to :func:`openwash.policy.resolve` (offline, org, org_policy)."""
    notices: list[str] = []
    options = dict(resolve_options or {})
    prefix = repo_prefix(root) if (with_prefix or base_ref) and root.is_dir() else ""
    if not base_ref:
        if only_new:
            raise UsageError("--only-new needs --baseline-ref SHA (or a pull_request event in GitHub Actions)")
        policy = apply_overrides(resolve(root, explicit_policy, **options), mode, fail_on)
        return Outcome(engine.run(root, policy, today=today), prefix=prefix), notices
    top = repo_toplevel(root)
    if top is None:
        raise UsageError(f"--baseline-ref needs a git repository, and {root} is not in one")
    sha = resolve_commit(top, base_ref)
    with checkout(top, sha) as tree:
        base_root = tree / prefix if prefix else tree
        if not base_root.is_dir():
            base_root.mkdir(parents=True, exist_ok=True)  # the scanned folder is new in this pull request
        src, note = base_policy_source(explicit_policy, top, tree)
        if note:
            notices.append(note)
        policy = apply_overrides(resolve(base_root, src, **options), mode, fail_on)
        base_sources = list(policy.sources)
        policy.sources = [_base_name(s, tree, sha) for s in policy.sources]
        policy.origins = {k: _base_origin(v, tree, sha) for k, v in policy.origins.items()}
        changed = changed_policy_files(top, tree, prefix, explicit_policy, base_sources)
        base_result = engine.run(base_root, policy, today=today)

        # Under locked "*" (or a lock on suppressions) only the base commit's suppressions silence findings.
        policy.base_suppressions = frozenset(suppression_key(s) for s in inline_suppressions(base_result.docs))
        head_result = engine.run(root, policy, today=today)
    comparison = compare(head_result.findings, base_result.findings, base_ref, sha)
    comparison.policy_changed = changed
    if changed:
        notices.append(f"this change edits {', '.join(changed)}; the policy is read from the base commit "
                       f"{sha[:12]}, so the edit takes effect after merge")
    return Outcome(head_result, comparison, only_new=only_new, prefix=prefix), notices


# --- the pull_request event ---------------------------------------------------------------------


@record
class PullRequestEvent:
    number: int
    base_sha: str
    head_sha: str
    base_repo: str
    head_repo: str

    @property
    def from_fork(self) -> bool:
        return bool(self.head_repo) and self.head_repo.lower() != self.base_repo.lower()


def pull_request_event(env: dict[str, str] | None = None) -> PullRequestEvent | None:
    """The pull request of a ``pull_request``/``pull_request_target`` run, from ``$GITHUB_EVENT_PATH``."""
    env = env if env is not None else dict(os.environ)
    if not env.get("GITHUB_EVENT_NAME", "").startswith("pull_request"):
        return None
    path = env.get("GITHUB_EVENT_PATH")
    if not path:
        return None
    import json  # lazy: a check on the hook path imports this module but reads no event payload

    try:
        with open(path, encoding="utf-8") as fh:
            event = json.load(fh)
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read the event payload {path}: {exc}") from None
    pr = event.get("pull_request") if isinstance(event, dict) else None
    if not isinstance(pr, dict):
        return None

    def dig(obj: Any, *keys: str) -> Any:
        for k in keys:
            obj = obj.get(k) if isinstance(obj, dict) else None
        return obj

    base_sha = dig(pr, "base", "sha")
    number = pr.get("number", event.get("number"))
    if not isinstance(base_sha, str) or not isinstance(number, int):
        raise UsageError(f"the event payload {path} has no pull_request.base.sha or number")
    return PullRequestEvent(number=number, base_sha=base_sha, head_sha=str(dig(pr, "head", "sha") or ""),
                            base_repo=str(dig(pr, "base", "repo", "full_name") or env.get("GITHUB_REPOSITORY", "")),
                            head_repo=str(dig(pr, "head", "repo", "full_name") or ""))
