"""A user's first day (issue 18): what a fresh clone without the evaluation corpus does, the CLI's rough
edges, and the reports' output files."""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest

from conftest import ROOT, check_json, cli_env, git, make_git_repo, run_cli

CORPUS_BENCHES = ["evidence", "corpus", "hook", "org"]

# a waiver's expiry within the default max_waiver_days (365, issue 16)
SOON = (dt.date.today() + dt.timedelta(days=180)).isoformat()


@pytest.fixture(scope="module")
def clone_without_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The checkout's benches, src and tests in a folder with no shared/corpus anywhere above it."""
    root = tmp_path_factory.mktemp("fresh-clone") / "openwash"
    (root / "bench").mkdir(parents=True)
    for script in (ROOT / "bench").glob("*.py"):
        (root / "bench" / script.name).write_bytes(script.read_bytes())
    (root / "src").symlink_to(ROOT / "src")
    (root / "tests").symlink_to(ROOT / "tests")
    assert not any((p / "shared" / "corpus").exists() for p in root.parents)
    return root


def _bench(root: Path, name: str, corpus: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "OPENWASH_CORPUS"}
    if corpus is not None:
        env["OPENWASH_CORPUS"] = corpus
    return subprocess.run([sys.executable, str(root / "bench" / f"{name}.py")], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("name", CORPUS_BENCHES)
def test_a_corpus_bench_in_a_fresh_clone_skips_with_one_line(clone_without_corpus: Path, name: str) -> None:
    proc = _bench(clone_without_corpus, name, None)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert proc.stderr.splitlines() == [
        f"bench/{name}.py: skipped: needs the evaluation corpus (shared/corpus with materialize.py beside the "
        "checkout, or OPENWASH_CORPUS=DIR), which is not shipped with openwash"]


@pytest.mark.parametrize("name", CORPUS_BENCHES)
def test_a_corpus_bench_pointed_at_no_corpus_is_an_error_in_one_line(clone_without_corpus: Path, name: str,
                                                                   tmp_path: Path) -> None:
    proc = _bench(clone_without_corpus, name, str(tmp_path / "nothing"))
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.splitlines() == [f"bench/{name}.py: error: OPENWASH_CORPUS={tmp_path / 'nothing'} is not "
                                        "the evaluation corpus (no materialize.py there)"]


def test_the_corpus_tests_skip_visibly_without_the_corpus(tmp_path: Path) -> None:
    env = {**os.environ, "OPENWASH_CORPUS": str(tmp_path / "nothing"), "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
                           str(ROOT / "tests" / "test_corpus_seed.py")], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    skips = [line for line in proc.stdout.splitlines() if line.startswith("SKIPPED")]
    assert skips and all("the shared corpus (../shared/corpus) is not available" in line for line in skips)
    assert " passed" not in proc.stdout and " failed" not in proc.stdout


# -- CLI ------------------------------------------------------------------------------------------------------
WREN = ("# Wren\n\nWren is a fully open-source model.\n\n"
        "Download the weights from [Hugging Face](https://huggingface.co/wren/wren-7b).\n")
CUSTOM_LICENSE = "WREN COMMUNITY LICENSE\n\nYou may not use the model for commercial purposes.\n"
ONLY_A_NOTICE = "# tidy\n\nThe [training data](data/card.md) is described there.\n"


def _finding_lines(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if line and not line.startswith(("    ", "openwash:"))]


def test_fail_on_accepts_every_value_fail_on_does(tmp_path: Path) -> None:
    schema = json.loads((ROOT / "src" / "openwash" / "policy" / "schema.json").read_text(encoding="utf-8"))
    values = schema["properties"]["fail_on"]["enum"]
    assert "notice" in values
    repo = make_git_repo(tmp_path / "tidy", {"README.md": ONLY_A_NOTICE})
    codes = {v: run_cli("check", str(repo), "--fail-on", v) for v in values}
    assert {v: p.returncode for v, p in codes.items()} == {"error": 0, "warning": 0, "notice": 1, "never": 0}, \
        {v: p.stderr for v, p in codes.items()}
    # the Action's input takes the same values
    from openwash.github.action import Inputs

    assert [Inputs.from_env({"OPENWASH_FAIL_ON": v}).fail_on for v in values] == values
    bad = run_cli("check", str(repo), "--fail-on", "sometimes")
    assert bad.returncode == 2 and "invalid choice: 'sometimes'" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.parametrize(("extends", "line", "preset"), [
    ("extends: osaid-1.0\n", 2, "osaid-1.0"),
    ("extends:\n  - builtin:annotate\n  - mof-class-2.yml\n", 4, "mof-class-2"),
])
def test_an_extends_named_like_a_preset_says_did_you_mean(tmp_path: Path, extends: str, line: int,
                                                          preset: str) -> None:
    repo = make_git_repo(tmp_path / "wren", {"README.md": WREN, ".openwash.yml": "fail_on: error\n" + extends})
    for proc in (run_cli("check", "."  , cwd=repo), run_cli("policy", "validate", cwd=repo)):
        assert proc.returncode == 2
        assert proc.stderr.splitlines()[-1].startswith(f"openwash: error: .openwash.yml:{line}: extends: policy "
                                                       "file not found: ")
        assert proc.stderr.strip().endswith(f"; did you mean builtin:{preset}?"), proc.stderr
    # a name that is no preset gets no suggestion, and --policy gets one too
    (repo / ".openwash.yml").write_text("extends: my-org.yml\n", encoding="utf-8")
    proc = run_cli("check", ".", cwd=repo)
    assert proc.stderr.strip() == "openwash: error: .openwash.yml:1: extends: policy file not found: my-org.yml"
    proc = run_cli("check", ".", "--policy", "osaid-1.0", cwd=repo)
    assert proc.stderr.strip() == ("openwash: error: policy file not found: osaid-1.0; did you mean "
                                   "builtin:osaid-1.0?")


def test_policy_validate_with_nothing_to_validate_says_which_policy_applies(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "wren", {"README.md": WREN})
    proc = run_cli("policy", "validate", "--path", str(repo))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == (f"ok: no policy file to validate in {repo} (.openwash.yml, .openwash.yaml or "
                                   "[tool.openwash] in pyproject.toml); the policy in effect is builtin:default "
                                   "(resolved: builtin:default)")
    # with the organization's central policy asked for, that is the one in effect
    central = tmp_path / "central.yml"
    central.write_text("extends: builtin:osaid-1.0\n", encoding="utf-8")
    proc = run_cli("policy", "validate", "--path", str(repo), "--org", "acme", "--org-policy", str(central))
    assert proc.returncode == 0, proc.stderr
    assert "the policy in effect is " in proc.stdout and "(resolved: builtin:default -> builtin:osaid-1.0 -> " \
        in proc.stdout


def test_waived_and_suppressed_findings_print_without_hints(tmp_path: Path) -> None:
    readme = WREN.replace("Wren is a fully open-source model.\n",
                          "<!-- openwash-disable-next-line OW102 -- the data card is in legal review -->\n"
                          "Wren is a fully open-source model.\n")
    policy = ("waivers:\n  - rule: OW101\n    path: README.md\n    reason: training code moves to a public "
              f"repository (TICKET-1)\n    expires: {SOON}\n")
    repo = make_git_repo(tmp_path / "wren", {"README.md": readme, "LICENSE": CUSTOM_LICENSE,
                                             ".openwash.yml": policy})
    proc = run_cli("check", str(repo))
    lines = proc.stdout.splitlines()
    waived = [i for i, line in enumerate(lines) if "(waived: " in line]
    assert {lines[i].split(": ")[1].split()[0] for i in waived} == {"OW101", "OW102"}, proc.stdout
    for i in waived:
        assert not lines[i + 1].startswith("    hint:"), proc.stdout
    active = [i for i, line in enumerate(lines) if " OW103 error: " in line]
    assert active and lines[active[0] + 1].startswith("    hint: "), proc.stdout


def test_explain_ends_with_a_suppression_and_a_waiver_that_work(tmp_path: Path) -> None:
    proc = run_cli("explain", "OW101")
    assert proc.returncode == 0
    text = proc.stdout
    comment = next(line.strip() for line in text.splitlines() if "openwash-disable-next-line OW101" in line)
    block = text[text.index("    waivers:"):]
    assert text.rstrip().endswith(block.rstrip())  # the waiver snippet is the end of the text
    waiver = "\n".join(line[4:] for line in block.splitlines()).replace("YYYY-MM-DD", SOON)
    base = {"README.md": WREN, "LICENSE": CUSTOM_LICENSE}

    def rules(repo: Path) -> dict[str, bool]:
        _, report = check_json(repo)
        return {f["rule"]: f["waived"] for f in report["findings"] if f["rule"] in ("OW101", "OW902")}

    assert rules(make_git_repo(tmp_path / "plain", base)) == {"OW101": False}
    suppressed = make_git_repo(tmp_path / "inline", {**base, "README.md": WREN.replace(
        "Wren is a fully", comment + "\nWren is a fully")})
    assert rules(suppressed) == {"OW101": True}
    waived = make_git_repo(tmp_path / "waiver", {**base, ".openwash.yml": waiver + "\n"})
    assert rules(waived) == {"OW101": True}
    from openwash.rules import silencing_help

    for rule in ("OW901", "OW902"):  # about waivers and suppressions themselves: say what to do instead
        out = run_cli("explain", rule).stdout
        assert out.rstrip().endswith(silencing_help(rule)) and "suppressed" in silencing_help(rule)


def test_only_new_marks_new_findings_and_counts_both(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "wren", {"README.md": WREN, "LICENSE": CUSTOM_LICENSE})
    (repo / "MODEL_CARD.md").write_text("# Wren card\n\nThe Wren weights are open source.\n", encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "card")
    proc = run_cli("check", str(repo), "--baseline-ref", "HEAD~1", "--only-new")
    assert proc.returncode == 1, proc.stderr
    findings = _finding_lines(proc.stdout)
    new = [line for line in findings if line.endswith(" [new]")]
    old = [line for line in findings if not line.endswith(" [new]")]
    assert new and all(line.startswith("MODEL_CARD.md:") for line in new), proc.stdout
    assert old and all(line.startswith("README.md:") for line in old), proc.stdout
    assert f": {len(new)} new, {len(old)} pre-existing, 0 fixed; only new findings count — fail" in proc.stdout
    plain = run_cli("check", str(repo))
    assert "[new]" not in plain.stdout


def test_the_hook_name_fits_in_40_characters() -> None:
    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hooks and all(len(h["name"]) <= 40 for h in hooks), [h["name"] for h in hooks]


# -- reports --------------------------------------------------------------------------------------------------
def test_report_files_get_the_permissions_open_would_give_and_stay_atomic(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / "wren", {"README.md": WREN, "LICENSE": CUSTOM_LICENSE})
    for umask, fmt in ((0o022, "sarif"), (0o022, "text"), (0o077, "json"), (0o002, "markdown")):
        out = tmp_path / f"report-{umask:o}.{fmt}"
        proc = subprocess.run([sys.executable, "-m", "openwash", "check", str(repo), "--format", fmt, "--output",
                               str(out)], env={**cli_env()}, capture_output=True, text=True, timeout=120,
                              preexec_fn=lambda m=umask: os.umask(m))  # type: ignore[misc]
        assert proc.returncode == 1, proc.stderr
        assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask, (fmt, oct(out.stat().st_mode))
        assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    # a report that replaces a file keeps that file's permissions, as open(path, "w") would
    kept = tmp_path / "report-22.sarif"
    kept.chmod(0o640)
    inode = kept.stat().st_ino
    assert run_cli("check", str(repo), "--format", "sarif", "--output", str(kept)).returncode == 1
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640 and kept.stat().st_ino != inode  # replaced by a rename


def _org_links(page: str, fmt: str) -> list[str]:
    if fmt == "markdown":
        return re.findall(r"\]\((https?://[^)\s]+)\)", page)
    return [html.unescape(u) for u in re.findall(r'href="([^"]+)"', page) if not u.startswith("#")]


def test_every_link_of_the_org_reports_resolves_to_the_file_and_line_at_the_commit_checked(tmp_path: Path) -> None:
    from fakegithub import FakeGitHub
    from orgkit import CLOSED_MODEL, OPEN_MODEL, org_cli

    expired = "waivers:\n  - rule: OW101\n    path: README.md\n    reason: old\n    expires: 2020-01-01\n"
    with FakeGitHub() as gh:
        gh.add_repo("acme", ".github", {"openwash.yml": "# the organization policy\n" + expired})
        gh.add_repo("acme", "heron", CLOSED_MODEL)
        gh.add_repo("acme", "ostrich", OPEN_MODEL)
        gh.add_repo("acme", "wren", {"models/wren 7b/README.md": "---\nlicense: other\n---\n# Wren\n\n"
                                     "Wren is a fully open-source model.\n", "LICENSE": CUSTOM_LICENSE,
                                     ".openwash.yml": "fail_on: error\n" + expired})
        pages = {}
        for fmt in ("markdown", "html", "json"):
            proc = org_cli(gh, tmp_path / "cache", "acme", "--format", fmt)
            assert proc.returncode == 1, proc.stderr
            pages[fmt] = proc.stdout
        report = json.loads(pages["json"])
        ow901 = [f for o in report["repositories"] for f in o["findings"] if f["rule"] == "OW901"]
        assert {f["file"].split("/")[1] for f in ow901} == {".github", "wren"} and all(f["url"] for f in ow901)
        json_links = [u for o in report["repositories"] for u in
                      [o["url"], *(f["url"] for f in o["findings"]), *(c["url"] for c in o["claims"])] if u]
        checked = 0
        for fmt, links in (("markdown", _org_links(pages["markdown"], "markdown")),
                           ("html", _org_links(pages["html"], "html")), ("json", json_links)):
            assert links, fmt
            for url in links:
                m = re.fullmatch(r"https://github\.com/([\w.-]+)/([\w.-]+)(?:/blob/([0-9a-f]{40}|HEAD)/([^#]+)"
                                 r"(?:#L(\d+))?)?", url)
                assert m, (fmt, url)
                repo = gh.repo(f"{m[1]}/{m[2]}")
                if m[3] is None:
                    continue
                if m[3] == "HEAD":  # only the central policy, read from its default branch
                    assert (m[1], m[2]) == ("acme", ".github"), (fmt, url)
                else:
                    assert m[3] == repo.commit_oid, (fmt, url)  # the commit checked
                path = unquote(m[4])
                assert path in repo.files, (fmt, url)
                if m[5]:
                    assert 1 <= int(m[5]) <= len(repo.files[path].decode("utf-8").splitlines()), (fmt, url)
                checked += 1
        assert checked >= 9
        heron = next(o for o in report["repositories"] if o["repository"] == "acme/heron")
        central = next(f for f in heron["findings"] if f["rule"] == "OW901")
        assert central["url"] == "https://github.com/acme/.github/blob/HEAD/openwash.yml#L3"
        own = next(f for f in ow901 if f["file"].startswith("github:acme/wren/"))
        assert own["url"] == f"https://github.com/acme/wren/blob/{gh.repo('acme/wren').commit_oid}/.openwash.yml#L3"


def test_dry_run_says_would_open_update_close_and_prints_each_issue(tmp_path: Path) -> None:
    from fakegithub import FakeGitHub
    from openwash.release import pip_install
    from orgkit import CLOSED_MODEL, OPEN_MODEL, org_cli

    with FakeGitHub() as gh:
        env = {"GITHUB_API_URL": gh.url, "GITHUB_TOKEN": "t0ken"}
        cache = tmp_path / "cache"
        gh.add_repo("acme", "heron", CLOSED_MODEL)
        gh.add_repo("acme", "osprey", CLOSED_MODEL)
        assert org_cli(gh, cache, "acme", "--open-issues", "--format", "json", env=env).returncode == 1
        heron, osprey = gh.repo("acme/heron"), gh.repo("acme/osprey")
        body = heron.issues[0].body
        # the issue says how to install and run openwash locally, with an install line that works
        assert f"```sh\n{pip_install()}\nopenwash check\n```" in body
        gh.push("acme/heron", dict(OPEN_MODEL))  # passes now: its issue would be closed
        gh.push("acme/osprey", {"MODEL_CARD.md": "# Osprey\n\nOsprey is open source.\n"})  # would be updated
        gh.add_repo("acme", "kestrel", CLOSED_MODEL)  # would get a new issue
        gh.reset_stats()
        out = tmp_path / "report.md"
        proc = org_cli(gh, cache, "acme", "--open-issues", "--dry-run", "--output", str(out), env=env)
        assert proc.returncode == 1, proc.stderr
        assert not [e for e in gh.requests() if e["method"] in ("POST", "PATCH") and e["path"] != "/graphql"]
        plan = proc.stdout
        assert (f"openwash: would close issue #{heron.issues[0].number} in acme/heron with the comment: openwash: "
                "this repository passes now") in plan
        for verb, name in (("update", "acme/osprey"), ("open", "acme/kestrel")):
            number = f" #{osprey.issues[0].number}" if verb == "update" else ""
            head = f"openwash: would {verb} issue{number} in {name}\n    title: openwash: "
            assert head in plan, plan
            shown = plan.split(head, 1)[1].split("\nopenwash: ", 1)[0]
            assert "findings about open-source claims\n    body:\n      <!-- openwash:org-sweep digest=" in shown
            assert f"\n      {pip_install()}\n      openwash check\n" in shown
        said = [line for line in plan.splitlines() if line.startswith("openwash: ")]
        assert len(said) == 3 and all(line.startswith("openwash: would ") for line in said), said
        issues = out.read_text(encoding="utf-8").split("## Issues", 1)[1]
        assert "acme/heron: would close" in issues and "acme/osprey: would update" in issues
        assert "acme/kestrel: would open" in issues
        assert heron.issues[0].state == "open" and not gh.repo("acme/kestrel").issues


def test_the_html_report_in_a_real_browser(tmp_path: Path) -> None:
    """Headless Chromium (Debian's package; .ci/run installs it): the report loads without console errors,
    the filter narrows the table, long paths wrap instead of squeezing the findings column; a screenshot is
    saved for a person to look at (in $OPENWASH_ARTIFACTS_DIR when set)."""
    from headless import Browser, find_chromium

    if find_chromium() is None:
        if os.environ.get("OPENWASH_REQUIRE_BROWSER"):
            pytest.fail("OPENWASH_REQUIRE_BROWSER is set but no Chromium was found")
        pytest.skip("headless Chromium is not installed (apt-get install chromium; .ci/run installs it)")
    from fakegithub import FakeGitHub
    from orgkit import CLOSED_MODEL, LIBRARY, OPEN_MODEL, org_cli

    deep = "models/" + "/".join(f"family-{i}-with-a-rather-long-folder-name" for i in range(5)) + "/README.md"
    expired = "waivers:\n  - rule: OW101\n    path: README.md\n    reason: old\n    expires: 2020-01-01\n"
    with FakeGitHub() as gh:
        gh.add_repo("acme", "heron", CLOSED_MODEL)
        gh.add_repo("acme", "ostrich", OPEN_MODEL)
        gh.add_repo("acme", "tidy", LIBRARY)
        gh.add_repo("acme", "a-model-repository-with-a-long-name-for-the-policy-path",
                    {deep: "---\nlicense: other\n---\n# Wren\n\nWren is a fully open-source model.\n",
                     "LICENSE": CUSTOM_LICENSE, ".openwash.yml": "fail_on: error\n" + expired})
        page_path = tmp_path / "openwash-acme.html"
        proc = org_cli(gh, tmp_path / "cache", "acme", "--format", "html", "--output", str(page_path))
        assert proc.returncode == 1, proc.stderr
    shots = Path(os.environ.get("OPENWASH_ARTIFACTS_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    with Browser.start(tmp_path / "profile") as browser:
        page = browser.new_page(width=1000, height=900)
        page.goto(page_path.as_uri())
        rows = "Array.from(document.querySelectorAll('#repos tbody tr'))"
        visible = f"{rows}.filter(tr => tr.offsetParent !== null).map(tr => tr.cells[0].textContent.trim())"
        assert page.evaluate(f"{rows}.length") == 4
        assert len(page.evaluate(visible)) == 4
        page.type_text("#filter", "heron")
        assert page.evaluate(visible) == ["acme/heron"]
        page.evaluate("document.getElementById('filter').value = ''")
        page.type_text("#filter", "fail")
        assert sorted(page.evaluate(visible)) == ["acme/a-model-repository-with-a-long-name-for-the-policy-path",
                                                  "acme/heron"]
        page.evaluate("document.getElementById('filter').value = ''")
        page.type_text("#filter", "no such repository")
        assert page.evaluate(visible) == []
        page.evaluate("document.getElementById('filter').value = ''; "
                      "document.getElementById('filter').dispatchEvent(new Event('input'))")
        # long paths wrap: nothing sticks out of its cell or the page, the findings column keeps its room
        layout = page.evaluate("""(() => {
            const over = Array.from(document.querySelectorAll('td, th, p, summary'))
                .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent.slice(0, 80));
            const widths = Array.from(document.querySelectorAll('table.findings')).map(t => {
                const cells = t.querySelector('tbody tr').cells;
                return [cells[2].getBoundingClientRect().width, cells[3].getBoundingClientRect().width,
                        t.getBoundingClientRect().width];
            });
            return {over: over, widths: widths, page: document.documentElement.scrollWidth,
                    view: document.documentElement.clientWidth};
        })()""")
        assert layout["over"] == [], layout
        assert layout["page"] <= layout["view"], layout
        assert layout["widths"] and all(finding >= 0.4 * table for _, finding, table in layout["widths"]), layout
        shot = page.screenshot(shots / "org-report.png")
        assert page.errors == [], page.errors
    assert shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")
