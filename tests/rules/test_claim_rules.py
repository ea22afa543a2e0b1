"""OW101-OW105: an openness claim checked against the evidence (one positive and one negative case each)."""

from __future__ import annotations

from pathlib import Path

from ruleskit import MIT, check

# 'open-source' starts at column 20 of line 3
CLAIM = "# Wren\n\nWren-3B is a fully open-source 3B language model.\n\nWeights: https://huggingface.co/wren/wren-3b\n"
DATA = "\n## Training data\n\nTrained on the [Wren Corpus](https://huggingface.co/datasets/wren/corpus).\n"


def test_ow101_claim_without_training_code(tmp_path: Path) -> None:
    check(tmp_path / "a", {"README.md": CLAIM + DATA, "LICENSE": MIT}, "OW101", ("README.md", 3, 20))
    check(tmp_path / "b", {"README.md": CLAIM + DATA, "LICENSE": MIT, "train.py": "print('train')\n"}, "OW101")


def test_ow102_claim_without_training_data(tmp_path: Path) -> None:
    files = {"README.md": CLAIM, "LICENSE": MIT, "train.py": "print('train')\n"}
    check(tmp_path / "a", files, "OW102", ("README.md", 3, 20))
    check(tmp_path / "b", {**files, "README.md": CLAIM + DATA}, "OW102")


def test_ow103_claim_with_a_closed_license(tmp_path: Path) -> None:
    nc = "Creative Commons Attribution-NonCommercial 4.0 International\n\nYou may not use the material for " \
         "commercial purposes.\n"
    files = {"README.md": CLAIM + DATA, "train.py": "print('train')\n"}
    check(tmp_path / "a", {**files, "LICENSE": nc}, "OW103", ("README.md", 3, 20))
    check(tmp_path / "b", {**files, "LICENSE": MIT}, "OW103")


def test_ow105_placeholder_pointer(tmp_path: Path) -> None:
    soon = CLAIM + "\nTraining code: coming soon.\n"
    check(tmp_path / "a", {"README.md": soon + DATA, "LICENSE": MIT}, "OW105", ("README.md", 7, 1))
    check(tmp_path / "b", {"README.md": CLAIM + DATA, "LICENSE": MIT}, "OW105")


def test_ow301_broken_evidence_link(tmp_path: Path) -> None:
    broken = CLAIM + "\nTraining code: [train](scripts/train.py).\n" + DATA
    check(tmp_path / "a", {"README.md": broken, "LICENSE": MIT}, "OW301", ("README.md", 7, 16))
    check(tmp_path / "b", {"README.md": broken, "LICENSE": MIT, "scripts/train.py": "print('train')\n"}, "OW301")
