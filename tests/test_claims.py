"""Claim detection (issue 3): claims, non-claims, languages, places and positions.

Every sentence here was written for these tests (none is copied from the corpus).  The repository in most
cases is called "Wren" (a made-up 3B language model); other names are made up as well.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import run_cli
from openwash.claims import Claim, ClaimContext, explain_document, find_claims, find_in_text
from openwash.markdown import parse_document

OWN = frozenset({"wren"})


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


# --- claims: kinds, targets, strengths -------------------------------------------------------------

CLAIMS = [
    # sentence, phrase, kind, target, strength
    ("Wren is a fully open-source 3B language model trained from scratch.", "open-source", "open-source",
     "model", "strong"),
    ("We open-sourced the Wren-3B checkpoints under Apache 2.0.", "open-sourced", "open-source", "weights", "plain"),
    ("Wren-3B is an open-weight model for on-device assistants.", "open-weight", "open-weights", "weights", "plain"),
    ("The Wren weights are openly released on the Hub.", "openly released", "open", "weights", "plain"),
    ("Wren ships as an open model for researchers and tinkerers.", "open model", "open", "model", "plain"),
    ("Our training code is open source, but the weights are under a research license.", "open source",
     "open-source", "code", "partial"),
    ("We have open-sourced the instruction dataset used to tune Wren.", "open-sourced", "open-source", "data",
     "partial"),
    ("All artifacts of Wren, including data recipes and logs, are open-sourced.", "open-sourced", "open-source",
     "other", "plain"),
    ("Wren is an open-source note-taking app for teams.", "open-source", "open-source", "project", "plain"),
    ("The Wren Community Edition is open source; the Enterprise Edition is proprietary.", "open source",
     "open-source", "project", "partial"),
    ("Wren is 100% open source, from the data pipeline to the serving stack.", "open source", "open-source",
     "project", "strong"),
    ("Wren is truly open: weights, training data and training code are all public.", "truly open", "open-source",
     "model", "strong"),
    ("Today we are open-sourcing Wren, our small reasoning model.", "open-sourcing", "open-source", "model",
     "plain"),
    ("Wren was open-sourced in 2023 after two years of internal use.", "open-sourced", "open-source", "project",
     "plain"),
    ("The model open-sourced here is a distilled version of Wren.", "open-sourced", "open-source", "model", "plain"),
    ("Wren is released under the Apache 2.0 open-source license.", "open-source", "open-source", "project",
     "plain"),
    ("Wren is one of the largest open-source speech models to date.", "open-source", "open-source", "model",
     "plain"),
    ("The weights, code and data of Wren are all open source.", "open source", "open-source", "model", "plain"),
    ("We release the Wren weights openly for research and commercial use.",
     "release the Wren weights openly", "open", "weights", "plain"),
    ("Fully open-source and free to use.", "open-source", "open-source", "project", "strong"),
    ("An open-source, self-hostable alternative to spreadsheets.", "open-source", "open-source", "project",
     "plain"),
    ("Wren is released with open weights and open training code.", "open weights", "open-weights", "weights",
     "plain"),
]


@pytest.mark.parametrize(("sentence", "phrase", "kind", "target", "strength"), CLAIMS)
def test_claim_kind_target_strength(sentence: str, phrase: str, kind: str, target: str, strength: str) -> None:
    claim = only_claim(sentence + "\n")
    assert (claim.phrase, claim.kind, claim.target, claim.strength, claim.negated) == (
        phrase, kind, target, strength, False), claim.cue
    assert claim.line == 1 and claim.column == sentence.index(phrase) + 1


# --- not claims -------------------------------------------------------------------------------------

NON_CLAIMS = [
    ("dependency", "Wren is built on open-source libraries such as PyTorch and Transformers."),
    ("dependency", "Wren uses the open-source FAISS library for retrieval."),
    ("dependency", "We evaluate Wren with an open-source harness maintained by another lab."),
    ("community", "We thank the open source community for their feedback."),
    ("community", "Wren welcomes contributions from the open-source community!"),
    ("community", "Contributing to open source can be intimidating, so start with a small issue."),
    ("comparison", "Wren outperforms other open-source models of its size."),
    ("comparison", "Wren reaches state-of-the-art accuracy for open-source models under 4B parameters."),
    ("comparison", "We compare Wren with leading open-source and proprietary assistants."),
    ("question", "Is Wren open source?"),
    ("question", "### Why isn't the dataset open-sourced?"),
    ("definition", "Open source means that anyone can study, change and share the code."),
    ("definition", "A model must be released with its training code to be called open source."),
    ("license boilerplate", "The Apache License 2.0 is an OSI-approved open source license."),
    ("license boilerplate", "This project has adopted the Kestrel Open Source Code of Conduct."),
    ("third party", "PyTorch is an open-source machine learning framework developed by Meta."),
    ("third party", "Check out Quokka, an open-source vector database."),
    ("third party", "Many thanks to the Loon team for open-sourcing their tokenizer."),
    ("plans", "We will open-source the training code after the paper is accepted."),
    ("plans", "The evaluation harness will be open-sourced soon."),
    ("plans", "- [ ] Open-source the data pipeline"),
    ("source-available", "Wren is source-available under the Business Source License."),
    ("fair source", "Wren is fair source software."),
    ("heading", "## Open-weight models"),
    ("heading", "- [Open-source roadmap](#open-source-roadmap)"),
    ("title", "See our report, Wren: Open Small Models for Every Phone, for details."),
    ("link title", "- [Finch: An Open-Source Toolkit for Speech](https://example.org/finch-paper)"),
    ("badge", "[![Open Source](https://img.shields.io/badge/open-source-green)](https://example.org)"),
    ("reader", "You can use Wren in your own open-source projects."),
    ("generic", "Many open-source models are trained on web data."),
    ("third party", "Falcon was one of the first truly open large language models."),
    ("third party", "Supported backends: vLLM (open source), TensorRT-LLM, and llama.cpp."),
    ("third party", "We evaluate Wren with an open-source harness maintained by another lab."),
    ("third party", "Grafana is open source, Datadog is not."),
    ("title", "More details are in the paper 「Wren：Open Small Models for Phones」."),
    ("third party", "- [Kestrel](https://example.org/kestrel) - An open-source LLM for legal text."),
    ("third party", "| [Kestrel](https://example.org/kestrel) | Open-source legal LLM | Apache-2.0 |"),
    ("third party", "- [Kestrel](https://example.org/kestrel)：开源法律大模型"),
    ("generic", "This list collects open-source LLMs for legal text."),
    ("generic", "The following table lists fully open models."),
    ("plans", "Wren aims to be the most popular open-source assistant."),
]


def in_body(sentence: str) -> str:
    """A README with the sentence in a section of its body: the lead and the title speak for the project by
    their place alone (issue 14), so sentence-level cues are tested where only the sentence decides."""
    return "# Wren\n\nWren is a small model.\n\n## Notes\n\n" + sentence + "\n"


@pytest.mark.parametrize(("category", "sentence"), NON_CLAIMS)
def test_not_a_claim(category: str, sentence: str) -> None:
    found = positives(in_body(sentence))
    assert found == [], (category, [(c.phrase, c.cue) for c in found])


def test_url_and_code_are_not_prose() -> None:
    md = ("See https://example.com/open-source-wren for details.\n\n"
          "Write to opensource@wren.example or visit opensource.org for Wren questions.\n\n"
          "Run `pip install open-source-wren` to install.\n\n"
          "```python\n# Wren is fully open source\nprint('open source')\n```\n\n"
          "    Wren is open source (indented code)\n")
    assert claims_in(md) == []


# --- negation -----------------------------------------------------------------------------------------

NEGATED = [
    ("Wren is not open source.", "open source"),
    ("The Wren weights are not yet open-sourced.", "open-sourced"),
    ("Wren may not be fully open source.", "open source"),
    ("Wren is no longer open source since version 3.", "open source"),
    ("Wren is built on an internal, non-open-source framework.", "open-source"),
    ("Wren 的训练数据暂未开源。", "开源"),
    ("Wren はオープンソースではありません。", "オープンソース"),
    ("Wren ist kein Open-Source-Projekt.", "Open-Source"),
    ("Wren n'est pas open source.", "open source"),
]


@pytest.mark.parametrize(("sentence", "phrase"), NEGATED)
def test_negated_mentions_are_listed_as_negated(sentence: str, phrase: str) -> None:
    found = claims_in(sentence + "\n")
    assert [c for c in found if not c.negated] == []
    assert [c.phrase for c in found if c.negated] == [phrase]


def test_not_only_is_not_a_negation() -> None:
    claim = only_claim("Wren is not only open source but also free for commercial use.\n")
    assert claim.negated is False


def test_a_sentence_can_negate_one_part_and_claim_another() -> None:
    sentence = "The training data is not open-sourced yet, but we have open-sourced the best checkpoint."
    found = claims_in(sentence + "\n")
    assert [(c.phrase, c.negated) for c in found] == [("open-sourced", True), ("open-sourced", False)]
    assert [c.column for c in found] == [sentence.index("open-sourced") + 1, sentence.rindex("open-sourced") + 1]


# --- languages ------------------------------------------------------------------------------------------

LANGUAGES = [
    ("zh", "Wren 是一个完全开源的语言模型。", "开源", "strong"),
    ("zh", "我们开源了 Wren-3B 的模型权重和训练代码。", "开源", "plain"),
    ("ja", "Wren はオープンソースの言語モデルです。", "オープンソース", "plain"),
    ("ja", "私たちは Wren のモデルの重みをオープンソース化しました。", "オープンソース", "plain"),
    ("es", "Wren es un modelo de código abierto.", "código abierto", "plain"),
    ("es", "Hemos publicado Wren como código abierto.", "código abierto", "plain"),
    ("fr", "Wren est un modèle open source.", "open source", "plain"),
    ("fr", "Nous avons publié Wren en open source.", "open source", "plain"),
    ("de", "Wren ist ein quelloffenes Sprachmodell.", "quelloffenes", "plain"),
    ("de", "Wren ist ein Open-Source-Modell.", "Open-Source", "plain"),
    ("de", "Wren ist vollständig Open Source.", "Open Source", "strong"),
    ("es", "Wren es completamente de código abierto.", "código abierto", "strong"),
    ("ja", "Wren は完全にオープンソースです。", "オープンソース", "strong"),
    ("zh", "全部开源，可免费商用。", "开源", "strong"),
]


@pytest.mark.parametrize(("lang", "sentence", "phrase", "strength"), LANGUAGES)
def test_claims_in_each_language(lang: str, sentence: str, phrase: str, strength: str) -> None:
    claim = only_claim(sentence + "\n")
    assert claim.phrase == phrase and claim.strength == strength, (lang, claim.cue)
    assert claim.column == sentence.index(phrase) + 1


LANGUAGE_NON_CLAIMS = [
    ("zh", "Wren 基于开源的 PyTorch 框架构建。"),
    ("zh", "感谢开源社区的贡献。"),
    ("zh", "Wren 在同等规模的开源模型中表现最好。"),
    ("zh", "我们将在论文发表后开源训练代码。"),
    ("zh", "Wren 是否开源？"),
    ("ja", "Wren は PyTorch などのオープンソースライブラリを利用しています。"),
    ("ja", "トレーニングコードは今後オープンソース化する予定です。"),
    ("es", "Wren utiliza bibliotecas de código abierto como PyTorch."),
    ("es", "Publicaremos el código de entrenamiento como código abierto en el futuro."),
    ("fr", "Wren s'appuie sur des bibliothèques open source comme PyTorch."),
    ("de", "Wren nutzt quelloffene Bibliotheken wie PyTorch."),
]


@pytest.mark.parametrize(("lang", "sentence"), LANGUAGE_NON_CLAIMS)
def test_non_claims_in_each_language(lang: str, sentence: str) -> None:
    found = positives(in_body(sentence))
    assert found == [], (lang, [(c.phrase, c.cue) for c in found])


# --- where claims live, and their exact position -----------------------------------------------------------

README = """\
---
license: apache-2.0
tags:
  - text-generation
  - open-source
