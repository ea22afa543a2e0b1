"""The one-line helpers of the claim tests (in the style of yamllint's ``RuleTestCase.check``).

Every sentence in tests/claims/ was written for these tests (none is copied from the corpus).  The repository in
most cases is called "Wren" (a made-up 3B language model); other names are made up as well.
"""

from __future__ import annotations

import subprocess
import sys

from openwash.claims import Claim, ClaimContext, find_claims
from openwash.markdown import parse_document

OWN = frozenset({"wren"})
# issue 14's fresh repository: a product named after the title, with a size suffix
DEMO_README = "# Demo model\n\nDemo-7B is a fully open-source language model.\n\nWeights: https://huggingface.co/demo/demo-7b\n"


def claims_in(markdown: str, *, own: frozenset[str] = OWN, path: str = "README.md", role: str = "readme",
              **ctx: object) -> list[Claim]:
    doc = parse_document(path, role, markdown)
    return find_claims(doc, ClaimContext(own_names=own, **ctx))  # type: ignore[arg-type]


def positives(markdown: str, **kw: object) -> list[Claim]:
    return [c for c in claims_in(markdown, **kw) if not c.negated]  # type: ignore[arg-type]


def only_claim(markdown: str, **kw: object) -> Claim:
    found = positives(markdown, **kw)
    assert len(found) == 1, [(c.phrase, c.cue) for c in claims_in(markdown, **kw)]  # type: ignore[arg-type]
    return found[0]



def in_body(sentence: str) -> str:
    """A README with the sentence in a section of its body: the lead and the title speak for the project by
    their place alone (issue 14), so sentence-level cues are tested where only the sentence decides."""
    return "# Wren\n\nWren is a small model.\n\n## Notes\n\n" + sentence + "\n"


def with_added_phrase(argv: list[str], *, setup: str = "") -> subprocess.CompletedProcess[str]:
    """``openwash ARGV`` in a fresh process whose English lexicon has one more phrase, 'glassbox-licensed'
    (``setup``: Python run before the phrase is added)."""
    code = (
        "import sys\n"
        f"{setup}"
        "from openwash.claims.lexicon import base, en\n"
        "en.LEXICON.phrases.append((base.W + r'glassbox-licensed' + base.E, 'open-source', 'plain'))\n"
        "from openwash.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    return subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, check=False)
