"""Evidence finders and the license/consistency rules, on fixture repositories, through the real CLI."""

from __future__ import annotations

from pathlib import Path

from conftest import check_json, make_git_repo

APACHE = ("                                 Apache License\n                           Version 2.0, January 2004\n\n"
          "   TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION\n")
MIT = ("MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software "
       "and associated documentation files (the \"Software\").\n\nThe above copyright notice and this permission "
       "notice shall be included in all copies or substantial portions of the Software.\n")
COMMUNITY = ("KESTREL COMMUNITY LICENSE AGREEMENT\n\nYou may use the Kestrel Materials subject to the Acceptable Use "
             "Policy. If your products had more than 700 million monthly active users you must request a license.\n")
WEIGHTS_LINK = "Download the weights from [the hub](https://huggingface.co/kestrel/kestrel-7b).\n"


def rules_of(report: dict) -> set[str]:
    return {f["rule"] for f in report["findings"]}


def values(report: dict, kind: str) -> list[str]:
    return [e["value"] for e in report["evidence"][kind]]


def test_html_links_count_as_evidence(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "html", {
        "README.md": "# Kestrel-7B\n\n<p align=\"center\">\n"
                     "  <a href=\"pretrain/run_pretrain.py\">Pretraining code</a> |\n"
                     "  <a href=\"https://huggingface.co/datasets/kestrel/corpus\">Training data</a> |\n"
                     "  <a href=\"https://huggingface.co/kestrel/kestrel-7b\"><img src=\"logo.png\" alt=\"weights\"></a>\n"
                     "</p>\n\nKestrel-7B is a fully open-source language model.\n",
        "LICENSE": APACHE,
        "pretrain/run_pretrain.py": "",
    })
    code, report = check_json(repo)
    assert "pretrain/run_pretrain.py" in values(report, "training_code")
    data = [e for e in report["evidence"]["training_data"] if e["kind"] == "link"]
    assert data and data[0]["value"] == "https://huggingface.co/datasets/kestrel/corpus" and data[0]["line"] == 5
    assert report["is_model_release"] is True
    assert not rules_of(report) & {"OW101", "OW102", "OW103"} and code == 0


def test_relative_link_to_a_missing_path_is_not_evidence(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "missing", {
        "README.md": "# Kestrel-7B\n\nKestrel-7B is an open-source model.\n\n"
                     "- Training code: [scripts](scripts/pretrain.py)\n"
                     "- Training data: [kestrel corpus](https://huggingface.co/datasets/kestrel/corpus)\n\n" + WEIGHTS_LINK,
        "LICENSE": APACHE,
        "inference.py": "",
    })
    _code, report = check_json(repo)
    assert report["evidence"]["training_code"] == []
    assert "OW101" in rules_of(report)
    broken = [f for f in report["findings"] if f["rule"] == "OW301"]
    assert broken and broken[0]["line"] == 5


def test_placeholder_data_section_is_reported_and_never_evidence(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "placeholder", {
        "README.md": "---\nlicense: apache-2.0\npipeline_tag: text-generation\n---\n# Kestrel-7B\n\n"
                     "Kestrel-7B is a fully open source model.\n\n## Training Data\n\n[More Information Needed]\n\n"
                     "## Training code\n\nThe training code will be released soon.\n",
        "train.py": "",
    })
    _code, report = check_json(repo)
    assert report["evidence"]["training_data"] == []
    assert {"OW102", "OW105"} <= rules_of(report)
    placeholder_lines = sorted(f["line"] for f in report["findings"] if f["rule"] == "OW105")
    assert placeholder_lines == [11, 15]


def test_vague_data_description_is_not_data_information(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "vague", {
        "README.md": "---\nlicense: apache-2.0\n---\n# Kestrel-7B\n\nKestrel-7B is an open-source model.\n\n"
                     "## Training data\n\nKestrel was pretrained on 2 trillion tokens of data from publicly available "
                     "sources, a new mix of carefully curated web data.\n",
        "train.py": "",
    })
    _code, report = check_json(repo)
    assert report["evidence"]["training_data"] == []
    assert "OW102" in rules_of(report)


def test_named_sources_in_a_training_data_section_count(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "named", {
        "README.md": "---\nlicense: apache-2.0\n---\n# Kestrel-7B\n\nKestrel-7B is an open-source model.\n\n"
                     "## Pretraining data\n\n| Source | Tokens |\n|---|---|\n| RedPajama | 1T |\n| The Stack | 200B |\n",
        "train.py": "",
    })
    _code, report = check_json(repo)
    assert [e["kind"] for e in report["evidence"]["training_data"]] == ["section"]
    assert "OW102" not in rules_of(report)


