#!/usr/bin/env python3
"""Claim-detection bench: openwash's claim detector against the labelled sentence corpus.

usage: PYTHONPATH=src python bench/claims.py [--data FILE] [--corpus DIR] [--no-scan] [--all]

Every sentence is written into its own temporary Markdown file, between its
``context_before`` and ``context_after`` lines (blank lines in between, so each
is its own block, as in the source file), parsed with
:func:`openwash.markdown.parse_document` and run through
:func:`openwash.claims.find_claims` — the same path ``openwash claims`` takes.
The own names are what the engine derives for a checkout named like the
corpus entry (``owner__name``): :func:`openwash.engine.own_names`.  A sentence
is predicted to be a claim when a non-negated claim sits on its line(s), and
predicted negated when a negated claim does.

Printed, side by side with the naive baseline (``open[ -]?source`` anywhere in
the sentence): precision, recall and F1 of ``claim`` on the items not marked
debatable; target accuracy and negation accuracy on the true claims found;
negation accuracy on every scored sentence; recall per language; false
positives per non-claim category; the misclassified sentences; sentences per
second; and the scan throughput (MB/s) over the materialized corpus.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

from openwash.claims import Claim, ClaimContext, explain_document, find_claims  # noqa: E402
from openwash.discovery import Repository, role_of  # noqa: E402
from openwash.engine import own_names  # noqa: E402
from openwash.markdown import parse_document  # noqa: E402

# ../shared/corpus next to the checkout (a worktree under /work/wt/NAME looks two levels up).
DEFAULT_CORPUS = next((p / "shared" / "corpus" for p in (ROOT.parent, ROOT.parent.parent)
                       if (p / "shared" / "corpus").is_dir()), ROOT.parent / "shared" / "corpus")
DEFAULT_DATA = DEFAULT_CORPUS / "sentences" / "dev.jsonl"
BASELINE = re.compile(r"open[ -]?source", re.IGNORECASE)
SCAN_SUFFIXES = (".md", ".markdown", ".mdx", ".txt", ".rst")


def layout(item: dict) -> tuple[str, int, int]:
    """The file text for one item and the first/last line of the sentence in it."""
    parts: list[str] = []
    line = 1
    before = item.get("context_before") or ""
    if before.strip():
        if before.lstrip().startswith("---"):
            parts.append("")  # never let a context line open YAML front matter
            line += 1
        parts.append(before)
        parts.append("")
        line += before.count("\n") + 2
    text = item["text"]
    parts.append(text)
    after = item.get("context_after") or ""
    if after.strip():
        parts.append("")
        parts.append(after)
    return "\n".join(parts) + "\n", line, line + text.count("\n")


def classify(item: dict, tmp: Path, explain: bool = False) -> tuple[list[Claim], float, list[str]]:
    owner, _, name = item["repo"].partition("/")
    text, first, last = layout(item)
    rel = item["path"]
    md_rel = rel if rel.lower().endswith((".md", ".markdown", ".mdx")) else rel.rsplit(".", 1)[0] + ".md"
    path = tmp / item["id"] / md_rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    start = time.perf_counter()
    role = role_of(md_rel)
    if role not in ("readme", "model_card", "data_card"):
        role = "docs"  # what `openwash claims` does with any other file
    doc = parse_document(md_rel, role, path.read_text(encoding="utf-8"))
    repo = Repository(root=tmp / item["id"], name=f"{owner}__{name}", paths=[md_rel])
    ctx = ClaimContext(own_names=own_names(repo, [doc]))
    claims = [c for c in find_claims(doc, ctx) if first <= c.line <= last]
    spent = time.perf_counter() - start
    notes = []
    if explain:
        notes = [f"{j.phrase!r} -> {'claim' if j.claim else 'no'}{' negated' if j.negated else ''} [{j.rule}] {j.reason}"
                 for line, _col, j in explain_document(doc, ctx) if first <= line <= last]
    return claims, spent, notes


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def scan_corpus(corpus: Path) -> tuple[int, int, int, float, float]:
    """Materialize the corpus and run the detector over every Markdown/text document in it."""
    with tempfile.TemporaryDirectory(prefix="ow-bench-corpus-") as tmp:
        subprocess.run([sys.executable, str(corpus / "materialize.py"), tmp], check=True,
                       stdout=subprocess.DEVNULL)
        files: list[tuple[Path, Path]] = []
        for repo_dir in sorted(Path(tmp).iterdir()):
            for p in sorted(repo_dir.rglob("*")):
                if p.is_file() and p.stat().st_size and (p.suffix.lower() in SCAN_SUFFIXES
                                                         or p.name.upper().startswith("README")):
                    files.append((repo_dir, p))
        cards = corpus / "modelcards"
        if cards.is_dir():
            files.extend((c.parent, c) for c in sorted(cards.glob("*/README.md")))
        texts = []
        for repo_dir, p in files:
            try:
                texts.append((repo_dir, p.relative_to(repo_dir).as_posix(), p.read_text(encoding="utf-8")))
            except (UnicodeDecodeError, OSError):
                continue
        total = sum(len(t.encode("utf-8")) for _, _, t in texts)
        parse_time = 0.0
        docs = []
        for repo_dir, rel, text in texts:
            role = role_of(rel)
            if role not in ("readme", "model_card", "data_card"):
                role = "docs"
            t0 = time.perf_counter()
            doc = parse_document(rel, role, text)
            parse_time += time.perf_counter() - t0
            docs.append((doc, ClaimContext(own_names=own_names(
                Repository(root=repo_dir, name=repo_dir.name, paths=[]), [doc]))))
        runs = []
        for _ in range(3):  # best of three: the machine may be busy
            t1 = time.perf_counter()
            n_claims = sum(len(find_claims(doc, ctx)) for doc, ctx in docs)
            runs.append(time.perf_counter() - t1)
        return len(texts), total, n_claims, parse_time, min(runs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="labelled sentences (JSON lines)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus folder with materialize.py")
    ap.add_argument("--no-scan", action="store_true", help="skip the corpus throughput scan")
    ap.add_argument("--all", action="store_true", help="also list misclassified debatable items")
    args = ap.parse_args(argv)

    items = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    labelled = all("claim" in it for it in items)
    rows = []
    with tempfile.TemporaryDirectory(prefix="ow-bench-claims-") as tmp:
        wall = time.perf_counter()
        busy = 0.0
        for it in items:
            claims, spent, _notes = classify(it, Path(tmp))
            busy += spent
            rows.append((it, claims))
        wall = time.perf_counter() - wall
    print(f"{len(items)} sentences from {args.data}")
    print(f"speed: {len(items) / busy:,.0f} sentences/s (parse + detect), {len(items) / wall:,.0f} sentences/s "
          f"(including writing and reading the temp files)")
    if not labelled:
        print("no labels in this file: only speed is reported")
        return 0

    def predicted(claims: list[Claim]) -> tuple[bool, bool, str]:
        positive = [c for c in claims if not c.negated]
        return bool(positive), any(c.negated for c in claims), positive[0].target if positive else "none"

    def positive_strength(claims: list[Claim]) -> str:
        return next((c.strength for c in claims if not c.negated), "n/a")

    scored = [(it, c) for it, c in rows if not it.get("debatable")]
    ours = Counter()
    base = Counter()
    lang_total: Counter[str] = Counter()
    lang_hit: Counter[str] = Counter()
    lang_base: Counter[str] = Counter()
    fp_cat: Counter[str] = Counter()
    fp_cat_base: Counter[str] = Counter()
    cat_total: Counter[str] = Counter()
    target_ok = target_n = neg_ok = neg_n = neg_all_ok = strength_ok = strength_n = 0
    wrong: dict[str, list[tuple[dict, list[Claim], str]]] = defaultdict(list)
    for it, claims in scored:
        gold = bool(it["claim"])
        pred, neg, target = predicted(claims)
        bpred = bool(BASELINE.search(it["text"]))
        for counter, p in ((ours, pred), (base, bpred)):
            counter["tp" if gold and p else "fp" if p else "fn" if gold else "tn"] += 1
        neg_all_ok += neg == bool(it["negated"])
        if gold:
            lang_total[it["lang"]] += 1
            lang_hit[it["lang"]] += pred
            lang_base[it["lang"]] += bpred
            if pred:
                target_n += 1
                target_ok += target == it["target"]
                neg_n += 1
                neg_ok += neg == bool(it["negated"])
                strength_n += 1
                strength_ok += positive_strength(claims) == it["strength"]
                if target != it["target"]:
                    wrong["wrong target"].append((it, claims, f"gold {it['target']}, got {target}"))
                if neg != bool(it["negated"]):
                    wrong["wrong negation"].append((it, claims, f"gold negated={it['negated']}"))
            else:
                wrong["missed claim (FN)"].append((it, claims, f"{it['target']} {it['strength']}"))
        else:
            cat_total[it["category"]] += 1
            if pred:
                fp_cat[it["category"]] += 1
                wrong["false claim (FP)"].append((it, claims, it["category"]))
            if bpred:
                fp_cat_base[it["category"]] += 1
            if neg != bool(it["negated"]):
                wrong["wrong negation (non-claim)"].append((it, claims, f"gold negated={it['negated']}"))

    p, r, f = prf(ours["tp"], ours["fp"], ours["fn"])
    bp, br, bf = prf(base["tp"], base["fp"], base["fn"])
    n_true = ours["tp"] + ours["fn"]
    print(f"\nscored (not debatable): {len(scored)} sentences, {n_true} claims, "
          f"{len(scored) - n_true} non-claims; debatable left out: {len(rows) - len(scored)}")
    print(f"\n{'':24}{'openwash':>10}{'baseline':>10}{'target':>8}")
    print(f"{'claim precision':24}{p:10.3f}{bp:10.3f}{'>=0.97':>8}")
    print(f"{'claim recall':24}{r:10.3f}{br:10.3f}{'>=0.93':>8}")
    print(f"{'claim F1':24}{f:10.3f}{bf:10.3f}")
    counts = f"{ours['tp']}/{ours['fp']}/{ours['fn']}"
    base_counts = f"{base['tp']}/{base['fp']}/{base['fn']}"
    print(f"{'TP / FP / FN':24}{counts:>10}{base_counts:>10}")
    print(f"{'target accuracy':24}{target_ok / max(target_n, 1):10.3f}{'':>10}{'>=0.90':>8}"
          f"   ({target_ok}/{target_n} true claims found)")
    print(f"{'negation accuracy':24}{neg_ok / max(neg_n, 1):10.3f}{'':>10}{'>=0.97':>8}"
          f"   ({neg_ok}/{neg_n} true claims found)")
    print(f"{'strength accuracy':24}{strength_ok / max(strength_n, 1):10.3f}{'':>10}{'(info)':>8}"
          f"   ({strength_ok}/{strength_n} true claims found)")
    print(f"{'negation acc. (all)':24}{neg_all_ok / len(scored):10.3f}{'':>10}{'':>8}"
          f"   ({neg_all_ok}/{len(scored)} scored sentences)")
    print("\nrecall per language       openwash  baseline")
    langs = Counter(it["lang"] for it, _c in scored)
    for lang in sorted(langs, key=lambda k: (-lang_total[k], k)):
        n = lang_total[lang]
        if n:
            print(f"  {lang:6} ({n:3} claims)    {lang_hit[lang] / n:8.3f}  {lang_base[lang] / n:8.3f}")
        else:
            print(f"  {lang:6} (  0 claims)         n/a       n/a   ({langs[lang]} non-claims, "
                  f"{sum(1 for it, c in scored if it['lang'] == lang and not it['claim'] and predicted(c)[0])} FP)")
    print("\nfalse positives per non-claim category   openwash  baseline")
    for cat in sorted(cat_total, key=lambda k: -cat_total[k]):
        print(f"  {cat:22} ({cat_total[cat]:3} items) {fp_cat[cat]:8}  {fp_cat_base[cat]:8}")

    deb = [(it, c) for it, c in rows if it.get("debatable")]
    deb_agree = sum(predicted(c)[0] == bool(it["claim"]) for it, c in deb)
    print(f"\ndebatable items (not scored): {deb_agree}/{len(deb)} agree with the label")
    if args.all:
        for it, c in deb:
            if predicted(c)[0] != bool(it["claim"]):
                wrong["debatable, disagrees"].append((it, c, it["category"] if not it["claim"] else it["target"]))

    with tempfile.TemporaryDirectory(prefix="ow-bench-explain-") as tmp:
        for kind, lst in wrong.items():
            print(f"\n{kind}: {len(lst)}")
            for it, _claims, why in lst:
                print(f"  {it['id']} [{it['lang']}] {it['repo']} ({why}): {it['text'][:180]!r}")
                for note in classify(it, Path(tmp), explain=True)[2]:
                    print(f"      -> {note[:200]}")

    if not args.no_scan and (args.corpus / "materialize.py").is_file():
        n_docs, size, n_claims, parse_time, claim_time = scan_corpus(args.corpus)
        mb = size / 1e6
        print(f"\ncorpus scan: {n_docs} Markdown/text documents, {mb:.1f} MB, {n_claims} claims")
        print(f"  parse + detect: {mb / (parse_time + claim_time):.2f} MB/s; detect only: "
              f"{mb / max(claim_time, 1e-9):.2f} MB/s ({parse_time:.2f}s parsing, {claim_time:.2f}s detecting)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
