"""GitHub presentation (openwash.github.presentation): workflow-command escaping, annotation caps and the
``--format github`` report, the job summary and its size under GitHub's caps, and the sticky comment's body,
marker and find-again logic.

The Markdown these are written in is tests/report/test_markdown.py's; the baseline options of
``openwash check`` are tests/test_baseline.py's and ``openwash action``'s inputs tests/test_action.py's."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer

from action_runner import parse_commands
from conftest import git, make_git_repo, markdown_outside_code, run_cli, write_tree
from openwash import engine, records
from openwash.baseline import Outcome
from openwash.findings import Finding
from openwash.github import presentation as gh
from openwash.github.presentation import (
    MAX_PER_LEVEL,
    command,
    escape_data,
    escape_property,
    stop_commands,
)
from openwash.policy import resolve
from openwash.report import markdown as md
from pr_api import FakePullRequestAPI
from reportkit import LICENSE, card, outside_a_runner


@pytest.fixture(autouse=True)
def _outside_a_runner(monkeypatch: pytest.MonkeyPatch) -> None:
    outside_a_runner(monkeypatch)


# --- workflow commands ---------------------------------------------------------------------------


def test_escaping_follows_the_runner_rules() -> None:
    assert escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    line = command("error", "line1\nline2 ::add-mask::x", file="dir/a,b:c.md", line=3, col=4, title="t: x")
    assert line == "::error file=dir/a%2Cb%3Ac.md,line=3,col=4,title=t%3A x::line1%0Aline2 ::add-mask::x"
    assert "\n" not in line


@settings(max_examples=300, deadline=None)
@given(message=st.text(), file=st.text(), title=st.text())
def test_any_text_becomes_exactly_one_command_that_round_trips(message: str, file: str, title: str) -> None:
    line = command("warning", message, file=file or "x", line=1, title=title or "t")
    commands, plain = parse_commands(line + "\n")
    assert len(commands) == 1 and plain == []
    odd = re.compile(r"[\x00\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
    # terminal and bidi controls arrive as visible escapes (GitHub's log viewer renders ANSI sequences)
    ctl = re.compile(r"[\x01-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")

    def shown(s: str) -> str:
        return ctl.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 256 else f"\\u{ord(m[0]):04x}", odd.sub(" ", s))

    assert commands[0].message == shown(message)
    assert commands[0].properties["file"] == shown(file or "x")


def test_stop_commands_keeps_repository_text_from_issuing_commands() -> None:
    hostile = "README.md\n::add-mask::secret\n  ::set-output name=verdict::pass\n::error::pwned\n::stop-commands::x\n"
    out = stop_commands(hostile) + command("notice", "after") + "\n"
    commands, plain = parse_commands(out)
    assert [c.name for c in commands] == ["stop-commands", "notice"]
    assert "::add-mask::secret" in plain and "::error::pwned" in plain
    tokens = {stop_commands("x").splitlines()[0] for _ in range(5)}
    assert len(tokens) == 5  # a fresh random token every time


def test_annotations_are_capped_per_level_and_most_severe_first(tmp_path: Path) -> None:
    files = {f"m{i:02d}/README.md": card(f"m{i:02d}") for i in range(6)}
    files["LICENSE"] = LICENSE
    root = make_git_repo(tmp_path / "many", files)
    summary = tmp_path / "summary.md"
    proc = run_cli("check", str(root), "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert proc.returncode == 1, proc.stderr
    commands, _ = parse_commands(proc.stdout)
    levels = [c.name for c in commands]
    assert levels.count("error") == MAX_PER_LEVEL
    assert levels == sorted(levels, key=["error", "warning", "notice"].index)
    errors_total = json.loads(run_cli("check", str(root), "--format", "json").stdout)["summary"]["error"]
    assert errors_total > MAX_PER_LEVEL
    text = summary.read_text(encoding="utf-8")
    assert f"{errors_total - MAX_PER_LEVEL} errors not annotated inline" in text
    assert "not annotated" in proc.stdout.splitlines()[-1]
    # The summary lists every finding, including those beyond the cap.
    assert text.count("| **OW101** error") == 6


def test_format_github_without_step_summary_prints_annotations_only(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "one", {"README.md": card("acme"), "LICENSE": LICENSE})
    proc = run_cli("check", str(root), "--format", "github")
    commands, plain = parse_commands(proc.stdout)
    assert {c.name for c in commands} == {"error"}
    assert len(plain) == 1 and plain[0].startswith("openwash: ")


def _many_findings(n: int, result: engine.Result) -> list[Finding]:
    claim = "Acme is a fully open-source model " + "with a very long sentence " * 20
    return [Finding(rule="OW101", severity="error", file=f"models/m{i}/README.md", line=i + 1, column=5,
                    message="'open-source' claim, but no pointer to the training code was found",
                    hint="link the code that trained the released weights " * 5, claim=f"{claim} {i}",
                    missing=("training_code",)) for i in range(n)]


def test_job_summary_and_comment_stay_under_github_limits_with_many_findings(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "r", {"README.md": card("acme"), "LICENSE": LICENSE})
    result = engine.run(root, resolve(root, None))
    big = records.replace(result, findings=_many_findings(5000, result))
    outcome = Outcome(big)
    text = md.render_outcome(outcome, max_bytes=md.SUMMARY_MAX_BYTES)
    size = len(text.encode("utf-8"))
    assert size <= md.SUMMARY_MAX_BYTES < gh.STEP_SUMMARY_LIMIT
    assert "more, not shown here" in text
    assert text.rstrip().endswith("</sub>")  # the closing parts still fit
    assert "### License and evidence found" in text
    body = gh.comment_body(outcome)
    assert len(body) <= gh.COMMENT_BUDGET < gh.COMMENT_MAX_CHARS
    assert body.startswith(gh.STICKY_MARKER)


def test_step_summary_appends_and_respects_what_the_file_already_holds(tmp_path: Path) -> None:
    from openwash.github.presentation import append_step_summary

    root = make_git_repo(tmp_path / "r", {"README.md": card("acme"), "LICENSE": LICENSE})
    result = engine.run(root, resolve(root, None))
    big = Outcome(records.replace(result, findings=_many_findings(5000, result)))
    summary = tmp_path / "summary.md"
    summary.write_text("x" * 600_000, encoding="utf-8")  # an earlier step in the same composite wrote a lot
    append_step_summary(big, {"GITHUB_STEP_SUMMARY": str(summary)})
    assert summary.stat().st_size < gh.STEP_SUMMARY_LIMIT
    assert summary.read_text(encoding="utf-8").startswith("x" * 600_000)


# --- sticky comment ------------------------------------------------------------------------------


def _outcome(tmp_path: Path, files: dict[str, str]) -> Outcome:
    root = make_git_repo(tmp_path / "r", files)
    return Outcome(engine.run(root, resolve(root, None)))


def _post(api: FakePullRequestAPI, outcome: Outcome, token: str = "tok") -> object:
    from openwash.github.pr import state_marker, upsert_sticky_comment

    gating = len(outcome.gating)

    def make_body(previous: int | None) -> str | None:
        if gating == 0 and previous is None:
            return None
        return gh.comment_body(outcome, had_findings_before=bool(previous)) + state_marker(gating)

    return upsert_sticky_comment("acme/models", 7, make_body, token=token, base_url=api.base_url)


def test_sticky_comment_is_found_on_a_later_page_and_edited(httpserver: HTTPServer, tmp_path: Path) -> None:
    api = FakePullRequestAPI(httpserver)
    for i in range(45):
        api.add_comment("acme/models", 7, f"LGTM {i}")
    sticky = api.add_comment("acme/models", 7, gh.STICKY_MARKER + "\nold", "github-actions[bot]", "Bot")
    outcome = _outcome(tmp_path, {"README.md": card("acme"), "LICENSE": LICENSE})
    res = _post(api, outcome)
    assert res.action == "updated" and res.comment_id == sticky["id"]
    assert [w.method for w in api.writes()] == ["PATCH"]
    assert any(r.query.get("page") == "2" for r in api.requests)


def test_a_pasted_marker_by_someone_else_is_not_taken_over(httpserver: HTTPServer, tmp_path: Path) -> None:
    api = FakePullRequestAPI(httpserver)
    api.add_comment("acme/models", 7, gh.STICKY_MARKER + " copied by a person", "mallory", "User")
    outcome = _outcome(tmp_path, {"README.md": card("acme"), "LICENSE": LICENSE})
    res = _post(api, outcome)
    assert res.action == "created"
    assert [w.method for w in api.writes()] == ["POST"]  # never adopted (not even tried): a fresh comment
    res2 = _post(api, outcome)
    assert res2.action == "updated" and res2.comment_id == res.comment_id  # the bot's own one from now on


def test_comment_is_clean_only_when_nothing_to_report(httpserver: HTTPServer, tmp_path: Path) -> None:
    api = FakePullRequestAPI(httpserver)
    clean = _outcome(tmp_path, {"README.md": "# Tools\n\nScripts.\n"})
    res = _post(api, clean)
    assert res.action == "skipped" and api.writes() == []


def test_comment_errors_never_raise(httpserver: HTTPServer, tmp_path: Path) -> None:
    api = FakePullRequestAPI(httpserver)
    api.fail_status = 500
    outcome = _outcome(tmp_path, {"README.md": card("acme"), "LICENSE": LICENSE})
    res = _post(api, outcome)
    assert res.action == "failed" and "500" in res.message
    api.fail_status = None
    from openwash.github.pr import upsert_sticky_comment

    res = upsert_sticky_comment("acme/models", 7, lambda prev: "x", token=None, base_url=api.base_url)
    assert res.action == "skipped" and api.requests[-1].method == "GET"  # no request without a token


def test_the_token_never_leaves_the_configured_api_host(httpserver: HTTPServer, tmp_path: Path) -> None:
    other = HTTPServer(host="127.0.0.1", port=0)
    other.expect_request(re.compile(".*")).respond_with_json([])
    other.start()
    try:
        api = FakePullRequestAPI(httpserver)
        comment = api.add_comment("acme/models", 7, gh.STICKY_MARKER, "github-actions[bot]", "Bot")
        comment["url"] = other.url_for("/repos/acme/models/issues/comments/1")  # a hostile server answer
        outcome = _outcome(tmp_path, {"README.md": card("acme"), "LICENSE": LICENSE})
        res = _post(api, outcome, token="secret-token")
        # the comment is edited at the API host's own address for it: the URL in the answer is never followed
        assert res.action == "updated" and res.comment_id == comment["id"], res
        assert [(w.method, w.path) for w in api.writes()] == [("PATCH", f"/repos/acme/models/issues/comments/"
                                                                        f"{comment['id']}")]
        assert other.log == []
        assert all(r.headers.get("authorization") == "token secret-token" for r in api.requests)
    finally:
        other.clear()
        other.stop()


def test_summary_shows_verdict_findings_waivers_and_evidence(tmp_path: Path) -> None:
    readme = card("acme").replace(
        "Acme is a fully", "<!-- openwash-disable-next-line OW101 -- code lives in @acme/private, see #4 -->\n"
                           "Acme is a fully")
    policy = "waivers:\n  - rule: OW103\n    path: README.md\n    reason: relicensing <script>x</script>\n" \
             "    expires: 2099-01-01\nmax_waiver_days: 36500\n"
    root = make_git_repo(tmp_path / "acme", {"README.md": readme, "LICENSE": LICENSE, ".openwash.yml": policy})
    summary = tmp_path / "summary.md"
    proc = run_cli("check", str(root), "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)})
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## openwash: ") and ("❌ fail" in text) == (proc.returncode == 1)
    assert "### Findings" in text
    waivers = text.split("### Waivers and suppressions in force", 1)[1].split("###", 1)[0]
    assert "OW101" in waivers and "OW103" in waivers
    assert "relicensing" in waivers and "<script>" not in waivers and "&lt;script&gt;" in waivers
    outside, codes = markdown_outside_code(waivers)
    assert "@acme" not in outside and "#4" not in outside and "#4" in codes
    evidence = text.split("### License and evidence found", 1)[1]
    assert "**License:**" in evidence and "**Training code:** none found" in evidence
    assert "**Weights:** `https://huggingface" in evidence
    assert str(tmp_path) not in text.replace("\\", "")  # paths relative to the repository
    # Waived findings are not annotated.
    commands, _ = parse_commands(proc.stdout)
    assert not [c for c in commands if c.name == "error" and c.properties["title"].split()[1] in ("OW101", "OW103")]


def test_a_suppression_added_by_the_change_is_shown_as_suppressed_not_fixed(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "acme", {"README.md": card("acme"), "LICENSE": LICENSE})
    base = git(root, "rev-parse", "HEAD").strip()
    silenced = card("acme").replace("Acme is a fully", "<!-- openwash-disable-next-line OW101, OW102, OW103 -- not our call -->\n"
                                                       "Acme is a fully")
    write_tree(root, {"README.md": silenced})
    git(root, "commit", "-qam", "silence")
    summary = tmp_path / "summary.md"
    proc = run_cli("check", str(root), "--format", "github", "--baseline-ref", base, "--only-new",
                   env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    text = summary.read_text(encoding="utf-8")
    assert "0 fixed · 3 suppressed" in text and "### Suppressed or waived by this change" in text
    assert "not our call" in text.split("### Waivers and suppressions in force", 1)[1]
    data = json.loads(run_cli("check", str(root), "--format", "json", "--baseline-ref", base).stdout)
    assert len(data["baseline"]["suppressed"]) == 3 and data["baseline"]["fixed"] == []
