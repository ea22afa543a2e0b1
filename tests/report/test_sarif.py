"""SARIF 2.1.0 output: valid against the official schema, complete rules, stable fingerprints."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest

from conftest import ROOT, git, make_git_repo, run_cli, write_tree
from openwash.rules import all_rules

# The official OASIS SARIF 2.1.0 (errata 01) schema: from ../shared/schemas when the checkout sits beside it,
# else the copy in tests/data (identical; test_vendored_schema_is_the_official_one checks), so CI always validates.
SCHEMA_CANDIDATES = [ROOT.parent / "shared" / "schemas" / "sarif-2.1.0.json",
                     ROOT.parent.parent / "shared" / "schemas" / "sarif-2.1.0.json",
                     ROOT / "tests" / "data" / "sarif-2.1.0.json"]

CARD = """---
license: other
license_name: acme-community-license
license_link: LICENSE
---
# Acme-7B

Acme-7B is a fully open-source 7B language model.

See the [training notes](docs/missing.md) for details.

The weights are on [Hugging Face](https://huggingface.co/acme-example/acme-7b).
"""
SUB_CARD = """---
license: other
license_name: zeta-license
---
# Zeta

<!-- openwash-disable-next-line OW101 -- the training code is in a private repository, see LEGAL-12 -->
Zeta is an open-source model.
"""
LICENSE = "ACME COMMUNITY LICENSE\n\nResearch use only. No commercial use.\n"
POLICY = """waivers:
  - rule: OW103
    path: "models/**"
    reason: legal is relicensing the weights
    expires: 2099-12-31
max_waiver_days: 36500
"""


@pytest.fixture
def sarif_schema() -> dict:
    for path in SCHEMA_CANDIDATES:
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
    pytest.skip("the official SARIF 2.1.0 schema (../shared/schemas/sarif-2.1.0.json) is not available")


def validate(doc: dict, schema: dict) -> None:
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    errors = sorted(cls(schema).iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def repo_with_everything(tmp_path: Path) -> Path:
    return make_git_repo(tmp_path / "acme", {
        "README.md": CARD, "LICENSE": LICENSE, ".openwash.yml": POLICY,
        "models/zeta x/README.md": SUB_CARD,
    })


def sarif_of(root: Path, *extra: str) -> tuple[int, dict]:
    proc = run_cli("check", str(root), "--format", "sarif", *extra)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def test_sarif_output_is_valid_against_the_official_schema(tmp_path: Path, sarif_schema: dict) -> None:
    root = repo_with_everything(tmp_path)
    code, doc = sarif_of(root)
    assert code == 1
    validate(doc, sarif_schema)
    assert doc["version"] == "2.1.0" and len(doc["runs"]) == 1


def test_sarif_driver_lists_every_rule_with_descriptions_and_help(tmp_path: Path) -> None:
    _, doc = sarif_of(repo_with_everything(tmp_path))
    driver = doc["runs"][0]["tool"]["driver"]
    assert driver["name"] == "openwash" and driver["version"]
    ids = [r["id"] for r in driver["rules"]]
    assert ids == sorted(all_rules())
    for rule in driver["rules"]:
        assert rule["name"] and rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert len(rule["help"]["text"]) > 40
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
    ow101 = next(r for r in driver["rules"] if r["id"] == "OW101")
    assert "Fix:" in ow101["help"]["text"] and "Fix:" in ow101["fullDescription"]["text"]


def test_sarif_results_locations_levels_fingerprints_and_suppressions(tmp_path: Path) -> None:
    root = repo_with_everything(tmp_path)
    _, doc = sarif_of(root)
    proc = run_cli("check", str(root), "--format", "json")
    findings = json.loads(proc.stdout)["findings"]
    run = doc["runs"][0]
    results = run["results"]
    assert len(results) == len(findings)
    rules = run["tool"]["driver"]["rules"]
    levels = {"error": "error", "warning": "warning", "notice": "note"}
    for res, f in zip(results, findings, strict=True):
        assert res["ruleId"] == f["rule"] and rules[res["ruleIndex"]]["id"] == f["rule"]
        assert res["level"] == levels[f["severity"]]
        loc = res["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert unquote(loc["artifactLocation"]["uri"]) == f["file"]
        assert not loc["artifactLocation"]["uri"].startswith("/")
        region = loc["region"]
        assert region["startLine"] == f["line"] and region["startColumn"] == f["column"]
        assert region["endLine"] >= region["startLine"]
        assert res["partialFingerprints"]["openwash/v1"] == f["fingerprint"]
        assert f["message"] in res["message"]["text"]
    by_rule_file = {(r["ruleId"], unquote(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])): r
                    for r in results}
    # The file name with a space is percent-encoded in the URI.
    assert any("zeta%20x" in r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results)
    waived = by_rule_file[("OW103", "models/zeta x/README.md")]
    assert waived["suppressions"][0]["kind"] == "external"
    assert "relicensing" in waived["suppressions"][0]["justification"]
    inline = by_rule_file[("OW101", "models/zeta x/README.md")]
    assert inline["suppressions"][0]["kind"] == "inSource"
    assert "LEGAL-12" in inline["suppressions"][0]["justification"]
    active = by_rule_file[("OW101", "README.md")]
    assert "suppressions" not in active
    assert {r["level"] for r in results} >= {"error", "warning", "note"}  # OW301 is a notice
    # The claim span: end column after the claim phrase, on the same line.
    region = active["locations"][0]["physicalLocation"]["region"]
    assert region["endColumn"] - region["startColumn"] == len("open-source")


def test_sarif_paths_are_relative_to_the_repository_root_when_a_subfolder_is_checked(tmp_path: Path) -> None:
    root = repo_with_everything(tmp_path)
    _, doc = sarif_of(root / "models" / "zeta x")
    uris = {unquote(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) for r in doc["runs"][0]["results"]}
    assert uris and all(u.startswith("models/zeta x/") for u in uris), uris


def test_sarif_fingerprints_survive_line_moves_and_baseline_state(tmp_path: Path, sarif_schema: dict) -> None:
    root = repo_with_everything(tmp_path)
    base = git(root, "rev-parse", "HEAD").strip()
    _, before = sarif_of(root)
    write_tree(root, {"README.md": CARD.replace("# Acme-7B\n", "# Acme-7B\n\nIntro.\n\nMore intro.\n")})
    git(root, "commit", "-qam", "move lines")
    _, after = sarif_of(root, "--baseline-ref", base)
    validate(after, sarif_schema)

    def prints(doc: dict) -> dict[str, int]:
        return {r["partialFingerprints"]["openwash/v1"]: r["locations"][0]["physicalLocation"]["region"]["startLine"]
                for r in doc["runs"][0]["results"]}

    b, a = prints(before), prints(after)
    assert set(b) == set(a)
    assert any(a[k] != b[k] for k in b)  # lines moved, fingerprints did not
    states = {r.get("baselineState") for r in after["runs"][0]["results"] if "suppressions" not in r}
    assert states == {"unchanged"}


def test_vendored_schema_is_the_official_one() -> None:
    official = [p for p in SCHEMA_CANDIDATES[:2] if p.is_file()]
    if not official:
        pytest.skip("../shared/schemas is not beside this checkout")
    vendored = ROOT / "tests" / "data" / "sarif-2.1.0.json"
    assert json.loads(vendored.read_text(encoding="utf-8")) == json.loads(official[0].read_text(encoding="utf-8"))
