#!/usr/bin/env python3
"""Claim-detection bench: openwash's claim judgement against the labelled sentence corpora.

usage: python bench/claims.py [--data FILE ...] [--corpus DIR] [--list] [--alone]

Every sentence is written into a repository folder named after its source (``owner__name``), at its real
path (non-Markdown paths get ``.md``), between its ``context_before`` and ``context_after`` lines
(``--alone``: without them), and the folder is judged the way ``openwash check`` judges it (in process:
discovery, the engine's repository context) under the default policy with every Markdown file in scope
(``files: include+: ["**/*.md", ...]``: root pages and folder READMEs are then documents, not side pages).  A
sentence is predicted a claim when a claim that is not negated sits on its lines; a sentence in a file that policy
still leaves out (a vendored or hidden folder's, a nested CHANGELOG or CONTRIBUTING) is predicted no claim, as
``openwash check`` reports none there.

Printed per data file and for both together:

* precision / recall / F1 of ``claim`` on the items not marked debatable;
* the figures **cross-validated by repository**: the detector fits no parameter, threshold or word list
  on this data at run time, so every fold's held-out figures are the figures above (the grammar's words
  were written by people who had read ``dev.jsonl``; ``dev2.jsonl`` was never tuned on, and the gap
  between the two files is the honest measure of over-fitting);
* target and negation accuracy, false positives per non-claim category, recall per form (lead, tagline,
  list bullet, heading, table cell, HTML block, front matter, CJK) and per language;
* the misclassified sentences with the decision record (``--list``).

``--mirrors DIR`` judges each item in its whole repository instead, where a snapshot of it is at hand: DIR holds
bare git copies named ``owner+name/repo`` (what the library's ``fetch`` writes); the repository's documents (its
Markdown files, README, licence and card files, package metadata) are written out as they stand there, the whole
folder is judged once, and an item is predicted a claim when a claim that is not negated sits on the lines its
text has in that file. Items whose repository has no snapshot, or whose text the snapshot's file does not hold
(another version, another cut), are counted and left out; the figures are then for the items found.

The corpus (``../shared/corpus``) is not shipped with openwash: without it the bench says so and exits 2.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

from openwash.claims import (  # noqa: E402
    explain_document,
    find_claims,
    own_places_of,
)
from openwash.discovery import (  # noqa: E402
    decode_document,
    discover,
    git_stdout,
    matches,
    select_documents,
)
from openwash.engine import prepare  # noqa: E402
from openwash.policy import resolve_source  # noqa: E402

DEFAULT_CORPUS = next((p / "shared" / "corpus" for p in (ROOT.parent, ROOT.parent.parent)
                       if (p / "shared" / "corpus").is_dir()), ROOT.parent / "shared" / "corpus")
MARKDOWN_IN_SCOPE = ["**/*.md", "**/*.markdown", "**/*.mdx"]
# block kind (or own place) -> the form reported
FORMS = {"lead": "lead", "tagl": "tagline", "list_item": "list bullet", "heading": "heading",
         "table_cell": "table cell", "html": "HTML block", "front_matter": "front matter", "paragraph": "body",
         "alt_text": "badge", "metadata": "front matter"}


@dataclass
class Judged:
    """One labelled item as openwash judged it in its repository folder."""

    item: dict
    predicted: bool
    negated: bool
    target: str
    form: str
    notes: list[str]  # the decision on each phrase of its lines (--list)


SETEXT_UNDERLINE = re.compile(r" {0,3}(?:=+|-+)[ \t]*")


TABLE_ROW = re.compile(r"\s*\|.*\|\s*")
TABLE_DELIMITER = re.compile(r"\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*")


def _cells(row: str) -> int:
    return max(len(re.split(r"(?<!\\)\|", row.strip().strip("|"))), 1)


def table_layout(item: dict) -> tuple[str, int, int] | None:
    """A table row ('| ChatGLM | … 开源了 … |') written back into a table, as it stood in its file: its neighbouring
    rows beside it, under its delimiter row, or over it when the sentence is the header. A row alone in a paragraph
    is no table, so it would lose its row (the first cell it describes) and its header. The header above a body row
    is not in the item: it is written with empty cells."""
    text = item["text"]
    if "\n" in text.strip() or not TABLE_ROW.fullmatch(text):
        return None
    before, after = item.get("context_before") or "", item.get("context_after") or ""
    row_before = TABLE_ROW.fullmatch(before) and "\n" not in before.strip()
    row_after = TABLE_ROW.fullmatch(after) and "\n" not in after.strip()
    if row_after and TABLE_DELIMITER.fullmatch(after):
        # the sentence is the header row
        lines = ([before, ""] if before.strip() else []) + [text, after]
        return "\n".join(lines) + "\n", len(lines) - 1, len(lines) - 1
    n = _cells(text)
    lines = ["|" + " |" * n, "|" + " --- |" * n]
    if row_before and TABLE_DELIMITER.fullmatch(before):
        lines = ["|" + " |" * _cells(before), before]
    elif row_before:
        lines.append(before)
    elif before.strip():
        lines = [before, "", *lines]
    lines.append(text)
    at = len(lines)
    if row_after:
        lines.append(after)
    elif after.strip():
        lines += ["", after]
    return "\n".join(lines) + "\n", at, at


def layout(item: dict, alone: bool = False) -> tuple[str, int, int]:
    """The file text for one item and the first/last line of the sentence in it (``alone``: the sentence is the
    whole file, without its neighbouring lines)."""
    table = None if alone else table_layout(item)
    if table is not None:
        return table
    parts: list[str] = []
    line = 1
    before = "" if alone else item.get("context_before") or ""
    if before.strip():
        if before.lstrip().startswith("---"):
            parts.append("")  # never let a context line open YAML front matter
            line += 1
        parts.append(before)
        parts.append("")
        line += before.count("\n") + 2
    text = item["text"]
    parts.append(text)
    after = "" if alone else item.get("context_after") or ""
    if after.strip():
        # a setext underline ('-----------' under 'Open Source') is the sentence's own line in the file: it makes
        # the sentence a heading there, and a blank line between them would make it a paragraph and a rule
        if not SETEXT_UNDERLINE.fullmatch(after) or "\n" in text.strip():
            parts.append("")
        parts.append(after)
    return "\n".join(parts) + "\n", line, line + text.count("\n")


def _form(item: dict, place_form: str) -> str:
    if item.get("lang") in ("zh", "ja"):
        return "cjk"
    return place_form or "body"


OUT_OF_SCOPE = "(file not judged: the policy's scope leaves it out, so `openwash check` reports no claim in it)"


def judge_item(item: dict, tmp: Path, policy, alone: bool = False) -> Judged:
    owner, _, name = item["repo"].partition("/")
    text, first, last = layout(item, alone)
    rel = item["path"]
    if not rel.lower().endswith((".md", ".markdown", ".mdx")):
        rel = rel.rsplit(".", 1)[0] + ".md"
    root = tmp / item["id"] / f"{owner}__{name}"
    (root / rel).parent.mkdir(parents=True, exist_ok=True)
    (root / rel).write_text(text, encoding="utf-8")
    repo = discover(root, policy.include, policy.exclude)
    prep = prepare(repo, policy)
    doc = next((d for d in prep.docs if d.path == rel), None)
    if doc is None:  # as `openwash check` does, a file the policy leaves out (a vendored folder's) gives no claim
        return Judged(item, False, False, "none", _form(item, "body"), [OUT_OF_SCOPE])
    claims = [c for c in find_claims(doc, prep.context) if first <= c.line <= last]
    positive = [c for c in claims if not c.negated]
    notes = [f"{j.phrase!r} -> {'claim' if j.claim else 'no'}{' negated' if j.negated else ''} [{j.rule}] "
             f"{j.reason}" for line, _col, j in explain_document(doc, prep.context) if first <= line <= last]
    own_places = own_places_of(doc, prep.context.own_names)
    block = next((b for b in doc.blocks if first <= b.line <= last), None)
    form = "body" if block is None else FORMS.get(own_places.get(id(block), "")[:4], FORMS.get(block.kind, "body"))
    return Judged(item, bool(positive), any(c.negated for c in claims),
                  positive[0].target if positive else "none", _form(item, form), notes)


MAX_PLACEHOLDERS = 50_000  # the files of a tree written empty beside its documents


def write_snapshot(mirror: Path, root: Path, include: list[str], exclude: list[str],
                   also: frozenset[str] = frozenset()) -> dict[str, str]:
    """Write under ``root`` the documents a check of a repository snapshot (a bare git copy) reads, chosen and
    decoded as the organization sweep chooses and decodes fetched files (:func:`select_documents`,
    :func:`decode_document`), and the paths ``also`` (the files the items come from); their texts by path."""
    listing = git_stdout([f"--git-dir={mirror}", "ls-tree", "-r", "HEAD"], timeout=120)
    blobs: dict[str, str] = {}
    for row in (listing or b"").decode("utf-8", "surrogateescape").splitlines():
        meta, _tab, path = row.partition("\t")
        parts = meta.split()
        if len(parts) == 3 and parts[1] == "blob":
            blobs[path] = parts[2]
    texts: dict[str, str] = {}
    notices: list = []
    for path in sorted(set(select_documents(list(blobs), include, exclude)) | (also & blobs.keys())):
        data = git_stdout([f"--git-dir={mirror}", "cat-file", "blob", blobs[path]], timeout=120)
        text = decode_document(data, path, notices) if data is not None else None  # (None: listed, not stored)
        if text is None:
            continue
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        texts[path] = text
    # every other file of the tree is there too, empty, as a checkout has it: what the repository holds (a nested
    # project's licence, its training code) is read from its paths
    for path in sorted(blobs.keys() - texts.keys())[:MAX_PLACEHOLDERS]:
        target = root / path
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.touch()
        except OSError:  # (a path no file system here can hold)
            continue
    return texts


def _flat(text: str) -> tuple[str, list[int]]:
    """``text`` with every run of white space one space, and the offset in ``text`` of each character kept."""
    out: list[str] = []
    where: list[int] = []
    for m in re.finditer(r"\s+|\S+", text):
        if m.group(0)[0].isspace():
            if out and out[-1] != " ":
                out.append(" ")
                where.append(m.start())
        else:
            out.extend(m.group(0))
            where.extend(range(m.start(), m.end()))
    return "".join(out), where


def locate(item: dict, text: str) -> tuple[int, int] | None:
    """The first and last line (1-based) of the item's text in the file ``text``, or None."""
    flat, where = _flat(text)
    want = " ".join(item["text"].split())
    before = " ".join((item.get("context_before") or "").split())[-40:]
    for probe in (want, want[:60], want[-60:]):
        hits = [m.start() for m in re.finditer(re.escape(probe), flat)] if len(probe) >= 12 or probe == want else []
        if not hits:
            continue
        # (the same text twice in a file: the one after its neighbouring line)
        at = next((h for h in hits if before and flat.rfind(before, max(0, h - 600), h) >= 0), hits[0])
        end = min(at + len(probe) - 1, len(where) - 1)
        return text.count("\n", 0, where[at]) + 1, text.count("\n", 0, where[end]) + 1
    return None


