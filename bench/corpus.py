"""Corpus bench: the real `openwash check --format json` over every materialized corpus repository and
model card, as they are (no injected claim).

Prints one row per entry: repo, is_model_release, claims, training_code / training_data / weights evidence
counts, license SPDX ids and category, findings (rule ids), milliseconds; then the total wall time.

usage: python bench/corpus.py [--dest DIR] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_path import require_corpus  # noqa: E402
from evidence import CORPUS, materialize  # noqa: E402


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dest", default="")
    ap.add_argument("--only", nargs="*", default=[])
    args = ap.parse_args(argv)
    require_corpus("bench/corpus.py", CORPUS)
    dest = Path(args.dest) if args.dest else Path(tempfile.mkdtemp(prefix="ow-corpus-"))
    entries = materialize(dest)
    if args.only:
        entries = [e for e in entries if e[0] in args.only]
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    header = (f"{'repo':44} {'model':5} {'claims':>6} {'code':>4} {'data':>4} {'wts':>4}  "
              f"{'license (category)':44} {'findings':34} {'ms':>6}")
    print(header)
    print("-" * len(header))
    t0 = time.perf_counter()
    times: list[float] = []
    for name, _kind, path in entries:
        t1 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "openwash", "check", str(path), "--format", "json"],
                              capture_output=True, text=True, env=env)
        ms = (time.perf_counter() - t1) * 1000
        times.append(ms)
        if proc.returncode not in (0, 1):
            print(f"{name:44} ERROR exit {proc.returncode}: {proc.stderr.strip()[:80]}")
            continue
        report = json.loads(proc.stdout)
        ev = report["evidence"]
        lic = ev["license"]
        claims = sum(1 for c in report["claims"] if not c["negated"])
        rules = Counter(f["rule"] for f in report["findings"])
        findings = " ".join(f"{r}x{n}" if n > 1 else r for r, n in sorted(rules.items())) or "-"
        spdx = ",".join(lic["spdx"][:3]) + ("+" if len(lic["spdx"]) > 3 else "")
        license_cell = f"{spdx[:34]} ({lic['category']})"
        print(f"{name[:44]:44} {'yes' if report['is_model_release'] else 'no':5} {claims:6} "
              f"{len(ev['training_code']):4} {len(ev['training_data']):4} {len(ev['weights']):4}  "
              f"{license_cell[:44]:44} {findings[:34]:34} {ms:6.0f}")
    wall = time.perf_counter() - t0
    times.sort()
    print("-" * len(header))
    print(f"{len(entries)} entries; total wall time {wall:.2f} s; per check median {times[len(times) // 2]:.0f} ms, "
          f"max {times[-1]:.0f} ms (each a fresh `python -m openwash` process)")
    if not args.dest:
        shutil.rmtree(dest, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
