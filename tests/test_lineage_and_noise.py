"""Evidence a maintainer agrees with (issue 15): lineage, recipes named in prose, vendored frameworks, licenses
stated in prose or in Chinese, gated weights (OW107), a model claim without a weights link, and one finding
per cause.  Every fixture is written here; every check goes through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import check_json, make_git_repo, run_cli

APACHE = ("                                 Apache License\n                           Version 2.0, January 2004\n\n"
          "   TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION\n")
MIT = ("MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software "
       "and associated documentation files (the \"Software\").\n\nThe above copyright notice and this permission "
       "notice shall be included in all copies or substantial portions of the Software.\n")
DATA = "Training data: [wren-corpus](https://huggingface.co/datasets/wrenlab/wren-corpus)\n"
CODE = "Training code: [pretrain.py](pretrain/pretrain.py)\n"
CARD_FT = ("---\nlicense: llama3\nbase_model: meta-llama/Meta-Llama-3-8B\n---\n# Llama3-Chat-FT\n\n"
           "Llama3-Chat-FT is a fully open-source chat model.\n\n"
           "Weights: [Llama3-Chat-FT](https://huggingface.co/finchlab/Llama3-Chat-FT)\n\n" + DATA + "\n" + CODE)


def rules_of(report: dict) -> list[str]:
    return sorted(f["rule"] for f in report["findings"] if not f["waived"])


def findings(report: dict, rule: str) -> list[dict]:
    return [f for f in report["findings"] if f["rule"] == rule]


# --- lineage ---------------------------------------------------------------------------------------------


def test_fine_tune_named_after_its_base_gets_ow106(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "llama3-chat-ft", {"README.md": CARD_FT, "pretrain/pretrain.py": ""})
    _code, report = check_json(repo)
    [base] = report["evidence"]["base_models"]
    assert base["name"] == "Llama 3" and base["declared"] == "meta-llama/Meta-Llama-3-8B"
    assert base["relation"] == "finetune" and base["license_name"] == "Meta Llama 3 Community License"
    [ow106] = findings(report, "OW106")
    assert ow106["line"] == 7
    assert "a fine-tune of Llama 3 (meta-llama/Meta-Llama-3-8B)" in ow106["message"]
    assert "Meta Llama 3 Community License (restricted)" in ow106["message"]
    assert "LicenseRef" not in ow106["message"] + ow106["hint"]
    assert "Llama 3 / 4" not in ow106["message"] + ow106["hint"]


def test_a_base_the_repository_releases_itself_is_no_base(tmp_path: Path) -> None:
    # The publisher's own repository: its instruct card names its own base, which it releases.
    card = ("---\nlicense: apache-2.0\nbase_model: wrenlab/Wren-7B\n---\n# Wren-7B-Instruct\n\n"
            "Wren-7B-Instruct is a fully open-source chat model.\n\n"
            "Weights: [Wren-7B](https://huggingface.co/wrenlab/Wren-7B), "
            "[Wren-7B-Instruct](https://huggingface.co/wrenlab/Wren-7B-Instruct)\n\n" + DATA + "\n" + CODE)
    repo = make_git_repo(tmp_path / "wrenlab__wren", {"README.md": card, "LICENSE": APACHE,
                                                     "pretrain/pretrain.py": ""})
    _code, report = check_json(repo)
    assert report["evidence"]["base_models"] == []
    assert rules_of(report) == []


def test_merge_of_bases_the_most_restrictive_license_and_least_open_data_govern(tmp_path: Path) -> None:
    card = ("---\nlicense: apache-2.0\nbase_model:\n- allenai/OLMo-7B\n- meta-llama/Llama-2-7b-hf\n"
            "base_model_relation: merge\n---\n# Wren-Merge\n\nWren-Merge is a fully open-source model.\n\n"
            "Weights: [Wren-Merge](https://huggingface.co/finchlab/Wren-Merge)\n\n" + DATA + "\n" + CODE)
    repo = make_git_repo(tmp_path / "wren-merge", {"README.md": card, "LICENSE": APACHE, "pretrain/pretrain.py": ""})
    _code, report = check_json(repo)
    assert [(b["name"], b["relation"]) for b in report["evidence"]["base_models"]] == [("OLMo", "merge"),
                                                                                       ("Llama 2", "merge")]
    [ow106] = findings(report, "OW106")
    assert "a merge of OLMo (allenai/OLMo-7B), Llama 2 (meta-llama/Llama-2-7b-hf)" in ow106["message"]
    assert "the most restrictive base license is Llama 2 Community License (restricted, from Llama 2" \
        in ow106["message"]
    assert "the training data of Llama 2 (meta-llama/Llama-2-7b-hf) is not released" in ow106["message"]
    assert rules_of(report) == ["OW106"]


def test_list_of_bases_without_relation_is_a_merge(tmp_path: Path) -> None:
    card = ("---\nlicense: apache-2.0\nbase_model: [allenai/OLMo-7B, google/gemma-7b]\n---\n# Wren-Mix\n\n"
            "Wren-Mix is a fully open-source model.\n\nWeights: [Wren-Mix](https://huggingface.co/finchlab/Wren-Mix)\n\n"
            + DATA + "\n" + CODE)
    repo = make_git_repo(tmp_path / "wren-mix", {"README.md": card, "LICENSE": APACHE, "pretrain/pretrain.py": ""})
    _code, report = check_json(repo)
    [ow106] = findings(report, "OW106")
    assert "a merge of" in ow106["message"] and "Gemma Terms of Use (restricted" in ow106["message"]


def test_quantized_copy_of_an_open_base_inherits_its_openness(tmp_path: Path) -> None:
    card = ("---\nlicense: apache-2.0\nbase_model: allenai/OLMo-7B\nbase_model_relation: quantized\n---\n"
            "# OLMo-7B-GGUF\n\nOLMo-7B-GGUF is a fully open-source model.\n\n"
            "Weights: [OLMo-7B-GGUF](https://huggingface.co/finchlab/OLMo-7B-GGUF)\n")
    repo = make_git_repo(tmp_path / "olmo-gguf", {"README.md": card, "LICENSE": APACHE})
    _code, report = check_json(repo)
    assert [e["kind"] for e in report["evidence"]["training_code"]] == ["base"]
    assert [e["kind"] for e in report["evidence"]["training_data"]] == ["base"]
    assert rules_of(report) == []


def test_quantized_copy_of_a_closed_base_inherits_its_closedness(tmp_path: Path) -> None:
    card = ("---\nlicense: apache-2.0\nbase_model: meta-llama/Meta-Llama-3-8B\nbase_model_relation: quantized\n---\n"
            "# Llama-3-8B-GGUF\n\nLlama-3-8B-GGUF is a fully open-source model.\n\n"
            "Weights: [GGUF](https://huggingface.co/finchlab/Llama-3-8B-GGUF)\n")
    repo = make_git_repo(tmp_path / "llama-gguf", {"README.md": card, "LICENSE": APACHE})
    _code, report = check_json(repo)
    [ow106] = findings(report, "OW106")
    assert "a quantized copy of Llama 3 (meta-llama/Meta-Llama-3-8B), which inherits its base's openness" \
        in ow106["message"]
    assert report["evidence"]["training_code"] == []  # a closed base gives its copy nothing


# --- training code ---------------------------------------------------------------------------------------

RECIPE_CARD = ("---\nlicense: apache-2.0\n---\n# Wren-Chat\n\nWren-Chat is a fully open-source chat model. "
               "It was fine-tuned with axolotl using the config in `axolotl.yaml`.\n\n"
               "Weights: [Wren-Chat](https://huggingface.co/wrenlab/Wren-Chat)\n\n" + DATA)


def test_recipe_named_in_prose_counts_when_the_file_is_in_the_tree(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "wren-chat", {"README.md": RECIPE_CARD, "LICENSE": APACHE,
                                                  "axolotl.yaml": "base_model: wren\n"})
    _code, report = check_json(repo)
    assert [(e["kind"], e["value"], e["line"]) for e in report["evidence"]["training_code"]] == [
        ("text", "axolotl.yaml", 6)]
    assert rules_of(report) == []


def test_recipe_named_in_prose_does_not_count_when_the_file_is_missing(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "wren-chat", {"README.md": RECIPE_CARD, "LICENSE": APACHE})
    _code, report = check_json(repo)
    assert report["evidence"]["training_code"] == []
    assert rules_of(report) == ["OW101"]


def test_recipe_in_a_training_command_counts(tmp_path: Path) -> None:
    readme = ("---\nbase_model: allenai/OLMo-7B\n---\n# Wren-Chat\n\nWren-Chat is a fully open-source chat model.\n\n"
              "```sh\n"
              "tune run lora_finetune_single_device --config recipes/wren/lora.yaml\n```\n\n"
              "Weights: [Wren-Chat](https://huggingface.co/wrenlab/Wren-Chat)\n\n" + DATA)
    repo = make_git_repo(tmp_path / "wren-chat", {"README.md": readme, "LICENSE": APACHE,
                                                  "recipes/wren/lora.yaml": "lr: 1e-4\n"})
    _code, report = check_json(repo)
    assert "recipes/wren/lora.yaml" in [e["value"] for e in report["evidence"]["training_code"]]


def test_link_to_the_base_pretraining_repository_counts(tmp_path: Path) -> None:
    card = ("---\nlicense: apache-2.0\ndatasets: [wrenlab/wren-corpus]\n---\n# Wren-1B\n\n"
            "https://github.com/wrenlab/Wren\n\nThe Wren project aims to pretrain a 1B model on 2T tokens.\n\n"
            "Wren-1B-Chat is a fully open-source chat model.\n\n"
            "Weights: [Wren-1B-Chat](https://huggingface.co/wrenlab/Wren-1B-Chat)\n")
    repo = make_git_repo(tmp_path / "wren-1b-chat", {"README.md": card, "LICENSE": APACHE})
    _code, report = check_json(repo)
    assert [e["value"] for e in report["evidence"]["training_code"]] == ["https://github.com/wrenlab/Wren"]
    assert rules_of(report) == []


VENDORED = {
    "README.md": "# Wren-7B\n\nWren-7B is a fully open-source language model.\n\n"
                 "Weights: [Wren-7B](https://huggingface.co/wrenlab/Wren-7B)\n\n" + DATA,
    "LICENSE": APACHE,
    "Megatron-LM/pretrain_gpt.py": "",
    "Megatron-LM/megatron/training.py": "",
    "Megatron-LM/examples/pretrain_gpt_distributed.sh": "",
}


def test_vendored_framework_without_model_config_is_not_training_code(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "wren", VENDORED)
    _code, report = check_json(repo)
    assert report["evidence"]["training_code"] == []
    [nc] = report["evidence"]["training_code_not_counted"]
    assert nc["value"] == "Megatron-LM/ (framework only, no configuration for this model)"
    [ow101] = findings(report, "OW101")
    assert "framework only, no configuration for this model" in ow101["message"]
    assert rules_of(report) == ["OW101"]


def test_vendored_framework_with_a_launch_script_for_this_model_counts(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "wren", {**VENDORED, "Megatron-LM/examples/wren/pretrain_wren_7b.sh": ""})
    _code, report = check_json(repo)
    assert [e["value"] for e in report["evidence"]["training_code"]] == [
        "Megatron-LM/examples/wren/pretrain_wren_7b.sh"]
    assert report["evidence"]["training_code_not_counted"] == []
    assert rules_of(report) == []


# --- licenses --------------------------------------------------------------------------------------------


def test_weights_license_stated_only_in_prose(tmp_path: Path) -> None:
    readme = ("# Wren-7B\n\nWren-7B is a fully open-source language model. The model weights are released under "
              "CC-BY-NC-4.0.\n\nWeights: [Wren-7B](https://huggingface.co/wrenlab/Wren-7B)\n\n" + DATA + "\n" + CODE)
    repo = make_git_repo(tmp_path / "wren", {"README.md": readme, "LICENSE": MIT, "pretrain/pretrain.py": ""})
    _code, report = check_json(repo)
    lic = report["evidence"]["license"]
    assert lic["weights"] == ["CC-BY-NC-4.0"] and lic["code"] == ["MIT"]
    [ow103] = findings(report, "OW103")
    assert "weights: Creative Commons Attribution Non Commercial 4.0 International (non-commercial)" \
        in ow103["message"]
    assert rules_of(report) == ["OW103"]


def test_chinese_weights_license_sentence(tmp_path: Path) -> None:
    readme = ("# Wren-7B\n\nWren-7B 是完全开源的大语言模型。\n\nWren-7B is a fully open-source language model.\n\n"
              "本仓库的代码依照 Apache-2.0 协议开源，模型权重采用《通义千问许可协议》。\n\n"
              "Weights: [Wren-7B](https://huggingface.co/wrenlab/Wren-7B)\n\n" + DATA + "\n" + CODE)
    repo = make_git_repo(tmp_path / "wren", {"README.md": readme, "LICENSE": APACHE, "pretrain/pretrain.py": ""})
    _code, report = check_json(repo)
    assert report["evidence"]["license"]["weights_names"] == ["Tongyi Qianwen License Agreement"]
    [ow103] = findings(report, "OW103")
    assert "weights: Tongyi Qianwen License Agreement (restricted)" in ow103["message"]


CHINESE_LICENSE = ("燕雀模型许可协议\n\n1. 您可以出于研究目的免费使用、复制和修改本模型。\n"
                   "2. 商业使用须获得燕雀实验室的书面授权。\n"
                   "3. 您不得使用本模型或其输出来改进其他大语言模型。\n")


def test_chinese_language_custom_license_is_restricted(tmp_path: Path) -> None:
    readme = ("# Wren-7B\n\nWren-7B is a fully open-source language model.\n\n"
              "Weights: [Wren-7B](https://huggingface.co/wrenlab/Wren-7B)\n\n" + DATA + "\n" + CODE)
    repo = make_git_repo(tmp_path / "wren", {"README.md": readme, "LICENSE": CHINESE_LICENSE,
                                             "pretrain/pretrain.py": ""})
    _code, report = check_json(repo)
    [source] = report["evidence"]["license"]["sources"]
    assert source["category"] == "restricted"
    assert source["name"].startswith("custom license '燕雀模型许可协议' (LICENSE")
    assert rules_of(report) == ["OW103"]


def test_japanese_commercial_use_clause_is_restricted(tmp_path: Path) -> None:
    from openwash.licenses import classify_clauses

    assert classify_clauses("ミソサザイ モデル利用規約\n商用利用する場合は、事前に当社の書面による許諾が必要です。") == "restricted"
    assert classify_clauses("ミソサザイ モデル利用規約\n本モデルは研究目的に限り利用できます。") == "non-commercial"
    assert classify_clauses("燕雀许可\n月活跃用户超过一亿的，须另行申请许可。") == "restricted"


def test_two_custom_licenses_never_render_the_same(tmp_path: Path) -> None:
    readme = "# Wren-7B\n\nWren-7B is an open-source language model.\n\n" \
             "Weights: [Wren-7B](https://huggingface.co/wrenlab/Wren-7B)\n"
    a = make_git_repo(tmp_path / "a" / "wren", {"README.md": readme, "LICENSE": "LICENSE AGREEMENT\n\nResearch use "
                                                                                 "only; no redistribution.\n"})
    b = make_git_repo(tmp_path / "b" / "wren", {"README.md": readme, "LICENSE": "LICENSE AGREEMENT\n\nYou may not use "
                                                                                 "this in any product.\n"})
    names, ids = [], []
    for repo in (a, b):
        _code, report = check_json(repo)
        [source] = report["evidence"]["license"]["sources"]
        names.append(source["name"])
        ids.append(source["id"])
        text = run_cli("check", str(repo)).stdout
        assert "LicenseRef" not in text and source["name"] in text
    assert names[0] != names[1] and ids[0] != ids[1]


# --- gated weights ---------------------------------------------------------------------------------------

GATED_CARD = ("---\nlicense: apache-2.0\nextra_gated_prompt: You agree to share your contact information.\n"
              "extra_gated_fields:\n  Company: text\nextra_gated_eu_disallowed: true\n---\n# Wren-7B\n\n"
              "{claims}\n\nWeights: [Wren-7B](https://huggingface.co/wrenlab/Wren-7B)\n\n" + DATA + "\n" + CODE)


def test_gated_card_is_access_gated_and_ow107_is_an_error_for_open_source(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "wren", {
        "README.md": GATED_CARD.format(claims="Wren-7B is a fully open-source language model."),
        "LICENSE": APACHE, "pretrain/pretrain.py": ""})
    code, report = check_json(repo)
    assert report["evidence"]["access"] == "gated"
    assert [(g["kind"], g["line"]) for g in report["evidence"]["gates"]] == [("metadata", 3), ("metadata", 4),
                                                                              ("metadata", 6)]
    [ow107] = findings(report, "OW107")
    assert ow107["severity"] == "error" and ow107["line"] == 10 and code == 1
    assert "gated (a click-through or request form on the model hub, geo-blocked; README.md:3)" in ow107["message"]
    assert rules_of(report) == ["OW107"]


def test_gated_weights_open_weights_claim_is_a_warning_but_osaid_makes_it_an_error(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "wren", {
        "README.md": GATED_CARD.format(claims="Wren-7B is an open-weights language model."),
        "LICENSE": APACHE, "pretrain/pretrain.py": ""})
    code, report = check_json(repo)
    assert [(f["rule"], f["severity"]) for f in report["findings"]] == [("OW107", "warning")] and code == 0
    code, report = check_json(repo, "--policy", "builtin:osaid-1.0")
    assert [(f["rule"], f["severity"]) for f in report["findings"]] == [("OW107", "error")] and code == 1


def test_request_access_wording_is_a_gate_and_its_negation_is_not(tmp_path: Path) -> None:
    readme = ("# Wren-7B\n\nWren-7B is an open-weights language model. To download the weights, request access "
              "through the form on our site.\n\nWeights: [Wren-7B](https://huggingface.co/wrenlab/Wren-7B)\n")
    repo = make_git_repo(tmp_path / "wren", {"README.md": readme, "LICENSE": APACHE})
    _code, report = check_json(repo)
    assert report["evidence"]["access"] == "gated"
    open_readme = readme.replace("To download the weights, request access through the form on our site.",
                                 "No need to request access: the weights download without a form.")
    repo2 = make_git_repo(tmp_path / "wren2", {"README.md": open_readme, "LICENSE": APACHE})
    _code, report = check_json(repo2)
    assert report["evidence"]["access"] == "open" and rules_of(report) == []


def test_ow107_is_documented_everywhere() -> None:
    proc = run_cli("explain", "OW107")
    assert proc.returncode == 0 and "gated" in proc.stdout and "osaid-1.0" in proc.stdout
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "| OW107 |" in readme
    from openwash.report.sarif import rules_json

    rules, _index = rules_json()
    assert "OW107" in [r["id"] for r in rules]
    proc = run_cli("policy", "show", "builtin:osaid-1.0", "--format", "json")
    assert proc.returncode == 0 and "ungated_weights" in proc.stdout


# --- a model claim without a weights link ----------------------------------------------------------------


def test_model_claim_without_weights_link_needs_the_model_requirements(tmp_path: Path) -> None:
    readme = "# Wren\n\nWren-7B is a fully open-source language model. The weights will follow.\n"
    repo = make_git_repo(tmp_path / "wren", {"README.md": readme, "LICENSE": MIT})
    _code, report = check_json(repo)
    assert report["is_model_release"] is False
    assert rules_of(report) == ["OW101", "OW102"]
    repo_off = make_git_repo(tmp_path / "wren-off", {"README.md": readme, "LICENSE": MIT,
                                                     ".openwash.yml": "model_release: false\n"})
    code, report = check_json(repo_off)
    assert rules_of(report) == [] and code == 0


# --- one finding per cause -------------------------------------------------------------------------------

NOISY = ("---\nlicense: other\nlicense_name: wren-community\nlicense_link: LICENSE\ntags: [open-source]\n---\n"
         "# Wren-7B\n\n"
         "Wren-7B is a fully open-source language model.\n\n"
         "Weights: [Wren-7B](https://huggingface.co/wrenlab/Wren-7B)\n")


def test_tag_and_prose_claim_give_one_finding_per_rule(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "wren", {"README.md": NOISY})
    _code, report = check_json(repo)
    assert [(f["rule"], f["line"], f["column"]) for f in report["findings"]] == [
        ("OW101", 9, 20), ("OW102", 9, 20), ("OW103", 9, 20)]
    for f in report["findings"]:
        assert f["related"] == [{"file": "README.md", "line": 5, "column": 8}]
    text = run_cli("check", str(repo)).stdout
    assert text.count("hint:") == 3 and text.count("also claimed at 5:8") == 3
    assert text.strip().endswith("3 errors, 0 warnings, 0 notices — fail")


def test_two_claims_on_one_line_give_three_errors(tmp_path: Path) -> None:
    readme = ("# Wren-7B\n\nWren-7B is fully open source. The whole Wren project is open-source too.\n\n"
              "Weights: [Wren-7B](https://huggingface.co/wrenlab/Wren-7B)\n")
    repo = make_git_repo(tmp_path / "wren", {"README.md": readme, "LICENSE": "Wren Community License\n\n"
                                             "You agree not to use the model for any military purpose.\n"})
    _code, report = check_json(repo)
    positive = [c for c in report["claims"] if not c["negated"]]
    assert len(positive) == 2 and {c["line"] for c in positive} == {3}
    assert rules_of(report) == ["OW101", "OW102", "OW103"]
    assert all(len(f["related"]) == 1 and f["related"][0]["line"] == 3 for f in report["findings"])
    sarif = json.loads(run_cli("check", str(repo), "--format", "sarif").stdout)
    results = sarif["runs"][0]["results"]
    assert len(results) == 3
    for r in results:
        [rel] = r["relatedLocations"]
        assert rel["physicalLocation"]["region"]["startLine"] == 3
    annotations = [ln for ln in run_cli("check", str(repo), "--format", "github").stdout.splitlines()
                   if ln.startswith("::error")]
    assert len(annotations) == 3


def test_inline_suppression_on_a_front_matter_tag(tmp_path: Path) -> None:
    card = ("---\nlicense: other\nlicense_name: wren-community\nlicense_link: LICENSE\n"
            "# openwash-disable-next-line OW101, OW102, OW103 -- the tag names the model family\n"
            "tags: [open-source]\n---\n# Wren-7B\n\nWeights: [Wren-7B](https://huggingface.co/wrenlab/Wren-7B)\n")
    repo = make_git_repo(tmp_path / "wren", {"README.md": card})
    code, report = check_json(repo)
    assert rules_of(report) == [] and code == 0
    assert [(f["rule"], f["line"], f["waived"]) for f in report["findings"]] == [
        ("OW101", 6, True), ("OW102", 6, True), ("OW103", 6, True)]
    # At the end of the line, and a suppression that suppresses nothing is still reported.
    card2 = card.replace("# openwash-disable-next-line OW101, OW102, OW103 -- the tag names the model family\n"
                         "tags: [open-source]\n",
                         "tags: [open-source]  # openwash-disable OW101, OW102, OW103 -- family name\n")
    card2 = card2.replace("license_link: LICENSE\n", "license_link: LICENSE  # openwash-disable OW105 -- stale\n")
    repo2 = make_git_repo(tmp_path / "wren2", {"README.md": card2})
    _code, report = check_json(repo2)
    assert rules_of(report) == ["OW902"]
    assert [f["waived"] for f in report["findings"] if f["rule"] != "OW902"] == [True, True, True]
    [ow902] = findings(report, "OW902")
    assert ow902["line"] == 4 and ow902["column"] == 24 and "suppresses nothing" in ow902["message"]


def test_suppressing_the_tag_keeps_the_prose_claims_finding(tmp_path: Path) -> None:
    card = NOISY.replace("tags: [open-source]\n", "tags: [open-source]  # openwash-disable OW101 -- family name\n")
    repo = make_git_repo(tmp_path / "wren", {"README.md": card})
    _code, report = check_json(repo)
    ow101 = findings(report, "OW101")
    assert sorted((f["line"], f["waived"], f["related"]) for f in ow101) == [(5, True, []), (9, False, [])]


# --- organization reports --------------------------------------------------------------------------------


def test_org_report_counts_each_cause_once_and_names_licenses(tmp_path: Path) -> None:
    from fakegithub import FakeGitHub
    from orgkit import by_repo, org_cli, org_json

    noisy = NOISY.replace("Wren-7B is a fully open-source language model.",
                          "Wren-7B is fully open source. The whole Wren project is open-source too.")
    with FakeGitHub() as gh:
        gh.add_repo("acme", "wren", {"README.md": noisy, "LICENSE": "WREN COMMUNITY LICENSE AGREEMENT\n\n"
                                     "You agree not to use the model for any military purpose.\n"})
        gh.add_repo("acme", "finch", {"README.md": "# Finch-7B\n\nFinch-7B is an open-source model.\n\n"
                                      "Weights: [Finch-7B](https://huggingface.co/acme/Finch-7B)\n",
                                      "LICENSE": "FINCH COMMUNITY LICENSE AGREEMENT\n\nYou agree not to use the "
                                      "model to improve any other large language model.\n"})
        _code, report, _ = org_json(gh, tmp_path / "cache")
        wren = by_repo(report)["acme/wren"]
        assert wren["claims_total"] == 3 and wren["claims_open_source"] == 3
        assert sorted(f["rule"] for f in wren["findings"]) == ["OW101", "OW102", "OW103"]
        assert report["summary"]["by_rule"]["OW101"] == {"repositories": 2, "findings": 2}
        names = [by_repo(report)[r]["license"]["names"] for r in ("acme/wren", "acme/finch")]
        assert names[0] != names[1]
        md = org_cli(gh, tmp_path / "cache", "acme").stdout
        html = org_cli(gh, tmp_path / "cache", "acme", "--format", "html").stdout
        csv_text = org_cli(gh, tmp_path / "cache", "acme", "--format", "csv").stdout
    for text in (md, html, csv_text):
        assert "LicenseRef" not in text
    assert "WREN COMMUNITY LICENSE AGREEMENT" in md and "FINCH COMMUNITY LICENSE AGREEMENT" in md
