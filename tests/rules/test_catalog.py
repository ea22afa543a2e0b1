"""Every rule of the catalog has its test here, named test_ow<id>_..., that checks it by id."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from openwash.rules import all_rules

HERE = Path(__file__).parent


def _tested() -> dict[str, set[str]]:
    """Rule id -> the rule ids that a test_ow<id>_ function passes to check()."""
    out: dict[str, set[str]] = {}
    for path in sorted(HERE.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            m = re.fullmatch(r"test_ow(\d{3})_\w+", getattr(node, "name", "") or "")
            if isinstance(node, ast.FunctionDef) and m:
                checked = {c.args[2].value for c in ast.walk(node) if isinstance(c, ast.Call)
                           and getattr(c.func, "id", "") == "check" and len(c.args) > 2
                           and isinstance(c.args[2], ast.Constant)}
                out.setdefault(f"OW{m.group(1)}", set()).update(checked)
    return out


def test_every_rule_has_a_test_that_checks_it() -> None:
    tested = _tested()
    assert sorted(tested) == sorted(all_rules())
    assert [rid for rid, checked in tested.items() if rid not in checked] == []
