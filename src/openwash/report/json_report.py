"""JSON: one object, the contract in design.md."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from openwash.safetext import json_log_safe

if TYPE_CHECKING:
    from openwash.baseline import Outcome
    from openwash.engine import Result


def render(result: Result, outcome: Outcome | None = None, **_: object) -> str:
    """The run as JSON; compared with a base commit, the outcome's JSON (the run plus the comparison)."""
    data = outcome.to_json() if outcome is not None and outcome.comparison is not None else result.to_json()
    return json_log_safe(json.dumps(data, indent=2, ensure_ascii=False)) + "\n"
