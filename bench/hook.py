"""Wall time of the pre-commit hook: ``openwash check`` vs ``codespell`` vs ``python -c pass``.

usage: python bench/hook.py [--repo meta-llama__llama] [--rounds 21] [--openwash EXE] [--codespell EXE]

The three commands run in one process tree, interleaved (A B C A B C ...), on the same
materialized corpus repository (README, LICENSE, model card; made a git repository, as the
hook always sees one).  codespell reads the same documents that openwash checks.  Prints the
median (and quartiles) of each and the ratio openwash / codespell; the goal is <= 0.6.  A fourth
command only imports markdown-it-py and PyYAML, the libraries the hook is required to use: its ratio
to codespell is the floor no implementation on them can go below; a fifth also parses the documents
with markdown-it-py, as every check must.  When markdown-it-pyrs (the compiled markdown-it with byte
source maps, not a dependency of openwash) is importable, a sixth command does the same with it: the
floor a compiled parser would leave.

By default openwash runs from this checkout's src/ exactly as its console script would
(``from openwash.cli import main``) with byte code compiled first, as pip does on install;
``--openwash`` times an installed executable instead (e.g. the pre-commit environment's
bin/openwash).  Not run by the tests.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_path import find_corpus, require_corpus  # noqa: E402

CORPUS = find_corpus()
OUT = ROOT / "bench" / "out"

# What pip writes into the console script ``openwash`` (it imports re and sys first).
CONSOLE_SCRIPT = "import re, sys\nfrom openwash.cli import main\nsys.exit(main())\n"


# The floor plus the Markdown parse every check needs (markdown-it-py as src/openwash/markdown.py sets it up).
PARSE_ONLY = """import re, sys, yaml
from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin
md = MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough").use(front_matter_plugin)
for name in sys.argv[1:]:
    with open(name, encoding="utf-8") as f:
        md.parse(f.read())
"""

# The same with markdown-it-pyrs, for comparison only (openwash is required to parse with markdown-it-py).
PARSE_PYRS = """import re, sys, yaml
from markdown_it_pyrs import MarkdownIt
md = MarkdownIt("commonmark").enable_many(["table", "strikethrough", "front_matter"])
for name in sys.argv[1:]:
    with open(name, encoding="utf-8") as f:
        md.tree(f.read())
