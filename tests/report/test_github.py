"""GitHub reporting: workflow-command escaping, annotation caps, the job summary and its size, the sticky
comment's escaping and find-again logic, baseline options on ``openwash check``, and ``openwash action``."""

from __future__ import annotations

import dataclasses
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer

from action_runner import parse_commands, pull_request_event, read_output_file
from conftest import git, make_git_repo, markdown_outside_code, run_cli, write_tree
from openwash import engine
from openwash.baseline import Outcome, compare
from openwash.findings import Finding
from openwash.policy import resolve
from openwash.report import github as gh
from openwash.report import markdown as md
from openwash.report.github import (
    MAX_PER_LEVEL,
    command,
    escape_data,
    escape_property,
    stop_commands,
)
from pr_api import FakePullRequestAPI

CARD = """---
license: other
license_name: {name}-license
license_link: LICENSE
---
# {title}

{title} is a fully open-source language model.

The weights are on [Hugging Face](https://huggingface.co/acme-example/{name}).
"""
LICENSE = "ACME COMMUNITY LICENSE\n\nResearch use only. No commercial use.\n"


def card(name: str) -> str:
    return CARD.format(name=name, title=name.capitalize())


@pytest.fixture(autouse=True)
def _no_throttle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENWASH_GITHUB_NO_THROTTLE", "1")
    for name in ("GITHUB_STEP_SUMMARY", "GITHUB_OUTPUT", "GITHUB_EVENT_PATH", "GITHUB_EVENT_NAME", "GITHUB_TOKEN",
                 "GH_TOKEN", "GITHUB_API_URL"):
        monkeypatch.delenv(name, raising=False)


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


# --- Markdown: escaping and size -----------------------------------------------------------------


def test_md_text_neutralizes_html_mentions_references_links_and_bidi() -> None:
    raw = ("Hi @octocat and @org/team, see #12 and GH-3 <img src=x onerror=alert(1)> <!-- c --> "
           "[click](https://evil.example) https://evil.example www.evil.example a|b `code` $x$ \u202etxt.exe\n"
           "| new row |")
    out = md.md_text(raw, 1000)
    assert "<" not in out and ">" not in out.replace("&gt;", "")
    outside, codes = markdown_outside_code(out)
    assert not re.search(r"@\w", outside)
    assert not re.search(r"#\d", outside)
    assert "https://" not in outside and "www." not in outside
    # what would link or ping is shown as code, exactly (nothing invisible inserted: copy-paste works)
    assert codes == ["@octocat", "@org/team", "#12", "[click](https://evil.example)", "https://evil.example",
                     "www.evil.example"]
    assert not re.search("[\u200b-\u200d\u2060\ufeff]", out)
    assert "\u202e" not in out and "\n" not in out
    assert "\\|" in out and "|" not in out.replace("\\|", "")
    assert "\\`code\\`" in out and "\\$x\\$" in out
    # in a table cell too, and a backtick or a | inside a linkable word cannot break out of the span
    cell = md.md_text("see ``https://x.example/a`b`` and @a|@b", 1000)
    outside, codes = markdown_outside_code(f"| a |\n|---|\n| {cell} |\n")
    assert codes == ["``https://x.example/a`b``", "@a", "@b"] and "@" not in outside


def test_md_text_clips_long_text() -> None:
    assert len(md.md_text("a" * 5000, 100)) <= 100


def _many_findings(n: int, result: engine.Result) -> list[Finding]:
    claim = "Acme is a fully open-source model " + "with a very long sentence " * 20
    return [Finding(rule="OW101", severity="error", file=f"models/m{i}/README.md", line=i + 1, column=5,
                    message="'open-source' claim, but no pointer to the training code was found",
                    hint="link the code that trained the released weights " * 5, claim=f"{claim} {i}",
                    missing=("training_code",)) for i in range(n)]


def test_job_summary_and_comment_stay_under_github_limits_with_many_findings(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "r", {"README.md": card("acme"), "LICENSE": LICENSE})
    result = engine.run(root, resolve(root, None))
    big = dataclasses.replace(result, findings=_many_findings(5000, result))
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
    from openwash.report.github import append_step_summary

    root = make_git_repo(tmp_path / "r", {"README.md": card("acme"), "LICENSE": LICENSE})
    result = engine.run(root, resolve(root, None))
    big = Outcome(dataclasses.replace(result, findings=_many_findings(5000, result)))
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


# --- check options -------------------------------------------------------------------------------


def _pr_repo(tmp_path: Path) -> tuple[Path, str]:
    root = make_git_repo(tmp_path / "acme", {"README.md": card("acme"), "LICENSE": LICENSE})
    base = git(root, "rev-parse", "HEAD").strip()
    write_tree(root, {"models/beta/README.md": card("beta"),
                      "README.md": card("acme").replace("# Acme\n", "# Acme\n\nIntro line.\n")})
    git(root, "add", "-A")
    git(root, "commit", "-qm", "head")
    return root, base


