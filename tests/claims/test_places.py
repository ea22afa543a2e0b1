"""Where claims live (every kind of block, exact positions) and where a sentence sits (issue 14 item 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from claimkit import claims_in, in_body, only_claim, positives

from conftest import run_cli
from openwash import ownnames
from openwash.markdown import parse_document

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


@pytest.mark.parametrize("path", ["docs/guides/local-models.md", "CONTRIBUTING.md", "site/content/posts/kestrel.md"])
def test_a_verbless_heading_of_a_documentation_page_names_its_topic(path: str) -> None:
    # (also one that only opens with the own name: '# Wren project status and open source')
    for heading in ("# Open Model LLM", "## Kestrel open-weight model catalogue", "# Wren project status and open source"):
        page = heading + "\n\nSome text about it.\n"
        assert positives(page, path=path, role="docs") == [], (path, heading)
        # the front README's title, a part README's and the documentation's home page may be the project's tagline
        assert positives(page), heading
        assert positives(page, path="docs/index.md", role="docs"), heading
    # a heading that says the own project is open is a claim on any page
    assert positives("# Wren is open source\n\nText.\n", path=path, role="docs")


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


@pytest.mark.parametrize(("md", "line"), [
    # the project's own Features list: a bullet with no subject is the project's
    ("# Wren\n\nA tiny model.\n\n## Features\n\n- Open-source codebase with a self-hosting option\n", 7),
    # ... also when the heading names the project ('✨ Wren Features', "Wren's highlights")
    ("# Wren\n\nA tiny model.\n\n## ✨ Wren Features\n\n- Completely free and open-source\n", 7),
    ("# Wren\n\nA tiny model.\n\n## Wren's highlights\n\n- Completely free and open-source\n", 7),
    # a noun of use is no verb of use ('deployment' is not 'deploy'); a label of several words names a feature
    ("# Wren\n\nA tiny app.\n\n## Features\n\n- No remote deployment, no account, free and open-source.\n", 7),
    ("# Wren\n\nA tiny app.\n\n## Why Wren?\n\n- 🤝 **Community First**: 100% open source, with a forum.\n", 7),
    # a feature label names the feature; it is no evidence of a third party ('Integrations:', '... Support:')
    ("# Wren\n\nA tiny app.\n\n## Features\n\n- **Integrations:** The open source signing experience becomes even "
     "more seamless because of integrations with various cloud storage systems, CRMs and enterprise tools.\n", 7),
    # 'easy to use' is an adjective, nothing is used
    ('# Wren\n\n<h3 align="center">Easy to use open source search database</h3>\n\nWren finds things.\n', 3),
    # a centred HTML tagline under the title
    ('# Wren\n\n<p align="center">Open-source, self-hosted project planning tool</p>\n\nMore text.\n', 3),
    # the project's own news list: its items announce the project's releases ('70x' is a quantity, not a name)
    ("# Wren\n\nA speech tool.\n\n## News\n\n- v3 released, 70x speed-up open-sourced.\n", 7),
    ('# Wren\n\nA speech tool.\n\n<h2 align="left">New🚨</h2>\n\n- v3 released, 70x speed-up open-sourced.\n', 7),
    # 'built by inverting X' says how the product was made, not who made it; 'a few volunteers' name no maker
    ("# Wren\n\nAn open-source text-to-speech system built by inverting Kestrel.\n", 3),
    ("# Wren\n\nA non-profit open-source project maintained by a few volunteers.\n", 3),
    # the title itself is what the project calls itself, also when a line comes before it or it is centred
    ("Languages: **English** | [中文](README.zh.md)\n\n# Open source APM: traces, metrics and logs\n\nMore.\n", 3),
    ('<div align="center">\n\n# 开源中文预训练语言模型Wren\n</div>\n\n文本。\n', 3),
    # a features section named with a prefix in Chinese ('功能特点', '核心功能'), bold or not
    ("# Wren\n\n一个工具。\n\n## **功能特点**\n\n- 完全开源，商用免责\n", 7),
    # a list that this project introduces, in a heading or a paragraph: its items are the project's own points
    ("# Wren\n\n一个模型。\n\n#### 🎉 本项目包含以下内容\n\n- 提供全阶段开源数据，覆盖清洗后的数据集。\n", 7),
    ("# Wren\n\nA model.\n\nThis repository contains the following:\n\n- Open-source training data for all stages.\n", 7),
])
def test_own_places_make_subjectless_sentences_claims(md: str, line: int) -> None:
    found = positives(md)
    assert [c.line for c in found] == [line]


def test_a_list_this_project_uses_is_not_its_own() -> None:
    md = "# Wren\n\nA model.\n\n## This project supports the following models\n\n- Open-source LLMs from other labs.\n"
    assert positives(md) == []


def test_only_the_first_h1_is_the_title() -> None:
    # a later H1 names a section, and a title naming a topic in the plural stays generic
    assert positives("# Wren\n\nA tiny model.\n\n# Open source APM: traces, metrics and logs\n\nMore.\n") == []
    assert positives("# Open source speech models\n\nA list of them.\n") == []
    # an H1 after sentences heads a section, even when it is the first H1 ('# Roadmap' under an image title)
    assert positives("![Wren](logo.png)\n\nWren 是一个语音模型。\n\n# 开源Roadmap\n\n- 2026.1: v1\n") == []


def test_an_html_table_header_cell_names_a_column() -> None:
    md = ('# Wren\n\nA tiny model.\n\n## Results\n\n<table><tr><th rowspan="2">Model</th> '
          '<th rowspan="2">Open Source</th></tr>\n<tr><td>Wren</td><td>yes</td></tr></table>\n')
    assert positives(md) == []


def test_a_features_list_named_for_someone_else_is_not_the_projects_own() -> None:
    md = "# Wren\n\nA tiny model.\n\n## Kestrel features\n\n- Completely free and open-source\n"
    assert positives(md) == []


@pytest.mark.parametrize("md", [
    # a lead that names someone else's product
    "# Wren\n\nBuilt on PyTorch, the open-source framework developed by Meta.\n",
    "# Wren\n\nFinch is an open-source vector database we like.\n",
])
def test_own_places_need_no_third_party_evidence(md: str) -> None:
    assert positives(md) == []


def test_third_party_words_after_the_phrase_describe_the_own_project() -> None:
    # in the lead, 'based on' after the phrase tells what the project is built from, not whose the phrase is
    md = "# Wren\n\nAn open-source assistant based on small language models such as Kestrel.\n"
    assert [c.phrase for c in positives(md)] == ["open-source"]
    md = "# Wren\n\nAn assistant based on open-source language models such as Kestrel.\n"
    assert positives(md) == []


def test_links_after_the_phrase_in_the_lead_are_evidence_only_as_its_head_or_maker() -> None:
    # a link after a word of basis or a preposition of use tells what the own thing is built on or made for
    md = ("# Wren\n\nOpen-weights Frisian TTS based on the [Kestrel](https://github.com/finch-lab/kestrel) "
          "architecture, ported from [Heron](https://github.com/heron-org/heron) to JAX.\n")
    assert [c.phrase for c in positives(md)] == ["Open-weights"]
    # (a subject that names nothing, so that only the place can make the phrase the project's)
    for md in ("# Wren\n\nkestrel is an open-source server for [Finch](https://github.com/finch-lab/finch) robots.\n",
               "# Wren\n\nkestrel is an open-source wrapper around [Finch](https://github.com/finch-lab/finch).\n"):
        assert [c.phrase for c in positives(md)] == ["open-source"], md
    # the link that the phrase's noun phrase ends in, or that names its maker or owner, is another's open thing
    for md in ("# Wren\n\nA speech demo for the open-source [Kestrel](https://github.com/finch-lab/kestrel).\n",
               "# Wren\n\nMy setup for the open source core component of [Kestrel](https://github.com/finch-lab/kestrel), "
               "a speech tool.\n",
               "# Wren\n\nScripts for an open speech model developed by [Finch Lab](https://github.com/finch-lab).\n"):
        assert positives(md) == [], md


@pytest.mark.parametrize("md", [
    "# Wren\n\nkestrel is a PyTorch-based open-source toolkit for speech enhancement.\n",
    "# Wren\n\nkestrel is an OpenAI-compatible open-source server for speech.\n",
])
def test_a_name_in_a_compound_adjective_is_no_third_party(md: str) -> None:
    # 'PyTorch-based' says what the thing described is built on; it governs no phrase after it
    assert [c.phrase for c in positives(md)] == ["open-source"]


def test_a_name_a_word_of_use_governs_before_the_phrase_stays_a_third_party() -> None:
    assert positives("# Wren\n\nkestrel is built on PyTorch-based open-source models such as Finch.\n") == []
    assert positives("# Wren\n\nkestrel wraps PyTorch, an open-source framework.\n") == []


def test_a_list_introduced_by_an_own_named_clause_is_the_projects_own() -> None:
    # 'the Wren series ... has the following improvements:' introduces a list of the project's own points,
    # under any heading; a subjectless item there is the project's
    md = ("# Wren\n\nWren is a small model.\n\n## Models\n\n"
          "Compared with the previous generation, the Wren series has the following improvements:\n\n"
          "1. Support 8K context.\n2. Provide an open-source model version for Chinese and English.\n")
    assert [(c.line, c.phrase) for c in positives(md)] == [(10, "open-source")]
    # a list of what the project uses, or one introduced by someone else, is not the project's own
    for intro in ("Wren supports the following models:", "Kestrel has the following improvements:",
                  "Wren is a small model. We thank the following projects:"):
        md = (f"# Wren\n\nWren is a small model.\n\n## Models\n\n{intro}\n\n"
              "1. Support 8K context.\n2. Provide an open-source model version for Chinese and English.\n")
        assert positives(md) == [], intro
    # one sentence that gives the own product features introduces the list of them, without a colon
    md = ("# Wren\n\nWren is a small model.\n\n## Details\n\n"
          "Wren provides a range of features, from the personal to the enterprise.\n\n"
          "- Real-time collaboration\n- Advanced technology stack and open-source\n")
    assert [(c.line, c.phrase) for c in positives(md)] == [(10, "open-source")]
    md = md.replace("Wren provides a range of features", "Wren supports the features of many other tools")
    assert positives(md) == []


@pytest.mark.parametrize("heading", ["License", "Licensing", "开源协议", "📜 开源许可", "ライセンス"])
def test_the_own_license_section_speaks_for_the_release(heading: str) -> None:
    # in the project's own licence section, unnamed weights or code are what the project releases; 'Apache-2.0'
    # there is a licence, not the Apache foundation as a maker
    md = (f"# Wren\n\nWren is a small model.\n\n## {heading}\n\n"
          "The code is licensed under Apache-2.0, while model weights are fully open for academic research.\n")
    assert [c.phrase for c in positives(md)] == ["fully open"]
    # elsewhere the same sentence has no owner, and in the licence section another's release stays theirs
    md = ("# Wren\n\nWren is a small model.\n\n## Notes\n\n"
          "The code is licensed under Apache-2.0, while model weights are fully open for academic research.\n")
    assert positives(md) == []
    md = (f"# Wren\n\nWren is a small model.\n\n## {heading}\n\n"
          "Wren uses a tokenizer from Kestrel, whose weights are fully open.\n")
    assert positives(md) == []
    # 'where' opens a clause with its own subject ('... called "Open Core" where the core is fully open source')
    md = (f"# Wren\n\nWren is a small model.\n\n## {heading}\n\n"
          'The concept is called "Open Core" where the core technology is fully open source, licensed under AGPLv3.\n')
    assert [c.phrase for c in positives(md)] == ["open source"]


@pytest.mark.parametrize("heading", ["License", "📜 开源许可"])
def test_based_on_a_licence_gives_terms_in_the_licence_section(heading: str) -> None:
    # '基于 MIT 许可进行开源' (released under the MIT licence): nothing is built on the licence
    md = f"# Wren\n\nWren 是一个小模型。\n\n## {heading}\n\n基于 [MIT license](https://example.org/mit) 许可进行开源。\n"
    assert [c.phrase for c in positives(md)] == ["开源"]
    md = f"# Wren\n\nWren 是一个小模型。\n\n## {heading}\n\n基于 Kestrel 框架进行开源。\n"
    assert positives(md) == []


def test_a_link_to_the_owners_own_release_names_it() -> None:
    # the text of a link to the owner's own dataset, model or repository calls one of its releases open; the
    # owner is known from the checkout (an 'owner__name' folder or the git remote) and is among the own names
    md = ("# Wren\n\nWren is a small model.\n\n## Data\n\n"
          "- <a href=https://huggingface.co/datasets/WrenLabs/pretrain_zh>中文开源预训练集 - 55G</a>\n"
          "- [Open-source tokenizer corpus](https://huggingface.co/datasets/Kestrel/tok) from another lab\n")
    found = positives(md, own=frozenset({"wren", "wrenlabs"}))
    assert [(c.line, c.phrase, c.target) for c in found] == [(7, "开源", "data")]
    # a long text shaped like a page title is still the name of the own release it links to
    md = md.replace("55G</a>", "55G，包含中文书籍、中文百科 - 下载 [hugging face]</a>")
    found = positives(md, own=frozenset({"wren", "wrenlabs"}))
    assert [(c.line, c.phrase, c.target) for c in found] == [(7, "开源", "data")]


def test_a_link_that_is_the_phrase_alone_in_a_row_of_links_names_a_page() -> None:
    # an HTML navigation row under the title: 'Open Source' is the name of a page on the website
    md = ('# Wren\n\n<p align="center">\n  <a href="https://wren.example/">Homepage</a>\n  ·\n'
          '  <a href="https://wren.example/open-source">Open Source</a>\n  ·\n'
          '  <a href="https://wren.example/docs">Docs</a>\n</p>\n\nWren is a small model.\n')
    assert positives(md) == []
    # the same words as a tagline, with no link, are the project's claim
    md = '# Wren\n\n<p align="center">Fully open source</p>\n\nWren is a small model.\n'
    assert [c.phrase for c in positives(md)] == ["open source"]


def test_an_html_link_to_a_section_of_this_document_names_no_one_else() -> None:
    # '<a href="#chat-models">Chat models</a> are open-sourced': a link inside the document is the document's own
    # subject, while a linked name elsewhere is another's
    md = ('# Wren\n\nWren is a small model.\n\n## News\n\n<details><summary>2024-01-23: '
          '<a href="#chat-models">Chat models</a> are open-sourced.</summary>\nText.\n</details>\n')
    assert [c.phrase for c in positives(md)] == ["open-sourced"]
    md = md.replace("#chat-models", "https://kestrel.example/chat")
    assert positives(md) == []


def test_a_cjk_relative_clause_of_dependency_closed_by_de_leaves_the_head_noun_to_the_rest() -> None:
    # '基于 Kestrel 的开源中文大模型 X' (the open-source Chinese model X, based on Kestrel): the relative clause says
    # what X is built on; in the project's lead X is the project's, and after 使用 (use) with no 的 it is not
    assert [c.phrase for c in positives("# Wren\n\n基于 Kestrel 的开源中文预训练大模型。\n")] == ["开源"]
    assert positives("# Wren\n\n使用开源中文预训练大模型 Kestrel 的问答工具。\n") == []


def test_a_pronoun_takes_a_bare_definite_artifact_of_the_previous_sentence() -> None:
    # 'The modules can be customized and used ... All modules are open-source': the previous sentence is about
    # the own modules, whatever verb of use it goes on with; a named product there is another's
    md = ("# Wren\n\nWren is a small shop.\n\n## What is Wren\n\nWren is a set of commerce modules. The modules can "
          "be customized and used to build stores. All modules are open-source and free on npm.\n")
    assert [c.phrase for c in positives(md)] == ["open-source"]
    md = md.replace("The modules can", "The Kestrel modules can")
    assert positives(md) == []


def test_a_table_cell_describes_the_row_of_an_own_artifact() -> None:
    # a long cell is judged as prose; with no owner of its own it describes the artifact its row names
    md = ("# Wren\n\nWren is a small model.\n\n## Family\n\n| Name | Description |\n|---|---|\n"
          "| [Wren-V](https://github.com/wren-ai/wren-v) | 支持多模态对话和图文双向生成的开源中英双语多模态大模型 |\n"
          "| [Finch](https://github.com/kestrel/finch) | 支持复杂问答和上网检索的开源中文大模型 |\n")
    found = positives(md, own=frozenset({"wren", "wrenai", "wrenv"}))
    assert [(c.line, c.phrase) for c in found] == [(9, "开源")]


def test_an_html_table_cell_describes_its_row_too() -> None:
    # an HTML table, rows across lines, compares the project with others: each cell speaks of its row's
    # first cell, here the own product or another
    md = ("# Wren\n\n<table>\n<tr><th>产品</th><th>开源情况</th></tr>\n"
          "<tr>\n<td>Kestrel</td>\n<td>否，只开源了 SDK</td>\n</tr>\n"
          "<tr>\n<td>Wren</td>\n<td>是，全部开源</td>\n</tr>\n</table>\n")
    assert [(c.line, c.phrase) for c in positives(md)] == [(11, "开源")]
    # the one cell of a layout table has no row to describe: it stays the lead's prose
    layout = "# Wren\n\n<table><tr><td>A fully open-source speech model.</td></tr></table>\n"
    assert [c.phrase for c in positives(layout)] == ["open-source"]


def test_a_gitee_link_names_its_owner() -> None:
    # Chinese projects publish on gitee.com as others do on GitHub: a link there names the owner's release
    md = ("# Wren\n\nWren is a small model.\n\n## Projects\n\n"
          "- [Finch](https://gitee.com/wren-ai/finch)：易用友好的开源监控告警系统。\n")
    doc = parse_document("README.md", "readme", md)
    assert ownnames.derive("wren", "wren-ai", [doc]).matches("Finch")


def test_an_html_grid_of_features_between_the_lead_and_the_first_section_presents_the_project() -> None:
    # '<td><strong>🔒 Own your data</strong><br />Open source, self-hosted</td>' under the title and its lead
    grid = ("<table>\n  <tr>\n    <td>\n      <strong>✈️ Plan trips</strong><br />\n      Itineraries and checklists\n"
            "    </td>\n    <td>\n      <strong>🔒 Own your data</strong><br />\n      Open source, self-hosted, GPL-3.0\n"
            "    </td>\n  </tr>\n</table>\n")
    lead = "# Wren\n\n**The travel companion.**\n\n[Demo](https://demo.example) · [Docs](https://docs.example)\n\n"
    assert [c.phrase for c in positives(lead + grid)] == ["Open source"]
    # the same grid in a section of the body, or with a cell that links another owner's release, is not presented so
    assert positives(lead + "## Friends\n\n" + grid) == []
    linked = grid.replace("Open source, self-hosted", "Open source [Kestrel](https://github.com/other-org/kestrel)")
    assert positives(lead + linked) == []


def test_a_copula_that_equates_the_definite_thing_with_another_owners_linked_release() -> None:
    # 'The open-source library that comes closest is [Kestrel](…/other/kestrel)': the definite thing is theirs
    body = "# Wren\n\nA tool.\n\n## Related\n\n"
    assert positives(body + "The open-source library that comes closest to this idea is "
                            "[`kestrel`](https://github.com/other-org/kestrel) (Other).\n") == []
    assert len(positives(body + "The open-source library that comes closest to this idea is ours.\n"
                                "It is described in [the paper](https://github.com/other-org/kestrel).\n")) == 1


def test_a_site_github_serves_names_its_owner() -> None:
    # 'https://OWNER.github.io/…' is the owner's site as github.com/OWNER is its account: the phrase in the text of
    # a link there is another owner's product, or the own one's
    other = "The image that starts the [Open-source agentic API server](https://kestrel-ai.github.io/)."
    assert positives("# Wren\n\nA tool.\n\n## Options\n\n" + other + "\n") == []
    own = "The [open-source Wren server](https://wren-ai.github.io/wren/) starts it."
    assert len(positives("# Wren\n\nA tool.\n\n## Options\n\n" + own + "\n", own=frozenset({"wren", "wrenai"}))) == 1
    # ... and a page of the owner's own site is a page, no release whose text calls it open
    tutorial = "It works with ([local/open LLMs](https://wren-ai.github.io/wren/tutorials/local/) or remote ones)."
    assert positives("# Wren\n\nA tool.\n\n## Options\n\n" + tutorial + "\n", own=frozenset({"wren", "wrenai"})) == []


def test_a_platform_named_after_the_phrase_is_what_the_product_runs_on() -> None:
    # the tagline 'a modern, open-source Linux server panel' is the project's; Linux is where it runs, while a
    # well-known family's model after the phrase is what is open ('开源最强 Llama 3.1 模型')
    assert [c.phrase for c in positives("# Wren\n\n现代化、开源的 Linux 服务器运维管理面板\n")] == ["开源"]
    assert positives("# Wren\n\n开源最强 Llama 3.1 模型发布，包含 8B 和 70B！\n") == []


def test_a_contents_entry_in_a_nested_list_is_a_title() -> None:
    # the link of a nested list item starts at its '[' (not at the line's indent): the contents entry is found
    md = ("# Wren\n\nWren is a small model.\n\n## Contents\n\n- [Usage](#usage)\n"
          "  - [Quickstart for Wren Open Models](#wren-open)\n")
    doc = parse_document("README.md", "readme", md)
    assert [(link.line, link.column) for link in doc.links] == [(7, 3), (8, 5)]
    assert positives(md) == []


def test_a_cjk_clause_that_opens_with_the_phrase_is_out_of_reach_of_an_earlier_dependency_verb() -> None:
    # '基于 Kestrel 等模型实现，开源、可离线部署的 … 项目' (built on Kestrel and other models; an open-source,
    # offline … project): the comma closes the clause 基于 governs, and the next one says what the project is
    md = "# Wren\n\n基于 Kestrel 等大语言模型与 Finch 等应用框架实现，开源、可离线部署的问答应用项目。\n"
    assert [c.phrase for c in positives(md)] == ["开源"]
    # inside one clause the dependency still governs the phrase ('based on open-source models such as Kestrel')
    md = "# Wren\n\n一个问答应用，基于各类开源大模型与 Finch 等应用框架实现。\n"
    assert positives(md) == []
    # English keeps its comma: 'built on Kestrel, an open-source model' is an appositive of Kestrel
    md = "# Wren\n\nBuilt on Kestrel, an open-source speech model, for small devices.\n"
    assert positives(md) == []


def test_name_colon_title_case_is_a_tagline_unless_introduced_as_a_cited_title() -> None:
    # issue 14: 'Name: Title Case Words' is a cited title only when linked, quoted or introduced as one
    tagline = "# Wren\n\nWren: Fully Open Source Language Model For Phones\n"
    assert [c.phrase for c in positives(tagline)] == ["Open Source"]
    cited = in_body("For details see the paper Finch: Open Source Speech Models For Everyone.")
    assert positives(cited) == []


@pytest.mark.parametrize("section", ["Acknowledgements", "Related work", "Citation", "Comparison", "致谢", "Big Sponsors",
                                     "相关项目"])
def test_a_section_about_others_needs_words_naming_the_author(section: str) -> None:
    md = f"# Wren\n\nWren is a small model.\n\n## {section}\n\nAn open-source tokenizer made this possible.\n"
    assert positives(md) == []
    # the author or the release named in the sentence still speaks for itself there
    md = f"# Wren\n\nWren is a small model.\n\n## {section}\n\nWren is fully open source.\n"
    assert [c.phrase for c in positives(md)] == ["open source"]


def test_the_lead_is_under_the_title_even_after_a_notice() -> None:
    # a deprecation notice or badges before the title do not close the lead: the tagline under the title speaks
    # for the project by its place
    md = ("> This repository is deprecated, see the new one.\n\nThanks for using it!\n\n# Wren\n\n"
          '<h3 align="center">Fully open-source, from data to weights</h3>\n\nText.\n')
    assert [(c.line, c.phrase) for c in positives(md)] == [(7, "open-source")]


def test_a_title_written_as_a_paragraph_leaves_the_lead_to_the_next_one() -> None:
    # no H1: a logo, then '📃 **Name** (formerly X)' as the title line; the sentence under it is the lead (too
    # long for a verbless tagline, so only its place makes it the project's)
    md = ("![](logo.png)\n\n📃 **Wren** (formerly Wren-Chat)\n\n"
          "An open-source and offline deployable assistant for question answering and retrieval, based on small "
          "language models such as Kestrel and application frameworks such as Finch.\n\nMore text.\n")
    assert [(c.line, c.phrase) for c in positives(md, own=frozenset())] == [(5, "open-source")]
    # a first paragraph that is a sentence is the lead itself, and the one after it is body text
    md = ("![](logo.png)\n\nWren answers questions on small devices.\n\n"
          "An open-source and offline deployable assistant for question answering and retrieval, based on small "
          "language models such as Kestrel and application frameworks such as Finch.\n")
    assert positives(md, own=frozenset()) == []


LONG_LEAD = ("# Finch server\n\nAn open-source and offline deployable assistant for question answering and retrieval, "
             "based on small language models such as Kestrel and application frameworks such as Heron.\n\nMore text.\n")


@pytest.mark.parametrize("path", ["server/README.md", "packages/finch-server/README.md", "libs/server/README_en.md"])
def test_the_lead_of_a_part_readme_speaks_for_that_part(path: str) -> None:
    # a README of one of the repository's own parts (a top-level folder, a monorepo package) opens with what that
    # part is: its lead speaks for it by its place, as the root README's does
    assert [(c.line, c.phrase) for c in positives(LONG_LEAD, own=frozenset(), path=path)] == [(3, "open-source")]


PART_README = "# Widgetly\n\nWidgetly is an open-source widget renderer for dashboards.\n"


@pytest.mark.parametrize(("path", "markdown"), [
    ("packages/widgetly/README.md", PART_README),
    ("widgetly/README.md", PART_README),
    # the folder's name, written the way people write it ('LocalAI-Assistant' ~ 'Local AI Assistant'), under any
    # heading
    ("LocalAI-Assistant/README.md", "## What is it?\n\nLocal AI Assistant is an open-source web app.\n"),
])
def test_a_part_readme_is_named_by_its_title_and_folder(path: str, markdown: str) -> None:
    # the README of one of the repository's parts speaks for that part, whatever the repository is called
    assert [(c.line, c.phrase) for c in positives(markdown, own=frozenset({"platform"}), path=path)] == \
        [(3, "open-source")]


def test_a_deeper_readme_is_named_by_its_folder_where_its_title_agrees() -> None:
    # 'use-cases/NotebookWren/README.md' titled 'NotebookWren: …' speaks for that recipe of the repository; a
    # folder whose title names something else, or whose name the README links to another owner's repository
    # (a board or device the folder supports), gives no own name
    heading = "## NotebookFinch: An Open Source version of NotebookKestrel\n\nText.\n"
    assert len(positives(heading, own=frozenset({"cookbook"}), path="use-cases/NotebookFinch/README.md")) == 1
    assert positives(heading, own=frozenset({"cookbook"}), path="use-cases/Other/README.md") == []
    device = ("# Finch Pad\n\nFinch Pad is an open-source input device.\n\n"
              "Its firmware is in the [Finch Pad](https://github.com/loon/finch-pad) repository.\n")
    assert positives(device, own=frozenset({"wrenkeys"}), path="app/shields/finch_pad/README.md") == []
    own_link = device.replace("github.com/loon/", "github.com/wrenkeys/")
    assert len(positives(own_link, own=frozenset({"wrenkeys"}), path="app/shields/finch_pad/README.md")) == 1
    # a Hub collection of the models is a list of them, no repository of an owner named 'collections'
    collection = device.replace("github.com/loon/finch-pad", "huggingface.co/collections/wrenkeys/finch-pad-0123")
    assert len(positives(collection, own=frozenset({"wrenkeys"}), path="app/shields/finch_pad/README.md")) == 1


@pytest.mark.parametrize("heading", ["# Principle 10: Open Source and Third-Party Software",
                                     "- Open Source - General:"])
def test_a_numbered_or_qualified_section_label_names_a_section(heading: str) -> None:
    # (a page of principles, a list of sources by category: neither is the project's tagline)
    assert positives(heading + "\n\nText.\n", path="docs/principles.md", role="docs") == []


def test_a_plural_after_a_preposition_of_purpose_does_not_make_a_class_heading() -> None:
    # 'Open Source Observability for LLM Applications' under the title is the tagline; '## Local Open Source Models'
    # heads a section about a class
    md = ("<h1>Wren</h1>\n\n<h3>Open Source Observability for LLM Applications</h3>\n\nWren traces calls.\n\n"
          "## Local Open Source Models\n\nText.\n")
    assert [c.line for c in positives(md)] == [3]


def test_the_repository_slug_as_a_title_is_a_name_and_a_local_page_link_is_a_page_title() -> None:
    # '# open-source-notes' (the repository's name) names it; '- [开源机械臂汇总](arms.md)' is a contents entry
    md = "# open-source-notes\n\nNotes.\n\n## Pages\n\n- 🛠️ [开源机械臂汇总](open_source_arms.md)\n"
    assert positives(md, own=frozenset({"opensourcenotes"})) == []


def test_what_the_lead_says_the_project_studies_is_others() -> None:
    # 'for studying open-weight …' takes what is studied, others' models, even in the project's own lead
    assert positives("# Wren\n\nEvaluation framework for studying open-weight LLM judge panels.\n") == []


def test_an_item_opening_with_a_link_to_an_own_repository_describes_it_zh() -> None:
    md = ("# Wren\n\n流程。\n\n## 社区\n\n- [Wren-CI](https://github.com/wren/wren-ci)：持续集成平台是一个开源的持续集成系统。\n"
          "- [Kestrel](https://github.com/loon/kestrel)：一个开源的持续集成系统。\n")
    assert [c.line for c in positives(md)] == [7]


def test_a_bold_label_ending_the_line_after_an_emoji_is_a_feature_label() -> None:
    md = "# Wren\n\nA note app.\n\n## Notes\n\n- **Community-Driven** 🤝\n- **Open-Source & Transparent** 🔍\n"
    assert [(c.line, c.phrase) for c in positives(md)] == [(8, "Open-Source")]


def test_a_noun_of_address_between_the_phrase_and_an_own_link() -> None:
    # '开源项目地址：<the owner's repository>' (the open-source project's address) names the own release
    md = "# 鹪鹩\n\n四轴飞行器。\n\n## 其他\n\n开源项目地址：https://github.com/wren/wren-drone\n\n开源项目地址：https://github.com/loon/drone\n"
    assert [c.line for c in positives(md)] == [7]


@pytest.mark.parametrize(("path", "markdown"), [
    # a plugin is named for what it plugs into
    ("plugins/bazel/README.md", "# Bazel plugin\n\nThis plugin adds completion for Bazel.\n\n"
                                "Bazel is an open-source build tool.\n"),
    # a folder that ports another's well-known model is named for that model
    ("whisper/README.md", "# Whisper\n\nSpeech recognition with Whisper in this framework.\n\n"
                          "Whisper is a set of open source speech models.\n"),
])
def test_a_part_named_for_another_gives_no_own_name(path: str, markdown: str) -> None:
    assert positives(markdown, own=frozenset({"platform"}), path=path) == []


@pytest.mark.parametrize("path", ["examples/README.md", "third_party/README.md", "benchmarks/README.md", "tests/README.md",
                                  "packages/vendor/README.md", "src/finch/server/README.md", "server/NOTES.md",
                                  "notes/README.md", "resources/README.md"])
def test_readmes_of_writing_examples_vendored_code_or_deep_folders_have_no_lead(path: str) -> None:
    # docs, examples, benchmarks and vendored code speak about many things or about others' work; a README deeper
    # in the tree than a part's describes a piece of something; a page that is no README has no lead
    assert positives(LONG_LEAD, own=frozenset(), path=path) == []


def test_all_without_a_noun_is_an_adverb_in_a_features_list() -> None:
    # 'All open source, ...' (entirely) in the project's Features list is its claim; 'all open-source models'
    # quantifies over others
    md = ("# Wren\n\nA note app.\n\n## Features\n\n- 🔒 All open source, transparent and self-hostable.\n"
          "- All open-source models we tested were slower.\n")
    assert [(c.line, c.phrase) for c in positives(md)] == [(7, "open source")]


def test_a_linked_title_cut_at_a_bar_is_a_title_in_each_piece() -> None:
    # the sentence splitter cuts 'Speed Tracking | Computer Vision | Open Source' at ' | '; the link's text is
    # a video's title in each piece, not a verbless tagline
    md = ('# Wren\n\nWren is a model.\n\n## Videos\n\n<p align="left">\n<a href="https://video.example/v1" '
          'title="x"><strong>Speed Tracking | Computer Vision | Open Source</strong></a>\n</p>\n')
    assert positives(md) == []


def test_an_html_link_text_on_later_lines_is_the_linked_owners() -> None:
    # a sponsor's tagline inside '<a href=…>' over several lines ('<b>…</b><br><sub>…</sub>'): the HTML reader makes
    # the '<sub>' line a block of its own, and it is still the text of a link to another owner
    md = ('# Wren\n\nWren is a tool.\n\n## Kestrel Cloud\n\n<p align="center">\n'
          '  <a href="https://github.com/kestrel/finch" target="_blank">\n    <b>The cloud that you control</b>\n'
          '    <br>\n    <sub>An open source, self-hosted alternative to public clouds</sub>\n  </a>\n</p>\n')
    assert positives(md) == []
    # ... while the title of the project's own page, linked under its title, stays the project's tagline
    md = ('<div align="center">\n<h2><a href="https://wren-ai.github.io/wren/">\n'
          'Introducing Wren: <br>A Strong and Open-source Coding LLM</a></h2>\n</div>\n\nWren fixes issues.\n')
    assert [c.phrase for c in positives(md)] == ["Open-source"]


def test_a_headline_under_a_section_named_after_another_product_describes_it() -> None:
    # '### Finch2' in a list of supported models: the verbless headline under it describes Finch2, while under an
    # own-named or a generic heading it is the project's
    body = "SOTA open-source 7B speech model for 24 languages, based on Kestrel Voice.\n"
    assert positives(f"# Wren\n\nWren runs speech models.\n\n## Models\n\n### Finch2\n\n{body}") == []
    assert positives(f"# Wren\n\nWren runs speech models.\n\n## KestrelVoice\n\n{body}") == []
    assert [c.phrase for c in positives(f"# Wren\n\nWren runs speech models.\n\n### Wren-7B\n\n{body}")] == [
        "open-source"]


def test_a_name_in_html_code_is_a_word_of_the_prose_and_code_proper_is_not() -> None:
    # as a Markdown code span: '<code>Wren-7B</code>' is a name the sentence is about; a command stays out
    md = ('# Wren\n\nA model.\n\n## News\n\n<details><summary>🎯 <b>2026-03-06</b>: The <code>Wren-7B</code> is '
          'open-sourced today.</summary>\n\n<p>Run <code>pip install open-source-kit</code> first.</p>\n</details>\n')
    found = positives(md)
    line = md.splitlines()[6]
    assert [(c.phrase, c.line, c.column) for c in found] == [("open-sourced", 7, line.index("open-sourced") + 1)]
    assert "Wren-7B is open-sourced" in found[0].text


def test_a_restructuredtext_link_shows_its_name_at_its_place() -> None:
    # '`Wren <https://…>`_' (a reStructuredText link pasted into Markdown) is the name Wren, the subject of what follows;
    # the phrase keeps its exact column, and a code span that is no such link stays out
    for md in ("`Wren <https://github.com/wren/wren>`_  is an open-source speech model.\n",
               "`Wren <https://arxiv.org/abs/2401.00001>`_ 是一个轻量的开源语音模型。\n"):
        found = positives(md)
        assert [(c.line, c.column) for c in found] == [(1, md.index("开源" if "开源" in md else "open-source") + 1)]
        assert found[0].text.startswith("Wren ")
    doc = parse_document("README.md", "readme", "Compare `x < y` with `a`_b.\n")
    assert doc.blocks[0].text.split() == ["Compare", "with", "a", "_b."]


def test_a_phrase_that_labels_another_owners_address_is_theirs() -> None:
    # '- (open source) https://github.com/someone/tool': the bare address right after the phrase says whose it is
    md = ("# Wren\n\nA recorder.\n\n## Builds\n\n- (open source) https://github.com/someone/screen-pipe\n"
          "- (open source) https://github.com/wren/wren-lite\n")
    assert [c.line for c in positives(md)] == [8]


@pytest.mark.parametrize("heading", ["## <a name=\"plan\"></a>📑 Open-source Plan", "## 🧾 Open-source List", "## 开源模型列表",
                                     "### 2. 开源计划与进展", "## Open Source", "# 开源推荐"])
def test_a_heading_that_only_names_a_section_is_no_title_or_tagline(heading: str) -> None:
    # first in its document or right under the title, a section label heads what follows and predicates nothing
    assert positives(f"{heading}\n\n- Wren 7B (text)\n") == []
    assert positives(f"# Wren\n\n{heading}\n\n- Wren 7B (text)\n") == []
    # a tagline that predicates openness of the project still speaks for it
    assert [c.phrase for c in positives("# Wren\n\n### A fully open-source speech model\n\nText.\n")] == ["open-source"]


@pytest.mark.parametrize("heading", ["# 🌱 Código Aberto", "## Logiciel libre", "## Software libero", "### Quelloffen"])
def test_a_heading_that_is_an_openness_phrase_alone_names_a_topic(heading: str) -> None:
    # in any language, a heading that holds nothing but the phrase is a topic's name (a page or section about open
    # source, a repository named after it), as 'Open Source' is; it predicates openness of nothing
    assert positives(f"{heading}\n\nWhat open source means to us.\n") == []
    assert positives(f"# Wren\n\nWren is a model.\n\n{heading}\n\nText.\n") == []
    # a phrase that spans a noun phrase names more than the topic ('Open … Models': the title of a release)
    assert [c.phrase for c in positives("# Wren: Open Small Language Models\n\nText.\n")] == [
        "Open Small Language Models"]


def test_a_pipe_row_of_labels_without_its_delimiter_row_is_a_header() -> None:
    # a table header row written alone (no '|---|' row under it): its cells are labels that name columns
    assert positives(in_body("| Model | Parameters | Open-Source | test-EN | | test-ZH |")) == []
    # rows of values still describe their first cell: the own artifact's row is the project's
    assert [c.phrase for c in positives(in_body("| Wren | Open source | Speech |"))] == ["Open source"]
    assert [c.phrase for c in positives(in_body("| Weights | Open weights |"))] == ["Open weights"]
    assert positives(in_body("| Kestrel | 7B | Open source | 55.1 |")) == []


@pytest.mark.parametrize("bullet", ["- **Self-hosted, Open-source:** Host it yourself and change it as you need.",
                                    "- 📜 **Fully Open-Source & Commercial-Ready** — weights and code under Apache-2.0.",
                                    "- **Open source**: MIT licensed, forever."])
def test_a_bold_feature_label_is_the_form_of_the_projects_features_list(bullet: str) -> None:
    # a bullet that opens with a bold label holding the phrase lists a property of the project, whatever the
    # heading above it says (or with none: a README quoted from its middle)
    assert len(positives(f"{bullet}\n")) == 1
    assert len(positives(f"# Wren\n\nA tiny app.\n\n## Extras\n\n{bullet}\n")) == 1
    # bold words inside a sentence are no label; a label of others is theirs
    assert positives("- **Open source** projects we like: Kestrel and Finch.\n") == []
    assert positives("# Wren\n\nA tiny app.\n\n## Acknowledgements\n\n" + bullet + "\n") == []


def test_a_table_row_about_another_subject_is_not_the_projects() -> None:
    # a long cell describes its row's subject: another's linked tool is theirs, wherever the row stands
    row = "| [Kestrel](https://github.com/kestrel-ai/kestrel) | 适合二次开发的大模型应用开源框架 | ✅ | ❌ |"
    assert positives(row + "\n") == []
    assert positives("# Wren\n\n" + row + "\n") == []
    # ... and the own artifact's row is the project's
    assert len(positives("| Wren | A fully open-source speech model | ✅ |\n")) == 1
    # a header row with units and arrows names columns
    assert positives("| Model | Open-Source | Model Size | test-zh<br>CER (%) ↓ | test-en<br>WER (%) ↓ |\n") == []


def test_a_release_without_a_subject_in_a_cell_is_the_rows_subjects() -> None:
    # '| Kestrel | … 目前开源了其7B模型 |': a cell that leaves out who released describes its row's subject, which is
    # another's (not linked, not an own name, no kind of artifact); in the own artifact's row it is the project's
    table = "# 模型资料\n\n| 模型 | 介绍 |\n|---|---|\n| {row} | 由团队开发，目前开源了其7B模型。 |\n"
    assert positives(table.format(row="Kestrel")) == []
    assert len(positives(table.format(row="Wren"))) == 1


def test_a_headline_naming_a_collection_is_no_plural_of_things_in_general() -> None:
    # 'Suite of open-sourced tools and models for …' opening the lead names the collection the project is; its
    # place makes it the project's, as any lead's subject
    lead = "## Finch: Models for Bird Songs\n\nSuite of open-sourced tools and models for bird song analysis.\n"
    assert [c.phrase for c in positives(lead, own=frozenset())] == ["open-sourced"]
    # ... not in a section of the body, nor a bare plural after a collection a sentence speaks of
    assert positives(in_body("Suite of open-source tools we recommend.")) == []
    assert positives(in_body("It compares a suite of open-source tools for bird songs.")) == []


@pytest.mark.parametrize("item", ["- open-source", "- 오픈소스", "- 开源", "* Open Source"])
def test_a_bullet_that_is_the_phrase_alone_is_a_tag_unless_the_list_is_the_projects(item: str) -> None:
    # a list of tags or keywords names topics; in the project's own Features list the same bullet says what it is
    assert positives(f"# Wren\n\nA recorder.\n\n## Tags\n\n{item}\n- speech\n") == []
    assert len(positives(f"# Wren\n\nA recorder.\n\n## Features\n\n{item}\n- fast\n")) == 1


def test_a_metadata_field_whose_value_is_the_phrase_alone_names_a_topic() -> None:
    # 'title: Open Source' written as a line of its own (front matter whose delimiters are not in view) names the
    # page's topic; a field that says something of the product still speaks for it
    assert positives(in_body("title: Open Source")) == []
    assert positives(in_body("head_image_alt: Open Source")) == []
    assert [c.phrase for c in positives(in_body("description: Wren is an open-source speech model."))] == ["open-source"]


def test_the_phrase_before_a_name_in_capitals_is_no_concept() -> None:
    # 'a new class of Open-Source Mixture of Experts': after a preposition the phrase is the idea only when nothing
    # it modifies follows; a name's words in capitals are what it describes
    assert len(positives("# Wren\n\nA model.\n\n## Wren: A new class of Open-Source Mixture of Experts\n")) == 1
    assert positives(in_body("We contribute to open source every week.")) == []


def test_a_noun_phrase_before_a_modal_verb_is_no_headline() -> None:
    # 'The target open source structure should be:' opens a sentence whose verb is 'should be', as 'is' would be
    assert positives(in_body("The target open source structure should be:")) == []
    assert positives(in_body("The open-source layout must look like this:")) == []


@pytest.mark.parametrize("path", ["docs/acknowledgments.md", "CREDITS.md", "docs/related-work.md", "THANKS.md"])
def test_a_page_named_for_others_work_is_a_section_about_others(path: str) -> None:
    # a page whose file is named for acknowledgements, credits or related work speaks of others throughout, as such
    # a section does; what names the author still speaks for itself there
    item = "- 以 Apache 2.0 许可证开源项目\n"
    assert positives(item, path=path, role="docs") == []
    assert len(positives(item, path="docs/features.md", role="docs")) == 1
    assert len(positives("- Wren is fully open source.\n", path=path, role="docs")) == 1


def test_a_chinese_heading_of_tools_or_sharing_names_a_section() -> None:
    # '開源分享 / 工具' (open-source sharing / tools) heads a list, as 'Open-source Tools' does
    # (right under the title, where a heading that is no section label is the project's tagline)
    assert positives("# Notes\n\n### 開源分享 / 工具\n\n#### 前端工具\n\n- Kestrel\n", own=frozenset()) == []


def test_a_recipe_of_parts_with_the_own_one_among_them_leaves_the_phrase_to_another_part() -> None:
    assert positives("# Wren\n\nopen-source local large language model + Flux + Wren.\n") == []
    # the parts of one release, listed with '+', are still the project's
    md = "# Wren\n\n## Features\n\n- Fully open model, open weights + full training details and configs\n"
    assert len(positives(md)) >= 1


def test_a_place_as_the_phrases_attribute_names_things_found_there_even_in_the_lead() -> None:
    # zh: '该榜单上的开源模型' (the open-source models on that leaderboard) are others', wherever the sentence sits
    assert positives("# Wren\n\n目前该榜单上的开源模型基本都是判别式模型，唯一的生成式模型是 Kestrel。\n") == []


@pytest.mark.parametrize("sentence", [
    # a class of things as the possessor of another noun, or growing in number, even in the lead
    "此项目为开源大模型的推理实现统一的后端接口，与 OpenAI 的响应保持一致。",
    "从大模型技术革命以来，开源中文预训练语料越来越多。",
    # third parties' models ('第三方'), 的 or not
    "第三方强大的开源模型例如 Kestrel、Finch 的词表长度如下：",
])
def test_cjk_classes_of_others_are_no_release_in_the_lead(sentence: str) -> None:
    assert positives(f"# Wren\n\n{sentence}\n") == []


def test_a_dependency_relative_clause_makes_no_possessor_of_a_family() -> None:
    # zh: '基于Llama2的开源…模型 X' says what X is built on; the text of a link to the owner's model is the owner's
    md = ("# Wren\n\n## 模型\n\n- <a href=\"https://huggingface.co/WrenLabs/Atom-7B-Chat\">基于Llama2的开源中文预训练"
          "大模型Atom-7B</a>\n")
    assert [c.phrase for c in positives(md, own=frozenset({"wren", "wrenlabs"}))] == ["开源"]
    # ... while 'Llama2的开源' with no such clause is Llama's release
    assert positives("# Wren\n\n## 说明\n\nLlama2的开源极大促进了社区发展。\n") == []


@pytest.mark.parametrize("heading", ["Loon 的其他明星项目", "我们的其他开源项目", "Other projects by Loon Labs", "Our other projects"])
def test_a_section_of_the_authors_other_releases_lists_its_siblings(heading: str) -> None:
    # the corpus labels count a release of the same authors (a sibling, often under another owner's name) as theirs
    md = (f"# Wren\n\nWren is a panel.\n\n## {heading}\n\n"
          "- [Kestrel](https://github.com/kestrel-dev/kestrel/) - 广受欢迎的开源堡垒机\n"
          "- [Finch](https://github.com/finch-dev/finch) - an open-source site builder\n")
    assert [c.line for c in positives(md)] == [7, 8]
    # 'Other projects' with no author named stays a section about others
    assert positives(md.replace(heading, "Other projects")) == []


def test_a_name_linked_to_the_owners_own_repository_is_one_of_its_releases() -> None:
    # a name that is not an own one, with a link to a repository of the owner's, is the owner's (a sibling)
    item = ("- [Healthsearch](https://{0}.io/blog/healthsearch) ([GitHub](https://github.com/{0}/healthsearch)): "
            "An open-source project aimed at health.\n")
    md = "# Wren\n\nWren is a database.\n\n## Demos\n\n"
    assert [c.line for c in positives(md + item.format("wren"))] == [7]
    assert positives(md + item.format("kestrel")) == []


@pytest.mark.parametrize("sentence", [
    # the bare phrase as the subject of a general statement is the idea, even in the lead
    "Open source provides equality for all and a chance for everyone to improve.",
    # zh: open source as an activity, and a comparison of a class
    "**「我喜欢做开源，以此为乐」**",
    "[国产开源项目对比](https://example.org/compare)",
    # a roadmap item marked as not done yet is a plan
    "- [in progress]: make all datasets completely free and open source.",
])
def test_ideas_activities_comparisons_and_plans_are_no_release_in_the_lead(sentence: str) -> None:
    assert positives(f"# Wren\n\n{sentence}\n") == []


def test_the_bare_phrase_as_a_verbless_tagline_still_speaks_for_the_project() -> None:
    assert len(positives("# Wren\n\nOpen source, self-hosted and free.\n")) == 1
    assert len(positives("# Wren\n\n我们做开源模型已经三年了。\n")) == 1


def test_a_heading_that_only_names_a_section_is_no_claim_anywhere() -> None:
    # not only as a title or tagline: under the title, after prose, any heading that is a section label
    assert positives("# Wren\n\nWren is a model.\n\n# 开源推荐\n\n- Kestrel\n") == []


def test_a_dated_news_item_announces_a_release_of_the_authors_under_any_name() -> None:
    # '- [04-15.2025]: Kestrel is now open-source!': a sibling announced in the README's news, with or without
    # the News heading (a month-day-year date too)
    item = "- **[04-15.2025]**: 🚀 **Kestrel is now open-source!**\n"
    assert len(positives(item)) == 1
    assert len(positives("# Wren\n\nWren is a model.\n\n## News\n\n" + item)) == 1
    # ... not a name linked elsewhere, nor a remark in parentheses after an object
    assert positives("- 2024-01-23: [Kestrel](https://kestrel.example/) is now open-source.\n") == []
    assert positives("- [Kestrel](https://github.com/kestrel-ai/kestrel): for open-sourcing Finch (used in Wren-40b).\n") == []


@pytest.mark.parametrize(("sentence", "claimed"), [
    # zh: a verbless list of the product's properties, and the product as an open-source alternative
    ("10. 开源、安全、合规、自主可控。", True),
    ("- 数据可视化，Kestrel、Finch 的开源替代方案，比 Finch 拥有更好的体验", True),
    # ... while a class shown by others' examples ('X 等开源…') is theirs, recommended or not
    ("我们推荐 Kestrel 等开源替代方案。", False),
    ("也可以参考 Kestrel、Finch 等开源工具。", False),
    # ... unless the examples are the own ones
    ("Wren、Wren-Chat 等开源模型均可商用。", True),
])
def test_cjk_properties_alternatives_and_examples(sentence: str, claimed: bool) -> None:
    assert bool(positives(f"# Wren\n\n{sentence}\n")) is claimed
    assert bool(positives(f"{sentence}\n")) is claimed


def test_choosing_an_open_source_noun_is_using_it_and_choosing_to_open_source_is_a_release() -> None:
    assert positives("# Wren\n\n另一种做法是选择开源模型训练好的分词器。\n") == []
    assert len(positives("# Wren\n\n我们选择开源 Wren，是为了推动社区发展。\n")) == 1


def test_a_name_opening_the_lead_as_a_link_to_another_owner_is_theirs() -> None:
    # '## 推荐项目' (recommended projects) first, then '[Kestrel — 开源审核平台](another owner's repository)': neither the
    # section heading nor the linked name is an own name
    doc = parse_document("README.md", "readme", "## 推荐项目\n\n[Kestrel — SQL 开源审核平台](https://github.com/someone/Kestrel)\n")
    assert set(ownnames.derive("wrenlabs__wren", "", [doc]).keys) == {"wren"}
    assert positives(doc.text, own=ownnames.derive("wrenlabs__wren", "", [doc]).as_set()) == []


@pytest.mark.parametrize(("md", "claimed"), [
    # an event named after the phrase heads a section
    ("## 202502 Open-Source Week\n", False),
    # zh: another's release that the project now supports, in its news
    ("- **2026年8月17日** Kestrel-Music3 开源，欢迎加入音频生成模型家族！\n", False),
    ("- **2026年6月24日** Kestrel-2 开源，我们已提供全面支持。\n", False),
    ("- **2026年6月24日** Wren-2 开源，我们已提供全面支持。\n", True),
    # zh: the own name with a series word before the phrase
    ("# Wren\n\n您可以在下表中看到 **Wren** 系列开源模型的详细信息：\n", True),
    # zh: a verb of use before a conjunction is a noun of a list
    ("# Wren\n\n其主要包括 Python pipeline，SDK部署与海量开源工业 ASR 模型等。\n", True),
    # zh: 'a series of' quantifies a class
    ("# Wren\n\n我们提供了链接，指向一系列开源的 [预训练数据](https://example.org/data) 。\n", False),
    # zh: 'as a …, it' describes the main clause's subject
    ("作为一个免费开源的中后台模板，它采用了最新的 Vue 3 等主流技术开发，开箱即用。\n", True),
    # software parts are no names: 'the core engine and CLI'
    ("# Wren\n\n## Notes\n\nThe core engine and CLI are free and open source (MIT license).\n", True),
    ("The Kestrel CLI is open source.\n", False),
])
def test_events_supported_releases_series_quantities_and_software_parts(md: str, claimed: bool) -> None:
    assert bool(positives(md)) is claimed


@pytest.mark.parametrize(("md", "claimed"), [
    # zh: a chat group and a community's building are the community's; a phrase in parentheses labels the name
    ("# Wren\n\nWren is a model.\n\n## 联系\n\n* Wren 开源交流群（1群）：21914947\n", False),
    ("如果你有任何想法，欢迎所有人参与到 Wren 的开源建设中。\n", False),
    ("从结果来看，Wren 相对于 Kestrel（闭源）为 -1.36%，相对于 Finch（开源）为 2.89%。\n", False),
    # zh: a release verb with its complement, then the community it serves, is the release
    ("- 本项目诞生于凯京集团，在取得公司高层同意后以 Apache 协议开源出来反哺社区。\n", True),
    # the title's own subtitle in an HTML heading is a tagline; a chapter heading is not
    ("<h1>Wren<br/><sub>Open-source self-hosted web archiving.</sub></h1>\n\nText.\n", True),
    ("# Wren\n\n### 第三部分 开源 LLM 应用解读\n\nText.\n", False),
    # a one-word feature label is no maker's name
    ("# Wren\n\nWren blocks ads.\n\n## Features\n\n- **Free**: open source software that keeps you in control\n", True),
    # what the phrase points at, linked to the owner's own repository, is the owner's
    ("# Wren\n\nWren is an agent.\n\n## Bench\n\nFull benchmark is open source: [wren/bench](https://github.com/wren/bench).\n",
     True),
    ("# Wren\n\nWren is an agent.\n\n## Bench\n\nFull benchmark is open source: [k/bench](https://github.com/kestrel/bench).\n",
     False),
])
def test_communities_labels_subtitles_chapters_feature_words_and_linked_objects(md: str, claimed: bool) -> None:
    assert bool(positives(md)) is claimed


@pytest.mark.parametrize(("md", "claimed"), [
    # zh: properties joined with '&' (a heading so joined names a section)
    ("1. 💯 免费 & 开源。\n", True),
    ("# Wren\n\nWren is a tool.\n\n## 相关开源&产品\n\n- Kestrel\n", False),
    # zh: a relative clause of dependency closed by 的 before a short modifier leaves the noun to its subject
    ("# Wren\n\nWren 是一个基于 PyTorch 的目标检测开源工具箱。\n", True),
    # ... a modifier with Latin words in it too
    ("# Wren\n\nWren 是一个基于 PyTorch 和 Kestrel 的 YOLO 系列算法开源工具箱。\n", True),
    # zh: 'leading' as the copula's predicate describes the subject, as in English; it ranks no others
    ("# Wren\n\nWren 是一款全球领先的开源向量数据库。\n", True),
    ("# Wren\n\nWren 领先于其他开源模型。\n", False),
    # zh: made by its describer itself ('自主研发', developed on one's own), whatever its name; not by another named
    ("# Wren\n\nWren 是数据库。\n\n## 说明\n\nKestrel 是一款自主研发的开源报表工具。\n", True),
    ("# Wren\n\nWren 是数据库。\n\n## 说明\n\nKestrel 是由 Finch 自主研发的开源报表工具。\n", False),
    # zh: the movement's people ('开源伙伴', open-source partners) are its community
    ("# Wren\n\nWren 是数据库。\n\n## 说明\n\n也欢迎对 Wren 感兴趣的开源伙伴一起参与共建！\n", False),
    # zh: a bare artifact with 'all' before it, the adverbs before the site it is released on ('all the code is released
    # on GitHub')
    ("# Wren\n\nWren 是数据库。\n\n## 说明\n\n所有代码均已在GitHub开源。\n", True),
    # zh: a list item whose first clause is the product's properties ('free and open source, deployable …')
    # (a later clause with a verb: the clause list alone is no verbless list of properties)
    ("# Wren\n\nWren 是数据库。\n\n## 说明\n\n* 免费开源，内网部署，数据再也不怕泄露了\n", True),
    ("# Wren\n\nWren 是数据库。\n\n## 说明\n\n开源，是一种精神。\n", False),
    # zh: a comparison in an earlier clause does not reach the phrase's clause
    ("- 7B：千元预算半天训练，效果媲美主流大模型，开源可商用中文 Wren-7B\n", True),
    ("在等量级的开源模型中，Wren 表现最好。\n", False),
])
def test_cjk_property_joiners_relative_clauses_and_clause_bound_comparisons(md: str, claimed: bool) -> None:
    assert bool(positives(md)) is claimed


@pytest.mark.parametrize(("md", "claimed"), [
    # a heading naming a class of things, first in its file or not, and a title that holds the phrase names nothing
    ("## Local Open Source Models\n", False),
    ("### Open source, local and alternative models\n", False),
    ("# Wren\n\n## Wren open-source models\n", True),
    ("# Wren\n\n## Our open-source models\n", True),
    # zh: related-open-source sections, friend links, the following projects, contributing to and collaborating
    # in open source, depending on open-source projects
    ("## 社区相关开源\n", False),
    ("## 开源友情链接\n", False),
    ("## 🤝 Wren 基于如下优秀的开源项目：\n", False),
    ("我在上海艰苦奋斗，夜里为开源做贡献。\n", False),
    ("这些项目体现了开源协作真正的力量，我们也很高兴能继续建立在这些基础之上。\n", False),
    ("# Wren\n\nWren 是一个工具。\n\n## 说明\n\n本程序主要依赖 Kestrel 等开源项目。\n", False),
])
def test_class_headings_related_sections_and_contributions(md: str, claimed: bool) -> None:
    assert bool(positives(md)) is claimed


def test_the_first_paragraph_of_an_introduction_section_describes_the_project() -> None:
    # '## 简介' (introduction), '## What it is': the section's first paragraph is the project's description, as the
    # lead is; the same words in a usage section, or a later paragraph of the introduction, name no owner
    intro = "# Wren\n\nWren is a model.\n\n## 简介\n\n开源的鸟类追踪软件，支持网页界面。\n"
    assert [c.line for c in positives(intro)] == [7]
    assert positives(intro.replace("简介", "使用")) == []
    assert positives(intro.replace("## 简介\n\n", "## 简介\n\n它很快。\n\n")) == []


def test_a_heading_of_official_open_source_models_names_a_section() -> None:
    # '### 官方开源模型' (official open-source models) under the title heads a list of others' models
    md = "## 支持的模型\n\n### 官方开源模型\n\n- [Kestrel](https://huggingface.co/kestrel/Kestrel)\n"
    assert positives(md) == []


def test_a_product_introduced_in_a_section_about_others_is_theirs() -> None:
    # zh: '鹭鸟是一款开源的…' introduces the README's own product, except in Acknowledgements (致谢)
    intro = "# Wren\n\nWren 是一个模型。\n\n## 介绍\n\n鹭鸟是一款开源的监控系统。\n"
    assert [c.line for c in positives(intro)] == [7]
    assert positives(intro.replace("## 介绍", "## 致谢")) == []


def test_the_said_project_in_a_nested_list_item_is_the_entry_above() -> None:
    # zh: in a curated list, '  - 该项目开源了…' (the said project released …) under '- [Kestrel](…)' speaks of
    # Kestrel; at the top level, or as a licence note under a 'License' item, 该项目 is the project's own
    nested = "# Notes\n\n- [Kestrel](https://github.com/kestrel/kestrel)\n  - 该项目开源了医学大模型 Kestrel。\n"
    assert positives(nested) == []
    assert positives(nested.replace("  - 该项目", "该项目"))
    assert positives("# Wren\n\n- 许可\n  - 该项目采用 Apache 2.0 开源许可证。\n")


def test_an_emoji_shortcode_is_a_mark_not_prose() -> None:
    # GitHub shows ':white_check_mark:' as a picture: the entry still opens with the linked name it describes
    md = ("# Wren\n\nWren is a note-taking app.\n\n## Tools we like\n\n"
          "* :white_check_mark: [Finchboard](https://finch.example.com)：开源桌面端服务器管理面板，所有操作在本地完成\n")
    assert positives(md) == []
    doc = parse_document("README.md", "readme", "# :rocket: Wren\n\nA ratio of 1:2:3 at 10:30:00, see std::vector.\n")
    assert [(b.text, b.segments[0][1:]) for b in doc.blocks] == [
        ("Wren", (1, 12)), ("A ratio of 1:2:3 at 10:30:00, see std::vector.", (3, 1))]
    claim = only_claim("## :sparkles: Wren is an open-source model\n")
    assert (claim.line, claim.column) == (1, "## :sparkles: Wren is an open-source model".index("open") + 1)
    # shortcodes are lower case (GitHub leaves ':Sparkles:' as text); a URL is one in any case
    doc = parse_document("README.md", "readme", "Wren :Sparkles: ships at HTTPS://Wren.example.com/x today.\n")
    assert [b.text for b in doc.blocks] == ["Wren :Sparkles: ships at  today."]  # (the URL leaves its gap)
    assert [(link.url, link.column) for link in doc.links] == [("HTTPS://Wren.example.com/x", 26)]


def test_an_address_glued_to_a_labels_colon_is_an_address_not_a_shortcode() -> None:
    # '- **开源**:https://github.com/…': ':https:' before '//' is the scheme of the address, no shortcode
    doc = parse_document("README.md", "readme", "- **Code**:https://github.com/acme/kestrel ,LGPL-3.0\n")
    assert [(link.url, link.column) for link in doc.links] == [("https://github.com/acme/kestrel", 12)]
    assert positives("# Wren\n\nA model.\n\n## Parts\n\n- **开源**:https://github.com/acme/kestrel ,LGPL-3.0\n") == []


@pytest.mark.parametrize(("md", "claimed"), [
    # a licence line without a subject names no one: under Credits it is the credited project's licence ...
    ("# Wren\n\n## Credit\n\n本项目的一些想法受到以下项目的启发。\n\n"
     "* [Kestrel](https://github.com/kestrel-dev/kestrel)，一个用于构建有状态应用的库。\n\n基于 MIT 开源协议。\n", False),
    # ... and a later sentence of an entry that opens with another owner's linked repository describes that entry
    ("# Wren\n\n* [Kestrel](https://github.com/kestrel-dev/kestrel)，一个用于构建有状态应用的库。\n基于 MIT 开源协议。\n", False),
    ("# Wren\n\n* [Kestrel](https://github.com/kestrel-dev/kestrel), a library for stateful apps.\n"
     "Open source under the MIT license.\n", False),
    # (a numbered thanks section is one too)
    ("# Wren\n\n## 7.感谢\n\n基于 MIT 开源协议。\n", False),
    ("# Wren\n\n## 2. Acknowledgements\n\nOpen source under the MIT license.\n", False),
    # ... while in the project's own sections it is the described product's licence
    ("# Wren\n\n## 简介\n\nWren 是一个监控系统。\n\n基于 MIT 开源协议。\n", True),
    ("# Wren\n\n## Other projects by us\n\n* [Kestrel](https://github.com/kestrel-dev/kestrel), a library for "
     "stateful apps. Fully open source.\n", True),
])
def test_a_licence_line_without_a_subject_belongs_to_what_it_follows(md: str, claimed: bool) -> None:
    assert bool(positives(md)) is claimed, [(c.phrase, c.cue) for c in claims_in(md)]


def test_a_relative_link_to_code_or_a_folder_names_the_repositorys_own_file() -> None:
    # '[Benchmark script](benchmark/run.sh) has been open sourced': a file of this repository; a link to another
    # owner's repository, or to a page of the documentation, names no own release
    md = "# Wren\n\nWren is a gateway.\n\n## Notes\n\n[Benchmark script](benchmark/run.sh) has been open sourced.\n"
    assert [c.phrase for c in positives(md)] == ["open sourced"]
    assert positives(md.replace("benchmark/run.sh", "https://github.com/kestrel/bench")) == []
    assert positives(md.replace("benchmark/run.sh", "docs/benchmark.md")) == []


# --- a README that presents others' work (claims/cues/catalogue.py) -------------------------------------------


@pytest.mark.parametrize("md", [
    # English: 'Awesome …' and a predicate 'a curated list of'
    "# Awesome Tiny Models\n\nA curated list of open-source small language models.\n\n"
    "## Models\n\n- **Fully open source:** every entry ships its training code.\n",
    "# Tiny Models\n\nTiny Models is a curated list of open-source language models for phones.\n",
    "# Phone LLM Leaderboard\n\nOpen-source models for phones, ranked by speed.\n",
    # German: 'ein … Verzeichnis, das'; Italian and Korean guide titles; Japanese catalogue predicate
    "# Kleine Modelle\n\nDies ist ein digitales Verzeichnis, das quelloffene Sprachmodelle sammelt.\n",
    "# Guida allo sviluppo di software libero\n\nBuone pratiche per lo sviluppo di software open source.\n",
    "# 오픈소스 가이드\n\n오픈소스 프로젝트를 시작하는 방법을 설명합니다.\n",
    "# 小型モデル\n\n日本で開発されたオープンソースの言語モデルのキュレーションカタログです。\n",
    "# 小模型\n\n本项目是一个开源小模型的汇总。\n",
    # Portuguese 'Lista com links de' (a list with links to)
    "# Lista maravilhosa\n\nLista com links de projetos open-source.\n",
    # Dutch 'Selectie van' (a selection of)
    "# Apps\n\n**Selectie van FOSS Androidapps op F-Droid**\n",
])
def test_a_readme_that_presents_others_work_describes_what_it_lists(md: str) -> None:
    own = frozenset({"tinymodels", "kleine", "modelle"})
    assert _catalogue(md, own), md  # the README's title or lead says what it is
    assert positives(md, own=own) == []


def _catalogue(md: str, own: frozenset[str]) -> str:
    """What the catalogue cue reads in the README's title and lead ("" when it reads nothing there)."""
    from openwash.claims.cues.catalogue import presents_catalogue
    from openwash.claims.places import own_places_of

    doc = parse_document("README.md", "readme", md)
    return presents_catalogue(doc.blocks, own_places_of(doc, own), lambda text: any(w in own for w in text.split()))


