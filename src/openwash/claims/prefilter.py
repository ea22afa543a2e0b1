"""Can this raw text hold an openness phrase at all?  The quick pass's question, answered without the lexicons.

:func:`openwash.claims.segment.first_pass` derives the answer's parts from the language lexicons (the
first-pass scan, the literal gate of every phrase, the phrases without one); importing the lexicons costs
about 10 ms.  The hook asks this question of every document, and most documents of most commits hold no
phrase, so ``python -m openwash.regex_gates`` also writes the parts to the generated module
``openwash/data/phrase_prefilter.py`` (:mod:`openwash.generated`), with a fingerprint of the sources they
were derived from (the lexicon package, ``segment.py`` and ``regex_literals.py``).  The stored parts are
used only while the fingerprint matches: after an edit to the lexicon they are derived again, so a new
phrase is never silently skipped, only slower until the module is written again
(``tests/test_regex_gates.py`` fails until then).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openwash import generated, lazyre
from openwash.claims.segment import any_phrase, holds_phrase, lower

PREFILTER_MODULE = "openwash.data.phrase_prefilter"
_HERE = Path(__file__).resolve().parent


def fingerprint() -> int:
    """CRC-32 of the sources the first pass is derived from (names and contents, in a fixed order)."""
    from binascii import crc32  # lazy: only when the stored first pass is read

    # (not Path.glob: it compiles a pattern, on the hook path)
    lexicon = sorted(p for p in (_HERE / "lexicon").iterdir() if p.suffix == ".py")
    sources = [*lexicon, _HERE / "segment.py", _HERE.parent / "regex_literals.py"]
    value = 0
    for path in sources:
        value = crc32(path.name.encode() + b"\0" + path.read_bytes(), value)
    return value


def stored_form(parts: tuple[lazyre.ByScript, tuple[Any, ...], tuple[lazyre.LazyPattern, ...]]) -> dict[str, Any]:
    """The stored form of :func:`openwash.claims.segment.first_pass`'s parts (``FIRST_PASS`` of the module)."""
    scan, gates, ungated = parts
    return {"fingerprint": fingerprint(), "full": scan.full.pattern, "narrow": scan.narrow.pattern,
            "gates": gates, "ungated": tuple(rx.pattern for rx in ungated)}


_stored: Any = False  # False: not read yet; None: missing or stale


def stored_parts() -> tuple[lazyre.ByScript, tuple[Any, ...], tuple[lazyre.LazyPattern, ...]] | None:
    """The parts written by ``python -m openwash.regex_gates``, or None when they are missing or stale."""
    global _stored
    if _stored is False:
        _stored = None
        data = generated.load(PREFILTER_MODULE, "FIRST_PASS")
        try:
            if data is not None and data["fingerprint"] == fingerprint():
                gates = tuple(tuple(tuple(group) for group in gate) for gate in data["gates"])
                _stored = (lazyre.by_script(data["full"], data["narrow"], gated=False), gates,
                           tuple(lazyre.compile(p) for p in data["ungated"]))
        except (OSError, KeyError, TypeError):
            _stored = None
    return _stored  # type: ignore[no-any-return]


def may_contain_claim(text: str) -> bool:
    """Whether raw document text holds any openness phrase at all (a cheap first pass on unparsed text).

    False means no claim can be found in it, so a caller may skip parsing the document for claims."""
    low = lower(text)
    parts = stored_parts()
    return any_phrase(low) if parts is None else holds_phrase(low, *parts)
