"""Where the evaluation corpus is, for the benches that need it (evidence, corpus, hook, org).

The corpus (``shared/corpus`` with ``materialize.py``: real repositories, model cards and expert labels) is
not shipped with openwash.  ``$OPENWASH_CORPUS`` names it; otherwise the first ``shared/corpus`` beside the
checkout or one of its parent folders is used.  Without it a bench prints one line and exits: 0 (skipped)
when nothing pointed at a corpus, 2 when ``$OPENWASH_CORPUS`` names a folder that is not one.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def find_corpus() -> Path:
    if os.environ.get("OPENWASH_CORPUS"):
        return Path(os.environ["OPENWASH_CORPUS"])
    for parent in ROOT.parents:
        if (parent / "shared" / "corpus" / "materialize.py").is_file():
            return parent / "shared" / "corpus"
    return ROOT.parent / "shared" / "corpus"


def require_corpus(bench: str, corpus: Path | None = None) -> Path:
    """The corpus folder, or one line on stderr and the exit (see the module docstring)."""
    corpus = corpus or find_corpus()
    if (corpus / "materialize.py").is_file():
        return corpus
    if os.environ.get("OPENWASH_CORPUS"):
        print(f"{bench}: error: OPENWASH_CORPUS={corpus} is not the evaluation corpus (no materialize.py there)",
              file=sys.stderr)
        raise SystemExit(2)
    print(f"{bench}: skipped: needs the evaluation corpus (shared/corpus with materialize.py beside the "
          "checkout, or OPENWASH_CORPUS=DIR), which is not shipped with openwash", file=sys.stderr)
    raise SystemExit(0)
