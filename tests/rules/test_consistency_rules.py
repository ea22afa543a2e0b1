"""OW201-OW203: license metadata that contradicts itself (one positive and one negative case each)."""

from __future__ import annotations

from pathlib import Path

from ruleskit import MIT_FULL, check

WEIGHTS = "# Heron-2B\n\nHeron-2B is a 2B language model.\n\nWeights: https://huggingface.co/heron-lab/heron-2b\n"


def card(front_matter: str, body: str = WEIGHTS) -> str:
    """A model card: ``front_matter`` between the fences, from line 2 on."""
    return f"---\n{front_matter}---\n{body}"


def test_ow201_card_license_disagrees_with_the_license_file(tmp_path: Path) -> None:
    check(tmp_path / "a", {"README.md": card("license: apache-2.0\n"), "LICENSE": MIT_FULL}, "OW201",
          ("README.md", 2, 1))
    check(tmp_path / "b", {"README.md": card("license: mit\n"), "LICENSE": MIT_FULL}, "OW201")


def test_ow202_license_other_without_name_and_link(tmp_path: Path) -> None:
    other = "license: other\nlicense_name: heron-community\n"
    check(tmp_path / "a", {"README.md": card(other), "LICENSE": MIT_FULL}, "OW202", ("README.md", 2, 1))
    check(tmp_path / "b", {"README.md": card(other + "license_link: LICENSE\n"), "LICENSE": MIT_FULL}, "OW202")


def test_ow203_package_says_osi_but_the_weights_are_not_open(tmp_path: Path) -> None:
    pyproject = '[project]\nname = "heron"\nversion = "1.0"\nlicense = "MIT"\n'  # the license on line 4
    check(tmp_path / "a", {"README.md": card("license: cc-by-nc-4.0\n"), "pyproject.toml": pyproject}, "OW203",
          ("pyproject.toml", 4, 1))
    check(tmp_path / "b", {"README.md": card("license: mit\n"), "pyproject.toml": pyproject}, "OW203")
