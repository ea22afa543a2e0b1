"""rules/pointers.py, OW301: a pointer offered as evidence that leads nowhere."""

from __future__ import annotations

from pathlib import Path

from ruleskit import MIT, check

CLAIM = "# Wren\n\nWren-3B is a fully open-source 3B language model.\n\nWeights: https://huggingface.co/wren/wren-3b\n"
DATA = "\n## Training data\n\nTrained on the [Wren Corpus](https://huggingface.co/datasets/wren/corpus).\n"


def test_ow301_broken_evidence_link(tmp_path: Path) -> None:
    broken = CLAIM + "\nTraining code: [train](scripts/train.py).\n" + DATA
    check(tmp_path / "a", {"README.md": broken, "LICENSE": MIT}, "OW301", ("README.md", 7, 16))
    check(tmp_path / "b", {"README.md": broken, "LICENSE": MIT, "scripts/train.py": "print('train')\n"}, "OW301")
