"""The sweep's scheduling: a state machine that moves every repository from listing to outcome.

Each repository (a :class:`_Work`) goes: cached state? -> tree (REST, conditional) -> own policy file (a
blob) -> documents in scope (blobs, batched into GraphQL queries of up to ``BATCH_MAX_REPOS`` repositories)
-> engine (in worker processes for larger sweeps) -> outcome (cached, checkpointed).  Threads fetch, at most
``concurrency`` requests at a time; blobs shared by several repositories are fetched once.
"""

from __future__ import annotations

import concurrent.futures as cf
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, TextIO

from openwash.discovery import MAX_FILE_BYTES, add_fetched_document, select_documents
from openwash.errors import ConfigError, FetchError, UsageError
from openwash.github.api import Api, ApiError, Interrupted, RateLimitError, api_url, env_token
from openwash.github.cache import DiskCache, cache_dir, digest
from openwash.github.fetch import (
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
from openwash.github.org.batches import BatchQueue
from openwash.github.org.checkpoint import Checkpoint
from openwash.github.org.model import OrgReport, utc_now
from openwash.github.org.options import SweepOptions, matches_filters
from openwash.github.org.outcome import RepoOutcome, base_outcome, code_fingerprint, engine_task
from openwash.github.org.policies import Policies, declares_openwash, own_policy_file, policy_digest
from openwash.github.org.progress import Progress
from openwash.policy import Policy
from openwash.records import field, record
from openwash.scope import check_scope

INLINE_ENGINE_BELOW = 16  # smaller sweeps run the engine in this process


@record
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
        self.outcomes: dict[str, RepoOutcome] = {}
        self.waiters: dict[str, list[_Work]] = {}
        self.batches: BatchQueue[_Work] = BatchQueue()
        self.requested: set[str] = set()  # blobs asked for and not yet here
        self._batch_shas: dict[int, list[str]] = {}
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
        self._say_about_the_token()
        kind, repos = self._list()
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
        self.outcomes.update({k: RepoOutcome.from_json(o) for k, o in keep.items()})
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
        report = OrgReport(owner=opts.owner, owner_kind=kind, api_url=self.api.base_url, generated=utc_now(),
                           filters=opts.filters(),
                           outcomes=[self.outcomes[k] for k in sorted(self.outcomes) if k in wanted],
                           listed=len(repos), central_policy=list(policies.central.sources))
        report.elapsed = time.monotonic() - started
        report.requests = {**{k: (round(v, 1) if isinstance(v, float) else int(v)) for k, v in self.api.stats.items()},
                           "rate_limit": dict(self.api.rate)}
        return report

    def _say_about_the_token(self) -> None:
        if not self.api.token and env_token():
            self.say(f"GITHUB_TOKEN is not sent to {self.api.base_url}: it belongs to {api_url()}; set "
                     f"GITHUB_API_URL={self.api.base_url} to use it there")
        elif not self.api.token and self.api.base_url == "https://api.github.com":
            self.say("no GITHUB_TOKEN: GitHub allows 60 requests an hour without one, and only public "
                     "repositories are listed")

    def _list(self) -> tuple[str, list[RepoInfo]]:
        """The owner's kind (organization | user) and every repository it lists, with their custom properties
        when the filters need them."""
        opts = self.options
        kind, repos = list_repositories(self.api, opts.owner)
        if opts.properties:
            if kind != "organization":
                raise UsageError("--property filters need an organization (custom properties are an "
                                 "organization feature)")
            props = custom_properties(self.api, opts.owner)
            for info in repos:
                info.properties = props.get(info.full_name.lower(), {})
        return kind, repos

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
                while self.tree_queue or self.io or self.batches or self.engine_futures or self.raw_queue:
                    self._fill()
                    waiting = list(self.io) + list(self.engine_futures)
                    if not waiting:
                        continue
                    timeout = 1.0
                    if self.batches:
                        timeout = max(0.01, min(timeout, self.batches.wait_left()))
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
            if self.batches.due(more_coming=trees_left):
                batch, want, works = self.batches.take()
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
                                    or not (self.io or self.batches or self.engine_futures or self.raw_queue)):
                w = self.tree_queue.pop()
                w.counted = True
                self.in_flight += 1
                self.io[self.pool.submit(fetch_tree, self.api, w.info)] = ("tree", w)
                continue
            break

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
            self._tree_done(fut, what)
        elif kind == "batch":
            self._batch_done(fut, what)
        elif kind == "raw":
            self._raw_done(fut, what)

    def _tree_done(self, fut: cf.Future, w: _Work) -> None:
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

    def _batch_done(self, fut: cf.Future, works: list[_Work]) -> None:
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

    def _raw_done(self, fut: cf.Future, sha: str) -> None:
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
                self.batches.sizes[sha] = size
                self.blob_paths[sha] = (w.info.full_name, rel)
        if new or w.want_commit:
            self.batches.add(w.info.full_name, w, new)
            w.in_batch = True
        self._maybe_next(w)

    def _after_tree(self, w: _Work) -> None:
        assert w.tree is not None
        own = own_policy_file(w.tree.blobs)
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
        if w.own_policy == "pyproject.toml" and not declares_openwash(blob.get("text", "")):
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
                # what the listing says now, not what it said when the result was cached
                self._finish(w, RepoOutcome.from_json(cached).with_listing(w.info), save=True)
                return
        wanted: dict[str, tuple[str, int]] = {}
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
            add_fetched_document(rel, blob, files, notices, w.policy.include)
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
        self._finish(w, outcome, save=outcome.checked)

    def _engine_done(self, fut: cf.Future) -> None:
        w, payload = self.engine_futures.pop(fut)
        try:
            outcome = fut.result()
        except BrokenProcessPool:  # worker processes cannot run here (or died): check in this process
            self._use_pool = False
            outcome = engine_task(payload)
        self._finish(w, outcome, save=outcome.checked)

    def _finish(self, w: _Work, outcome: RepoOutcome, *, save: bool, empty: bool = False) -> None:
        if w.done:
            return
        w.done = True
        if w.counted:
            w.counted = False
            self.in_flight -= 1
        info = w.info
        self.outcomes[info.full_name.lower()] = outcome
        # The checkpoint first: a repository whose state is cached is in the checkpoint too, so --resume
        # after Ctrl-C redoes exactly the repositories the checkpoint lacks, wherever the signal landed.
        if self.checkpoint is not None:
            self.checkpoint.record(outcome.to_json())
        if save:
            state: dict[str, Any] = {"pushed_at": info.pushed_at, "default_branch": info.default_branch}
            if empty:
                state["empty"] = True
            elif w.tree is not None:
                state["tree_sha"] = w.tree.sha
                state["commit"] = w.commit or outcome.commit
                if w.policy is not None and outcome.checked:
                    self.cache.put("outcome", self._outcome_key(info, w.tree.sha, w.policy), outcome.to_json())
            self.cache.put("state", self._state_key(info), state)
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

