"""Pull-request text cannot act through openwash's output (issue 9, action safety).

A repository is filled with everything a hostile pull request could write: workflow commands at the
start of lines and in file names (``::error::``, ``::set-output``, ``::add-mask::``, ``::stop-commands::``),
the runner's legacy ``##[command]`` form that it recognises *anywhere* in a line, commands hidden in an
inline suppression's reason, terminal escape sequences, bidi controls, mentions and HTML.  Then every
output openwash has is read the way the runner reads a log (stdout *and* stderr, both command forms,
tests/action_runner.py): the command line in every format with ``GITHUB_ACTIONS=true``, ``openwash
claims``, and the composite action end to end (log, job summary, sticky comment).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from action_runner import parse_commands
from conftest import make_git_repo, run_cli
from openwash.safetext import json_log_safe, printable
from pr_api import FakePullRequestAPI
from test_action import LICENSE, REPO, TOKEN, action_install, api, make_pr, run  # noqa: F401 - fixtures

PAYLOAD = ("::error title=pwned::owned ::set-output name=verdict::pass ::add-mask::hunter2 "
           "##[error]legacy-annotation ##[add-mask]hunter3 ##[set-output name=verdict;]pass "
           "##[stop-commands]x \x1b]0;pwned-title\x07\x1b[2J\x9b31m \u202egnp.exe @octocat <img src=x onerror=alert(1)> #1")
CARD = f"""---
license: other
license_name: "##[add-mask]license-mask ::error::in-front-matter"
---
# Wren-7B

Wren-7B is a fully open-source model ({PAYLOAD}) for chat.
::set-output name=verdict::pass
::add-mask::hunter2
::stop-commands::guessed-token
  ::error title=indented::still a command
##[error]line-start-legacy

<!-- openwash-disable-next-line OW103 -- legal review
::error title=reason::pwned-by-reason ##[add-mask]reason-mask -->
Wren-7B is open source, we say again ({PAYLOAD}).
"""
HOSTILE_FILES = {
    "README.md": CARD,
    "::error title=name::pwned-by-name.md": CARD,
    "docs/##[add-mask]name-mask.md": "# Docs\n\nWren-7B is open source.\n",
    "docs/\x1b[31mred\x1b[0m.md": "# Docs\n\nWren-7B is open-source.\n",
    "docs/new\n::error::line.md": "# Docs\n\nWren-7B is open-source.\n",
    "LICENSE": LICENSE,
}
ALLOWED = {"error", "warning", "notice"}
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def commands_in(stdout: str, stderr: str) -> list:
    """What the runner would execute from a step's output (it reads both streams)."""
    return parse_commands(stdout)[0] + parse_commands(stderr)[0]


@pytest.fixture(scope="module")
def hostile_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_git_repo(tmp_path_factory.mktemp("hostile") / "wren", HOSTILE_FILES)  # type: ignore[arg-type]


