"""``openwash audit DATASET``: judge model cards in bulk, on every local core or on a Dask cluster.

The input is Parquet or JSON Lines (one file, or a folder of ``*.parquet`` / ``*.jsonl`` files read in name
order) with one model card per row:

============  =====================================================================================
column        what (first of these names found, or ``--id-column`` / ``--card-column``)
============  =====================================================================================
id            ``modelId``, ``model_id``, ``id``, ``repo_id`` — the Hub model id (``acme/wren-7b``)
card          ``card``, ``card_text``, ``text``, ``readme`` — the README.md text, front matter included
files         optional: ``siblings`` (strings or ``{"rfilename": ...}``), ``files``, ``file_list``
tags          optional: ``tags`` (list of strings)
gated         optional: ``gated`` (false, true, "auto", "manual")
downloads     optional: ``downloads`` (integer)
============  =====================================================================================

``librarian-bots/model_cards_with_metadata`` (Parquet, ``data/train-*.parquet``) has the columns
``modelId`` (string), ``author`` (string), ``last_modified`` (timestamp), ``downloads`` (int64), ``likes``
(int64), ``library_name`` (string), ``tags`` (list of strings), ``pipeline_tag`` (string), ``createdAt``
(timestamp) and ``card`` (string): it is read as it is; it has no file list and no gated state, so evidence
that only the file tree or the gate gives (a ``train.py``, a gated release) is absent from its verdicts.

Each card is checked by the engine of ``openwash check`` as a repository whose files are the row's file
list (``README.md`` at least) and whose one document is the card (the same path as ``openwash hf`` with the
documents reduced to the card).  The output has one row per card, in input order (``--output FILE.parquet``
or ``FILE.jsonl``; columns :data:`COLUMNS`), and a summary report (how many cards claim open source, how many
back the claim, license categories, the top unbacked claims by downloads).

The input is cut into partitions of ``--partition-size`` cards.  Each partition is one task,
:func:`audit_partition` — the same function whether it runs in a local process pool (the default: one
worker per core, ``--workers N``) or on a Dask cluster (``--scheduler tcp://HOST:PORT``).  A finished
partition is written at once to ``OUTPUT.parts/part-NNNNNN.jsonl``; ``--resume`` keeps the partitions of an
interrupted run made with the same input, policy and options, and the final output is assembled from the
parts in order, so the output is the same whichever way, and however often, the run was made.

Each card has the engine's time budget per document (``OPENWASH_DOC_TIMEOUT`` of the process that starts the
audit, sent with every task): a card that goes over it is a row with verdict ``error`` and the reason, not a
pass, whether its partition ran in a local process or in a Dask worker's thread (where no signal can
interrupt it: the engine checks a cooperative deadline, see :mod:`openwash.timebudget`).

``pyarrow`` (Parquet) and ``dask.distributed`` are imported by this command only, and only when needed
(``pip install 'openwash[audit]'``); JSON Lines in and out on local cores need neither.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import datetime as dt
import heapq
import json
import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openwash.atomic import write_atomic
from openwash.clock import today_override
from openwash.discovery import Repository, source_file
from openwash.documents import Notice, SourceFile
from openwash.engine import check_repository
from openwash.errors import FetchError, UsageError
from openwash.github.cache import digest
from openwash.github.org.outcome import code_fingerprint
from openwash.github.org.policies import policy_digest
from openwash.policy import resolve_source
from openwash.records import field, record
from openwash.release import pip_install_extra
from openwash.report import write_output
from openwash.report.org_common import md, rule_titles
from openwash.timebudget import document_budget
from openwash.vocabulary import OPEN_SOURCE_KINDS

ID_COLUMNS = ("modelId", "model_id", "id", "repo_id")
CARD_COLUMNS = ("card", "card_text", "text", "readme")
FILE_COLUMNS = ("siblings", "files", "file_list")
MAX_CARD_BYTES = 2 * 1024 * 1024
TOP_UNBACKED = 25
COLUMNS = ["model_id", "verdict", "error", "is_model_release", "claims_open_source", "claims_total", "backed",
           "license_category", "licenses", "rules", "errors", "warnings", "gated", "downloads", "claims",
           "findings", "evidence"]
BACKING_RULES = ("OW101", "OW102", "OW103", "OW106")


def _need(module: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise UsageError(f"this needs {module.split('.')[0]}: {pip_install_extra('audit')}") from None


# -- one card (in a worker) -------------------------------------------------------------------------------
def _gated(value: Any) -> str:
    if value is None or value == "":
        return ""
    if value is False or str(value).lower() in ("false", "0", "no"):
        return "false"
    if value is True:
        return "true"
    return str(value)


def audit_card(row: dict[str, Any], policy: Any, today: dt.date, budget: float | None = None) -> dict[str, Any]:
    """One output row for one normalized input row (``budget``: seconds per document, as the engine's)."""
    mid = str(row.get("id") or "")
    out: dict[str, Any] = {c: None for c in COLUMNS}
    out.update({"model_id": mid, "verdict": "error", "error": "", "is_model_release": False,
                "claims_open_source": 0, "claims_total": 0, "license_category": "unknown", "licenses": "",
                "rules": "", "errors": 0, "warnings": 0, "gated": _gated(row.get("gated")),
                "downloads": row.get("downloads"), "claims": "[]", "findings": "[]", "evidence": "{}"})
    if row.get("problem"):
        out["error"] = str(row["problem"])
        return out
    card = row.get("card")
    if not isinstance(card, str) or not card.strip():
        out["verdict"] = "empty"
        out["error"] = "no card text"
        return out
    notices: list[Notice] = []
    if len(card.encode("utf-8", "surrogatepass")) > MAX_CARD_BYTES:
        out["error"] = f"card over the {MAX_CARD_BYTES}-byte limit"
        return out
    paths = sorted({str(p) for p in row.get("files") or [] if p} | {"README.md"})
    sf = source_file("README.md", card) or SourceFile(path="README.md", text=card, role="readme")
    repo = Repository(root=Path(mid or "model"), name=mid.rsplit("/", 1)[-1], paths=paths, files=[sf],
                      notices=notices, owner=mid.split("/", 1)[0] if "/" in mid else "", gated=out["gated"])
    try:
        result = check_repository(repo, policy, today=today, budget=budget)
    except Exception as exc:  # one card must not end an audit of a million
        out["error"] = f"internal error while checking: {type(exc).__name__}: {str(exc)[:200]}"
        return out
    overrun = next((n for n in result.notices if n.budget), None)
    if overrun is not None:  # a card not judged in full is not counted as passing (nor as failing)
        out["error"] = f"{overrun.path}: {overrun.message}"
        return out
    data = result.to_json()
    claims = [c for c in data["claims"] if not c.get("negated")]
    findings = [f for f in data["findings"] if not f.get("waived")]
    out["verdict"] = data["verdict"]
    out["is_model_release"] = bool(data["is_model_release"])
    out["claims_total"] = len(claims)
    out["claims_open_source"] = sum(1 for c in claims if c.get("kind") in OPEN_SOURCE_KINDS)
    if out["claims_open_source"]:
        out["backed"] = not any(f["rule"] in BACKING_RULES for f in findings)
    lic = data["evidence"]["license"]
    out["license_category"] = lic.get("category", "unknown")
    out["licenses"] = " ".join(lic.get("spdx", []))
    out["rules"] = " ".join(sorted({f["rule"] for f in findings}))
    out["errors"] = data["summary"].get("error", 0)
    out["warnings"] = data["summary"].get("warning", 0)
    out["claims"] = json.dumps([{"kind": c["kind"], "strength": c.get("strength"), "line": c["line"],
                                 "text": c["text"][:300]} for c in claims[:20]], ensure_ascii=False)
    out["findings"] = json.dumps([{"rule": f["rule"], "severity": f["severity"], "line": f.get("line", 0),
                                   "message": f["message"][:300]} for f in findings[:30]], ensure_ascii=False)
    ev = data["evidence"]
    out["evidence"] = json.dumps({k: len(ev[k]) for k in ("training_code", "training_data", "weights",
                                                          "placeholders")} | {"base_models": len(ev["base_models"])},
                                 sort_keys=True)
    return out


def audit_partition(task: dict[str, Any]) -> dict[str, Any]:
    """Judge one partition: ``{"index", "rows", "policy", "today", "budget"}`` -> ``{"index", "rows", "seconds"}``.

    ``budget`` is the per-document time budget of the process that made the task (its
    ``OPENWASH_DOC_TIMEOUT``): a Dask worker elsewhere applies the same one, in its worker threads too.

    This is the one task of an audit, run by a local worker process or by a Dask worker alike."""
    started = time.perf_counter()
    today = dt.date.fromisoformat(task["today"])
    rows = [audit_card(r, task["policy"], today, task.get("budget")) for r in task["rows"]]
    return {"index": task["index"], "rows": rows, "seconds": time.perf_counter() - started}


# -- input --------------------------------------------------------------------------------------------------
@record
class Columns:
    id: str
    card: str
    files: str | None = None
    tags: str | None = None
    gated: str | None = None
    downloads: str | None = None

    def names(self) -> list[str]:
        return [c for c in (self.id, self.card, self.files, self.tags, self.gated, self.downloads) if c]


def pick_columns(names: list[str], id_column: str | None, card_column: str | None, where: str) -> Columns:
    def first(explicit: str | None, candidates: tuple[str, ...], what: str) -> str:
        if explicit:
            if explicit not in names:
                raise UsageError(f"{where}: no column {explicit!r} (columns: {', '.join(names[:30])})")
            return explicit
        for c in candidates:
            if c in names:
                return c
        raise UsageError(f"{where}: no {what} column ({' or '.join(candidates)}); name it with --{what}-column "
                         f"(columns: {', '.join(names[:30])})")

    def optional(candidates: tuple[str, ...]) -> str | None:
        return next((c for c in candidates if c in names), None)

    return Columns(id=first(id_column, ID_COLUMNS, "id"), card=first(card_column, CARD_COLUMNS, "card"),
                   files=optional(FILE_COLUMNS), tags=optional(("tags",)), gated=optional(("gated",)),
                   downloads=optional(("downloads",)))


def normalize(raw: Any, cols: Columns) -> dict[str, Any]:
    if not isinstance(raw, dict):
        return {"id": "", "problem": "not a JSON object"}
    files: list[str] = []
    for f in (raw.get(cols.files) if cols.files else None) or []:
        if isinstance(f, dict):
            f = f.get("rfilename")
        if isinstance(f, str):
            files.append(f)
    downloads = raw.get(cols.downloads) if cols.downloads else None
    return {"id": str(raw.get(cols.id) or ""), "card": raw.get(cols.card), "files": files,
            "tags": [str(t) for t in (raw.get(cols.tags) if cols.tags else None) or []],
            "gated": raw.get(cols.gated) if cols.gated else None,
            "downloads": int(downloads) if isinstance(downloads, (int, float)) and not isinstance(downloads, bool)
            else None}


def input_files(dataset: Path) -> list[Path]:
    if dataset.is_dir():
        files = sorted(p for p in dataset.rglob("*") if p.is_file() and p.suffix in (".parquet", ".jsonl"))
        if not files:
            raise UsageError(f"{dataset}: no .parquet or .jsonl files in this folder")
        return files
    if not dataset.is_file():
        raise UsageError(f"no such dataset: {dataset}")
    if dataset.suffix not in (".parquet", ".jsonl", ".json"):
        raise UsageError(f"{dataset}: give a .parquet or .jsonl file (JSON Lines: one card per line)")
    return [dataset]


def _rows_of(path: Path, id_column: str | None, card_column: str | None, batch: int) -> Iterator[dict[str, Any]]:
    if path.suffix == ".parquet":
        pq = _need("pyarrow.parquet")
        try:
            pf = pq.ParquetFile(str(path))
        except Exception as exc:
            raise UsageError(f"{path}: not a readable Parquet file ({str(exc)[:200]})") from None
        cols = pick_columns(list(pf.schema_arrow.names), id_column, card_column, str(path))
        for rb in pf.iter_batches(batch_size=batch, columns=cols.names()):
            for raw in rb.to_pylist():
                yield normalize(raw, cols)
        return
    cols: Columns | None = None
    try:
        fh = path.open("r", encoding="utf-8", errors="replace")
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    with fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except ValueError:
                yield {"id": f"{path.name}:{n}", "problem": f"line {n} is not JSON"}
                continue
            if cols is None:
                if not isinstance(raw, dict):
                    raise UsageError(f"{path}:{n}: a JSON Lines dataset has one JSON object per line")
                cols = pick_columns(list(raw), id_column, card_column, str(path))
            row = normalize(raw, cols)
            if row.get("problem"):
                row["id"] = f"{path.name}:{n}"
            yield row


def partitions(files: list[Path], size: int, id_column: str | None, card_column: str | None,
               limit: int | None) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """Partitions of exactly ``size`` rows (the last one shorter), numbered from 0, in input order."""
    index = 0
    chunk: list[dict[str, Any]] = []
    seen = 0
    for path in files:
        for row in _rows_of(path, id_column, card_column, size):
            if limit is not None and seen >= limit:
                break
            seen += 1
            chunk.append(row)
            if len(chunk) == size:
                yield index, chunk
                index += 1
                chunk = []
    if chunk:
        yield index, chunk


# -- where partitions run --------------------------------------------------------------------------------
class LocalRunner:
    def __init__(self, workers: int) -> None:
        import multiprocessing

        self.workers = workers
        self.pool = cf.ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))

    def submit(self, task: dict[str, Any]) -> Any:
        return self.pool.submit(audit_partition, task)

    def wait_any(self, futures: list[Any]) -> list[Any]:
        done, _ = cf.wait(futures, return_when=cf.FIRST_COMPLETED)
        return list(done)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskRunner:
    def __init__(self, address: str) -> None:
        distributed = _need("distributed")
        self.distributed = distributed
        try:
            self.client = distributed.Client(address, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {address}: {str(exc)[:200]}") from None
        info = self.client.scheduler_info()
        self.workers = sum(int(w.get("nthreads", 1)) for w in info.get("workers", {}).values()) or 1

    def submit(self, task: dict[str, Any]) -> Any:
        return self.client.submit(audit_partition, task, pure=False)

    def wait_any(self, futures: list[Any]) -> list[Any]:
        done, _ = self.distributed.wait(futures, return_when="FIRST_COMPLETED")
        return list(done)

    def close(self) -> None:
        self.client.close()


# -- output -------------------------------------------------------------------------------------------------
def arrow_schema() -> Any:
    pa = _need("pyarrow")
    types = {"is_model_release": pa.bool_(), "backed": pa.bool_(), "claims_open_source": pa.int32(),
             "claims_total": pa.int32(), "errors": pa.int32(), "warnings": pa.int32(), "downloads": pa.int64()}
    return pa.schema([(c, types.get(c, pa.string())) for c in COLUMNS])


class Writer:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        self.kind = "parquet" if path.suffix == ".parquet" else "jsonl"
        if self.kind == "parquet":
            pq = _need("pyarrow.parquet")
            self.schema = arrow_schema()
            self._pa = _need("pyarrow")
            self.writer = pq.ParquetWriter(str(self.tmp), self.schema, compression="zstd")
        else:
            self.fh = self.tmp.open("w", encoding="utf-8", newline="\n")

    def write(self, rows: list[dict[str, Any]]) -> None:
        if self.kind == "parquet":
            self.writer.write_table(self._pa.Table.from_pylist(rows, schema=self.schema))
        else:
            for r in rows:
                self.fh.write(json.dumps({c: r.get(c) for c in COLUMNS}, ensure_ascii=False) + "\n")

    def close(self) -> None:
        if self.kind == "parquet":
            self.writer.close()
        else:
            self.fh.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self.writer.close() if self.kind == "parquet" else self.fh.close()
        with contextlib.suppress(OSError):
            self.tmp.unlink()


@record
class Summary:
    cards: int = 0
    verdicts: dict[str, int] = field(default_factory=lambda: {"pass": 0, "fail": 0, "error": 0, "empty": 0})
    model_releases: int = 0
    claiming: int = 0
    backed: int = 0
    categories: dict[str, int] = field(default_factory=dict)
    by_rule: dict[str, int] = field(default_factory=dict)
    with_downloads: int = 0
    top: list[tuple[int, str, str, str]] = field(default_factory=list)  # heap of (downloads, id, claim, rules)

    def add(self, r: dict[str, Any]) -> None:
        self.cards += 1
        self.verdicts[r["verdict"]] = self.verdicts.get(r["verdict"], 0) + 1
        if r["verdict"] not in ("pass", "fail"):
            return
        self.model_releases += bool(r["is_model_release"])
        cat = r["license_category"] or "unknown"
        self.categories[cat] = self.categories.get(cat, 0) + 1
        for rule in (r["rules"] or "").split():
            self.by_rule[rule] = self.by_rule.get(rule, 0) + 1
        if r["claims_open_source"]:
            self.claiming += 1
            self.backed += bool(r["backed"])
            if r["backed"] is False and r["downloads"] is not None:
                self.with_downloads += 1
                claims = json.loads(r["claims"] or "[]")
                text = next((c["text"] for c in claims if c["kind"] in OPEN_SOURCE_KINDS), "")
                item = (int(r["downloads"]), r["model_id"], text, r["rules"])
                if len(self.top) < TOP_UNBACKED:
                    heapq.heappush(self.top, item)
                elif item > self.top[0]:
                    heapq.heapreplace(self.top, item)

    def to_json(self) -> dict[str, Any]:
        return {"cards": self.cards, **self.verdicts, "model_releases": self.model_releases,
                "claiming_open_source": self.claiming, "backed": self.backed, "not_backed": self.claiming - self.backed,
                "license_categories": dict(sorted(self.categories.items(), key=lambda kv: (-kv[1], kv[0]))),
                "by_rule": dict(sorted(self.by_rule.items())),
                "top_unbacked_by_downloads": [{"model_id": m, "downloads": d, "claim": t, "rules": rules}
                                              for d, m, t, rules in sorted(self.top, reverse=True)]}


def render_summary(s: dict[str, Any], source: str, fmt: str) -> str:
    if fmt == "json":
        return json.dumps({"dataset": source, "summary": s}, indent=2, ensure_ascii=False) + "\n"

    def pct(n: int, d: int) -> str:
        return f"{100 * n / d:.1f}%" if d else "—"

    checked = s["pass"] + s["fail"]
    out = [f"# openwash audit: {md(source)}", "",
           f"{s['cards']} cards: {checked} checked ({s['pass']} pass, {s['fail']} fail), {s['error']} not checked, "
           f"{s['empty']} without card text.", "", "| | cards | share of checked |", "|---|---:|---:|",
           f"| model releases | {s['model_releases']} | {pct(s['model_releases'], checked)} |",
           f"| claim to be open source | {s['claiming_open_source']} | {pct(s['claiming_open_source'], checked)} |",
           f"| … and back the claim | {s['backed']} | {pct(s['backed'], checked)} |",
           f"| … and do not back it | {s['not_backed']} | {pct(s['not_backed'], checked)} |"]
    if s["license_categories"]:
        out += ["", "## License categories", "", "| category | cards |", "|---|---:|"]
        out += [f"| {md(k)} | {v} |" for k, v in s["license_categories"].items()]
    if s["by_rule"]:
        titles = rule_titles()
        out += ["", "## Findings by rule", "", "| rule | what | cards |", "|---|---|---:|"]
        out += [f"| {k} | {md(titles.get(k, ''))} | {v} |" for k, v in s["by_rule"].items()]
    top = s["top_unbacked_by_downloads"]
    out += ["", "## Top unbacked open-source claims by downloads", ""]
    if top:
        out += ["| model | downloads | claim | rules |", "|---|---:|---|---|"]
        out += [f"| {md(t['model_id'])} | {t['downloads']} | {md(t['claim'][:160])} | {md(t['rules'])} |"
                for t in top]
    else:
        out.append("(no download counts in this dataset, or no unbacked claim)")
    return "\n".join(out) + "\n"


# -- the run --------------------------------------------------------------------------------------------------
@record
class AuditOptions:
    dataset: Path
    output: Path
    policy: str | None = None
    workers: int | None = None
    scheduler: str | None = None
    partition_size: int = 2000
    resume: bool = False
    limit: int | None = None
    id_column: str | None = None
    card_column: str | None = None
    progress: bool = True
    today: dt.date | None = None


def run_key(opts: AuditOptions, files: list[Path], policy: Any) -> str:
    parts = [code_fingerprint(), policy_digest(policy), str(opts.partition_size), str(opts.limit),
             str(opts.id_column), str(opts.card_column), (opts.today or dt.date.today()).isoformat(),
             f"budget={document_budget():g}"]
    for f in files:
        st = f.stat()
        parts.append(f"{f.resolve()}:{st.st_size}:{st.st_mtime_ns}")
    return digest(*parts)[:24]


def audit(opts: AuditOptions, say: Any = None) -> tuple[dict[str, Any], dict[str, Any]]:
    """Run an audit; returns (summary, stats)."""
    say = say or (lambda m: print(f"openwash: {m}", file=sys.stderr, flush=True))
    if opts.partition_size < 1:
        raise UsageError("--partition-size must be at least 1")
    if opts.output.suffix not in (".parquet", ".jsonl"):
        raise UsageError(f"--output must end in .parquet or .jsonl, got {opts.output.name!r}")
    if opts.scheduler and not opts.scheduler.startswith(("tcp://", "tls://", "inproc://", "ucx://")):
        raise UsageError(f"--scheduler must be an address like tcp://HOST:PORT, got {opts.scheduler!r}")
    if opts.workers is not None and opts.workers < 1:
        raise UsageError("--workers must be at least 1")
    files = input_files(opts.dataset)
    if opts.output.suffix == ".parquet" or any(f.suffix == ".parquet" for f in files):
        _need("pyarrow.parquet")
    policy = resolve_source(opts.policy or "builtin:default")
    today = opts.today or dt.date.today()
    budget = document_budget()
    key = run_key(opts, files, policy)
    parts_dir = opts.output.with_name(opts.output.name + ".parts")
    manifest = parts_dir / "manifest.json"
    finished: set[int] = set()
    if opts.resume and manifest.is_file():
        try:
            same = json.loads(manifest.read_text()).get("key") == key
        except (OSError, ValueError):
            same = False
        if same:
            for p in parts_dir.glob("part-*.jsonl"):
                with contextlib.suppress(ValueError):
                    finished.add(int(p.stem.split("-")[1]))
        else:
            say("the unfinished run in the output's .parts folder was made with other input or options; "
                "starting over")
    if not finished:
        shutil.rmtree(parts_dir, ignore_errors=True)
        try:
            parts_dir.mkdir(parents=True, exist_ok=True)
            write_atomic(manifest, json.dumps({"key": key, "dataset": str(opts.dataset)}).encode())
        except OSError as exc:
            raise UsageError(f"cannot write beside the output ({parts_dir}): {exc.strerror or exc}") from None
    elif opts.progress:
        say(f"resuming: {len(finished)} partitions already done")
    runner: LocalRunner | DaskRunner
    if opts.scheduler:
        runner = DaskRunner(opts.scheduler)
        where = f"the Dask cluster at {opts.scheduler}"
    else:
        workers = opts.workers or os.cpu_count() or 1
        runner = LocalRunner(workers)
        where = "a local worker process"
    started = time.monotonic()
    cards = 0
    busy = 0.0
    try:
        inflight: dict[Any, int] = {}
        limit = max(2, 2 * runner.workers)

        def collect(done: list[Any]) -> None:
            nonlocal cards, busy
            for fut in done:
                index = inflight.pop(fut)
                try:
                    got = fut.result()
                except Exception as exc:  # a worker died or the cluster went away: keep what is done
                    raise FetchError(f"partition {index} failed on {where}: {type(exc).__name__}: "
                                     f"{str(exc)[:200]}; {len(finished)} partitions are kept in {parts_dir}, "
                                     "run the same command with --resume to continue") from None
                lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in got["rows"])
                write_atomic(parts_dir / f"part-{got['index']:06d}.jsonl", lines.encode("utf-8"))
                finished.add(got["index"])
                cards += len(got["rows"])
                busy += got["seconds"]
                if opts.progress:
                    rate = cards / max(time.monotonic() - started, 1e-6)
                    say(f"partition {got['index']} done: {cards} cards checked, {rate:.0f} cards/s")

        total = 0
        for index, rows in partitions(files, opts.partition_size, opts.id_column, opts.card_column, opts.limit):
            total = index + 1
            if index in finished:
                continue
            while len(inflight) >= limit:
                collect(runner.wait_any(list(inflight)))
            task = {"index": index, "rows": rows, "policy": policy, "today": today.isoformat(),
                    "budget": budget}
            inflight[runner.submit(task)] = index
        while inflight:
            collect(runner.wait_any(list(inflight)))
    except KeyboardInterrupt:
        say(f"interrupted: {len(finished)} partitions are kept in {parts_dir}; run the same command with "
            "--resume to continue")
        raise
    finally:
        runner.close()
    elapsed = time.monotonic() - started
    # assemble the output from the parts, in order
    summary = Summary()
    writer = Writer(opts.output)
    try:
        for index in range(total):
            part = parts_dir / f"part-{index:06d}.jsonl"
            rows = [json.loads(line) for line in part.read_text(encoding="utf-8").splitlines() if line]
            for r in rows:
                summary.add(r)
            writer.write(rows)
        writer.close()
    except BaseException:
        writer.abort()
        raise
    shutil.rmtree(parts_dir, ignore_errors=True)
    stats = {"cards": summary.cards, "checked_now": cards, "partitions": total, "seconds": round(elapsed, 3),
             "cards_per_second": round(cards / elapsed, 1) if elapsed > 0 and cards else None,
             "worker_seconds": round(busy, 3), "workers": runner.workers}
    return summary.to_json(), stats


def run_audit_command(args: Any) -> int:
    opts = AuditOptions(dataset=Path(args.dataset), output=Path(args.output), policy=args.policy,
                        workers=args.workers, scheduler=args.scheduler, partition_size=args.partition_size,
                        resume=args.resume, limit=args.limit, id_column=args.id_column, card_column=args.card_column,
                        progress=not args.quiet, today=today_override())
    if args.limit is not None and args.limit < 0:
        raise UsageError("--limit must be at least 0")
    summary, stats = audit(opts)
    write_output(render_summary(summary, str(args.dataset), args.format), args.report)
    if not args.quiet:
        print(f"openwash: {stats['cards']} cards ({stats['checked_now']} checked in this run) in "
              f"{stats['seconds']:.1f} s on {stats['workers']} worker(s) ({stats['worker_seconds']:.1f} s in the engine); "
              f"rows in {args.output}", file=sys.stderr)
    return 0
