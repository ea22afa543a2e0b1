"""The data tables ship as generated Python modules beside their YAML (openwash.datatables): the modules are
current, equal what PyYAML reads, and a stale module is never used."""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT, cli_env, imported_by_check
from openwash import datatables

DATA = ROOT / "src" / "openwash" / "data"


def test_the_shipped_modules_are_current_and_equal_what_pyyaml_reads() -> None:
    for name in datatables.TABLES:
        text = (DATA / name).read_text(encoding="utf-8")
        stored = importlib.import_module(datatables.module_name(name))
        assert text == stored.YAML, f"{name} changed: run python -m openwash.datatables --write"
        assert stored.data() == yaml.safe_load(text) == datatables.load(name) == datatables.from_yaml(name), name
    assert datatables.main(["--check"]) == 0


def test_each_load_is_a_fresh_copy() -> None:
    # callers add their own indexes to the table: one caller's must not show in another's
    first = datatables.load("licenses.yml")
    first["hf_ids"]["added-by-a-caller"] = "mit"
    assert "added-by-a-caller" not in datatables.load("licenses.yml")["hf_ids"]


def test_a_stale_module_is_not_used_and_pyyaml_reads_the_yaml(tmp_path: Path) -> None:
    # a copy of the package whose licenses.yml was edited after the module was written
    src = tmp_path / "src"
    shutil.copytree(ROOT / "src" / "openwash", src / "openwash", ignore=shutil.ignore_patterns("__pycache__"))
    table = src / "openwash" / "data" / "licenses.yml"
    table.write_text(table.read_text(encoding="utf-8").replace("hf_ids:", "hf_ids:\n  edited-after-baking: mit", 1),
                     encoding="utf-8")
    probe = ("import sys\nfrom openwash import datatables\ndata = datatables.load('licenses.yml')\n"
             "print(data['hf_ids'].get('edited-after-baking'), 'yaml' in sys.modules)\n"
             "sys.exit(datatables.main(['--check']))\n")
    env = {**cli_env(), "PYTHONPATH": str(src)}
    proc = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120)
    assert proc.stdout.split() == ["mit", "True"], proc.stderr
    assert proc.returncode == 1 and "stale: licenses.py" in proc.stderr


def test_a_check_of_documents_without_front_matter_does_not_import_pyyaml(tmp_path: Path) -> None:
    from conftest import make_git_repo

    repo = make_git_repo(tmp_path / "repo", {
        "README.md": "# wren\n\nWren-7B is an open-source language model. Weights: https://huggingface.co/acme/wren\n",
        "LICENSE": "Apache License\nVersion 2.0, January 2004\n"})
    _code, (yaml_loaded, licenses_loaded) = imported_by_check(repo, "yaml", "openwash.licenses")
    assert not yaml_loaded and licenses_loaded
