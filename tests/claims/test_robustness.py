"""Random input never breaks the judgement, and positions stay in the text."""

from __future__ import annotations

from claimkit import OWN
from hypothesis import given, settings
from hypothesis import strategies as st

from openwash.claims import ClaimContext, explain_document, find_claims, find_in_text
from openwash.markdown import parse_document

# --- robustness and speed --------------------------------------------------------------------------------------

_PIECES = st.sampled_from([
    "Wren", "is", "not", "open source", "open-sourced", "fully open", "open weights", "we", "our", "the", "model",
    "开源", "オープンソース", "código abierto", ",", ".", "?", ":", "(", ")", "[x]", "- ", "\n", "will", "uses",
    "thanks", "its", "than", "among", "https://x.org/open-source", "`code`", "|", "#", "'s", "by", "Finch",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30))
def test_never_crashes_and_positions_stay_in_the_text(pieces: list[str]) -> None:
    md = " ".join(pieces)
    doc = parse_document("README.md", "readme", md)
    assert not [j for _l, _c, j in explain_document(doc, ClaimContext(own_names=OWN)) if j.rule == "internal-error"]
    for c in find_claims(doc, ClaimContext(own_names=OWN)):
        line = doc.lines[c.line - 1]
        assert 1 <= c.column <= len(line) + 1
        assert c.kind in ("open-source", "open-weights", "open")
        assert c.target in ("model", "weights", "code", "data", "project", "other")
        assert c.strength in ("strong", "plain", "partial")
    for text in (md, md.upper()):
        for h in find_in_text(text, ClaimContext(own_names=OWN)):
            assert 0 <= h.start < h.end <= len(text)


def test_a_large_document_is_judged_whole() -> None:
    # 0.4 MB, 4000 phrases: every sentence is judged (no cap drops the tail); the time it takes is measured
    # in bench/claim_stage.py, not asserted here (a wall-clock bound fails on a loaded machine)
    paragraph = ("Wren is a small model. It runs on phones and laptops without a GPU and answers questions "
                 "about your notes. Wren is open source and we thank the open-source community. ")
    md = "\n\n".join(paragraph for _ in range(2000))
    doc = parse_document("README.md", "readme", md)
    found = find_claims(doc, ClaimContext(own_names=OWN))
    assert len([c for c in found if not c.negated]) == 2000
    assert found[-1].line == 2 * 2000 - 1
