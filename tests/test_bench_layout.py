"""bench/claims.py writes each labelled sentence back into a file the way it stood in its repository."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _bench_claims():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_claims", ROOT / "bench" / "claims.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up there)
    spec.loader.exec_module(module)
    return module


def test_a_setext_underline_after_the_sentence_stays_its_own_line() -> None:
    # 'Open Source' over '-----------' is a heading in its file; a blank line between them would make it a paragraph
    bench = _bench_claims()
    item = {"text": "Open Source", "context_before": "The app asks for no permissions.", "context_after": "-----------"}
    text, first, last = bench.layout(item)
    assert text == "The app asks for no permissions.\n\nOpen Source\n-----------\n" and first == last == 3
    item["context_after"] = "The code is on GitHub."
    assert bench.layout(item)[0] == "The app asks for no permissions.\n\nOpen Source\n\nThe code is on GitHub.\n"


def test_a_table_row_is_written_back_into_a_table() -> None:
    # a row alone in a paragraph is no table: it would lose the row's first cell, which the cells describe
    bench = _bench_claims()
    item = {"text": "| Kestrel | 开源了 7B 模型 |", "context_before": "| [Finch](https://example.org) | 模型 |",
            "context_after": "| Wren | 模型 |"}
    text, first, last = bench.layout(item)
    assert text == ("| | |\n| --- | --- |\n| [Finch](https://example.org) | 模型 |\n| Kestrel | 开源了 7B 模型 |\n"
                    "| Wren | 模型 |\n") and first == last == 4
    # under its delimiter row, and as the header over it
    item = {"text": "| Kestrel | open source |", "context_before": "|---|---|", "context_after": "## Usage"}
    assert bench.layout(item) == ("| | |\n|---|---|\n| Kestrel | open source |\n\n## Usage\n", 3, 3)
    item = {"text": "| Model | Open source |", "context_before": "## Models", "context_after": "|---|---|"}
    assert bench.layout(item) == ("## Models\n\n| Model | Open source |\n|---|---|\n", 3, 3)
    # (a sentence that is no row, and --alone, stay as they were)
    assert bench.layout({"text": "Wren | Kestrel", "context_before": "", "context_after": ""})[0] == "Wren | Kestrel\n"
    assert bench.layout(item, alone=True) == ("| Model | Open source |\n", 1, 1)


def test_an_item_is_found_at_its_lines_in_its_whole_file() -> None:
    # --mirrors: the item's text, however the file wraps it, is found at its first and last line
    bench = _bench_claims()
    text = "# Wren\n\nWren is a small model. It is\nfully open source under MIT.\n\n- Open weights\n- Open weights\n"
    assert bench.locate({"text": "It is fully open source under MIT.", "context_before": ""}, text) == (3, 4)
    # (the same text twice: the one after its neighbouring line)
    assert bench.locate({"text": "- Open weights", "context_before": "- Open weights"}, text) == (7, 7)
    assert bench.locate({"text": "Kestrel is open source.", "context_before": ""}, text) is None


def test_a_snapshot_is_written_out_with_its_documents(tmp_path: Path) -> None:
    import subprocess

    work = tmp_path / "work"
    (work / "docs").mkdir(parents=True)
    (work / "README.md").write_text("# Wren\n\nWren is open source.\n", encoding="utf-8")
    (work / "docs" / "intro.md").write_text("# Intro\n", encoding="utf-8")
    (work / "train.py").write_text("print('open source')\n", encoding="utf-8")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "init.defaultBranch=main"]
    subprocess.run([*git, "init", "-q", str(work)], check=True)
    subprocess.run([*git, "-C", str(work), "add", "-A"], check=True)
    subprocess.run([*git, "-C", str(work), "commit", "-qm", "c"], check=True)
    bare = tmp_path / "owner+wren" / "repo"
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(bare)], check=True)
    texts = _bench_claims().write_snapshot(bare, tmp_path / "out", ["**/*.md"], [])
    assert sorted(texts) == ["README.md", "docs/intro.md"]
    assert (tmp_path / "out" / "README.md").read_text(encoding="utf-8") == "# Wren\n\nWren is open source.\n"
