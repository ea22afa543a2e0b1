"""Command line: ``openwash check|claims|explain|policy ...``.

Exit codes: 0 no finding at a failing severity; 1 findings at a failing
severity; 2 usage, configuration or input errors (one line on stderr, never a
traceback).  Heavy modules are imported inside the subcommands that need them
so that the pre-commit path stays fast.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from openwash import __version__
from openwash.clock import today_override
from openwash.errors import OpenwashError, UsageError
from openwash.report import format_names  # the --format choices: a table, no reporter is imported


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 too; keep its message on one line
        self.print_usage(sys.stderr)
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="openwash", description="Find 'open source' claims about ML releases that only ship "
                     "the weights (the build artifact) and not the source: training code, data and an open license.")
    parser.add_argument("--version", action="version", version=f"openwash {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = sub.add_parser("check", help="check a repository")
    check.add_argument("path", nargs="?", default=".", help="repository to check (default: .)")
    check.add_argument("--policy", metavar="SRC", help="policy source (file, builtin:NAME, https://, github:)")
    check.add_argument("--format", choices=format_names("check"), default="text")
    check.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout")
    check.add_argument("--offline", action="store_true",
                       help="never use the network: remote policies come from the cache (also OPENWASH_OFFLINE=1)")
    check.add_argument("--org", metavar="OWNER",
                       help="without a repository policy, use OWNER's central policy (github:OWNER/.github/"
                            "openwash.yml); 'auto' takes the owner from GITHUB_REPOSITORY, 'none' turns it off")
    check.add_argument("--org-policy", metavar="SRC",
                       help="where the central policy is ({owner} is replaced; default "
                            "github:{owner}/.github/openwash.yml; also OPENWASH_ORG_POLICY)")
    check.add_argument("--quiet", "-q", action="store_true", help="do not print notices")
    check.add_argument("--baseline-ref", metavar="SHA", help="compare with the findings on this commit (the policy "
                       "is then read from that commit); findings present there are 'pre-existing'")
    check.add_argument("--only-new", action="store_true", help="fail and annotate only findings that are not on "
                       "the baseline commit (--baseline-ref, or the base of a pull_request event)")
    from openwash.policy.model import FAIL_ON

    check.add_argument("--fail-on", choices=FAIL_ON, help="lowest severity that fails the run "
                       "(default: the policy's fail_on)")
    check.add_argument("--mode", choices=("enforce", "annotate"), help="annotate: report, never fail "
                       "(default: the policy's mode)")

    claims = sub.add_parser("claims", help="list the openness claims in files")
    claims.add_argument("files", nargs="+", metavar="FILE")
    claims.add_argument("--format", choices=("text", "json"), default="text")
    claims.add_argument("--explain", action="store_true", help="also list the rejected phrases, and say which cue "
                        "decided each phrase")
    claims.add_argument("--repo-name", default="", help="name of the repository the files belong to")

    sub.add_parser("action", help="run as the GitHub Action step (inputs from OPENWASH_* environment variables)")

    explain = sub.add_parser("explain", help="print a rule's documentation")
    explain.add_argument("rule", nargs="?", help="rule id, e.g. OW101 (omit to list all rules)")

    policy = sub.add_parser("policy", help="show or validate policies")
    policy_sub = policy.add_subparsers(dest="policy_command", metavar="ACTION", parser_class=_Parser)
    show = policy_sub.add_parser("show", help="print the resolved policy with where each setting came from")
    show.add_argument("src", nargs="?", help="policy source (default: the policy of the repository in --path)")
    show.add_argument("--path", default=".", help="repository whose policy to resolve")
    show.add_argument("--format", choices=("text", "json"), default="text")
    validate = policy_sub.add_parser("validate", help="validate a policy file against the schema and resolve it")
    validate.add_argument("src", nargs="?", help="policy source (default: the policy of the repository in --path)")
    validate.add_argument("--path", default=".", help="repository whose policy to validate")
    for p in (show, validate):
        p.add_argument("--offline", action="store_true", help="never use the network; use cached policies")
        p.add_argument("--org", metavar="OWNER", help="as for check: the central policy of OWNER")
        p.add_argument("--org-policy", metavar="SRC", help="as for check: where the central policy is")

    export = sub.add_parser("export", help="what of a release is open, component by component (MOF, OSAI, "
                            "CycloneDX, table, JSON, badge)")
    export.add_argument("path", nargs="?", default=".", help="repository to export (default: .)")
    export.add_argument("--format", choices=("mof", "osai", "cyclonedx", "table", "json", "badge"), default="table")
    export.add_argument("--policy", metavar="SRC", help="policy source (its file scope and evidence settings apply)")
    export.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")
    export.add_argument("--offline", action="store_true", help="never use the network for remote policies")

    org = sub.add_parser("org", help="check every repository of a GitHub organization or user",
                         description="Check every repository of a GitHub organization (or user) through the API "
                         "and report which repositories claim open source without backing it.")
    org.add_argument("owner", metavar="OWNER", help="organization or user login")
    org.add_argument("--format", choices=format_names("org"), default="markdown")
    org.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout")
    org.add_argument("--include-archived", action="store_true", help="also check archived repositories")
    org.add_argument("--no-forks", action="store_true", help="skip forks")
    org.add_argument("--visibility", choices=("all", "public", "private", "internal"), default="all")
    org.add_argument("--topic", action="append", default=[], metavar="TOPIC",
                     help="only repositories with this topic (repeat: all of them)")
    org.add_argument("--name", action="append", default=[], metavar="GLOB",
                     help="only repositories whose name matches GLOB (repeat: any of them)")
    org.add_argument("--property", action="append", default=[], metavar="KEY=VALUE",
                     help="only repositories whose custom property KEY has VALUE (repeat: all of them)")
    org.add_argument("--open-issues", action="store_true",
                     help="open an issue in each failing repository, update it, close it when it passes")
    org.add_argument("--dry-run", action="store_true", help="with --open-issues: only say what would be done")
    org.add_argument("--bot-login", metavar="LOGIN", help="with --open-issues: the login the token writes as, e.g. "
                     "acme-openwash[bot] for a GitHub App (default: GET /user; also OPENWASH_BOT_LOGIN); only issues "
                     "it authored are adopted")
    org.add_argument("--api-url", metavar="URL", help="GitHub API URL (default: $GITHUB_API_URL or api.github.com)")
    org.add_argument("--concurrency", type=int, default=4, metavar="N", help="API requests in flight (default 4)")
    org.add_argument("--resume", action="store_true", help="continue an interrupted sweep with the same options")
    org.add_argument("--org-policy", metavar="SRC",
                     help="where the organization policy is (default: github:{owner}/.github/openwash.yml)")
    org.add_argument("--quiet", "-q", action="store_true", help="no progress output")
    from openwash.hub.cli import add_subcommands  # argparse wiring only: no Hub or Dask import here

    add_subcommands(sub)
    return parser


def cmd_check(args: argparse.Namespace) -> int:
    from openwash.baseline import evaluate, pull_request_event
    from openwash.report import render, report_format, write_output

    root = Path(args.path)
    if not root.exists():
        raise UsageError(f"no such path: {args.path}")
    if not root.is_dir():
        raise UsageError(f"not a directory: {args.path}")
    base_ref = args.baseline_ref
    if args.only_new and not base_ref:
        event = pull_request_event()
        base_ref = event.base_sha if event is not None else None
    outcome, notes = evaluate(root, args.policy, base_ref=base_ref, only_new=args.only_new, mode=args.mode,
                              fail_on=args.fail_on, with_prefix=report_format("check", args.format).repository_paths,
                              resolve_options={"offline": args.offline or None, "org": args.org,
                                               "org_policy": args.org_policy}, today=today_override())
    result = outcome.result
    policy = result.policy
    if not args.quiet:
        from openwash.safetext import printable

        for message in policy.notices:
            print(printable(f"openwash: notice: {message}"), file=sys.stderr)
        for notice in result.notices:
            print(notice.render(), file=sys.stderr)
        for note in notes:
            print(printable(f"openwash: {note}"), file=sys.stderr)
    text = render(result, args.format, outcome=outcome)
    if outcome.comparison is not None and args.format == "text":
        c = outcome.comparison
        text += (f"openwash: vs {c.short_ref}: {len(c.new)} new, {len(c.preexisting)} pre-existing, "
                 f"{len(c.fixed)} fixed{'; only new findings count' if args.only_new else ''} — {outcome.verdict}\n")
    write_output(text, args.output)
    if args.format == "github":
        from openwash.report.github import append_step_summary

        append_step_summary(outcome)
    return 1 if outcome.failed else 0


def cmd_action(args: argparse.Namespace) -> int:
    from openwash.github.action import run

    return run()


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


def cmd_claims(args: argparse.Namespace) -> int:
    from openwash.claims import ClaimContext, explain_document, find_claims
    from openwash.discovery import discover, read_text_file, role_of
    from openwash.documents import Notice
    from openwash.engine import prepare
    from openwash.markdown import parse_document
    from openwash.policy import resolve
    from openwash.safetext import json_log_safe, printable
    from openwash.timebudget import BudgetExceeded, document_budget, time_budget
    from openwash.vocabulary import CLAIMS_COMMAND_ROLES, DOCS

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
            prepared[root] = (prep, {d.path: d for d in prep.docs})
        prep, docs = prepared[root]
        rel = path.resolve().relative_to(root).as_posix()
        doc = docs.get(rel)
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


def cmd_explain(args: argparse.Namespace) -> int:
    from openwash.rules import all_rules, get

    if not args.rule:
        for rule in all_rules().values():
            print(f"{rule.id}  {rule.severity:<8} {rule.title}")
        return 0
    rule = get(args.rule)
    if rule is None:
        raise UsageError(f"unknown rule {args.rule!r}; `openwash explain` lists the rules")
    print(f"{rule.id} ({rule.name}) — {rule.title}\nDefault severity: {rule.severity}\n\n{rule.doc}")
    from openwash.rules import silencing_help

    print("\n" + silencing_help(rule.id))
    return 0


def cmd_policy(args: argparse.Namespace) -> int:
    from openwash.policy import find_repo_policy, resolve, validate_source
    from openwash.policy.validate import PolicyInvalid
    from openwash.safetext import json_log_safe, printable

    if args.policy_command is None:
        raise UsageError("policy needs an action: show or validate")
    offline = args.offline or None
    if args.policy_command == "validate":
        src = args.src or find_repo_policy(Path(args.path))
        if not src:  # nothing to validate: say which policy applies instead
            policy = resolve(Path(args.path), None, offline=offline, org=args.org, org_policy=args.org_policy)
            for message in policy.notices:
                print(f"openwash: notice: {message}", file=sys.stderr)
            print(f"ok: no policy file to validate in {args.path} (.openwash.yml, .openwash.yaml or "
                  f"[tool.openwash] in pyproject.toml); the policy in effect is {policy.sources[-1]} "
                  f"(resolved: {' -> '.join(policy.sources)})")
            return 0
        try:
            policy = validate_source(src, offline=offline)
        except PolicyInvalid as exc:
            for line in exc.report_lines():
                print(printable(line), file=sys.stderr)
            print(printable(f"openwash: error: {len(exc.problems)} problem{'s' if len(exc.problems) != 1 else ''} "
                            f"in {exc.policy_source}"), file=sys.stderr)
            return 2
        for message in policy.notices:
            print(printable(f"openwash: notice: {message}"), file=sys.stderr)
        print(printable(f"ok: {src} (resolved: {' -> '.join(policy.sources)})"))
        return 0
    from openwash.policy.show import render_json, render_text

    policy = resolve(Path(args.path), args.src, offline=offline, org=args.org, org_policy=args.org_policy)
    today = today_override()
    # what a policy says (fetched text included) is printed so that no line can issue a workflow command
    sys.stdout.write(json_log_safe(render_json(policy, today)) if args.format == "json"
                     else "".join(printable(line) + "\n" for line in render_text(policy, today).splitlines()))
    return 0


def cmd_org(args: argparse.Namespace) -> int:
    from openwash.github.org import run_org_command

    return run_org_command(args)


def cmd_hf(args: argparse.Namespace) -> int:
    from openwash.hub.sweep import run_hf_command

    return run_hf_command(args)


def cmd_audit(args: argparse.Namespace) -> int:
    from openwash.audit import run_audit_command

    return run_audit_command(args)


def cmd_export(args: argparse.Namespace) -> int:
    from openwash.export.command import run_export

    return run_export(args)


COMMANDS = {"check": cmd_check, "export": cmd_export, "action": cmd_action, "claims": cmd_claims,
            "explain": cmd_explain, "policy": cmd_policy, "org": cmd_org, "hf": cmd_hf, "audit": cmd_audit}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not args.command:
            parser.print_help()
            return 2
        return COMMANDS[args.command](args)
    except OpenwashError as exc:
        # errors quote fetched policies, server answers and paths: never a workflow command, never a control
        from openwash.safetext import printable

        print(printable(f"openwash: error: {exc}"), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("openwash: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: one line and exit 2, never exit 1 (which would read as "findings")
        if os.environ.get("OPENWASH_DEBUG"):
            raise
        from openwash.safetext import printable

        print(printable(f"openwash: internal error: {type(exc).__name__}: {str(exc)[:300]} (this is a bug in "
                        "openwash; OPENWASH_DEBUG=1 shows the traceback)"), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
