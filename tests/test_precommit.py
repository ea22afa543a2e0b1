"""The pre-commit hook: its manifest, and the real pre-commit running it end to end.

The end-to-end tests (marked slow) build the hook's environment the way users get it: pre-commit
clones a git repository of this project (a snapshot of the current working tree, committed in a
temporary directory), creates a virtualenv and pip-installs the project into it.  They need the
package index that pip is configured with; CI runs them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, git, make_git_repo, write_tree

MANIFEST = ROOT / ".pre-commit-hooks.yaml"

# Every key the hook sets.  pre-commit's validate-manifest accepts unknown keys silently (a typo such
# as ``pass_filename`` would be ignored and the hook would get file names), so the set is pinned here.
HOOK_KEYS = {
    "id", "name", "description", "entry", "language", "pass_filenames", "require_serial",
    "minimum_pre_commit_version", "files",
}


def _manifest() -> list[dict]:
    return yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))


def _hook() -> dict:
    hooks = _manifest()
    assert len(hooks) == 1
    return hooks[0]


def _pre_commit(*args: str, cwd: Path, home: Path, extra_env: dict[str, str] | None = None,
                timeout: float = 900) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PRE_COMMIT", "GIT_", "GITHUB_")) and k != "PYTHONPATH"}
    env.update({"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
                "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid",
                "PRE_COMMIT_COLOR": "never"})
    env["PRE_COMMIT_HOME"] = str(home)  # never the user's own store
    if extra_env:
        env.update(extra_env)
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)


# --- the manifest ----------------------------------------------------------------------------------------


def test_manifest_is_valid_for_pre_commit(tmp_path: Path) -> None:
    proc = _pre_commit("validate-manifest", str(MANIFEST), cwd=tmp_path, home=tmp_path / "store")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_manifest_has_exactly_the_intended_keys() -> None:
    hook = _hook()
    assert set(hook) == HOOK_KEYS
    assert hook["id"] == "openwash"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False  # the judgement is per repository
    assert hook["require_serial"] is True
    assert re.fullmatch(r"\d+\.\d+\.\d+", hook["minimum_pre_commit_version"])
    entry = hook["entry"].split()
    assert entry[:2] == ["openwash", "check"]
    assert "--offline" in entry  # pre-commit.ci runs hooks without network
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^openwash = "openwash\.console:run"$', pyproject, re.M), "entry must be a console script"


@pytest.mark.parametrize("path", [
    "README.md", "readme.rst", "Readme", "docs/README.md", "models/foo/README.md",
    "LICENSE", "LICENSE.txt", "LICENCE", "WEIGHT_DIFF_LICENSE", "DATA_LICENSE", "models/foo/LICENSE", "COPYING",
    "NOTICE", "USE_POLICY.md", "MODEL_CARD.md", "model_card.md", "MODEL-CARD.md", "DATA_CARD.md",
    "datasheet.md", "docs/training.md", "CHANGELOG.md", "notes.markdown", "page.mdx",
    ".openwash.yml", ".openwash.yaml", ".openwash/org-policy.yml", "pyproject.toml", "package.json", "CITATION.cff",
])
def test_files_pattern_triggers_on_documents_and_policies(path: str) -> None:
    assert re.search(_hook()["files"], path), path


@pytest.mark.parametrize("path", [
    "src/model.py", "train.py", "setup.py", "requirements.txt", "configs/pretrain.yaml", ".github/workflows/ci.yml",
    "weights/model.safetensors", "assets/logo.png", "Makefile", "src/licensing.py.orig",
])
def test_files_pattern_skips_other_files(path: str) -> None:
    assert not re.search(_hook()["files"], path), path


def test_readme_snippet_is_a_valid_config_for_this_hook(tmp_path: Path) -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## pre-commit\n", 1)[1].split("\n## ", 1)[0]
    snippet = re.search(r"```yaml\n(.+?)```", section, re.S)
    assert snippet, "README's pre-commit section must show the .pre-commit-config.yaml snippet"
    config = yaml.safe_load(snippet.group(1))
    repo = config["repos"][0]
    assert repo["repo"].startswith("https://github.com/")
    assert repo["rev"] == "v" + _version()
    assert [h["id"] for h in repo["hooks"]] == [_hook()["id"]]
    (tmp_path / ".pre-commit-config.yaml").write_text(snippet.group(1), encoding="utf-8")
    proc = _pre_commit("validate-config", ".pre-commit-config.yaml", cwd=tmp_path, home=tmp_path / "store")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _version() -> str:
    m = re.search(r'__version__ = "([^"]+)"', (ROOT / "src" / "openwash" / "__init__.py").read_text())
    assert m
    return m.group(1)


# --- end to end with the real pre-commit ----------------------------------------------------------------

APACHE = ('Apache License\nVersion 2.0, January 2004\nhttp://www.apache.org/licenses/\n\n'
          'Licensed under the Apache License, Version 2.0 (the "License");\n')

CLAIM_README = """\
# Foo-7B

