"""``openwash org OWNER``: check every repository of an organization (or user) through the GitHub API.

For each repository the sweep reads the file tree of the default branch and the documents in scope, and
runs the same engine as ``openwash check`` (:func:`openwash.engine.check_repository`) under the
repository's own policy (``.openwash.yml``), else the organization's central policy, else
``builtin:default``.

Cost (see :mod:`openwash.github.fetch`): one REST request per 100 repositories for the list, one REST
request per changed repository for its tree, one GraphQL query per ~50 repositories for their documents.
A repository whose ``pushed_at`` and default branch are unchanged since the last sweep costs nothing: its
tree, its documents and its result come from the cache.  The sweep keeps a checkpoint (one JSON line per
finished repository) and ``--resume`` continues an interrupted sweep where it stopped.

The engine runs in worker processes (one per CPU) while threads fetch; at most ``concurrency`` requests are
in flight at any time.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import datetime as dt
import fnmatch
import json
import os
import re
import sys
import time
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from openwash import __version__
from openwash.atomic import write_atomic
from openwash.discovery import MAX_FILE_BYTES, Repository, select_documents, source_file
from openwash.documents import Notice, SourceFile
from openwash.errors import ConfigError, FetchError, UsageError
from openwash.github.api import Api, ApiError, Interrupted, RateLimitError
from openwash.github.cache import DiskCache, cache_dir, digest
from openwash.github.fetch import (
    BATCH_MAX_BYTES,
    BATCH_MAX_OBJECTS,
    BATCH_MAX_REPOS,
    SYMLINK,
    BatchResult,
    RepoInfo,
    Tree,
    cached_tree,
    custom_properties,
    fetch_blobs,
    fetch_raw_blob,
    fetch_tree,
    list_repositories,
)
from openwash.policy import Policy
from openwash.vocabulary import OPEN_SOURCE_KINDS

OWN_POLICY_FILES = (".openwash.yml", ".openwash.yaml")
BACKING_RULES = ("OW101", "OW102", "OW103", "OW106")  # an open-source claim not backed by code, data, license
MAX_CLAIMS_LISTED = 50
INLINE_ENGINE_BELOW = 16  # smaller sweeps run the engine in this process
BATCH_MAX_DELAY = 0.5  # seconds a partly filled GraphQL batch waits for more repositories


@dataclass
class SweepOptions:
    owner: str
    api_url: str | None = None
    include_archived: bool = False
    forks: bool = True
    visibility: str = "all"  # all | public | private | internal
    topics: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    properties: list[tuple[str, str]] = field(default_factory=list)
    concurrency: int = 4
    resume: bool = False
    jobs: int | None = None
    max_wait: float = field(default_factory=lambda: float(os.environ.get("OPENWASH_GITHUB_MAX_WAIT") or 3600))
    org_policy: str | None = None  # where the central policy is (default github:{owner}/.github/openwash.yml)
    progress: bool = True

    def filters(self) -> dict[str, Any]:
        return {"include_archived": self.include_archived, "forks": self.forks, "visibility": self.visibility,
                "topics": sorted(self.topics), "names": sorted(self.names),
                "properties": sorted(f"{k}={v}" for k, v in self.properties)}


@dataclass
class OrgReport:
    owner: str
    owner_kind: str
    api_url: str
    generated: str
    filters: dict[str, Any]
    outcomes: list[dict[str, Any]]
    listed: int
    central_policy: list[str]
    requests: dict[str, Any] = field(default_factory=dict)
    issues: list[dict[str, Any]] = field(default_factory=list)
    elapsed: float = 0.0

    @property
    def failed(self) -> bool:
        return any(o.get("verdict") == "fail" for o in self.outcomes)

    def summary(self) -> dict[str, Any]:
        verdicts = {v: 0 for v in ("pass", "fail", "error", "empty")}
        by_rule: dict[str, dict[str, int]] = {}
        categories: dict[str, int] = {}
        claiming = backed = models = 0
        for o in self.outcomes:
            verdicts[o["verdict"]] = verdicts.get(o["verdict"], 0) + 1
            if o["verdict"] not in ("pass", "fail"):
                continue
            if o.get("claims_open_source"):
                claiming += 1
                if o.get("backed"):
                    backed += 1
            if o.get("is_model_release"):
                models += 1
            cat = (o.get("license") or {}).get("category", "unknown")
            categories[cat] = categories.get(cat, 0) + 1
            seen: set[str] = set()
            for f in o.get("findings", []):
                if f.get("waived"):
                    continue
                row = by_rule.setdefault(f["rule"], {"repositories": 0, "findings": 0})
                row["findings"] += 1
                if f["rule"] not in seen:
                    seen.add(f["rule"])
                    row["repositories"] += 1
        return {
            "repositories": len(self.outcomes), "listed": self.listed, "skipped_by_filters":
                self.listed - len(self.outcomes), **verdicts, "model_releases": models,
            "claiming_open_source": claiming, "backed": backed, "not_backed": claiming - backed,
            "by_rule": dict(sorted(by_rule.items())), "license_categories": dict(sorted(categories.items())),
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "tool": {"name": "openwash", "version": __version__},
            "owner": self.owner, "owner_kind": self.owner_kind, "api_url": self.api_url,
            "generated": self.generated, "filters": self.filters,
            "central_policy": self.central_policy,
            "summary": self.summary(),
            "repositories": self.outcomes,
            "issues": self.issues,
            "requests": self.requests,
        }


# -- progress -------------------------------------------------------------------------------------------------
class Progress:
    """A progress bar on a terminal, plain lines (every 10%) otherwise; messages never garble the bar."""

    def __init__(self, stream: TextIO, enabled: bool = True) -> None:
        self.stream = stream
        self.enabled = enabled
        self.tty = enabled and hasattr(stream, "isatty") and stream.isatty()
        self.total = 0
        self.done = 0
        self._last_step = 0
        self._drawn = False
        self.started = time.monotonic()

    def start(self, total: int, note: str = "") -> None:
        self.total = total
        self.started = time.monotonic()
        if self.enabled and not self.tty:
            self.stream.write(f"openwash: checking {total} repositories{note}\n")
            self.stream.flush()

    def message(self, text: str) -> None:
        if self._drawn:
            self.stream.write("\r\033[K")
            self._drawn = False
        from openwash.safetext import printable

        self.stream.write(printable(f"openwash: {text}") + "\n")
        self.stream.flush()
        self._draw("")

    def advance(self, name: str = "") -> None:
        self.done += 1
        if not self.enabled:
            return
        if self.tty:
            self._draw(name)
            return
        step = (self.done * 10) // max(self.total, 1)
        if step > self._last_step:
            self._last_step = step
            self.stream.write(f"openwash: {self.done}/{self.total} repositories checked\n")
            self.stream.flush()

    def _draw(self, name: str) -> None:
        if not self.tty or not self.total:
            return
        width = 30
        filled = int(width * self.done / self.total)
        rate = self.done / max(time.monotonic() - self.started, 1e-6)
        label = name[:40]
        self.stream.write(f"\r\033[K[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
                          f"{rate:.1f}/s {label}")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self._drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._drawn = False


# -- checkpoint -----------------------------------------------------------------------------------------------
class Checkpoint:
    """One JSON line per finished repository, so that an interrupted sweep can continue (``--resume``)."""

    def __init__(self, path: Path | None, key: str, say: Callable[[str], None] | None = None) -> None:
        self.path = path
        self.key = key
        self._fh: Any = None
        self.say = say or (lambda _msg: None)

    def load(self) -> dict[str, dict[str, Any]]:
        done: dict[str, dict[str, Any]] = {}
        if self.path is None or not self.path.is_file():
            return done
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return done
        if not lines:
            return done
        try:
            header = json.loads(lines[0])
        except ValueError:
            return done
        if not isinstance(header, dict) or header.get("key") != self.key:
            return done
        for line in lines[1:]:
            try:
                row = json.loads(line)
            except ValueError:
                continue  # a line cut short by the interruption
            if isinstance(row, dict) and isinstance(row.get("outcome"), dict):
                out = row["outcome"]
                done[str(out.get("repository", "")).lower()] = out
        return done

    def open(self, keep: dict[str, dict[str, Any]]) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            lines = [json.dumps({"key": self.key, "version": __version__, "started": _now()})]
            lines += [json.dumps({"outcome": o}, ensure_ascii=False) for o in keep.values()]
            write_atomic(self.path, ("\n".join(lines) + "\n").encode("utf-8"))
            self._fh = self.path.open("a", encoding="utf-8")
        except OSError as exc:
            self._fh = None
            self.say(f"cannot write the checkpoint {self.path} ({exc.strerror or exc}); --resume will not be "
                     "able to continue this sweep")

    def record(self, outcome: dict[str, Any]) -> None:
        if self._fh is not None:
            try:
                self._fh.write(json.dumps({"outcome": outcome}, ensure_ascii=False) + "\n")
                self._fh.flush()
            except OSError as exc:  # a full disk ends the checkpoint, never the sweep
                self.close()
                self.say(f"cannot write the checkpoint {self.path} ({exc.strerror or exc}); --resume will not "
                         "be able to continue this sweep")

    def close(self) -> None:
        if self._fh is not None:
            fh, self._fh = self._fh, None
            with contextlib.suppress(OSError):
                fh.close()

    def remove(self) -> None:
        self.close()
        if self.path is not None:
            with contextlib.suppress(OSError):
                self.path.unlink()


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- filters --------------------------------------------------------------------------------------------------
def matches_filters(info: RepoInfo, options: SweepOptions) -> bool:
    if info.archived and not options.include_archived:
        return False
    if info.fork and not options.forks:
        return False
    if options.visibility != "all" and info.visibility != options.visibility:
        return False
    topics = {t.lower() for t in info.topics}
    if any(t.lower() not in topics for t in options.topics):
        return False
    if options.names and not any(fnmatch.fnmatchcase(info.name.lower(), g.lower()) for g in options.names):
        return False
    for key, value in options.properties:
        have = info.properties.get(key)
        values = [str(v) for v in have] if isinstance(have, list) else ([] if have is None else [str(have)])
        if value not in values:
            return False
    return True


# -- policies -------------------------------------------------------------------------------------------------
def policy_digest(policy: Policy) -> str:
    return digest(json.dumps({"data": policy.data, "sources": policy.sources}, sort_keys=True, default=str))


def _github_spec(source: str) -> tuple[str, str, str, str | None]:
    """(owner, repo, path, ref) of a ``github:`` source, validated like every policy source (no empty, '.' or
    '..' segments: ``github:acme/../victim/x.yml`` is an error, not a request for another repository)."""
    from openwash.policy.sources import parse

    ref = parse(source)
    return ref.owner, ref.repo, ref.file, ref.ref or None


class Policies:
    """The owner's central policy and the repositories' own policies, resolved with :mod:`openwash.policy`.

    Policy files are read with the sweep's client (the sweep's API host, its cache and its rate-limit
    handling) and handed to :func:`openwash.policy.resolve_source` as text; sources they extend are fetched
    by the policy package once per sweep (a shared session)."""

    def __init__(self, api: Api, owner: str, template: str | None, *, has_dot_github: bool = True,
                 dot_github_pushed_at: str = "") -> None:
        self.api = api
        self.owner = owner
        self.template = template
        self.has_dot_github = has_dot_github
        # When the owner's .github repository was last pushed to (from the listing): a policy file found
        # absent there stays absent until it changes, so the 404 is remembered (a 404 is never a free 304).
        self.dot_github_pushed_at = dot_github_pushed_at
        self.session: dict[str, Any] = {}
        self._own: dict[str, Policy | ConfigError | FetchError] = {}
        self.notices: list[str] = []
        self.central_source: str | None = None  # merged under every repository policy (its locks bind them)
        self.central = self._load_central()

    def _load_central(self) -> Policy:
        from openwash.policy import central_policy_source, resolve_source

        explicit = bool(self.template or os.environ.get("OPENWASH_ORG_POLICY"))
        source = central_policy_source(self.owner, self.template)
        if not source.startswith("github:") or source.count("/") < 2:
            policy = resolve_source(source, session=self.session)
            self.central_source = source
            return policy
        owner, repo, _path, _ref = _github_spec(source)
        if not explicit and owner.lower() == self.owner.lower() and repo == ".github" and not self.has_dot_github:
            return resolve_source("builtin:default", session=self.session)  # no .github repository: no request
        text = self._github_text(source)
        if text is None:
            if explicit:
                raise ConfigError(f"organization policy {source} not found")
            return resolve_source("builtin:default", session=self.session)
        self.central_source = source
        return resolve_source(source, text=text, session=self.session)

    def _github_text(self, source: str) -> str | None:
        """Text of ``github:OWNER/REPO/PATH[@REF]`` fetched with the sweep's (caching) client; None if absent."""
        import base64

        owner, repo, path, ref = _github_spec(source)
        absent_key = ""
        if self.dot_github_pushed_at and repo.lower() == ".github" and owner.lower() == self.owner.lower():
            absent_key = digest(self.api.identity, owner.lower(), path, ref or "", self.dot_github_pushed_at)
            if self.api.cache.get("policy-absent", absent_key) is not None:
                return None
        try:
            got = self.api.get(f"/repos/{owner}/{repo}/contents/{quote(path)}", {"ref": ref} if ref else None,
                               kind="policy")
        except ApiError as exc:
            if exc.status == 404:
                if absent_key:
                    self.api.cache.put("policy-absent", absent_key, {"pushed_at": self.dot_github_pushed_at})
                return None
            raise
        value = got.value if isinstance(got.value, dict) else {}
        try:
            return base64.b64decode(value.get("content") or "").decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            raise ConfigError(f"policy {source} is not UTF-8 text") from None

    def own_source(self, full_name: str, filename: str, ref: str) -> str:
        """The source a repository's own policy file is resolved as: where its relative ``extends:`` point and
        which origin the sandbox holds it to.  pyproject.toml too is resolved as the github: source it is
        (never as a local file), so that what it extends is sandboxed like any fetched policy."""
        return f"github:{full_name}/{filename}@{ref}"

    def own(self, text: str, filename: str, full_name: str, ref: str) -> Policy:
        """The policy of a repository whose policy file (``filename`` at ``ref``) reads ``text``."""
        from openwash.policy import resolve_source

        key = digest(full_name, filename, ref, text)
        cached = self._own.get(key)
        if cached is None:
            try:
                cached = resolve_source(self.own_source(full_name, filename, ref), text=text, session=self.session,
                                        under=self.central_source)
            except (ConfigError, FetchError) as exc:
                cached = exc
            self._own[key] = cached
        if isinstance(cached, (ConfigError, FetchError)):
            raise cached
        return cached


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Changes whenever openwash's code or presets change (cached results are then recomputed)."""
    import openwash

    root = Path(openwash.__file__).parent
    parts = [__version__]
    for base in (root, root.parent.parent / "policies"):
        if base.is_dir():
            for p in sorted(base.rglob("*")):
                if p.suffix in (".py", ".yml", ".json") and p.is_file():
                    st = p.stat()
                    parts.append(f"{p.relative_to(base)}:{st.st_size}:{st.st_mtime_ns}")
    return digest(*parts)[:16]


