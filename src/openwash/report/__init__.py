"""Reporters: one module per output format, each exposing ``render(result) -> str``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from openwash.atomic import write_atomic  # reports are written atomically

if TYPE_CHECKING:
    from openwash.engine import Result

__all__ = ["FORMATS", "render", "write_atomic"]

FORMATS = ("text", "json", "sarif", "github", "markdown")


def render(result: Result, fmt: str, **options: object) -> str:
    module = importlib.import_module(f"openwash.report.{'json_report' if fmt == 'json' else fmt}")
    return module.render(result, **options)
