"""The long fuzz campaign of issue 9: over 100,000 generated inputs through openwash's public entry points.

Runs the properties of tests/test_fuzz.py one by one with many more examples than the test suite does
(``OPENWASH_FUZZ_EXAMPLES``) and prints, per property, the number of inputs, failures and the time
taken.  Any failure prints hypothesis' minimal failing example and makes the exit code 1.

usage: python bench/fuzz.py [--scale 1.0]     (--scale 0.1 for a ten-times shorter run)

The default split (110,200 inputs): 60,000 Markdown documents through parse_document + find_claims,
30,000 in-memory repositories through check_repository and all five reporters, 20,000 random policies
through resolve_source, and 200 generated repositories through the real CLI in every format.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CAMPAIGN = [  # (test, inputs, scale of OPENWASH_FUZZ_EXAMPLES in the test)
    ("test_parse_and_claims_survive_any_markdown", 60_000, 1),
    ("test_check_repository_and_every_reporter_survive_and_keep_the_contract", 30_000, 1),
    ("test_random_policy_yaml_raises_only_config_errors", 20_000, 1),
    ("test_the_real_cli_on_generated_repositories", 200, 200),
]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every count (default 1.0)")
    args = ap.parse_args(argv)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    total_inputs = 0
    failed = 0
    started = time.monotonic()
    print(f"{'property':74} {'inputs':>7} {'result':>7} {'seconds':>8}", flush=True)
    for test, inputs, scale in CAMPAIGN:
        n = max(1, int(inputs * args.scale))
        env["OPENWASH_FUZZ_EXAMPLES"] = str(n * scale)
        t = time.monotonic()
        proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                               "--hypothesis-show-statistics", f"tests/test_fuzz.py::{test}"],
                              cwd=ROOT, env=env, capture_output=True, text=True)
        elapsed = time.monotonic() - t
        passing = re.search(r"(\d+) passing, (\d+) failing", proc.stdout)
        ran = int(passing.group(1)) + int(passing.group(2)) if passing else n
        ok = proc.returncode == 0
        total_inputs += ran
        failed += 0 if ok else 1
        print(f"{test:74} {ran:>7} {'ok' if ok else 'FAILED':>7} {elapsed:>8.0f}", flush=True)
        if not ok:
            print(proc.stdout[-6000:], proc.stderr[-2000:], sep="\n", flush=True)
    print(f"openwash fuzz campaign: {total_inputs} inputs, {failed} failing properties, "
          f"{time.monotonic() - started:.0f} s", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
