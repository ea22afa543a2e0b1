"""``openwash export``: the components, each format against its schema or validator, the MOF class at each
class boundary (real git repositories through the real command line), and the badge."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from conftest import ROOT, make_git_repo, run_cli
from export_fixtures import release
from openwash.export.mof import evaluate

TODAY = {"OPENWASH_TODAY": "2026-06-01"}
SHARED_MOF = [ROOT.parent / "shared" / "schemas" / "mof", ROOT.parent.parent / "shared" / "schemas" / "mof"]
PACKAGED_MOF = ROOT / "src" / "openwash" / "data" / "mof"
OSAI_PARAMETERS = ["datasources_basemodel", "datasources_endmodel", "weights_basemodel", "weights_endmodel",
                   "trainingcode", "code", "hardware_architecture", "preprint", "paper", "modelcard", "datasheet",
                   "licenses"]
# shields.io endpoint badge: https://shields.io/badges/endpoint-badge
SHIELDS_SCHEMA = {"type": "object", "required": ["schemaVersion", "label", "message"],
                  "properties": {"schemaVersion": {"const": 1}, "label": {"type": "string"},
                                 "message": {"type": "string", "minLength": 1}, "color": {"type": "string"}}}


def export(root: Path, fmt: str, *extra: str) -> str:
    proc = run_cli("export", str(root), "--format", fmt, *extra, env=TODAY)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def export_json(root: Path) -> dict:
    return json.loads(export(root, "json"))


def repo(tmp_path: Path, name: str = "fern", **switches) -> Path:
    return make_git_repo(tmp_path / name, release(**switches))


def by_name(doc: dict) -> dict[str, dict]:
    return {c["name"]: c for c in doc["components"]}


# --- components ----------------------------------------------------------------------------------------------

def test_every_mof_component_has_included_license_and_deciding_evidence(tmp_path: Path) -> None:
    doc = export_json(repo(tmp_path))
    comps = by_name(doc)
    settings = yaml.safe_load((PACKAGED_MOF / "mof.settings.yml").read_text())["components"]
    assert set(comps) == {c["name"] for c in settings} and len(comps) == 17
    for c in comps.values():
        assert c["included"] == "yes", c
        assert c["license"]["id"] == "MIT" and c["license"]["category"] == "osi", c
        assert c["evidence"] and c["reason"]
    card = (tmp_path / "fern" / "README.md").read_text().splitlines()

    def line_of(text: str) -> int:
        return next(i for i, line in enumerate(card, 1) if text in line)

    assert {"file": "README.md", "line": line_of("- acme-example/fern-corpus"), "value": "acme-example/fern-corpus"} \
        in comps["Datasets"]["evidence"]
    assert comps["Model parameters (Intermediate)"]["evidence"][0] == {
        "file": "README.md", "line": line_of("tree/step1000"),
        "value": "https://huggingface.co/acme-example/fern-1b/tree/step1000"}
    assert comps["Evaluation results"]["evidence"][0]["line"] == line_of("model-index:")
    assert comps["Evaluation data"]["reason"].endswith("ai2_arc")
    assert "train/pretrain.py" in [p["value"] for p in comps["Training code"]["evidence"]]
    assert comps["Model parameters (Final)"]["evidence"][0]["value"] == "https://huggingface.co/acme-example/fern-1b"
    assert comps["Model card"]["evidence"][0]["file"] == "README.md"
    assert doc["eval_results"] == [{"task": "text-generation", "dataset": "ARC Challenge", "dataset_id": "ai2_arc",
                                    "metric": "accuracy", "value": 41.2, "file": "README.md",
                                    "line": line_of("model-index:")}]


@pytest.mark.parametrize(("how", "included"), [("revision", "yes"), ("code", "yes"), ("wording", "partial"),
                                               ("none", "no")])
def test_intermediate_checkpoints_from_revisions_code_and_wording(tmp_path: Path, how: str, included: str) -> None:
    comp = by_name(export_json(repo(tmp_path, intermediate=how)))["Model parameters (Intermediate)"]
    assert comp["included"] == included, comp
    if how == "code":
        assert any("step3000" in p["value"] for p in comp["evidence"])
    if how == "wording":
        assert "no revision, branch or checkpoint path" in comp["reason"]


def test_intermediate_checkpoints_from_tree_names_and_eval_results_files(tmp_path: Path) -> None:
    files = release(intermediate="none", eval_results=False)
    files["checkpoints/step_2000/model.safetensors.index.json"] = "{}\n"
    files[".eval_results/arc.yaml"] = "dataset: ai2_arc\nvalue: 41.2\n"
    comps = by_name(export_json(make_git_repo(tmp_path / "r", files)))
    assert comps["Model parameters (Intermediate)"]["included"] == "yes"
    assert comps["Model parameters (Intermediate)"]["evidence"][0]["value"] == \
        "checkpoints/step_2000/model.safetensors.index.json"
    assert comps["Evaluation results"]["included"] == "yes"
    assert comps["Evaluation results"]["evidence"][0]["value"] == ".eval_results/arc.yaml"


def test_partial_components_say_why(tmp_path: Path) -> None:
    comps = by_name(export_json(repo(tmp_path, gated=True, datasets=False)))
    final = comps["Model parameters (Final)"]
    assert final["included"] == "partial" and final["reason"].startswith("weights are gated") and final["in_mof"]
    data = comps["Datasets"]
    assert data["included"] == "partial" and "not linked" in data["reason"] and not data["in_mof"]


# --- MOF --------------------------------------------------------------------------------------------------------

BOUNDARIES = [
    ({}, 1, "Class I", ""),
    ({"tech_report": False}, 1, "Class I", ""),  # the research paper stands in for the report
    ({"datasets": False}, 2, "Class II", "Class I needs Datasets: not included"),
    ({"datasets": False, "training_code": False}, 3, "Class III", "Class II needs Training code: not included"),
    ({"eval_results": False}, 0, "not classified", "Class III needs Evaluation results: not included"),
    ({"tech_report": False, "paper": False}, 0, "not classified",
     "Class III needs Technical report: not included (a research paper would stand in for it)"),
    ({"license_id": "cc-by-nc-4.0", "license_text": False}, 0, "not classified",
     "Class III needs Model architecture: included, but its license CC-BY-NC-4.0 is not open"),
]


@pytest.mark.parametrize(("switches", "cls", "label", "unmet"), BOUNDARIES)
def test_mof_class_at_each_boundary(tmp_path: Path, switches: dict, cls: int, label: str, unmet: str) -> None:
    root = repo(tmp_path, **switches)
    doc = export_json(root)
    assert (doc["mof"]["class"], doc["mof"]["label"]) == (cls, label)
    assert doc["mof"]["first_unmet"].startswith(unmet) and bool(doc["mof"]["first_unmet"]) == bool(unmet)
    mof_text = export(root, "mof")
    mof_doc = yaml.safe_load(mof_text)
    assert evaluate(mof_doc).mof_class == cls  # the YAML written carries the class it claims
    assert jsonschema.Draft202012Validator(_shared_mof_schema()).is_valid(mof_doc)
    if unmet:
        assert f"# first unmet requirement: {unmet}" in mof_text
    badge = json.loads(export(root, "badge"))
    assert badge["message"] == label and badge["label"] == "MOF"


def _shared_mof_schema() -> dict:
    for folder in SHARED_MOF:
        if (folder / "mof_schema.json").is_file():
            return json.loads((folder / "mof_schema.json").read_text())
    return json.loads((PACKAGED_MOF / "mof_schema.json").read_text())


def test_packaged_mof_files_are_the_published_ones() -> None:
    folder = next((f for f in SHARED_MOF if f.is_dir()), None)
    if folder is None:
        pytest.skip("../shared/schemas/mof is not beside this checkout")
    for name in ("mof_schema.json", "mof.settings.yml", "mof-licenses.json", "LICENSE"):
        assert (PACKAGED_MOF / name).read_bytes() == (folder / name).read_bytes(), name


def test_mof_yaml_validates_and_lists_licenses_and_paths(tmp_path: Path) -> None:
    text = export(repo(tmp_path), "mof")
    doc = yaml.safe_load(text)
    errors = list(jsonschema.Draft202012Validator(
        _shared_mof_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER).iter_errors(doc))
    assert not errors, errors
    assert doc["framework"]["name"] == "Model Openness Framework"
    assert doc["release"]["date"] == "2026-06-01" and doc["release"]["name"] == "Fern-1B"
    assert doc["release"]["license"]["distribution"]["name"] == "MIT"
    names = [c["name"] for c in doc["release"]["components"]]
    assert len(names) == 17 and "Datasets" in names
    paths = {c["name"]: c.get("component_path") for c in doc["release"]["components"]}
    assert paths["Training code"] == "configs/train_config.yaml"
    assert paths["Datasets"].startswith("README.md:")
    # MIT is open but not a type-appropriate data or document license: it counts, with a note.
    assert "# Datasets: open license MIT is not a type-appropriate data license" in text


def _mof(components: list[dict], **licenses: str) -> dict:
    return {"framework": {"name": "Model Openness Framework", "version": "1.0", "date": "2024-12-15"},
            "release": {"name": "x", "producer": "y", "components": components,
                        "license": {k: {"name": v} for k, v in licenses.items()}}}


CLASS3 = ["Model architecture", "Model parameters (Final)", "Evaluation results", "Model card", "Data card",
          "Technical report"]
CLASS2 = ["Training code", "Inference code", "Evaluation code", "Evaluation data"]
CLASS1 = ["Datasets", "Data preprocessing code", "Model parameters (Intermediate)", "Research paper"]


def test_evaluator_license_resolution_like_the_model_openness_tool() -> None:
    names = CLASS3 + CLASS2 + CLASS1
    # the release license for the content type, else the distribution license
    ev = evaluate(_mof([{"name": n} for n in names], code="Apache-2.0", distribution="CDLA-Permissive-2.0"))
    assert ev.mof_class == 1
    assert ev.licenses["Training code"] == "Apache-2.0" and ev.licenses["Datasets"] == "CDLA-Permissive-2.0"
    assert "Training code" not in ev.not_type_appropriate and "Datasets" not in ev.not_type_appropriate
    # a component's own license wins; a closed one makes it invalid
    comps = [{"name": n, "license": "LicenseRef-llama3"} if n == "Model parameters (Final)" else {"name": n}
             for n in names]
    ev = evaluate(_mof(comps, distribution="Apache-2.0"))
    assert ev.mof_class == 0 and ev.status["Model parameters (Final)"] == "invalid"
    assert ev.unmet.startswith("Class III needs Model parameters (Final): included, but its license LicenseRef-llama3")
    # no license anywhere: unlicensed
    ev = evaluate(_mof([{"name": n} for n in names]))
    assert ev.mof_class == 0 and set(ev.status[n] for n in names) == {"unlicensed"}
    assert ev.unmet == "Class III needs Model architecture: included, but no license covers it"
    # OpenMDW and FSF-libre-only licenses are open
    ev = evaluate(_mof([{"name": n} for n in CLASS3], distribution="OpenMDW-1.0"))
    assert ev.mof_class == 3
    # progress as the tool reports it: Class I progress is 0 while Class II is incomplete
    ev = evaluate(_mof([{"name": n} for n in CLASS3 + CLASS1], distribution="MIT"))
    assert ev.progress == {3: 100.0, 2: 60.0, 1: 0.0} and ev.mof_class == 3
    # the research paper in place of the report: Class I needs 13 of 13
    ev = evaluate(_mof([{"name": n} for n in names if n != "Technical report"], distribution="MIT"))
    assert ev.mof_class == 1 and ev.progress[1] == 100.0
    ev = evaluate(_mof([{"name": n} for n in names if n not in ("Technical report", "Datasets")], distribution="MIT"))
    assert ev.mof_class == 2 and round(ev.progress[1]) == 92  # 12 of 13


# --- OSAI -----------------------------------------------------------------------------------------------------

def test_osai_entry_has_the_twelve_parameters(tmp_path: Path) -> None:
    text = export(repo(tmp_path), "osai")
    entry = yaml.safe_load(text)
    assert list(entry) == ["system", "org", *OSAI_PARAMETERS]
    for ref in OSAI_PARAMETERS:
        assert set(entry[ref]) == {"class", "link", "notes"} and entry[ref]["class"] in ("open", "partial", "closed")
        assert entry[ref]["notes"]
    assert entry["weights_endmodel"]["class"] == "open"
    assert entry["trainingcode"]["class"] == "open"
    assert entry["preprint"] == {"class": "open", "link": "https://arxiv.org/abs/2601.00001",
                                 "notes": "preprint linked"}
    assert entry["paper"]["class"] == "closed"  # arXiv is not peer review
    assert entry["datasheet"]["class"] == "open"  # the data card has the datasheet sections
    assert entry["licenses"]["class"] == "open"
    assert entry["system"]["endmodellicense"] == "MIT"


def test_osai_gated_weights_are_partial_and_base_model_is_split(tmp_path: Path) -> None:
    entry = yaml.safe_load(export(repo(tmp_path, gated=True, base_model="meta-llama/Meta-Llama-3-8B"), "osai"))
    assert entry["weights_endmodel"]["class"] == "partial"
    assert "gated" in entry["weights_endmodel"]["notes"]
    assert entry["system"]["basemodelname"] != entry["system"]["endmodelname"]
    assert entry["weights_basemodel"]["class"] == "partial"  # the Llama 3 community license
    assert entry["datasources_basemodel"]["class"] == "closed"
    assert entry["datasources_endmodel"]["class"] == "open"
    # without base_model the base model mirrors the end model
    entry = yaml.safe_load(export(repo(tmp_path, "plain"), "osai"))
    assert entry["weights_basemodel"] == entry["weights_endmodel"]
    assert entry["datasources_basemodel"] == entry["datasources_endmodel"]


# --- CycloneDX --------------------------------------------------------------------------------------------------

def test_cyclonedx_ml_bom_is_valid_and_complete(tmp_path: Path) -> None:
    from cyclonedx.schema import SchemaVersion
    from cyclonedx.validation.json import JsonStrictValidator

    files = release(base_model="meta-llama/Meta-Llama-3-8B", license_id="apache-2.0")  # card says Apache, text MIT
    text = export(make_git_repo(tmp_path / "r", files), "cyclonedx")
    assert JsonStrictValidator(SchemaVersion.V1_6).validate_str(text) is None
    bom = json.loads(text)
    assert bom["bomFormat"] == "CycloneDX" and bom["specVersion"] == "1.6"
    model = next(c for c in bom["components"] if c["type"] == "machine-learning-model")
    assert model["name"] == "Fern-1B"
    assert model["modelCard"]["modelParameters"]["task"] == "text-generation"
    assert model["modelCard"]["quantitativeAnalysis"]["performanceMetrics"][0] == {
        "type": "accuracy", "value": "41.2", "slice": "ARC Challenge"}
    licenses = {(entry["license"].get("id"), entry["license"]["acknowledgement"]) for entry in model["licenses"]}
    assert licenses == {("Apache-2.0", "declared"), ("MIT", "concluded")}
    assert [a["name"] for a in model["pedigree"]["ancestors"]] == ["Llama 3"]  # issue 15: Llama 3 and Llama 4 are separate bases
    refs = {(r["type"], r["url"]) for r in model["externalReferences"]}
    assert ("vcs", "https://github.com/acme-example/fern-train") in refs
    assert ("distribution", "https://huggingface.co/acme-example/fern-1b") in refs
    assert ("model-card", "https://huggingface.co/acme-example/fern-1b") in refs
    data = [c for c in bom["components"] if c["type"] == "data"]
    assert [d["name"] for d in data] == ["acme-example/fern-corpus",
                                         "https://huggingface.co/datasets/acme-example/fern-corpus"]
    assert data[1]["data"][0]["contents"]["url"] == "https://huggingface.co/datasets/acme-example/fern-corpus"
    props = {p["name"]: p["value"] for p in model["properties"]}
    assert props["openwash:mof:component:Datasets"].startswith("yes; license: ")


def test_cyclonedx_validator_catches_a_broken_document(tmp_path: Path) -> None:
    from openwash.export.cyclonedx import validate

    bom = json.loads(export(repo(tmp_path), "cyclonedx"))
    assert validate(bom) == []
    bom["components"][0]["type"] = "weights"
    assert validate(bom)


# --- JSON, table, badge ---------------------------------------------------------------------------------------

def test_json_matches_its_packaged_schema(tmp_path: Path) -> None:
    schema = json.loads((ROOT / "src" / "openwash" / "export" / "schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    for switches in ({}, {"gated": True, "datasets": False, "base_model": "mistralai/Mistral-7B-v0.1"}):
        doc = export_json(repo(tmp_path, "x" + str(len(switches)), **switches))
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(doc))
        assert not errors, errors
    doc["components"][0]["included"] = "maybe"
    assert not jsonschema.Draft202012Validator(schema).is_valid(doc)


def test_table_has_one_row_per_component(tmp_path: Path) -> None:
    out = export(repo(tmp_path, datasets=False), "table")
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["component", "class"]
    rows = [line for line in lines[2:19]]
    assert len(rows) == 17
    datasets = next(r for r in rows if r.startswith("Datasets "))
    assert datasets.split()[1:3] == ["I", "partial"]
    assert "Fern-1B: MOF Class II - Open Tooling Model" in out
    assert "first unmet requirement: Class I needs Datasets: not included" in out


def test_badge_is_a_shields_endpoint(tmp_path: Path) -> None:
    out = export(repo(tmp_path, datasets=False), "badge")
    badge = json.loads(out)
    jsonschema.validate(badge, SHIELDS_SCHEMA)
    assert badge == {"schemaVersion": 1, "label": "MOF", "message": "Class II", "color": "green"}
    target = tmp_path / "out" / "badge.json"
    target.parent.mkdir()
    proc = run_cli("export", str(tmp_path / "fern"), "--format", "badge", "--output", str(target))
    assert proc.returncode == 0 and proc.stdout == ""
    assert json.loads(target.read_text()) == badge
    from openwash.export.badge import badge as make

    assert make(0) == {"schemaVersion": 1, "label": "MOF", "message": "not classified", "color": "lightgrey"}
    assert make(1)["color"] == "brightgreen" and make(3)["message"] == "Class III"


def test_export_errors_are_one_line(tmp_path: Path) -> None:
    proc = run_cli("export", str(tmp_path / "missing"))
    assert proc.returncode == 2 and proc.stderr.strip().splitlines() == [
        f"openwash: error: no such path: {tmp_path / 'missing'}"]
    proc = run_cli("export", str(tmp_path), "--format", "spdx")
    assert proc.returncode == 2 and "invalid choice: 'spdx'" in proc.stderr and "Traceback" not in proc.stderr


def test_check_does_not_import_the_exporters(tmp_path: Path) -> None:
    import subprocess
    import sys

    from conftest import cli_env

    root = repo(tmp_path)
    code = ("import sys\nfrom openwash.cli import main\nrc = main(['check', sys.argv[1], '-q'])\n"
            "print(sorted(m for m in sys.modules if m.startswith(('openwash.export', 'openwash.components', "
            "'cyclonedx', 'openwash.rules.euaiact'))))")
    proc = subprocess.run([sys.executable, "-c", code, str(root)], env=cli_env(), capture_output=True, text=True)
    # the rule module is registered (it only defines rules); the components and exporters are not loaded
    assert proc.stdout.strip().splitlines()[-1] == "['openwash.rules.euaiact']", proc.stdout + proc.stderr
    # under the EU preset the components are built for the OW4xx rules; the exporters are still not loaded
    proc = subprocess.run([sys.executable, "-c", code.replace("'-q'", "'-q', '--policy', 'builtin:eu-ai-act-53-2'"),
                           str(root)], env=cli_env(), capture_output=True, text=True)
    assert proc.stdout.strip().splitlines()[-1] == "['openwash.components', 'openwash.rules.euaiact']", proc.stdout
