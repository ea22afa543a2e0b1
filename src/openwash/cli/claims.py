"""``openwash claims FILE...``: list the openness claims in files (``--explain``: and the rejected phrases)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from openwash.claims import ClaimContext, explain_document, find_claims
from openwash.discovery import discover, read_text_file, role_of
from openwash.documents import Notice
from openwash.engine import prepare
from openwash.errors import UsageError
from openwash.markdown import parse_document
from openwash.policy import resolve
from openwash.safetext import json_log_safe, printable
from openwash.timebudget import BudgetExceeded, document_budget, time_budget
from openwash.vocabulary import CLAIMS_COMMAND_ROLES, DOCS, SIDE_PAGE


def _repository_root(path: Path) -> Path:
    """The repository a file belongs to: the git work tree holding it, else the nearest folder with an
    openwash policy, else the file's own folder (so 'claims sub/README.md' and 'cd sub; claims README.md'
    agree)."""
    folder = path.resolve().parent
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists() or (candidate / ".openwash.yml").is_file() or \
                (candidate / ".openwash.yaml").is_file():
            return candidate
    return folder


def run(args: argparse.Namespace) -> int:
    budget = document_budget()
    notices: list[Notice] = []
    rows: list[dict] = []
    prepared: dict[Path, tuple] = {}
    for name in args.files:
        path = Path(name)
        if not path.exists():
            raise UsageError(f"no such file: {name}")
        root = _repository_root(path)
        if root not in prepared:
            # the same repository context `openwash check` builds: own names, model release, policy vocabulary
            policy = resolve(root)
            repo = discover(root, policy.include, policy.exclude)
            if args.repo_name:
                repo.name = args.repo_name
            prep = prepare(repo, policy)
            prepared[root] = (prep, {d.path: d for d in prep.docs}, {f.path for f in repo.files if f.role == SIDE_PAGE})
        prep, docs, sides = prepared[root]
        rel = path.resolve().relative_to(root).as_posix()
        doc = docs.get(rel)
        if doc is None and rel in sides:
            # as `openwash check` reads it: for the training code and data pointers only
            notices.append(Notice("a side page (a folder's README or a root page without a model card's front "
                                  "matter): read for evidence only, never for claims; put it in the policy's "
                                  "files.include (e.g. '**/*.md') to judge it", name))
            continue
        if doc is None:  # not in the policy's scope: judged alone, in the repository's context
            text = read_text_file(path, name, notices)
            if text is None:
                continue
            role = role_of(rel)
            doc = parse_document(rel, role if role in CLAIMS_COMMAND_ROLES else DOCS, text)
        ctx: ClaimContext = prep.context
        try:
            with time_budget(budget):
                if args.explain:
                    for line, column, d in explain_document(doc, ctx):
                        verdict = "negated" if d.negated else "claim" if d.claim else "rejected"
                        rows.append({"file": name, "line": line, "column": column, "text": d.sentence,
                                     "target": d.target, "strength": d.strength, "negated": d.negated,
                                     "kind": d.kind, "phrase": d.phrase, "verdict": verdict, "cue": d.rule,
                                     "reason": d.reason})
                else:
                    for c in find_claims(doc, ctx):
                        row = c.as_json()
                        row["file"] = name
                        rows.append(row)
        except BudgetExceeded:
            notices.append(Notice(f"skipped: took longer than {budget:g} s (OPENWASH_DOC_TIMEOUT)", name))
    for notice in notices:
        print(notice.render(), file=sys.stderr)
    if args.format == "json":
        sys.stdout.write(json_log_safe(json.dumps(rows, indent=2, ensure_ascii=False)) + "\n")
        return 0
    for r in rows:
        if args.explain and r["verdict"] == "rejected":
            print(printable(f"{r['file']}:{r['line']}:{r['column']}: rejected {r['phrase']!r}: {r['text']}"))
        else:
            flags = " negated" if r["negated"] else ""
            print(printable(f"{r['file']}:{r['line']}:{r['column']}: {r['kind']} {r['target']} {r['strength']}"
                            f"{flags}: {r['text']}"))
        if args.explain:
            print(printable(f"    cue: {r['cue']}: {r['reason']}"))
    return 0