# -- outcomes -------------------------------------------------------------------------------------------------
def blob_url(html_url: str, ref: str, path: str, line: int = 0) -> str:
    if not html_url:
        return ""
    url = f"{html_url}/blob/{quote(ref, safe='')}/{quote(path)}"
    return f"{url}#L{line}" if line else url


def finding_url(info: RepoInfo, ref: str, file: str, line: int = 0) -> str:
    """Where a finding is, on the web: a file of the repository at the commit checked, or, for a finding
    in a policy (OW901 at a waiver's line), that policy file: ``github:OWNER/REPO/PATH@REF`` on the same
    GitHub (the repository's own policy at the commit checked), an https:// policy itself.  A built-in
    preset has no page: ""."""
    if not file:
        return ""
    if file.startswith("github:") and file.count("/") >= 2:
        try:
            owner, repo, path, spec_ref = _github_spec(file)
        except ValueError:
            return ""
        web = info.html_url[: -len(info.full_name)].rstrip("/") if info.html_url.endswith(info.full_name) else ""
        if not web:
            return ""
        own = f"{owner}/{repo}".lower() == info.full_name.lower()
        return blob_url(f"{web}/{owner}/{repo}", ref if own else (spec_ref or "HEAD"), path, line)
    if file.startswith(("https://", "http://")):
        return file
    if file.startswith("builtin:"):  # a preset shipped in the package
        return ""
    return blob_url(info.html_url, ref, file, line)


