"""Tables shipped as generated Python modules, read from their byte code (issue 19).

A table the hook reads on every run (the literal gates, the stored first pass, the data tables, the resolved
preset) is written by a command of openwash as a Python module of literals: importing it loads the values
from the installed byte code (marshal), without importing :mod:`json` (about 2 ms), decoding UTF-8 and
parsing text.  :func:`render` writes such a module and refuses a value that a Python literal cannot stand
for (as the JSON tables refused what JSON could not); :func:`load` reads one value of it, or None when the
module is missing or broken, so that the caller falls back as it does for a missing table.
"""

from __future__ import annotations

import importlib
from typing import Any


def render(command: str, about: str, values: dict[str, Any], *, functions: dict[str, Any] | None = None) -> str:
    """The text of a generated module: a docstring (``about``, and that ``command`` writes it; do not edit),
    ``# ruff: noqa``, then ``NAME = literal`` for each of ``values`` and ``def NAME(): return literal`` for
    each of ``functions`` (a literal in a function is built anew by every call: a caller may change what it
    is given)."""
    if '"""' in about or "\\" in about:
        raise ValueError("the docstring of a generated module holds no quotes or backslashes")
    lines = [f'"""{about}', "", f'Written by ``{command}``; do not edit."""', "", "# ruff: noqa", ""]
    for name, value in values.items():
        lines.append(f"{name} = {_checked(value, literal(value))}")
    for name, value in (functions or {}).items():
        lines += ["", "", f"def {name}():", f"    return {_checked(value, literal(value, '    '))}"]
    return "\n".join(lines) + "\n"


def literal(value: Any, indent: str = "") -> str:
    """``value`` as Python source.  A non-empty dict is written one entry per line and a string with line breaks
    one line per line, so that a regenerated table reads as a diff of what changed.  :func:`render` checks that
    the source gives the value back."""
    if isinstance(value, dict) and value:
        inner = indent + "    "
        text = "{\n" + "".join(f"{inner}{key!r}: {literal(item, inner)},\n" for key, item in value.items())
        return text + indent + "}"
    if isinstance(value, str) and "\n" in value.rstrip("\n"):
        inner = indent + "    "
        return "(\n" + "".join(f"{inner}{line!r}\n" for line in value.splitlines(keepends=True)) + indent + ")"
    return repr(value)


_NOT_A_LITERAL = object()


def _checked(value: Any, text: str) -> str:
    """``text`` when it is a literal that :func:`ast.literal_eval` gives back equal to ``value`` (ValueError if
    not: a date, a float NaN, an object)."""
    import ast  # lazy: only when a table is written

    try:
        back = ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        back = _NOT_A_LITERAL
    if not _same(back, value):
        raise ValueError(f"not a Python literal: {text[:200]}")
    return text


def _same(back: Any, value: Any) -> bool:
    """Equal, and of the same type all the way down (a subclass of str or dict would come back as the plain one)."""
    if type(back) is not type(value):
        return False
    if isinstance(value, dict):
        # (a dict literal keeps its order: the keys come back in the order they were written)
        return len(back) == len(value) and all(_same(bk, k) and _same(bv, v)
                                               for (bk, bv), (k, v) in zip(back.items(), value.items(), strict=True))
    if isinstance(value, (list, tuple)):
        return len(back) == len(value) and all(_same(b, v) for b, v in zip(back, value, strict=True))
    return bool(back == value)


def load(module: str, name: str) -> Any:
    """The value ``name`` of the generated module ``module`` (a function's is called: a fresh copy), or None
    when the module is missing, broken or lacks it: the caller then derives the table as without one."""
    try:
        value = getattr(importlib.import_module(module), name)
        return value() if callable(value) else value
    except (ImportError, SyntaxError, AttributeError, ValueError, OSError):
        return None
