"""Reporters: one module per output format, each exposing ``render(result) -> str``."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from openwash.atomic import write_atomic  # reports are written atomically
from openwash.errors import UsageError

if TYPE_CHECKING:
    from openwash.engine import Result

__all__ = ["FORMATS", "render", "write_atomic", "write_output"]

FORMATS = ("text", "json", "sarif", "github", "markdown")


def render(result: Result, fmt: str, **options: object) -> str:
    module = importlib.import_module(f"openwash.report.{'json_report' if fmt == 'json' else fmt}")
    return module.render(result, **options)


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
