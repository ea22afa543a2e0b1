"""JSON: one object, the contract in design.md."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from openwash.safetext import json_log_safe

if TYPE_CHECKING:
    from openwash.engine import Result


def render(result: Result, **_: object) -> str:
    return json_log_safe(json.dumps(result.to_json(), indent=2, ensure_ascii=False)) + "\n"
