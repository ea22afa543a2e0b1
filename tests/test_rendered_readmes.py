"""Issue 16, item 4: the documents GitHub shows on the repository page are in scope.

Reproduction from the review: GitHub shows ``.github/README.md`` on the repository page in preference to
the root README, but the default exclude ``**/.*/**`` dropped it, so a claim there was never checked."""

from __future__ import annotations

import pytest

from conftest import check_json, make_git_repo

CLAIM = ("# Widget\n\nThe weights are on [Hugging Face](https://huggingface.co/acme-example/widget).\n\n"
         "Widget is an open-source model.\n")


@pytest.mark.parametrize("path", [".github/README.md", ".github/readme.md", "docs/README.md", "README.md"])
def test_rendered_readme_is_checked(tmp_path, path: str) -> None:
    repo = make_git_repo(tmp_path / "repo", {path: CLAIM, "main.py": "pass\n"})
    code, report = check_json(repo)
    assert code == 1, report  # was: .github/README.md passed with 0 claims
    assert {f["file"] for f in report["findings"]} == {path}


def test_other_hidden_folders_stay_out_of_scope(tmp_path) -> None:
    repo = make_git_repo(tmp_path / "repo", {".github/ISSUE_TEMPLATE/bug.md": CLAIM, ".venv/README.md": CLAIM,
                                             ".github/sub/README.md": CLAIM, "README.md": "# Widget\n"})
    code, report = check_json(repo)
    assert code == 0 and report["claims"] == []


def test_the_sweep_checks_github_readme_too(tmp_path) -> None:
    from fakegithub import FakeGitHub
    from orgkit import by_repo, org_json

    with FakeGitHub() as gh:
        gh.add_repo("acme", "widget", {".github/README.md": CLAIM, "README.md": "# Widget\n"})
        _code, report, _ = org_json(gh, tmp_path / "cache")
    findings = by_repo(report)["acme/widget"]["findings"]
    assert findings and {f["file"] for f in findings} == {".github/README.md"}
