"""``openwash hf TARGET...``: check models on the Hugging Face Hub as ``openwash check`` checks a checkout.

TARGET is a user or organization (every model it lists) or a model id (``acme/wren-7b``).  For each model:
the file list comes from the Hub's model info; the documents in scope (the policy's ``include``: the card
``README.md``, ``LICENSE``, ``USE_POLICY.md`` ...) are downloaded at the commit the model info names; the
Hub's ``gated`` state goes into the evidence; then the same engine as ``openwash check`` runs
(:func:`openwash.github.org.outcome.engine_task`, in worker processes for larger sweeps).  Findings link to
``{endpoint}/{model}/blob/{sha}/{path}#L{line}``.

Cost: one listing request per 1,000 models of an owner (the listing names each model's sha and gated
state); a model whose sha and gated state are those of the last run costs nothing more (its result is
cached by sha).  A changed model costs one model-info request and one download per document in scope
(two or three for a typical model), and one more for its own ``.openwash.yml`` if it has one: that file
is resolved by the organization sweep's code (:class:`HubPolicies`), merged over ``--policy`` (the central
policy, whose locks bind it); being part of the commit, it does not change the cache key.  Reports, the
checkpoint (``--resume``) and the outcome shape are the organization sweep's, so ``--format
markdown|json|csv|html`` are its writers.
"""

from __future__ import annotations

import concurrent.futures as cf
import datetime as dt
import fnmatch
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from openwash.discovery import MAX_FILE_BYTES, add_fetched_document, select_documents
from openwash.errors import ConfigError, FetchError, UsageError
from openwash.github.cache import DiskCache, cache_dir, digest
from openwash.github.fetch import RepoInfo, blob_from_bytes
from openwash.github.org.checkpoint import Checkpoint
from openwash.github.org.model import OrgReport, utc_now
from openwash.github.org.outcome import RepoOutcome, base_outcome, code_fingerprint, engine_task
from openwash.github.org.policies import OWN_POLICY_FILES, Policies, declares_openwash, policy_digest
from openwash.github.org.progress import Progress
from openwash.github.org.sweep import INLINE_ENGINE_BELOW
from openwash.hub.client import Hub, HubError, ModelMeta, RateLimited
from openwash.policy import Policy, resolve_source
from openwash.records import field, record, replace
from openwash.report import write_org_report
from openwash.scope import check_scope


@record
class HubOptions:
    targets: list[str]
    endpoint: str | None = None
    names: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    include_gated: bool = False
    include_private: bool = True
    concurrency: int = 4
    resume: bool = False
    jobs: int | None = None
    policy: str | None = None
    progress: bool = True
    max_wait: float | None = None

    def filters(self) -> dict[str, Any]:
        return {"targets": sorted(self.targets), "names": sorted(self.names), "tags": sorted(self.tags),
                "include_gated": self.include_gated, "include_private": self.include_private}


def matches(meta: ModelMeta, options: HubOptions) -> bool:
    if meta.gated not in ("", "false") and not options.include_gated:
        return False
    if meta.private and not options.include_private:
        return False
    tags = {t.lower() for t in meta.tags}
    if any(t.lower() not in tags for t in options.tags):
        return False
    name = meta.id.split("/", 1)[-1].lower()
    return not options.names or any(fnmatch.fnmatchcase(name, g.lower()) or
                                    fnmatch.fnmatchcase(meta.id.lower(), g.lower()) for g in options.names)


class HubPolicies(Policies):
    """The central policy (``--policy``, default ``builtin:default``) and the models' own ``.openwash.yml``,
    resolved by the organization sweep's code (:meth:`Policies.own`): the central policy is merged under a
    model's own policy, so its locks bind (issue 16), and the model's policy is a fetched policy, sandboxed
    like one.  It is resolved as ``{endpoint}/{model}/resolve/{sha}/.openwash.yml``: a relative ``extends:``
    reads another file of the same model at the same commit, and the sandbox allows only built-in presets and
    files on the Hub's own host.  (Sources it extends are fetched by the policy package, without the Hub
    token: a private model's policy can extend presets and its central policy only.)"""

    def __init__(self, endpoint: str, central: str | None) -> None:
        # Not Policies.__init__: that one finds the central policy through the GitHub API; here it is
        # --policy.  own() needs only what is set here.
        self.endpoint = endpoint
        self.session: dict[str, Any] = {}
        self._own: dict[str, Policy | ConfigError | FetchError] = {}
        self.notices: list[str] = []
        self.central_source = central  # None: a model policy without extends: starts from builtin:default
        self.central = resolve_source(central or "builtin:default", session=self.session)
        self._lock = threading.Lock()  # models are read in I/O threads; one resolution at a time

    def own_source(self, full_name: str, filename: str, ref: str) -> str:
        return f"{self.endpoint}/{full_name}/resolve/{quote(ref, safe='')}/{quote(filename)}"

    def own(self, text: str, filename: str, full_name: str, ref: str) -> Policy:
        with self._lock:
            return super().own(text, filename, full_name, ref)


