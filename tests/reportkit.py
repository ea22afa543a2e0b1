"""Repositories shared by the report and GitHub-presentation tests: a model card whose open-source claim
has no training code, and a pull request (a base commit, and a head commit that adds a second card)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import git, make_git_repo, write_tree

CARD = """---
license: other
license_name: {name}-license
license_link: LICENSE
---
# {title}

{title} is a fully open-source language model.

The weights are on [Hugging Face](https://huggingface.co/acme-example/{name}).
"""
LICENSE = "ACME COMMUNITY LICENSE\n\nResearch use only. No commercial use.\n"


# What a GitHub runner sets: a test that runs openwash must not read the runner's own event, summary or token.
RUNNER_VARIABLES = ("GITHUB_STEP_SUMMARY", "GITHUB_OUTPUT", "GITHUB_EVENT_PATH", "GITHUB_EVENT_NAME", "GITHUB_TOKEN",
                    "GH_TOKEN", "GITHUB_API_URL")


def outside_a_runner(monkeypatch: pytest.MonkeyPatch) -> None:
    """The environment of a run outside GitHub Actions, with the API client's write pacing off."""
    monkeypatch.setenv("OPENWASH_GITHUB_NO_THROTTLE", "1")
    for name in RUNNER_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def card(name: str) -> str:
    return CARD.format(name=name, title=name.capitalize())


def pr_repo(tmp_path: Path) -> tuple[Path, str]:
    root = make_git_repo(tmp_path / "acme", {"README.md": card("acme"), "LICENSE": LICENSE})
    base = git(root, "rev-parse", "HEAD").strip()
    write_tree(root, {"models/beta/README.md": card("beta"),
                      "README.md": card("acme").replace("# Acme\n", "# Acme\n\nIntro line.\n")})
    git(root, "add", "-A")
    git(root, "commit", "-qm", "head")
    return root, base
