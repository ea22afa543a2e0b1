"""The Action on a hosted runner's default path (issue 18): no ``VIRTUAL_ENV``, so action.yml makes a private
virtual environment under ``$RUNNER_TEMP`` and pip really resolves openwash's dependencies, here from a
package index the test serves on 127.0.0.1 (tests/localindex.py); and the ``push``, ``schedule`` and
``pull_request_target`` events, with what README.md documents for each: outside pull requests every
finding counts (``only-new: auto`` is false) and no comment is written; on ``pull_request_target`` the
base commit comes from the event, only new findings count and the sticky comment is kept."""

from __future__ import annotations

import json
import os
import shutil
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from action_runner import ActionRun, clean_env, pull_request_event, run_action
from conftest import ROOT, git, make_git_repo
from localindex import LocalIndex, build_wheelhouse
from pr_api import FakePullRequestAPI
from test_action import BASE_README, LICENSE, MARKER, REPO, TOKEN, apply


@pytest.fixture
def api(httpserver: HTTPServer) -> FakePullRequestAPI:
    return FakePullRequestAPI(httpserver)


NEW_CARD = "---\nlicense: other\n---\n# Beta-3B\n\nBeta-3B is an open-source model.\n"


@pytest.fixture(scope="module")
def hosted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(a copy of this project as GITHUB_ACTION_PATH, the wheelhouse of the local index)."""
    root = tmp_path_factory.mktemp("hosted")
    project = root / "openwash-action"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(
        ".git", "*.egg-info", "build", "dist", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis",
        ".venv", "venv", "out"))
    requires = [r for r in metadata.requires("openwash") or [] if "extra ==" not in r]
    wheels = build_wheelhouse(root / "wheels", [*requires, "setuptools>=77"])
    return project, wheels[0].parent


def _run(hosted: tuple[Path, Path], index: LocalIndex, repo: Path, tmp_path: Path, event_name: str,
         event: dict[str, Any], sha: str, api_url: str, inputs: dict[str, str] | None = None) -> ActionRun:
    project, _ = hosted
    event_path = tmp_path / f"event-{event_name}.json"
    event_path.write_text(json.dumps(event), encoding="utf-8")
    # A runner's Python (>= 3.10) on PATH, as on ubuntu-latest; nothing else of the test environment.
    tools = tmp_path / "tools"
    tools.mkdir(exist_ok=True)
    if not (tools / "python3").exists():
        (tools / "python3").symlink_to(sys.executable)
    env = clean_env({
        "PATH": f"{tools}:{clean_env()['PATH']}", "PIP_CONFIG_FILE": os.devnull, "PIP_INDEX_URL": index.url,
        "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_CACHE_DIR": "1", "HOME": str(tmp_path),
        "GITHUB_EVENT_NAME": event_name, "GITHUB_EVENT_PATH": str(event_path), "GITHUB_REPOSITORY": REPO,
        "GITHUB_API_URL": api_url, "GITHUB_SERVER_URL": "https://github.com", "GITHUB_RUN_ID": "1",
        "GITHUB_SHA": sha, "GITHUB_REF": "refs/heads/main", "OPENWASH_GITHUB_NO_THROTTLE": "1",
    })
    assert "VIRTUAL_ENV" not in env and "PIP_NO_INDEX" not in env
    github = {"token": TOKEN, "event_name": event_name, "repository": REPO, "api_url": api_url, "event": event,
              "sha": sha}
    # One runner: the events run one after another with the same $RUNNER_TEMP, so the first run creates
    # the private environment and installs everything, and the later ones install openwash into it again.
    return run_action(project, repo, inputs or {}, github=github, env=env, runner_temp=tmp_path / "runner")


@pytest.mark.slow
def test_hosted_runner_default_path_with_push_schedule_and_pull_request_target(
        hosted: tuple[Path, Path], api: FakePullRequestAPI, tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "models", {"README.md": BASE_README, "LICENSE": LICENSE})
    base_sha = git(repo, "rev-parse", "HEAD").strip()
    with LocalIndex(hosted[1]) as index:
        # push to main: every finding of the commit counts; no pull request, so no comment
        push = _run(hosted, index, repo, tmp_path, "push", {"ref": "refs/heads/main", "before": "0" * 40,
                    "after": base_sha, "repository": {"full_name": REPO}}, base_sha, api.base_url)
        install = push.step("install")
        assert install.status == "success", install.stdout[-2000:] + install.stderr[-3000:]
        venv_python = Path(install.outputs["python"])
        assert venv_python.is_file() and venv_python.is_relative_to(tmp_path / "runner" / "openwash-venv")
        asked = {p.split("/")[2] for p in index.requests if p.startswith("/simple/")}
        assert {"pygithub", "pyyaml", "markdown-it-py", "jsonschema", "requests", "setuptools"} <= asked, asked
        step = push.step("openwash")
        assert step.returncode == 1, step.stderr
        assert push.outputs["verdict"] == "fail" and push.outputs["errors"] == "3"
        assert push.outputs["new-findings"] == "3"  # outside a pull request every finding is "new"
        assert {c.properties["file"] for c in push.annotations("error")} == {"README.md"}
        assert [r for r in api.requests if r.method != "GET"] == []  # no comment outside pull requests
        assert push.summary.startswith("## openwash: ❌ fail")
        assert f"https://github.com/{REPO}/blob/{base_sha}/README.md#L" in push.summary

        # schedule: the same; asking for only new findings says it cannot and counts all of them
        scheduled = _run(hosted, index, repo, tmp_path, "schedule", {"schedule": "17 4 * * 1"}, base_sha,
                         api.base_url, inputs={"only-new": "true", "comment": "true"})
        assert scheduled.step("install").status == "success", scheduled.step("install").stderr[-3000:]
        assert scheduled.outputs["verdict"] == "fail" and scheduled.outputs["errors"] == "3"
        notices = [c.message for c in scheduled.annotations("notice")]
        assert any("not a pull request run: all findings count" in n for n in notices), notices
        assert [r for r in api.requests if r.method != "GET"] == []

        # pull_request_target: base from the event, only what the pull request adds counts, one comment
        git(repo, "checkout", "-q", "-b", "feature")
        head_sha = apply(repo, {"models/beta/README.md": NEW_CARD})
        event = pull_request_event(number=7, base_sha=base_sha, head_sha=head_sha, repo=REPO,
                                   head_repo="contributor/models", api_url=api.base_url)
        event["action"] = "opened"
        target = _run(hosted, index, repo, tmp_path, "pull_request_target", event, base_sha, api.base_url)
        step = target.step("openwash")
        assert step.returncode == 1, step.stderr
        assert {c.properties["file"] for c in target.annotations("error")} == {"models/beta/README.md"}
        assert target.outputs["errors"] == "3"
        assert int(target.outputs["new-findings"]) == 3 + int(target.outputs["warnings"])
        comments = api.all_comments(REPO, 7)
        assert len(comments) == 1 and comments[0]["body"].startswith(MARKER)
        assert "models/beta/README" in comments[0]["body"]
        assert f"https://github.com/{REPO}/blob/{head_sha}/models/beta/README.md#L" in comments[0]["body"]
