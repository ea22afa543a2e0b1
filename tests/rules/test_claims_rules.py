"""rules/claims.py, OW101-OW107: an openness claim checked against the evidence, the weights and their gate (one
positive and one negative case each)."""

from __future__ import annotations

from pathlib import Path

from ruleskit import MIT, MIT_FULL, check

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



def test_ow106_claim_about_a_fine_tune_of_a_closed_base(tmp_path: Path) -> None:
    card = ("---\nlicense: mit\nbase_model: {base}\ndatasets:\n- heron-lab/sft\n---\n# Heron-Chat\n\n"
            "Heron-Chat is a fully open-source chat model.\n\nTraining code: [train.py](train.py)\n\n"
            "Weights: https://huggingface.co/heron-lab/heron-chat\n")  # 'open-source' at line 9, column 23
    files = {"train.py": "print('train')\n", "LICENSE": MIT_FULL}
    check(tmp_path / "a", {**files, "README.md": card.format(base="meta-llama/Llama-2-7b-hf")}, "OW106",
          ("README.md", 9, 23))
    # a base whose weights and data are open passes its openness on
    check(tmp_path / "b", {**files, "README.md": card.format(base="openlm-research/open_llama_7b")}, "OW106")


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