def judge_in_repositories(items: list[dict], mirrors: Path) -> tuple[list[Judged], Counter]:
    """Each item judged in its whole repository snapshot (``--mirrors``); and how many could not be."""
    out: list[Judged] = []
    missing: Counter = Counter()
    by_repo: dict[str, list[dict]] = {}
    for it in items:
        by_repo.setdefault(it["repo"], []).append(it)
    with tempfile.TemporaryDirectory(prefix="ow-bench-repos-") as tmp:
        policy_file = Path(tmp) / "policy.yml"
        policy_file.write_text("extends: [builtin:default]\nfiles:\n  include+: " + json.dumps(MARKDOWN_IN_SCOPE)
                               + "\n", encoding="utf-8")
        policy = resolve_source(str(policy_file), offline=True)
        for repo_name, its in by_repo.items():
            owner, _, name = repo_name.partition("/")
            mirror = mirrors / f"{owner}+{name}" / "repo"
            if not mirror.is_dir():
                missing["no snapshot"] += len(its)
                continue
            root = Path(tmp) / "repos" / f"{owner}__{name}"
            # (the Markdown files the items come from are written whatever the scope, so that an item in a file
            # `openwash check` leaves out is scored as found nowhere; other files, such as .rst, openwash does not read)
            texts = write_snapshot(mirror, root, policy.include, policy.exclude,
                                   frozenset(it["path"] for it in its if matches(it["path"], MARKDOWN_IN_SCOPE)))
            repo = discover(root, policy.include, policy.exclude)
            prep = prepare(repo, policy)
            docs = {d.path: d for d in prep.docs}
            found_in: dict[str, list] = {}
            explained: dict[str, list] = {}
            for it in its:
                path = it["path"]
                doc = docs.get(path)
                span = locate(it, texts[path]) if path in texts else None
                if doc is None and span is not None:
                    out.append(Judged(it, False, False, "none", _form(it, "body"), [OUT_OF_SCOPE]))
                    continue
                if doc is None or span is None:
                    missing["file not in the snapshot" if path not in texts else "text not in the file"] += 1
                    continue
                if path not in found_in:
                    found_in[path] = find_claims(doc, prep.context)
                first, last = span
                claims = [c for c in found_in[path] if first <= c.line <= last]
                positive = [c for c in claims if not c.negated]
                notes = []
                if it.get("claim") != bool(positive):  # (the decision record, for --list)
                    if path not in explained:
                        explained[path] = explain_document(doc, prep.context)
                    notes = [f"{j.phrase!r} -> {'claim' if j.claim else 'no'}{' negated' if j.negated else ''} "
                             f"[{j.rule}] {j.reason}" for line, _col, j in explained[path] if first <= line <= last]
                block = next((b for b in doc.blocks if first <= b.line <= last), None)
                out.append(Judged(it, bool(positive), any(c.negated for c in claims),
                                  positive[0].target if positive else "none",
                                  _form(it, "body" if block is None else FORMS.get(block.kind, "body")), notes))
    return out, missing


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def judge_all(items: list[dict], alone: bool = False) -> list[Judged]:
    out = []
    with tempfile.TemporaryDirectory(prefix="ow-bench-claims-") as tmp:
        # builtin:default with every Markdown file in scope
        policy_file = Path(tmp) / "policy.yml"
        policy_file.write_text("extends: [builtin:default]\nfiles:\n  include+: " + json.dumps(MARKDOWN_IN_SCOPE)
                               + "\n", encoding="utf-8")
        policy = resolve_source(str(policy_file), offline=True)
        for it in items:
            out.append(judge_item(it, Path(tmp), policy, alone))
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fold_of(repo: str, k: int) -> int:
    return zlib.crc32(repo.encode("utf-8")) % k