def test_in_a_catalogue_the_author_named_as_releasing_still_claims() -> None:
    md = ("# Awesome Tiny Models\n\nA curated list of open-source small language models.\n\n"
          "## Our own\n\nWe have open-sourced our ranking scripts under MIT.\n")
    found = only_claim(md)
    assert found.phrase == "open-sourced"


def test_a_repository_named_as_a_curated_list_presents_others_work(tmp_path: Path) -> None:
    # 'awesome-…' repositories are curated lists of others' work by convention: their READMEs describe what they
    # list even when the title is not in view (a nested page, a README without one); the author's own release stays
    assert ownnames.is_curated_list("someone__awesome-bird-tools") and ownnames.is_curated_list("awesome-llm")
    assert not ownnames.is_curated_list("awesome") and not ownnames.is_curated_list("wren")
    item = "Open-source bird song recorder designed for collaborative field work.\n"
    assert positives(item, own=frozenset(), curated_list=True) == []
    assert len(positives(item, own=frozenset())) == 1
    assert len(positives("We have open-sourced our ranking scripts.\n", own=frozenset(), curated_list=True)) == 1
    # the engine tells the detector from the repository's name: 'openwash claims' on a checkout folder
    repo = tmp_path / "someone__awesome-bird-tools"
    repo.mkdir()
    (repo / "README.md").write_text("Open-source bird song recorder designed for collaborative field work.\n")
    assert run_cli("claims", "README.md", cwd=repo).stdout.strip() == ""
    plain = tmp_path / "someone__bird-tools"
    plain.mkdir()
    (plain / "README.md").write_text((repo / "README.md").read_text())
    assert "open-source" in run_cli("claims", "README.md", cwd=plain).stdout.lower()