def test_benchmark_and_example_datasets_are_not_training_data(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "bench", {
        "README.md": "# Kestrel-7B\n\nKestrel-7B is an open-source model.\n\n" + WEIGHTS_LINK +
                     "\n## Evaluation\n\nWe evaluate on [GSM8K](https://huggingface.co/datasets/gsm8k) (8-shot).\n\n"
                     "## Fine-tuning\n\nYou can fine-tune on your own data, for example "
                     "[alpaca](https://huggingface.co/datasets/tatsu-lab/alpaca).\n",
        "LICENSE": APACHE,
    })
    _code, report = check_json(repo)
    assert report["evidence"]["training_data"] == []
    assert "OW102" in rules_of(report)


def test_inference_only_code_is_not_training_code(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "infer", {
        "README.md": "# Kestrel-7B\n\nKestrel-7B is an open-source model.\n\n" + WEIGHTS_LINK +
                     "\nSee [example_chat_completion.py](example_chat_completion.py) to load the weights and run "
                     "inference; the model definition is in [model.py](kestrel/model.py).\n\n"
                     "We used custom training libraries and [PyTorch](https://github.com/pytorch/pytorch).\n",
        "LICENSE": COMMUNITY,
        "example_chat_completion.py": "", "kestrel/model.py": "", "kestrel/generation.py": "",
    })
    code, report = check_json(repo)
    assert report["evidence"]["training_code"] == []
    assert {"OW101", "OW102", "OW103"} <= rules_of(report) and code == 1


def test_fine_tuning_scripts_for_users_are_not_the_training_code(tmp_path: Path) -> None:
    files = {
        "README.md": "# Kestrel-7B\n\nKestrel-7B is an open-source model.\n\n" + WEIGHTS_LINK +
                     "\n## Fine-tuning\n\nFine-tune Kestrel on your data with [our LoRA script](finetune/lora.py).\n",
        "LICENSE": APACHE,
        "finetune/lora.py": "", "finetune/finetune_ds.sh": "",
    }
    repo = make_git_repo(tmp_path / "ft", files)
    _code, report = check_json(repo)
    assert report["evidence"]["training_code"] == []
    assert "OW101" in rules_of(report)
    # The same scripts are the training code of a release that is itself a fine-tune.
    files["README.md"] = files["README.md"].replace("Kestrel-7B is an open-source model.",
                                                    "Kestrel-7B is an open-source model, fine-tuned from Mistral-7B.")
    repo2 = make_git_repo(tmp_path / "ft2", files)
    _code, report2 = check_json(repo2)
    assert "finetune/lora.py" in values(report2, "training_code")


def test_training_framework_without_a_model_is_not_a_model_release(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "framework", {
        "README.md": "# trainkit\n\ntrainkit is an open-source library for training large language models.\n\n"
                     "It supports [Llama](https://huggingface.co/meta-llama/Llama-2-7b-hf) and "
                     "[Mistral](https://huggingface.co/mistralai/Mistral-7B-v0.1) checkpoints.\n",
        "LICENSE": MIT,
        "trainkit/train.py": "", "configs/pretrain_1b.yaml": "",
    })
    code, report = check_json(repo)
    assert report["is_model_release"] is False
    assert report["findings"] == [] and code == 0


def test_separate_code_and_model_licenses(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "split", {
        "README.md": "# Kestrel-7B\n\nKestrel-7B is an open-source model.\n\n" + WEIGHTS_LINK,
        "LICENSE-CODE": MIT,
        "LICENSE-MODEL": COMMUNITY,
        "train.py": "",
    })
    _code, report = check_json(repo)
    lic = report["evidence"]["license"]
    assert lic["code"] == ["MIT"]
    assert len(lic["weights"]) == 1 and lic["weights"][0].startswith("LicenseRef-")
    ow103 = [f for f in report["findings"] if f["rule"] == "OW103"]
    assert ow103 and "weights" in ow103[0]["message"] and "restricted" in ow103[0]["message"]
    assert "OW201" not in rules_of(report)