def base_outcome(info: RepoInfo, verdict: str, error: str = "") -> dict[str, Any]:
    return {"repository": info.full_name, "name": info.name, "url": info.html_url, "open_issues": info.open_issues,
            "default_branch": info.default_branch, "commit": "", "visibility": info.visibility,
            "archived": info.archived, "fork": info.fork, "topics": list(info.topics), "verdict": verdict,
            "error": error, "policy": [], "is_model_release": False, "claims": [], "claims_open_source": 0,
            "claims_total": 0, "backed": None, "license": {"spdx": [], "names": [], "category": "unknown"},
            "evidence": {"training_code": [], "training_data": [], "weights": []},
            "findings": [], "summary": {"error": 0, "warning": 0, "notice": 0, "waived": 0}, "notices": []}


def outcome_from_result(result: Any, meta: dict[str, Any]) -> dict[str, Any]:
    """A repository's outcome (a JSON-able dict) from an engine Result."""
    info = RepoInfo.from_json(meta["info"])
    ref = meta.get("commit") or info.default_branch
    data = result.to_json()
    out = base_outcome(info, data["verdict"])
    out["commit"] = meta.get("commit", "")
    out["policy"] = list(data["policy"]["sources"])
    out["is_model_release"] = bool(data["is_model_release"])
    claims = []
    seen_claims: set[tuple] = set()  # one claim per place and kind, whatever the detector repeats
    for c in data["claims"]:
        key = (c.get("file"), c.get("line"), c.get("column"), c.get("kind"))
        if not c.get("negated") and key not in seen_claims:
            seen_claims.add(key)
            claims.append(c)
    for c in claims[:MAX_CLAIMS_LISTED]:
        out["claims"].append({**c, "url": blob_url(info.html_url, ref, c["file"], c["line"])})
    out["claims_total"] = len(claims)
    out["claims_open_source"] = sum(1 for c in claims if c.get("kind") in OPEN_SOURCE_KINDS)
    findings = []
    for f in data["findings"]:
        findings.append({**f, "url": finding_url(info, ref, f.get("file") or "", f["line"])})
    out["findings"] = findings
    if out["claims_open_source"]:
        out["backed"] = not any(f["rule"] in BACKING_RULES and not f.get("waived") for f in findings)
    lic = data["evidence"]["license"]
    out["license"] = {"spdx": list(lic.get("spdx", [])), "names": list(lic.get("names", [])),
                      "category": lic.get("category", "unknown")}
    for key in ("training_code", "training_data", "weights"):
        out["evidence"][key] = [{"kind": e["kind"], "value": e["value"], "file": e["file"], "line": e["line"]}
                                for e in data["evidence"][key][:10]]
        out["evidence"][f"{key}_count"] = len(data["evidence"][key])
    if data["evidence"].get("gated"):
        out["evidence"]["gated"] = data["evidence"]["gated"]  # the Hub's access gate (openwash hf)
    out["summary"] = data["summary"]
    out["notices"] = [f"{n['file']}: {n['message']}" if n.get("file") else n["message"] for n in data["notices"]]
    return out