@pytest.mark.parametrize("md", [
    # a product named like a catalogue links the noun to nothing it lists
    "# Unity Catalog\n\nUnity Catalog is an open-source data catalog for lakehouses.\n",
    "# awesome\n\nawesome is an open-source window manager.\n",
    # an adjective is no list, and a list the product provides is its output, not what the README is
    "# Wren\n\nWren is an awesome open-source language model.\n",
    "# Wren\n\nWren 是一个开源项目，提供公共代理列表。\n",
    # a guide to the own release is the release's (a guide is a catalogue by its title only)
    "# Wren\n\nこのオープンソースリポジトリは、Wren の使い方のガイドです。\n",
])
def test_a_product_named_or_described_like_a_catalogue_still_claims(md: str) -> None:
    own = frozenset({"wren", "unitycatalog", "unity", "awesome"})
    assert _catalogue(md, own) == ""
    assert positives(md, own=own), [(c.phrase, c.cue) for c in claims_in(md)]


@pytest.mark.parametrize("md", [
    # an item of an enumeration (a law, a contract, a list of conditions) is governed by the sentence before it
    "# Wren\n\nWren is a form builder.\n\n## Requisiti\n\nIl fornitore adotta:\n\nc)  software libero o a codice "
    "sorgente aperto;\n",
    "# Wren\n\nWren is a form builder.\n\n## Terms\n\nThe supplier shall use:\n\n(ii) free and open-source software;\n",
])
def test_an_enumerated_clause_is_no_headline(md: str) -> None:
    assert positives(md) == [], [(c.phrase, c.cue) for c in claims_in(md)]


