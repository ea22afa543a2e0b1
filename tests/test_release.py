"""Every documented install works as written (issue 18): one version source, refs the release scheme
(RELEASING.md) defines in the README and every example workflow, install lines of the supported forms,
and the org-sweep example's install and run steps executed in the Action harness."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
import yaml

from action_runner import clean_env, run_workflow_job
from conftest import ROOT, git, run_cli
from localindex import LocalIndex, build_wheelhouse
from openwash import __version__
from openwash.release import REPOSITORY, major_tag, pip_install, release_tag

WORKFLOWS = sorted((ROOT / "examples" / "workflows").glob("*.yml"))
# What a user follows (RELEASING.md is the maintainers' procedure, written for the next version).
DOCS = [ROOT / "README.md", ROOT / "SECURITY.md", *sorted((ROOT / "docs").glob("*.md")),
        ROOT / "examples" / "demo-model" / "README.md"]
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>```+|~~~+)[^\n]*\n(?P<body>.*?)^(?P=indent)(?P=fence)[ \t]*$",
                   re.M | re.S)


def snippets() -> list[tuple[str, str]]:
    """(where, text) of every fenced code block of the documentation and every example workflow."""
    out: list[tuple[str, str]] = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for m in FENCE.finditer(text):
            body = "\n".join(line[len(m["indent"]):] for line in m["body"].splitlines())
            out.append((f"{doc.name}:{text[:m.start()].count(chr(10)) + 1}", body))
    out += [(f"examples/workflows/{p.name}", p.read_text(encoding="utf-8")) for p in WORKFLOWS]
    return out


def pip_targets(command: str) -> list[str]:
    """What a ``pip install`` command line installs (its non-option arguments)."""
    words = shlex.split(command.split("#", 1)[0] if " #" in command else command)
    i = words.index("install")
    targets: list[str] = []
    skip_next = False
    for word in words[i + 1:]:
        if word in ("&&", ";", "||", "|"):
            break
        if skip_next:
            skip_next = False
            continue
        if word.startswith("-"):
            skip_next = word in ("-r", "-c", "-e", "-i", "--index-url", "--target", "-t")
            continue
        targets.append(word)
    return targets


def supported_install(target: str) -> bool:
    """The install forms RELEASING.md lists: a checkout, or this repository at the current release tag."""
    return (re.fullmatch(r"\.(\[[\w,-]+\])?", target) is not None
            or re.fullmatch(rf"(openwash\[[\w,-]+\] @ )?git\+{re.escape(REPOSITORY)}@{re.escape(release_tag())}", target)
            is not None)


def test_the_version_lives_in_one_place() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject and 'version = { attr = "openwash.__version__" }' in pyproject
    assert not re.search(r"^version\s*=\s*\"", pyproject, re.M)  # no literal version
    assert run_cli("--version").stdout.strip() == f"openwash {__version__}"
    assert metadata.version("openwash") == __version__
    # no other file of the package spells the version out
    spelled = [p for p in (ROOT / "src").rglob("*.py") if __version__ in p.read_text(encoding="utf-8")]
    assert spelled == [ROOT / "src" / "openwash" / "__init__.py"], spelled


def test_releasing_and_changelog_define_the_scheme() -> None:
    releasing = (ROOT / "RELEASING.md").read_text(encoding="utf-8")
    for command in ("git tag -a v0.2.0", "git push origin main v0.2.0", "git tag -f v0 v0.2.0^{commit}",
                    "git push -f origin v0", '__version__ = "0.2.0"'):
        assert command in releasing, command
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## Unreleased" in changelog
    assert re.search(rf"^## {re.escape(__version__)} — (\d{{4}}-\d\d-\d\d|not yet tagged)$", changelog, re.M)
    assert release_tag() == f"v{__version__}" and major_tag() == f"v{__version__.split('.')[0]}"


def test_every_install_line_and_ref_in_the_docs_and_examples_is_one_the_scheme_defines() -> None:
    installs: list[tuple[str, str]] = []
    refs: list[tuple[str, str]] = []
    revs: list[tuple[str, str]] = []
    for where, text in snippets():
        for line in text.replace("\\\n", " ").splitlines():  # shell line continuations joined
            if re.search(r"\bpip3? install\b", line):
                installs += [(where, t) for t in pip_targets(line[line.index("pip"):])]
            for m in re.finditer(r"\buses:\s*openwash/openwash@(\S+)", line):
                refs.append((where, m[1]))
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError:
            continue
        if isinstance(data, dict):
            for repo in data.get("repos") or []:
                if isinstance(repo, dict) and "openwash/openwash" in str(repo.get("repo", "")):
                    revs.append((where, str(repo.get("rev"))))
    bad = [(w, t) for w, t in installs if not supported_install(t)]
    assert not bad, f"install lines that the release scheme does not define: {bad}"
    assert any(t.startswith("git+") for _, t in installs) and any(t == "." for _, t in installs)
    assert any(w.startswith("examples/workflows/openwash-org-sweep") for w, _ in installs)
    assert refs and all(r == major_tag() or re.fullmatch(r"[0-9a-f]{40}", r) for _, r in refs), refs
    assert {w.split(":")[0] for w, _ in refs} >= {"README.md", "examples/workflows/openwash-pr.yml",
                                                  "examples/workflows/openwash-sarif.yml"}
    assert revs and all(r == release_tag() for _, r in revs), revs
    # and the hint that issue bodies print is the same supported form
    assert pip_targets(pip_install()) == [f"git+{REPOSITORY}@{release_tag()}"]


@pytest.mark.parametrize(("line", "ok"), [
    ("python -m pip install openwash", False),
    ("pip install openwash==0.1.0", False),
    ('pip install "git+https://github.com/openwash/openwash@main"', False),
    ('pip install "git+https://github.com/openwash/openwash@v0.0.9"', False),
    ('python3 -m pip install --quiet "git+https://github.com/openwash/openwash@v{v}"', True),
    ("pip install '.[test]' && python -m pytest", True),
])
def test_the_install_line_check_rejects_what_does_not_resolve(line: str, ok: bool) -> None:
    line = line.replace("{v}", __version__)
    assert all(supported_install(t) for t in pip_targets(line)) is ok


# -- the org-sweep example, run --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """openwash's dependencies and its build backend, as wheels (tests/localindex.py)."""
    requires = [r for r in metadata.requires("openwash") or [] if "extra ==" not in r]
    return build_wheelhouse(tmp_path_factory.mktemp("wheels"), [*requires, "setuptools>=77"])[0].parent