def test_readme_says_which_license_covers_what(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "prose", {
        "README.md": "# Kestrel-7B\n\nKestrel-7B is an open-source model.\n\n" + WEIGHTS_LINK +
                     "\n## License\n\nThe code in this repository is released under the MIT license. "
                     "The model weights are licensed under CC BY-NC 4.0.\n",
        "LICENSE": MIT,
        "train.py": "",
    })
    _code, report = check_json(repo)
    lic = report["evidence"]["license"]
    assert lic["code"] == ["MIT"] and lic["weights"] == ["CC-BY-NC-4.0"]
    assert any(f["rule"] == "OW103" and "non-commercial" in f["message"] for f in report["findings"])


def test_fine_tune_of_a_restricted_base_names_the_base(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "base", {
        "README.md": "---\nlicense: apache-2.0\nbase_model: meta-llama/Llama-2-7b-hf\ndatasets:\n  - kestrel/sft\n---\n"
                     "# Kestrel-Chat\n\nKestrel-Chat is a fully open-source chat model.\n\n"
                     "Training code: [train.py](train.py)\n",
        "train.py": "",
    })
    _code, report = check_json(repo)
    ow106 = [f for f in report["findings"] if f["rule"] == "OW106"]
    assert ow106 and "Llama 2" in ow106[0]["message"]
    assert "fine-tuned from Llama 2" in ow106[0]["hint"]


def test_fine_tune_base_named_in_the_text(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "textbase", {
        "README.md": "# Kestrel-Chat\n\nKestrel-Chat is an open-source chat model fine-tuned from Gemma 7B on "
                     "[kestrel-sft](https://huggingface.co/datasets/kestrel/sft).\n\n" + WEIGHTS_LINK,
        "LICENSE": APACHE,
        "train.py": "",
    })
    _code, report = check_json(repo)
    assert [b["name"] for b in report["evidence"]["base_models"]] == ["Gemma"]
    assert "OW106" in rules_of(report)


def test_license_other_with_name_and_link(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "other", {
        "README.md": "---\nlicense: other\nlicense_name: gemma-terms-of-use\nlicense_link: https://example.org/terms\n"
                     "---\n# Kestrel\n\nKestrel is an open-source model.\n",
    })
    _code, report = check_json(repo)
    weights = report["evidence"]["license"]["weights"]
    assert weights == ["LicenseRef-openwash-gemma"]
    assert "OW103" in rules_of(report) and "OW202" not in rules_of(report)


def test_license_other_without_name_is_ow202(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "unnamed", {
        "README.md": "---\nlicense: other\n---\n# Kestrel\n\nKestrel is a model.\n",
    })
    _code, report = check_json(repo)
    ow202 = [f for f in report["findings"] if f["rule"] == "OW202"]
    assert ow202 and ow202[0]["line"] == 2


def test_hf_bsl_is_boost_and_open(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "boost", {
        "README.md": "---\nlicense: bsl-1.0\ndatasets:\n  - kestrel/corpus\n---\n# Kestrel\n\n"
                     "Kestrel is an open-source model. Training code: [train.py](train.py).\n",
        "train.py": "",
    })
    _code, report = check_json(repo)
    assert report["evidence"]["license"]["weights"] == ["BSL-1.0"]
    assert report["evidence"]["license"]["category"] == "osi"
    assert "OW103" not in rules_of(report)


def test_card_license_disagreeing_with_license_file_is_ow201(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "mismatch", {
        "README.md": "---\nlicense: apache-2.0\n---\n# Kestrel\n\nKestrel is a model.\n",
        "LICENSE": MIT,
    })
    _code, report = check_json(repo)
    ow201 = [f for f in report["findings"] if f["rule"] == "OW201"]
    assert ow201 and ow201[0]["line"] == 2 and "MIT" in ow201[0]["message"]


def test_package_metadata_osi_but_weights_closed_is_ow203(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "pkg", {
        "README.md": "# Kestrel-7B\n\nKestrel-7B is a language model.\n\n" + WEIGHTS_LINK,
        "LICENSE-MODEL": COMMUNITY,
        "pyproject.toml": "[project]\nname = \"kestrel\"\nversion = \"1\"\nlicense = \"MIT\"\n",
    })
    _code, report = check_json(repo)
    ow203 = [f for f in report["findings"] if f["rule"] == "OW203"]
    assert ow203 and ow203[0]["file"] == "pyproject.toml" and ow203[0]["line"] == 4