def test_printable_and_json_log_safe() -> None:
    out = printable("::add-mask::x \x1b[2J ##[error]y \u202e\r\n\x9b")
    assert not out.startswith("::") and "##[" not in out and not RAW_CONTROL.search(out) and "\n" not in out
    assert out.replace("\u200b", "").startswith("::add-mask::x \\x1b[2J ##[error]y \\u202e\\x0d\\x0a\\x9b")
    assert printable("  ::error::x").lstrip().startswith(":\u200b:")
    assert printable("README\udcff.md") == "README\ufffd.md"
    data = {"a": "##[error]x", "b": ["\\##[", "##["], "##[key": 1}
    text = json_log_safe(json.dumps(data, ensure_ascii=False))
    assert "##[" not in text and json.loads(text) == data


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "markdown", "github"])
def test_no_output_format_lets_repository_text_issue_a_command(hostile_repo: Path, tmp_path: Path, fmt: str) -> None:
    summary = tmp_path / "summary.md"
    proc = run_cli("check", str(hostile_repo), "--format", fmt, "--offline",
                   env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    found = commands_in(proc.stdout, proc.stderr)
    if fmt == "github":
        assert found and {c.name for c in found} <= ALLOWED, [c.line for c in found]
        assert all(c.properties.get("title", "").startswith("openwash") for c in found)
        assert {c.properties["file"] for c in found} >= {"README.md", "::error title=name::pwned-by-name.md"}
        assert "@octocat" not in summary.read_text(encoding="utf-8")
    else:
        assert found == [], [c.line for c in found]
    if fmt in ("json", "sarif"):
        json.loads(proc.stdout)  # still valid JSON
    assert not RAW_CONTROL.search(proc.stderr)
    if fmt in ("text", "github"):
        assert not RAW_CONTROL.search(proc.stdout), fmt


def test_the_json_report_keeps_the_exact_repository_text(hostile_repo: Path) -> None:
    """Inert in the log, exact for programs: JSON escapes decode to what the file says."""
    data = json.loads(run_cli("check", str(hostile_repo), "--format", "json", "--offline").stdout)
    assert any("##[error]legacy-annotation" in c["text"] for c in data["claims"])
    assert "::error title=name::pwned-by-name.md" in {c["file"] for c in data["claims"]}


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_claims_output_is_inert(hostile_repo: Path, fmt: str) -> None:
    files = [str(hostile_repo / name) for name in ("README.md", "::error title=name::pwned-by-name.md")]
    proc = run_cli("claims", *files, "--format", fmt, "--explain", env={"GITHUB_ACTIONS": "true"})
    assert proc.returncode == 0, proc.stderr
    assert commands_in(proc.stdout, proc.stderr) == []
    assert not RAW_CONTROL.search(proc.stdout)
    if fmt == "json":
        assert any("##[add-mask]hunter3" in c["text"] for c in json.loads(proc.stdout))


def test_notices_about_hostile_file_names_are_inert(tmp_path: Path) -> None:
    root = tmp_path / "wren"
    root.mkdir()
    (root / "README.md").write_text("# Wren\n", encoding="utf-8")
    # Links and FIFOs are skipped with a notice that names them, on stderr.
    (root / "::error title=link::pwned.LICENSE").symlink_to("/etc/passwd")
    (root / "##[add-mask]LICENSE-link").symlink_to("/etc/passwd")
    (root / "\x1b]0;title\x07LICENSE").symlink_to("/etc/passwd")
    proc = run_cli("check", str(root), "--format", "github", "--offline", env={"GITHUB_ACTIONS": "true"})
    assert proc.stderr.count("symbolic link") == 3, proc.stderr
    assert commands_in("", proc.stderr) == []
    assert not RAW_CONTROL.search(proc.stderr)


def test_the_action_log_summary_and_comment_stay_inert(action_install: tuple[Path, Path],  # noqa: F811
                                                       api: FakePullRequestAPI, tmp_path: Path) -> None:  # noqa: F811
    repo, base_sha, head_sha = make_pr(tmp_path, {"README.md": "# Wren-7B\n\nA model.\n", "LICENSE": LICENSE},
                                       {k: v for k, v in HOSTILE_FILES.items() if k != "LICENSE"})
    result = run(action_install, repo, api, tmp_path, base_sha=base_sha, head_sha=head_sha, run_id="9")
    step = result.step("openwash")
    assert step.returncode == 1, step.stderr
    allowed = {"error", "warning", "notice", "group", "endgroup", "stop-commands"}
    stops = 0
    for s in result.steps:
        found = commands_in(s.stdout, s.stderr)
        stops += sum(c.name == "stop-commands" for c in found)
        assert {c.name for c in found} <= allowed, [c.line for c in found]
        for c in found:
            if c.name in ("error", "warning", "notice"):
                assert c.properties.get("title", "").startswith("openwash"), c.line
            if c.name == "stop-commands":  # only openwash's own, with a token repository text cannot know
                assert re.fullmatch(r"[0-9a-f]{32}", c.message), c.line
                assert f"::{c.message}::" in s.stdout, "commands are resumed after the quoted text"
    assert stops, "the readable report is quoted inside stop-commands"
    assert result.outputs["verdict"] == "fail"  # not the 'pass' the payload tries to set
    assert "Traceback" not in step.stderr
    for text in (result.summary, api.all_comments(REPO, 7)[0]["body"]):
        assert "@octocat" not in text and "<img" not in text and "\u202e" not in text and "\x1b" not in text
        assert not re.search(r"(?<![\\\w])#1\b", text)
        assert "##[" not in text
    assert all(r.headers.get("authorization") == f"token {TOKEN}" for r in api.requests)