Foo-7B is a 7-billion-parameter language model for code review.

We release Foo-7B as a fully open-source model.

## Download

The weights are on the Hugging Face Hub: [foo-org/Foo-7B](https://huggingface.co/foo-org/Foo-7B).

## License

The code and the weights are released under the Apache License 2.0 (see [LICENSE](LICENSE)).
"""

OPEN_WEIGHTS_README = CLAIM_README.replace(
    "We release Foo-7B as a fully open-source model.",
    "We release the Foo-7B weights as open weights; the training code and data are not released.")

EVIDENCE_SECTION = """
## Training

Training code: [train.py](train.py), with the configs in [configs/](configs/).
Training data: the [Pile](https://huggingface.co/datasets/EleutherAI/pile) dataset, deduplicated.
"""

CLAIM_LINE = CLAIM_README.splitlines().index("We release Foo-7B as a fully open-source model.") + 1


def _project_files() -> list[str]:
    if (ROOT / ".git").exists():
        out = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z", "-co", "--exclude-standard"],
                             capture_output=True, check=True).stdout.decode()
        return sorted({p for p in out.split("\0") if p and (ROOT / p).is_file()})
    skip = {".git", ".venv", "venv", "build", "dist", "__pycache__", ".pytest_cache", ".ruff_cache", "out"}
    return sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*")
                  if p.is_file() and not skip.intersection(p.relative_to(ROOT).parts))


@pytest.fixture(scope="session")
def project_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A git repository holding this project's current working tree (uncommitted changes included),
    committed, as users' ``repo:``/``rev:`` will point at it."""
    dest = tmp_path_factory.mktemp("openwash-project")
    for rel in _project_files():
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, target)
    git(dest, "init", "-q", "-b", "main")
    git(dest, "add", "-A")
    git(dest, "commit", "-q", "-m", "snapshot of the working tree")
    return dest, git(dest, "rev-parse", "HEAD").strip()


@pytest.fixture(scope="session")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One pre-commit store per test session: the hook environment is built once and reused."""
    return tmp_path_factory.mktemp("pre-commit-home")


def _model_repo(root: Path, readme: str = CLAIM_README) -> Path:
    return make_git_repo(root, {"README.md": readme, "LICENSE": APACHE, "src/foo/__init__.py": ""})


def _config(project: tuple[Path, str]) -> str:
    path, sha = project
    return f"repos:\n  - repo: {path}\n    rev: {sha}\n    hooks:\n      - id: openwash\n"


def _assert_finding_shown(proc: subprocess.CompletedProcess[str]) -> None:
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "Failed" in out
    assert f"README.md:{CLAIM_LINE}:" in out
    assert "OW101" in out and "OW102" in out
    assert "no pointer to the training code" in out


@pytest.mark.slow
def test_try_repo_fails_on_unbacked_claim_and_passes_once_fixed(tmp_path: Path,
                                                                project_repo: tuple[Path, str]) -> None:
    repo = _model_repo(tmp_path / "model")
    proc = _pre_commit("try-repo", str(project_repo[0]), "openwash", "--all-files", cwd=repo,
                       home=tmp_path / "store")
    _assert_finding_shown(proc)

    # Fix by linking the evidence: training code and data (the license is already Apache-2.0).
    write_tree(repo, {"README.md": CLAIM_README + EVIDENCE_SECTION, "train.py": "import torch\n",
                      "configs/pretrain.yaml": "lr: 0.0003\n"})
    git(repo, "add", "-A")
    proc = _pre_commit("try-repo", str(project_repo[0]), "openwash", "--all-files", cwd=repo,
                       home=tmp_path / "store")
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert "Passed" in out


@pytest.mark.slow
def test_config_with_repo_path_and_rev(tmp_path: Path, project_repo: tuple[Path, str],
                                       pre_commit_home: Path) -> None:
    repo = _model_repo(tmp_path / "model")
    write_tree(repo, {".pre-commit-config.yaml": _config(project_repo)})
    git(repo, "add", "-A")
    proc = _pre_commit("run", "--all-files", cwd=repo, home=pre_commit_home)
    _assert_finding_shown(proc)

    # Fix by wording: an honest open-weights claim needs only the weights pointer that is there.
    write_tree(repo, {"README.md": OPEN_WEIGHTS_README})
    git(repo, "add", "-A")
    proc = _pre_commit("run", "--all-files", cwd=repo, home=pre_commit_home)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.slow
def test_hook_judges_the_staged_content(tmp_path: Path, project_repo: tuple[Path, str],
                                        pre_commit_home: Path) -> None:
    repo = _model_repo(tmp_path / "model", OPEN_WEIGHTS_README)
    write_tree(repo, {".pre-commit-config.yaml": _config(project_repo)})
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "config")

    # Staged: the unbacked claim.  Working tree: the honest wording (unstaged).
    write_tree(repo, {"README.md": CLAIM_README})
    git(repo, "add", "README.md")
    write_tree(repo, {"README.md": OPEN_WEIGHTS_README})
    proc = _pre_commit("run", cwd=repo, home=pre_commit_home)
    _assert_finding_shown(proc)
    assert (repo / "README.md").read_text() == OPEN_WEIGHTS_README  # unstaged change restored

    # The other way round: staged honest wording, unstaged claim -> the commit is fine.
    git(repo, "add", "README.md")
    write_tree(repo, {"README.md": CLAIM_README})
    proc = _pre_commit("run", cwd=repo, home=pre_commit_home)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (repo / "README.md").read_text() == CLAIM_README

    # And through git itself: an installed hook lets the honest wording in and blocks the claim.
    assert _pre_commit("install", cwd=repo, home=pre_commit_home).returncode == 0
    write_tree(repo, {"README.md": OPEN_WEIGHTS_README + "\nEvaluation results are in the model card.\n"})
    git(repo, "add", "README.md")
    write_tree(repo, {"README.md": CLAIM_README})
    ok = _git_commit(repo, "honest wording", pre_commit_home)  # staged: open weights; unstaged: the claim
    assert ok.returncode == 0, ok.stdout + ok.stderr
    git(repo, "add", "README.md")  # now the claim is staged
    blocked = _git_commit(repo, "claim", pre_commit_home)
    assert blocked.returncode != 0
    assert f"README.md:{CLAIM_LINE}:" in blocked.stdout + blocked.stderr
    assert git(repo, "log", "--format=%s", "-1").strip() == "honest wording"


def _git_commit(repo: Path, message: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH" and not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update({"PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never",
                "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
                "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"})
    return subprocess.run(["git", "commit", "-m", message], cwd=repo, env=env, capture_output=True, text=True,
                          timeout=600)


@pytest.mark.slow
def test_hook_runs_without_network(tmp_path: Path, project_repo: tuple[Path, str], pre_commit_home: Path) -> None:
    """Once the environment is built, the hook needs no network: proxies pointing at a closed port and
    an unreachable package index change nothing."""
    repo = _model_repo(tmp_path / "model")
    write_tree(repo, {".pre-commit-config.yaml": _config(project_repo),
                      ".openwash.yml": "extends: builtin:default\nrules:\n  OW102: warning\n"})
    git(repo, "add", "-A")
    warm = _pre_commit("install-hooks", cwd=repo, home=pre_commit_home)
    assert warm.returncode == 0, warm.stdout + warm.stderr
    closed = f"http://127.0.0.1:{_closed_port()}"
    offline = {"HTTPS_PROXY": closed, "HTTP_PROXY": closed, "https_proxy": closed, "http_proxy": closed,
               "ALL_PROXY": closed, "NO_PROXY": "", "no_proxy": "", "PIP_NO_INDEX": "1"}
    proc = _pre_commit("run", "--all-files", cwd=repo, home=pre_commit_home, extra_env=offline)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "OW101" in out and f"README.md:{CLAIM_LINE}:" in out
    assert "OW102 warning" in out  # the local policy was applied


@pytest.mark.slow
def test_hook_with_uncached_remote_policy_says_how_to_vendor_or_pin(tmp_path: Path, project_repo: tuple[Path, str],
                                                                   pre_commit_home: Path) -> None:
    repo = _model_repo(tmp_path / "model", OPEN_WEIGHTS_README)
    write_tree(repo, {".pre-commit-config.yaml": _config(project_repo),
                      ".openwash.yml": "extends: https://policies.example.invalid/acme/openwash.yml\n"})
    git(repo, "add", "-A")
    proc = _pre_commit("run", "--all-files", cwd=repo, home=pre_commit_home,
                       extra_env={"OPENWASH_CACHE_DIR": str(tmp_path / "empty-cache")})
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "- exit code: 2" in out
    assert "no cached copy of https://policies.example.invalid/acme/openwash.yml" in out
    assert "vendor the policy" in out and "sha256" in out
    assert "Traceback" not in out


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- offline: no socket is ever opened (audit hook, no environment build needed) -----------------------

AUDIT = """
import sys
events = []
def hook(event, args):
    if event.startswith(("socket.", "http.client.", "urllib.")) or event in ("ssl.wrap_socket",):
        events.append(event)
sys.addaudithook(hook)
from openwash.cli import main
code = main(sys.argv[1:])
sys.stderr.write("NETWORK-EVENTS:" + ",".join(sorted(set(events))) + "\\n")
sys.exit(code)
"""


def _run_audited(*args: str, cwd: Path, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    from conftest import cli_env

    env = {**cli_env(), **(extra_env or {})}
    return subprocess.run([sys.executable, "-c", AUDIT, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize("policy", [
    None,  # no policy file: builtin:default
    "extends: builtin:default\nrules:\n  OW102: warning\n",
    "extends: policies/org.yml\n",  # a vendored (local) policy
])
def test_check_opens_no_socket_with_builtin_or_local_policy(tmp_path: Path, policy: str | None) -> None:
    repo = _model_repo(tmp_path / "model")
    files = {"policies/org.yml": "extends: builtin:default\nfail_on: warning\n"}
    if policy is not None:
        files[".openwash.yml"] = policy
    write_tree(repo, files)
    git(repo, "add", "-A")
    for extra in ([], ["--offline"], ["--format", "json"]):
        proc = _run_audited("check", ".", *extra, cwd=repo)
        assert proc.returncode == 1, proc.stderr
        assert "NETWORK-EVENTS:\n" in proc.stderr, proc.stderr


def test_audit_hook_would_see_a_connection(tmp_path: Path) -> None:
    """The audit above is not vacuous: opening a socket is an event it records."""
    code = AUDIT.replace("from openwash.cli import main\ncode = main(sys.argv[1:])",
                         "import socket\nsocket.socket().close()\ncode = 0")
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert "NETWORK-EVENTS:socket.__new__" in proc.stderr, proc.stderr


# --- a policy that extends a remote source: the cache, or a clear way out ------------------------------

ORG_POLICY = "extends: builtin:default\ndescription: acme org policy\nrules:\n  OW102: warning\n"


def _hook_args() -> list[str]:
    """The hook's own command line after ``openwash`` (so the tests run exactly what pre-commit runs)."""
    entry = _hook()["entry"].split()
    assert entry[0] == "openwash"
    return entry[1:]


@pytest.fixture(scope="module")
def https_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[object, Path]]:
    """A real HTTPS server on 127.0.0.1 with a throwaway certificate (and the CA bundle to trust it)."""
    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a test certificate")
    import ssl

    from pytest_httpserver import HTTPServer

    certs = tmp_path_factory.mktemp("tls")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", str(certs / "key.pem"),
                    "-out", str(certs / "cert.pem")], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certs / "cert.pem", certs / "key.pem")
    server = HTTPServer(host="127.0.0.1", port=0, ssl_context=context)
    server.start()
    yield server, certs / "cert.pem"
    server.stop()