def engine_task(payload: dict[str, Any]) -> dict[str, Any]:
    """Run the engine on one repository (in a worker process or inline)."""
    from openwash.engine import check_repository

    info = RepoInfo.from_json(payload["meta"]["info"])
    repo = Repository(root=Path(info.full_name), name=info.name, paths=payload["paths"],
                      files=[SourceFile(path=p, text=t, role=r) for p, t, r in payload["files"]],
                      notices=[Notice(m, p) for p, m in payload["notices"]],
                      owner=info.full_name.split("/", 1)[0], gated=str(payload["meta"].get("gated") or ""))
    try:
        result = check_repository(repo, payload["policy"], today=payload["today"])
    except Exception as exc:  # an engine bug must not end the sweep of a thousand repositories
        out = base_outcome(info, "error", f"internal error while checking: {exc.__class__.__name__}: {exc}")
        out["commit"] = payload["meta"].get("commit", "")
        return out
    return outcome_from_result(result, payload["meta"])


# -- the sweep ------------------------------------------------------------------------------------------------
@dataclass
class _Work:
    info: RepoInfo
    counted: bool = False  # its tree was asked for and it is not finished (Sweep.in_flight)
    state: dict[str, Any] | None = None
    tree: Tree | None = None
    commit: str = ""
    want_commit: bool = False
    policy: Policy | None = None
    own_policy: str = ""
    need: set[str] = field(default_factory=set)
    in_batch: bool = False
    next_step: str = ""  # what to do when the blobs arrive: "policy" | "docs"
    selected: list[str] = field(default_factory=list)
    done: bool = False


