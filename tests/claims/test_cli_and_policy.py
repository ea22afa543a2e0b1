"""Policy vocabulary, explanations and `openwash claims`, which agrees with `openwash check`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from claimkit import DEMO_README, OWN, claims_in, only_claim, positives

from conftest import run_cli
from openwash.claims import ClaimContext, explain_document, find_in_text
from openwash.markdown import parse_document

# --- policy vocabulary, explanations, CLI ----------------------------------------------------------------------

def test_policy_vocabulary_add_and_exclude() -> None:
    md = "Wren is community-licensed software.\n\nWren is open source (see LICENSE).\n"
    found = positives(md, vocabulary_add=(r"community-licensed",))
    assert [c.phrase for c in found] == ["community-licensed", "open source"]
    assert "policy" in found[0].cue
    assert positives(md, vocabulary_exclude=(r"see LICENSE",)) == []


def test_explain_names_the_rule_for_claims_and_non_claims() -> None:
    md = "We open-sourced Wren.\n\nWren uses open-source libraries.\n\nWren outperforms open-source models.\n"
    rules = [j.rule for _l, _c, j in explain_document(parse_document("README.md", "readme", md),
                                                         ClaimContext(own_names=OWN))]
    assert rules == ["own-name", "dependency", "comparison"]
    claim = only_claim(md)
    assert claim.cue.startswith("claim [own-name]:")


def test_find_in_text_offsets() -> None:
    hits = find_in_text("Intro. Wren is fully open source. Finch is not.", ClaimContext(own_names=OWN))
    assert [(h.start, h.end, h.phrase, h.strength) for h in hits] == [(21, 32, "open source", "strong")]


def test_license_and_policy_roles_hold_no_claims() -> None:
    assert claims_in("Wren is open source.\n", path="LICENSE", role="license") == []


def test_cli_claims_json_explain_and_repo_name(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("Sparrow is open source.\n\nSparrow relies on open-source libraries.\n\n"
                      "Sparrow is not open source on Windows.\n", encoding="utf-8")
    proc = run_cli("claims", str(readme), "--format", "json", "--explain", "--repo-name", "sparrow")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    # --explain lists every phrase: the claims, the negated mention and the rejected one, each with its cue
    assert [(r["line"], r["column"], r["verdict"]) for r in rows] == [(1, 12, "claim"), (3, 19, "rejected"),
                                                                      (5, 16, "negated")]
    assert {"file", "line", "column", "text", "target", "strength", "negated", "kind", "phrase", "cue"} <= set(rows[0])
    assert rows[0]["cue"] == "own-subject"
    assert rows[1]["cue"] == "dependency"
    without = json.loads(run_cli("claims", str(readme), "--format", "json").stdout)
    assert [r["negated"] for r in without] == [False, True]  # the lead's subject names the project anyway
    text = run_cli("claims", str(readme), "--explain", "--repo-name", "sparrow").stdout
    assert f"{readme}:1:12: open-source project plain: Sparrow is open source." in text
    assert "cue: own-subject:" in text
    assert f"{readme}:3:19: rejected 'open-source': Sparrow relies on open-source libraries." in text




def test_claims_agrees_with_check_whatever_the_path_form(tmp_path: Path) -> None:
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "README.md").write_text(DEMO_README, encoding="utf-8")
    from_parent = subprocess.run([sys.executable, "-m", "openwash", "claims", "sub/README.md", "--format", "json"],
                                 cwd=tmp_path, capture_output=True, text=True, check=True)
    from_inside = subprocess.run([sys.executable, "-m", "openwash", "claims", "README.md", "--format", "json"],
                                 cwd=sub, capture_output=True, text=True, check=True)
    check = json.loads(run_cli("check", str(sub), "--format", "json").stdout)["claims"]
    key = [(c["line"], c["column"], c["target"], c["negated"]) for c in check]
    assert key == [(3, 20, "model", False)]
    for out in (from_parent.stdout, from_inside.stdout):
        assert [(c["line"], c["column"], c["target"], c["negated"]) for c in json.loads(out)] == key