def repo_info(hub: Hub, meta: ModelMeta) -> RepoInfo:
    """The model as the organization sweep's outcome shape knows a repository (``html_url`` makes the links
    ``{endpoint}/{id}/blob/{sha}/{path}#L{line}``, which is how the Hub links a line of a file)."""
    return RepoInfo(id=0, full_name=meta.id, name=meta.id.split("/", 1)[-1], owner=meta.author,
                    html_url=hub.url(meta.id), default_branch="main", pushed_at=meta.last_modified,
                    visibility="private" if meta.private else "public", topics=list(meta.tags)[:50])


def with_hub_fields(outcome: RepoOutcome, meta: ModelMeta) -> RepoOutcome:
    """The outcome with what the Hub's listing says of the model now (a cached outcome is older than the
    listing): its tags as topics, and the Hub's own fields (``extra``: gated, downloads, likes, tags, sha)."""
    return replace(outcome, topics=list(meta.tags)[:50], extra={
        **outcome.extra, "gated": meta.gated, "downloads": meta.downloads, "likes": meta.likes,
        "tags": list(meta.tags), "sha": meta.sha})


class HubSweep:
    def __init__(self, options: HubOptions, *, stream: TextIO | None = None, cache_root: Path | None = None) -> None:
        self.options = options
        self.stream = stream or sys.stderr
        self.progress = Progress(self.stream, enabled=options.progress)
        self.say = self.progress.message
        self.hub = Hub(options.endpoint, say=self.say, max_wait=options.max_wait)
        self.cache_root = cache_root if cache_root is not None else cache_dir()
        self.cache = DiskCache(self.cache_root / "hub", notice=self.say)
        self.today = dt.date.today()
        self.checkpoint: Checkpoint | None = None
        self.outcomes: dict[str, RepoOutcome] = {}
        self.cached = 0

    def close(self) -> None:
        self.cache.close()

    def finish_checkpoint(self) -> None:
        if self.checkpoint is not None:
            self.checkpoint.remove()

    # -- listing -------------------------------------------------------------------------------------------
    def _list(self) -> tuple[list[ModelMeta], list[RepoOutcome], int]:
        """(models to check, outcomes of targets that could not be read, models listed)."""
        models: dict[str, ModelMeta] = {}
        errors: list[RepoOutcome] = []
        listed = 0
        for target in self.options.targets:
            target = target.strip().strip("/")
            if not target or target.count("/") > 1 or any(c.isspace() for c in target):
                raise UsageError(f"not a Hub user, organization or model id: {target!r}")
            if "/" in target:
                listed += 1
                try:
                    meta = self.hub.model_info(target)
                except RateLimited:
                    raise
                except HubError as exc:
                    meta = ModelMeta(id=target, author=target.split("/")[0])
                    errors.append(with_hub_fields(base_outcome(repo_info(self.hub, meta), "error", str(exc)), meta))
                    continue
                models[meta.id.lower()] = meta  # named explicitly: no filter applies
                continue
            found = self.hub.list_models(target)
            if not found:
                self.say(f"{target}: no models listed (no such user or organization, or none public)")
            listed += len(found)
            for meta in found:
                if matches(meta, self.options):
                    models.setdefault(meta.id.lower(), meta)
        return [models[k] for k in sorted(models)], errors, listed

    # -- keys ----------------------------------------------------------------------------------------------
    def _outcome_key(self, meta: ModelMeta, policy: Policy) -> str:
        return digest("hub-outcome", code_fingerprint(), policy_digest(policy), self.today.isoformat(),
                      self.hub.endpoint, meta.id.lower(), meta.sha, meta.gated, str(MAX_FILE_BYTES))

    def _doc_key(self, meta: ModelMeta, rel: str) -> str:
        return digest("hub-doc", self.hub.endpoint, meta.id.lower(), meta.sha, rel)

    # -- one model (in an I/O thread) -------------------------------------------------------------------
    def _cached(self, meta: ModelMeta) -> RepoOutcome | None:
        if not meta.sha:
            return None
        got = self.cache.get("outcome", self._outcome_key(meta, self.policy))
        if isinstance(got, dict) and got.get("repository") == meta.id and got.get("commit") == meta.sha:
            return with_hub_fields(RepoOutcome.from_json(got), meta)
        return None

    def _blob(self, meta: ModelMeta, rel: str) -> dict[str, Any]:
        """``{"text"}`` or ``{"notice"}`` for a file at the model's commit (cached by sha; raises HubError)."""
        key = self._doc_key(meta, rel)
        blob = self.cache.get("doc", key)
        if not (isinstance(blob, dict) and ("text" in blob or "notice" in blob)):
            blob = blob_from_bytes(self.hub.download(meta.id, rel, meta.sha), rel)
            self.cache.put("doc", key, blob)
        return blob

    def _model_policy(self, meta: ModelMeta, paths: list[str],
                      sizes: dict[str, int | None]) -> tuple[Policy | None, str]:
        """(the model's policy, "") or (None, why the model cannot be checked).  A model with its own
        ``.openwash.yml`` (or ``.openwash.yaml``, or ``[tool.openwash]`` in pyproject.toml) at the commit
        checked is held to it, merged over the central policy exactly as ``openwash org`` does for a
        repository; a broken one makes that model an error."""
        own = next((p for p in OWN_POLICY_FILES if p in paths), "")
        if not own and "pyproject.toml" in paths and (sizes.get("pyproject.toml") or 0) <= MAX_FILE_BYTES:
            own = "pyproject.toml"  # a policy only if it has [tool.openwash]: read it first (as org does)
        if not own:
            return self.policies.central, ""
        size = sizes.get(own)
        if size is not None and size > MAX_FILE_BYTES:
            return None, f"policy {own}: {size} bytes is over the {MAX_FILE_BYTES}-byte limit"
        try:
            blob = self._blob(meta, own)
        except RateLimited:
            raise
        except HubError as exc:
            if own == "pyproject.toml" and exc.status not in (401, 403):
                return self.policies.central, ""  # not known to be a policy: the central one applies
            return None, str(exc) if exc.status in (401, 403) else f"policy {own}: could not be downloaded ({exc})"
        if own == "pyproject.toml" and not declares_openwash(blob.get("text", "")):
            return self.policies.central, ""
        if "text" not in blob:
            return None, f"policy {own}: {blob.get('notice', 'unreadable')}"
        try:
            return self.policies.own(blob["text"], own, meta.id, meta.sha), ""
        except (ConfigError, FetchError) as exc:
            return None, f"policy: {exc}"

    def _fetch(self, listed: ModelMeta) -> tuple[str, Any, ModelMeta]:
        """("done", outcome) from the cache or for an unreadable model; ("engine", payload) otherwise."""
        cached = self._cached(listed)
        if cached is not None:
            return "done", cached, listed
        meta = listed
        if meta.siblings is None or not meta.sha:
            try:
                meta = self.hub.model_info(listed.id)
            except RateLimited:
                raise
            except HubError as exc:
                return "done", self._error(listed, str(exc)), listed
            for key in ("downloads", "likes"):
                if getattr(meta, key) is None:
                    setattr(meta, key, getattr(listed, key))
            cached = self._cached(meta)
            if cached is not None:
                return "done", cached, meta
        if meta.disabled:
            return "done", self._error(meta, "disabled on the Hub"), meta
        if not meta.sha:
            return "done", self._error(meta, "the Hub named no commit for this model"), meta
        paths = sorted({s.path for s in meta.siblings or [] if s.path})
        sizes = {s.path: s.size for s in meta.siblings or []}
        policy, problem = self._model_policy(meta, paths, sizes)
        if policy is None:
            return "done", self._error(meta, problem), meta
        try:
            check_scope(paths, policy)  # a scope that selects nothing is an error, not a pass (as in org)
        except ConfigError as exc:
            return "done", self._error(meta, f"policy: {exc}"), meta
        files: list[tuple[str, str, str]] = []
        notices: list[tuple[str, str]] = []
        for rel in select_documents(paths, policy.include, policy.exclude):
            size = sizes.get(rel)
            if size is not None and size > MAX_FILE_BYTES:
                notices.append((rel, f"skipped: {size} bytes is over the {MAX_FILE_BYTES}-byte limit"))
                continue
            try:
                blob = self._blob(meta, rel)
            except RateLimited:
                raise
            except HubError as exc:
                if exc.status in (401, 403) or (exc.status == 404 and rel == "README.md" and "gated" in str(exc)):
                    return "done", self._error(meta, str(exc)), meta
                notices.append((rel, f"skipped: could not be downloaded ({exc})"))
                continue
            add_fetched_document(rel, blob, files, notices, policy.include)
        info = repo_info(self.hub, meta)
        payload = {"meta": {"info": info.as_json(), "commit": meta.sha, "gated": meta.gated}, "paths": paths,
                   "files": files, "notices": notices, "policy": policy, "today": self.today}
        return "engine", payload, meta

    def _error(self, meta: ModelMeta, message: str) -> RepoOutcome:
        out = base_outcome(repo_info(self.hub, meta), "error", message)
        out.commit = meta.sha
        return with_hub_fields(out, meta)

    # -- the run -------------------------------------------------------------------------------------------
    def run(self) -> OrgReport:
        started = time.monotonic()
        opts = self.options
        if opts.concurrency < 1:
            raise UsageError("--concurrency must be at least 1")
        if not opts.targets:
            raise UsageError("name at least one Hub user, organization or model id")
        self.policies = HubPolicies(self.hub.endpoint, opts.policy)
        self.policy = self.policies.central  # keys the cached results: a model's own policy is in its commit
        models, errors, listed = self._list()
        key = digest(self.hub.endpoint, json.dumps(opts.filters(), sort_keys=True), opts.policy or "")[:24]
        self.checkpoint = Checkpoint(self.cache_root / "hub-sweeps" / f"{key}.jsonl", key, say=self.say)
        done = self.checkpoint.load() if opts.resume else {}
        if not opts.resume and self.checkpoint.path is not None and self.checkpoint.path.is_file():
            self.say("an earlier run with these options was interrupted; starting over (--resume continues it)")
        keep = {m.id.lower(): done[m.id.lower()] for m in models if m.id.lower() in done
                and done[m.id.lower()].get("commit") == m.sha}
        self.outcomes.update({k: RepoOutcome.from_json(o) for k, o in keep.items()})
        for o in errors:
            self.outcomes[o.repository.lower()] = o
        self.checkpoint.open(keep)
        todo = [m for m in models if m.id.lower() not in keep]
        self.progress.start(len(models) + len(errors), f" ({len(keep)} already done, resuming)" if keep else "")
        self.progress.done = len(keep) + len(errors)
        try:
            self._loop(todo)
        except (KeyboardInterrupt, RateLimited) as exc:
            self.hub.stopping.set()
            self.progress.close()
            self.say(f"stopped after {len(self.outcomes)} of {len(models) + len(errors)} models; run the same "
                     "command with --resume to continue")
            if isinstance(exc, RateLimited):
                raise UsageError(str(exc)) from None
            raise
        finally:
            self.checkpoint.close()
            self.cache.commit()
        self.progress.close()
        owner = ", ".join(opts.targets)
        report = OrgReport(owner=f"Hugging Face Hub: {owner}", owner_kind="hub", api_url=self.hub.endpoint,
                           generated=utc_now(), filters=opts.filters(),
                           outcomes=[self.outcomes[k] for k in sorted(self.outcomes)], listed=listed,
                           central_policy=list(self.policy.sources))
        report.elapsed = time.monotonic() - started
        report.requests = {**self.hub.stats, "cached": self.cached, "waited_s": round(self.hub.waited, 1)}
        return report

    def _loop(self, todo: list[ModelMeta]) -> None:
        opts = self.options
        use_pool = len(todo) >= INLINE_ENGINE_BELOW and (opts.jobs or os.cpu_count() or 1) > 1
        engine_pool: cf.ProcessPoolExecutor | None = None
        engine: dict[cf.Future, tuple[ModelMeta, dict[str, Any]]] = {}
        with cf.ThreadPoolExecutor(max_workers=opts.concurrency, thread_name_prefix="openwash-hub") as io:
            fetches = {io.submit(self._fetch, m): m for m in todo}
            try:
                while fetches or engine:
                    finished, _ = cf.wait(list(fetches) + list(engine), timeout=1.0, return_when=cf.FIRST_COMPLETED)
                    # failures last: what finished before a stop is recorded (and kept for --resume)
                    for fut in sorted(finished, key=lambda f: f in fetches and f.exception() is not None):
                        if fut in fetches:
                            fetches.pop(fut)
                            kind, value, meta = fut.result()
                            if kind == "done":
                                self.cached += value.checked
                                self._finish(meta, value, save=False)
                                continue
                            if use_pool:
                                try:
                                    if engine_pool is None:
                                        import multiprocessing

                                        engine_pool = cf.ProcessPoolExecutor(
                                            max_workers=opts.jobs or os.cpu_count() or 1,
                                            mp_context=multiprocessing.get_context("spawn"))
                                    engine[engine_pool.submit(engine_task, value)] = (meta, value)
                                    continue
                                except (RuntimeError, OSError):
                                    use_pool = False
                            self._finish(meta, with_hub_fields(engine_task(value), meta), save=True)
                        else:
                            meta, payload = engine.pop(fut)
                            try:
                                outcome = fut.result()
                            except Exception:  # a broken pool: check in this process
                                outcome = engine_task(payload)
                            self._finish(meta, with_hub_fields(outcome, meta), save=True)
            except BaseException:
                self.hub.stopping.set()
                for fut in fetches:
                    fut.cancel()
                raise
            finally:
                if engine_pool is not None:
                    engine_pool.shutdown(wait=True, cancel_futures=True)

    def _finish(self, meta: ModelMeta, outcome: RepoOutcome, *, save: bool) -> None:
        self.outcomes[meta.id.lower()] = outcome
        # The checkpoint before the cache, as in the organization sweep: what --resume finds cached is
        # in the checkpoint, wherever a Ctrl-C landed.
        if self.checkpoint is not None:
            self.checkpoint.record(outcome.to_json())
        if save and outcome.checked:
            self.cache.put("outcome", self._outcome_key(meta, self.policy), outcome.to_json())
        self.progress.advance(meta.id)


