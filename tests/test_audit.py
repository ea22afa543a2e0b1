"""``openwash audit``: a Parquet file the test writes, local worker processes, a Dask LocalCluster on
127.0.0.1, resume from finished partitions."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import cli_env, run_cli

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

CLOSED = ("---\nlicense: other\ntags:\n- text-generation\n---\n# {name}\n\n{name} is an open-source large language "
          "model.\n\nIt was pretrained on our internal data.\n")
OPEN = ("---\nlicense: apache-2.0\ndatasets:\n- finch/corpus\n---\n# {name}\n\n{name} is a fully open-source model.\n\n"
        "- Training code: [finch-train](https://github.com/finch/finch-train)\n"
        "- Training data: [finch-corpus](https://huggingface.co/datasets/finch/corpus)\n")
PLAIN = "---\nlicense: mit\n---\n# {name}\n\nA small sentiment classifier.\n"
NONCOMMERCIAL = "---\nlicense: cc-by-nc-4.0\n---\n# {name}\n\nA research model for non-commercial use.\n"
TRAIN_IN_TREE = ("---\nlicense: apache-2.0\n---\n# {name}\n\n{name} is an open-source model.\n\n"
                 "Training code: [train.py](train.py). Training data: [corpus](https://huggingface.co/datasets/x/y).\n")

KINDS = [CLOSED, OPEN, PLAIN, NONCOMMERCIAL, CLOSED, ""]


def cards_table(n: int) -> Any:
    """The columns of librarian-bots/model_cards_with_metadata, with cards of known verdicts."""
    rows = []
    for i in range(n):
        name = f"model-{i:03d}"
        rows.append({"modelId": f"org{i % 3}/{name}", "author": f"org{i % 3}", "last_modified": None,
                     "downloads": (i * 37) % 1000, "likes": i, "library_name": "transformers",
                     "tags": ["text-generation"], "pipeline_tag": "text-generation", "createdAt": None,
                     "card": KINDS[i % len(KINDS)].format(name=name)})
    schema = pa.schema([("modelId", pa.string()), ("author", pa.string()), ("last_modified", pa.timestamp("us")),
                        ("downloads", pa.int64()), ("likes", pa.int64()), ("library_name", pa.string()),
                        ("tags", pa.list_(pa.string())), ("pipeline_tag", pa.string()),
                        ("createdAt", pa.timestamp("us")), ("card", pa.string())])
    return pa.Table.from_pylist(rows, schema=schema)


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    path = tmp_path / "cards.parquet"
    pq.write_table(cards_table(60), path, row_group_size=25)
    return path


def audit_cli(*args: str, env: dict[str, str] | None = None) -> Any:
    return run_cli("audit", *args, "--quiet", env={"OPENWASH_TODAY": "2026-11-02", **(env or {})}, timeout=300)


def rows_of(path: Path) -> list[dict[str, Any]]:
    if path.suffix == ".parquet":
        return pq.read_table(path).to_pylist()
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_audit_of_a_parquet_file_one_row_per_card_and_a_summary(dataset: Path, tmp_path: Path) -> None:
    out = tmp_path / "rows.parquet"
    proc = audit_cli(str(dataset), "--output", str(out), "--workers", "2", "--partition-size", "7",
                     "--format", "json")
    assert proc.returncode == 0, proc.stderr
    rows = rows_of(out)
    assert [r["model_id"] for r in rows] == [f"org{i % 3}/model-{i:03d}" for i in range(60)]  # input order
    verdicts = [r["verdict"] for r in rows]
    assert verdicts[:6] == ["fail", "pass", "pass", "pass", "fail", "empty"]
    first = rows[0]
    assert first["backed"] is False and "OW101" in first["rules"].split() and first["downloads"] == 0
    assert json.loads(first["claims"])[0]["kind"] == "open-source"
    assert rows[1]["backed"] is True and rows[1]["license_category"] == "osi"
    assert rows[3]["license_category"] == "non-commercial" and rows[3]["backed"] is None
    assert pq.read_schema(out).field("downloads").type == pa.int64()
    summary = json.loads(proc.stdout)["summary"]
    assert summary["cards"] == 60 and summary["empty"] == 10
    assert summary["claiming_open_source"] == 30 and summary["backed"] == 10 and summary["not_backed"] == 20
    assert summary["license_categories"]["non-commercial"] == 10
    top = summary["top_unbacked_by_downloads"]
    assert [t["downloads"] for t in top] == sorted((r["downloads"] for r in rows if r["backed"] is False),
                                                   reverse=True)[:len(top)]
    assert top[0]["claim"].endswith("is an open-source large language model.")
    assert not (tmp_path / "rows.parquet.parts").exists()


def test_file_list_and_gated_columns_are_evidence(tmp_path: Path) -> None:
    path = tmp_path / "cards.jsonl"
    card = TRAIN_IN_TREE.format(name="Owl")
    lines = [{"model_id": "zoo/owl-with-code", "card_text": card, "siblings": [{"rfilename": "train.py"},
                                                                              {"rfilename": "README.md"}],
              "gated": "manual"},
             {"model_id": "zoo/owl-without", "card_text": card, "siblings": [{"rfilename": "README.md"}],
              "gated": False},
             "not an object but JSON"]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n{broken\n")
    out = tmp_path / "rows.jsonl"
    proc = audit_cli(str(path), "--output", str(out), "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    rows = {r["model_id"]: r for r in rows_of(out)}
    assert "OW101" not in rows["zoo/owl-with-code"]["rules"].split()
    assert "OW101" in rows["zoo/owl-without"]["rules"].split()
    assert rows["zoo/owl-with-code"]["gated"] == "manual" and rows["zoo/owl-without"]["gated"] == "false"
    assert [r["verdict"] for r in rows_of(out)][2:] == ["error", "error"]
    assert "# openwash audit" in proc.stdout and "Top unbacked" in proc.stdout


def test_same_output_on_one_worker_two_workers_and_a_dask_cluster(dataset: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    one, two, dask_out = tmp_path / "one.jsonl", tmp_path / "two.jsonl", tmp_path / "dask.jsonl"
    assert audit_cli(str(dataset), "-o", str(one), "--workers", "1", "--partition-size", "9").returncode == 0
    assert audit_cli(str(dataset), "-o", str(two), "--workers", "2", "--partition-size", "9").returncode == 0
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        proc = audit_cli(str(dataset), "-o", str(dask_out), "--scheduler", cluster.scheduler_address,
                         "--partition-size", "9")
        assert proc.returncode == 0, proc.stderr
        with distributed.Client(cluster.scheduler_address) as client:
            # the partitions ran on the cluster's workers
            tasks = client.run_on_scheduler(lambda dask_scheduler: sorted(
                {k[0] if isinstance(k, tuple) else str(k) for k in dask_scheduler.task_prefixes}))
        assert any("audit_partition" in t for t in tasks), tasks
    assert one.read_bytes() == two.read_bytes() == dask_out.read_bytes()
    assert len(one.read_text().splitlines()) == 60


def test_resume_keeps_finished_partitions(dataset: Path, tmp_path: Path) -> None:
    out = tmp_path / "rows.jsonl"
    full = tmp_path / "full.jsonl"
    assert audit_cli(str(dataset), "-o", str(full), "--workers", "1", "--partition-size", "10").returncode == 0
    reference = rows_of(full)
    # an interrupted run left partitions 0 and 2 finished (partition 2 marked, to see that it is kept)
    # the key as the command line computes it: in a process with the command line's environment (run_cli
    # imports openwash from src/, which may differ from the installed copy this test process imports)
    code = ("import datetime as dt, sys; from pathlib import Path; "
            "from openwash.audit import AuditOptions, input_files, run_key; "
            "from openwash.policy import resolve_source; "
            "o = AuditOptions(dataset=Path(sys.argv[1]), output=Path(sys.argv[2]), partition_size=10, "
            "today=dt.date(2026, 11, 2)); "
            "print(run_key(o, input_files(o.dataset), resolve_source('builtin:default')))")
    key = subprocess.run([sys.executable, "-c", code, str(dataset), str(out)], env=cli_env(), capture_output=True,
                         text=True, check=True).stdout.strip()
    assert key
    parts = tmp_path / "rows.jsonl.parts"
    parts.mkdir()
    (parts / "manifest.json").write_text(json.dumps({"key": key}))
    (parts / "part-000000.jsonl").write_text("".join(json.dumps(r) + "\n" for r in reference[:10]))
    marked = [{**r, "error": "kept from the first run"} for r in reference[20:30]]
    (parts / "part-000002.jsonl").write_text("".join(json.dumps(r) + "\n" for r in marked))
    proc = run_cli("audit", str(dataset), "-o", str(out), "--workers", "1", "--partition-size", "10", "--resume",
                   env={"OPENWASH_TODAY": "2026-11-02"}, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "resuming: 2 partitions already done" in proc.stderr
    assert "40 checked in this run" in proc.stderr
    rows = rows_of(out)
    assert rows[20:30] == marked and rows[:20] == reference[:20] and rows[30:] == reference[30:]
    # without --resume the same leftovers are thrown away
    parts.mkdir()
    (parts / "manifest.json").write_text(json.dumps({"key": key}))
    (parts / "part-000002.jsonl").write_text("".join(json.dumps(r) + "\n" for r in marked))
    assert audit_cli(str(dataset), "-o", str(out), "--workers", "1", "--partition-size", "10").returncode == 0
    assert rows_of(out) == reference


def test_bad_input_is_one_line_exit_2(dataset: Path, tmp_path: Path) -> None:
    cases = [
        ((str(tmp_path / "nope.parquet"), "-o", str(tmp_path / "o.jsonl")), "no such dataset"),
        ((str(dataset), "-o", str(tmp_path / "o.csv")), "--output must end in .parquet or .jsonl"),
        ((str(dataset), "-o", str(tmp_path / "o.jsonl"), "--card-column", "body"), "no column 'body'"),
        ((str(dataset), "-o", str(tmp_path / "o.jsonl"), "--scheduler", "127.0.0.1:1"), "tcp://HOST:PORT"),
        ((str(dataset), "-o", str(tmp_path / "o.jsonl"), "--scheduler", "tcp://127.0.0.1:9"),
         "cannot reach the Dask scheduler"),
    ]
    cases.append(((str(dataset), "-o", str(tmp_path / "o.jsonl"), "--workers", "0"), "--workers must be at least 1"))
    blocker = tmp_path / "file"
    blocker.write_text("")
    cases.append(((str(dataset), "-o", str(blocker / "o.jsonl")), "cannot write beside the output"))
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 not really")
    cases.append(((str(tmp_path / "bad.parquet"), "-o", str(tmp_path / "o.jsonl")), "not a readable Parquet file"))
    for args, message in cases:
        proc = run_cli("audit", *args, timeout=120)
        assert proc.returncode == 2, (args, proc.stderr)
        assert message in proc.stderr and proc.stderr.strip().count("\n") == 0, (args, proc.stderr)
