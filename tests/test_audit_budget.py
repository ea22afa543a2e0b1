"""The per-document time budget off the main thread: in a plain thread and in the worker threads of a Dask
``LocalCluster`` on 127.0.0.1 (where no ``SIGALRM`` can reach the work).

Deterministic by construction: a budget of 1e-300 s added to the clock's start value is that start value
itself, so the deadline has passed before the first check, however fast or slow the machine is."""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path
from typing import Any

import pytest

from conftest import run_cli
from openwash.discovery import Repository, source_file
from openwash.engine import check_repository
from openwash.policy import resolve_source
from openwash.timebudget import BudgetExceeded, check, time_budget

EXPIRED = "1e-300"
CLAIMING = ("---\nlicense: other\n---\n# {name}\n\n{name} is an open-source large language model.\n\n"
            "It was pretrained on our internal data.\n")
PLAIN = "---\nlicense: mit\n---\n# {name}\n\nA small sentiment classifier.\n"


def in_thread(fn: Any) -> Any:
    """``fn()`` in a fresh thread (never the main thread), its result or its exception."""
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed back to the test
            box["error"] = exc

    t = threading.Thread(target=work)
    t.start()
    t.join()
    if "error" in box:
        raise box["error"]
    return box["value"]


def card_result(budget: float) -> Any:
    sf = source_file("README.md", CLAIMING.format(name="Wren"))
    assert sf is not None
    repo = Repository(root=Path("acme/wren"), name="wren", paths=["README.md"], files=[sf], notices=[],
                      owner="acme", gated="")
    return check_repository(repo, resolve_source("builtin:default"), today=dt.date(2026, 11, 2), budget=budget)


def test_an_expired_deadline_raises_in_a_thread_and_ends_with_its_block() -> None:
    def go() -> str:
        with pytest.raises(BudgetExceeded), time_budget(float(EXPIRED)):
            check()
        check()  # the block is over: no deadline any more
        with time_budget(3600):
            check()  # far away: nothing happens
        return threading.current_thread().name

    assert in_thread(go) != threading.main_thread().name


def test_the_engine_keeps_the_budget_in_a_thread() -> None:
    unbounded = in_thread(lambda: card_result(0))
    assert unbounded.claims and not [n for n in unbounded.notices if n.budget]
    over = in_thread(lambda: card_result(float(EXPIRED)))
    assert not over.claims  # the card was not judged ...
    assert [(n.path, n.budget) for n in over.notices] == [("README.md", True)]  # ... and says so
    assert "OPENWASH_DOC_TIMEOUT" in over.notices[0].message


def test_the_claim_search_looks_at_the_deadline_between_blocks_in_a_thread() -> None:
    from openwash.claims import find_claims
    from openwash.engine import _budgeted
    from openwash.markdown import parse_document

    doc = parse_document("README.md", "readme", CLAIMING.format(name="Wren"))  # parsed without a budget

    def search() -> int:
        assert len(find_claims(_budgeted(doc))) == 1  # no budget running: the wrapper changes nothing
        with pytest.raises(BudgetExceeded), time_budget(float(EXPIRED)):
            find_claims(_budgeted(doc))
        return 0

    assert in_thread(search) == 0


def write_cards(path: Path, n: int) -> None:
    rows = [{"modelId": f"acme/m{i}", "card": (CLAIMING if i % 2 else PLAIN).format(name=f"M{i}"),
             "downloads": i} for i in range(n)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))


def test_the_budget_travels_to_dask_worker_threads(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    cards = tmp_path / "cards.jsonl"
    write_cards(cards, 8)
    bounded, normal = tmp_path / "bounded.jsonl", tmp_path / "normal.jsonl"
    # Worker processes started here, without OPENWASH_DOC_TIMEOUT: the budget reaches them only with the task
    # (a Dask worker runs each task in a thread of its pool, never in its main thread).
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        base = ["audit", str(cards), "--scheduler", cluster.scheduler_address, "--partition-size", "3", "--quiet"]
        proc = run_cli(*base, "-o", str(bounded), env={"OPENWASH_TODAY": "2026-11-02",
                                                       "OPENWASH_DOC_TIMEOUT": EXPIRED}, timeout=300)
        assert proc.returncode == 0, proc.stderr
        proc = run_cli(*base, "-o", str(normal), env={"OPENWASH_TODAY": "2026-11-02"}, timeout=300)
        assert proc.returncode == 0, proc.stderr
        with distributed.Client(cluster.scheduler_address) as client:  # the partitions ran on the cluster
            tasks = client.run_on_scheduler(lambda dask_scheduler: sorted(
                {k[0] if isinstance(k, tuple) else str(k) for k in dask_scheduler.task_prefixes}))
        assert any("audit_partition" in t for t in tasks), tasks
    rows = [json.loads(line) for line in bounded.read_text().splitlines()]
    assert len(rows) == 8
    for r in rows:
        assert r["verdict"] == "error", r
        assert r["error"].startswith("README.md: skipped: parsing took longer than 1e-300 s (OPENWASH_DOC_TIMEOUT)")
        assert r["claims_open_source"] == 0
    normal_rows = {r["model_id"]: r for r in map(json.loads, normal.read_text().splitlines())}
    assert {r["verdict"] for r in normal_rows.values()} == {"pass", "fail"}  # the same cards, judged in full
    assert normal_rows["acme/m1"]["claims_open_source"] == 1 and normal_rows["acme/m1"]["error"] == ""
