"""A plain (non-editable) install ships the built-in presets and works from any directory."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wheels = tmp_path_factory.mktemp("wheel")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(ROOT), "-w", str(wheels)],
                           capture_output=True, text=True, timeout=600)
    if build.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{build.stderr[-2000:]}")
    (wheel,) = wheels.glob("openwash-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "openwash/policies/default.yml" in names
    assert "openwash/policies/annotate.yml" in names
    assert "openwash/data/base_models.yml" in names
    assert "openwash/policy/builtin_default.py" in names  # builtin:default resolved, for the hook path
    # the generated tables the hook reads (openwash.generated); no JSON table is left
    for table in ("regex_gates", "regex_alternatives", "phrase_prefilter", "licenses", "base_models", "record_inits"):
        assert f"openwash/data/{table}.py" in names, table
    assert not [n for n in names if n.startswith("openwash/data/") and n.count("/") == 2 and n.endswith(".json")]
    # every module of the source tree is in the wheel (a new subpackage missing from pyproject's list is not)
    missing = [m.relative_to(ROOT / "src").as_posix() for m in (ROOT / "src").rglob("*.py")
               if m.relative_to(ROOT / "src").as_posix() not in names]
    assert missing == []
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "openwash = openwash.console:run" in zipfile.ZipFile(wheel).read(entry_points).decode()
    target = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=600)
    return target


@pytest.mark.slow
def test_installed_package_finds_builtin_default_from_any_directory(installed: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(installed)  # only the installed copy, never the source tree
    show = subprocess.run([sys.executable, "-m", "openwash", "policy", "show", "builtin:default"], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=60)
    assert show.returncode == 0, show.stderr
    assert "builtin:default" in show.stdout
    check = subprocess.run([sys.executable, "-m", "openwash", "check", str(ROOT / "examples" / "demo-model")],
                           cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert check.returncode == 1, check.stderr
    assert "OW101" in check.stdout
    where = subprocess.run([sys.executable, "-c", "import openwash; print(openwash.__file__)"], cwd=tmp_path,
                           env=env, capture_output=True, text=True, timeout=60)
    assert where.stdout.startswith(str(installed))
    # the installed preset module matches the installed YAML, so a check without a policy file needs no PyYAML
    shipped = subprocess.run([sys.executable, "-c", "import sys; from openwash.policy.preset import default_policy; "
                              "print(default_policy() is not None, 'yaml' in sys.modules)"], cwd=tmp_path, env=env,
                             capture_output=True, text=True, timeout=60)
    assert shipped.stdout.split() == ["True", "False"], shipped.stdout + shipped.stderr