def test_a_verbless_item_without_enumeration_is_still_a_headline() -> None:
    assert only_claim("# Wren\n\nWren is a form builder.\n\n## Notes\n\n- Free and open source\n").phrase


@pytest.mark.parametrize("sentence", [
    "すべての数値は6つの実際のオープンソースリポジトリに対する評価の結果です。",
    "모든 수치는 12개의 오픈소스 저장소에 대한 평가 결과입니다.",
])
def test_a_count_of_things_in_the_lead_is_others(sentence: str) -> None:
    # the lead speaks for the project by its place, but a count of two or more things of a kind names others
    md = f"# Wren\n\n{sentence}\n"
    assert positives(md) == [], [(c.phrase, c.cue) for c in claims_in(md)]


@pytest.mark.parametrize("sentence", [
    # no bare plural before the phrase: a possessive ('ses'), the loan word 'AI', or 'de código abierto' after a
    # complement, which may say what the head noun before it is; in the lead they are the project's
    "Wren utilise GitLab pour le développement de ses logiciels libres.",
    "L’agente di coding AI open source.",
    "App de bloqueo de llamadas de código abierto.",
])
def test_no_romance_bare_plural_before_the_phrase(sentence: str) -> None:
    assert positives(f"# Wren\n\n{sentence}\n"), [(c.phrase, c.cue) for c in claims_in(f"# Wren\n\n{sentence}\n")]


