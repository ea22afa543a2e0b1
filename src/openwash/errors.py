"""Errors that end a run with exit code 2 and a one-line message (never a traceback)."""

from __future__ import annotations


class OpenwashError(Exception):
    """A problem with the user's input or configuration; printed as one line, exit 2."""

    exit_code = 2


class UsageError(OpenwashError):
    """Bad command-line use: unknown rule, missing path, bad option value."""


class ConfigError(OpenwashError):
    """A policy file that cannot be read, parsed, validated or resolved."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None) -> None:
        where = ""
        if source:
            where = f"{source}:{line}: " if line else f"{source}: "
        super().__init__(f"{where}{message}")
        self.source = source
        self.line = line


class FetchError(OpenwashError):
    """A remote source (policy URL, GitHub API) could not be fetched and no cached copy exists."""