def test_only_new_json_marks_new_and_preexisting_and_keeps_the_contract(tmp_path: Path) -> None:
    root, base = _pr_repo(tmp_path)
    proc = run_cli("check", str(root), "--format", "json", "--baseline-ref", base, "--only-new")
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    for key in ("tool", "policy", "claims", "evidence", "is_model_release", "findings", "summary"):
        assert key in data
    new = {(f["file"], f["rule"]) for f in data["findings"] if f["new"]}
    old = {(f["file"], f["rule"]) for f in data["findings"] if not f["new"]}
    assert all(file == "models/beta/README.md" for file, _ in new) and new
    assert all(file == "README.md" for file, _ in old) and old
    assert data["baseline"]["sha"].startswith(base[:7]) and data["baseline"]["new"] == len(new)
    assert data["verdict"] == "fail"


def test_only_new_passes_when_the_change_adds_nothing(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "acme", {"README.md": card("acme"), "LICENSE": LICENSE})
    base = git(root, "rev-parse", "HEAD").strip()
    text = card("acme").replace("# Acme\n", "# Acme\n\n![badge](badge.svg)\n") + "\n## Changelog\n\n- faster\n"
    write_tree(root, {"README.md": text})
    git(root, "commit", "-qam", "edit unrelated lines")
    assert run_cli("check", str(root)).returncode == 1
    proc = run_cli("check", str(root), "--baseline-ref", base, "--only-new")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 new" in proc.stdout
    assert not [w for w in git(root, "worktree", "list").splitlines() if "openwash-base" in w]


def test_policy_comes_from_the_baseline_commit(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "acme", {"README.md": "# Tools\n\nScripts.\n", "LICENSE": LICENSE})
    base = git(root, "rev-parse", "HEAD").strip()
    write_tree(root, {".openwash.yml": "mode: annotate\nrules:\n  OW101: off\n", "README.md": card("acme")})
    git(root, "add", "-A")
    git(root, "commit", "-qm", "relax")
    assert run_cli("check", str(root)).returncode == 0  # the head's own policy would let it through
    proc = run_cli("check", str(root), "--baseline-ref", base, "--only-new", "--format", "json")
    assert proc.returncode == 1
    assert "OW101" in {f["rule"] for f in json.loads(proc.stdout)["findings"]}
    assert "read from the base commit" in proc.stderr
    # An explicit policy path that the base commit does not have: the base's own policy applies.
    proc = run_cli("check", str(root), "--baseline-ref", base, "--only-new", "--policy", ".openwash.yml", cwd=root)
    assert proc.returncode == 1 and "does not exist on the base commit" in proc.stderr


@pytest.mark.parametrize(("extra", "code"), [(("--fail-on", "never"), 0), (("--mode", "annotate"), 0),
                                             (("--fail-on", "error"), 1)])
def test_fail_on_and_mode_override_the_policy(tmp_path: Path, extra: tuple[str, ...], code: int) -> None:
    root = make_git_repo(tmp_path / "acme", {"README.md": card("acme"), "LICENSE": LICENSE})
    assert run_cli("check", str(root), *extra).returncode == code


def test_fail_on_warning_fails_on_warnings_only_repos(tmp_path: Path) -> None:
    text = "---\nlicense: other\n---\n# Tools\n\nScripts for data cleaning.\n"
    root = make_git_repo(tmp_path / "w", {"README.md": text})
    data = json.loads(run_cli("check", str(root), "--format", "json").stdout)
    assert data["summary"]["error"] == 0 and data["summary"]["warning"] >= 1
    assert run_cli("check", str(root)).returncode == 0
    assert run_cli("check", str(root), "--fail-on", "warning").returncode == 1


@pytest.mark.parametrize("args", [("--only-new",), ("--baseline-ref", "0123456789abcdef0123456789abcdef01234567"),
                                  ("--baseline-ref", "--help-me")])
def test_baseline_usage_errors_exit_2_without_traceback(tmp_path: Path, args: tuple[str, ...]) -> None:
    root = make_git_repo(tmp_path / "acme", {"README.md": card("acme"), "LICENSE": LICENSE})
    proc = run_cli("check", str(root), *args)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "openwash: error" in proc.stderr


def test_baseline_needs_git(tmp_path: Path) -> None:
    write_tree(tmp_path / "plain", {"README.md": card("acme")})
    proc = run_cli("check", str(tmp_path / "plain"), "--baseline-ref", "HEAD")
    assert proc.returncode == 2 and "git repository" in proc.stderr


