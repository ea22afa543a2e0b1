"""Reporters: one module per output format, each exposing ``render(result_or_report, **options) -> str``.

:data:`REGISTRY` is the one table of formats: it gives the CLI its ``--format`` choices (``check`` and
``org``) and :func:`render` its module.  Adding a format is one module here, one row in the table, and its
test, tests/report/test_<module>.py (tests/report/test_registry.py checks that every row's module renders
and that every module here has its test file).

The ``github`` format is GitHub presentation and lives with the rest of it, in
:mod:`openwash.github.presentation`; the table names it by its dotted path and imports it only when that
format is asked for, so this package imports nothing of ``openwash.github``.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from openwash.atomic import write_atomic  # reports are written atomically
from openwash.errors import UsageError
from openwash.records import record
from openwash.safetext import json_log_safe, log_safe

if TYPE_CHECKING:
    from openwash.engine import Result
    from openwash.github.org.model import OrgReport

__all__ = ["FORMATS", "REGISTRY", "ReportFormat", "format_names", "render", "report_format", "write_atomic",
           "write_org_report", "write_output"]


@record(frozen=True)
class ReportFormat:
    name: str  # what --format says
    command: str  # "check" (a repository's Result) or "org" (an organization sweep's report)
    module: str  # dotted module name; exposes render(result_or_report, **options) -> str
    repository_paths: bool = False  # paths relative to the repository root (what GitHub and SARIF viewers resolve)


REGISTRY: tuple[ReportFormat, ...] = (
    ReportFormat("text", "check", "openwash.report.text"),
    ReportFormat("json", "check", "openwash.report.json_report"),
    ReportFormat("sarif", "check", "openwash.report.sarif", repository_paths=True),
    ReportFormat("github", "check", "openwash.github.presentation", repository_paths=True),
    ReportFormat("markdown", "check", "openwash.report.markdown", repository_paths=True),
    ReportFormat("markdown", "org", "openwash.report.org_markdown"),
    ReportFormat("json", "org", "openwash.report.org_json"),
    ReportFormat("csv", "org", "openwash.report.org_csv"),
    ReportFormat("html", "org", "openwash.report.org_html"),
)


def format_names(command: str) -> tuple[str, ...]:
    """The --format choices of ``command`` (``check`` or ``org``), the first the default."""
    return tuple(f.name for f in REGISTRY if f.command == command)


def report_format(command: str, name: str) -> ReportFormat:
    for f in REGISTRY:
        if f.command == command and f.name == name:
            return f
    raise UsageError(f"unknown report format {name!r} for {command}; choose from {', '.join(format_names(command))}")


FORMATS = format_names("check")


def render(result: Result, fmt: str, **options: object) -> str:
    """The report of one checked repository in format ``fmt`` (a ``check`` format)."""
    module = importlib.import_module(report_format('check', fmt).module)
    return module.render(result, **options)


def write_org_report(report: OrgReport, fmt: str, output: str | None) -> None:
    """The report of a sweep (``openwash org``, ``openwash hf``) in format ``fmt`` (an ``org`` format), to
    ``output`` or to standard output.  Standard output is often a CI log, where a line of repository text
    could issue a workflow command: there no line may (the JSON still decodes to the same value)."""
    module = importlib.import_module(report_format("org", fmt).module)
    text = module.render(report)
    if not output:
        text = json_log_safe(text) if fmt == "json" else log_safe(text)
    write_output(text, output)


def write_output(text: str, output: str | None) -> None:
    """A report to ``output`` (temp file + rename: never half-written; a path that cannot be written is the
    user's error, exit 2) or, without one, to standard output."""
    if not output:
        sys.stdout.write(text)
        return
    try:
        write_atomic(Path(output), text, public=True)
    except OSError as exc:
        raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from None
