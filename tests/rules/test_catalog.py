"""Every rule of the catalog has its test here, named test_ow<id>_..., that checks it by id, in the test module
that mirrors the module defining the rule: rules/<family>.py -> tests/rules/test_<family>_rules.py (the suffix
keeps the basenames apart from tests/test_<topic>.py, which pytest imports by basename)."""

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


def test_each_rule_is_tested_in_the_mirror_of_its_module() -> None:
    from openwash.rules import claims, config, consistency, euaiact, pointers

    where: dict[str, str] = {}
    for path in sorted(HERE.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            m = re.fullmatch(r"test_ow(\d{3})_\w+", getattr(node, "name", "") or "")
            if isinstance(node, ast.FunctionDef) and m:
                where[f"OW{m.group(1)}"] = path.name
    expected = {rule.id: f"test_{module.__name__.rsplit('.', 1)[-1]}_rules.py"
                for module in (claims, config, consistency, euaiact, pointers) for rule in module.RULES}
    assert where == expected
    # and every rule module has its test module
    modules = {p.stem for p in (Path(claims.__file__).parent).glob("*.py")} - {"__init__", "base", "context"}
    assert {f"test_{m}_rules.py" for m in modules} <= {p.name for p in HERE.glob("test_*.py")}
