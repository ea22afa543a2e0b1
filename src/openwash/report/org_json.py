"""The organization report as one JSON object (``openwash org OWNER --format json``)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openwash.github.org.model import OrgReport


def render(report: OrgReport, **_: object) -> str:
    return json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n"
