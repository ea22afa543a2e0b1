"""Wall time of the pre-commit hook: ``openwash check`` vs ``codespell`` vs ``python -c pass``.

usage: python bench/hook.py [--repo meta-llama__llama3 | --no-phrase] [--rounds 21 | --instructions] [--openwash EXE | --src DIR]
                            [--codespell EXE]

The commands run in one process tree, interleaved (A B C C B A A B C ...), on the same
materialized corpus repository (README, LICENSE, model card; made a git repository, as the
hook always sees one).  codespell reads the same documents that openwash checks.  Prints the
median (and quartiles) of each, the ratio openwash / codespell of the medians and the median of the
per-round ratios; the goal (issue 19) is <= 1.0 on
the corpus documents and <= 0.5 with ``--no-phrase``: a commit whose documents (written here, not
corpus text) hold no openness phrase at all, which must not parse Markdown.  Before the timings it
prints the start-up budget of one ``openwash check``: the ``python -X importtime`` totals and the
regular expressions compiled (count and time), and whether markdown-it was imported.  A fourth
command only imports markdown-it-py and PyYAML, the libraries the hook is required to use: its ratio
to codespell is the floor no implementation on them can go below; a fifth also parses the documents
with markdown-it-py, as every check must.  When markdown-it-pyrs (the compiled markdown-it with byte
source maps, not a dependency of openwash) is importable, a sixth command does the same with it: the
floor a compiled parser would leave.

By default openwash runs from this checkout's src/ exactly as its console script would
(``from openwash.console import run``) with byte code compiled first, as pip does on install;
``--openwash`` times an installed executable instead (e.g. the pre-commit environment's
bin/openwash); ``--src`` times another source tree (e.g. an older commit's, for before/after).
``--plain-venv`` builds (in bench/out/hook-venv) the environment pre-commit builds for each hook: a plain
virtualenv with this checkout installed as a wheel (not editable) and codespell beside it, and times both
from there. That is the fair comparison: in a development environment with an editable install, every
interpreter, codespell's too, imports the editable finder (and pathlib, urllib, ...) at start-up, work
openwash needs anyway and codespell does not.
Not run by the tests.
"""

from __future__ import annotations

import argparse
import os
import re
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

# What pip writes into the console script ``openwash`` (it imports re and sys first; the entry point is
# pyproject's ``openwash = "openwash.console:run"``).
CONSOLE_SCRIPT = "import re, sys\nfrom openwash.console import run\nsys.exit(run())\n"


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


# The no-phrase commit: a small software project's documents with links, headings, code and a license,
# and no openness phrase anywhere (checked below with openwash.claims.may_contain_claim).
NO_PHRASE_FILES = {
    "README.md": """# tablefmt

Format rows of data as aligned text tables for terminals and log files.

[![tests](https://example.invalid/badge.svg)](https://example.invalid/ci)

## Install

```sh
pip install tablefmt
```

## Usage

```python
from tablefmt import render
print(render([["a", 1], ["b", 2]], header=["name", "count"]))
```

Columns are sized to their widest cell; numbers are right-aligned. See the
[changelog](CHANGELOG.md) for what changed and [contributing](CONTRIBUTING.md)
for how to send a patch.

| option   | default | meaning                 |
|----------|---------|-------------------------|
| `header` | `None`  | first row, underlined   |
| `align`  | `auto`  | `left`, `right`, `auto` |

## License

MIT, see [LICENSE](LICENSE).
""",
    "CONTRIBUTING.md": """# Contributing

1. Fork the project and create a branch.
2. Run `make test` before sending a pull request.
3. Describe the change in CHANGELOG.md.

Questions go to the [issue tracker](https://example.invalid/issues).
""",
    "CHANGELOG.md": "# Changelog\n\n## 1.2.0\n\n- right-align numbers\n- `align` option\n\n## 1.1.0\n\n- headers\n",
    "LICENSE": """MIT License

Copyright (c) 2024 The tablefmt authors

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction, including
without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the
following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial
portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
""",
    "tablefmt/__init__.py": "def render(rows, header=None):\n    return ''\n",
}

