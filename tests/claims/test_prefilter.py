"""The quick pass's stored first pass (openwash.claims.prefilter): the same answer as the lexicons, without them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from claimkit import with_added_phrase

from openwash.claims import prefilter, segment

TEXTS = [
    "Wren is an open-source model.",
    "Wren ist quelloffen.",
    "Wren 是开源的。",
    "Copyright 2026. Permission is hereby granted, free of charge, under this license.",
    "A tool that formats tables.",
    "",
    "Released under an open licence; the weights are open.",
]


def test_the_stored_parts_are_the_derived_ones() -> None:
    stored = prefilter.stored_parts()
    assert stored is not None, "data/phrase_prefilter.py is missing or stale: run python -m openwash.regex_gates"
    scan, gates, ungated = segment.first_pass()
    assert (stored[0].full.pattern, stored[0].narrow.pattern) == (scan.full.pattern, scan.narrow.pattern)
    assert stored[1] == gates
    assert [rx.pattern for rx in stored[2]] == [rx.pattern for rx in ungated]


@pytest.mark.parametrize("text", TEXTS)
def test_may_contain_claim_answers_as_the_lexicons_do(text: str) -> None:
    assert prefilter.may_contain_claim(text) == segment.any_phrase(segment.lower(text))


def test_a_stale_fingerprint_falls_back_to_the_lexicons(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefilter, "_stored", False)
    monkeypatch.setattr(prefilter, "fingerprint", lambda: -1)
    assert prefilter.stored_parts() is None
    assert prefilter.may_contain_claim("Wren is an open-source model.")
    assert not prefilter.may_contain_claim("A tool that formats tables.")


def test_the_fingerprint_changes_with_the_lexicon_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    here = Path(prefilter.__file__).resolve().parent
    copy = tmp_path / "claims"
    (copy / "lexicon").mkdir(parents=True)
    for path in (here / "lexicon").glob("*.py"):
        (copy / "lexicon" / path.name).write_bytes(path.read_bytes())
    (copy / "segment.py").write_bytes((here / "segment.py").read_bytes())
    (tmp_path / "regex_literals.py").write_bytes((here.parent / "regex_literals.py").read_bytes())
    before = prefilter.fingerprint()
    monkeypatch.setattr(prefilter, "_HERE", copy)
    assert prefilter.fingerprint() == before
    en = copy / "lexicon" / "en.py"
    en.write_text(en.read_text(encoding="utf-8") + "\n# a new phrase\n", encoding="utf-8")
    assert prefilter.fingerprint() != before


def test_a_phrase_added_to_an_edited_lexicon_is_found_by_check(tmp_path: Path) -> None:
    # what an edit of a lexicon file does before the stored first pass is written again: the fingerprint no
    # longer matches, and the quick pass asks the (edited) lexicons
    (tmp_path / "README.md").write_text("# Wren\n\nWren is glassbox-licensed.\n", encoding="utf-8")
    proc = with_added_phrase(["check", str(tmp_path), "--format", "json"],
                             setup="from openwash.claims import prefilter\nprefilter.fingerprint = lambda: -1\n")
    assert '"glassbox-licensed"' in proc.stdout, proc.stdout + proc.stderr


def test_a_commit_without_phrases_loads_no_lexicon(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# Tool\n\nA tool that formats tables.\n", encoding="utf-8")
    (tmp_path / "LICENSE").write_text("Permission is hereby granted, free of charge, under this license.\n",
                                      encoding="utf-8")
    code = ("import sys\nfrom openwash.cli import main\nmain(['check', '--quiet'])\n"
            "print(sorted(m for m in sys.modules if m.startswith('openwash.claims.lexicon')))\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert proc.stdout.strip().splitlines()[-1] == "[]", proc.stdout + proc.stderr


def test_a_text_with_open_but_no_phrase_stays_out_of_the_first_pass() -> None:
    # the phrase 'the weights are open' must not make every 'open' a candidate (a look-behind phrase once did:
    # its literal gate was 'open' alone, and every document with an open issue or an open door was parsed)
    from openwash.claims.segment import any_phrase

    assert not any_phrase("the door is open and the issue tracker is open to everyone.")
    assert any_phrase("our weights are open.")


def test_english_documents_never_load_the_cjk_judgement(tmp_path: Path) -> None:
    # claims/cjk.py is loaded by the judge at the first Chinese, Japanese or Korean phrase (issue 19: start-up)
    code = ("import sys\nfrom openwash.cli import main\nmain(['check', '--quiet'])\n"
            "print('openwash.claims.cjk' in sys.modules)\n")
    (tmp_path / "README.md").write_text("# Wren\n\nWren is a fully open-source model.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert proc.stdout.strip().splitlines()[-1] == "False", proc.stdout + proc.stderr
    (tmp_path / "README.md").write_text("# Wren\n\nWren 是一个完全开源的模型。\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert proc.stdout.strip().splitlines()[-1] == "True", proc.stdout + proc.stderr