def test_remote_policy_without_cache_fails_offline_and_says_how_to_vendor_or_pin(tmp_path: Path) -> None:
    repo = _model_repo(tmp_path / "model")
    write_tree(repo, {".openwash.yml": "extends: https://policies.example.invalid/acme/openwash.yml\n"})
    git(repo, "add", "-A")
    proc = _run_audited(*_hook_args(), cwd=repo,
                        extra_env={"OPENWASH_CACHE_DIR": str(tmp_path / "empty-cache"), "PRE_COMMIT": "1"})
    assert proc.returncode == 2, proc.stderr
    message = proc.stderr.splitlines()[0]
    assert message.startswith("openwash: error:") and "no cached copy" in message
    assert "vendor the policy" in message and ".openwash/" in message and "extends:" in message  # vendor
    assert "sha256" in message and "run openwash once online" in message  # or pin and cache it
    assert "Traceback" not in proc.stderr
    assert "NETWORK-EVENTS:\n" in proc.stderr  # it did not even try


def test_remote_policy_with_cache_passes_offline(tmp_path: Path, https_server: tuple[object, Path]) -> None:
    server, ca_bundle = https_server
    server.expect_request("/acme/openwash.yml").respond_with_data(  # type: ignore[attr-defined]
        ORG_POLICY, headers={"ETag": '"v1"'}, content_type="application/yaml")
    url = server.url_for("/acme/openwash.yml")  # type: ignore[attr-defined]
    assert url.startswith("https://127.0.0.1:")
    import hashlib

    pin = hashlib.sha256(ORG_POLICY.encode()).hexdigest()
    repo = _model_repo(tmp_path / "model")
    write_tree(repo, {".openwash.yml": f"extends:\n  - source: {url}\n    sha256: {pin}\n"})
    git(repo, "add", "-A")
    cache = {"OPENWASH_CACHE_DIR": str(tmp_path / "cache")}

    # Once, with network: any openwash command caches the pinned policy.
    online = _run_audited("policy", "show", cwd=repo, extra_env={**cache, "REQUESTS_CA_BUNDLE": str(ca_bundle)})
    assert online.returncode == 0, online.stderr
    fetches = len(server.log)  # type: ignore[attr-defined]
    assert fetches == 1

    # The hook, offline: the cached copy is used, no socket is opened, the org policy applies.
    proc = _run_audited(*_hook_args(), cwd=repo, extra_env={**cache, "PRE_COMMIT": "1"})
    assert proc.returncode == 1, proc.stderr  # OW101 is still an error; OW102 is a warning by the org policy
    assert "NETWORK-EVENTS:\n" in proc.stderr
    assert f"README.md:{CLAIM_LINE}:" in proc.stdout and "OW102 warning" in proc.stdout
    assert len(server.log) == fetches  # type: ignore[attr-defined]

    # An honest README passes under the cached policy, still offline.
    write_tree(repo, {"README.md": OPEN_WEIGHTS_README})
    proc = _run_audited(*_hook_args(), cwd=repo, extra_env={**cache, "PRE_COMMIT": "1"})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "NETWORK-EVENTS:\n" in proc.stderr