def test_a_japanese_licence_heading_names_a_section() -> None:
    # 'オープンソースプロトコル' (open-source licence, as Chinese '开源协议') heads the licence section
    assert positives("# Wren\n\nWren is a model.\n\n## オープンソースプロトコル\n\nMIT.\n") == []


def test_a_bare_plural_in_a_prepositional_phrase_is_things_in_general_in_the_lead_too() -> None:
    # the lead speaks for the project by its place, but 'scripts for open models' names what the scripts are for
    assert positives("# Wren evals\n\nEvaluation scripts for open models are in the `scripts` directory.\n") == []
    assert positives("# Wren evals\n\nWren evals is an open-source evaluation toolkit.\n")


def test_a_pages_front_matter_title_and_description_are_sentences_about_it() -> None:
    # Docusaurus, Hugo, Jekyll and Mintlify pages say what they are about in their front matter
    page = ("---\ntitle: Wren docs\ndescription: An overview of Wren, a small open-source language model.\n---\n\n"
            "# Introduction\n\nWren runs on phones.\n")
    claim = only_claim(page, path="docs/index.md", role="docs")
    assert (claim.line, claim.phrase) == (3, "open-source")
    # ... a title that is the phrase alone names the page's topic; another's product is not the own; tags stay tags
    assert positives("---\ntitle: Open Source\n---\n\n# Community\n\nText.\n", path="docs/oss.md",
                     role="docs") == []
    assert positives("---\ndescription: Kestrel is an open-source vector database.\n---\n\n# Kestrel\n\nText.\n",
                     path="docs/kestrel.md", role="docs") == []
    tag = only_claim("---\ntags:\n- open-source\n---\n\n# Wren\n\nA model.\n", path="README.md", role="model_card")
    assert tag.cue.startswith("claim [card-tag]")


