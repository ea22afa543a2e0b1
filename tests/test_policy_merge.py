"""Policy inheritance: nested local extends, merge rules, provenance, cycles, depth, locks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli, write_tree
from openwash.errors import ConfigError
from openwash.policy import resolve, resolve_source
from openwash.policy.cache import Cache


def _resolve(path: Path, tmp_path: Path):
    return resolve_source(str(path), cache=Cache(tmp_path / "cache"), offline=True)


def test_nested_local_extends_chain_with_origins(tmp_path: Path) -> None:
    write_tree(tmp_path, {
        "org/base.yml": "extends: builtin:osaid-1.0\nrules:\n  OW105: error\n  OW301: off\n"
                        "files:\n  exclude: [\"drafts/**\"]\n",
        "team/team.yml": "extends: ../org/base.yml\nrules:\n  OW105: notice\nfiles:\n  exclude+: [\"old/**\"]\n",
        "repo/.openwash.yml": "extends: ../team/team.yml\nfail_on: warning\n",
    })
    policy = _resolve(tmp_path / "repo" / ".openwash.yml", tmp_path)
    names = [Path(s).name if not s.startswith("builtin:") else s for s in policy.sources]
    assert names == ["builtin:default", "builtin:osaid-1.0", "base.yml", "team.yml", ".openwash.yml"]
    assert policy.severity("OW105") == "notice"  # team overrides org
    assert policy.severity("OW301") == "off"  # YAML `off` (a boolean) is the severity off
    assert policy.severity("OW201") == "error"  # from osaid-1.0
    assert policy.fail_on == "warning"
    assert policy.exclude == ["drafts/**", "old/**"]  # + appends to the inherited list
    assert policy.requirements("open-source", "model", True) == ["training_code", "training_data", "weights",
                                                                   "ungated_weights", "open_license"]
    assert policy.origin("rules.OW105").endswith("team.yml:3")
    assert policy.origin("rules.OW301").endswith("base.yml:4")
    assert policy.origin("fail_on").endswith(".openwash.yml:2")
    assert policy.origin("files.exclude[0]").endswith("base.yml:6")
    assert policy.origin("files.exclude[1]").endswith("team.yml:5")
    assert policy.origin("rules.OW201").startswith("builtin:osaid-1.0:")


def test_lists_replace_without_plus(tmp_path: Path) -> None:
    write_tree(tmp_path, {".openwash.yml": "files:\n  include: [\"MODEL.md\"]\nlicenses:\n  code:\n"
                                           "    allow+: [BUSL-1.1]\n"})
    policy = _resolve(tmp_path / ".openwash.yml", tmp_path)
    assert policy.include == ["MODEL.md"]
    assert policy.license_rules("code") == (["osi", "busl-1.1"], [])
    assert policy.license_rules("weights")[0] == ["osi", "open-data"]  # maps merge key by key


def test_policy_without_extends_starts_from_default_and_empty_extends_from_nothing(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.yml": "fail_on: warning\n", "b.yml": "extends: []\nfail_on: warning\n"})
    a = _resolve(tmp_path / "a.yml", tmp_path)
    assert a.sources[0] == "builtin:default" and a.severity("OW101") == "error"
    b = _resolve(tmp_path / "b.yml", tmp_path)
    assert len(b.sources) == 1 and b.requirements("open-source", "model", True) == []


def test_diamond_is_merged_once_in_first_position(tmp_path: Path) -> None:
    write_tree(tmp_path, {
        "common.yml": "rules: {OW105: error}\n",
        "x.yml": "extends: common.yml\nrules: {OW105: notice}\n",
        "y.yml": "extends: common.yml\n",
        "top.yml": "extends: [x.yml, y.yml]\n",
    })
    policy = _resolve(tmp_path / "top.yml", tmp_path)
    # common.yml is not re-applied after x.yml: y.yml only contributes its own settings.
    assert policy.severity("OW105") == "notice"
    assert [Path(s).name for s in policy.sources if not s.startswith("builtin:")] == ["common.yml", "x.yml", "y.yml",
                                                                                       "top.yml"]


def test_builtin_annotate_combines_with_a_preset(tmp_path: Path) -> None:
    write_tree(tmp_path, {".openwash.yml": "extends: [builtin:mof-class-1, builtin:annotate]\n"})
    policy = _resolve(tmp_path / ".openwash.yml", tmp_path)
    assert policy.mode == "annotate" and not policy.fails("error")
    assert policy.accepted_evidence("training_data") == ["metadata", "link"]  # mof-class-1 survives


def test_cycle_is_an_error_naming_the_chain(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.yml": "extends: b.yml\n", "b.yml": "extends: c.yml\n", "c.yml": "extends: a.yml\n"})
    with pytest.raises(ConfigError) as info:
        _resolve(tmp_path / "a.yml", tmp_path)
    message = str(info.value)
    assert "extends itself" in message
    assert message.index("a.yml") < message.index("b.yml") < message.index("c.yml")
    assert message.rstrip().endswith("a.yml")


def test_depth_over_ten_is_an_error_naming_the_chain(tmp_path: Path) -> None:
    files = {f"p{i}.yml": f"extends: p{i + 1}.yml\n" for i in range(11)}
    files["p11.yml"] = "fail_on: error\n"
    write_tree(tmp_path, files)
    with pytest.raises(ConfigError) as info:
        _resolve(tmp_path / "p0.yml", tmp_path)
    assert "deeper than 10" in str(info.value) and "p0.yml" in str(info.value) and "p11.yml" in str(info.value)
    # ten hops are fine
    assert _resolve(tmp_path / "p1.yml", tmp_path).sources[-1].endswith("p1.yml")


def test_cycle_through_the_cli_is_exit_2(tmp_path: Path) -> None:
    write_tree(tmp_path, {"README.md": "# x\n", ".openwash.yml": "extends: other.yml\n",
                          "other.yml": "extends: .openwash.yml\n"})
    proc = run_cli("check", str(tmp_path))
    assert proc.returncode == 2 and "extends itself" in proc.stderr and "Traceback" not in proc.stderr


def test_pyproject_tool_openwash(tmp_path: Path) -> None:
    write_tree(tmp_path, {"pyproject.toml": "[project]\nname = 'x'\n\n[tool.openwash]\nextends = \"builtin:osaid-1.0\"\n"
                                            "fail_on = \"warning\"\n\n[tool.openwash.rules]\nOW105 = \"off\"\n"})
    policy = resolve(tmp_path, cache=Cache(tmp_path / "cache"))
    assert policy.fail_on == "warning" and policy.severity("OW105") == "off" and "builtin:osaid-1.0" in policy.sources
    assert policy.origin("rules.OW105").endswith("pyproject.toml:9")
    write_tree(tmp_path, {"pyproject.toml": "[tool.openwash]\nfail_on = \"sometimes\"\n"})
    with pytest.raises(ConfigError) as info:
        resolve(tmp_path, cache=Cache(tmp_path / "cache"))
    assert "pyproject.toml:2:" in str(info.value) and "fail_on" in str(info.value)


def test_policy_show_names_file_and_line_of_every_setting(tmp_path: Path) -> None:
    write_tree(tmp_path, {
        "org.yml": "extends: builtin:default\nlocked: [mode, rules.OW101]\nrules:\n  OW105: error\n",
        ".openwash.yml": "extends: org.yml\nfail_on: warning\nwaivers:\n  - rule: OW102\n    path: docs/**\n"
                         "    reason: data card under legal review\n    expires: 2030-01-31\n    approver: ospo\n"
                         "max_waiver_days: 36500\n",
    })
    proc = run_cli("policy", "show", "--path", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    line = next(x for x in out.splitlines() if x.startswith("fail_on:"))
    assert line.endswith(".openwash.yml:2")
    assert any(x.strip().startswith("OW105: error") and x.endswith("org.yml:4") for x in out.splitlines())
    assert any(x.strip().startswith("OW101: error") and "builtin:default:" in x for x in out.splitlines())
    assert "locked by" in out and "org.yml:2" in out and "rules.OW101" in out
    assert "OW102 on 'docs/**' until 2030-01-31 (active, approved by ospo): data card under legal review" in out
    proc = run_cli("policy", "show", "--path", str(tmp_path), "--format", "json")
    doc = json.loads(proc.stdout)
    settings = {s["key"]: s for s in doc["settings"]}
    assert settings["fail_on"]["origin"].endswith(".openwash.yml:2")
    assert {lock["path"] for lock in doc["locks"]} == {"mode", "rules.OW101"}
    assert doc["waivers"][0]["origin"].endswith(".openwash.yml:4") and doc["waivers"][0]["expired"] is False


# ----------------------------------------------------------------------------------------------- locks

ORG = "extends: builtin:default\nlocked:\n  - mode\n  - rules.OW101\n  - requirements.model_release.open-source\n" \
      "  - licenses.weights\n  - fail_on\n"


@pytest.mark.parametrize(("repo_policy", "line", "setting", "words"), [
    ("rules:\n  OW101: warning\n", 3, "rules.OW101", "lowers OW101 from error to warning"),
    ("rules:\n  OW101: off\n", 3, "rules.OW101", "lowers OW101 from error to off"),
    ("mode: annotate\n", 2, "mode", "switches mode from enforce to annotate"),
    ("fail_on: never\n", 2, "fail_on", "relaxes fail_on"),
    ("requirements:\n  model_release:\n    open-source:\n      model: [training_code, open_license]\n", 5,
     "requirements.model_release.open-source.model", "drops required evidence training_data"),
    ("licenses:\n  weights:\n    allow+: [llama3]\n", 4, "licenses.weights.allow", "allows llama3"),
])
def test_weakening_a_locked_setting_names_both_files(tmp_path: Path, repo_policy: str, line: int, setting: str,
                                                     words: str) -> None:
    write_tree(tmp_path, {"org/org.yml": ORG, "repo/README.md": "# x\n",
                          "repo/.openwash.yml": "extends: ../org/org.yml\n" + repo_policy})
    proc = run_cli("check", str(tmp_path / "repo"))
    assert proc.returncode == 2, proc.stdout
    err = proc.stderr.strip()
    assert err.count("\n") == 0 and "Traceback" not in err
    assert f".openwash.yml:{line}: " in err  # the weakening setting's file and line
    assert "org.yml:" in err and "locks" in err  # the locking file
    assert setting in err and words in err


def test_allowing_a_license_the_upstream_denies(tmp_path: Path) -> None:
    write_tree(tmp_path, {
        "org.yml": "licenses:\n  weights:\n    allow: [osi, open-data]\n    deny: [restricted]\n"
                   "locked: [licenses]\n",
        ".openwash.yml": "extends: org.yml\nlicenses:\n  weights:\n    allow: [osi, open-data, restricted]\n"
                         "    deny: []\n",
    })
    with pytest.raises(ConfigError) as info:
        _resolve(tmp_path / ".openwash.yml", tmp_path)
    assert "which the upstream policy denies" in str(info.value) and "org.yml:5" in str(info.value)


def test_strengthening_a_locked_setting_is_fine(tmp_path: Path) -> None:
    write_tree(tmp_path, {
        "org.yml": ORG,
        ".openwash.yml": "extends: org.yml\nrules:\n  OW104: error\nfail_on: warning\nrequirements:\n"
                         "  model_release:\n    open-source:\n      code+: [training_code]\n"
                         "licenses:\n  weights:\n    allow: [osi]\n    deny+: [unknown]\n",
    })
    policy = _resolve(tmp_path / ".openwash.yml", tmp_path)
    assert policy.fail_on == "warning" and len(policy.locks) == 5


def test_lock_holds_through_an_earlier_sibling(tmp_path: Path) -> None:
    """A weak preset listed before the locking policy cannot sneak past its lock."""
    write_tree(tmp_path, {"org.yml": "locked: [mode]\n",
                          ".openwash.yml": "extends: [builtin:annotate, org.yml]\n"})
    with pytest.raises(ConfigError) as info:
        _resolve(tmp_path / ".openwash.yml", tmp_path)
    assert "annotate" in str(info.value) and "org.yml:1" in str(info.value)


def test_rule_level_lock_and_star_lock(tmp_path: Path) -> None:
    write_tree(tmp_path, {
        "org.yml": "rules:\n  OW102: {severity: error, locked: true}\n",
        "a.yml": "extends: org.yml\nrules:\n  OW102: notice\n",
        "strict.yml": "locked: '*'\n",
        "b.yml": "extends: strict.yml\nwaivers:\n  - {rule: OW101, path: '**', reason: r, expires: 2030-01-01}\n",
    })
    with pytest.raises(ConfigError, match=r"a\.yml:3: rules\.OW102: lowers OW102 from error to notice"):
        _resolve(tmp_path / "a.yml", tmp_path)
    with pytest.raises(ConfigError, match=r"adds a waiver for OW101"):
        _resolve(tmp_path / "b.yml", tmp_path)
