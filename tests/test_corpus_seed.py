"""Issue 2 item 7: the seed systems on the real corpus repositories (skipped when ../shared is absent)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import check_json

CORE = {"OW101", "OW102", "OW103"}
MODEL_CLAIM = "This model is fully open source."


def materialize(corpus: Path, dest: Path, name: str) -> Path:
    subprocess.run([sys.executable, str(corpus / "materialize.py"), str(dest), name], check=True, capture_output=True)
    return dest / name


def append(path: Path, line: str) -> int:
    """Append ``line`` as its own paragraph; returns its 1-based line number."""
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + line + "\n"
    path.write_text(text, encoding="utf-8")
    return text.count("\n")


def core_at(report: dict, file: str, line: int) -> set[str]:
    return {f["rule"] for f in report["findings"] if f["file"] == file and f["line"] == line} & CORE


@pytest.mark.parametrize("name", ["meta-llama__llama", "meta-llama__llama3"])
def test_llama_inference_repos_get_all_three(corpus: Path, tmp_path: Path, name: str) -> None:
    repo = materialize(corpus, tmp_path, name)
    line = append(repo / "README.md", MODEL_CLAIM)
    code, report = check_json(repo)
    assert report["is_model_release"] is True
    assert core_at(report, "README.md", line) == CORE
    assert code == 1


def test_amber_train_is_open(corpus: Path, tmp_path: Path) -> None:
    repo = materialize(corpus, tmp_path, "LLM360__amber-train")
    line = append(repo / "README.md", MODEL_CLAIM)
    _code, report = check_json(repo)
    assert report["is_model_release"] is True
    assert report["evidence"]["training_code"] and report["evidence"]["training_data"]
    assert not {f["rule"] for f in report["findings"]} & CORE, report["findings"]
    assert any(c["line"] == line and not c["negated"] for c in report["claims"])


def test_doom_is_open_source_software(corpus: Path, tmp_path: Path) -> None:
    repo = materialize(corpus, tmp_path, "id-Software__DOOM")
    line = append(repo / "README.TXT", "DOOM is open source.")
    code, report = check_json(repo)
    assert report["is_model_release"] is False
    assert report["evidence"]["license"]["category"] == "osi"
    assert any(c["line"] == line for c in report["claims"])
    assert report["findings"] == [] and code == 0


@pytest.mark.parametrize("name", ["meta-llama__llama", "id-Software__DOOM", "excalidraw__excalidraw"])
def test_no_claim_no_core_finding(corpus: Path, tmp_path: Path, name: str) -> None:
    repo = materialize(corpus, tmp_path, name)
    _code, report = check_json(repo)
    positives = [c for c in report["claims"] if not c["negated"]]
    core = {f["rule"] for f in report["findings"]} & CORE
    # A repository whose text makes no claim yields no OW101-OW103; one with claims only on claim lines.
    if not positives:
        assert not core
    else:
        claim_lines = {(c["file"], c["line"]) for c in positives}
        assert all((f["file"], f["line"]) in claim_lines for f in report["findings"] if f["rule"] in CORE)