"""


def materialize(name: str) -> Path:
    dest = OUT / "hook-corpus"
    repo = dest / name
    if not (repo / ".git").is_dir():
        subprocess.run([sys.executable, str(CORPUS / "materialize.py"), str(dest), name], check=True,
                       stdout=subprocess.DEVNULL)
        env = {**os.environ, "GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@example.invalid",
               "GIT_COMMITTER_NAME": "b", "GIT_COMMITTER_EMAIL": "b@example.invalid"}
        for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "corpus"]):
            subprocess.run(["git", "-C", str(repo), *args], check=True, env=env)
    return repo


def documents(repo: Path) -> list[str]:
    """The files openwash reads in ``repo`` (so that codespell reads the same)."""
    sys.path.insert(0, str(ROOT / "src"))
    from openwash.discovery import discover
    from openwash.policy import resolve

    policy = resolve(repo, None)
    return [f.path for f in discover(repo, policy.include, policy.exclude).files]


def run(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float, int]:
    """Wall time, CPU time (user + system, the command and its children) and exit code of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.returncode


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repo", default="meta-llama__llama", help="corpus repository to materialize and check")
    ap.add_argument("--rounds", type=int, default=21)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--openwash", help="an installed openwash executable (default: this checkout's src/)")
    ap.add_argument("--codespell", default=shutil.which("codespell", path=str(Path(sys.executable).parent))
                    or shutil.which("codespell"))
    args = ap.parse_args(argv)
    require_corpus("bench/hook.py", CORPUS)
    if not args.codespell:
        print("codespell not found (pip install codespell)", file=sys.stderr)
        return 2

    repo = materialize(args.repo)
    docs = documents(repo)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}
    env["OPENWASH_CACHE_DIR"] = str(OUT / "cache")
    if args.openwash:
        openwash = [args.openwash, "check", "--offline", "."]
    else:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src")], check=True, env=env)
        env["PYTHONPATH"] = str(ROOT / "src")
        openwash = [sys.executable, "-c", CONSOLE_SCRIPT, "check", "--offline", "."]
    commands = {
        "openwash check": openwash,
        "codespell": [args.codespell, *docs],
        "python -c pass": [sys.executable, "-c", "pass"],
        # The floor any implementation on the required libraries pays before reading a byte: the hook
        # must parse Markdown with markdown-it-py and YAML (front matter, policies) with PyYAML.
        "import markdown_it, yaml": [sys.executable, "-c", "import re, sys, markdown_it, yaml"],
        # ... and parsing the same documents with markdown-it-py configured as openwash configures it.
        "+ parse with markdown-it": [sys.executable, "-c", PARSE_ONLY, *docs],
    }
    has_pyrs = subprocess.run([sys.executable, "-c", "import markdown_it_pyrs"], stderr=subprocess.DEVNULL).returncode == 0
    if has_pyrs:
        commands["+ parse, markdown-it-pyrs"] = [sys.executable, "-c", PARSE_PYRS, *docs]
    envs = {name: env for name in commands}
    times: dict[str, list[float]] = {k: [] for k in commands}
    cpu: dict[str, list[float]] = {k: [] for k in commands}
    codes: dict[str, set[int]] = {k: set() for k in commands}
    for i in range(args.warmup + args.rounds):
        for name, cmd in commands.items():
            elapsed, used, code = run(cmd, repo, envs[name])
            codes[name].add(code)
            if i >= args.warmup:
                times[name].append(elapsed)
                cpu[name].append(used)

    print(f"repository: {args.repo} ({len(docs)} documents: {', '.join(docs)})")
    print(f"rounds: {args.rounds} interleaved (after {args.warmup} warm-up), python {sys.version.split()[0]}")
    medians = {}
    for name, values in times.items():
        q1, _median, q3 = statistics.quantiles(values, n=4)
        medians[name] = statistics.median(values)
        print(f"  {name:25s} median {medians[name] * 1000:7.1f} ms   (q1 {q1 * 1000:6.1f}, q3 {q3 * 1000:6.1f})"
              f"   cpu {statistics.median(cpu[name]) * 1000:6.1f} ms   exit {sorted(codes[name])}")
    ratio = medians["openwash check"] / medians["codespell"]
    print(f"ratio openwash/codespell: {ratio:.2f} (goal <= 0.60: {'met' if ratio <= 0.6 else 'NOT met'})")
    cpu_ratio = statistics.median(cpu["openwash check"]) / statistics.median(cpu["codespell"])
    print(f"ratio of CPU time (less sensitive to a busy machine): {cpu_ratio:.2f}")
    def ratios(name: str) -> str:
        """Wall and CPU ratio of ``name`` to codespell (CPU is steadier on a shared virtual machine)."""
        wall = medians[name] / medians["codespell"]
        used = statistics.median(cpu[name]) / statistics.median(cpu["codespell"])
        return f"{wall:.2f} (CPU {used:.2f})"

    print(f"ratio of importing the required libraries alone to codespell (the floor): {ratios('import markdown_it, yaml')}")
    print("ratio of importing them and parsing the documents with markdown-it-py to codespell: "
          f"{ratios('+ parse with markdown-it')}")
    if has_pyrs:
        print("ratio of the same with the compiled markdown-it-pyrs instead (comparison only): "
              f"{ratios('+ parse, markdown-it-pyrs')}")
    else:
        print("(pip install markdown-it-pyrs to also see the floor a compiled Markdown parser would leave)")
    base = medians["python -c pass"]
    print(f"above interpreter start-up: openwash {(medians['openwash check'] - base) * 1000:.1f} ms, "
          f"codespell {(medians['codespell'] - base) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