GIT_ENV = {"GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@example.invalid",
           "GIT_COMMITTER_NAME": "b", "GIT_COMMITTER_EMAIL": "b@example.invalid"}


def no_phrase_repo() -> Path:
    repo = OUT / "hook-no-phrase"
    if repo.exists():
        shutil.rmtree(repo)
    for rel, text in NO_PHRASE_FILES.items():
        (repo / rel).parent.mkdir(parents=True, exist_ok=True)
        (repo / rel).write_text(text, encoding="utf-8")
    env = {**os.environ, **GIT_ENV}
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "no phrase"]):
        subprocess.run(["git", "-C", str(repo), *args], check=True, env=env)
    return repo


# Runs one ``openwash check`` counting the regular expressions compiled (re.compile, which lazyre's first use
# calls too) and the time spent in them, and whether markdown-it was imported.  Printed as one JSON line
# on stderr after the check's own output.
COUNT_PATTERNS = """import json, re, sys, time
_orig = re.compile
stats = {"openwash": [0, 0.0], "other": [0, 0.0]}
def counting(pattern, flags=0):
    t = time.perf_counter()
    try:
        return _orig(pattern, flags)
    finally:
        who = "openwash" if "openwash" in sys._getframe(1).f_code.co_filename else "other"
        stats[who][0] += 1
        stats[who][1] += time.perf_counter() - t
re.compile = counting
from openwash.cli import main
try:
    code = main()
finally:
    stats["markdown_it"] = "markdown_it" in sys.modules
    print(json.dumps(stats), file=sys.stderr)
sys.exit(code)
"""


def startup_budget(cmd_env: dict[str, str], repo: Path, console: list[str]) -> None:
    """Print the ``-X importtime`` totals and the compiled-pattern count of one ``openwash check``."""
    import json

    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", CONSOLE_SCRIPT, *console], cwd=repo,
                          env=cmd_env, capture_output=True, text=True)
    total = 0
    by_package: dict[str, int] = {}  # self times summed by top-level package
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, _cumulative, name = line[len("import time:"):].split("|", 2)
        total += int(self_us)
        package = name.strip().split(".")[0]
        by_package[package] = by_package.get(package, 0) + int(self_us)
    print(f"start-up: -X importtime total {total / 1000:.1f} ms (self times summed; importtime adds overhead); by "
          "package: " + ", ".join(f"{k} {v / 1000:.1f} ms"
                                  for k, v in sorted(by_package.items(), key=lambda kv: -kv[1])[:6]))
    proc = subprocess.run([sys.executable, "-c", COUNT_PATTERNS, *console], cwd=repo, env=cmd_env,
                          capture_output=True, text=True)
    try:
        stats = json.loads(proc.stderr.strip().splitlines()[-1])
    except (ValueError, IndexError):
        print(f"start-up: could not count patterns: {proc.stderr[-500:]}")
        return
    print(f"start-up: patterns compiled: openwash {stats['openwash'][0]} in {stats['openwash'][1] * 1000:.1f} ms,"
          f" libraries {stats['other'][0]} in {stats['other'][1] * 1000:.1f} ms; markdown-it imported: "
          f"{'yes' if stats['markdown_it'] else 'no'}")


def plain_venv(checkout: Path) -> Path:
    """bench/out/hook-venv with ``checkout`` installed as a wheel (reinstalled on every call, so that it is the
    checkout's current code) and codespell: what pre-commit builds for a hook. Returns its bin/ folder."""
    venv = OUT / "hook-venv"
    bin_dir = venv / "bin"
    if not (bin_dir / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", "codespell"], check=True)
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", "--force-reinstall", "--no-deps",
                    str(checkout)], check=True)
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(checkout)], check=True)  # its deps
    return bin_dir


def peak_rss(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, int]:
    """Peak RSS in MB of one run of ``cmd`` (``ru_maxrss`` of that process, from wait4) and its exit code."""
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss / 1024, proc.returncode


