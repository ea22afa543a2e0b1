"""The foundation end to end: the real CLI on small fixture repositories."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import ROOT, check_json, make_git_repo, run_cli, write_tree

APACHE_HEAD = "                                 Apache License\n                           Version 2.0, January 2004\n"


def test_version_and_module_entry() -> None:
    proc = run_cli("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("openwash ")


def test_demo_model_reports_core_rules() -> None:
    code, report = check_json(ROOT / "examples" / "demo-model")
    assert code == 1
    rules = {f["rule"] for f in report["findings"]}
    assert {"OW101", "OW102", "OW103"} <= rules
    assert report["is_model_release"] is True


def test_missing_path_is_a_one_line_error(tmp_path: Path) -> None:
    proc = run_cli("check", str(tmp_path / "nope"))
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "no such path" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_unknown_rule_is_exit_2() -> None:
    proc = run_cli("explain", "OW999")
    assert proc.returncode == 2 and "unknown rule" in proc.stderr


def test_explain_prints_rule_doc() -> None:
    proc = run_cli("explain", "ow101")
    assert proc.returncode == 0 and "OW101" in proc.stdout and "training code" in proc.stdout


def test_broken_policy_is_exit_2_with_line(tmp_path: Path) -> None:
    write_tree(tmp_path, {"README.md": "# x\n", ".openwash.yml": "mode: enforce\nrules: [unclosed\n"})
    proc = run_cli("check", str(tmp_path))
    assert proc.returncode == 2
    assert ".openwash.yml:" in proc.stderr and "Traceback" not in proc.stderr


def test_fully_open_model_passes(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "open", {
        "README.md": "# Ostrich-1B\n\nOstrich-1B is a fully open-source language model.\n\n"
                     "- Training code: [train.py](train.py) and the [pretraining configs](configs/pretrain.yaml)\n"
                     "- Training data: [ostrich-corpus](https://huggingface.co/datasets/ostrich/corpus)\n"
                     "- Weights: [ostrich-1b](https://huggingface.co/ostrich/ostrich-1b)\n\n"
                     "## License\n\nCode and weights are released under the Apache 2.0 license.\n",
        "LICENSE": APACHE_HEAD + "\nTERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION\n",
        "train.py": "print('train')\n",
        "configs/pretrain.yaml": "lr: 0.1\n",
    })
    code, report = check_json(repo)
    assert report["is_model_release"] is True
    assert [c for c in report["claims"] if not c["negated"]]
    assert not [f for f in report["findings"] if f["rule"] in ("OW101", "OW102", "OW103")], report["findings"]
    assert code == 0


def test_weights_only_model_under_custom_license_fails(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "closed", {
        "README.md": "# Heron-7B\n\nHeron-7B is an open-source large language model.\n\n"
                     "Download the weights from [Hugging Face](https://huggingface.co/heron/heron-7b).\n\n"
                     "```python\nfrom heron import generate\n```\n",
        "LICENSE": "HERON COMMUNITY LICENSE AGREEMENT\n\nYou may not use the model for commercial purposes "
                   "if you have more than 700 million monthly active users.\n",
        "inference.py": "pass\n",
    })
    code, report = check_json(repo)
    assert code == 1
    findings = {f["rule"]: f for f in report["findings"]}
    assert {"OW101", "OW102", "OW103"} <= set(findings)
    claim = findings["OW101"]
    assert (claim["file"], claim["line"], claim["column"]) == ("README.md", 3, 16)
    proc = run_cli("check", str(repo))
    assert proc.returncode == 1
    assert "README.md:3:16: OW101 error:" in proc.stdout
    assert "\n    hint: " in proc.stdout


def test_plain_software_only_needs_an_osi_license(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "sw", {
        "README.md": "# quickparse\n\nquickparse is open source software for parsing logs.\n",
        "LICENSE": "MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n"
                   "of this software and associated documentation files (the \"Software\"), to deal\n",
        "quickparse/__init__.py": "",
    })
    code, report = check_json(repo)
    assert report["is_model_release"] is False
    assert report["findings"] == [] and code == 0


def test_negated_and_third_party_mentions_are_not_findings(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "neg", {
        "README.md": "---\nlicense: llama2\nbase_model: meta-llama/Llama-2-7b-hf\n---\n# Finch-7B\n\n"
                     "Finch-7B is not open source.\n\nWe thank the open source community for their tools.\n\n"
                     "Finch-7B outperforms other open-source chat models on our benchmark.\n",
    })
    _code, report = check_json(repo)
    positives = [c for c in report["claims"] if not c["negated"]]
    assert positives == []
    assert not [f for f in report["findings"] if f["rule"].startswith("OW1") and f["rule"] != "OW105"]
    negated = [c for c in report["claims"] if c["negated"]]
    assert negated and negated[0]["line"] == 7


def test_model_card_front_matter_is_read(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "card", {
        "README.md": "---\nlicense: cc-by-nc-4.0\ndatasets:\n  - wren/instructions\ntags:\n  - open-source\n---\n"
                     "# Wren-3B\n\nWren-3B is an open source instruction-tuned model.\n",
    })
    _code, report = check_json(repo)
    assert report["is_model_release"] is True
    assert report["evidence"]["training_data"][0] == {"kind": "metadata", "value": "wren/instructions",
                                                      "file": "README.md", "line": 4}
    assert report["evidence"]["license"]["category"] == "non-commercial"
    assert any(f["rule"] == "OW103" for f in report["findings"])


def test_root_markdown_is_a_model_card_only_with_hub_card_front_matter(tmp_path: Path) -> None:
    # a design system's tokens, a web page's layout and an agent skill's name are front matter too, but no card: their
    # sentences are not the release's own card speaking ('Inter is open-source' in DESIGN.md names a font)
    repo = make_git_repo(tmp_path / "root-md", {
        "README.md": "# Wren\n\nA note-taking app.\n",
        "DESIGN.md": "---\nversion: alpha\nname: wren-design\ncolors:\n  primary: '#faff69'\n---\n# Design\n\n"
                     "Inter is open-source and the documented choice.\n",
        "index.md": "---\nlayout: home\ntitle: Home\n---\nThe open-source notes app.\n",
        "CARD.md": "---\nlicense: mit\ntags:\n  - open-source\n---\n# Wren-1B\n\nWren-1B is an open-source model.\n",
    })
    _code, report = check_json(repo)
    assert sorted({c["file"] for c in report["claims"]}) == ["CARD.md"]


def test_root_pages_and_folder_readmes_are_judged_when_the_policy_includes_them(tmp_path: Path) -> None:
    """By default a root page or a folder's README without a card's front matter is a side page (evidence only): no
    claim of it counts, and `openwash claims` says so.  A policy whose include selects it by another glob ('**/*.md')
    has it judged as a document, by `check` and `claims` alike."""
    files = {"README.md": "# Kestrel\n\nTools for Kestrel.\n",
             "models/kestrel-7b/README.md": "# Kestrel-7B\n\nKestrel-7B is a fully open-source language model.\n",
             "NOTES.md": "Kestrel-7B is an open-source model.\n",
             # a community page is not read at all by default; asked for, it is a document too (in .github/ as well)
             ".github/CONTRIBUTING.md": "# Contributing\n\nKestrel is an open-source project.\n"}
    default = make_git_repo(tmp_path / "default" / "kestrel", files)
    _code, report = check_json(default)
    assert report["claims"] == []
    proc = run_cli("claims", str(default / "models" / "kestrel-7b" / "README.md"), "--format", "json")
    assert proc.returncode == 0 and json.loads(proc.stdout) == []
    assert "side page" in proc.stderr and "'**/*.md'" in proc.stderr
    included = make_git_repo(tmp_path / "included" / "kestrel", {
        **files, ".openwash.yml": "extends: [builtin:default]\nfiles:\n  include+: [\"**/*.md\"]\n"})
    _code, report = check_json(included)
    found = sorted((c["file"], c["line"]) for c in report["claims"])
    assert found == [(".github/CONTRIBUTING.md", 3), ("NOTES.md", 1), ("models/kestrel-7b/README.md", 3)]
    proc = run_cli("claims", str(included / "models" / "kestrel-7b" / "README.md"), str(included / "NOTES.md"),
                   "--format", "json")
    assert sorted((Path(r["file"]).name, r["line"]) for r in json.loads(proc.stdout)) == [("NOTES.md", 1), ("README.md", 3)]


def test_json_contract_keys(tmp_path: Path) -> None:
    _code, report = check_json(ROOT / "examples" / "demo-model")
    assert set(report) >= {"tool", "policy", "claims", "evidence", "is_model_release", "findings", "summary"}
    assert report["tool"]["name"] == "openwash"
    assert set(report["evidence"]) >= {"training_code", "training_data", "weights", "license"}
    assert set(report["evidence"]["license"]) >= {"spdx", "category", "sources"}
    for f in report["findings"]:
        assert {"rule", "severity", "file", "line", "column", "message", "hint"} <= set(f)
    for c in report["claims"]:
        assert {"file", "line", "column", "text", "target", "strength", "negated"} <= set(c)
    assert set(report["summary"]) >= {"error", "warning", "notice"}


def test_claims_subcommand_json(tmp_path: Path) -> None:
    doc = write_tree(tmp_path, {"README.md": "# Kite\n\nKite is not open source.\n\nWe open-sourced the Kite model.\n"})
    proc = run_cli("claims", str(doc / "README.md"), "--format", "json")
    assert proc.returncode == 0
    rows = json.loads(proc.stdout)
    assert [(r["line"], r["negated"]) for r in rows] == [(3, True), (5, False)]