---
# Wren

<p align="center"><img src="logo.png" alt="Wren, a fully open model"></p>

## Overview

Wren is an **open-weight** language model; see [our open-source trainer](https://example.org/trainer).

- Training code: released under MIT, fully open source.

| Component | Status |
|-----------|--------|
| Wren weights | Open weights |
| Llama 3 (base model) | Open weights |

<div>
  <p>We have open-sourced the Wren tokenizer as well.</p>
</div>

## Related work

Finch is an open-source speech model from another lab.
"""


def test_claim_positions_in_every_kind_of_block() -> None:
    found = claims_in(README, path="models/wren/README.md")
    got = [(c.line, c.column, c.phrase, c.block_kind, c.negated) for c in found]
    lines = README.split("\n")

    def col(line: int, phrase: str) -> int:
        return lines[line - 1].index(phrase) + 1

    assert got == [
        (5, col(5, "open-source"), "open-source", "front_matter", False),
        (9, col(9, "fully open"), "fully open", "alt_text", False),
        (13, col(13, "open-weight"), "open-weight", "paragraph", False),
        (13, col(13, "open-source"), "open-source", "paragraph", False),
        (15, col(15, "open source"), "open source", "list_item", False),
        (19, col(19, "Open weights"), "Open weights", "table_cell", False),
        (23, col(23, "open-sourced"), "open-sourced", "html", False),
    ], [(c.line, c.column, c.phrase, c.cue) for c in found]
    assert [(c.line, c.column) for c in found][:3] == [(5, 5), (9, 52), (13, 14)]
    tag = found[0]
    assert tag.target == "model" and tag.kind == "open-source"
    assert found[2].kind == "open-weights" and found[2].target == "weights"
    assert found[4].target == "code" and found[4].strength == "strong"


def test_heading_that_predicates_openness_is_a_claim_but_a_category_heading_is_not() -> None:
    md = "# Wren is open source software\n\n## Open-source models\n\nSome text.\n"
    found = claims_in(md)
    assert [(c.line, c.column, c.block_kind) for c in found] == [(1, 11, "heading")]


def test_tagline_in_html_header() -> None:
    md = '<h1 align="center">Wren</h1>\n<p align="center">The open-source writing assistant for teams.</p>\n'
    claim = only_claim(md)
    assert (claim.line, claim.column, claim.target) == (2, 23, "project")


def test_claims_across_soft_line_breaks_point_at_the_phrase() -> None:
    md = "# Wren\n\nWren started as a research prototype\nand is now fully\nopen source under MIT.\n"
    claim = only_claim(md)
    assert (claim.line, claim.column, claim.phrase) == (5, 1, "open source")
    assert (claim.extra["end_line"], claim.extra["end_column"]) == (5, 12)
    md2 = "# Wren\n\nWren is an open\nsource model.\n"
    claim2 = only_claim(md2)
    assert (claim2.line, claim2.column, claim2.extra["end_line"], claim2.extra["end_column"]) == (3, 12, 4, 7)


def test_link_text_claim_points_inside_the_link() -> None:
    md = "Our integration code is also [open source](https://example.org/wren) and welcomes patches.\n"
    claim = only_claim(md)
    assert (claim.line, claim.column, claim.target) == (1, 31, "code")


# --- context: own names, pronouns, documents ------------------------------------------------------------------

def test_own_name_decides_between_claim_and_third_party() -> None:
    md = "# Notes\n\nSome notes.\n\n## Tools\n\nKestrel is an open-source stream processor.\n"
    assert positives(md, own=frozenset({"kestrel"}))
    assert positives(md, own=frozenset({"wren"})) == []


def test_the_lead_subject_names_the_project_unless_the_title_names_another() -> None:
    lead = "Kestrel is an open-source stream processor.\n"
    assert positives(lead, own=frozenset())  # a README's first sentence names its project
    assert positives("# Wren\n\n" + lead, own=frozenset()) == []  # ... unless the title names another
    assert positives("# Kestrel\n\n" + lead, own=frozenset())


def test_document_title_is_an_own_name() -> None:
    md = "# Heron-7B\n\nHeron-7B is an open-source large language model.\n"
    claim = only_claim(md, own=frozenset())
    assert (claim.line, claim.column, claim.target) == (3, 16, "model")


def test_root_readme_title_names_the_project_but_a_docs_page_title_does_not() -> None:
    md = "# Kestrel models\n\nKestrel is an open-source model family.\n"
    assert positives(md, own=frozenset())
    assert positives(md, own=frozenset(), path="docs/integrations/kestrel.md", role="docs") == []


def test_model_card_folder_is_an_own_name() -> None:
    md = "Plover is a fully open instruction-tuned model.\n"
    assert positives(md, own=frozenset(), path="models/plover-1b/README.md")
    assert positives(md, own=frozenset(), path="docs/guide.md") == []


def test_pronoun_takes_its_antecedent_from_the_previous_sentence() -> None:
    own = "Wren is a small reasoning model for phones. It is open source and free forever.\n"
    other = "We recommend Loon for audio cleanup. It is an open-source and free audio editor.\n"
    assert positives(own)
    assert positives(other) == []


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


DEMO_README = "# Demo model\n\nDemo-7B is a fully open-source language model.\n\nWeights: https://huggingface.co/demo/demo-7b\n"


def test_a_product_named_after_the_title_is_own_in_the_lead(tmp_path: Path) -> None:
    # issue 14: the plainest claim in a fresh repository, whose product name ('Demo-7B') is the title's name
    # with a size suffix
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "README.md").write_text(DEMO_README, encoding="utf-8")
    proc = run_cli("check", str(tmp_path / "sub"), "--format", "json")
    out = json.loads(proc.stdout)
    assert [(c["line"], c["column"], c["negated"], c["strength"]) for c in out["claims"]] == [(3, 20, False, "strong")]
    assert {f["rule"] for f in out["findings"]} >= {"OW101", "OW102"}
    assert proc.returncode == 1


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


@pytest.mark.parametrize(("md", "line"), [
    # the project's own Features list: a bullet with no subject is the project's
    ("# Wren\n\nA tiny model.\n\n## Features\n\n- Open-source codebase with a self-hosting option\n", 7),
    # a centred HTML tagline under the title
    ('# Wren\n\n<p align="center">Open-source, self-hosted project planning tool</p>\n\nMore text.\n', 3),
])
def test_own_places_make_subjectless_sentences_claims(md: str, line: int) -> None:
    found = positives(md)
    assert [c.line for c in found] == [line]


@pytest.mark.parametrize("md", [
    # a lead that names someone else's product
    "# Wren\n\nBuilt on PyTorch, the open-source framework developed by Meta.\n",
    "# Wren\n\nFinch is an open-source vector database we like.\n",
])
def test_own_places_need_no_third_party_evidence(md: str) -> None:
    assert positives(md) == []


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


def test_detection_is_fast_on_a_large_document() -> None:
    paragraph = ("Wren is a small model. It runs on phones and laptops without a GPU and answers questions "
                 "about your notes. Wren is open source and we thank the open-source community. ")
    md = "\n\n".join(paragraph for _ in range(2000))  # ~0.4 MB, 4000 phrases
    doc = parse_document("README.md", "readme", md)
    start = time.perf_counter()
    found = find_claims(doc, ClaimContext(own_names=OWN))
    elapsed = time.perf_counter() - start
    assert len([c for c in found if not c.negated]) == 2000
    assert elapsed < 10, elapsed


def test_a_model_released_by_name_is_a_model_claim() -> None:
    # issue 14: 'We open-source Demo-7B, a 7B parameter model' is about the model, not about code (the word
    # 'demo' inside the name says nothing); 'our training code is open source' stays about code
    md = "# Demo model\n\nWe open-source Demo-7B, a 7B parameter model.\n\nOur training code is open source.\n"
    found = positives(md, own=frozenset({"demo"}), is_model_release=True)
    assert [(c.line, c.target) for c in found] == [(3, "model"), (5, "code")]


def test_a_phrase_added_to_the_lexicon_is_found_end_to_end(tmp_path: Path) -> None:
    # issue 14: the prefilter is derived from the lexicon; a phrase added there alone is never silently skipped
    (tmp_path / "README.md").write_text("# Wren\n\nWren is glassbox-licensed.\n", encoding="utf-8")
    code = (
        "import sys, json\n"
        "from openwash.claims.lexicon import base, en\n"
        "en.LEXICON.phrases.append((base.W + r'glassbox-licensed' + base.E, 'open-source', 'plain'))\n"
        "from openwash.cli import main\n"
        "sys.exit(main(['claims', sys.argv[1], '--format', 'json']))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path / "README.md")], capture_output=True,
                          text=True, check=True)
    assert [(c["line"], c["phrase"], c["negated"]) for c in json.loads(proc.stdout)] == [
        (3, "glassbox-licensed", False)]
    # and without the addition the sentence holds no phrase at all
    assert json.loads(run_cli("claims", str(tmp_path / "README.md"), "--format", "json").stdout) == []


# --- cues that carry over to unseen repositories (issue 14): each a grammatical fact, not a sentence ---------

CARRIED_CLAIMS = [
    # the author as agent of the release beats what follows it (a community it goes to, a count)
    ("first person, CJK", "我们已经将预训练模型开源到社区。", "开源"),
    ("count, not comparison", "所有结果（超过40个任务）都可以用我们开源的代码复现。", "开源"),
    # a completed release told without its agent (Japanese and Chinese drop a known subject)
    ("completed release, ja", "推論コードをオープンソース化しました。", "オープンソース"),
    ("released-is, zh", "因为开源的是增量参数的模型，需要先合并。", "开源"),
    # the own name in the noun phrase decides whose it is, whoever uses it
    ("own name beats 'you'", "You can deploy an open-source Wren server on your own machine.", "open-source"),
    ("open dataset", "Wren-Data is an open dataset of two trillion tokens.", "open dataset"),
    ("own maker of an appositive", "Wren also developed and maintains Finchly, an open-source tokenizer.",
     "open-source"),
    ("name in a code span", "`Wren-Chat` 开源项目获得超过 10K stars。", "开源"),
    ("past participle", "All results can be reproduced with open-sourced code and checkpoints.", "open-sourced"),
    ("own licence, zh", "Wren 模型开源协议已经修改为 Apache 2.0 协议。", "开源"),
    ("demonstrative licence, zh", "该项目采用 Apache 2.0 开源许可证。", "开源"),
]


@pytest.mark.parametrize(("cue", "sentence", "phrase"), CARRIED_CLAIMS)
def test_cues_that_make_a_claim(cue: str, sentence: str, phrase: str) -> None:
    found = positives(in_body(sentence))
    assert [c.phrase for c in found] == [phrase], (cue, [(c.phrase, c.cue) for c in claims_in(in_body(sentence))])


CARRIED_NON_CLAIMS = [
    ("link to another owner", "- [x] [Open Kestrel models](https://github.com/kestrel-ai/open-kestrel)"),
    ("definite phrase naming another", "The open-source project Finchly by Loon Labs offers quantized inference."),
    ("purpose verb on a bare plural", "We release a recipe to align open LLMs with human feedback."),
    ("katakana noun after the phrase",
     "いくつかのオープンソースデータセットで訓練した画像エンコーダーを使い、最後に Wren を学習しました。"),
    ("dependency before the phrase, in the lead", "A note-taking app built on open-source libraries."),
]


@pytest.mark.parametrize(("cue", "sentence"), CARRIED_NON_CLAIMS)
def test_cues_that_make_no_claim(cue: str, sentence: str) -> None:
    found = positives(in_body(sentence))
    assert found == [], (cue, [(c.phrase, c.cue) for c in found])


def test_third_party_words_after_the_phrase_describe_the_own_project() -> None:
    # in the lead, 'based on' after the phrase tells what the project is built from, not whose the phrase is
    md = "# Wren\n\nAn open-source assistant based on small language models such as Kestrel.\n"
    assert [c.phrase for c in positives(md)] == ["open-source"]
    md = "# Wren\n\nAn assistant based on open-source language models such as Kestrel.\n"
    assert positives(md) == []


def test_name_colon_title_case_is_a_tagline_unless_introduced_as_a_cited_title() -> None:
    # issue 14: 'Name: Title Case Words' is a cited title only when linked, quoted or introduced as one
    tagline = "# Wren\n\nWren: Fully Open Source Language Model For Phones\n"
    assert [c.phrase for c in positives(tagline)] == ["Open Source"]
    cited = in_body("For details see the paper Finch: Open Source Speech Models For Everyone.")
    assert positives(cited) == []


@pytest.mark.parametrize("section", ["Acknowledgements", "Related work", "Citation", "Comparison", "致谢"])
def test_a_section_about_others_needs_words_naming_the_author(section: str) -> None:
    md = f"# Wren\n\nWren is a small model.\n\n## {section}\n\nAn open-source tokenizer made this possible.\n"
    assert positives(md) == []
    # the author or the release named in the sentence still speaks for itself there
    md = f"# Wren\n\nWren is a small model.\n\n## {section}\n\nWren is fully open source.\n"
    assert [c.phrase for c in positives(md)] == ["open source"]