def score_predictions(rows: list[tuple[dict, bool]]) -> tuple[float, float, float, Counter]:
    c: Counter = Counter()
    for it, pred in rows:
        if it.get("debatable"):
            continue
        gold = bool(it["claim"])
        c["tp" if gold and pred else "fp" if pred else "fn" if gold else "tn"] += 1
    p, r, f = prf(c["tp"], c["fp"], c["fn"])
    return p, r, f, c


def report(name: str, judged: list[Judged], folds: int, show: bool) -> None:
    p, r, f, c = score_predictions([(j.item, j.predicted) for j in judged])
    per_fold = [score_predictions([(j.item, j.predicted) for j in judged if fold_of(j.item["repo"], folds) == k])
                for k in range(folds)]
    scored = [j for j in judged if not j.item.get("debatable")]
    print(f"\n== {name}: {len(scored)} scored ({sum(1 for j in scored if j.item['claim'])} claims), "
          f"{len(judged) - len(scored)} debatable left out, {len({j.item['repo'] for j in judged})} repositories")
    print(f"  precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}   (TP/FP/FN {c['tp']}/{c['fp']}/{c['fn']})")
    print("  repository-grouped folds (nothing fitted, so held-out = overall): precision "
          + " ".join(f"{fp:.2f}" for fp, _r, _f, _c in per_fold) + "; recall "
          + " ".join(f"{fr:.2f}" for _p, fr, _f, _c in per_fold))
    found = [j for j in scored if j.item["claim"] and j.predicted]
    if found:
        t_ok = sum(j.target == j.item["target"] for j in found)
        n_ok = sum(j.negated == bool(j.item["negated"]) for j in found)
        print(f"  target accuracy {t_ok / len(found):.3f} ({t_ok}/{len(found)}); negation accuracy "
              f"{n_ok / len(found):.3f}")
        confused = Counter(f"{j.item['target']}->{j.target}" for j in found if j.target != j.item["target"])
        print("  target confusions (gold->found): " + ", ".join(f"{k} {n}" for k, n in confused.most_common()))
    cats: Counter = Counter(j.item["category"] for j in scored if not j.item["claim"])
    fps: Counter = Counter(j.item["category"] for j in scored if not j.item["claim"] and j.predicted)
    print("  false positives per category: " + ", ".join(f"{k} {fps[k]}/{n}" for k, n in cats.most_common()))
    forms: Counter = Counter(j.form for j in scored if j.item["claim"])
    hits: Counter = Counter(j.form for j in scored if j.item["claim"] and j.predicted)
    print("  recall per form: " + ", ".join(f"{k} {hits[k]}/{n}" for k, n in forms.most_common()))
    langs: Counter = Counter(j.item["lang"] for j in scored if j.item["claim"])
    lh: Counter = Counter(j.item["lang"] for j in scored if j.item["claim"] and j.predicted)
    print("  recall per language: " + ", ".join(f"{k} {lh[k]}/{n}" for k, n in langs.most_common()))
    if show:
        for j in scored:
            gold = bool(j.item["claim"])
            if gold != j.predicted:
                kind = "FN" if gold else f"FP {j.item['category']}"
                print(f"    {kind} {j.item['id']} {j.item['repo']} [{j.form}] {j.item['text'][:150]!r}")
                for note in j.notes:
                    print(f"        -> {note[:220]}")
            elif gold and j.target != j.item["target"]:
                print(f"    TARGET {j.item['target']}->{j.target} {j.item['id']} {j.item['repo']} "
                      f"{j.item['text'][:150]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, action="append", help="labelled sentences (JSON lines); repeatable")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--list", action="store_true", help="list the misclassified sentences")
    ap.add_argument("--alone", action="store_true",
                    help="write each sentence alone in its file, without its neighbouring lines (no heading or "
                         "lead above it tells where it sat)")
    ap.add_argument("--mirrors", type=Path,
                    help="judge each item in its whole repository: bare git snapshots named owner+name/repo here")
    args = ap.parse_args(argv)
    files = args.data or [args.corpus / "sentences" / "dev.jsonl", args.corpus / "sentences" / "dev2.jsonl"]
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        print(f"bench/claims.py: the evaluation corpus is not here ({', '.join(missing)}); "
              "it is not shipped with openwash (pass --corpus DIR)", file=sys.stderr)
        return 2
    sets = {f.name: load(f) for f in files}
    t0 = time.perf_counter()
    if args.mirrors:
        judged = {}
        for name, items in sets.items():
            judged[name], missing = judge_in_repositories(items, args.mirrors)
            print(f"{name}: {len(judged[name])} of {len(items)} items judged in their repository snapshot; left out: "
                  + (", ".join(f"{k} {n}" for k, n in missing.most_common()) or "none"))
    else:
        judged = {name: judge_all(items, args.alone) for name, items in sets.items()}
    spent = time.perf_counter() - t0
    everything = [j for js in judged.values() for j in js]
    for name, js in judged.items():
        report(name, js, args.folds, args.list)
    report("both", everything, args.folds, False)
    print(f"\n{len(everything)} items judged in {spent:.1f} s ({len(everything) / spent:.0f} repositories/s, "
          "each a full engine run)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
