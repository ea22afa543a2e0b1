"""Evidence bench: openwash's verdicts on the real corpus against expert labels.

Materializes ../shared/corpus (repositories and model cards), appends an open-source claim to each
README (``This model is fully open source.``; ``This project is open source.`` for a repository that
releases no model), runs the real engine, and prints per entry: is_model_release, the evidence found
(file:line), code/weights licenses with categories, and the OW101/OW102/OW103 verdict on the injected
claim.  Scores agreement with the labels (``expected_if_claimed``; null = not scored) and with the
labelled is_model_release and license categories, and lists every disagreement.

usage: python bench/evidence.py [--labels FILE] [--dest DIR] [--only NAME ...] [--quiet] [--cli]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import yaml  # noqa: E402

from corpus_path import find_corpus, require_corpus  # noqa: E402

CORPUS = find_corpus()
MODEL_CLAIM = "This model is fully open source."
PROJECT_CLAIM = "This project is open source."
CORE = ("OW101", "OW102", "OW103")
README_NAMES = ("README.md", "README.markdown", "README.rst", "README.txt", "README.TXT", "README")


def materialize(dest: Path) -> list[tuple[str, str, Path]]:
    """Lay out every corpus entry under ``dest``; returns (name, kind, path)."""
    repos_dest = dest / "repos"
    cards_dest = dest / "modelcards"
    repos_dest.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, str(CORPUS / "materialize.py"), str(repos_dest)], check=True,
                   capture_output=True)
    out = [(p.name, "repos", p) for p in sorted(repos_dest.iterdir()) if p.is_dir()]
    for card in sorted((CORPUS / "modelcards").iterdir()):
        if not (card / "README.md").is_file():
            continue
        target = cards_dest / card.name
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        shutil.copyfile(card / "README.md", target / "README.md")
        out.append((card.name, "modelcards", target))
    return out


def readme_of(path: Path) -> Path:
    for name in README_NAMES:
        if (path / name).is_file():
            return path / name
    return path / "README.md"


_ORIGINALS: dict[str, str] = {}


def inject(path: Path, sentence: str) -> tuple[str, int]:
    """Append ``sentence`` as its own paragraph at the end of the README; returns (file, line)."""
    readme = readme_of(path)
    key = str(readme)
    if key not in _ORIGINALS:
        _ORIGINALS[key] = readme.read_text(encoding="utf-8") if readme.exists() else ""
    text = _ORIGINALS[key]
    body = text.rstrip("\n") + "\n\n" + sentence + "\n"
    readme.write_text(body, encoding="utf-8")
    return readme.name, body.count("\n")


def run_engine(path: Path) -> dict:
    from openwash import engine
    from openwash.policy import resolve

    policy = resolve(path, None)
    return engine.run(path, policy).to_json()


def run_cli(path: Path) -> dict:
    proc = subprocess.run([sys.executable, "-m", "openwash", "check", str(path), "--format", "json"],
                          capture_output=True, text=True, env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    if proc.returncode not in (0, 1):
        raise RuntimeError(proc.stderr)
    return json.loads(proc.stdout)


def _fmt_items(items: list[dict], limit: int = 4) -> str:
    shown = [f"{i['value'][:60]}@{i['file']}:{i['line']}" for i in items[:limit]]
    more = f" +{len(items) - limit}" if len(items) > limit else ""
    return ", ".join(shown) + more if shown else "-"


def _license_cat(report: dict, component: str) -> tuple[list[str], str]:
    from openwash.engine import worst_category

    lic = report["evidence"]["license"]
    ids = lic.get(component, [])
    cats = [s["category"] for s in lic["sources"] if s["id"] in ids]
    return ids, worst_category(cats) if cats else "none"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", default=str(CORPUS / "repo-labels-dev.yaml"))
    ap.add_argument("--dest", default="")
    ap.add_argument("--only", nargs="*", default=[])
    ap.add_argument("--quiet", action="store_true", help="only the scores and disagreements")
    ap.add_argument("--cli", action="store_true", help="run the CLI in a subprocess instead of the engine")
    args = ap.parse_args(argv)
    require_corpus("bench/evidence.py", CORPUS)
    labels_path = Path(args.labels)
    labels = yaml.safe_load(labels_path.read_text(encoding="utf-8")) if labels_path.is_file() else {}
    dest = Path(args.dest) if args.dest else Path(tempfile.mkdtemp(prefix="ow-evidence-"))
    entries = materialize(dest)
    if args.only:
        entries = [e for e in entries if e[0] in args.only]
    runner = run_cli if args.cli else run_engine

    scored = agree = 0
    mr_total = mr_agree = 0
    cat_total = cat_agree = 0
    shows_total = shows_agree = 0
    disagreements: list[str] = []
    t0 = time.perf_counter()
    for name, _kind, path in entries:
        label = labels.get(name) or {}
        plain = runner(path)
        is_model = label.get("is_model_release", plain["is_model_release"])
        sentence = MODEL_CLAIM if is_model else PROJECT_CLAIM
        file, line = inject(path, sentence)
        t1 = time.perf_counter()
        report = runner(path)
        ms = (time.perf_counter() - t1) * 1000
        # One finding per cause: the injected claim may be a related location of a finding at an earlier claim.
        hits = {f["rule"] for f in report["findings"]
                if (f["file"] == file and f["line"] == line)
                or any(r["file"] == file and r["line"] == line for r in f.get("related", []))}
        detected = any(c["file"] == file and c["line"] == line and not c["negated"] for c in report["claims"])
        ev = report["evidence"]
        code_ids, code_cat = _license_cat(report, "code")
        w_ids, w_cat = _license_cat(report, "weights")
        if not args.quiet:
            print(f"== {name}  ({ms:.0f} ms)")
            print(f"   is_model_release: {report['is_model_release']}  ({report.get('model_release_reason', '')})"
                  + (f"  [label {label['is_model_release']}]" if "is_model_release" in label else ""))
            print(f"   training_code: {_fmt_items(ev['training_code'])}")
            print(f"   training_data: {_fmt_items(ev['training_data'])}")
            print(f"   weights:       {_fmt_items(ev['weights'], 2)}")
            print(f"   placeholders:  {_fmt_items(ev.get('placeholders', []), 3)}")
            print(f"   code license:    {code_ids} {code_cat}"
                  + (f"  [label {label.get('code_license_category')}]" if label else ""))
            print(f"   weights license: {w_ids} {w_cat}"
                  + (f"  [label {label.get('weights_license_category')}]" if label else ""))
            bases = ev.get("base_models", [])
            if bases:
                print(f"   base models: {[(b['name'], b['license'], b['data_open']) for b in bases]}")
            print(f"   injected claim detected: {detected}; verdict: "
                  + " ".join(f"{r}={'Y' if r in hits else 'n'}" for r in CORE)
                  + f"  other findings: {sorted({f['rule'] for f in report['findings']} - set(CORE))}")
        if not label:
            continue
        expected = label.get("expected_if_claimed") or {}
        for rule in CORE:
            want = expected.get(rule)
            if want is None:
                continue
            scored += 1
            got = rule in hits
            if got == bool(want):
                agree += 1
            else:
                disagreements.append(f"{name}: {rule} expected {bool(want)} got {got}")
        if "is_model_release" in label:
            mr_total += 1
            if bool(label["is_model_release"]) == report["is_model_release"]:
                mr_agree += 1
            else:
                disagreements.append(f"{name}: is_model_release expected {label['is_model_release']} "
                                     f"got {report['is_model_release']}")
        if label.get("is_model_release"):
            for key, items in (("training_code", ev["training_code"]), ("training_data", ev["training_data"])):
                want = label.get(key)
                if want not in ("yes", "no"):
                    continue  # partial: either way
                shows_total += 1
                if (want == "yes") == bool(items):
                    shows_agree += 1
                else:
                    disagreements.append(f"{name}: {key} label '{want}' but {len(items)} evidence item(s) found"
                                         + (f" (first: {items[0]['value'][:60]} @ {items[0]['file']}:{items[0]['line']})"
                                            if items else ""))
        for comp, got_cat in (("code", code_cat), ("weights", w_cat)):
            want_cat = label.get(f"{comp}_license_category")
            if want_cat in (None, "n/a"):
                continue
            if comp == "weights" and not label.get("is_model_release"):
                continue
            cat_total += 1
            if want_cat == got_cat or (want_cat == "unknown" and got_cat == "none"):
                cat_agree += 1
            else:
                disagreements.append(f"{name}: {comp} license category expected {want_cat} got {got_cat}")
    wall = time.perf_counter() - t0
    print()
    print(f"entries: {len(entries)}  labelled: {sum(1 for e in entries if e[0] in labels)}  wall: {wall:.2f} s")
    if scored:
        print(f"verdict agreement (OW101-103, scored): {agree}/{scored} = {agree / scored:.3f}")
    if mr_total:
        print(f"is_model_release agreement: {mr_agree}/{mr_total} = {mr_agree / mr_total:.3f}")
    if shows_total:
        print(f"evidence agreement (labelled training_code/training_data yes|no): {shows_agree}/{shows_total} = "
              f"{shows_agree / shows_total:.3f}")
    if cat_total:
        print(f"license category agreement: {cat_agree}/{cat_total} = {cat_agree / cat_total:.3f}")
    if disagreements:
        print("disagreements:")
        for d in disagreements:
            print(f"  - {d}")
    if not args.dest:
        shutil.rmtree(dest, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
