#!/usr/bin/env python3
"""The claim stage's CPU cost in a fresh process, compiled patterns included (issue 14: < 30 ms on the
``meta-llama/llama3`` documents).

    python bench/claim_stage.py [REPO_DIR] [--runs 7]

Each run is a new interpreter: it imports openwash, discovers the repository and runs
:func:`openwash.engine.prepare` (parsing and evidence, not counted), then times the claim stage: the
repository's own names (:func:`openwash.engine.claim_context`) and :func:`openwash.claims.find_claims` over
every document, on the process CPU clock.  ``re.compile`` is wrapped in the child before openwash is imported,
so the patterns compiled during the stage, and their compile time, are counted too.  Printed: the median and
range over the runs, and the compiled-pattern count and time of the median run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = next((c for c in (Path(os.environ.get("OPENWASH_CORPUS", "/nonexistent")), ROOT.parent / "shared" / "corpus")
               if c.is_dir()), ROOT.parent / "shared" / "corpus")

CHILD = r"""
import json, re, sys, time
compiled = [0, 0.0]
_compile = re.compile
def counting(pattern, flags=0):
    t = time.process_time()
    out = _compile(pattern, flags)
    compiled[0] += 1
    compiled[1] += time.process_time() - t
    return out
re.compile = counting
sys.path.insert(0, sys.argv[2])
from pathlib import Path
from openwash.claims import find_claims
from openwash.discovery import discover
from openwash.engine import claim_context, prepare
from openwash.policy import resolve_source
policy = resolve_source("builtin:default")
repo = discover(Path(sys.argv[1]), policy.include, policy.exclude)
prepared = prepare(repo, policy)
before = list(compiled)
t0 = time.process_time()
ctx = claim_context(repo, prepared.docs, policy, prepared.is_model_release)
claims = [c for doc in prepared.docs for c in find_claims(doc, ctx)]
cpu = time.process_time() - t0
print(json.dumps({"cpu_ms": cpu * 1000, "patterns": compiled[0] - before[0],
                  "compile_ms": (compiled[1] - before[1]) * 1000, "claims": len(claims),
                  "documents": len(prepared.docs)}))
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("repo", nargs="?", type=Path, default=CORPUS / "repos" / "meta-llama__llama3")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args(argv)
    if not args.repo.is_dir():
        print(f"bench/claim_stage.py: no such repository folder: {args.repo} (the corpus is not shipped with "
              "openwash)", file=sys.stderr)
        return 2
    runs = []
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, "-c", CHILD, str(args.repo), str(ROOT / "src")], capture_output=True,
                             text=True, check=True)
        runs.append(json.loads(out.stdout))
    runs.sort(key=lambda r: r["cpu_ms"])
    mid = runs[len(runs) // 2]
    print(f"{args.repo.name}: {mid['documents']} documents, {mid['claims']} claims")
    print(f"claim stage CPU: median {statistics.median(r['cpu_ms'] for r in runs):.1f} ms "
          f"(min {runs[0]['cpu_ms']:.1f}, max {runs[-1]['cpu_ms']:.1f}, {len(runs)} fresh processes; goal < 30 ms)")
    print(f"patterns compiled during the stage: {mid['patterns']} in {mid['compile_ms']:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
