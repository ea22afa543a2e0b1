"""OW901-OW903: waivers and inline suppressions (the rule tests' TODAY is 2026-06-01)."""

from __future__ import annotations

from pathlib import Path

from ruleskit import MIT, check

CLAIM = "# Wren\n\nWren-3B is a fully open-source 3B language model.\n\nWeights: https://huggingface.co/wren/wren-3b\n"
DATA = "\n## Training data\n\nTrained on the [Wren Corpus](https://huggingface.co/datasets/wren/corpus).\n"


def waiver(expires: str) -> str:
    return ("waivers:\n  - rule: OW101\n    path: README.md\n    reason: the training code is published after the "
            f"audit\n    expires: {expires}\n    approver: ospo@example.org\n")


def test_ow901_expired_waiver(tmp_path: Path) -> None:
    files = {"README.md": CLAIM + DATA, "LICENSE": MIT}
    check(tmp_path / "a", {**files, ".openwash.yml": waiver("2026-05-01")}, "OW901", (".openwash.yml", 2, 1))
    check(tmp_path / "b", {**files, ".openwash.yml": waiver("2026-12-31")}, "OW901")
    # and the waiver that has not expired hides the finding it names
    check(tmp_path / "c", {**files, ".openwash.yml": waiver("2026-12-31")}, "OW101")


def test_ow902_bad_inline_suppression(tmp_path: Path) -> None:
    bad = "<!-- openwash-disable-next-line OW999 -- no such rule -->\n"
    check(tmp_path / "a", {"README.md": bad + CLAIM + DATA, "LICENSE": MIT, "train.py": "print('x')\n"}, "OW902",
          ("README.md", 1, 1))
    check(tmp_path / "b", {"README.md": CLAIM + DATA, "LICENSE": MIT, "train.py": "print('x')\n"}, "OW902")


def test_ow903_suppression_the_policy_does_not_allow(tmp_path: Path) -> None:
    readme = ("# Wren\n\n<!-- openwash-disable-next-line OW101 -- the training code is in a private monorepo -->\n"
              "Wren-3B is an open-source 3B language model.\n\nWeights: https://huggingface.co/wren/wren-3b\n" + DATA)
    check(tmp_path / "a", {"README.md": readme, "LICENSE": MIT, ".openwash.yml": "suppressions: deny\n"}, "OW903",
          ("README.md", 3, 1))
    check(tmp_path / "b", {"README.md": readme, "LICENSE": MIT}, "OW903")
    # and the suppression it refuses silences nothing: the claim's OW101 stays active
    check(tmp_path / "c", {"README.md": readme, "LICENSE": MIT, ".openwash.yml": "suppressions: deny\n"}, "OW101",
          ("README.md", 4, 15))  # 'open-source' at column 15