class Sweep:
    def __init__(self, options: SweepOptions, *, say: Callable[[str], None] | None = None,
                 stream: TextIO | None = None, cache_root: Path | None = None) -> None:
        self.options = options
        self.stream = stream or sys.stderr
        self.progress = Progress(self.stream, enabled=options.progress)
        self.say = say or self.progress.message
        self.cache_root = cache_root if cache_root is not None else cache_dir()
        self.cache = DiskCache(self.cache_root / "github", notice=self.say)
        self.api = Api(options.api_url, cache=self.cache, say=self.say, max_wait=options.max_wait)
        self.today = dt.date.today()
        # Blobs in memory: those fetched and not yet used by every repository waiting for them.  A blob that
        # is also in the on-disk cache (``stored``) leaves memory once a check has read it, and is read back
        # from the cache if another repository needs it later, so memory does not grow with the sweep.
        self.blobs: dict[str, dict[str, str]] = {}
        self.stored: set[str] = set()
        self.outcomes: dict[str, dict[str, Any]] = {}
        self.waiters: dict[str, list[_Work]] = {}
        self.pending: dict[str, tuple[_Work, list[str]]] = {}  # batch being filled: full name -> (work, shas)
        self.requested: set[str] = set()  # blobs asked for and not yet here
        self._batch_shas: dict[int, list[str]] = {}
        self.pending_bytes = 0
        self.pending_since = 0.0
        self.blob_sizes: dict[str, int] = {}
        self.blob_paths: dict[str, tuple[str, str]] = {}  # sha -> (full name, path) for raw fetches
        self.engine_pool: cf.ProcessPoolExecutor | None = None
        self.checkpoint: Checkpoint | None = None
        # Repositories whose tree was asked for and whose check is not finished.  Trees arrive faster than
        # the engine checks them; without a bound every tree of the organization would wait in memory (a
        # tree is every path of a repository).  Trees are fetched in bursts: at the bound fetching stops
        # until a whole batch's worth of repositories has finished, so that blob batches still fill up
        # (fetching one tree per finished check made batches of a few repositories: more requests).
        self.in_flight = 0
        self.max_in_flight = 2 * BATCH_MAX_REPOS + 2 * (options.jobs or os.cpu_count() or 1) + options.concurrency
        self.fetch_trees = True

    # cache keys
    def _state_key(self, info: RepoInfo) -> str:
        return digest(self.api.identity, "state", info.full_name.lower())

    def _outcome_key(self, info: RepoInfo, tree_sha: str, policy: Policy) -> str:
        return digest("outcome", code_fingerprint(), policy_digest(policy), self.today.isoformat(),
                      info.full_name.lower(), info.html_url, tree_sha, str(MAX_FILE_BYTES))

    def _blob(self, sha: str) -> dict[str, str] | None:
        blob = self.blobs.get(sha)
        if blob is None:
            stored = self.cache.get("blob", sha)
            if isinstance(stored, dict) and ("text" in stored or "notice" in stored):
                blob = stored
                self.blobs[sha] = blob
                self.stored.add(sha)
        return blob

    def _store_blob(self, sha: str, blob: dict[str, str]) -> None:
        self.blobs[sha] = blob
        self.cache.put("blob", sha, blob)
        self.stored.add(sha)

    def run(self) -> OrgReport:
        started = time.monotonic()
        opts = self.options
        if opts.concurrency < 1:
            raise UsageError("--concurrency must be at least 1")
        if not self.api.token and (os.environ.get("GITHUB_TOKEN") or os.environ.get("GH_TOKEN")):
            from openwash.github.client import api_url

            self.say(f"GITHUB_TOKEN is not sent to {self.api.base_url}: it belongs to {api_url()}; set "
                     f"GITHUB_API_URL={self.api.base_url} to use it there")
        elif not self.api.token and self.api.base_url == "https://api.github.com":
            self.say("no GITHUB_TOKEN: GitHub allows 60 requests an hour without one, and only public "
                     "repositories are listed")
        kind, repos = list_repositories(self.api, opts.owner)
        if opts.properties:
            if kind != "organization":
                raise UsageError("--property filters need an organization (custom properties are an "
                                 "organization feature)")
            props = custom_properties(self.api, opts.owner)
            for info in repos:
                info.properties = props.get(info.full_name.lower(), {})
        selected = [r for r in repos if matches_filters(r, opts)]
        dot_github = next((r for r in repos if r.name.lower() == ".github"), None)
        policies = Policies(self.api, opts.owner, opts.org_policy, has_dot_github=dot_github is not None,
                            dot_github_pushed_at=dot_github.pushed_at if dot_github is not None else "")
        self.policies = policies
        key = digest(self.api.base_url, opts.owner.lower(), json.dumps(opts.filters(), sort_keys=True))[:24]
        self.checkpoint = Checkpoint(self.cache_root / "sweeps" / f"{key}.jsonl", key, say=self.say)
        done = self.checkpoint.load() if opts.resume else {}
        if not opts.resume and self.checkpoint.path is not None and self.checkpoint.path.is_file():
            self.say("an earlier sweep with these options was interrupted; starting over "
                     "(--resume continues it instead)")
        keep = {r.full_name.lower(): done[r.full_name.lower()] for r in selected if r.full_name.lower() in done}
        self.outcomes.update(keep)
        self.checkpoint.open(keep)
        works = [_Work(info) for info in selected if info.full_name.lower() not in keep]
        note = f" ({len(keep)} already done, resuming)" if keep else ""
        self.progress.start(len(selected), note)
        self.progress.done = len(keep)
        try:
            self._loop(works)
        except (KeyboardInterrupt, Interrupted, FetchError) as exc:
            self._abort()
            self.progress.close()
            self.say(f"sweep stopped after {len(self.outcomes)} of {len(selected)} repositories; run the same "
                     "command with --resume to continue")
            if isinstance(exc, Interrupted):
                raise KeyboardInterrupt() from None
            raise
        finally:
            if self.engine_pool is not None:
                self.engine_pool.shutdown(wait=True, cancel_futures=True)
            if self.checkpoint is not None:
                self.checkpoint.close()
            self.cache.commit()
        self.progress.close()
        wanted = {r.full_name.lower() for r in selected}
        report = OrgReport(owner=opts.owner, owner_kind=kind, api_url=self.api.base_url, generated=_now(),
                           filters=opts.filters(),
                           outcomes=[self.outcomes[k] for k in sorted(self.outcomes) if k in wanted],
                           listed=len(repos), central_policy=list(policies.central.sources))
        report.elapsed = time.monotonic() - started
        report.requests = {**{k: (round(v, 1) if isinstance(v, float) else int(v)) for k, v in self.api.stats.items()},
                           "rate_limit": dict(self.api.rate)}
        return report

    def finish_checkpoint(self) -> None:
        """The report is written: the checkpoint is no longer needed."""
        if self.checkpoint is not None:
            self.checkpoint.remove()

    def close(self) -> None:
        self.cache.close()

    def _abort(self) -> None:
        self.api.stopping.set()
        if self.engine_pool is not None:
            self.engine_pool.shutdown(wait=False, cancel_futures=True)
            self.engine_pool = None

    # -- the loop ------------------------------------------------------------------------------------------
    def _loop(self, works: list[_Work]) -> None:
        opts = self.options
        self._use_pool = len(works) >= INLINE_ENGINE_BELOW and (opts.jobs or os.cpu_count() or 1) > 1
        self.engine_futures: dict[cf.Future, tuple[_Work, dict[str, Any]]] = {}
        self.io: dict[cf.Future, tuple[str, Any]] = {}
        self.tree_queue: list[_Work] = []
        self.raw_queue: list[tuple[str, str, str]] = []
        for w in reversed(works):
            self._start(w)
        with cf.ThreadPoolExecutor(max_workers=opts.concurrency, thread_name_prefix="openwash-io") as pool:
            self.pool = pool
            try:
                while self.tree_queue or self.io or self.pending or self.engine_futures or self.raw_queue:
                    self._fill()
                    waiting = list(self.io) + list(self.engine_futures)
                    if not waiting:
                        continue
                    timeout = 1.0
                    if self.pending:
                        timeout = max(0.01, min(timeout, self.pending_since + BATCH_MAX_DELAY - time.monotonic()))
                    finished, _ = cf.wait(waiting, timeout=timeout, return_when=cf.FIRST_COMPLETED)
                    for fut in finished:
                        if fut in self.io:
                            self._io_done(fut)
                        else:
                            self._engine_done(fut)
            except BaseException:
                self.api.stopping.set()
                for fut in self.io:
                    fut.cancel()
                raise

    def _fill(self) -> None:
        limit = self.options.concurrency
        trees_left = bool(self.tree_queue) or any(kind == "tree" for kind, _ in self.io.values())
        while len(self.io) < limit:
            if self.raw_queue:
                full, sha, rel = self.raw_queue.pop()
                self.io[self.pool.submit(fetch_raw_blob, self.api, full, sha, rel)] = ("raw", sha)
                continue
            if self.pending and (self._batch_full() or not trees_left
                                 or time.monotonic() - self.pending_since >= BATCH_MAX_DELAY):
                batch, want, works = self._take_batch()
                for w in works:
                    self._batch_shas[id(w)] = batch[w.info.full_name]
                self.io[self.pool.submit(fetch_blobs, self.api, batch, want)] = ("batch", works)
                continue
            if self.in_flight >= self.max_in_flight:
                self.fetch_trees = False
            elif self.in_flight <= self.max_in_flight - BATCH_MAX_REPOS:
                self.fetch_trees = True
            # (never stalls: with nothing else under way, the next tree is fetched whatever the count)
            if self.tree_queue and (self.fetch_trees
                                    or not (self.io or self.pending or self.engine_futures or self.raw_queue)):
                w = self.tree_queue.pop()
                w.counted = True
                self.in_flight += 1
                self.io[self.pool.submit(fetch_tree, self.api, w.info)] = ("tree", w)
                continue
            break

    def _batch_full(self) -> bool:
        objects = sum(len(shas) for _, shas in self.pending.values())
        return objects >= BATCH_MAX_OBJECTS or self.pending_bytes >= BATCH_MAX_BYTES \
            or len(self.pending) >= BATCH_MAX_REPOS

    def _take_batch(self) -> tuple[dict[str, list[str]], set[str], list[_Work]]:
        batch: dict[str, list[str]] = {}
        want: set[str] = set()
        works: list[_Work] = []
        objects = 0
        size = 0
        self.pending_since = time.monotonic()
        for full in list(self.pending):
            w, shas = self.pending[full]
            extra = sum(self.blob_sizes.get(s, 0) for s in shas)
            if batch and (objects + len(shas) > BATCH_MAX_OBJECTS or size + extra > BATCH_MAX_BYTES
                          or len(batch) >= BATCH_MAX_REPOS):
                break
            del self.pending[full]
            batch[full] = shas
            if w.want_commit:
                want.add(full)
            works.append(w)
            objects += len(shas)
            size += extra
            self.pending_bytes -= extra
        return batch, want, works

    # -- steps -------------------------------------------------------------------------------------------
    def _start(self, w: _Work) -> None:
        info = w.info
        state = self.cache.get("state", self._state_key(info))
        w.state = state if isinstance(state, dict) else None
        st = w.state
        if st and st.get("pushed_at") == info.pushed_at and st.get("default_branch") == info.default_branch:
            if st.get("empty"):
                self._finish(w, base_outcome(info, "empty", ""), save=False)
                return
            tree = cached_tree(self.api, info)
            if tree is not None and tree.sha == st.get("tree_sha"):
                w.tree = tree
                w.commit = str(st.get("commit") or "")
                self._after_tree(w)
                return
        self.tree_queue.append(w)

    def _io_done(self, fut: cf.Future) -> None:
        kind, what = self.io.pop(fut)
        if kind == "tree":
            w = what
            try:
                tree, not_modified = fut.result()
            except ApiError as exc:
                if self._fatal(exc):
                    raise
                if exc.status == 409:
                    self._finish(w, base_outcome(w.info, "empty"), save=True, empty=True)
                elif exc.status == 404:
                    self._finish(w, base_outcome(w.info, "error", "repository or default branch not found "
                                                 "(removed or renamed during the sweep?)"), save=False)
                else:
                    self._finish(w, base_outcome(w.info, "error", str(exc)), save=False)
                return
            w.tree = tree
            st = w.state or {}
            if not_modified and st.get("tree_sha") == tree.sha and st.get("commit"):
                w.commit = str(st["commit"])
            else:
                w.want_commit = True
            self._after_tree(w)
        elif kind == "batch":
            works: list[_Work] = what
            try:
                result: BatchResult = fut.result()
            except FetchError as exc:
                if self._fatal(exc):
                    raise
                for w in works:
                    w.in_batch = False
                    self._finish(w, base_outcome(w.info, "error", f"documents could not be fetched: {exc}"),
                                 save=False)
                for w in works:  # blobs others were waiting for: they get a notice instead
                    for sha in self._batch_shas.pop(id(w), []):
                        self.blobs[sha] = {"notice": f"skipped: could not be fetched ({exc})"}
                        self._deliver(sha)
                return
            for w in works:
                self._batch_shas.pop(id(w), None)
                w.in_batch = False
                w.want_commit = False
                if w.info.full_name in result.missing:  # before any delivery can set it going
                    self._finish(w, base_outcome(w.info, "error", result.missing[w.info.full_name]), save=False)
                elif w.info.full_name in result.commits:
                    w.commit = result.commits[w.info.full_name]
            for sha, blob in result.blobs.items():
                if blob is None:
                    full, rel = self.blob_paths.get(sha, ("", ""))
                    if full in result.missing:  # asked through a repository that is gone: ask through another
                        other = next((x for x in self.waiters.get(sha, []) if not x.done), None)
                        full = other.info.full_name if other is not None else ""
                    if full:
                        self.blob_paths[sha] = (full, rel)
                        self.raw_queue.append((full, sha, rel))
                        continue
                    self.blobs[sha] = {"notice": "skipped: could not be fetched"}
                    self._deliver(sha)
                    continue
                self._store_blob(sha, blob)
                self._deliver(sha)
            for w in works:
                if not w.done:
                    self._maybe_next(w)
        elif kind == "raw":
            sha = what
            try:
                blob = fut.result()
                self._store_blob(sha, blob)
            except FetchError as exc:
                if self._fatal(exc):
                    raise
                self.blobs[sha] = {"notice": f"skipped: could not be fetched ({exc})"}
            self._deliver(sha)

    def _fatal(self, exc: BaseException) -> bool:
        return isinstance(exc, (RateLimitError, Interrupted)) or (isinstance(exc, ApiError) and exc.status == 401)

    def _drop_waiter(self, sha: str, w: _Work) -> None:
        lst = self.waiters.get(sha)
        if lst and w in lst:
            lst.remove(w)
        w.need.discard(sha)

    def _deliver(self, sha: str) -> None:
        self.requested.discard(sha)
        for w in self.waiters.pop(sha, []):
            w.need.discard(sha)
            if not w.done:
                self._maybe_next(w)

    def _maybe_next(self, w: _Work) -> None:
        if w.need or w.in_batch or w.done:
            return
        step, w.next_step = w.next_step, ""
        if step == "policy":
            self._after_policy_blob(w)
        elif step == "docs":
            self._run_engine(w)

    def _request(self, w: _Work, wanted: dict[str, tuple[str, int]], step: str) -> None:
        """Ask for blobs (sha -> (path, size)); ``step`` runs when they are all here.  A blob already asked
        for (by this or another repository) is not asked for again."""
        w.next_step = step
        new: list[str] = []
        for sha, (rel, size) in wanted.items():
            if self._blob(sha) is not None:
                continue
            w.need.add(sha)
            self.waiters.setdefault(sha, []).append(w)
            if sha not in self.requested:
                self.requested.add(sha)
                new.append(sha)
                self.blob_sizes[sha] = size
                self.blob_paths[sha] = (w.info.full_name, rel)
        if new or w.want_commit:
            if not self.pending:
                self.pending_since = time.monotonic()
            full = w.info.full_name
            _, shas = self.pending.get(full, (w, []))
            self.pending[full] = (w, shas + new)
            self.pending_bytes += sum(self.blob_sizes.get(s, 0) for s in new)
            w.in_batch = True
        self._maybe_next(w)

    def _after_tree(self, w: _Work) -> None:
        assert w.tree is not None
        own = next((p for p in OWN_POLICY_FILES if p in w.tree.blobs and w.tree.blobs[p][1] != SYMLINK), "")
        if not own and "pyproject.toml" in w.tree.blobs and 0 < w.tree.blobs["pyproject.toml"][1] <= MAX_FILE_BYTES:
            own = "pyproject.toml"  # a policy only if it has [tool.openwash]: read it first
        w.own_policy = own
        if own:
            sha, size = w.tree.blobs[own]
            self._request(w, {sha: (own, size)}, "policy")
        else:
            w.policy = self.policies.central
            self._after_policy(w)

    def _after_policy_blob(self, w: _Work) -> None:
        assert w.tree is not None
        sha, _ = w.tree.blobs[w.own_policy]
        blob = self._blob(sha) or {}
        if w.own_policy == "pyproject.toml" and not re.search(r"^\s*\[\[?\s*tool\s*\.\s*openwash\b",
                                                              blob.get("text", ""), re.M):
            w.policy = self.policies.central
            self._after_policy(w)
            return
        if "text" not in blob:
            self._finish(w, base_outcome(w.info, "error", f"policy {w.own_policy}: {blob.get('notice', 'unreadable')}"),
                         save=False)
            return
        try:
            w.policy = self.policies.own(blob["text"], w.own_policy, w.info.full_name,
                                         w.commit or w.info.default_branch)
        except (ConfigError, FetchError) as exc:
            self._finish(w, base_outcome(w.info, "error", f"policy: {exc}"), save=False)
            return
        self._after_policy(w)

    def _after_policy(self, w: _Work) -> None:
        assert w.tree is not None and w.policy is not None
        if not w.want_commit:
            cached = self.cache.get("outcome", self._outcome_key(w.info, w.tree.sha, w.policy))
            if isinstance(cached, dict) and cached.get("repository") == w.info.full_name:
                info = w.info  # what the listing says now, not what it said when the result was cached
                fresh = {"open_issues": info.open_issues, "visibility": info.visibility, "archived": info.archived,
                         "fork": info.fork, "topics": list(info.topics)}
                self._finish(w, {**cached, **fresh}, save=True)
                return
        wanted: dict[str, tuple[str, int]] = {}
        from openwash.scope import check_scope

        try:
            check_scope(w.tree.paths, w.policy)  # a scope that selects nothing is an error, not a pass
        except ConfigError as exc:
            self._finish(w, base_outcome(w.info, "error", f"policy: {exc}"), save=False)
            return
        w.selected = select_documents(w.tree.paths, w.policy.include, w.policy.exclude)
        for rel in w.selected:
            sha, size = w.tree.blobs[rel]
            if size == SYMLINK or size > MAX_FILE_BYTES or size == 0:
                continue
            wanted[sha] = (rel, size)
        self._request(w, wanted, "docs")

    def _run_engine(self, w: _Work) -> None:
        assert w.tree is not None and w.policy is not None
        files: list[tuple[str, str, str]] = []
        notices: list[tuple[str, str]] = []
        if w.tree.truncated:
            notices.append(("", "the file tree is too large for the GitHub API and was truncated; "
                                "some paths are missing"))
        for rel in w.selected:
            sha, size = w.tree.blobs[rel]
            if size == SYMLINK:
                notices.append((rel, "skipped: symbolic link (links are never followed)"))
                continue
            if size > MAX_FILE_BYTES:
                notices.append((rel, f"skipped: {size} bytes is over the {MAX_FILE_BYTES}-byte limit"))
                continue
            blob = {"text": ""} if size == 0 else (self._blob(sha) or {"notice": "skipped: could not be fetched"})
            if "text" in blob:
                sf = source_file(rel, blob["text"])
                if sf is not None:
                    files.append((sf.path, sf.text, sf.role))
            else:
                notices.append((rel, blob["notice"]))
            if sha in self.stored:
                self.blobs.pop(sha, None)  # the text is in ``files`` now; the cache has it for anyone else
        meta = {"info": w.info.as_json(), "commit": w.commit}
        payload = {"meta": meta, "paths": w.tree.paths, "files": files, "notices": notices,
                   "policy": w.policy, "today": self.today}
        if self._use_pool:
            try:
                if self.engine_pool is None:
                    import multiprocessing

                    jobs = self.options.jobs or os.cpu_count() or 1
                    self.engine_pool = cf.ProcessPoolExecutor(max_workers=jobs,
                                                              mp_context=multiprocessing.get_context("spawn"))
                self.engine_futures[self.engine_pool.submit(engine_task, payload)] = (w, payload)
                return
            except (BrokenProcessPool, RuntimeError, OSError):
                self._use_pool = False  # no worker processes here: check in this process
        outcome = engine_task(payload)
        self._finish(w, outcome, save=outcome.get("verdict") in ("pass", "fail"))

    def _engine_done(self, fut: cf.Future) -> None:
        w, payload = self.engine_futures.pop(fut)
        try:
            outcome = fut.result()
        except BrokenProcessPool:  # worker processes cannot run here (or died): check in this process
            self._use_pool = False
            outcome = engine_task(payload)
        self._finish(w, outcome, save=outcome.get("verdict") in ("pass", "fail"))

    def _finish(self, w: _Work, outcome: dict[str, Any], *, save: bool, empty: bool = False) -> None:
        if w.done:
            return
        w.done = True
        if w.counted:
            w.counted = False
            self.in_flight -= 1
        info = w.info
        if save:
            state: dict[str, Any] = {"pushed_at": info.pushed_at, "default_branch": info.default_branch}
            if empty:
                state["empty"] = True
            elif w.tree is not None:
                state["tree_sha"] = w.tree.sha
                state["commit"] = w.commit or outcome.get("commit", "")
                if w.policy is not None and outcome.get("verdict") in ("pass", "fail"):
                    self.cache.put("outcome", self._outcome_key(info, w.tree.sha, w.policy), outcome)
            self.cache.put("state", self._state_key(info), state)
        self.outcomes[info.full_name.lower()] = outcome
        if self.checkpoint is not None:
            self.checkpoint.record(outcome)
        # The finished repository's tree (every path) and policy are not needed again: the sweep keeps
        # only its outcome, which is the report.
        w.tree, w.policy, w.selected = None, None, []
        self.progress.advance(info.full_name)


