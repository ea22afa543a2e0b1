"""The table of the project's literal gates, shipped as ``openwash/data/regex_gates.py`` (and those of each
alternative of the patterns gated by alternative, ``openwash/data/regex_alternatives.py``), the quick
pass's stored first pass, ``openwash/data/phrase_prefilter.py`` (:mod:`openwash.claims.prefilter`), and the
compiled ``__init__`` of every record class, ``openwash/data/record_inits.py`` (:mod:`openwash.records`): all
generated Python modules, loaded from their byte code (:mod:`openwash.generated`).

    python -m openwash.regex_gates [--check]

Reading the literals of a few hundred patterns (:mod:`openwash.regex_literals`) costs as much as compiling
them, so it is done once, here, and :mod:`openwash.lazyre` looks the answers up.  This module imports every
module of openwash to find their patterns; nothing imports it.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import openwash
from openwash import generated, records
from openwash.claims import lexicon
from openwash.claims.lexicon.words import WordClass
from openwash.claims.prefilter import PREFILTER_MODULE, stored_form
from openwash.claims.segment import first_pass
from openwash.lazyre import SPACED_KEY, ByScript, LazyPattern, read_inline_flags
from openwash.regex_literals import (
    ALTERNATIVES_MODULE,
    GATES_MODULE,
    alternative_gates,
    alternative_parts,
    encode_gate,
    literal_gate,
    spaced_gate,
)

COMMAND = "python -m openwash.regex_gates"


def _module_values() -> Iterator[object]:
    """The module-level values of every openwash module (each module imported), and the items of its constant
    tables: a tuple of patterns, or of (pattern, value) rows ('licenses._SPDX_NAME_PATTERNS'); a tuple a run
    keeps in a module variable (a cache) is not one."""
    for info in sorted(pkgutil.walk_packages(openwash.__path__, "openwash."), key=lambda m: m.name):
        if info.name.endswith("__main__") or info.name == __name__:
            continue
        for name, value in vars(importlib.import_module(info.name)).items():
            yield value
            if isinstance(value, tuple) and name.lstrip("_").isupper():
                for item in value:
                    yield from (item if isinstance(item, tuple) else (item,))


def project_by_script() -> list[ByScript]:
    """Every pattern of openwash's modules that has a narrow twin (:class:`openwash.lazyre.ByScript`)."""
    found: dict[int, ByScript] = {}
    for value in _module_values():
        if isinstance(value, ByScript):
            found[id(value)] = value
    return list(found.values())


def project_patterns() -> list[str]:
    """Every pattern of openwash's modules that :mod:`openwash.lazyre` may be asked to gate."""
    found: dict[str, None] = {}
    for value in _module_values():
        if isinstance(value, LazyPattern):
            found[value.pattern] = None
        elif isinstance(value, ByScript):
            found[value.full.pattern] = None
            found[value.narrow.pattern] = None
        elif isinstance(value, WordClass):
            found.update(dict.fromkeys(f for f in value.fragments if f))
    for pattern, _kind, _strength in lexicon.phrases():
        found[pattern] = None
    return sorted(found)


def project_by_alternative() -> list[str]:
    """The patterns of openwash's modules whose alternatives are gated one by one (``by_alternative=True``)."""
    found: dict[str, None] = {}
    for value in _module_values():
        patterns = (value.full, value.narrow) if isinstance(value, ByScript) else (value,)
        for pattern in patterns:
            if isinstance(pattern, LazyPattern) and pattern.by_alternative:
                found[pattern.pattern] = None
    return sorted(found)


