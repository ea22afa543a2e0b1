"""Issue 16, item 2: policies on pull requests.

Reproduction from the review: the workflow's ``policy: policies/strict.yml`` was read from the base commit,
but the path was resolved through the head checkout, so a pull request that replaced that file with a
symbolic link to another base file (a lenient one) and added a claim passed, with no notice."""

from __future__ import annotations

import json
import os
from pathlib import Path

from conftest import git, make_git_repo, run_cli, write_tree

CLAIM = ("# Widget\n\nThe weights are on [Hugging Face](https://huggingface.co/acme-example/widget).\n\n"
         "Widget is an open-source model.\n")
STRICT = "extends: builtin:default\n"
LENIENT = "extends: builtin:annotate\n"


def _repo(tmp_path: Path, files: dict[str, str]) -> tuple[Path, str]:
    repo = make_git_repo(tmp_path / "repo", {"README.md": "# Widget\n", **files})
    return repo, git(repo, "rev-parse", "HEAD").strip()


def _commit(repo: Path) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "pull request")


def test_a_symlink_in_the_head_cannot_swap_the_workflows_policy(tmp_path: Path) -> None:
    repo, base = _repo(tmp_path, {"policies/strict.yml": STRICT, "policies/lenient.yml": LENIENT})
    (repo / "policies/strict.yml").unlink()
    os.symlink("lenient.yml", repo / "policies/strict.yml")
    write_tree(repo, {"README.md": CLAIM})
    _commit(repo)
    proc = run_cli("check", ".", "--baseline-ref", base, "--only-new", "--policy", "policies/strict.yml", cwd=repo)
    assert proc.returncode == 2, proc.stdout  # was: 0 (the lenient base file was read), no notice
    assert "policies/strict.yml: policies/strict.yml is a symbolic link in the pull request's checkout" in proc.stderr
    assert "symbolic links are refused" in proc.stderr


def test_a_symlinked_folder_in_the_head_is_refused_too(tmp_path: Path) -> None:
    repo, base = _repo(tmp_path, {"policies/strict.yml": STRICT, "lenient/strict.yml": LENIENT})
    (repo / "policies/strict.yml").unlink()
    (repo / "policies").rmdir()
    os.symlink("lenient", repo / "policies")
    write_tree(repo, {"README.md": CLAIM})
    _commit(repo)
    proc = run_cli("check", ".", "--baseline-ref", base, "--only-new", "--policy", "policies/strict.yml", cwd=repo)
    assert proc.returncode == 2 and "policies is a symbolic link in the pull request's checkout" in proc.stderr


def test_a_symlink_in_the_base_is_refused(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "repo", {"README.md": "# Widget\n", "policies/lenient.yml": LENIENT})
    os.symlink("lenient.yml", repo / "policies/strict.yml")
    _commit(repo)
    base = git(repo, "rev-parse", "HEAD").strip()
    (repo / "policies/strict.yml").unlink()
    write_tree(repo, {"policies/strict.yml": STRICT, "README.md": CLAIM})
    _commit(repo)
    proc = run_cli("check", ".", "--baseline-ref", base, "--only-new", "--policy", "policies/strict.yml", cwd=repo)
    assert proc.returncode == 2 and "is a symbolic link in the base commit" in proc.stderr


def test_a_regular_policy_file_is_read_from_the_base(tmp_path: Path) -> None:
    repo, base = _repo(tmp_path, {"policies/strict.yml": STRICT})
    write_tree(repo, {"policies/strict.yml": LENIENT, "README.md": CLAIM})
    _commit(repo)
    proc = run_cli("check", ".", "--baseline-ref", base, "--only-new", "--policy", "policies/strict.yml", cwd=repo)
    assert proc.returncode == 1, proc.stderr
    assert "policies/strict.yml; the policy is read from the base commit" in proc.stderr
    assert "takes effect after merge" in proc.stderr


def test_every_changed_policy_file_is_listed_as_taking_effect_after_merge(tmp_path: Path, monkeypatch) -> None:
    from openwash.baseline import evaluate
    from openwash.github.presentation import comment_body
    from openwash.report.markdown import render_outcome

    repo, base = _repo(tmp_path, {
        ".openwash.yml": "extends: team/org.yml\n", "team/org.yml": STRICT,
        ".openwash/notes.yml": "a: 1\n", "pyproject.toml": "[tool.openwash]\nfail_on = 'error'\n"})
    write_tree(repo, {"team/org.yml": LENIENT, ".openwash/notes.yml": "a: 2\n",
                      "pyproject.toml": "[tool.openwash]\nfail_on = 'never'\n", "README.md": CLAIM})
    _commit(repo)
    proc = run_cli("check", ".", "--baseline-ref", base, "--format", "json", cwd=repo)
    assert proc.returncode == 1, proc.stderr
    changed = json.loads(proc.stdout)["baseline"]["policy_changed_not_applied"]
    assert changed == [".openwash/notes.yml", "pyproject.toml", "team/org.yml"]  # was: only .openwash.yml
    monkeypatch.chdir(repo)
    outcome, _ = evaluate(repo, None, base_ref=base, only_new=True)
    body = comment_body(outcome)
    assert "Policy changes take effect after merge" in body and "team/org\\.yml" in body
    summary = render_outcome(outcome, links="")
    assert "Policy changes take effect after merge" in summary and "pyproject\\.toml" in summary