@pytest.mark.parametrize("language", ["Rust", "Python", "TypeScript", "Go"])
def test_a_programming_language_before_a_noun_of_code_is_no_name(language: str) -> None:
    # 'the Rust source code' is written in Rust: the definite artifact is still this release's
    sentence = f"The {language} source code for the mobile apps is all open source, so you can change it."
    assert positives(in_body(sentence)), language
    # a name in that place is another's product
    assert positives(in_body("The Kestrel source code for the mobile apps is all open source.")) == []


def test_a_pronoun_takes_the_own_name_earlier_in_its_sentence() -> None:
    md = ("# Notes\n\nMost teams rely on cloud APIs for translation.\n"
          "This is where Wren comes in - it's a small open-source model that runs offline.\n")
    assert positives(md)
    # ... and a verb of use whose object is the own project makes no third party of it
    assert positives("# Notes\n\n**Using this project at work?** Go right ahead - it's open source!\n")
    # a pronoun after a sentence that uses another's product is that product
    assert positives("# Notes\n\nWe rely on Kestrel for storage. It is open source.\n") == []
    # ... and so is another name between the own one and the pronoun in the same sentence
    assert positives(in_body("Wren uses Kestrel because it is open source.")) == []
    assert positives(in_body("Wren is built on Kestrel, and it is fully open source.")) == []


@pytest.mark.parametrize("sentence", [
    "Self-hosted and open-source, Wren keeps your notes on your own machine.",
    "- **Open for everyone**: As an open-source project, Wren welcomes contributions of all kinds.",
])
def test_a_description_set_before_the_own_name_describes_it(sentence: str) -> None:
    assert positives(in_body(sentence)), sentence


@pytest.mark.parametrize("sentence", [
    "Unlike open-source Kestrel, Wren keeps your notes on your own machine.",
    "Self-hosted and open-source, Kestrel keeps your notes on your own machine.",
])
def test_a_fronted_phrase_that_is_no_description_of_the_own_name_is_no_claim(sentence: str) -> None:
    assert positives(in_body(sentence)) == [], sentence


def test_the_project_the_reader_is_sent_to_is_no_readers_project() -> None:
    # 'You can find the open source project on GitHub': the reader only finds it; a definite project is this one
    assert positives(in_body("You can find the open source project on [GitHub](https://github.com/wren/wren)."))
    # what the reader makes or owns stays the reader's
    assert positives(in_body("You can use Wren in your own open-source projects.")) == []


def test_one_thing_called_by_a_plural_name_is_no_bare_plural() -> None:
    # 'An open source Kestrel Notes': the article says one thing, the capitals a name (the own remake of it)
    assert positives('<p align="center">\nAn open source Kestrel Notes – write notes with one prompt.\n</p>\n')
    # a bare plural in the tagline stays things in general
    assert positives('<p align="center">\nTools for open source models – write notes with one prompt.\n</p>\n') == []


def test_a_line_that_is_the_phrase_alone_names_a_topic() -> None:
    # 'Open Source' as a line of its own over a part of a page is a label, as a heading or a tag of it alone is
    assert positives("# Wren\n\nWren is a small model.\n\n## Notes\n\nOpen Source\n\nWe publish the weights.\n") == []
    # with a degree it predicates ('Fully open source'), and a tagline with more words still speaks for the project
    assert positives("# Wren\n\nFully open source\n")
    assert positives('<h1 align="center">Wren</h1>\n<p align="center">Free and open source</p>\n')


@pytest.mark.parametrize("heading", ["### Kestrel3", "#### Kestrel Reader"])
def test_a_verbless_headline_under_a_section_named_for_another_product_describes_it(heading: str) -> None:
    page = f"# Tools\n\nThe tools this page compares.\n\n{heading}\n\nAn open-source web parsing tool with an API.\n"
    assert positives(page, path="docs/tools.md", role="docs") == [], heading
    # under a section heading that names no product, the page's place decides as before
    md = "# Wren\n\nWren is a small model.\n\n## Key Features\n\n- An open-source web parsing tool with an API.\n"
    assert positives(md)


def test_a_gerunds_plural_object_is_no_bare_plural_after_a_preposition() -> None:
    # 'dedicated to open-sourcing LLMs': the project releases them; 'dedicated to open-source models' is a topic
    assert positives(in_body("This project is dedicated to open-sourcing small language models for phones."))
    assert positives(in_body("This project is dedicated to open-source models for phones.")) == []


def test_the_reader_as_the_object_of_a_sentence_about_this_project() -> None:
    # 'This project gives you …': the reader receives; the demonstrative subject is the own project
    assert positives(in_body("This project gives you a clean, open-source version of that feature."))
    assert positives(in_body("Your team gets a clean, open-source version of that feature.")) == []


def test_what_the_reader_uses_may_be_the_own_project() -> None:
    # 'how to use OWN, an open-source …': the reader uses the own product; no third party is used
    assert positives(in_body("These pages explain how to use Wren, an open-source model for phones."))
    # what the project is built from stays another's, even where a folder or repository piece names it
    md = "# Kestrel games\n\nSmall games.\n\n## About\n\nThe games here build from Kestrel, a free and open source engine.\n"
    assert positives(md, own=frozenset({"kestrel-games", "kestrel", "games"})) == []


@pytest.mark.parametrize("folder", ["templates", "charts", "docker"])
def test_a_readme_among_deployment_templates_names_no_part(folder: str) -> None:
    # 'templates/Ornith/README.md' titled '# Ornith': the template deploys another's model, named by the folder
    md = "# Finch\n\nFinch is a family of open-source models for coding.\n"
    assert positives(md, own=frozenset({"pipelines"}), path=f"{folder}/Finch/README.md") == []
    assert len(positives(md, own=frozenset({"pipelines"}), path="use-cases/Finch/README.md")) == 1


def test_the_list_of_a_page_named_for_the_features_is_the_own_features_list() -> None:
    page = "- **Hackable**: Linear training scripts.\n\n- **Open source**: Apache 2.0 licensed.\n"
    assert positives(page, path="docs/about/key-features.mdx", role="docs") != []
    assert positives(page, path="docs/about/integrations.mdx", role="docs") == []
    other = "## Comparison with other tools\n\n- **Open source**: Kestrel is Apache 2.0 licensed.\n"
    assert positives(other, path="docs/features.md", role="docs") == []


def test_a_list_introduced_as_the_features_of_the_own_name_is_its_own_list() -> None:
    assert positives("# Wren\n\nText.\n\nSome key points of Wren:\n\n- Open-source\n- Privacy respecting\n") != []
    assert positives("# Wren\n\nText.\n\nSome key points of Kestrel:\n\n- Open-source\n- Privacy respecting\n") == []


def test_a_why_use_heading_in_chinese_heads_the_own_list() -> None:
    md = "# Wren\n\nText.\n\n## 为什么使用Wren\n\n- 开源的千亿级中英双语模型\n- 已知的最大规模的语言模型\n"
    assert positives(md) != []


@pytest.mark.parametrize("heading", ["## 100% Open Source", "## Fully open-source", "### 🔓 Free and open source"])
def test_a_section_heading_with_a_degree_predicates_openness_of_the_project(heading: str) -> None:
    # '## Open Source' names a section; '## 100% Open Source' in the README's body says what the project is
    assert positives(f"# Wren\n\nWren is a model.\n\n{heading}\n\nText.\n") != []
    assert positives("# Wren\n\nWren is a model.\n\n## Open Source\n\nText.\n") == []
    # ... in a documentation page, a heading names the page's topic
    assert positives(f"# Licensing\n\nText.\n\n{heading}\n\nText.\n", path="docs/licensing.md", role="docs") == []


@pytest.mark.parametrize("row", ["| [Wren-1B](https://huggingface.co/) — fully open | 1.2B | MIT |",
                                 "| Wren-Base 🔓 open weights | 3B | Apache 2.0 |",
                                 "| **Wren-Instruct** (open-weight) | 8B | Apache-2.0 |"])
def test_the_first_cell_of_a_body_row_that_calls_an_own_name_open_is_a_claim(row: str) -> None:
    table = "| Model | Size | License |\n|---|---|---|\n"
    assert positives(f"# Wren\n\nText.\n\n{table}{row}\n") != []


@pytest.mark.parametrize("row", ["| Open source | ✅ | ❌ |", "| Kestrel-7B (open-weight baseline) | 8B | Llama 3 |"])
def test_the_first_cell_of_a_body_row_that_is_a_category_or_another_name_is_no_claim(row: str) -> None:
    table = "| Model | Size | License |\n|---|---|---|\n"
    assert positives(f"# Wren\n\nText.\n\n{table}{row}\n") == []


def test_a_feature_label_with_a_space_before_its_colon_still_labels_the_item() -> None:
    # '- 🔓**Open for Collaboration** :As an open-source project, Wren invites contributions'
    item = "- 🔓**Open for Collaboration** :As an open-source project, Wren invites contributions."
    assert len(positives("# Wren\n\nA small model.\n\n## Features\n\n" + item + "\n")) == 1
    assert len(positives(in_body(item))) == 1


@pytest.mark.parametrize("row", ["| License | MIT, fully open source |",
                                 "| **Licence** | ✅ Open source (GPL-3.0) | ❌ Proprietary |",
                                 "| 许可协议 | Apache-2.0 开源 |"])
def test_a_licence_row_states_the_licence_of_what_the_table_describes(row: str) -> None:
    # a 'License' row of the project's own fact sheet or comparison: the one cell of the row called open is the
    # project's licence, whatever column it stands in
    table = "| | | |\n|---|---|---|\n| Hosting | Your own server | Their cloud |\n"
    assert len(positives(f"# Wren\n\nA note app.\n\n{table}{row}\n")) == 1


def test_a_licence_row_with_several_open_cells_or_about_others_is_no_claim() -> None:
    table = "| | | |\n|---|---|---|\n"
    # two tools called open in one row: a comparison of others' licences, no statement of the project's own
    both = "| License | ✅ Open source (MIT) | ✅ Open source (BSD) |"
    assert positives(f"# Wren\n\nA note app.\n\n{table}{both}\n") == []
    # a section about others
    one = "| License | Kestrel: open source (MIT) |"
    assert positives(f"# Wren\n\nA note app.\n\n## Related work\n\n{table}{one}\n") == []
    # a row whose label is not a licence still names its subject
    other = "| Kestrel | open source (MIT) |"
    assert positives(f"# Wren\n\nA note app.\n\n{table}{other}\n") == []


def test_a_catalogue_word_after_an_own_name_titles_the_projects_own_page() -> None:
    # '# Wren Overview' is the overview of Wren, no overview of others' work ('# Open-Source LLM Overview' is)
    md = "# Wren Overview\n\nWren is an open source container platform.\n"
    assert _catalogue(md, frozenset({"wren"})) == ""
    assert len(positives(md)) == 1
    assert _catalogue("# Open-Source LLM Overview\n\nText.\n", frozenset({"wren"}))


def test_the_releases_parts_opening_an_item_of_the_own_features_list_are_its_own() -> None:
    # '- ✅ Openly licensed checkpoints for all model sizes': the parts of the release, not such things in general
    md = ("# Wren\n\nA model.\n\n## Features\n\n- ✅ Openly licensed checkpoints for all model sizes\n"
          "- Support for open-source models\n\n## Related\n\n- Open-source models by others\n")
    assert [c.phrase for c in positives(md)] == ["Openly licensed"]


def test_a_tagline_heading_with_a_degree_predicates_openness_of_what_it_describes() -> None:
    # '<h2 align="center">Fully open, reproducible language models</h2>' under the title: the models described
    md = '# Wren\n\n<h2 align="center">Fully open, reproducible language models</h2>\n\nWren is a model.\n'
    assert len(positives(md)) == 1
    # a section heading that names a class without a degree stays a heading
    assert positives("# Wren\n\nA list.\n\n## Local Open Source Models\n\n- X\n") == []


def test_a_row_labelled_by_a_mark_alone_and_a_features_table() -> None:
    # '| 🔓 | **Fully Open Stack** | … |': an emoji names no row; a table under the Highlights heading is the
    # project's own features list in columns
    table = ("| | Feature | What |\n|---|---|---|\n| 🔓 | **Fully Open Stack** | Model, data and code, all released. |\n"
             "| 🤖 | **Agents** | Delegates. |\n")
    assert len(positives("# Wren\n\nA model.\n\n## Highlights\n\n" + table)) == 1
    assert positives("# Wren\n\nA model.\n\n## Benchmarks\n\n" + table) == []