def test_license_badge_is_read(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "badge", {
        "README.md": "# tinytool\n\n[![License](https://img.shields.io/badge/License-Apache_2.0-blue.svg)]"
                     "(https://opensource.org/licenses/Apache-2.0)\n\ntinytool is open source.\n",
    })
    code, report = check_json(repo)
    assert report["evidence"]["license"]["code"] == ["Apache-2.0"]
    assert report["findings"] == [] and code == 0


def test_source_available_software_claiming_open_source(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "busl", {
        "README.md": "# dbthing\n\ndbthing is open source.\n\n## License\n\nAfter four years the code becomes "
                     "available under the Apache License 2.0.\n",
        "LICENSE": "Business Source License 1.1\n\nParameters\n\nLicensor: X\nChange Date: 2031-01-01\n"
                   "Change License: Apache License, Version 2.0\n",
    })
    code, report = check_json(repo)
    assert report["is_model_release"] is False
    assert report["evidence"]["license"]["code"] == ["BUSL-1.1"]
    assert rules_of(report) == {"OW103"} and code == 1


def test_pointer_license_follows_the_readme_license_links(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "pointer", {
        "LICENSE": "https://example.org/kestrel/blob/main/README.md#license\n",
        "README.md": "# Kestrel models\n\nKestrel is an open-source model family.\n\n"
                     "| Model | License |\n|---|---|\n| Kestrel 1 | [License](models/k1/LICENSE) |\n",
        "models/k1/LICENSE": COMMUNITY,
        "models/k1/MODEL_CARD.md": "# Kestrel 1\n\nA model.\n",
    })
    _code, report = check_json(repo)
    code_sources = [s for s in report["evidence"]["license"]["sources"] if s["file"] == "LICENSE"]
    assert code_sources and all(s["category"] == "restricted" for s in code_sources)
    assert "OW103" in rules_of(report)


def test_large_tree_is_scanned_quickly(tmp_path: Path) -> None:
    """The hook runs on every commit: 100,000 tracked paths must not make the evidence scan slow."""
    import time

    from openwash import engine
    from openwash.discovery import Repository
    from openwash.documents import SourceFile
    from openwash.policy import resolve

    paths = [f"src/pkg{i % 300}/module_{i}/file_{i}.py" for i in range(100_000)]
    paths += ["training/pretrain.py", "README.md", "LICENSE"]
    readme = "# Kestrel\n\nKestrel is an open-source model.\n\n" + WEIGHTS_LINK
    repo = Repository(root=tmp_path, name="kestrel", paths=sorted(paths),
                      files=[SourceFile("README.md", readme, "readme"), SourceFile("LICENSE", APACHE, "license")])
    policy = resolve(tmp_path, None)
    start = time.perf_counter()
    result = engine.check_repository(repo, policy)
    elapsed = time.perf_counter() - start
    assert [e.value for e in result.evidence.training_code] == ["training/pretrain.py"]
    assert elapsed < 10, elapsed


def test_examples_of_own_training_data_count(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "suchas", {
        "README.md": "# Kestrel-7B\n\nKestrel-7B is an open-source model.\n\n" + WEIGHTS_LINK +
                     "\nWe pretrained Kestrel on open corpora such as "
                     "[RedPajama](https://huggingface.co/datasets/togethercomputer/RedPajama-Data-1T).\n",
        "LICENSE": APACHE,
        "train.py": "",
    })
    _code, report = check_json(repo)
    assert [e["line"] for e in report["evidence"]["training_data"]] == [7]
    assert not rules_of(report) & {"OW101", "OW102", "OW103"}


def test_same_architecture_is_not_a_fine_tune(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "arch", {
        "README.md": "# Kestrel-1B\n\nKestrel-1B is an open-source model trained from scratch. Its architecture is "
                     "based on Llama 2.\n\n" + WEIGHTS_LINK,
        "LICENSE": APACHE,
        "pretrain/train.py": "",
    })
    _code, report = check_json(repo)
    assert report["evidence"]["base_models"] == []
    assert "OW106" not in rules_of(report)


def test_bundled_third_party_license_copies_cover_nothing(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "bundled", {
        "README.md": "# dbthing\n\ndbthing is open source.\n",
        "LICENSE": "Business Source License 1.1\n\nChange Date: 2031-01-01\n",
        "COPYING.protobuf": MIT,
        "LICENSE-MIT": MIT, "LICENSE-APACHE": APACHE,
    })
    _code, report = check_json(repo)
    by_file = {s["file"]: s["component"] for s in report["evidence"]["license"]["sources"]}
    assert by_file["COPYING.protobuf"] == "other"
    assert by_file["LICENSE-MIT"] == by_file["LICENSE-APACHE"] == by_file["LICENSE"] == "repo"


