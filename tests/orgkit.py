"""Fixtures shared by the organization-sweep tests: repository contents, a CLI runner against the fake, the
reports of one sweep in every format, and a report built to attack the writers."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from conftest import run_cli
from fakegithub import FakeGitHub
from openwash import records
from openwash.github.org.model import OrgReport
from openwash.github.org.outcome import RepoOutcome

APACHE = ("                                 Apache License\n                           Version 2.0, January 2004\n"
          "                        http://www.apache.org/licenses/\n\n"
          "   TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION\n")
MIT = ("MIT License\n\nCopyright (c) 2024 Acme\n\nPermission is hereby granted, free of charge, to any person "
       "obtaining a copy of this software and associated documentation files (the \"Software\"), to deal in the "
       "Software without restriction.\n")
CUSTOM = ("HERON COMMUNITY LICENSE AGREEMENT\n\nYou may not use the model for commercial purposes if you have "
          "more than 700 million monthly active users.\n")

CLOSED_MODEL = {
    "README.md": "# Heron-7B\n\nHeron-7B is an open-source large language model.\n\n"
                 "Download the weights from [Hugging Face](https://huggingface.co/heron/heron-7b).\n\n"
                 "```python\nfrom heron import generate\n```\n",
    "LICENSE": CUSTOM,
    "inference.py": "pass\n",
}
OPEN_MODEL = {
    "README.md": "# Ostrich-1B\n\nOstrich-1B is a fully open-source language model.\n\n"
                 "- Training code: [train.py](train.py) and the [pretraining configs](configs/pretrain.yaml)\n"
                 "- Training data: [ostrich-corpus](https://huggingface.co/datasets/ostrich/corpus)\n"
                 "- Weights: [ostrich-1b](https://huggingface.co/ostrich/ostrich-1b)\n\n"
                 "## License\n\nCode and weights are released under the Apache 2.0 license.\n",
    "LICENSE": APACHE,
    "train.py": "print('train')\n",
    "configs/pretrain.yaml": "lr: 0.1\n",
}
LIBRARY = {
    "README.md": "# tidy\n\nA small library for tidy tables.\n",
    "LICENSE": MIT,
    "src/tidy/__init__.py": "",
}
CARD_IN_SUBFOLDER = {
    "README.md": "# zoo\n\nModels of the zoo.\n",
    "models/owl/README.md": "---\nlicense: other\nlicense_name: owl-license\n---\n# Owl\n\n"
                            "Owl is a fully open-source model.\n",
    "models/owl/LICENSE": CUSTOM,
    "docs/guide.md": "# Guide\n\nHow to run the models.\n",
    "tools/README.md": "# tools\n\nThis is open-source tooling without front matter (not a model card).\n",
    "LICENSE": APACHE,
}


def org_cli(gh: FakeGitHub, cache: Path, *args: str, env: dict[str, str] | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``openwash org ...`` against the fake server, in a subprocess, with throttling and retries off."""
    full_env = {"OPENWASH_GITHUB_NO_THROTTLE": "1", "OPENWASH_CACHE_DIR": str(cache), "GITHUB_API_URL": "",
                "GITHUB_TOKEN": "", "GH_TOKEN": ""}
    full_env.update(env or {})
    return run_cli("org", *args, "--api-url", gh.url, env=full_env, timeout=timeout)


def org_json(gh: FakeGitHub, cache: Path, owner: str = "acme", *args: str,
             env: dict[str, str] | None = None) -> tuple[int, dict[str, Any], str]:
    proc = org_cli(gh, cache, owner, "--format", "json", *args, env=env)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout), proc.stderr


def by_repo(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {o["repository"]: o for o in report["repositories"]}


# --- the four report formats of one sweep, and a report built to attack them ------------------------------


@dataclass
class Swept:
    """``openwash org acme`` over heron (fails), tidy (passes) and void (empty), once in each format."""

    outputs: dict[str, str]  # format -> the report
    heron_commit: str


_swept: list[Swept] = []


def swept_reports(factory: pytest.TempPathFactory) -> Swept:
    """The sweep run once per test session (tests/report/test_org_<format>.py each read their format)."""
    if not _swept:
        out = factory.mktemp("org-formats")
        outputs: dict[str, str] = {}
        with FakeGitHub() as gh:
            gh.add_repo("acme", "heron", CLOSED_MODEL)
            gh.add_repo("acme", "tidy", LIBRARY)
            gh.add_repo("acme", "void", {})
            proc = org_cli(gh, out / "cache", "acme")  # markdown, the default, to standard output
            assert proc.returncode == 1, proc.stderr
            outputs["markdown"] = proc.stdout
            for fmt in ("json", "csv", "html"):
                proc = org_cli(gh, out / "cache", "acme", "--format", fmt, "--output", str(out / f"r.{fmt}"))
                assert proc.returncode == 1 and proc.stdout == "", proc.stderr
                outputs[fmt] = (out / f"r.{fmt}").read_text(encoding="utf-8")
            _swept.append(Swept(outputs, gh.repo("acme/heron").commit_oid))
    return _swept[0]


EVIL = "<script>alert(1)</script> | @everyone #1 [x](javascript:alert(1))"


def hostile_report() -> OrgReport:
    """A report whose repository text attacks each writer: HTML, Markdown table breaks, mentions, a
    javascript: link, a spreadsheet formula as a license name, and markup in an error."""
    outcome = RepoOutcome.from_json({
        "repository": "acme/x", "name": "x", "url": "javascript:alert(1)", "verdict": "fail", "error": "",
        "policy": ["builtin:default"], "is_model_release": True, "claims_open_source": 1, "backed": False,
        "license": {"spdx": [], "names": ["=cmd|' /C calc'!A0"], "category": "unknown"},
        "evidence": {}, "summary": {"error": 1, "warning": 0, "notice": 0, "waived": 0},
        "findings": [{"rule": "OW101", "severity": "error", "file": "README.md", "line": 1, "column": 1,
                      "message": EVIL, "hint": EVIL, "url": "https://github.com/acme/x/blob/a/README.md#L1",
                      "waived": False}], "notices": []})
    gone = records.replace(outcome, repository="acme/gone", verdict="error", findings=[],
                               error="repository not found <b>")
    return OrgReport(owner="acme", owner_kind="organization", api_url="u", generated="now", filters={},
                     outcomes=[outcome, gone], listed=2, central_policy=["builtin:default"])
