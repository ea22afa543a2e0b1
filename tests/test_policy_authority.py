"""Issue 16, item 1: the central policy has authority, and a scope that selects nothing is an error.

Each test reproduces an attack from the review: a repository policy (added by a pull request, or in a
swept repository) that does not extend the organization policy used to escape every lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

import test_policy_github as kit
from conftest import check_json, make_git_repo, run_cli
from test_policy_github import env_for, serve_file

_api_server = pytest.fixture(scope="module", name="_api_server")(kit._servers)


@pytest.fixture
def api(_api_server: HTTPServer) -> HTTPServer:
    return kit._fresh(_api_server)

README = "# Widget\n\nWidget is an open-source model. Download the weights from the releases page.\n"
LOCKED_CENTRAL = "extends: builtin:default\nlocked: [mode, fail_on, rules, requirements, waivers, files]\n"


def _central(api: HTTPServer, text: str = LOCKED_CENTRAL) -> None:
    serve_file(api, "acme", ".github", "openwash.yml", text)


def test_without_extends_the_repository_policy_cannot_escape_a_lock(api: HTTPServer, tmp_path: Path) -> None:
    _central(api)
    repo = make_git_repo(tmp_path / "repo", {"README.md": README, ".openwash.yml": "mode: annotate\n"})
    proc = run_cli("check", str(repo), "--org", "acme", env=env_for(api, tmp_path))
    assert proc.returncode == 2, proc.stderr  # was: 0, the lock bound only repositories without a policy
    assert ".openwash.yml:1: mode: switches mode from enforce to annotate" in proc.stderr
    assert "github:acme/.github/openwash.yml:2 locks 'mode'" in proc.stderr
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_extends_nothing_or_a_lenient_preset_cannot_escape_a_lock(api: HTTPServer, tmp_path: Path) -> None:
    _central(api)
    for i, policy in enumerate(["extends: []\nmode: annotate\n", "extends: builtin:annotate\n",
                                "extends: []\nrules:\n  OW101: off\n"]):
        repo = make_git_repo(tmp_path / f"repo{i}", {"README.md": README, ".openwash.yml": policy})
        proc = run_cli("check", str(repo), "--org", "acme", env=env_for(api, tmp_path))
        assert proc.returncode == 2, (policy, proc.stderr)
        assert "github:acme/.github/openwash.yml:2 locks" in proc.stderr


def test_the_same_in_github_actions_and_with_an_explicit_policy(api: HTTPServer, tmp_path: Path) -> None:
    _central(api)
    repo = make_git_repo(tmp_path / "repo", {"README.md": README, ".openwash.yml": "mode: annotate\n"})
    actions = env_for(api, tmp_path, GITHUB_ACTIONS="true", GITHUB_REPOSITORY="acme/widget")
    proc = run_cli("check", str(repo), env=actions)
    assert proc.returncode == 2 and "locks 'mode'" in proc.stderr
    proc = run_cli("check", str(repo), "--policy", "builtin:annotate", env=actions)
    assert proc.returncode == 2 and "locks 'mode'" in proc.stderr
    proc = run_cli("check", str(repo), env={**env_for(api, tmp_path), "OPENWASH_ORG": "acme"})
    assert proc.returncode == 2 and "locks 'mode'" in proc.stderr


def test_a_repository_policy_that_respects_the_locks_is_merged_over_the_central_one(api: HTTPServer,
                                                                                    tmp_path: Path) -> None:
    _central(api, LOCKED_CENTRAL + "rules:\n  OW105: error\n")
    repo = make_git_repo(tmp_path / "repo", {"README.md": README, ".openwash.yml": "rules:\n  OW301: error\n"})
    code, report = check_json(repo, "--org", "acme", env=env_for(api, tmp_path))
    assert code == 1
    sources = report["policy"]["sources"]
    assert sources[:2] == ["builtin:default", "github:acme/.github/openwash.yml"]
    assert sources[-1].endswith(".openwash.yml") and len(sources) == 3
    proc = run_cli("policy", "show", "--path", str(repo), "--org", "acme", env=env_for(api, tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "OW105: error" in proc.stdout and "github:acme/.github/openwash.yml:4" in proc.stdout
    assert "OW301: error" in proc.stdout


def test_central_policy_not_found_keeps_the_repository_policy(api: HTTPServer, tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "repo", {"README.md": README, ".openwash.yml": "mode: annotate\n"})
    proc = run_cli("check", str(repo), "--org", "nobody", env=env_for(api, tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "no organization policy at github:nobody/.github/openwash.yml; using the repository policy" in proc.stderr


# ------------------------------------------------------------------------------------------- empty scope

def test_a_scope_that_selects_no_document_is_an_error(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "repo", {
        "README.md": README, ".openwash.yml": "files:\n  include: [\"nothing/**\"]\n"})
    proc = run_cli("check", str(repo))
    assert proc.returncode == 2, proc.stdout  # was: 0 with "0 claims"
    assert ".openwash.yml:2: files.include: the policy's file scope selects no document" in proc.stderr
    assert "README.md" in proc.stderr
    repo2 = make_git_repo(tmp_path / "repo2", {"README.md": README, ".openwash.yml": "files:\n  exclude: [\"**\"]\n"})
    proc = run_cli("check", str(repo2))
    assert proc.returncode == 2 and "files.exclude: the policy's file scope selects no document" in proc.stderr


def test_a_repository_without_documents_still_passes(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "repo", {"main.py": "print(1)\n"})
    assert run_cli("check", str(repo)).returncode == 0