def test_gate_wording_in_english_chinese_and_japanese_cards() -> None:
    from openwash.evidence.access import find_gates
    from openwash.markdown import parse_document

    card = ("---\nlicense: other\n---\n# Wren\n\nTo download the weights, fill out the access request form "
            "for the weights.\n\n模型权重需要申请后下载。\n\n重みのダウンロードには申請が必要です。\n\n"
            "No need to request access: the weights are public.\n")
    gates = find_gates([parse_document("README.md", "model_card", card)])
    assert [(g.line, g.value) for g in gates] == [
        (6, "fill out the access request form for the weights"), (8, "模型权重需要申请"), (10, "重みのダウンロードには申請が必要")]


def test_a_url_scheme_is_read_in_any_case_and_only_as_rfc_3986_spells_it() -> None:
    from openwash.evidence.links import is_url

    assert is_url("https://example.com/w.safetensors") and is_url("HTTPS://Example.com") and is_url("s3+x.y-z://b")
    assert is_url("www.example.com") and not is_url("weights/model.safetensors")
    assert not is_url("1http://x") and not is_url("h\u0131tp://x")  # a scheme starts with an ASCII letter


def test_the_main_license_file_is_the_top_level_licence_by_any_case_of_its_name() -> None:
    from openwash.discovery import role_of
    from openwash.evidence.licensing import _main_license_file
    from openwash.markdown import parse_document

    docs = [parse_document(name, role_of(name) or "license", "MIT License\n")
            for name in ("LICENSE-weights.txt", "license.md", "COPYING.lesser")]
    assert _main_license_file(docs) == "license.md"
    assert _main_license_file(docs[:1] + docs[2:]) == "COPYING.lesser"


def test_a_side_page_gives_training_pointers_and_no_claims(tmp_path: Path) -> None:
    """A folder's README (train/README.md) or a root page (DATA.md) without a card's front matter is read for the
    training code and data pointers only: its own 'open-source' sentence is no claim of the repository's."""
    readme = ("# Kestrel-7B\n\nKestrel-7B is a fully open-source language model.\n\n" + WEIGHTS_LINK +
              "\nSee [the training guide](train/README.md).\n")
    side = ("# Training\n\nKestrel is an open-source trainer.\n\n## Pretrain datasets\n\n"
            "We pretrain on SlimPajama and The Stack, deduplicated.\n")
    bare = make_git_repo(tmp_path / "bare", {"README.md": readme, "LICENSE": APACHE, "train/pretrain.py": "",
                                             "train/notes.txt": ""})
    with_side = make_git_repo(tmp_path / "side", {"README.md": readme, "LICENSE": APACHE, "train/pretrain.py": "",
                                                  "train/README.md": side})
    at_root = make_git_repo(tmp_path / "root", {"README.md": readme, "LICENSE": APACHE, "train/pretrain.py": "",
                                                "DATA.md": side})
    _code, report = check_json(bare)
    assert "OW102" in rules_of(report)
    for repo, page in ((with_side, "train/README.md"), (at_root, "DATA.md")):
        _code, report = check_json(repo)
        assert [(e["kind"], e["file"]) for e in report["evidence"]["training_data"]] == [("section", page)]
        assert "OW102" not in rules_of(report)
        assert [c["file"] for c in report["claims"]] == ["README.md"]


def test_a_binary_file_is_weights_only_where_its_path_says_a_model_is_in_it(tmp_path: Path) -> None:
    # 'internal/exporter/otlp-payload.bin' is a payload a test reads; 'checkpoints/model-00001.bin' holds weights
    readme = "# Kestrel\n\nKestrel is an open-source telemetry collector.\n"
    payload = make_git_repo(tmp_path / "payload", {"README.md": readme, "LICENSE": MIT,
                                                    "internal/exporter/otlp-payload.bin": "\0\1"})
    _code, report = check_json(payload)
    assert report["is_model_release"] is False and report["evidence"]["weights"] == []
    weights = make_git_repo(tmp_path / "weights", {"README.md": readme, "LICENSE": MIT,
                                                    "checkpoints/model-00001.bin": "\0\1"})
    _code, report = check_json(weights)
    assert report["is_model_release"] is True and values(report, "weights") == ["checkpoints/model-00001.bin"]