def release_clone(dest: Path) -> Path:
    """This checkout's files as a git repository with the current release tag (what github.com serves)."""
    shutil.copytree(ROOT, dest, ignore=shutil.ignore_patterns(
        ".git", "*.egg-info", "build", "dist", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis",
        ".venv", "venv", "out"))
    git(dest, "init", "-q", "-b", "main")
    git(dest, "add", "-A")
    git(dest, "commit", "-q", "-m", "release")
    git(dest, "tag", "-a", release_tag(), "-m", f"openwash {__version__}")
    return dest


def installing_env(tmp_path: Path, index: LocalIndex, clone: Path) -> dict[str, str]:
    """A hosted runner's environment, offline: pip reads no configuration and resolves from the local index;
    git fetches https://github.com/openwash/openwash from the local clone."""
    env = clean_env({"PIP_CONFIG_FILE": os.devnull, "PIP_INDEX_URL": index.url,
                     "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_CACHE_DIR": "1",
                     "GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": f"url.{clone.as_uri()}.insteadOf",
                     "GIT_CONFIG_VALUE_0": REPOSITORY, "GIT_CONFIG_NOSYSTEM": "1",
                     "HOME": str(tmp_path / "home"), "XDG_CACHE_HOME": str(tmp_path / "home" / ".cache")})
    (tmp_path / "home").mkdir(exist_ok=True)
    return env


@pytest.mark.slow
def test_the_org_sweep_example_installs_and_runs_in_the_harness(wheelhouse: Path, tmp_path: Path) -> None:
    from fakegithub import FakeGitHub
    from orgkit import CLOSED_MODEL, LIBRARY

    clone = release_clone(tmp_path / "openwash-origin")
    # actions/setup-python: a Python on PATH whose environment has nothing installed but pip
    python = tmp_path / "python"
    subprocess.run([sys.executable, "-m", "venv", str(python)], check=True, capture_output=True)
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    with FakeGitHub() as gh, LocalIndex(wheelhouse) as index:
        gh.add_repo("acme", "heron", CLOSED_MODEL)
        gh.add_repo("acme", "tidy", LIBRARY)
        env = installing_env(tmp_path, index, clone)
        env.update({"PATH": f"{python / 'bin'}:{env['PATH']}", "GITHUB_API_URL": gh.url,
                    "OPENWASH_GITHUB_NO_THROTTLE": "1", "GITHUB_REPOSITORY": "acme/.github",
                    "GITHUB_EVENT_NAME": "schedule"})
        result = run_workflow_job(ROOT / "examples" / "workflows" / "openwash-org-sweep.yml", "sweep", workspace,
                                  github={"repository_owner": "acme", "repository": "acme/.github",
                                          "event_name": "schedule", "run_id": "1"},
                                  env=env, runner_temp=tmp_path / "runner",
                                  uses_outputs={"app-token": {"token": "ghs_app_token"}},
                                  vars={"OPENWASH_APP_ID": "1"}, secrets={"OPENWASH_APP_KEY": "k"})
        install, sweep = (s for s in result.steps if s.status != "skipped")
        assert install.status == "success", install.stdout[-2000:] + install.stderr[-3000:]
        assert sweep.status == "success", sweep.stdout[-2000:] + sweep.stderr[-3000:]
        # openwash came from the release tag of the clone, its dependencies from the local index
        assert any(p.startswith("/simple/pygithub/") for p in index.requests), index.requests
        assert any(p.startswith("/simple/setuptools/") for p in index.requests)  # the isolated build
        installed = subprocess.run([str(python / "bin" / "python"), "-m", "openwash", "--version"],
                                   capture_output=True, text=True, env=env)
        assert installed.stdout.strip() == f"openwash {__version__}"
        direct = subprocess.run([str(python / "bin" / "python"), "-m", "pip", "show", "openwash"],
                                capture_output=True, text=True, env=env)
        assert "Location:" in direct.stdout and str(ROOT / "src") not in direct.stdout
        report = (workspace / "openwash-report.html").read_text(encoding="utf-8")
        assert "acme/heron" in report and "acme/tidy" in report
        heron = gh.repo("acme/heron")
        assert len(heron.issues) == 1 and not gh.repo("acme/tidy").issues
        writes = [e for e in gh.requests() if e["method"] == "POST" and e["path"] != "/graphql"]
        assert writes and all(e["authorization"].endswith(" ghs_app_token") for e in writes)  # the app token
        assert pip_install() in heron.issues[0].body