def test_compare_is_a_multiset_by_fingerprint() -> None:
    def f(line: int, claim: str) -> Finding:
        return Finding("OW101", "error", "README.md", line, 1, "m", "h", claim=claim)

    head = [f(3, "Acme is open source."), f(9, "Acme is  OPEN source!"), f(12, "Beta is open source."),
            f(20, "Hushed is open source.").waive("suppressed inline at README.md:19: reason")]
    base = [f(1, "Acme is open source."), f(5, "Gone is open source."), f(7, "Hushed is open source.")]
    c = compare(head, base, "main", "abc")
    assert [x.line for x in c.preexisting] == [3]
    assert [x.line for x in c.new] == [9, 12]  # a second copy of an old claim is new
    assert [x.claim for x in c.fixed] == ["Gone is open source."]
    assert [x.claim for x in c.suppressed] == ["Hushed is open source."]  # silenced, not fixed


# --- openwash action outside pull requests, and bad inputs ---------------------------------------


def _action_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {"GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md"), "GITHUB_OUTPUT": str(tmp_path / "output"),
           "GITHUB_REPOSITORY": "acme/models", "GITHUB_API_URL": "http://127.0.0.1:9", "GITHUB_TOKEN": "tok"}
    env.update(extra)
    return env


def test_action_on_push_counts_every_finding_and_does_not_comment(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "acme", {"README.md": card("acme"), "LICENSE": LICENSE})
    env = _action_env(tmp_path, GITHUB_EVENT_NAME="push", OPENWASH_SARIF_FILE=str(tmp_path / "out.sarif"))
    proc = run_cli("action", cwd=root, env=env)
    assert proc.returncode == 1, proc.stderr
    outputs = read_output_file(tmp_path / "output")
    assert outputs["verdict"] == "fail" and outputs["errors"] == "3" and outputs["new-findings"] == "3"
    assert json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert "comment" not in proc.stdout
    assert (tmp_path / "summary.md").read_text(encoding="utf-8").startswith("## openwash: ❌ fail")


def test_action_only_new_true_outside_a_pull_request_is_a_notice(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "acme", {"README.md": card("acme"), "LICENSE": LICENSE})
    proc = run_cli("action", cwd=root, env=_action_env(tmp_path, GITHUB_EVENT_NAME="push", OPENWASH_ONLY_NEW="true",
                                                       OPENWASH_MODE="annotate"))
    assert proc.returncode == 0
    commands, _ = parse_commands(proc.stdout)
    assert any(c.name == "notice" and "not a pull request" in c.message for c in commands)


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


def test_action_reads_the_base_from_the_event_and_fetches_it_into_a_shallow_clone(tmp_path: Path) -> None:
    origin, base = _pr_repo(tmp_path)
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


def test_base_tree_from_git_archive_matches_the_worktree(tmp_path: Path) -> None:
    """The fallback for repositories that cannot take a worktree gives the same base findings."""
    from openwash.baseline import _extract_archive, checkout

    root, _ = _pr_repo(tmp_path)
    (root / "link-out").symlink_to("/etc/passwd")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "symlink")
    head = git(root, "rev-parse", "HEAD").strip()

    def files(tree: Path) -> set[str]:
        return {p.relative_to(tree).as_posix() for p in tree.rglob("*") if not p.is_dir() and p.name != ".git"}

    def findings(tree: Path) -> list[tuple[str, str, int]]:
        res = engine.run(tree, resolve(tree, None))
        return [(f.rule, f.file, f.line) for f in res.findings]

    with checkout(root, head) as tree:
        expected_files, expected = files(tree), findings(tree)
    dest = tmp_path / "archive" / root.name
    _extract_archive(root, head, dest)
    assert "link-out" in expected_files and files(dest) == expected_files - {"link-out"}
    assert not os.path.lexists(dest / "link-out")  # a link out of the tree is left out
    assert findings(dest) == expected and expected
    with pytest.raises(Exception, match="cannot read the base commit"):
        _extract_archive(root, "0" * 40, tmp_path / "nope" / "x")


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


def test_mode_and_fail_on_overrides_cannot_lower_a_locked_floor(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "acme", {
        "README.md": card("acme"), "LICENSE": LICENSE,
        "org.yml": "mode: enforce\nfail_on: error\nlocked: [mode, fail_on]\n", ".openwash.yml": "extends: ./org.yml\n"})
    for args in (("--mode", "annotate"), ("--fail-on", "never")):
        proc = run_cli("check", str(root), *args)
        assert proc.returncode == 2 and "locks" in proc.stderr and "Traceback" not in proc.stderr, args
    assert run_cli("check", str(root), "--fail-on", "warning").returncode == 1  # stricter is fine
