"""The one-line helper of the rule tests, in the style of yamllint's ``RuleTestCase.check``: write a
repository, check it the way ``openwash check`` does (policy resolved from the folder, every rule run by the
engine), and compare the problems one rule reports with ``(file, line, column)`` triples.

Every document here is written for these tests (none is copied from the corpus).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openwash.engine import run
from openwash.policy import resolve

TODAY = dt.date(2026, 6, 1)

MIT = ("MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this "
       "software and associated documentation files (the \"Software\"), to deal in the Software without "
       "restriction.\n")

# MIT above stops before the notice clause, so the license detector reads it as MIT No Attribution; the rules
# that compare a card's `license: mit` with the LICENSE file (OW201) need the whole text.
MIT_FULL = ("MIT License\n\nCopyright (c) 2026 Heron lab\n\n"
            "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and "
            "associated documentation files (the \"Software\"), to deal in the Software without restriction, "
            "including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, "
            "and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, "
            "subject to the following conditions:\n\n"
            "The above copyright notice and this permission notice shall be included in all copies or substantial "
            "portions of the Software.\n\n"
            "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT "
            "LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO "
            "EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER "
            "IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE "
            "USE OR OTHER DEALINGS IN THE SOFTWARE.\n")


def check(root: Path, files: dict[str, str], rule: str, *problems: tuple[str, int, int]) -> None:
    """Assert that ``rule`` reports exactly ``problems`` (file, line, column) on the repository ``files``."""
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    result = run(root, resolve(root, None, offline=True), today=TODAY)
    found = sorted((f.file, f.line, f.column) for f in result.findings if f.rule == rule and not f.waived)
    assert found == sorted(problems), [(f.rule, f.file, f.line, f.column, f.message) for f in result.findings]
