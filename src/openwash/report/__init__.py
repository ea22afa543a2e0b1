"""Reporters: one module per output format, each exposing ``render(result) -> str``."""

from __future__ import annotations

import contextlib
import importlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openwash.engine import Result

FORMATS = ("text", "json", "sarif", "github", "markdown")


def render(result: Result, fmt: str, **options: object) -> str:
    module = importlib.import_module(f"openwash.report.{'json_report' if fmt == 'json' else fmt}")
    return module.render(result, **options)


def write_atomic(path: Path, text: str) -> None:
    """Write a report so that readers never see a half-written file (temp file + rename)."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    directory.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
