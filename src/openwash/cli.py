"""Command line: ``openwash check|claims|explain|policy ...``.

Exit codes: 0 no finding at a failing severity; 1 findings at a failing
severity; 2 usage, configuration or input errors (one line on stderr, never a
traceback).  Heavy modules are imported inside the subcommands that need them
so that the pre-commit path stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from openwash import __version__
from openwash.errors import OpenwashError, UsageError


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
    check.add_argument("--format", choices=("text", "json", "sarif", "github", "markdown"), default="text")
    check.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout")
    check.add_argument("--offline", action="store_true", help="never use the network; use cached policies")
    check.add_argument("--quiet", "-q", action="store_true", help="do not print notices")

    claims = sub.add_parser("claims", help="list the openness claims in files")
    claims.add_argument("files", nargs="+", metavar="FILE")
    claims.add_argument("--format", choices=("text", "json"), default="text")
    claims.add_argument("--explain", action="store_true", help="say which cue decided each claim")
    claims.add_argument("--repo-name", default="", help="name of the repository the files belong to")

    explain = sub.add_parser("explain", help="print a rule's documentation")
    explain.add_argument("rule", nargs="?", help="rule id, e.g. OW101 (omit to list all rules)")

    policy = sub.add_parser("policy", help="show or validate policies")
    policy_sub = policy.add_subparsers(dest="policy_command", metavar="ACTION", parser_class=_Parser)
    show = policy_sub.add_parser("show", help="print the resolved policy with where each setting came from")
    show.add_argument("src", nargs="?", help="policy source (default: the policy of the repository in .)")
    show.add_argument("--path", default=".", help="repository whose policy to resolve")
    validate = policy_sub.add_parser("validate", help="validate a policy file")
    validate.add_argument("src", nargs="?", help="policy source (default: the policy of the repository in .)")
    validate.add_argument("--path", default=".", help="repository whose policy to validate")

    org = sub.add_parser("org", help="check every repository of a GitHub organization or user",
                         description="Check every repository of a GitHub organization (or user) through the API "
                         "and report which repositories claim open source without backing it.")
    org.add_argument("owner", metavar="OWNER", help="organization or user login")
    org.add_argument("--format", choices=("markdown", "json", "csv", "html"), default="markdown")
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
    org.add_argument("--api-url", metavar="URL", help="GitHub API URL (default: $GITHUB_API_URL or api.github.com)")
    org.add_argument("--concurrency", type=int, default=4, metavar="N", help="API requests in flight (default 4)")
    org.add_argument("--resume", action="store_true", help="continue an interrupted sweep with the same options")
    org.add_argument("--central-policy", metavar="SRC",
                     help="the organization policy (default: github:OWNER/.github/openwash.yml if it exists)")
    org.add_argument("--quiet", "-q", action="store_true", help="no progress output")
    return parser


def _out(text: str, output: str | None) -> None:
    if output:
        from openwash.report import write_atomic

        write_atomic(Path(output), text)
    else:
        sys.stdout.write(text)


def cmd_check(args: argparse.Namespace) -> int:
    from openwash import engine
    from openwash.policy import resolve
    from openwash.report import render

    root = Path(args.path)
    if not root.exists():
        raise UsageError(f"no such path: {args.path}")
    if not root.is_dir():
        raise UsageError(f"not a directory: {args.path}")
    policy = resolve(root, args.policy)
    result = engine.run(root, policy)
    if not args.quiet:
        for notice in result.notices:
            print(notice.render(), file=sys.stderr)
    _out(render(result, args.format), args.output)
    return 1 if result.failed else 0


def cmd_claims(args: argparse.Namespace) -> int:
    from openwash.claims import ClaimContext, find_claims
    from openwash.discovery import read_text_file, role_of
    from openwash.documents import Notice
    from openwash.markdown import parse_document

    notices: list[Notice] = []
    found = []
    names = frozenset({args.repo_name.lower()}) if args.repo_name else frozenset()
    for name in args.files:
        path = Path(name)
        if not path.exists():
            raise UsageError(f"no such file: {name}")
        text = read_text_file(path, name, notices)
        if text is None:
            continue
        role = role_of(name)
        if role not in ("readme", "model_card", "data_card"):
            role = "docs"
        doc = parse_document(name, role, text)
        found.extend(find_claims(doc, ClaimContext(own_names=names)))
    for notice in notices:
        print(notice.render(), file=sys.stderr)
    if args.format == "json":
        rows = []
        for c in found:
            row = c.as_json()
            if args.explain:
                row["cue"] = c.cue
            rows.append(row)
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    else:
        for c in found:
            flags = " negated" if c.negated else ""
            line = f"{c.file}:{c.line}:{c.column}: {c.kind} {c.target} {c.strength}{flags}: {c.text}"
            if args.explain:
                line += f"\n    cue: {c.cue}"
            print(line)
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
    return 0


def cmd_policy(args: argparse.Namespace) -> int:
    from openwash.policy import resolve

    if args.policy_command is None:
        raise UsageError("policy needs an action: show or validate")
    policy = resolve(Path(args.path), args.src)
    if args.policy_command == "validate":
        print(f"ok: {' -> '.join(policy.sources)}")
        return 0
    import yaml

    print("# sources: " + " -> ".join(policy.sources))
    text = yaml.safe_dump(policy.data, sort_keys=False, allow_unicode=True)
    print(text, end="")
    print("# where each setting came from:")
    for key, origin in sorted(policy.origins.items()):
        print(f"#   {key}: {origin}")
    return 0


def cmd_org(args: argparse.Namespace) -> int:
    from openwash.github.org import run_org_command

    return run_org_command(args)


COMMANDS = {"check": cmd_check, "claims": cmd_claims, "explain": cmd_explain, "policy": cmd_policy,
            "org": cmd_org}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not args.command:
            parser.print_help()
            return 2
        return COMMANDS[args.command](args)
    except OpenwashError as exc:
        print(f"openwash: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("openwash: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
