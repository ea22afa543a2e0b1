#!/usr/bin/env python3
"""Bulk audit bench: ``openwash audit`` over a Parquet file of model cards, on 1 and 2 local workers and on a
Dask LocalCluster (scheduler on 127.0.0.1) with 1 and 2 workers.

    python bench/audit.py [--cards 3000] [--partition-size 100]

The cards are the corpus's real model cards and READMEs (/work/shared/corpus, read at run time, never copied
into the project), cycled to ``--cards`` rows, each with its own last line so that no two are identical, in
the columns of ``librarian-bots/model_cards_with_metadata``.  Each run is the real CLI in a subprocess.

Printed: the engine alone on one core, in-process (cards per second, no start-up, no pool); per run: wall
time, cards per second (wall), CPU seconds and cores obtained.  Then the speed-up from 1
to 2 workers (goal on this machine's 2 cores: >= 1.7x), and whether the four output files are identical
byte for byte (they must be).  Each run also reports the CPU seconds its processes used and so how many
cores it really obtained (CPU seconds / wall seconds): on a machine shared with other jobs a 2-worker run may
get far less than 2 cores, and the speed-up then says more about the neighbours than about openwash.
``--json FILE`` also writes the figures as JSON.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = next((c for c in (Path(os.environ.get("OPENWASH_CORPUS", "/nonexistent")), ROOT.parent / "shared" / "corpus",
                           ROOT.parent.parent / "shared" / "corpus") if c.is_dir()), ROOT.parent / "shared" / "corpus")
sys.path.insert(0, str(ROOT / "src"))

GENERATED = [
    "---\nlicense: other\n---\n# Model {i}\n\nModel {i} is an open-source large language model.\n",
    "---\nlicense: apache-2.0\ndatasets:\n- c/d\n---\n# Model {i}\n\nModel {i} is fully open source. Training "
    "code: [train](https://github.com/a/b). Data: [d](https://huggingface.co/datasets/c/d).\n",
    "---\nlicense: mit\n---\n# Model {i}\n\nA small classifier fine-tuned on reviews.\n",
]


def corpus_cards() -> list[str]:
    cards: list[str] = []
    for pattern in ("modelcards/*/README.md", "repos/*/README.md", "repos/*/MODEL_CARD*.md"):
        for p in sorted(CORPUS.glob(pattern)):
            try:
                text = p.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if 0 < len(text) < 200_000:
                cards.append(text)
    return cards


def write_dataset(path: Path, n: int) -> str:
    import pyarrow as pa
    import pyarrow.parquet as pq

    templates = corpus_cards()
    source = f"{len(templates)} corpus cards" if templates else "generated cards (no corpus found)"
    templates = templates or GENERATED
    rows = [{"modelId": f"bench{i % 50}/model-{i:06d}", "author": f"bench{i % 50}", "downloads": (i * 7919) % 100_000,
             "likes": i % 100, "library_name": "transformers", "tags": ["text-generation"],
             "pipeline_tag": "text-generation",
             "card": templates[i % len(templates)].replace("{i}", str(i)) + f"\n<!-- bench row {i} -->\n"}
            for i in range(n)]
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=1000)
    return source


def cpu_children() -> float:
    """CPU seconds (user + system) of the child processes waited for so far (and their children)."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run(dataset: Path, out: Path, *extra: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "OPENWASH_TODAY": "2026-11-02"}
    cpu = cpu_children()
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "openwash", "audit", str(dataset), "-o", str(out), "--quiet",
                           "--format", "json", *extra], env=env, capture_output=True, text=True, timeout=3600)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"audit failed ({' '.join(extra)}): {proc.stderr[-2000:]}")
    return {"wall_s": round(wall, 2), "cpu_s": round(cpu_children() - cpu, 2),
            "sha256": hashlib.sha256(out.read_bytes()).hexdigest()}


