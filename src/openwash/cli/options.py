"""The options of ``openwash check``: one table for argparse's parser and for the hook's plain command lines.

The pre-commit hook runs ``openwash check`` with a few plain options (``check --offline .``).  Building
argparse's parser for that cost the hook ~3 ms (importing argparse and gettext, and the locale module that
gettext loads to look for a translation of argparse's messages, for each parser made; issue 19).
:func:`plain_check_args` reads such a command line from :data:`CHECK_OPTIONS` without argparse: each word
is an option of the table spelled out in full, its value the next word, or the one path.  Anything else
(``--opt=value``, an abbreviation, ``-h``, ``--``, a word that starts with '-' where a value or the path
goes, a value outside the option's choices, a second path) returns None, and argparse's parser, built from
the same table (:func:`openwash.cli.parser.build_parser`), reads the command line as it always did,
messages and errors included.  ``tests/test_cli.py`` holds the two to the same answers.
"""

from __future__ import annotations

from types import SimpleNamespace

from openwash.policy.model import FAIL_ON
from openwash.records import record
from openwash.report import format_names  # the --format choices: a table, no reporter is imported


@record(frozen=True)
class Option:
    """One option of a command: its spellings, where argparse stores it, and what ``add_argument`` is told."""

    flags: tuple[str, ...]
    dest: str
    takes_value: bool  # False: a flag (store_true)
    help: str = ""
    metavar: str | None = None
    choices: tuple[str, ...] | None = None
    default: str | None = None

    def argparse_kwargs(self) -> dict[str, object]:
        """What ``ArgumentParser.add_argument(*flags, ...)`` is given for this option."""
        if not self.takes_value:
            return {"action": "store_true", "help": self.help or None}
        kwargs: dict[str, object] = {"help": self.help or None}
        if self.metavar is not None:
            kwargs["metavar"] = self.metavar
        if self.choices is not None:
            kwargs["choices"] = self.choices
        if self.default is not None:
            kwargs["default"] = self.default
        return kwargs


# check's positional argument: the repository (one, optional)
CHECK_PATH_HELP = "repository to check (default: .)"
CHECK_PATH_DEFAULT = "."

CHECK_OPTIONS: tuple[Option, ...] = (
    Option(("--policy",), "policy", True, "policy source (file, builtin:NAME, https://, github:)", "SRC"),
    Option(("--format",), "format", True, choices=format_names("check"), default="text"),
    Option(("--output", "-o"), "output", True, "write the report to FILE instead of stdout", "FILE"),
    Option(("--offline",), "offline", False,
           "never use the network: remote policies come from the cache (also OPENWASH_OFFLINE=1)"),
    Option(("--org",), "org", True, "without a repository policy, use OWNER's central policy (github:OWNER/.github/"
           "openwash.yml); 'auto' takes the owner from GITHUB_REPOSITORY, 'none' turns it off", "OWNER"),
    Option(("--org-policy",), "org_policy", True, "where the central policy is ({owner} is replaced; default "
           "github:{owner}/.github/openwash.yml; also OPENWASH_ORG_POLICY)", "SRC"),
    Option(("--quiet", "-q"), "quiet", False, "do not print notices"),
    Option(("--baseline-ref",), "baseline_ref", True, "compare with the findings on this commit (the policy is "
           "then read from that commit); findings present there are 'pre-existing'", "SHA"),
    Option(("--only-new",), "only_new", False, "fail and annotate only findings that are not on the baseline "
           "commit (--baseline-ref, or the base of a pull_request event)"),
    Option(("--fail-on",), "fail_on", True, "lowest severity that fails the run (default: the policy's fail_on)",
           choices=FAIL_ON),
    Option(("--mode",), "mode", True, "annotate: report, never fail (default: the policy's mode)",
           choices=("enforce", "annotate")),
)

_BY_FLAG = {flag: option for option in CHECK_OPTIONS for flag in option.flags}


def plain_check_args(argv: list[str]) -> SimpleNamespace | None:
    """The arguments of ``openwash check ...`` as argparse's parser gives them (the attributes of its
    namespace), when ``argv`` is a plain command line (see the module's docstring); else None."""
    if not argv or argv[0] != "check":
        return None
    values: dict[str, object] = {"command": "check", "path": CHECK_PATH_DEFAULT}
    for option in CHECK_OPTIONS:
        values[option.dest] = option.default if option.takes_value else False
    path_given = False
    words = iter(argv[1:])
    for word in words:
        option = _BY_FLAG.get(word)
        if option is None:
            if word.startswith("-") or path_given:
                return None
            values["path"] = word
            path_given = True
        elif not option.takes_value:
            values[option.dest] = True
        else:
            value = next(words, None)
            if value is None or value.startswith("-") or (option.choices is not None and value not in option.choices):
                return None
            values[option.dest] = value
    return SimpleNamespace(**values)