# --- what the hook imports -------------------------------------------------------------------------------

HEAVY = ("requests", "urllib3", "github", "jsonschema", "license_expression", "huggingface_hub", "httpx",
         "httpx2", "pyarrow", "dask", "distributed")


def _imported_modules(repo: Path, *args: str) -> set[str]:
    from conftest import cli_env

    code = ("import sys\nfrom openwash.cli import main\nimport io, contextlib\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n    rc = main(sys.argv[1:])\n"
            "print('\\n'.join(sorted(sys.modules)))\nprint('RC', rc)\n")
    proc = subprocess.run([sys.executable, "-c", code, *args], cwd=repo, env=cli_env(), capture_output=True,
                          text=True, timeout=120)
    assert proc.stdout.rstrip().endswith(("RC 0", "RC 1")), proc.stdout + proc.stderr
    return set(proc.stdout.split())


@pytest.fixture
def card_repo(tmp_path: Path) -> Iterator[Path]:
    card = "---\nlicense: llama2\ndatasets:\n  - foo/bar\ntags:\n  - text-generation\n---\n\n" + CLAIM_README
    yield make_git_repo(tmp_path / "card", {"README.md": card, "LICENSE": APACHE,
                                            "MODEL_CARD.md": card, "train.py": ""})


def test_check_does_not_import_network_or_schema_libraries(card_repo: Path) -> None:
    modules = _imported_modules(card_repo, "check", ".")
    assert "openwash.engine" in modules  # the check really ran
    heavy = sorted(m for m in modules if m.split(".")[0] in HEAVY)
    assert heavy == [], f"imported on the pre-commit path: {heavy}"
