"""One vocabulary (openwash.vocabulary): the schemas, the claim detector and the source use its words."""

from __future__ import annotations

import ast
import json
from pathlib import Path

from conftest import ROOT
from openwash import vocabulary as v
from openwash.claims.lexicon import phrases
from openwash.discovery import role_of, source_file

SRC = ROOT / "src" / "openwash"
POLICY_SCHEMA = json.loads((SRC / "policy" / "schema.json").read_text(encoding="utf-8"))
CHECK_SCHEMA = json.loads((ROOT / "tests" / "check-json.schema.json").read_text(encoding="utf-8"))


def test_policy_schema_speaks_the_vocabulary() -> None:
    defs, props = POLICY_SCHEMA["$defs"], POLICY_SCHEMA["properties"]
    assert set(defs["evidence_list"]["items"]["enum"]) == set(v.EVIDENCE_KINDS) | set(v.EVIDENCE_ALIASES)
    assert {k.rstrip("+") for k in defs["by_target"]["properties"]} == set(v.CLAIM_TARGETS)
    for group in ("model_release", "software"):
        assert set(props["requirements"]["properties"][group]["properties"]) == set(v.CLAIM_KINDS)
    for name, spec in props["evidence"]["properties"].items():
        assert spec["items"]["enum"] == list(v.ITEM_KINDS), name


def test_check_json_schema_speaks_the_vocabulary() -> None:
    claim = CHECK_SCHEMA["$defs"]["claim"]["properties"]
    assert claim["target"]["enum"] == list(v.CLAIM_TARGETS)
    assert claim["strength"]["enum"] == list(v.CLAIM_STRENGTHS)


def test_the_claim_detector_says_only_known_kinds_and_strengths() -> None:
    assert {kind for _p, kind, _s in phrases()} == set(v.CLAIM_KINDS)
    assert {strength for _p, _k, strength in phrases()} <= set(v.CLAIM_STRENGTHS)


def test_discovery_gives_every_role_and_only_those() -> None:
    names = ["README.md", "MODEL_CARD.md", "DATA_CARD.md", "guide.md", "LICENSE", "NOTICE", "USE_POLICY.md",
             "CITATION.cff", "pyproject.toml"]
    # a side page's role comes from its place and content (a folder's README or a root page without a card's
    # front matter), not from its name
    assert sorted([*(role_of(n) for n in names), source_file("train/README.md", "# Training\n").role]) == \
        sorted(v.DOCUMENT_ROLES)
    for subset in (v.PROSE_ROLES, v.CARD_ROLES, v.MODEL_PROSE_ROLES, v.CLAIMS_COMMAND_ROLES, v.EVIDENCE_PROSE_ROLES):
        assert set(subset) <= set(v.DOCUMENT_ROLES)
    assert set(v.OPEN_SOURCE_KINDS) <= set(v.CLAIM_KINDS) and set(v.MODEL_TARGETS) <= set(v.CLAIM_TARGETS)


# The claim detector is being rewritten on its own branch; org.py is another change's (see the report).
_NOT_YET = {"ownnames.py"}


def _spelled_out(words: set[str], src: Path = SRC) -> list[str]:
    """Tuples, lists and sets of two or more string literals, all from ``words``, outside vocabulary.py."""
    out = []
    for path in sorted(src.rglob("*.py")):
        rel = path.relative_to(src).as_posix()
        if rel == "vocabulary.py" or rel in _NOT_YET:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and len(node.elts) >= 2 and all(
                    isinstance(e, ast.Constant) and e.value in words for e in node.elts):
                out.append(f"{rel}:{node.lineno}")
    return out


def test_role_and_claim_kind_tuples_are_not_written_out_again() -> None:
    assert _spelled_out(set(v.DOCUMENT_ROLES)) == []
    assert _spelled_out(set(v.CLAIM_KINDS)) == []
    # (targets are not guarded: code, weights and data are also the license components, a word of their own)


def test_the_guard_sees_a_tuple_written_out(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text('ROLES = ["readme", "docs"]\nif role in ("readme", "model_card"):\n    pass\n'
                                   'ok = ("readme",)\nother = ("readme", "x")\n', encoding="utf-8")
    assert _spelled_out(set(v.DOCUMENT_ROLES), tmp_path) == ["a.py:1", "a.py:2"]
