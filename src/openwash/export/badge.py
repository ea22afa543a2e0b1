"""A shields.io endpoint badge (https://shields.io/badges/endpoint-badge) with the MOF class."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from openwash.components import Release
from openwash.export import mof
from openwash.export.mof import CLASS_LABELS

if TYPE_CHECKING:
    from openwash.engine import Result

COLORS = {1: "brightgreen", 2: "green", 3: "yellowgreen", 0: "lightgrey"}


def badge(mof_class: int) -> dict[str, Any]:
    return {"schemaVersion": 1, "label": "MOF", "message": CLASS_LABELS[mof_class], "color": COLORS[mof_class]}


def render(release: Release, result: Result, today: dt.date | None = None) -> str:
    ev = mof.evaluate(mof.document(release, result, today))
    return json.dumps(badge(ev.mof_class)) + "\n"
