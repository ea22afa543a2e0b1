"""OW104 and OW107: what a claim says of the weights, against the weights and their gate."""

from __future__ import annotations

from pathlib import Path

from ruleskit import MIT, check


def test_ow104_open_weights_claim_without_weights(tmp_path: Path) -> None:
    readme = "# Wren\n\nWren-3B is an open-weights 3B language model.\n"  # 'open-weights' at column 15
    check(tmp_path / "a", {"README.md": readme, "LICENSE": MIT}, "OW104", ("README.md", 3, 15))
    weights = readme + "\nWeights: https://huggingface.co/wren/wren-3b\n"
    check(tmp_path / "b", {"README.md": weights, "LICENSE": MIT}, "OW104")


def test_ow107_claim_about_gated_weights(tmp_path: Path) -> None:
    card = ("---\nlicense: apache-2.0\n{gate}---\n# Wren-3B\n\nWren-3B is a fully open-source language model.\n")
    gate = 'extra_gated_prompt: "Agree to share your contact information"\n'
    check(tmp_path / "a", {"README.md": card.format(gate=gate)}, "OW107", ("README.md", 7, 20))
    check(tmp_path / "b", {"README.md": card.format(gate="")}, "OW107")