def sweep(options: SweepOptions, **kwargs: Any) -> tuple[OrgReport, Sweep]:
    """Run a sweep; the caller closes the returned :class:`Sweep` (its cache) when done with it."""
    s = Sweep(options, **kwargs)
    try:
        return s.run(), s
    except BaseException:
        s.close()
        raise


def run_org_command(args: Any) -> int:
    """``openwash org OWNER ...`` (called by the CLI with its parsed arguments)."""
    properties: list[tuple[str, str]] = []
    for item in args.property:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise UsageError(f"--property needs KEY=VALUE, got {item!r}")
        properties.append((key.strip(), value.strip()))
    if args.dry_run and not args.open_issues:
        raise UsageError("--dry-run goes with --open-issues")
    options = SweepOptions(owner=args.owner, api_url=args.api_url, include_archived=args.include_archived,
                           forks=not args.no_forks, visibility=args.visibility, topics=list(args.topic),
                           names=list(args.name), properties=properties, concurrency=args.concurrency,
                           resume=args.resume, org_policy=args.org_policy, progress=not args.quiet)
    report, runner = sweep(options)
    try:
        return _report_and_issues(args, report, runner)
    finally:
        runner.close()


def _report_and_issues(args: Any, report: OrgReport, runner: Sweep) -> int:
    import importlib

    from openwash.report import write_output

    if args.open_issues:
        from openwash.github.issues import sync_issues

        plan_stream = sys.stdout if args.output else sys.stderr

        def show(text: str) -> None:
            from openwash.safetext import printable

            # a dry run's plan is several lines (title, body): each is made safe on its own, so that the
            # line breaks stay line breaks and no line can become a workflow command
            for line in f"openwash: {text}".split("\n"):
                print(printable(line), file=plan_stream if args.dry_run else sys.stderr)

        report.issues = sync_issues(runner.api, report.outcomes, dry_run=args.dry_run, say=show,
                                    bot_login=getattr(args, "bot_login", None))
        report.requests.update({k: (round(v, 1) if isinstance(v, float) else int(v))
                                for k, v in runner.api.stats.items()})
    from openwash.report import report_format

    module = importlib.import_module(f"openwash.report.{report_format('org', args.format).module}")
    text = module.render(report)
    if not args.output:  # on stdout (a CI log): no line may issue a workflow command
        from openwash.safetext import json_log_safe, log_safe

        text = json_log_safe(text) if args.format == "json" else log_safe(text)
    write_output(text, args.output)
    runner.finish_checkpoint()
    if not args.quiet:
        s = report.summary()
        r = report.requests
        print(f"openwash: {s['repositories']} repositories: {s['pass']} pass, {s['fail']} fail, {s['error']} not "
              f"checked, {s['empty']} empty; {r.get('requests', 0)} API requests ({r.get('not_modified', 0)} not "
              f"modified), {r.get('rest_points', 0)} REST + {r.get('graphql_points', 0)} GraphQL rate-limit points; "
              f"{report.elapsed:.1f} s", file=sys.stderr)
    return 1 if report.failed else 0
