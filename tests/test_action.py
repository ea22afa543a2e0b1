"""The composite action, run the way GitHub runs it (tests/action_runner.py) against a fake GitHub API.

Each test builds a real git repository with a base commit and a pull-request head commit, writes a
real-shaped ``pull_request`` event, and executes action.yml's steps: the install step really runs
``pip install "$GITHUB_ACTION_PATH"`` (a copy of this project) into a virtualenv, offline and without
dependency resolution (the dependencies come from the test environment through a .pth file), and
the run step runs the installed openwash.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from pytest_httpserver import HTTPServer

from action_runner import (
    ActionRun,
    clean_env,
    parse_commands,
    pull_request_event,
    read_output_file,
    run_action,
)
from conftest import ROOT, git, make_git_repo, markdown_outside_code, run_cli, write_tree
from pr_api import FakePullRequestAPI
from reportkit import LICENSE as SHORT_LICENSE
from reportkit import card as short_card
from reportkit import outside_a_runner, pr_repo

REPO = "acme/models"
TOKEN = "ghs_fake_token_for_tests"
MARKER = "<!-- openwash:sticky -->"

BASE_README = """---
license: other
license_name: acme-community-license
license_link: LICENSE
pipeline_tag: text-generation
---
# Acme-7B

Acme-7B is a fully open-source 7B language model for chat and summarisation.

## Download

