"""builtin:default is also shipped resolved (src/openwash/policy/builtin_default.py, a generated module) so that
the hook need not parse YAML: the module must be current, equal what resolving policies/default.yml gives, and
never be used once the YAML says something else."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, cli_env, make_git_repo
from openwash.errors import ConfigError
from openwash.policy import bake, preset, resolve, resolve_source
from openwash.policy.load import Resolver
from openwash.policy.sources import parse


def _from_yaml():  # type: ignore[no-untyped-def]
    resolver = Resolver(offline=True)
    return resolver.policy_for(parse("builtin:default", None, resolver.cwd))


def test_the_shipped_module_is_current() -> None:
    """Fails after an edit of policies/default.yml until ``python -m openwash.policy.bake --write`` is run."""
    assert preset.RESOLVED.read_text(encoding="utf-8") == bake.render(), \
        "run: python -m openwash.policy.bake --write"
    proc = subprocess.run([sys.executable, "-m", "openwash.policy.bake", "--check"], env=cli_env(),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_the_shipped_policy_equals_the_yaml_resolution(tmp_path: Path) -> None:
    expected = _from_yaml()
    repo = make_git_repo(tmp_path / "repo", {"README.md": "# x\n"})
    for got in (preset.default_policy(), resolve(repo, offline=True), resolve_source("builtin:default"),
                resolve(repo, "builtin:default", offline=True)):
        assert got is not None
        assert (got.data, got.origins, got.sources, got.locks, got.notices) == \
            (expected.data, expected.origins, expected.sources, expected.locks, expected.notices)
        assert [w.as_json() for w in got.waivers] == [w.as_json() for w in expected.waivers]


def test_each_resolution_gets_its_own_policy() -> None:
    """Callers change the resolved policy (--mode, --fail-on, notices): one run must not see another's."""
    first = preset.default_policy()
    assert first is not None
    first.data["mode"] = "annotate"
    first.origins["mode"] = "command line"
    first.notices.append("x")
    second = preset.default_policy()
    assert second is not None and second.mode == "enforce" and not second.notices
    assert second.origins["mode"] != "command line"


def test_a_repository_policy_or_an_organization_is_not_answered_by_the_preset(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    own = make_git_repo(tmp_path / "own", {"README.md": "# x\n", ".openwash.yml": "fail_on: warning\n"})
    assert preset.resolve_builtin(own, None) is None
    assert resolve(own, offline=True).fail_on == "warning"
    toml = make_git_repo(tmp_path / "toml", {"pyproject.toml": "[tool.openwash]\nfail_on = 'notice'\n"})
    assert preset.resolve_builtin(toml, None) is None
    assert resolve(toml, offline=True).fail_on == "notice"
    bare = make_git_repo(tmp_path / "bare", {"README.md": "# x\n"})
    assert preset.resolve_builtin(bare, "builtin:osaid-1.0") is None
    assert preset.resolve_builtin(bare, None, org="acme") is None
    monkeypatch.setenv("OPENWASH_ORG", "acme")
    assert preset.resolve_builtin(bare, None) is None
    monkeypatch.setenv("OPENWASH_ORG", "none")
    assert preset.resolve_builtin(bare, None) is not None


def test_a_malformed_openwash_today_is_still_a_configuration_error(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    repo = make_git_repo(tmp_path / "repo", {"README.md": "# x\n"})
    monkeypatch.setenv("OPENWASH_TODAY", "tomorrow")
    with pytest.raises(ConfigError, match="OPENWASH_TODAY"):
        resolve(repo, offline=True)
    with pytest.raises(ConfigError, match="OPENWASH_TODAY"):
        resolve_source("builtin:default")


PROBE = """import sys
from pathlib import Path
from openwash.policy import resolve
policy = resolve(Path("."), offline=True)
print(policy.fail_on, policy.origin("fail_on"), "yaml" in sys.modules)
"""


def test_an_edited_yaml_wins_over_a_stale_module(tmp_path: Path) -> None:
    """An installation whose default.yml was edited without --write resolves the YAML, as before."""
    site = tmp_path / "site"
    shutil.copytree(ROOT / "src" / "openwash", site / "openwash", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "policies", site / "openwash" / "policies", ignore=shutil.ignore_patterns("__pycache__"))
    repo = make_git_repo(tmp_path / "repo", {"README.md": "# x\n"})
    env = {**cli_env(), "PYTHONPATH": str(site)}

    def probe() -> str:
        proc = subprocess.run([sys.executable, "-c", PROBE], cwd=repo, env=env, capture_output=True, text=True,
                              timeout=120)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout.strip()

    assert probe() == "error builtin:default:22 False"  # the shipped module answers
    yml = site / "openwash" / "policies" / "default.yml"
    text = yml.read_text(encoding="utf-8")
    assert "\nfail_on: error\n" in text
    yml.write_text(text.replace("\nfail_on: error\n", "\nfail_on: warning\n"), encoding="utf-8")
    assert probe() == "warning builtin:default:22 True"  # the YAML does, once they differ