def test_a_table_of_features_labelled_in_bold_describes_the_project_anywhere_in_its_readme() -> None:
    # two columns, a blank header or 'Feature | Description', each row a bold feature label and what it says of the
    # product: a Features list in columns, under whatever heading; the label with the phrase is a feature too
    rows = ("| 💰 **Completely free** | Every tool costs nothing. |\n"
            "| 🔒 **Stays local** | Keys never leave your machine. Fully open source, audit anytime |\n"
            "| 👀 **完全开源** | 代码透明，随时可审查 |\n")
    for header in ("| | |\n|---|---|\n", "| Feature | Description |\n|---|---|\n"):
        found = positives("# Wren\n\nA model.\n\n## Before you start\n\n" + header + rows)
        assert [c.phrase for c in found] == ["open source", "开源"], [(c.phrase, c.cue) for c in claims_in(
            "# Wren\n\nA model.\n\n## Before you start\n\n" + header + rows)]
    # names in bold list products, each its row's; a third column compares; a row says what it is built on
    names = "| | |\n|---|---|\n| **Kestrel** | An open-source framework |\n| **Osprey Studio** | Open source platform |\n"
    assert positives("# Wren\n\nA model.\n\n## Others\n\n" + names) == []
    three = "| | | |\n|---|---|---|\n| **Stays local** | Open source | No |\n| **Runs offline** | Yes | No |\n"
    assert positives("# Wren\n\nA model.\n\n## Versus Kestrel\n\n" + three) == []
    used = "| | |\n|---|---|\n| **Small model** | Built on the open-source Kestrel model. |\n| **Runs offline** | Yes |\n"
    assert positives("# Wren\n\nA model.\n\n## Notes\n\n" + used) == []


def test_a_credit_line_names_the_page_project_and_its_maker() -> None:
    # '<p align="center">An open-source project by <a …>Prototyper</a></p>': a verbless line under the title
    md = '# Wren\n\n<p align="center">An open-source project by <a href="https://www.proto.example">Proto</a></p>\n'
    assert len(positives(md)) == 1
    assert positives(in_body("Kestrel is an open-source project by Google.")) == []
    assert positives(in_body("We use an open-source library by Google.")) == []


def test_an_edition_named_by_ordinary_words_is_left_to_its_place() -> None:
    # 'Community Edition (open source)' is an edition of the own product, no one else's name
    assert len(positives("# Wren\n\n## Editions\n\n- Community Edition (open source)\n- Enterprise Edition (paid)\n")) == 1
    assert positives(in_body("- Kestrel Edition (open source)")) == []


def test_a_code_of_conduct_that_names_the_own_project() -> None:
    # a template page releases nothing, unless it was written for the project: 'participation in the Wren open source
    # project should be a safe place'
    own = "Participation in the Wren open source project should be a safe place for everyone.\n"
    assert len(positives("# Code of conduct\n\n" + own, path="docs/CODE_OF_CONDUCT.md", role="docs")) == 1
    template = "Wren open-source projects are committed to a harassment-free experience.\n"
    assert positives("# Code of conduct\n\n" + template, path="CODE_OF_CONDUCT.md", role="docs") == []


def test_a_short_link_alone_on_its_line_to_a_page_deep_in_another_site_names_that_page() -> None:
    # '[开源项目礼节](https://developer.mozilla.org/zh-CN/docs/MDN/Community/Open_source_etiquette)' under the own licence
    # section: the page's name, not the project's
    md = ("# Wren\n\nWren 是一个模型。\n\n## 🤝 开源协议\n\nMIT。\n\n"
          "[开源项目礼节](https://developer.example.org/zh-CN/docs/Community/Open_source_etiquette)\n")
    assert positives(md) == []
    # ... a sentence as the link's text may announce the own release
    news = ("# Wren\n\nWren 是一个模型。\n\n## 🤝 开源协议\n\nMIT。\n\n"
            "[Wren 的开源版发布了，欢迎试用！](https://news.example.org/s/2024/wren-release)\n")
    assert len(positives(news)) == 1


HOME_PAGE = ("---\nlayout: home\nhero:\n  name: Wren\n  tagline: {tagline}\nfeatures:\n  - title: Private\n"
             "    details: {details}\n---\n\n# Wren documentation\n")


def test_a_documentation_home_page_speaks_in_its_front_matter_hero_and_features() -> None:
    # VitePress keeps the home page's hero text and its features list in the front matter, which the site shows first
    found = claims_in(HOME_PAGE.format(tagline="Scale sync", details="Your data stays home. Fully open source."),
                      path="docs/index.md", role="docs")
    assert [(c.phrase, c.line, c.column) for c in found] == [("open source", 8, 42)]
    assert len(claims_in(HOME_PAGE.format(tagline="An open-source scale sync", details="Fast."),
                         path="docs/index.md", role="docs")) == 1
    # ... what a feature says another's product is, or uses, is still not the own release
    assert claims_in(HOME_PAGE.format(tagline="Sync", details="Runs any open-source model from Kestrel."),
                     path="docs/index.md", role="docs") == []
    assert claims_in(HOME_PAGE.format(tagline="Sync", details="Built on open-source libraries."),
                     path="docs/index.md", role="docs") == []
    # ... and a page deeper in the documentation is no home page
    assert claims_in(HOME_PAGE.format(tagline="Sync", details="Fully open source."),
                     path="docs/guide/setup.md", role="docs") == []


def test_in_a_catalogue_a_sentence_about_the_catalogue_itself_claims() -> None:
    # 'This project is open source.' in an 'Awesome …' list: its subject is the list, the author's own work
    md = "# Awesome Bird Tools\n\nA curated list of bird tools.\n\n## License\n\n{}\n"
    for own in ("This project is open source.", "This list is open source and free to use.",
                "**An open-source birding repository to learn and apply.**"):
        assert len(positives(md.format(own), own=frozenset())) == 1, own
    for listed in ("This is a directory of open-source projects.", "Kestrel is an open-source recorder.",
                   "An open-source recorder for field work."):
        assert positives(md.format(listed), own=frozenset()) == [], listed


def test_an_mkdocs_admonition_or_tab_holds_prose() -> None:
    # MkDocs Material writes '!!! note' and '=== "Tab"' over indented Markdown, which CommonMark alone reads as code
    md = ('# Wren\n\nA tool.\n\n## Notes\n\n!!! Note\n\n    Wren is, and always will be, a not-for-profit, open-source '
          'project.\n\n```\nWren is an open-source tool.\n```\n\n    Wren is an open-source project.\n\n=== "About"\n\n'
          '    Wren is open source.\n')
    found = claims_in(md, path="docs/notes.md", role="docs")
    assert [(c.line, c.column, c.phrase) for c in found] == [(9, 52, "open-source"), (19, 13, "open source")]


def test_a_link_to_a_page_of_writing_in_the_own_repository_is_no_release() -> None:
    # '[2019 오픈소스 컨퍼런스](https://github.com/OWNER/notes/blob/master/Seminar/2019.md)': the text is the page's title
    page = "- [2019 Kestrel 오픈소스 컨퍼런스](https://github.com/wren/notes/blob/master/Seminar/2019.md)\n"
    assert positives("# Wren\n\nWren is a model.\n\n## Seminars\n\n" + page) == []
    code = "- [오픈소스 학습 코드](https://github.com/wren/notes/blob/master/train.py)\n"
    assert len(positives("# Wren\n\nWren is a model.\n\n## Code\n\n" + code)) == 1


def test_a_repository_named_as_writing_about_a_topic_presents_it(tmp_path: Path) -> None:
    # 'github-cheat-sheet': what it says is open is its topic's ('Octicons 图标库现已开源', GitHub's icons are now open),
    # as in a curated list; the sheet itself still claims ('This cheat sheet is open source'), and a course is the
    # author's own work
    assert ownnames.names_a_topic("someone__github-cheat-sheet") and ownnames.names_a_topic("open-llm-leaderboard-report")
    assert not ownnames.names_a_topic("agentops-open-course") and not ownnames.names_a_topic("wren-paper")
    for name, text, expected in (("github-cheat-sheet", "Octicons 图标库现已开源。", ""),
                                 ("github-cheat-sheet", "This cheat sheet is open source.", "open source"),
                                 ("agentops-open-course", "It is the only open-source AgentOps curriculum.",
                                  "open-source")):
        repo = tmp_path / f"someone__{name}"
        repo.mkdir(exist_ok=True)
        (repo / "README.md").write_text("# Notes\n\nSome notes.\n\n## About\n\n" + text + "\n")
        out = run_cli("claims", "README.md", cwd=repo).stdout
        assert (expected in out) if expected else out.strip() == "", (name, text, out)


def test_a_table_that_compares_its_columns_describes_each_columns_subject() -> None:
    # a corner cell that is empty or names what the rows go through ('Aspect') makes the columns the subjects: a
    # row labelled by a property ('What it is', 'License') describes its column's product
    own = ("# Wren\n\nA tool.\n\n## Compare\n\n| | wren | Wren Cloud |\n|---|---|---|\n"
           "| **What it is** | Open-source guardrail CLI | Hosted platform |\n| **Pricing** | Free, open source | Metered |\n")
    assert [(c.line, "[table-column]" in c.cue) for c in positives(own)] == [(9, True), (10, True)]
    others = ("# Wren\n\nA tool.\n\n## Setup\n\n| Aspect | Kestrel | Finch |\n|---|---|---|\n| **Size** | 3 GB | 150 MB |\n"
              "| **License** | Commercial | Open Source (100% free) |\n")
    assert positives(others) == []
    # a table of the own models, labelled by rows, is unchanged, and so is a table of properties and their values
    models = "# Wren\n\nA tool.\n\n## Models\n\n| Model | License | Notes |\n|---|---|---|\n| Wren-7B | MIT | fully open source |\n"
    assert len(positives(models)) == 1
    values = "# Wren\n\nA tool.\n\n## Security\n\n| Property | Guarantee |\n|---|---|\n| License | Apache 2.0 — fully open source |\n"
    assert len(positives(values)) == 1


def test_a_repository_named_open_source_and_a_kind_in_the_plural_lists_others_work(tmp_path: Path) -> None:
    # 'Tools-Open-Source', 'open-source-alternatives': a category of others' work, as an 'awesome-' list is; what its
    # pages call open is what they list ('Es un framework open source para CDC', of the tool the section is about)
    assert ownnames.names_a_topic("someone__Tools-Open-Source") and ownnames.names_a_topic("open-source-alternatives")
    assert not ownnames.names_a_topic("open-source-toolkit") and not ownnames.names_a_topic("wren")
    body = "# Herramientas\n\nMis notas.\n\n## Kestrel\n\n*   Es un **framework open source** para **Change Data Capture**.\n"
    for name, expected in (("Tools-Open-Source", ""), ("kestrel-cdc", "open source")):
        repo = tmp_path / f"someone__{name}"
        repo.mkdir()
        (repo / "README.md").write_text(body)
        out = run_cli("claims", "README.md", cwd=repo).stdout
        assert (expected in out) if expected else out.strip() == "", (name, out)


def test_the_text_of_a_link_to_the_owners_repository_names_it_whatever_verb_takes_it() -> None:
    # '使用 Wren 的[开源仓库](https://github.com/wren/wren)构建': built from the owner's own repository, which the link's text
    # calls open; a link to another's repository stays what is used
    own = "- [Wren 社区版镜像](https://hub.docker.com/r/wren/tags)：使用 Wren 的[开源仓库](https://github.com/wren/wren)构建\n"
    assert len(positives("# Wren\n\nA tool.\n\n## 镜像\n\n" + own)) == 1
    assert positives(in_body("We use the [open-source Kestrel library](https://github.com/kestrel/kestrel).")) == []


def test_more_of_the_projects_features_are_its_own_list() -> None:
    # 'Other Features', 'More features': a features list all the same
    for heading in ("Other Features\n==============", "## More features", "## Additional key features"):
        md = f"# Wren\n\nWren is a file manager.\n\n{heading}\n\n* Completely Open source project on github\n"
        assert len(positives(md)) == 1, heading


def test_a_chinese_curated_selection_or_weekly_digest_presents_others_work() -> None:
    # '# Github开源项目精选周刊' (a curated weekly of open-source projects on GitHub): what it calls open is what it lists
    md = "# Github开源项目精选周刊\n\n每周挖掘 Github 优质开源项目。\n\n1. 开源游戏引擎:godot 75.6k⭐\n"
    assert positives(md, own=frozenset({"weekly", "opengithubs"})) == []


def test_a_feature_label_ends_at_a_typewriter_dash_or_a_semicolon() -> None:
    # '- **Open source** -- The entire codebase is public', '- **Open source**; source code is on GitHub'
    principles = "# Wren\n\nWren is a chat app.\n\n## Principles\n\n"
    assert len(positives(principles + "- **Privacy** -- Messages are encrypted.\n"
                                      "- **Open source** -- The entire codebase is public.\n")) == 1
    assert len(positives(principles + "- **Open source**; source code is available on GitHub.\n")) == 1
    assert positives(principles + "- **Open source** projects we like\n") == []


def test_what_the_author_made_is_theirs_whatever_verb_of_use_takes_it() -> None:
    # 'This website is powered by an open source app we developed at …': what is used is the author's own
    assert len(positives(in_body("This website is powered by an open source app we developed at Multi."))) == 1
    assert positives(in_body("This website is powered by an open source app we like a lot.")) == []


def test_the_book_or_course_a_repository_is_can_be_called_the_open_source_one() -> None:
    assert len(positives(in_body("The open source textbook is free and available at our site."))) == 1
    # ... but 'this course' or 'this book' opening a sentence does not make what it covers the own release (stop 54
    # measured that rule and left it out)
    assert positives(in_body("This course covers open-source models and their licences.")) == []
    assert positives(in_body("Este curso cubre modelos de código abierto y sus licencias.")) == []


def test_a_description_fields_label_is_no_name() -> None:
    # '- **Tagline:** Open-source voice chat built for gamers.': the value of a field, in the project's own places
    # what the project is; a name as the label says whose it is
    features = "# Wren\n\nWren is a chat.\n\n## Features\n\n"
    assert len(positives(features + "- **Tagline:** Open-source voice chat built for gamers.\n")) == 1
    assert len(positives("# Wren\n\n**Motto:** Open source forever.\n")) == 1
    assert positives(features + "- **Kestrel:** Open-source voice chat built for gamers.\n") == []


def test_a_participle_phrase_set_off_by_commas_is_no_subject() -> None:
    # 'Genki-Dama, inspired by the iconic Dragon Ball technique, is the first open-source …': the subject is before it
    assert len(positives("# Wren\n\nWren, inspired by the iconic Dragon Ball technique, is the first open-source "
                         "framework for data.\n")) == 1
    assert positives(in_body("Kestrel, inspired by Wren, is an open-source framework.")) == []


def test_all_the_codes_are_the_own_code() -> None:
    # 'codes', as many authors write the code's plural, is the own code as 'the code' is
    assert len(positives(in_body("All the codes are open sourced at GitHub, feel free to submit issues."))) == 1


