"""Policy validation: the shipped schema, error messages with file, line and key path, the presets, and
keeping jsonschema/requests/PyGithub off the pre-commit path."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import jsonschema
import pytest

from conftest import ROOT, cli_env, make_git_repo, run_cli, write_tree
from openwash import yamlsafe
from openwash.policy.sources import builtin_names
from openwash.policy.validate import SCHEMA_PATH, normalize, schema_problems

PRESETS = ["annotate", "default", "eu-ai-act-53-2", "mof-class-1", "mof-class-2", "mof-class-3", "osaid-1.0"]


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json.loads(SCHEMA_PATH.read_text()))


def test_all_presets_ship_and_pass_the_schema() -> None:
    assert builtin_names() == PRESETS
    for name in PRESETS:
        path = ROOT / "policies" / f"{name}.yml"
        text = path.read_text(encoding="utf-8")
        loaded = yamlsafe.load(text)
        assert schema_problems(normalize(loaded.data), loaded.lines) == [], name
        header = text.split("\n", 1)[0]
        assert header == f"# openwash preset: {name}", f"{name}: the comment header must name the preset"
        comment = [line for line in text.splitlines() if line.startswith("#")]
        assert len(comment) >= 8, f"{name}: document the preset in its comment header"
        proc = run_cli("policy", "validate", f"builtin:{name}")
        assert proc.returncode == 0, proc.stderr


def test_readme_documents_every_preset() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Policies", 1)[1].split("\n## ", 1)[0]
    for name in PRESETS:
        assert f"`{name}`" in section


def test_readme_policy_examples_are_valid(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Policies", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```yaml\n(.*?)```", section, re.S)
    assert len(blocks) >= 2
    for i, block in enumerate(blocks):
        text = textwrap.dedent(block)
        write_tree(tmp_path, {f"example{i}.yml": text})
        proc = run_cli("policy", "validate", str(tmp_path / f"example{i}.yml"))
        assert proc.returncode == 0, (block, proc.stderr)


BAD = """extends: builtin:default
fial_on: error
mode: enforc
rules:
  OW101: eror
  OW102: {sevrity: error}
files:
  include: README.md
waivers:
  - rule: OW101
    path: "**"
    expires: 2025-01-01
"""


def test_every_error_names_file_line_key_and_expectation(tmp_path: Path) -> None:
    write_tree(tmp_path, {"README.md": "# x\n", ".openwash.yml": BAD})
    proc = run_cli("check", str(tmp_path))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    first = proc.stderr.strip()
    assert first.count("\n") == 0
    assert re.search(r"\.openwash\.yml:2: the policy: unknown key 'fial_on' \(did you mean 'fail_on'\?\)", first)
    assert "more problems" in first
    proc = run_cli("policy", "validate", str(tmp_path / ".openwash.yml"))
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    expected = [
        (2, "unknown key 'fial_on'"),
        (3, "mode: expected enforce or annotate, got 'enforc'"),
        (5, "rules.OW101: expected a severity"),
        (6, "rules.OW102: unknown key 'sevrity' (did you mean 'severity'?)"),
        (8, "files.include: expected a list of path globs, got 'README.md'"),
        (10, "waivers[0]: missing required key 'reason'"),
    ]
    for line, text in expected:
        assert any(f".openwash.yml:{line}: " in x and text in x for x in lines), (line, text, lines)
    assert lines[-1].startswith("openwash: error: 6 problems")


@pytest.mark.parametrize(("policy", "line", "text"), [
    ("rules:\n  OW999: error\n", 2, "unknown rule OW999"),
    ("waivers:\n  - {rule: OW101, path: x, reason: r, expires: 2025-02-30}\n", 2, "expected a date YYYY-MM-DD"),
    ("claims:\n  add: ['(open']\n", 2, "expected a regular expression"),
    ("requirements:\n  model_release:\n    open-source:\n      modle: [weights]\n", 4, "unknown key 'modle'"),
    ("requirements:\n  software:\n    open-source: [training_cod]\n", 3, "expected an evidence kind"),
    ("extends: {source: builtin:default, sha: abc}\n", 1, "unknown key 'sha' (did you mean 'sha256'?)"),
    ("locked: [rules.OW1]\n", 1, "expected a setting path"),
    ("mode: [enforce\n", 2, "invalid YAML"),
    ("- a\n- b\n", 1, "must be a mapping"),
])
def test_single_problems(tmp_path: Path, policy: str, line: int, text: str) -> None:
    write_tree(tmp_path, {"p.yml": policy})
    proc = run_cli("policy", "validate", str(tmp_path / "p.yml"))
    assert proc.returncode == 2
    assert f"p.yml:{line}: " in proc.stderr and text in proc.stderr, proc.stderr


def test_validation_is_cached_by_content_hash_and_the_hook_path_stays_light(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "repo", {
        "README.md": "# Widget\n\nWidget is open source software.\n",
        ".openwash.yml": "extends: builtin:osaid-1.0\nrules:\n  OW105: off\n",
    })
    env = {"OPENWASH_CACHE_DIR": str(tmp_path / "cache")}
    heavy = ("jsonschema", "requests", "github", "urllib3")

    def imported(proc_stderr: str) -> set[str]:
        names = set()
        for line in proc_stderr.splitlines():
            if line.startswith("import time:") and "|" in line:
                names.add(line.rsplit("|", 1)[1].strip().split(".")[0])
        return names

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        full = {**cli_env(), **env}
        return subprocess.run([sys.executable, "-X", "importtime", "-m", "openwash", *args], env=full,
                              capture_output=True, text=True, timeout=120)

    cold = run("check", str(repo))
    assert cold.returncode == 1, cold.stderr[-2000:]
    assert "jsonschema" in imported(cold.stderr)  # validated once ...
    assert list((tmp_path / "cache" / "validated").iterdir())
    warm = run("check", str(repo))
    assert warm.returncode == 1
    assert not imported(warm.stderr) & set(heavy), imported(warm.stderr) & set(heavy)  # ... then remembered
    builtin = run("check", str(repo), "--policy", "builtin:mof-class-2")
    assert not imported(builtin.stderr) & set(heavy)  # built-in presets are never validated at run time
    # an edit invalidates the cached result
    (repo / ".openwash.yml").write_text("extends: builtin:osaid-1.0\nrules:\n  OW105: nope\n")
    edited = run("check", str(repo))
    assert edited.returncode == 2 and ".openwash.yml:3:" in edited.stderr


def test_yaml_one_one_booleans_mean_what_users_meant(tmp_path: Path) -> None:
    write_tree(tmp_path, {"p.yml": "model_release: yes\nrules:\n  OW105: off\n  OW301: {severity: off}\n"})
    proc = run_cli("policy", "show", str(tmp_path / "p.yml"), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    settings = {s["key"]: s["value"] for s in json.loads(proc.stdout)["settings"]}
    assert settings["model_release"] == "yes"
    assert settings["rules.OW105"] == "off" and settings["rules.OW301.severity"] == "off"


def test_alias_bomb_is_refused_with_a_line(tmp_path: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(8))
    write_tree(tmp_path, {"README.md": "# x\n", ".openwash.yml": bomb})
    proc = run_cli("check", str(tmp_path), timeout=30)
    assert proc.returncode == 2 and ".openwash.yml:" in proc.stderr and "alias bomb" in proc.stderr