def gates_text() -> str:
    """openwash/data/regex_gates.py: the literal gate of every pattern of :func:`project_patterns`, each as
    one string (:func:`openwash.regex_literals.encode_gate`, decoded by :func:`openwash.lazyre.gate_of`)."""
    gates = {p: encode_gate(literal_gate(p)) for p in project_patterns()}
    # the phrases' gates for text whose whitespace runs are one space (lazyre.spaced_gate_of, claims.segment.mentions)
    gates.update({SPACED_KEY + p: encode_gate(spaced_gate(p)) for p, _kind, _strength in lexicon.phrases()})
    # (the inline flags of those patterns that have any: lazyre reads the rest as having none, without a look)
    flags = {p: "".join(sorted(f)) for p in gates if (f := read_inline_flags(p))}
    return generated.render(COMMAND, "The literal gates of openwash's own patterns (see openwash.lazyre.gate_of);\n"
                            "each is one string: groups joined by U+001E, the literals of a group by U+001F.\n"
                            "INLINE_FLAGS: the inline flags of those that have any.",
                            {"GATES": gates, "INLINE_FLAGS": flags})


def alternatives_text() -> str:
    """openwash/data/regex_alternatives.py: for each pattern of :func:`project_by_alternative`, the gates of its
    alternatives and (their sources, their stubs) or None (:func:`openwash.lazyre.alternative_gates_of`)."""
    alternatives = {p: (alternative_gates(p), alternative_parts(p)) for p in project_by_alternative()}
    return generated.render(COMMAND, "The gates of each alternative of openwash's patterns gated by alternative,\n"
                            "and the alternatives' sources and stubs (see openwash.lazyre.AlternativesPattern).",
                            {"ALTERNATIVES": alternatives})


def prefilter_text() -> str:
    """openwash/data/phrase_prefilter.py: the stored first pass of the quick pass
    (:mod:`openwash.claims.prefilter`)."""
    return generated.render(COMMAND, "The quick pass's first pass, derived from the lexicons (see\n"
                            "openwash.claims.prefilter); used only while its fingerprint matches their sources.",
                            {"FIRST_PASS": stored_form(first_pass())})


def record_inits_text() -> str:
    """openwash/data/record_inits.py: the ``__init__`` source of every record class of openwash's modules (all
    imported), each compiled into the wheel's byte code and keyed by its source, so that declaring a record
    compiles nothing (:func:`openwash.records._make_init`; a source not in the table is compiled as before)."""
    for _value in _module_values():  # imports every module: each record class is declared
        pass
    sources = sorted(src for src, module in records.BUILT.items() if module.startswith("openwash."))
    names = sorted({name for src in sources for name in re.findall(r"=(_\w+)", src.split("\n", 1)[0])})
    lines = ['"""The compiled ``__init__`` of openwash\'s record classes, keyed by source (see openwash.records).',
             "",
             "Written by ``python -m openwash.regex_gates``; do not edit.  The defaults below are placeholders:",
             'a record\'s own defaults and globals are given to the code when it is used."""',
             "",
             "# ruff: noqa",
             "from __future__ import annotations",
             "",
             " = ".join([*names, "None"]) if names else "",
             "INITS = {}",
             ""]
    for src in sources:
        lines += [src.rstrip("\n"), f"INITS[{src!r}] = __init__", ""]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """``python -m openwash.regex_gates [--check]``: write (or check) openwash/data/regex_gates.py,
    regex_alternatives.py, phrase_prefilter.py and record_inits.py."""
    args = sys.argv[1:] if argv is None else argv
    data = Path(__file__).parent / "data"

    def path(module: str) -> Path:
        return data / (module.rsplit(".", 1)[1] + ".py")

    texts = {
        path(GATES_MODULE): gates_text(),
        path(ALTERNATIVES_MODULE): alternatives_text(),
        path(PREFILTER_MODULE): prefilter_text(),
        data / "record_inits.py": record_inits_text(),
    }
    if "--check" in args:
        stale = [path for path, text in texts.items()
                 if (path.read_text(encoding="utf-8") if path.exists() else "") != text]
        for path in stale:
            print(f"{path} is stale: run python -m openwash.regex_gates", file=sys.stderr)
        return 1 if stale else 0
    for path, text in texts.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
