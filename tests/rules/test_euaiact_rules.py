"""OW401-OW407: the EU AI Act's open-source exemption (preset builtin:eu-ai-act-53-2), one positive and one
negative case each.  The negative case of every rule is the same complete release; each positive case takes
one part of it away (or adds a sign of monetisation).  Repository-level findings point at line 1 of the
model card."""

from __future__ import annotations

from pathlib import Path

from ruleskit import MIT_FULL, check

POLICY = "extends: builtin:eu-ai-act-53-2\n"
FRONT = ("---\nlicense: mit\nlibrary_name: transformers\npipeline_tag: text-generation\ndatasets:\n"
         "- heron-lab/heron-mix\n---\n")
HEAD = "# Heron-2B\n\nHeron-2B is a 2B language model from the Heron lab.\n"
ARCHITECTURE = ("\n## Architecture\n\nHeron-2B is a decoder-only transformer with 18 layers, hidden size 2304 and "
                "grouped-query attention over an 8192-token context.\n")
USAGE = ("\n## Usage\n\n```python\nfrom transformers import AutoModelForCausalLM\n"
         "model = AutoModelForCausalLM.from_pretrained(\"heron-lab/heron-2b\")\n```\n")
WEIGHTS = "\n## Weights\n\nDownload the weights from [the hub](https://huggingface.co/heron-lab/heron-2b).\n"
DATA = ("\n## Training data\n\nHeron-2B was trained on "
        "[Heron Mix](https://huggingface.co/datasets/heron-lab/heron-mix).\n")
COPYRIGHT = "\n## Copyright\n\nOur crawler respects robots.txt and text and data mining opt-outs.\n"
PARTS = (ARCHITECTURE, USAGE, WEIGHTS, DATA, COPYRIGHT)


def release(front: str = FRONT, parts: tuple[str, ...] = PARTS, license_text: str = MIT_FULL) -> dict[str, str]:
    files = {"README.md": front + HEAD + "".join(parts), ".openwash.yml": POLICY}
    if license_text:
        files["LICENSE"] = license_text
    return files


def without(part: str) -> tuple[str, ...]:
    return tuple(p for p in PARTS if p != part)


def test_ow401_license_with_limits(tmp_path: Path) -> None:
    nc = "Creative Commons Attribution-NonCommercial 4.0 International\n"
    check(tmp_path / "a", release(FRONT.replace("license: mit", "license: cc-by-nc-4.0"), license_text=nc),
          "OW401", ("README.md", 2, 1))
    # no license at all: the finding is the model card's
    check(tmp_path / "b", release(FRONT.replace("license: mit\n", ""), license_text=""), "OW401",
          ("README.md", 1, 1))
    check(tmp_path / "c", release(), "OW401")


def test_ow402_gated_weights(tmp_path: Path) -> None:
    gated = FRONT[:-4] + "extra_gated_prompt: Tell us who you are to access this model.\n---\n"  # line 7
    check(tmp_path / "a", release(gated), "OW402", ("README.md", 7, 1))
    check(tmp_path / "b", release(), "OW402")


def test_ow403_no_architecture_information(tmp_path: Path) -> None:
    check(tmp_path / "a", release(parts=without(ARCHITECTURE)), "OW403", ("README.md", 1, 1))
    check(tmp_path / "b", release(), "OW403")


def test_ow404_no_usage_information(tmp_path: Path) -> None:
    check(tmp_path / "a", release(parts=without(USAGE)), "OW404", ("README.md", 1, 1))
    check(tmp_path / "b", release(), "OW404")


def test_ow405_sign_of_monetisation(tmp_path: Path) -> None:
    # line 35 of the card; 'premium license' starts at column 30
    paid = "\nBusiness customers can buy a premium license with priority support.\n"
    check(tmp_path / "a", release(parts=(*PARTS, paid)), "OW405", ("README.md", 35, 30))
    check(tmp_path / "b", release(), "OW405")


def test_ow406_no_training_content_summary(tmp_path: Path) -> None:
    no_datasets = FRONT.replace("datasets:\n- heron-lab/heron-mix\n", "")
    check(tmp_path / "a", release(no_datasets, without(DATA)), "OW406", ("README.md", 1, 1))
    check(tmp_path / "b", release(), "OW406")


def test_ow407_no_copyright_policy(tmp_path: Path) -> None:
    check(tmp_path / "a", release(parts=without(COPYRIGHT)), "OW407", ("README.md", 1, 1))
    check(tmp_path / "b", release(), "OW407")
