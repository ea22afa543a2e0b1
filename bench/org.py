#!/usr/bin/env python3
"""Organization sweep bench: a fake GitHub API with 1,000 realistic repositories, swept cold and warm.

    python bench/org.py [--repos 1000] [--latency 0.05] [--concurrency 4]

The fake server (tests/fakegithub.py) runs in its own process with 50 ms of latency per request, ETags,
rate-limit headers and GraphQL.  Its repositories are generated from the materialized corpus
(/work/shared/corpus/materialize.py): the real READMEs, licenses and model cards of the corpus repositories
with their real file trees (nested documents the corpus does not keep get a short generated text), plus
the corpus model cards as Hugging Face style model repositories; each copy's README gets its own line so no
two repositories are identical.  Then ``openwash org`` (the real CLI, in a subprocess, production settings)
sweeps the organization three times against one cache directory:

* cold: empty cache;
* warm: nothing changed;
* incremental: 5% of the repositories got a new commit (README edited) in between.

The organization also has a ``.github`` repository without ``openwash.yml`` (``--no-dot-github`` leaves it
out): the central policy's 404 must be remembered, or every warm sweep pays a point for it.

Printed per sweep: API requests per repository, rate-limit points used (REST requests that were not 304,
plus GraphQL query cost as the server computed it), wall time, CPU time, bytes the server sent, and the
peak RSS of the sweep process (``ru_maxrss`` from ``wait4``; its engine workers are reported apart as the
largest of them) with the size of the JSON report, so that memory can be compared across ``--repos``.  Goals: cold <= 1.2 requests per
repository, warm 0 points for unchanged repositories, cold sweep of 1,000 repositories under 60 s.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_path import find_corpus, require_corpus  # noqa: E402

CORPUS = find_corpus()
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

MODEL_REPO_FILES = {"config.json": b'{"architectures": ["LlamaForCausalLM"]}\n', "generation_config.json": b"{}\n",
                    "model.safetensors": b"", "tokenizer.json": b"{}\n",
                    ".gitattributes": b"*.safetensors filter=lfs diff=lfs merge=lfs -text\n"}


def _nested_doc(rel: str) -> bytes:
    """A short document for a nested Markdown file whose text the corpus does not keep."""
    folder = rel.rsplit("/", 1)[0] if "/" in rel else "."
    name = rel.rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("_", " ").replace("-", " ")
    body = (f"# {name}\n\nThis page documents `{folder}`. It describes the configuration options, the command "
            "line flags and the expected inputs and outputs of the scripts in this folder, with examples.\n\n"
            "## Usage\n\n```sh\npython run.py --config configs/default.yaml\n```\n\n"
            "See the top-level README for installation instructions and the license.\n")
    return (body * 3).encode("utf-8")


def load_templates(materialized: Path) -> list[tuple[str, dict[str, bytes]]]:
    from openwash.discovery import DEFAULT_EXCLUDE, DEFAULT_INCLUDE, in_scope

    templates = []
    for repo_dir in sorted(p for p in materialized.iterdir() if p.is_dir()):
        files: dict[str, bytes] = {}
        for path in repo_dir.rglob("*"):
            if path.is_file() and not path.is_symlink():
                files[path.relative_to(repo_dir).as_posix()] = path.read_bytes()
        docs = set(in_scope(sorted(files), DEFAULT_INCLUDE, DEFAULT_EXCLUDE))
        for rel in docs:
            if not files[rel] and rel.lower().endswith(".md"):
                files[rel] = _nested_doc(rel)
        templates.append((repo_dir.name.split("__")[-1], files))
    for card in sorted((CORPUS / "modelcards").iterdir()):
        readme = card / "README.md"
        if readme.is_file():
            templates.append((card.name, {"README.md": readme.read_bytes(), **MODEL_REPO_FILES}))
    return templates


def serve(args: argparse.Namespace) -> None:
    from fakegithub import FakeGitHub

    templates = load_templates(Path(args.corpus))
    fake = FakeGitHub(latency=args.latency, core_limit=100_000, graphql_limit=100_000)
    if args.dot_github:
        fake.add_repo("bench", ".github", {"profile/README.md": b"# bench\n\nThe bench organization.\n"})
    for i in range(args.repos):
        name, files = templates[i % len(templates)]
        files = dict(files)
        readme = next((p for p in sorted(files) if "/" not in p and p.lower().startswith("readme")), "README.md")
        files[readme] = files.get(readme, b"") + f"\n\nMaintained by team {i % 41} (copy {i}).\n".encode()
        fake.add_repo("bench", f"{name}-{i:04d}", files, topics=["ml"] if i % 3 == 0 else [],
                      fork=i % 10 == 9, archived=i % 50 == 49, visibility="private" if i % 4 == 3 else "public")
    fake.start()
    fake.prepare()
    print(fake.url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        fake.stop()


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as r:
        return json.loads(r.read())


def _post(url: str, body: dict) -> dict:
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read())


def _children_cpu() -> float:
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def sweep(url: str, cache: Path, out: Path, concurrency: int) -> tuple[float, dict, dict, str, float, dict]:
    import resource

    env = {**os.environ, "OPENWASH_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT / "src")}
    env.pop("OPENWASH_GITHUB_NO_THROTTLE", None)
    env.pop("GITHUB_TOKEN", None)
    _get(f"{url}/_fake/reset")
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as err_file:
        proc = subprocess.Popen([sys.executable, "-m", "openwash", "org", "bench", "--api-url", url,
                                 "--include-archived", "--format", "json", "--output", str(out), "--concurrency",
                                 str(concurrency), "--quiet"], env=env, stdout=subprocess.DEVNULL, stderr=err_file)
        # wait4: the sweep process's own peak RSS (RUSAGE_CHILDREN would mix in every earlier child)
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        err_file.seek(0)
        stderr = err_file.read().decode("utf-8", "replace")
    wall = time.perf_counter() - t0
    cpu = _children_cpu() - cpu0  # the sweep and its worker processes
    if proc.returncode not in (0, 1):
        raise SystemExit(f"sweep failed ({proc.returncode}):\n{stderr}")
    stats = _get(f"{url}/_fake/stats")
    report = json.loads(out.read_text())
    memory = {"sweep_rss_mb": usage.ru_maxrss / 1024,
              "largest_child_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
              "report_mb": out.stat().st_size / 1e6}
    return wall, stats, report, stderr, cpu, memory


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repos", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--changed", type=float, default=0.05, help="share of repositories changed before the "
                        "incremental sweep")
    parser.add_argument("--no-dot-github", dest="dot_github", action="store_false",
                        help="no .github repository in the organization")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args)
        return 0
    require_corpus("bench/org.py", CORPUS)
    with tempfile.TemporaryDirectory(prefix="openwash-bench-org-") as tmp:
        tmpdir = Path(tmp)
        subprocess.run([sys.executable, str(CORPUS / "materialize.py"), str(tmpdir / "corpus")], check=True,
                       capture_output=True)
        server = subprocess.Popen([sys.executable, __file__, "--serve", "--corpus", str(tmpdir / "corpus"),
                                   "--repos", str(args.repos), "--latency", str(args.latency),
                                   *([] if args.dot_github else ["--no-dot-github"])],
                                  stdout=subprocess.PIPE, text=True)
        try:
            assert server.stdout is not None
            url = server.stdout.readline().strip()
            if not url.startswith("http"):
                raise SystemExit("the fake server did not start")
            print(f"fake GitHub at {url}: {args.repos} repositories, {args.latency * 1000:.0f} ms latency per "
                  f"request, concurrency {args.concurrency}, {os.cpu_count()} CPUs")
            cache = tmpdir / "cache"
            rows = []
            for label in ("cold", "warm", "incremental"):
                if label == "incremental":
                    step = max(1, round(1 / args.changed)) if args.changed > 0 else 0
                    changed = 0
                    for i in range(0, args.repos, step or args.repos + 1):
                        name = next(r["repository"] for r in rows[0][4]["repositories"]
                                    if r["repository"].endswith(f"-{i:04d}"))
                        _post(f"{url}/_fake/push", {"repo": name, "files": {
                            "README.md": f"# {name}\n\nAn open-source model; training code in train/.\n"}})
                        changed += 1
                    label = f"incremental ({changed} changed)"
                load = os.getloadavg()[0]
                wall, stats, report, _err, cpu, memory = sweep(url, cache, tmpdir / "report.json", args.concurrency)
                n = report["summary"]["repositories"]
                rows.append((label, n, stats, wall, report, cpu, load, memory))
            print()
            print(f"{'sweep':<26}{'repos':>6}{'requests':>10}{'req/repo':>10}{'304s':>7}{'REST pts':>10}"
                  f"{'GraphQL pts':>13}{'points':>8}{'wall s':>9}{'CPU s':>8}{'load':>6}{'KB sent':>9}"
                  f"{'RSS MB':>8}{'report MB':>10}")
            for label, n, stats, wall, _, cpu, load, memory in rows:
                print(f"{label:<26}{n:>6}{stats['requests']:>10}{stats['requests'] / max(n, 1):>10.3f}"
                      f"{stats['not_modified']:>7}{stats['core_points']:>10}{stats['graphql_points']:>13}"
                      f"{stats['points']:>8}{wall:>9.1f}{cpu:>8.1f}{load:>6.1f}{stats.get('bytes_sent', 0) / 1e3:>9.0f}"
                      f"{memory['sweep_rss_mb']:>8.0f}{memory['report_mb']:>10.2f}")
            print(f"(RSS MB: peak of the sweep process; the largest process overall, engine workers included: "
                  f"{max(r[7]['largest_child_rss_mb'] for r in rows):.0f} MB)")
            print("(CPU s: the sweep process and its engine workers; load: 1-minute load average before the sweep "
                  "-- other work on the machine slows the wall time)")
            summary = rows[0][4]["summary"]
            print()
            print(f"verdicts (cold): {summary['pass']} pass, {summary['fail']} fail, {summary['error']} not checked, "
                  f"{summary['empty']} empty; {summary['claiming_open_source']} claim open source, "
                  f"{summary['backed']} back it")
            print("requests by route (cold):")
            for route, count in sorted(rows[0][2]["by_route"].items(), key=lambda kv: -kv[1]):
                print(f"  {count:>6}  {route}")
            same = [json.dumps(o, sort_keys=True) for o in rows[0][4]["repositories"]] == \
                   [json.dumps(o, sort_keys=True) for o in rows[1][4]["repositories"]]
            print(f"warm report identical to cold: {same}")
        finally:
            server.terminate()
            server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
