"""A folder holding a copy of another project speaks for that project (openwash.copies).

Each case is a real git repository named ``finchlab__wren-rl`` (owner finchlab), checked with every Markdown file
in scope; the copied project is an invented 'Pelicans' framework of another owner ('pelican-org')."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import make_git_repo, run_cli

ALL_MARKDOWN = "extends: [builtin:default]\nfiles:\n  include+: [\"**/*.md\"]\n"
OWN_README = "# Wren-RL\n\nWren-RL trains small policies with reinforcement learning.\n"
COPY_README = ("# Pelicans: reinforcement learning for language models\n\n"
               "Pelicans is an open-source RL framework. We also open-sourced our checkpoints.\n\n"
               "Code: [Pelicans](https://github.com/pelican-org/pelicans)\n")


def _claims(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, int]]:
    root = make_git_repo(tmp_path / "finchlab__wren-rl", {"README.md": OWN_README, "LICENSE": "MIT License\n",
                                                           ".openwash.yml": ALL_MARKDOWN, **files})
    proc = run_cli("check", str(root), "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    return sorted((c["file"], c["line"]) for c in json.loads(proc.stdout)["claims"])


def test_a_licensed_folder_whose_readme_links_another_owners_project_is_a_copy(tmp_path: Path) -> None:
    files = {"pelicans/LICENSE": "Apache License\n", "pelicans/README.md": COPY_README,
             "pelicans/recipes/dapo/README.md": "# DAPO\n\nWe open-source our DAPO recipe.\n"}
    assert _claims(tmp_path, files) == []


def test_the_copy_rejection_is_explained(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "finchlab__wren-rl", {
        "README.md": OWN_README, ".openwash.yml": ALL_MARKDOWN, "pelicans/LICENSE": "Apache License\n",
        "pelicans/README.md": COPY_README})
    proc = run_cli("claims", "--explain", "--format", "json", str(root / "pelicans" / "README.md"))
    rows = json.loads(proc.stdout)
    assert rows and all(r["verdict"] == "rejected" for r in rows)
    assert any("copy of another project" in r["reason"] and "pelican-org/pelicans" in r["reason"] for r in rows)


def test_without_a_licence_of_its_own_the_folder_is_a_part(tmp_path: Path) -> None:
    files = {"pelicans/README.md": COPY_README}
    assert ("pelicans/README.md", 3) in _claims(tmp_path, files)


def test_a_project_of_the_same_owner_is_the_owners_release(tmp_path: Path) -> None:
    files = {"pelicans/LICENSE": "Apache License\n",
             "pelicans/README.md": COPY_README.replace("pelican-org/pelicans", "finchlab/pelicans")}
    assert ("pelicans/README.md", 3) in _claims(tmp_path, files)


def test_a_readme_that_links_back_to_the_owner_is_the_owners_writing(tmp_path: Path) -> None:
    files = {"pelicans/LICENSE": "Apache License\n",
             "pelicans/README.md": COPY_README + "\nPart of [Wren-RL](https://github.com/finchlab/wren-rl).\n"}
    assert ("pelicans/README.md", 3) in _claims(tmp_path, files)


def test_a_folder_named_as_the_repository_names_itself_is_its_part(tmp_path: Path) -> None:
    files = {"wren-core/LICENSE": "Apache License\n",
             "wren-core/README.md": "# Wren\n\nWren is an open-source RL library.\n\n"
                                    "Forked from [wren](https://github.com/someone/wren).\n"}
    assert ("wren-core/README.md", 3) in _claims(tmp_path, files)


def test_a_link_to_an_unrelated_repository_is_no_evidence(tmp_path: Path) -> None:
    files = {"pelicans/LICENSE": "Apache License\n",
             "pelicans/README.md": COPY_README.replace("pelican-org/pelicans", "pelican-org/gull-datasets")}
    assert ("pelicans/README.md", 3) in _claims(tmp_path, files)


def test_a_copy_without_a_readme_at_its_top_is_known_by_its_documentation(tmp_path: Path) -> None:
    files = {"pelicans/LICENSE": "Apache License\n",
             "pelicans/docs/README.md": "# Documentation\n\nSee [the code](https://github.com/pelican-org/pelicans).\n",
             "pelicans/docs/algo/dapo.md": "# DAPO\n\n> Open-source implementation: the Pelicans team.\n\n"
                                           "We open-source our DAPO recipe.\n"}
    assert _claims(tmp_path, files) == []


def test_a_plugin_folder_or_a_part_named_after_the_product_is_no_copy(tmp_path: Path) -> None:
    plugin = {"integrations/pelicans/LICENSE": "MIT\n",
              "integrations/pelicans/README.md": "# Pelicans plugin\n\nThis plugin is open source.\n\n"
                                                 "For [Pelicans](https://github.com/pelican-org/pelicans).\n"}
    assert ("integrations/pelicans/README.md", 3) in _claims(tmp_path / "plugin", plugin)
    part = {"pelicans/LICENSE": "MIT\n",
            "pelicans/README.md": "# Wren-RL for Pelicans\n\nWren-RL for Pelicans is open source.\n\n"
                                  "For [Pelicans](https://github.com/pelican-org/pelicans).\n"}
    assert ("pelicans/README.md", 3) in _claims(tmp_path / "part", part)