def materialize(name: str) -> Path:
    dest = OUT / "hook-corpus"
    repo = dest / name
    if not (repo / ".git").is_dir():
        subprocess.run([sys.executable, str(CORPUS / "materialize.py"), str(dest), name], check=True,
                       stdout=subprocess.DEVNULL)
        env = {**os.environ, **GIT_ENV}
        for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "corpus"]):
            subprocess.run(["git", "-C", str(repo), *args], check=True, env=env)
    return repo


def documents(repo: Path, src: Path) -> list[str]:
    """The files openwash reads in ``repo`` (so that codespell reads the same)."""
    sys.path.insert(0, str(src))
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


def instructions(cmd: list[str], cwd: Path, env: dict[str, str]) -> int:
    """Instructions one run of ``cmd`` executes (valgrind's callgrind; its children are not followed)."""
    proc = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd], cwd=cwd, env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    found = re.search(r"Collected : (\d+)", proc.stderr)
    if not found:
        raise SystemExit(f"valgrind gave no count for {cmd[:3]}: {proc.stderr[-300:]}")
    return int(found.group(1))


def count_instructions(commands: dict[str, list[str]], repo: Path, env: dict[str, str], docs: list[str],
                       source: str) -> int:
    """Print the instruction count of each command and the ratios to codespell: a figure that a busy or
    throttled machine does not change (wall and CPU time on a shared virtual machine vary by 10-20 % between
    runs).  The openwash check runs git once (a child process, not counted; codespell runs none)."""
    if not shutil.which("valgrind"):
        print("valgrind not found: --instructions needs it", file=sys.stderr)
        return 2
    print(f"documents: {', '.join(docs)}; openwash from {source}; instructions (callgrind, one run each):")
    counts = {name: instructions(cmd, repo, env) for name, cmd in commands.items()}
    for name, count in counts.items():
        print(f"  {name:25s} {count / 1e6:8.1f} M   ({count / counts['codespell']:.2f}x codespell)")
    base = counts["python -c pass"]
    print(f"above interpreter start-up: openwash {(counts['openwash check'] - base) / 1e6:.1f} M, "
          f"codespell {(counts['codespell'] - base) / 1e6:.1f} M")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repo", default="meta-llama__llama3", help="corpus repository to materialize and check")
    ap.add_argument("--no-phrase", action="store_true",
                    help="check the no-phrase commit (documents written here, no openness phrase) instead")
    ap.add_argument("--rss-only", action="store_true",
                    help="only print the start-up budget and the peak RSS of one check (e.g. on the largest "
                         "corpus repository, --repo Graylog2__graylog2-server)")
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the openwash source tree to time")
    ap.add_argument("--instructions", action="store_true",
                    help="instead of timing, count the instructions of one run of each command under valgrind's "
                         "callgrind (the same count whatever else the machine is doing)")
    ap.add_argument("--rounds", type=int, default=21)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--openwash", help="an installed openwash executable (default: this checkout's src/)")
    ap.add_argument("--plain-venv", action="store_true",
                    help="install this checkout (not editable) and codespell into bench/out/hook-venv, as "
                         "pre-commit would, and time both from there")
    ap.add_argument("--codespell", default=shutil.which("codespell", path=str(Path(sys.executable).parent))
                    or shutil.which("codespell"))
    args = ap.parse_args(argv)
    if args.plain_venv:
        bin_dir = plain_venv(args.src.resolve().parent)
        args.openwash, args.codespell = str(bin_dir / "openwash"), str(bin_dir / "codespell")
    if not args.no_phrase:
        require_corpus("bench/hook.py", CORPUS)
    if not args.codespell:
        print("codespell not found (pip install codespell)", file=sys.stderr)
        return 2

    src = args.src.resolve()
    repo = no_phrase_repo() if args.no_phrase else materialize(args.repo)
    docs = documents(repo, src)
    if args.no_phrase:
        from openwash.claims import may_contain_claim

        assert not any(may_contain_claim((repo / d).read_text(encoding="utf-8")) for d in docs), docs
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}
    env["OPENWASH_CACHE_DIR"] = str(OUT / "cache")
    if args.openwash:
        openwash = [args.openwash, "check", "--offline", "."]
    else:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(src)], check=True, env=env)
        env["PYTHONPATH"] = str(src)
        openwash = [sys.executable, "-c", CONSOLE_SCRIPT, "check", "--offline", "."]
        startup_budget(env, repo, ["check", "--offline", "."])
    rss, code = peak_rss(openwash, repo, env)
    rss_codespell, _ = peak_rss([args.codespell, *docs], repo, env)
    print(f"peak RSS of one openwash check: {rss:.0f} MB (exit {code}); codespell on the same documents: "
          f"{rss_codespell:.0f} MB; {len(docs)} documents, "
          f"{sum((repo / d).stat().st_size for d in docs) / 1e3:.0f} KB")
    if args.rss_only:
        return 0
    # The interpreter of the floor commands: the one openwash and codespell run on.
    python = str(Path(args.openwash).parent / "python") if args.plain_venv else sys.executable
    commands = {
        "openwash check": openwash,
        "codespell": [args.codespell, *docs],
        "python -c pass": [python, "-c", "pass"],
        # The floor any implementation on the required libraries pays before reading a byte: the hook
        # must parse Markdown with markdown-it-py and YAML (front matter, policies) with PyYAML.
        "import markdown_it, yaml": [python, "-c", "import re, sys, markdown_it, yaml"],
        # ... and parsing the same documents with markdown-it-py configured as openwash configures it.
        "+ parse with markdown-it": [python, "-c", PARSE_ONLY, *docs],
    }
    has_pyrs = subprocess.run([python, "-c", "import markdown_it_pyrs"], stderr=subprocess.DEVNULL).returncode == 0
    if has_pyrs:
        commands["+ parse, markdown-it-pyrs"] = [python, "-c", PARSE_PYRS, *docs]
    envs = {name: env for name in commands}
    if args.instructions:
        return count_instructions(commands, repo, env, docs, args.openwash or str(src))
    times: dict[str, list[float]] = {k: [] for k in commands}
    cpu: dict[str, list[float]] = {k: [] for k in commands}
    codes: dict[str, set[int]] = {k: set() for k in commands}
    for i in range(args.warmup + args.rounds):
        # (every other round in the reverse order: no command always runs first, right after the last round's
        # slowest one, or always last)
        for name, cmd in (reversed(commands.items()) if i % 2 else commands.items()):
            elapsed, used, code = run(cmd, repo, envs[name])
            codes[name].add(code)
            if i >= args.warmup:
                times[name].append(elapsed)
                cpu[name].append(used)

    print(f"repository: {'the no-phrase commit' if args.no_phrase else args.repo} "
          f"({len(docs)} documents: {', '.join(docs)}); openwash from {args.openwash or src}")
    print(f"rounds: {args.rounds} interleaved (after {args.warmup} warm-up), python {sys.version.split()[0]}")
    medians = {}
    for name, values in times.items():
        q1, _median, q3 = statistics.quantiles(values, n=4)
        medians[name] = statistics.median(values)
        print(f"  {name:25s} median {medians[name] * 1000:7.1f} ms   (q1 {q1 * 1000:6.1f}, q3 {q3 * 1000:6.1f})"
              f"   cpu {statistics.median(cpu[name]) * 1000:6.1f} ms   exit {sorted(codes[name])}")
    ratio = medians["openwash check"] / medians["codespell"]
    goal = 0.5 if args.no_phrase else 1.0
    print(f"ratio openwash/codespell: {ratio:.2f} (goal <= {goal:.2f}: {'met' if ratio <= goal else 'NOT met'})")
    cpu_ratio = statistics.median(cpu["openwash check"]) / statistics.median(cpu["codespell"])
    print(f"ratio of CPU time (less sensitive to a busy machine): {cpu_ratio:.2f}")
    # each round's openwash run over the codespell run beside it: a load that comes and goes slows both
    paired = [o / c for o, c in zip(times["openwash check"], times["codespell"], strict=True)]
    p1, _pm, p3 = statistics.quantiles(paired, n=4)
    print(f"ratio per round (openwash over the codespell run beside it): median {statistics.median(paired):.2f} "
          f"(q1 {p1:.2f}, q3 {p3:.2f})")
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