def run_hf_command(args: Any) -> int:
    """``openwash hf TARGET ...`` (called by the CLI with its parsed arguments)."""
    if args.dry_run and not args.open_discussions:
        raise UsageError("--dry-run goes with --open-discussions")
    bot_login = getattr(args, "bot_login", None)
    if bot_login is not None and not args.open_discussions:
        raise UsageError("--bot-login goes with --open-discussions")
    if bot_login is not None and (not bot_login.strip() or any(c.isspace() for c in bot_login.strip())):
        raise UsageError(f"--bot-login needs a Hub login (a user name without spaces), got {bot_login!r}")
    options = HubOptions(targets=list(args.targets), endpoint=args.endpoint, names=list(args.name),
                         tags=list(args.tag), include_gated=args.include_gated,
                         include_private=not args.no_private, concurrency=args.concurrency, resume=args.resume,
                         policy=args.policy, progress=not args.quiet)
    runner = HubSweep(options)
    try:
        report = runner.run()
        if args.open_discussions:
            # lazy: discussions bring the issue writer and the GitHub client; a sweep without
            # --open-discussions needs neither
            from openwash.hub.discussions import sync_discussions

            plan_stream = sys.stdout if args.output else sys.stderr

            def show(text: str) -> None:
                print(f"openwash: {text}", file=plan_stream if args.dry_run else sys.stderr)

            report.issues = sync_discussions(runner.hub, report.outcomes, dry_run=args.dry_run, say=show,
                                             cache=runner.cache, bot_login=bot_login)
            report.requests.update(runner.hub.stats)
        write_org_report(report, args.format, args.output)
        runner.finish_checkpoint()
        if not args.quiet:
            s = report.summary()
            r = report.requests
            print(f"openwash: {s['repositories']} models: {s['pass']} pass, {s['fail']} fail, {s['error']} not "
                  f"checked; {r.get('requests', 0)} Hub requests, {r.get('downloads', 0)} downloads, "
                  f"{runner.cached} from the cache; {report.elapsed:.1f} s", file=sys.stderr)
        return 1 if report.failed else 0
    finally:
        runner.close()
