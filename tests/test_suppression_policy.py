"""Issue 16, item 3: inline suppressions are under policy control (and item 8: waiver lifetime).

Reproduces the review's attack: a pull request adds ``<!-- openwash-disable-next-line OW101 OW102 OW103
-- approved -->`` above its new claim and the check passed, even under a base policy with
``locked: "*"``; no policy key could forbid it; the sticky comment said "no open-washing findings"."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import check_json, git, make_git_repo, run_cli, write_tree

CLAIM = "Widget is an open-source model.\n"
SILENCE = "<!-- openwash-disable-next-line OW101 OW102 OW103 -- approved -->\n"
README = "# Widget\n\nThe weights are on [Hugging Face](https://huggingface.co/acme-example/widget).\n\n"


def _active(report: dict, rule: str | None = None) -> list[dict]:
    return [f for f in report["findings"] if not f.get("waived") and (rule is None or f["rule"] == rule)]


def test_default_allow_keeps_todays_behaviour(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "repo", {"README.md": README + SILENCE + CLAIM})
    code, report = check_json(repo)
    assert code == 0 and not _active(report, "OW101")
    assert {f["rule"] for f in report["findings"] if f.get("waived")} >= {"OW101", "OW102", "OW103"}


def test_deny_ignores_the_suppression_and_reports_it(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "repo", {"README.md": README + SILENCE + CLAIM,
                                             ".openwash.yml": "suppressions: deny\n"})
    code, report = check_json(repo)
    assert code == 1  # was: 0, no key could forbid the suppression
    assert {f["rule"] for f in _active(report)} >= {"OW101", "OW102", "OW103", "OW903"}
    (ow903,) = _active(report, "OW903")
    assert ow903["line"] == 5 and "suppressions: deny" in ow903["message"] and ".openwash.yml:1" in ow903["message"]
    assert not _active(report, "OW902")  # not also reported as stale


def test_require_waiver_silences_only_what_a_waiver_names(tmp_path: Path) -> None:
    policy = ("suppressions: require-waiver\nwaivers:\n  - rule: OW101\n    path: README.md\n"
              "    reason: training code audited (LEGAL-7)\n    expires: 2026-12-31\n")
    repo = make_git_repo(tmp_path / "repo", {"README.md": README + SILENCE + CLAIM, ".openwash.yml": policy})
    code, report = check_json(repo, env={"OPENWASH_TODAY": "2026-12-01"})
    assert code == 1
    waived = {f["rule"]: f["waived_reason"] for f in report["findings"] if f.get("waived")}
    assert set(waived) == {"OW101"} and "waiver at" in waived["OW101"] and "approved" in waived["OW101"]
    assert {f["rule"] for f in _active(report)} >= {"OW102", "OW103", "OW903"}
    assert any("needs a waiver" in f["message"] for f in _active(report, "OW903"))


def test_the_suppressions_key_is_lockable(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "repo", {
        "README.md": README, "org.yml": "suppressions: deny\nlocked: [suppressions]\n",
        ".openwash.yml": "extends: org.yml\nsuppressions: allow\n"})
    proc = run_cli("check", str(repo))
    assert proc.returncode == 2
    assert ".openwash.yml:2: suppressions: relaxes suppressions from deny to allow, but " in proc.stderr
    assert "org.yml:2 locks 'suppressions'" in proc.stderr
    write_tree(repo, {".openwash.yml": "extends: org.yml\nsuppressions: require-waiver\n"})
    assert run_cli("check", str(repo)).returncode == 2
    write_tree(repo, {"org.yml": "suppressions: require-waiver\nlocked: '*'\n",
                      ".openwash.yml": "extends: org.yml\nsuppressions: deny\n"})  # stricter: fine
    assert run_cli("check", str(repo)).returncode == 0


def _pull_request(tmp_path: Path, policy: str, base_readme: str, head_readme: str) -> tuple[Path, str]:
    repo = make_git_repo(tmp_path / "repo", {"README.md": base_readme, ".openwash.yml": policy})
    base = git(repo, "rev-parse", "HEAD").strip()
    write_tree(repo, {"README.md": head_readme})
    git(repo, "commit", "-qam", "pr")
    return repo, base


def test_under_locked_everything_a_pull_request_cannot_silence_its_own_findings(tmp_path: Path) -> None:
    repo, base = _pull_request(tmp_path, 'extends: builtin:default\nlocked: "*"\n', README,
                               README + SILENCE + CLAIM)
    proc = run_cli("check", str(repo), "--baseline-ref", base, "--only-new", "--format", "json")
    assert proc.returncode == 1, proc.stderr  # was: 0
    report = json.loads(proc.stdout)
    new = {f["rule"] for f in report["findings"] if f.get("new")}
    assert {"OW101", "OW102", "OW103", "OW903"} <= new
    (ow903,) = _active(report, "OW903")
    assert "added by this change" in ow903["message"] and "locks '*'" in ow903["message"]


def test_under_locked_everything_a_suppression_already_on_the_base_still_counts(tmp_path: Path) -> None:
    text = README + SILENCE + CLAIM
    repo, base = _pull_request(tmp_path, 'extends: builtin:default\nlocked: "*"\n', text, text + "\nMore.\n")
    proc = run_cli("check", str(repo), "--baseline-ref", base, "--only-new", "--format", "json")
    assert proc.returncode == 0, proc.stdout
    assert not _active(json.loads(proc.stdout))


def test_without_a_lock_a_pull_request_suppression_still_works(tmp_path: Path) -> None:
    repo, base = _pull_request(tmp_path, "extends: builtin:default\n", README, README + SILENCE + CLAIM)
    proc = run_cli("check", str(repo), "--baseline-ref", base, "--only-new")
    assert proc.returncode == 0, proc.stdout


def test_suppressions_used_are_listed_in_comment_and_summary(tmp_path: Path, monkeypatch) -> None:
    from openwash.baseline import evaluate
    from openwash.github.presentation import comment_body
    from openwash.report.markdown import render_outcome

    repo, base = _pull_request(tmp_path, "extends: builtin:default\n", README, README + SILENCE + CLAIM)
    monkeypatch.chdir(repo)
    outcome, _notes = evaluate(repo, None, base_ref=base, only_new=True)
    body = comment_body(outcome)
    assert "no open-washing findings" not in body  # was: the comment said so
    assert "silenced by inline suppressions" in body
    assert "Inline suppressions used (3)" in body and body.count("approved") == 3
    summary = render_outcome(outcome, links="")
    assert "Waivers and suppressions in force" in summary and summary.count("approved") >= 3


# -------------------------------------------------------------------------------------- waiver lifetime

def _waiver(expires: str, extra: str = "") -> str:
    return (f"{extra}waivers:\n  - rule: OW101\n    path: README.md\n    reason: r\n    expires: {expires}\n")


def test_a_permanent_waiver_is_a_policy_error(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "repo", {"README.md": README + CLAIM, ".openwash.yml": _waiver("9999-12-31")})
    proc = run_cli("check", str(repo), env={"OPENWASH_TODAY": "2026-12-01"})
    assert proc.returncode == 2  # was: accepted
    assert ".openwash.yml:2: waivers[0].expires: the waiver for OW101 runs until 9999-12-31" in proc.stderr
    assert "longer than max_waiver_days (365, default)" in proc.stderr


def test_max_waiver_days_is_the_bound_and_is_lockable(tmp_path: Path) -> None:
    env = {"OPENWASH_TODAY": "2026-01-01"}
    repo = make_git_repo(tmp_path / "repo", {"README.md": README + CLAIM, ".openwash.yml": _waiver("2027-01-01")})
    assert run_cli("check", str(repo), env=env).returncode == 1  # 365 days: allowed
    write_tree(repo, {".openwash.yml": _waiver("2027-01-02")})
    assert run_cli("check", str(repo), env=env).returncode == 2  # 366 days
    write_tree(repo, {".openwash.yml": _waiver("2027-01-02", "max_waiver_days: 400\n")})
    assert run_cli("check", str(repo), env=env).returncode == 1
    write_tree(repo, {"org.yml": "max_waiver_days: 30\nlocked: [max_waiver_days]\n",
                      ".openwash.yml": _waiver("2026-01-15", "extends: org.yml\nmax_waiver_days: 400\n")})
    proc = run_cli("check", str(repo), env=env)
    assert proc.returncode == 2 and "raises max_waiver_days from 30 to 400" in proc.stderr
    write_tree(repo, {".openwash.yml": _waiver("2026-03-01", "extends: org.yml\n")})
    proc = run_cli("check", str(repo), env=env)
    assert proc.returncode == 2 and "org.yml:1); waivers must be renewed" in proc.stderr
    write_tree(repo, {".openwash.yml": "max_waiver_days: 0\n"})
    proc = run_cli("check", str(repo), env=env)
    assert proc.returncode == 2 and "max_waiver_days" in proc.stderr
