"""No repeated work on the hook path: each document is read once, the policy file once, and git is asked
for the file list in at most one call (counted with an audit hook in a real ``openwash check`` process)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import cli_env, git, make_git_repo, write_tree

# Counts the files the run opens and the processes it starts (sys.addaudithook: no change to the code).
PROBE = """import collections, json, os, sys
opens = collections.Counter()
procs = []
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        opens[os.path.abspath(os.fsdecode(args[0]))] += 1
    elif event in ("subprocess.Popen", "os.posix_spawn"):  # (executable, argv, ...): git starts either way
        procs.append([os.fsdecode(a) for a in args[1]])
sys.addaudithook(hook)
from openwash.cli import main
code = main(["check", "--offline", "--quiet", "."])
root = os.getcwd()
print(json.dumps({"code": code, "procs": procs,
                  "opens": {os.path.relpath(p, root): n for p, n in opens.items() if p.startswith(root + os.sep)}}))
"""

FILES = {
    "README.md": "# heron\n\nHeron is an open-source model. See the [model card](MODEL_CARD.md).\n",
    "MODEL_CARD.md": "---\nlicense: apache-2.0\n---\n# Heron\n\nWeights: [heron](https://huggingface.co/acme/heron).\n",
    "LICENSE": "Apache License\nVersion 2.0, January 2004\n",
    "docs/usage.md": "# Usage\n\nRun it.\n",
    ".openwash.yml": "mode: enforce\n",
    "train.py": "print('train')\n",
}


def _probe(root: Path, home: Path | None = None) -> dict:
    env = cli_env()
    if home is not None:  # no user or system git configuration of this machine takes part
        env.update(HOME=str(home), GIT_CONFIG_NOSYSTEM="1")
        env.pop("XDG_CONFIG_HOME", None)
    proc = subprocess.run([sys.executable, "-c", PROBE], cwd=root, env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_documents_and_policy_are_read_once_and_git_is_asked_once(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "repo", FILES)
    git(root, "remote", "add", "origin", "https://github.com/acme/heron.git")
    (tmp_path / "home").mkdir()
    got = _probe(root, tmp_path / "home")
    assert got["code"] == 1  # the claim is not backed: the run did its whole job
    for name in ("README.md", "MODEL_CARD.md", "LICENSE", ".openwash.yml"):
        assert got["opens"].get(name) == 1, (name, got["opens"])
    assert all(n == 1 for n in got["opens"].values()), got["opens"]
    gits = [p for p in got["procs"] if p and Path(p[0]).name == "git"]
    # none: the file list is read from .git/index (openwash.gitindex), remote.origin.url (the repository's owner,
    # for the claim detector) from .git/config, each once
    assert gits == [], got["procs"]
    assert got["opens"].get(".git/index") == 1 and got["opens"].get(".git/config") == 1, got["opens"]


def test_git_is_asked_once_when_the_index_cannot_be_read(tmp_path: Path) -> None:
    root = make_git_repo(tmp_path / "repo", FILES)
    git(root, "update-index", "--index-version", "4")  # left to git (openwash.gitindex reads versions 2 and 3)
    (tmp_path / "home").mkdir()
    got = _probe(root, tmp_path / "home")
    assert got["code"] == 1
    assert all(n == 1 for n in got["opens"].values()), got["opens"]
    gits = [p for p in got["procs"] if p and Path(p[0]).name == "git"]
    assert len([p for p in gits if "ls-files" in p]) == 1 and len(gits) == 1, got["procs"]


def test_a_folder_outside_git_starts_no_git_process(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "plain", FILES)
    got = _probe(root)
    assert got["code"] == 1
    assert not [p for p in got["procs"] if p and Path(p[0]).name == "git"], got["procs"]
    assert all(n == 1 for n in got["opens"].values()), got["opens"]
