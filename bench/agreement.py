#!/usr/bin/env python3
"""How far two labellers agree on ``claim``, and where openwash stands between them.

usage: python bench/agreement.py --data FIRST.jsonl [--data ...] --second SECOND.jsonl [--second ...] [--list]

``--data`` holds labelled items in the format of ``../shared/corpus/sentences/README.md`` (the first labels);
``--second`` holds a second labeller's labels of the same items, made without seeing the first's: one object
per item with ``id`` and the label fields (``claim``, ``debatable``, ...).  Items of the first files that
the second did not label are left out.

A precision/recall goal is a goal against one person's labels.  This bench measures the ceiling such a goal
has: the second labeller scored as if a detector, against the first labels, on the items neither marks
debatable; Cohen's kappa of the two; openwash judged (as ``bench/claims.py`` judges: each sentence written in
its repository folder, at its path, with its neighbouring lines) against the first labels, the second, and the
items both agree on; and, of openwash's disagreements with the first labels, how many the second labeller
decides as openwash does.  Nothing here is fitted: the figures are for reading, not for tuning.

Not run by the tests; needs the labelled files, which are not shipped with openwash.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from claims import judge_all, load, prf


def kappa(pairs: list[tuple[bool, bool]]) -> float:
    """Cohen's kappa of two yes/no labellings of the same items."""
    n = len(pairs)
    if not n:
        return 0.0
    observed = sum(a == b for a, b in pairs) / n
    yes_a = sum(a for a, _ in pairs) / n
    yes_b = sum(b for _, b in pairs) / n
    expected = yes_a * yes_b + (1 - yes_a) * (1 - yes_b)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def scored(pairs: list[tuple[bool, bool]]) -> str:
    """``predicted`` against ``gold`` as precision / recall (TP/FP/FN)."""
    c = Counter("tp" if g and p else "fp" if p else "fn" if g else "tn" for g, p in pairs)
    p, r, _f = prf(c["tp"], c["fp"], c["fn"])
    return f"P {p:.3f} R {r:.3f} ({c['tp']}/{c['fp']}/{c['fn']})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, action="append", required=True, help="first labels (full items)")
    ap.add_argument("--second", type=Path, action="append", required=True, help="second labels (id + labels)")
    ap.add_argument("--list", action="store_true", help="list the items where the labellers disagree")
    args = ap.parse_args(argv)
    missing = [str(f) for f in [*args.data, *args.second] if not f.is_file()]
    if missing:
        print(f"bench/agreement.py: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    second = {row["id"]: row for f in args.second for row in load(f)}
    items = [it for f in args.data for it in load(f) if it["id"] in second]
    if not items:
        print("bench/agreement.py: the second labels name none of the items", file=sys.stderr)
        return 2
    judged = {j.item["id"]: j.predicted for j in judge_all(items)}

    both_sure = [it for it in items if not it.get("debatable") and not second[it["id"]].get("debatable")]
    first_sure = [it for it in items if not it.get("debatable")]
    print(f"{len(items)} items labelled twice ({len({it['repo'] for it in items})} repositories); "
          f"debatable: first {sum(bool(it.get('debatable')) for it in items)}, "
          f"second {sum(bool(second[it['id']].get('debatable')) for it in items)}; "
          f"neither: {len(both_sure)}")
    pairs_all = [(bool(it["claim"]), bool(second[it["id"]]["claim"])) for it in items]
    pairs_sure = [(bool(it["claim"]), bool(second[it["id"]]["claim"])) for it in both_sure]
    for name, pairs in (("all items", pairs_all), ("neither debatable", pairs_sure)):
        agree = sum(a == b for a, b in pairs)
        print(f"  labellers on {name}: agree {agree}/{len(pairs)} ({agree / len(pairs):.3f}), "
              f"kappa {kappa(pairs):.3f}; second scored against first: {scored(pairs)}")

    print("openwash on the items neither labeller marks debatable:")
    print(f"  against the first labels:  {scored([(bool(it['claim']), judged[it['id']]) for it in both_sure])}")
    print(f"  against the second labels: "
          f"{scored([(bool(second[it['id']]['claim']), judged[it['id']]) for it in both_sure])}")
    agreed = [it for it in both_sure if bool(it["claim"]) == bool(second[it["id"]]["claim"])]
    print(f"  against both, where they agree ({len(agreed)} items): "
          f"{scored([(bool(it['claim']), judged[it['id']]) for it in agreed])}")
    print("openwash on the items the first labeller does not mark debatable (as bench/claims.py scores):")
    print(f"  against the first labels:  {scored([(bool(it['claim']), judged[it['id']]) for it in first_sure])}")
    wrong = [it for it in first_sure if judged[it["id"]] != bool(it["claim"])]
    sided = sum(bool(second[it["id"]]["claim"]) == judged[it["id"]] for it in wrong)
    unsure = sum(bool(second[it["id"]].get("debatable")) for it in wrong)
    print(f"  of its {len(wrong)} disagreements with the first labels, the second labeller decides {sided} as "
          f"openwash does ({unsure} of the {len(wrong)} marked debatable by the second)")
    if args.list:
        for it in items:
            b = second[it["id"]]
            if bool(it["claim"]) != bool(b["claim"]):
                print(f"    {it['id']} first {it['claim']!s:5} second {b['claim']!s:5} openwash "
                      f"{judged[it['id']]!s:5} {it['repo']} {it['text'][:110]!r}")
                if b.get("note"):
                    print(f"        second's note: {b['note'][:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