def engine_rate(dataset: Path, partition: int, cards: int) -> tuple[float, float]:
    """Cards per second of the engine alone, in this process, on one core (no start-up, no pool): per wall
    second, and per CPU second (what a dedicated core would do, whatever else the machine is running)."""
    import datetime as dt

    import pyarrow.parquet as pq

    from openwash.audit import Columns, audit_partition, normalize
    from openwash.policy import resolve_source

    policy = resolve_source("builtin:default")
    table = pq.read_table(dataset, columns=["modelId", "card", "tags", "downloads"]).slice(0, cards).to_pylist()
    cols = Columns(id="modelId", card="card", tags="tags", downloads="downloads")
    rows = [normalize(r, cols) for r in table]
    audit_partition({"index": 0, "rows": rows[:20], "policy": policy, "today": dt.date(2026, 11, 2).isoformat()})
    started, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(rows), partition):
        audit_partition({"index": i, "rows": rows[i:i + partition], "policy": policy, "today": "2026-11-02"})
    return len(rows) / (time.perf_counter() - started), len(rows) / (time.process_time() - cpu)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cards", type=int, default=3000)
    ap.add_argument("--partition-size", type=int, default=100)
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()
    import distributed

    with tempfile.TemporaryDirectory(prefix="openwash-audit-bench-") as tmp:
        work = Path(tmp)
        dataset = work / "cards.parquet"
        source = write_dataset(dataset, args.cards)
        print(f"dataset: {args.cards} cards from {source}, {dataset.stat().st_size // 1024} KiB Parquet; "
              f"partitions of {args.partition_size}; {os.cpu_count()} cores")
        one_core, one_cpu = engine_rate(dataset, args.partition_size, min(args.cards, 600))
        print(f"engine alone, one core, in-process: {one_core:.1f} cards/s of wall time, {one_cpu:.1f} cards per "
              "CPU second")
        ps = ["--partition-size", str(args.partition_size)]
        results: dict[str, dict] = {}
        for workers in (1, 2):
            results[f"local-{workers}"] = run(dataset, work / f"local-{workers}.parquet", "--workers", str(workers), *ps)
        for workers in (1, 2):
            cpu = cpu_children()
            with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                          dashboard_address=None, silence_logs=40) as cluster:
                with distributed.Client(cluster.scheduler_address) as client:  # workers up and importing
                    client.run(lambda: __import__("openwash.engine"))
                results[f"dask-{workers}"] = run(dataset, work / f"dask-{workers}.parquet", "--scheduler",
                                                 cluster.scheduler_address, *ps)
            # the workers are this process's grandchildren: their CPU time is known once the cluster is closed
            results[f"dask-{workers}"]["cpu_s"] = round(cpu_children() - cpu, 2)
        for name, r in results.items():
            r["cards_per_s"] = round(args.cards / r["wall_s"], 1)
            r["cores_obtained"] = round(r["cpu_s"] / r["wall_s"], 2)
            print(f"{name:8} {r['wall_s']:8.2f} s  {r['cards_per_s']:8.1f} cards/s  {r['cpu_s']:8.1f} CPU s "
                  f"({r['cores_obtained']:.2f} cores obtained)  output {r['sha256'][:16]}")
        local = results["local-1"]["wall_s"] / results["local-2"]["wall_s"]
        dask = results["dask-1"]["wall_s"] / results["dask-2"]["wall_s"]
        identical = len({r["sha256"] for r in results.values()}) == 1
        print(f"speed-up 1 -> 2 workers: local {local:.2f}x, Dask LocalCluster {dask:.2f}x (goal >= 1.7x)")
        print(f"outputs identical across the four runs: {'yes' if identical else 'NO'}")
        if args.json:
            Path(args.json).write_text(json.dumps({"cards": args.cards, "partition_size": args.partition_size,
                                                   "engine_one_core_cards_per_s": round(one_core, 1),
                                                   "engine_cards_per_cpu_s": round(one_cpu, 1),
                                                   "runs": results, "speedup_local": round(local, 2),
                                                   "speedup_dask": round(dask, 2), "identical": identical},
                                                  indent=2) + "\n")
        return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
