"""``openwash check --baseline-ref`` and ``--only-new`` (openwash.baseline): which findings are new, the policy
of the base commit, the base tree, and the options that override the policy's ``mode`` and ``fail_on``."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import git, make_git_repo, run_cli, write_tree
from openwash import engine
from openwash.baseline import compare
from openwash.findings import Finding
from openwash.policy import resolve
from reportkit import LICENSE, card, outside_a_runner, pr_repo


@pytest.fixture(autouse=True)
def _outside_a_runner(monkeypatch: pytest.MonkeyPatch) -> None:
    outside_a_runner(monkeypatch)


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


def test_base_tree_from_git_archive_matches_the_worktree(tmp_path: Path) -> None:
    """The fallback for repositories that cannot take a worktree gives the same base findings."""
    from openwash.baseline import _extract_archive, checkout

    root, _ = pr_repo(tmp_path)
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


def test_mode_and_fail_on_overrides_cannot_lower_a_locked_floor(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "acme", {
        "README.md": card("acme"), "LICENSE": LICENSE,
        "org.yml": "mode: enforce\nfail_on: error\nlocked: [mode, fail_on]\n", ".openwash.yml": "extends: ./org.yml\n"})
    for args in (("--mode", "annotate"), ("--fail-on", "never")):
        proc = run_cli("check", str(root), *args)
        assert proc.returncode == 2 and "locks" in proc.stderr and "Traceback" not in proc.stderr, args
    assert run_cli("check", str(root), "--fail-on", "warning").returncode == 1  # stricter is fine