The weights are on [Hugging Face](https://huggingface.co/acme-example/acme-7b).

## Quick start

Load it with `acme.load("acme-7b")`.
"""
LICENSE = """ACME COMMUNITY LICENSE AGREEMENT

You may use the Acme Materials for research. Commercial use needs a separate license
from Acme. You may not use the outputs to improve other language models.
"""
# A card whose claim sentence carries workflow commands, a mention, an issue reference and HTML.
HOSTILE_CARD = """---
license: other
license_name: beta-license
---
# Beta-3B

Beta-3B is an open-source model by @octocat <b>bold</b> (see #12)
::warning file=x.md::injected ::add-mask::hunter2 ::set-output name=verdict::pass and more.
"""
# A file name that is itself a workflow command, if it ever reached the start of a log line unescaped.
HOSTILE_NAME = "::set-output name=verdict::pass.md"


@pytest.fixture(scope="session")
def action_install(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A copy of this project (GITHUB_ACTION_PATH) and a virtualenv for the install step."""
    root = tmp_path_factory.mktemp("action")
    project = root / "openwash-action"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(
        ".git", "*.egg-info", "build", "dist", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis",
        ".venv", "venv", "out"))
    venv = root / "venv"
    proc = subprocess.run([sys.executable, "-m", "virtualenv", "-q", "--no-periodic-update", str(venv)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"virtualenv is not available: {proc.stderr.strip()[-200:]}")
    site = next((venv / "lib").glob("python3*/site-packages"))
    # Dependencies (PyGithub, PyYAML, ...) come from the test environment; openwash itself is installed.
    deps = [p for p in sys.path if p.endswith("site-packages")]
    (site / "zz_test_deps.pth").write_text("\n".join(deps) + "\n", encoding="utf-8")
    return project, venv


@pytest.fixture
def api(httpserver: HTTPServer) -> FakePullRequestAPI:
    return FakePullRequestAPI(httpserver)


def make_pr(tmp_path: Path, base: dict[str, str], head: dict[str, str | None]) -> tuple[Path, str, str]:
    repo = make_git_repo(tmp_path / "models", base)
    base_sha = git(repo, "rev-parse", "HEAD").strip()
    git(repo, "checkout", "-q", "-b", "feature")
    apply(repo, head)
    return repo, base_sha, git(repo, "rev-parse", "HEAD").strip()


def apply(repo: Path, changes: dict[str, str | None], message: str = "change") -> str:
    for rel, content in changes.items():
        if content is None:
            (repo / rel).unlink()
        else:
            write_tree(repo, {rel: content})
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD").strip()


def run(action_install: tuple[Path, Path], repo: Path, api: FakePullRequestAPI, tmp_path: Path, *,
        base_sha: str, head_sha: str, inputs: dict[str, str] | None = None, head_repo: str = REPO,
        event_name: str = "pull_request", run_id: str = "1") -> ActionRun:
    project, venv = action_install
    event = pull_request_event(number=7, base_sha=base_sha, head_sha=head_sha, repo=REPO, head_repo=head_repo,
                               api_url=api.base_url, body="Please ::add-mask::x review")
    event_path = tmp_path / f"event-{run_id}.json"
    event_path.write_text(json.dumps(event), encoding="utf-8")
    bin_dir = venv / "bin"
    env = clean_env({
        "PATH": f"{bin_dir}:{clean_env()['PATH']}", "VIRTUAL_ENV": str(venv),
        # Offline and fast: no index, no dependency resolution, no isolated build env.
        "PIP_NO_INDEX": "1", "PIP_NO_DEPS": "1", "PIP_NO_BUILD_ISOLATION": "0",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "GITHUB_EVENT_NAME": event_name, "GITHUB_EVENT_PATH": str(event_path), "GITHUB_REPOSITORY": REPO,
        "GITHUB_API_URL": api.base_url, "GITHUB_SERVER_URL": "https://github.com", "GITHUB_RUN_ID": run_id,
        "GITHUB_SHA": head_sha, "GITHUB_REF": "refs/pull/7/merge", "OPENWASH_GITHUB_NO_THROTTLE": "1",
    })
    github = {"token": TOKEN, "event_name": event_name, "repository": REPO, "api_url": api.base_url,
              "event": event, "sha": head_sha}
    return run_action(project, repo, inputs or {}, github=github, env=env, runner_temp=tmp_path / f"runner-{run_id}")


def assert_no_injected_commands(result: ActionRun) -> None:
    """Only openwash's own commands reach the runner; repository text never issues one."""
    allowed = {"error", "warning", "notice", "group", "endgroup", "stop-commands"}
    names = {c.name for c in result.commands}
    assert names <= allowed, names
    for c in result.commands:
        if c.name in ("error", "warning", "notice"):
            assert c.properties.get("title", "").startswith("openwash"), c.line
            assert set(c.properties) <= {"file", "line", "col", "endLine", "endColumn", "title"}, c.line


def test_pull_request_new_findings_annotations_summary_outputs_and_one_sticky_comment(
        action_install: tuple[Path, Path], api: FakePullRequestAPI, tmp_path: Path) -> None:
    api.prefix = "/api/v3"  # GitHub Enterprise Server layout, reached through GITHUB_API_URL
    repo, base_sha, head_sha = make_pr(tmp_path, {"README.md": BASE_README, "LICENSE": LICENSE}, {
        # Unrelated edit above the old claim (moves it two lines down) and a new model card with a new claim.
        "README.md": BASE_README.replace("# Acme-7B\n", "# Acme-7B\n\nA chat model.\n"),
        "models/beta/README.md": HOSTILE_CARD,
        HOSTILE_NAME: HOSTILE_CARD.replace("Beta-3B", "Gamma-1B"),
    })
    first = run(action_install, repo, api, tmp_path, base_sha=base_sha, head_sha=head_sha,
                inputs={"sarif-file": "openwash.sarif"}, run_id="1")
    # Python >= 3.10 is on PATH, so the setup-python step's condition is false.
    assert first.step("python").outputs == {"found": "true"}
    setup = next(s for s in first.steps if "setup-python" in s.uses)
    assert setup.skipped_because == "condition"
    install = first.step("install")
    assert install.status == "success", install.stderr
    assert "openwash" in install.stdout and Path(install.outputs["python"]).is_file()
    step = first.step("openwash")
    assert step.returncode == 1, step.stderr
    assert "Traceback" not in step.stderr

    # Annotations: only the new findings, errors first, escaped positions, nothing on the old claim.
    errors = first.annotations("error")
    warnings = first.annotations("warning")
    assert errors and all(c.properties["file"] in ("models/beta/README.md", HOSTILE_NAME) for c in errors)
    assert {c.properties["file"] for c in errors} == {"models/beta/README.md", HOSTILE_NAME}
    assert not [c for c in first.annotations() if c.properties.get("file") == "README.md"]
    beta = [c for c in errors if c.properties["file"] == "models/beta/README.md"]
    assert {c.properties["title"].split()[1] for c in beta} == {"OW101", "OW102", "OW103"}
    for c in beta:
        assert c.properties["line"] == "7" and c.properties["col"] == "15"
        assert c.properties["endLine"] == "7" and int(c.properties["endColumn"]) > 15
        assert "Claim: “Beta-3B is an open-source model" in c.message
        assert "\n" in c.message  # multi-line message survived escaping as one command
    first_warning = next(i for i, c in enumerate(first.commands) if c.name == "warning" and "file" in c.properties)
    assert all(i < first_warning for i, c in enumerate(first.commands) if c.name == "error")
    assert warnings and all("OW202" in c.properties["title"] for c in warnings)
    assert_no_injected_commands(first)
    # The readable report (with the hostile file name at the start of a line) went inside stop-commands, and
    # the name itself was printed inert (a zero-width space breaks the leading '::').
    assert any(line.replace("\u200b", "").startswith(HOSTILE_NAME) for line in first.plain)
    assert not any(line.lstrip().startswith("::set-output") for line in first.plain)

    # Outputs, as the composite action exposes them.
    assert first.outputs["verdict"] == "fail"
    assert first.outputs["errors"] == "6" and first.outputs["warnings"] == "2"
    assert first.outputs["new-findings"] == "8"
    assert first.outputs["sarif-file"] == "openwash.sarif"
    sarif = json.loads((repo / "openwash.sarif").read_text(encoding="utf-8"))
    states = {r["baselineState"] for r in sarif["runs"][0]["results"]}
    assert states == {"new", "unchanged"}

    # Job summary: verdict, new findings table, pre-existing listed apart, evidence.
    summary = first.summary
    assert summary.startswith("## openwash: ❌ fail")
    assert "### New findings" in summary and "### Pre-existing findings" in summary
    new_part, pre_part = summary.split("### Pre-existing findings", 1)
    assert "models/beta/README\\.md:7" in new_part
    assert "README\\.md:11" in pre_part and "README\\.md:11" not in new_part
    assert "### License and evidence found" in summary
    assert f"(https://github.com/{REPO}/blob/{head_sha}/models/beta/README.md#L7)" in summary
    assert "@octocat" not in markdown_outside_code(summary)[0] and "<b>" not in summary

    # The sticky comment: created once through the GHES API root, token sent there.
    writes = api.writes()
    assert [w.method for w in writes] == ["POST"]
    assert all(r.path.startswith("/api/v3/") for r in api.requests)
    assert all(r.headers.get("authorization") == f"token {TOKEN}" for r in api.requests)
    comments = api.all_comments(REPO, 7)
    assert len(comments) == 1
    body = comments[0]["body"]
    assert body.startswith(MARKER)
    assert "openwash: ❌" in body and "introduced by this pull request" in body
    assert "`@octocat`" in body and "@octocat" not in markdown_outside_code(body)[0]
    assert "<b>" not in body and "#12" not in markdown_outside_code(body)[0]
    assert "README\\.md:11" not in body  # pre-existing findings are not blamed on the pull request
    assert "https://github.com/acme/models/blob/" + head_sha in body

    # Second run on the same head: the same comment is edited (PATCH), no second comment.
    second = run(action_install, repo, api, tmp_path, base_sha=base_sha, head_sha=head_sha, run_id="2")
    assert second.step("openwash").returncode == 1
    writes = api.writes()
    assert [w.method for w in writes] == ["POST", "PATCH"]
    assert writes[1].path == f"/api/v3/repos/{REPO}/issues/comments/{comments[0]['id']}"
    assert len(api.all_comments(REPO, 7)) == 1
    assert "actions/runs/2" in api.all_comments(REPO, 7)[0]["body"]

    # The pull request fixes its claims: the check passes and the comment says so.
    fixed_sha = apply(repo, {"models/beta/README.md": None, HOSTILE_NAME: None})
    third = run(action_install, repo, api, tmp_path, base_sha=base_sha, head_sha=fixed_sha, run_id="3")
    assert third.step("openwash").returncode == 0, third.step("openwash").stderr
    assert third.outputs["verdict"] == "pass" and third.outputs["new-findings"] == "0"
    assert not third.annotations("error")
    assert [w.method for w in api.writes()] == ["POST", "PATCH", "PATCH"]
    final = api.all_comments(REPO, 7)
    assert len(final) == 1 and "all fixed" in final[0]["body"]
    assert "## openwash: ✅ pass" in third.summary


def test_pull_request_touching_unrelated_lines_passes_with_only_new(
        action_install: tuple[Path, Path], api: FakePullRequestAPI, tmp_path: Path) -> None:
    # Lines added above the old claim (it moves) and an edit below it; the claim itself is untouched.
    readme = BASE_README.replace("# Acme-7B\n", "# Acme-7B\n\nA chat model.\n\nFast.\n")
    readme = readme.replace("Load it with", "Install it, then load it with")
    repo, base_sha, head_sha = make_pr(tmp_path, {"README.md": BASE_README, "LICENSE": LICENSE},
                                       {"README.md": readme})
    result = run(action_install, repo, api, tmp_path, base_sha=base_sha, head_sha=head_sha)
    step = result.step("openwash")
    assert step.returncode == 0, step.stdout + step.stderr
    python = result.outputs.pop("python")  # the interpreter later steps use (openwash export --format badge)
    assert Path(python).is_file()
    assert result.outputs == {"errors": "0", "warnings": "0", "new-findings": "0", "sarif-file": "",
                              "verdict": "pass"}
    assert not result.annotations("error") and not result.annotations("warning")
    assert "### Pre-existing findings" in result.summary and "3 pre-existing" in result.summary
    assert api.writes() == []  # clean and never commented: no comment noise


def test_pull_request_cannot_relax_its_own_policy(action_install: tuple[Path, Path], api: FakePullRequestAPI,
                                                 tmp_path: Path) -> None:
    relax = "mode: annotate\nfail_on: never\nrules:\n  OW101: off\n  OW102: off\n  OW103: off\n" \
            "waivers:\n  - rule: OW104\n    path: '**'\n    reason: trust me\n    expires: 2999-01-01\n"
    repo, base_sha, head_sha = make_pr(tmp_path, {"README.md": "# Tools\n\nSmall scripts.\n", "LICENSE": LICENSE},
                                       {".openwash.yml": relax, "README.md": BASE_README})
    result = run(action_install, repo, api, tmp_path, base_sha=base_sha, head_sha=head_sha,
                 inputs={"comment": "false", "policy": ".openwash.yml"})
    step = result.step("openwash")
    assert step.returncode == 1, step.stdout + step.stderr
    assert result.outputs["verdict"] == "fail"
    assert {c.properties["title"].split()[1] for c in result.annotations("error")} >= {"OW101", "OW102", "OW103"}
    assert "\\.openwash\\.yml" in result.summary and "takes effect after merge" in result.summary
    notes = [c.message for c in result.annotations("notice")]
    assert any("read from the base commit" in n for n in notes)
    assert not [r for r in api.requests if "/issues" in r.path]  # comment: false


def test_fork_pull_request_with_read_only_token_skips_the_comment_with_a_notice(
        action_install: tuple[Path, Path], api: FakePullRequestAPI, tmp_path: Path) -> None:
    api.read_only = True
    repo, base_sha, head_sha = make_pr(tmp_path, {"README.md": "# Tools\n\nSmall scripts.\n", "LICENSE": LICENSE},
                                       {"README.md": BASE_README})
    result = run(action_install, repo, api, tmp_path, base_sha=base_sha, head_sha=head_sha,
                 head_repo="stranger/models", inputs={"fail-on": "never"})
    step = result.step("openwash")
    assert step.returncode == 0, step.stdout + step.stderr  # the comment failing never fails the step
    assert result.outputs["verdict"] == "pass" and int(result.outputs["errors"]) >= 3
    notices = [c.message for c in result.annotations("notice")]
    assert any("comment skipped" in n and "read-only" in n for n in notices), notices
    assert [w.method for w in api.writes()] == ["POST"] and api.all_comments(REPO, 7) == []
    assert result.annotations("error")  # the findings are still annotated


def test_action_metadata_inputs_outputs_and_branding() -> None:
    meta = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert meta["runs"]["using"] == "composite"
    assert set(meta["inputs"]) == {"path", "policy", "mode", "fail-on", "only-new", "comment", "sarif-file",
                                   "github-token"}
    assert meta["inputs"]["github-token"]["default"] == "${{ github.token }}"
    assert meta["inputs"]["only-new"]["default"] == "auto" and meta["inputs"]["comment"]["default"] == "true"
    assert set(meta["outputs"]) == {"errors", "warnings", "new-findings", "sarif-file", "verdict", "python"}
    assert meta["branding"]["icon"] and meta["branding"]["color"]
    for step in meta["runs"]["steps"]:
        if "run" in step:
            assert step.get("shell") == "bash"
        else:
            assert "@" in step["uses"] and len(step["uses"].split("@")[1]) == 40  # pinned to a commit


def _run_blocks(doc: object) -> list[str]:
    found: list[str] = []
    if isinstance(doc, dict):
        for key, value in doc.items():
            if key == "run" and isinstance(value, str):
                found.append(value)
            else:
                found.extend(_run_blocks(value))
    elif isinstance(doc, list):
        for item in doc:
            found.extend(_run_blocks(item))
    return found


def workflow_files() -> list[Path]:
    return [ROOT / "action.yml", *sorted((ROOT / "examples" / "workflows").glob("*.yml"))]


def test_no_expression_inside_any_run_script() -> None:
    files = workflow_files()
    assert len(files) >= 3
    for path in files:
        blocks = _run_blocks(yaml.safe_load(path.read_text(encoding="utf-8")))
        assert blocks or path.name != "action.yml"
        for block in blocks:
            assert "${{" not in block, f"{path.name}: expression inside run: {block!r}"


def test_no_expression_scan_catches_a_spliced_input(tmp_path: Path) -> None:
    bad = {"runs": {"using": "composite", "steps": [{"shell": "bash", "run": "echo ${{ inputs.path }}"}]}}
    assert any("${{" in b for b in _run_blocks(bad))


def _check_jsonschema() -> str:
    exe = shutil.which("check-jsonschema") or str(Path(sys.executable).parent / "check-jsonschema")
    if not Path(exe).exists():
        pytest.skip("check-jsonschema is not installed (pip install check-jsonschema)")
    return exe


def test_action_yml_validates_against_the_github_actions_schema() -> None:
    proc = subprocess.run([_check_jsonschema(), "--builtin-schema", "vendor.github-actions",
                           str(ROOT / "action.yml")], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_example_workflows_validate_against_the_github_workflows_schema() -> None:
    examples = sorted((ROOT / "examples" / "workflows").glob("*.yml"))
    assert examples
    proc = subprocess.run([_check_jsonschema(), "--builtin-schema", "vendor.github-workflows",
                           *map(str, examples)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_schema_check_rejects_a_broken_action(tmp_path: Path) -> None:
    broken = tmp_path / "action.yml"
    broken.write_text("name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - run: echo hi\n"
                      "      shelll: bash\n", encoding="utf-8")
    proc = subprocess.run([_check_jsonschema(), "--builtin-schema", "vendor.github-actions", str(broken)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0


def test_example_workflows_declare_minimal_permissions_and_pin_actions() -> None:
    for path in sorted((ROOT / "examples" / "workflows").glob("*.yml")):
        wf = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert wf.get("permissions") == {}, path.name  # nothing by default; each job asks for what it needs
        for job in wf["jobs"].values():
            perms = job["permissions"]
            assert perms.get("contents") == "read"
            assert set(perms.values()) <= {"read", "write"}
            assert not any(v == "write" for k, v in perms.items()
                           if k not in ("pull-requests", "security-events")), (path.name, perms)
            for step in job["steps"]:
                uses = step.get("uses", "")
                if uses.startswith(("actions/", "github/")):
                    assert len(uses.split("@")[1]) == 40, uses
    sarif = yaml.safe_load((ROOT / "examples" / "workflows" / "openwash-sarif.yml").read_text(encoding="utf-8"))
    steps = next(iter(sarif["jobs"].values()))["steps"]
    upload = next(s for s in steps if "upload-sarif" in s.get("uses", ""))
    assert upload["with"]["sarif_file"] == "${{ steps.openwash.outputs.sarif-file }}"


def test_harness_evaluates_the_conditions_and_expressions_action_yml_uses() -> None:
    from action_runner import ExpressionError, condition, interpolate

    ctx = {"steps": {"python": {"outputs": {"found": "false"}}}, "inputs": {"path": "."},
           "github": {"token": "t"}, "__status__": "success"}
    assert condition("steps.python.outputs.found != 'true'", ctx) is True
    ctx["steps"]["python"]["outputs"]["found"] = "true"
    assert condition("${{ steps.python.outputs.found != 'true' }}", ctx) is False
    assert interpolate("${{ github.token }}-${{ inputs.path }}", ctx) == "t-."
    assert condition("always() && inputs.path == '.'", {**ctx, "__status__": "failure"}) is True
    assert condition(None, {**ctx, "__status__": "failure"}) is False
    with pytest.raises(ExpressionError):
        interpolate("${{ secrets.X }}", ctx)


# --- openwash action run directly (no runner): outside pull requests, and bad inputs -------------------


@pytest.fixture
def _outside_a_runner(monkeypatch: pytest.MonkeyPatch) -> None:
    outside_a_runner(monkeypatch)


def _action_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {"GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md"), "GITHUB_OUTPUT": str(tmp_path / "output"),
           "GITHUB_REPOSITORY": "acme/models", "GITHUB_API_URL": "http://127.0.0.1:9", "GITHUB_TOKEN": "tok"}
    env.update(extra)
    return env


@pytest.mark.usefixtures("_outside_a_runner")
def test_action_on_push_counts_every_finding_and_does_not_comment(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "acme", {"README.md": short_card("acme"), "LICENSE": SHORT_LICENSE})
    env = _action_env(tmp_path, GITHUB_EVENT_NAME="push", OPENWASH_SARIF_FILE=str(tmp_path / "out.sarif"))
    proc = run_cli("action", cwd=root, env=env)
    assert proc.returncode == 1, proc.stderr
    outputs = read_output_file(tmp_path / "output")
    assert outputs["verdict"] == "fail" and outputs["errors"] == "3" and outputs["new-findings"] == "3"
    assert json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert "comment" not in proc.stdout
    assert (tmp_path / "summary.md").read_text(encoding="utf-8").startswith("## openwash: ❌ fail")


@pytest.mark.usefixtures("_outside_a_runner")
def test_action_only_new_true_outside_a_pull_request_is_a_notice(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "acme", {"README.md": short_card("acme"), "LICENSE": SHORT_LICENSE})
    proc = run_cli("action", cwd=root, env=_action_env(tmp_path, GITHUB_EVENT_NAME="push", OPENWASH_ONLY_NEW="true",
                                                       OPENWASH_MODE="annotate"))
    assert proc.returncode == 0
    commands, _ = parse_commands(proc.stdout)
    assert any(c.name == "notice" and "not a pull request" in c.message for c in commands)


@pytest.mark.usefixtures("_outside_a_runner")
@pytest.mark.parametrize(("name", "value"), [("OPENWASH_MODE", "strict"), ("OPENWASH_FAIL_ON", "sometimes"),
                                             ("OPENWASH_ONLY_NEW", "maybe"), ("OPENWASH_COMMENT", "loud"),
                                             ("OPENWASH_PATH", "does/not/exist")])
def test_action_bad_inputs_exit_2_with_an_error_annotation(tmp_path: Path, name: str, value: str) -> None:
    root = make_git_repo(tmp_path / "acme", {"README.md": "# x\n"})
    proc = run_cli("action", cwd=root, env=_action_env(tmp_path, **{name: value}))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    commands, _ = parse_commands(proc.stdout)
    assert [c.name for c in commands] == ["error"]
    assert read_output_file(tmp_path / "output") == {"verdict": "error"}


@pytest.mark.usefixtures("_outside_a_runner")
def test_action_reads_the_base_from_the_event_and_fetches_it_into_a_shallow_clone(tmp_path: Path) -> None:
    origin, base = pr_repo(tmp_path)
    head = git(origin, "rev-parse", "HEAD").strip()
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth=1", f"file://{origin}", str(clone))
    assert git(clone, "rev-parse", "HEAD").strip() == head
    event = pull_request_event(number=7, base_sha=base, head_sha=head, repo="acme/models")
    (tmp_path / "event.json").write_text(json.dumps(event), encoding="utf-8")
    env = _action_env(tmp_path, GITHUB_EVENT_NAME="pull_request", GITHUB_EVENT_PATH=str(tmp_path / "event.json"),
                      OPENWASH_COMMENT="false")
    proc = run_cli("action", cwd=clone, env=env)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    outputs = read_output_file(tmp_path / "output")
    assert outputs["new-findings"] == "3"  # beta's three; acme's are pre-existing
    commands, _ = parse_commands(proc.stdout)
    assert {c.properties["file"] for c in commands if c.name == "error"} == {"models/beta/README.md"}
    assert os.path.isdir(clone / ".git")
