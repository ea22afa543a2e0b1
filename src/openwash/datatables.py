"""The shipped data tables (``data/licenses.yml``, ``data/base_models.yml``) without PyYAML on the hook's path.

Importing PyYAML costs a check about 15 ms (its reader compiles a large Unicode class on import), and a
model card without front matter needs no YAML at all.  The tables are therefore also shipped as generated
Python modules (``data/<name>.py``, :mod:`openwash.generated`), written by ``python -m openwash.datatables
--write`` from the YAML, which stays the source of truth: each module holds the exact YAML text it was made
from (``YAML``), and when the installed YAML differs (an edit not followed by ``--write``) the YAML is read
with PyYAML as before, so the two can never disagree.  The table itself is what the module's ``data()``
returns, built anew by each call.  ``tests/test_datatables.py`` checks that the shipped modules are current
and equal what PyYAML gives.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from openwash import generated

TABLES = ("licenses.yml", "base_models.yml")
# the files themselves (as lazyre reads its gate table): importlib.resources would load zipfile and more
DATA = Path(__file__).with_name("data")


def _yaml_text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def module_name(name: str) -> str:
    """The generated module of the table ``name`` (``licenses.yml``: ``openwash.data.licenses``)."""
    return "openwash.data." + name.rsplit(".", 1)[0]


def module_path(name: str) -> Path:
    return DATA / (name.rsplit(".", 1)[0] + ".py")


def from_yaml(name: str) -> Any:
    """The table as PyYAML reads it (the C loader when PyYAML has one, as the tables have always been read)."""
    import yaml  # lazy: what the shipped module spares the hook

    return yaml.load(_yaml_text(name), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def load(name: str) -> Any:
    """The table ``name`` (a fresh copy: callers add their own indexes to it)."""
    module = module_name(name)
    if generated.load(module, "YAML") == _yaml_text(name):
        stored = generated.load(module, "data")  # a new object on every call
        if stored is not None:
            return stored
    return from_yaml(name)


def render(name: str) -> str:
    """The text of the generated module stored for ``name`` (what ``--write`` writes); ValueError when the
    table holds a value a Python literal cannot stand for (e.g. a date)."""
    return generated.render("python -m openwash.datatables --write",
                            f"The table data/{name} (see openwash.datatables): YAML is the text it was made from,\n"
                            "data() the table PyYAML reads from it.",
                            {"YAML": _yaml_text(name)}, functions={"data": from_yaml(name)})


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args not in (["--write"], ["--check"]):
        print("usage: python -m openwash.datatables --write | --check", file=sys.stderr)
        return 2
    stale = []
    for name in TABLES:
        path = module_path(name)
        text = render(name)
        if args == ["--write"]:
            path.write_text(text, encoding="utf-8")
        elif not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(path.name)
    if stale:
        print(f"stale: {', '.join(stale)}: run python -m openwash.datatables --write", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