@pytest.mark.parametrize("path", ["docs/i18n/README.pt.md", "translations/README_ja.md", "docs/i18n/pt/README.md"])
def test_a_translation_of_the_front_readme_has_its_lead_and_tagline(path: str) -> None:
    assert ownnames.is_front_readme(path)
    # (a README named for something other than a language is no translation)
    assert not ownnames.is_front_readme("docs/i18n/README-dev.md")
    # 'docs/i18n/README.pt.md' introduces the project as the root README does: its tagline is the project's
    page = ('<h1 align="center">Wren</h1>\n\n<p align="center">\n  Plataforma de deploy open source e auto-hospedável '
            'com CI/CD integrado.<br>\n  Faça push do código.\n</p>\n')
    assert len(positives(page, path=path)) == 1
    # a folder README of a part, or one in a folder that only looks like a language's, speaks for no project
    for other in ("docs/ops/README.md", "docs/go/README.md", "src/i18n/README.pt.md"):
        assert positives(page, path=other) == [], other


def test_a_pronoun_as_the_object_a_verb_makes_open_takes_its_antecedent() -> None:
    # 'When Pravega was created, there was no question it made sense to make it open source'
    assert len(positives(in_body("When Wren was created, there was no question it made sense to make it open "
                                 "source."))) == 1
    assert positives(in_body("When Kestrel was created, its authors chose to make it open source.")) == []


def test_a_label_paragraph_introduces_the_own_features_list() -> None:
    # 'Main features:' / '主要特性：' as a paragraph, not a heading: the list under it is the project's own
    for label, item in (("**Main features:**", "- A complete open-source system, ready out of the box."),
                        ("主要特性：", "- 完整的开源系统，前端应用和后台管理系统皆可开箱即用。")):
        md = f"# Wren\n\nAn assistant.\n\n{label}\n\n{item}\n- Websocket based.\n"
        assert len(positives(md)) == 1, label
    # ... a label of anything else introduces nobody's list
    assert positives("# Wren\n\nAn assistant.\n\nWe compare:\n\n- A complete open-source system, ready to use.\n") == []


def test_the_items_of_a_list_a_verb_of_use_introduces_are_what_is_used() -> None:
    # '**Wren** is a REST API that supports multiple providers:' over '- **Pelicans** (Chat Web) - Open-source Chat
    # Web client': each item is a provider used, described in its own words
    md = ("# Wren\n\nA messaging API.\n\n## Overview\n\n**Wren** is a REST API for messaging that supports multiple "
          "providers:\n\n- **Pelicans** (Chat Web) - Open-source Chat Web client\n- **Meta API** - Official API\n")
    assert positives(md) == []
    # ... a bare 'supports:' or 'supports these features:' lists the product's own features
    for lead in ("The Wren editor supports:", "Wren supports the following features:"):
        md = f"# Wren\n\nAn editor.\n\n## Overview\n\n{lead}\n\n- Free & open-source.\n- Dark mode.\n"
        assert len(positives(md)) == 1, lead


def test_a_feature_label_explained_by_what_it_works_with_names_others() -> None:
    # '- **Open Source Ecosystem**: Integration with Finch, Pelican': others' products, even in the Features list
    md = "# Wren\n\nAn agent platform.\n\n## Features\n\n- **Open Source Ecosystem**: Integration with Finch, Pelican\n"
    assert positives(md) == []
    # ... a label explained by the product's own terms stays a feature
    md = "# Wren\n\nAn agent platform.\n\n## Features\n\n- **Open Source**: MIT licensed, works with any model\n"
    assert len(positives(md)) == 1


@pytest.mark.parametrize("row, expected", [
    ("| **Open Source** | No | Yes |", True),
    ("| Open-source | 🚫 Proprietary | ✅ GPL-3.0 |", True),
    ("| Open Source | Nein | **AGPL auf GitHub** |", True),
    ("| **开源** | 否 | 是 |", True),
    ("| Quelloffen | ✅ | Ja |", True),
    ("| Open source | No | GPLv3 |", True),
    # the own column answers no, or nothing: the row claims nothing for the product
    ("| Open source | ✅ MIT | ❌ |", False),
    ("| Open weights | Yes | Mitigated |", False),
    ("| Open source | Yes | - |", False),
])
def test_a_row_of_a_comparison_is_the_products_where_its_own_column_answers_yes(row: str, expected: bool) -> None:
    # '| Feature | Kestrel Cloud | Wren |': the first cell names what the compared products have, each column says
    # whether its product has it; the own product's column answering yes calls it open
    table = "# Wren\n\nA note app.\n\n## Compared\n\n| Feature | Kestrel Cloud | Wren |\n|---|---|---|\n"
    found = positives(f"{table}| Self-hosting | No | Yes |\n{row}\n")
    assert [(c.line, "[own-column]" in c.cue) for c in found] == ([(10, True)] if expected else [])


def test_a_comparison_without_an_own_column_or_with_two_says_nothing_of_the_product() -> None:
    others = "# Wren\n\nA note app.\n\n| Feature | Kestrel | Finch |\n|---|---|---|\n| Open source | No | Yes |\n"
    assert positives(others) == []
    # (two own columns, the editions of the product: the row's first cell alone does not say which it is of)
    editions = "# Wren\n\nA note app.\n\n| | Wren | Wren Cloud |\n|---|---|---|\n| Open source | Yes | No |\n"
    assert positives(editions) == []
    # a table of properties and their values has no compared columns
    values = "# Wren\n\nA note app.\n\n| Property | Value | Wren |\n|---|---|---|\n| Open source | Yes | Yes |\n"
    assert positives(values) == []


@pytest.mark.parametrize("corner, row", [("功能", "| **开源** | 否 | 是 |"), ("Funktion", "| Quelloffen | Nein | Ja |"),
                                         ("機能", "| オープンソース | なし | あり |"), ("Característica", "| Código abierto | No | Sí |")])
def test_the_corner_cell_of_a_comparison_is_read_in_every_language(corner: str, row: str) -> None:
    table = f"# Wren\n\nA note app.\n\n## Compared\n\n| {corner} | Kestrel Cloud | Wren |\n|---|---|---|\n{row}\n"
    assert [(c.line, "[own-column]" in c.cue) for c in positives(table)] == [(9, True)]


def test_a_title_linked_to_the_projects_own_website_is_its_title() -> None:
    # '# [Aitoearn: The Best Open-Source AI Agent for Content Marketing](https://aitoearn.ai)': the host is named for
    # the project; the heading is its title, no page it cites
    page = "# [Wrenly: The Best Open-Source AI Agent for Marketing](https://wrenly.ai)\n\nSome lead.\n"
    assert [c.phrase for c in positives(page, own=frozenset({"wrenly"}))] == ["Open-Source"]
    # ... a post on that site linked from a list is a page it cites; a title linked to another's site is theirs
    listed = "# Wrenly\n\nSome lead.\n\n## Links\n\n- [Wrenly blog: why open source matters to us](https://wrenly.ai/blog/x)\n"
    assert positives(listed, own=frozenset({"wrenly"})) == []
    other = "# Wrenly\n\nSome lead.\n\n## Read\n\n### [Kestrel: The Best Open-Source AI Agent](https://kestrel.ai)\n"
    assert positives(other, own=frozenset({"wrenly"})) == []


@pytest.mark.parametrize("title", ["What is Wren SDK?", "How We Price", "Introduction"])
def test_a_docs_pages_description_under_a_title_about_the_project_says_what_the_project_is(title: str) -> None:
    # 'title: What is Superagent SDK?' over 'description: An open-source SDK for AI agent safety' on a deeper page
    page = f"---\ntitle: {title}\ndescription: An open-source SDK for agent safety.\n---\n\nText.\n"
    found = claims_in(page, path="docs/sdk/index.mdx", role="docs")
    assert [(c.phrase, c.line) for c in found] == [("open-source", 3)]


@pytest.mark.parametrize("head", ["title: Kestrel", "name: Kestrel", "title: Setting up the client"])
def test_a_docs_pages_description_under_a_title_about_another_or_a_task_is_the_pages(head: str) -> None:
    # an 'oss-friends' entry ('name: Activepieces'), a page titled by another's name, a how-to page
    page = f"---\n{head}\ndescription: An open-source automation tool.\n---\n\nText.\n"
    assert claims_in(page, path="docs/friends/kestrel.mdx", role="docs") == []


def test_a_page_of_third_party_notices_is_about_others() -> None:
    # 'THIRD_PARTY_NOTICES.md': the software a release includes, each its maker's, as on a page of acknowledgements
    md = "# Notices\n\nThe open-source library is bundled as is.\n"
    assert positives(md, path="THIRD_PARTY_NOTICES.md", role="docs") == []
    assert positives(md, path="ACKNOWLEDGEMENTS.md", role="docs") == []
    assert len(positives(md, path="docs/notes.md", role="docs")) == 1


def test_a_row_labelled_by_a_version_number_is_a_version_of_the_release() -> None:
    # '| 3.3.0 | Initial open-source release | 2022.9.1 |': a release history in the project's own README
    md = ("# Wren\n\nA model.\n\n## Versions\n\n| Version | Notes | Date |\n|---|---|---|\n"
          "| 3.3.0 | Initial open-source release | 2022.9.1 |\n| 3.4.0 | More tools | 2023.1.1 |\n")
    assert len(positives(md)) == 1
    assert len(positives(md.replace("Initial open-source release", "开源初版"))) == 1
    # a row of a name is that name's; a section about others keeps its rows theirs
    assert positives(md.replace("| 3.3.0 |", "| Kestrel |")) == []
    assert positives(md.replace("## Versions", "## Acknowledgements")) == []


def test_a_label_that_names_the_own_product_keeps_its_paragraph_in_a_section_about_others() -> None:
    # '**Why Wren?** Free, open source, lightweight.' under 'Comparison with Paid Alternatives'
    body = "# Wren\n\nA monitor.\n\n## Comparison with Paid Alternatives\n\n| App | Price |\n|---|---|\n| Kestrel | $12 |\n\n"
    assert len(positives(body + "**Why Wren?** Free, open source, lightweight.\n")) == 1
    assert positives(body + "**Why Kestrel?** Free, open source, lightweight.\n") == []
    assert positives(body + "Free, open source, lightweight.\n") == []


def test_a_subtitle_line_under_the_title_leaves_the_lead_to_come() -> None:
    # '**Huge JSON Viewer GUI** · _formerly Huge JSON Viewer_' under the title, then the lead in a quote
    md = ("# Wren\n\n**Huge JSON Viewer GUI** · _formerly Wren Viewer_\n\n"
          "> Open very large JSON files in seconds, all open source.\n\n## Usage\n\nRun it.\n")
    assert len(positives(md)) == 1
    # a sentence under the title is the lead itself, and the quote after it is no lead
    assert positives(md.replace("**Huge JSON Viewer GUI** · _formerly Wren Viewer_", "Wren opens files fast.")) == []


@pytest.mark.parametrize("heading", ["Funktionen", "Fonctionnalités", "Características", "Funzionalità", "Возможности",
                                     "機能", "기능"])
def test_the_features_section_in_each_language_is_the_projects_own_list(heading: str) -> None:
    # '## Funktionen' over '- 🆓 **Kostenlos und quelloffen** (MIT)': the project's Features list, in German
    md = f"# Wren\n\nA viewer.\n\n## {heading}\n\n- ⚡ **Fast** — opens files\n- 🆓 **Kostenlos und quelloffen** (MIT)\n"
    assert len(positives(md)) == 1
    assert positives(md.replace(heading, "Kestrel")) == []


@pytest.mark.parametrize(("question", "answer"), [
    ("**Is Wren free?**", "Yes, completely free and open source (MIT License)."),
    ("**Wren è gratuito?**", "Sì, completamente gratuito e open source (MIT License). Lo sarà per sempre."),
])
def test_a_yes_that_answers_a_question_about_the_own_product_says_it_of_it(question: str, answer: str) -> None:
    body = "# Wren\n\nA tool.\n\n## FAQ\n\n"
    assert len(positives(body + question + "\n\n" + answer + "\n")) == 1
    # a question about another product, or what the reader does, is answered of that
    assert positives(body + question.replace("Wren", "Kestrel") + "\n\n" + answer + "\n") == []
    assert positives(body + "**Can you run Wren with your own models?**\n\n" + answer + "\n") == []


@pytest.mark.parametrize(("heading", "claimed"), [("KestrelAI", False), ("Kestrel OCR", False), ("Finch Reader", False),
                                                   ("Key Features", True), ("API Reference", True)])
def test_a_verbless_headline_under_a_heading_that_names_another_product_describes_it(heading: str, claimed: bool) -> None:
    # '## Tesseract OCR' over 'An open-source OCR engine.': a name, an acronym beside it too, heads its section
    md = f"# Wren\n\nA translator.\n\n## {heading}\n\nAn open-source OCR engine.\n"
    assert bool(positives(md)) is claimed


def test_examples_in_brackets_after_the_phrase_that_name_known_families_are_others_releases() -> None:
    # '- **Lokaler Modell-Server** — Open-Source-Modelle (Qwen, DeepSeek, Llama) lokal ausführen' in the Features list
    body = "# Wren\n\nA hub.\n\n## Features\n\n"
    assert positives(body + "- **Lokaler Modell-Server** — Open-Source-Modelle (Qwen, DeepSeek, Llama) lokal ausführen\n") == []
    assert positives(body + "- **Servidor** — Ejecuta modelos de código abierto (Qwen, Llama) localmente\n") == []
    # the own names in brackets, or a licence, are the own release's
    assert len(positives(body + "- Open-source models (Wren-7B, Wren-1B) for edge use\n")) == 1
    assert len(positives(body + "- **Open source** (MIT) and self-hosted\n")) == 1
    # ... and a licence in brackets whose name holds a family's word ('Apache') is the release's licence
    assert len(positives(body + "- **开源版（Apache-2.0）** 是你自托管时得到的版本，本身就是完整的。\n")) == 1


def test_a_label_that_is_the_phrase_with_a_licence_for_its_value_states_the_licence() -> None:
    # '- **Open Source**: MIT License' on a page of the project: its licence, as a table's licence row
    page = "# Executive summary\n\n### Licensing\n\n- **Open Source**: MIT-Lizenz\n- **Free**: No fees\n"
    assert len(positives(page, path="docs/summary.md", role="docs")) == 1
    assert positives(page.replace("MIT-Lizenz", "see the vendor"), path="docs/summary.md", role="docs") == []
    assert positives(page.replace("### Licensing", "### Credits"), path="docs/summary.md", role="docs") == []
