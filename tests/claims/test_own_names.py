"""Own names and the context of a document: titles, folders, pronouns (issue 14 item 1)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from claimkit import DEMO_README, claims_in, in_body, only_claim, positives

from conftest import run_cli
from openwash import ownnames
from openwash.markdown import parse_document

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


def test_after_the_title_an_h1_names_a_release_only_when_written_as_a_name() -> None:
    # a README that heads each section with an H1: 'Disclaimer', 'Getting Help' and '快速入门' name no release
    body = ("# Wren\n\nA small model.\n\n# Disclaimer\n\nText.\n\n# Getting Help\n\nText.\n\n# 快速入门\n\nText.\n\n"
            "# TODO\n\nText.\n\n# WrenChat\n\nText.\n\n# Finch 2.1\n\nText.\n\n# KTX\n\nText.\n")
    own = ownnames.derive("acme__wren", "", [parse_document("README.md", "readme", body)])
    assert all(own.matches(n) for n in ("Wren", "WrenChat", "Finch 2.1", "KTX"))
    assert not any(own.matches(n) for n in ("Disclaimer", "Getting Help", "Getting", "快速入门", "TODO"))


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


@pytest.mark.parametrize(("a", "b"), [
    ("Demo", "Demo-7B"), ("Demo-7B", "demo-7b-instruct"), ("Llama 3", "Llama-3-8B"), ("Wren", "wren_2.0"),
    ("open-instruct", "Open Instruct"),
])
def test_names_fold_the_way_people_write_them(a: str, b: str) -> None:
    assert ownnames.name_key(a) == ownnames.name_key(b)


def test_an_adjective_made_of_the_name_is_not_the_name() -> None:
    # 'Wren-7B' and 'Wren-Large' name the release; 'Wren-based' and 'omni-modal' are adjectives made of the word
    pattern = ownnames.matcher(frozenset({"wren", "omni"}))
    assert ownnames.spans_in(pattern, "wren-7b and wren-large") == [(0, 7), (12, 22)]
    assert ownnames.spans_in(pattern, "wren-based models, omni-modal inputs") == []
    md = "# Wren\n\nWren is a speech model.\n\n## Results\n\n| Model | Score |\n|---|---|\n| Open-source Models (Omni-modal) | |\n"
    assert positives(md, own=frozenset({"wren", "omni"})) == []


def test_an_inflected_word_is_not_the_name_it_is_made_of() -> None:
    # a repository named 'scan-kit' gives the piece 'scan': 'scanning' and 'scanners' are the common word; a name goes on
    # with digits, a size or more of its own letters ('Scan2', 'ScanKit')
    pattern = ownnames.matcher(frozenset({"scan"}))
    assert ownnames.spans_in(pattern, "scanning, scanners, scanned") == []
    assert ownnames.spans_in(pattern, "scan2 and scankit") == [(0, 5), (10, 17)]
    md = in_body("Kestrel is the industry standard for open-source dependency scanning.")
    assert positives(md, own=frozenset({"scan", "depscan"})) == []


def test_a_variant_word_is_kept_when_what_remains_names_nothing() -> None:
    # 'open-instruct' is a name; 'open' alone is a word every README uses
    own = ownnames.derive("acme__open-instruct", "acme", [])
    assert own.matches("open-instruct") and not own.matches("open")
    assert ownnames.name_key("Wren-Instruct") == "wren"


def test_a_word_with_a_number_is_a_name_where_the_word_alone_names_nothing() -> None:
    # a version glued to a name folds away ('Kestrel3' ~ 'Kestrel'), but 'LLM360' or 'Web3' without the number is a
    # word every README uses: the number makes the name, and the owner called 'LLM360' is the author
    assert ownnames.name_key("Kestrel3") == ownnames.name_key("kestrel") and ownnames.name_key("LLM360") == "llm360"
    own = ownnames.derive("website", "LLM360", [])
    assert own.matches("LLM360") and not own.matches("LLM") and not own.matches("llms")
    md = "# LLM360: Fully Transparent Open Source LLMs\n\nThe website of the initiative.\n"
    assert [c.phrase for c in positives(md, own=own.as_set())] == ["Open Source"]


def test_an_organisation_named_after_its_product_with_a_word_glued_on_goes_by_the_product() -> None:
    # 'kestreltracing' is Kestrel's organisation: its documents write 'Kestrel' alone
    page = parse_document("content/_index.md", "docs", "# Welcome\n\nKestrel is an open source project with open "
                                                       "governance.\n")
    own = ownnames.derive("kestreltracing__documentation", "", [page])
    assert own.matches("Kestrel")
    assert len(positives(page.text, own=own.as_set(), path="content/_index.md", role="docs")) == 1
    # a prefix that the documents write only inside a longer name is no name ('Hugging Face' of 'huggingface'), nor
    # is a prefix that leaves fewer than four letters ('Kestrelhq' is handled as a company word, not here)
    faces = parse_document("docs/notes.md", "docs", "# Notes\n\nModels on Hugging Face are open source.\n")
    assert not ownnames.derive("huggingfaces__notes", "", [faces]).matches("hugging")
    short = parse_document("docs/notes.md", "docs", "# Notes\n\nKestrel is open source.\n")
    assert not ownnames.derive("kestrelnet__notes", "", [short]).matches("Kestrel")


def test_an_organisation_named_for_its_maker_goes_by_the_makers_name() -> None:
    # 'kestrel-ai', 'kestrel-labs': the maker's name with a company word after it; its products go by 'Kestrel'
    for owner in ("kestrel-ai", "kestrel-labs"):
        own = ownnames.derive("website", owner, [])
        assert own.matches("Kestrel") and own.matches(owner)
    md = "# Website\n\nThe site.\n\n## About\n\nKestrel is a unified, open-source software stack for AI chips.\n"
    assert len(positives(md, own=ownnames.derive("website", "kestrel-ai", []).as_set())) == 1
    # ... not a word that names nothing ('open-ai' is no maker called 'open'), nor an owner without a company word
    assert not ownnames.derive("website", "open-ai", []).matches("open")
    assert not ownnames.derive("website", "kestrel-tools", []).matches("Kestrel")


def test_an_organisation_named_for_its_maker_with_the_company_word_glued_on_goes_by_the_makers_name() -> None:
    # 'KestrelApp', 'KestrelHQ', 'kestrelio': the company word glued to the name, in camel case or (for the words
    # that close no English word) in lower case; its products go by 'Kestrel'
    for owner in ("KestrelApp", "KestrelHQ", "KestrelIO", "kestrelio", "kestrelhq"):
        own = ownnames.derive("website", owner, [])
        assert own.matches("Kestrel") and own.matches(owner), owner
    md = "# Website\n\nThe site.\n\n## About\n\nKestrel is self-hosted open source software for teams.\n"
    assert len(positives(md, own=ownnames.derive("website", "KestrelApp", []).as_set())) == 1
    # ... not a lower-case word before 'ai' (a word may end so), nor a company word alone
    assert not ownnames.derive("website", "protectai", []).matches("protect")
    assert not ownnames.derive("website", "openio", []).matches("open")


def test_the_initials_of_a_name_of_three_to_five_words_are_its_short_name() -> None:
    # 'DataSphereStudio' goes by 'DSS' ('DSS 自2019年开源发布以来'); not a curated list's, nor a name of one or two words
    assert ownnames.derive("WrenSpeechStudio", "acme", []).matches("WSS")
    assert ownnames.derive("wren-speech-studio", "acme", []).matches("WSS")
    assert not ownnames.derive("wren-studio", "acme", []).matches("WS")
    # ... and a piece of the repository name that glues them ('WrenSpeechStudio-Doc', the product's documentation)
    assert ownnames.derive("WrenSpeechStudio-Doc", "acme", []).matches("WSS")
    assert not ownnames.derive("WrenStudio-Doc", "acme", []).matches("WS")
    assert not ownnames.derive("awesome-speech-tools", "acme", []).matches("AST")
    md = "# Wren Speech Studio\n\nA studio.\n\n## 历史\n\nWSS 自2019年开源发布以来，已有700多家企业使用。\n"
    assert len(positives(md, own=ownnames.derive("WrenSpeechStudio", "acme", []).as_set())) == 1


def test_the_short_form_a_title_gives_in_brackets_is_an_own_name() -> None:
    # '# Stable Diffusion AI (SDAI)': the README goes on to call it SDAI
    body = "# Kestrel Speech Toolkit (KST)\n\nA toolkit.\n\n## About\n\nKST is open source and free to use.\n"
    own = ownnames.derive("acme__speech-android", "", [parse_document("README.md", "readme", body)])
    assert own.matches("KST")
    assert [c.phrase for c in positives(body, own=own.as_set())] == ["open source"]
    # brackets that do not abbreviate the name's words say something else about it
    for title in ("# Kestrel Speech Toolkit (PyTorch)", "# Kestrel Speech Toolkit (Deprecated)", "# Kestrel (KST)"):
        own = ownnames.derive("acme__speech-android", "", [parse_document("README.md", "readme", title + "\n")])
        assert not own.matches("PyTorch") and not own.matches("Deprecated") and not own.matches("KST"), title


def test_the_short_form_of_an_owner_name_of_three_words_written_in_the_documents_is_an_own_name() -> None:
    # 'munich-quantum-toolkit/core' writes 'The MQT will remain free, open-source …': the owner's initials, written
    # in capitals in its README, name the family its repositories make; not for an owner of two words ('ML' for
    # 'meta-llama' stands for too much else), nor when the documents never write them
    body = "# Core\n\nThe core library of the ABT family.\n\n## Sustainability\n\nThe ABT will remain free, open-source.\n"
    docs = [parse_document("README.md", "readme", body)]
    own = ownnames.derive("acme-bird-toolkit__core", "", docs)
    assert own.matches("ABT")
    assert [c.phrase for c in positives(body, own=own.as_set())] == ["open-source"]
    assert not ownnames.derive("acme-bird__core", "", [parse_document("README.md", "readme", "# Core\n\nAB tools.\n")]).matches("AB")
    assert not ownnames.derive("acme-bird-toolkit__core", "", [parse_document("README.md", "readme", "# Core\n")]).matches("ABT")


def test_a_piece_of_the_repository_name_that_opens_anothers_well_known_name_is_not_an_own_name() -> None:
    # 'hugging-audio' (a course on Hugging Face's audio models): 'Hugging' is the first word of Hugging Face, which
    # the documents write as 'Hugging Face Hub'; the whole name and other pieces still count
    own = ownnames.derive("someone__hugging-audio", "", [parse_document("docs/README.md", "readme", "# Hugging-Audio\n")])
    assert not own.matches("Hugging") and own.matches("hugging-audio")
    assert ownnames.derive("acme__kestrel-audio", "", []).matches("kestrel")


def test_a_bold_name_of_up_to_five_words_opening_the_lead_before_a_dash_is_an_own_name() -> None:
    # '**Online Bird Science Centre** — a virtual, open-source museum for children': the line describes the name it
    # opens with; a bold phrase of four words elsewhere in the lead is emphasis
    body = "# Birds\n\n**Online Bird Science Centre** — a virtual, open-source museum for children.\n"
    own = ownnames.derive("acme__birds-kids", "", [parse_document("README.md", "readme", body)])
    assert own.matches("Online Bird Science Centre")
    assert len(positives(body, own=own.as_set())) == 1
    emphasis = "# Birds\n\nA museum that is **Open To All Children** and more.\n"
    assert not ownnames.derive("acme__birds-kids", "", [parse_document("README.md", "readme", emphasis)]).matches(
        "Open To All Children")


def test_a_component_word_glued_to_a_repository_name_in_camel_case_is_left_out() -> None:
    # 'SwarmUI' goes by 'Swarm' ('All of Swarm is open source'); separated, 'ui' is a word of the name
    # ('kestrel-diffusion-ui' is not Kestrel Diffusion), and a well-known family stays another's
    assert ownnames.derive("WrenUI", "acme", []).matches("Wren")
    assert ownnames.derive("FinchServer", "acme", []).matches("Finch")
    assert not ownnames.derive("kestrel-diffusion-ui", "acme", []).matches("Kestrel Diffusion")
    assert not ownnames.derive("LlamaUI", "acme", []).matches("Llama")
    md = "# WrenUI\n\nA web interface.\n\n## Notes\n\n- All of Wren is open source, including its extensions.\n"
    assert len(positives(md, own=ownnames.derive("WrenUI", "acme", []).as_set())) == 1


def test_a_projects_translations_organisation_and_its_js_name_go_by_the_projects_name() -> None:
    # 'kestreljs-translations/docs-ja' translates the docs of Kestrel, whose organisation is 'kestreljs'
    own = ownnames.derive("docs-ja", "kestreljs-translations", [])
    assert own.matches("Kestrel") and own.matches("kestreljs")
    assert ownnames.derive("site", "kestreljs", []).matches("Kestrel")
    page = "# Guide\n\n## FAQ\n\nKestrel は MIT License のもとで公開されている無料のオープンソースのプロジェクトです。\n"
    assert len(positives(page, own=own.as_set())) == 1
    # ... not a word that only ends in 'js', nor an organisation with another word after its name
    assert not ownnames.derive("site", "kestreljs-tools", []).matches("Kestrel")


def test_a_name_ending_in_one_letter_is_a_name_though_it_folds_to_a_generic_word() -> None:
    # 'Agent S' folds to 'agents' and 'Tool-X' ends in a name letter: both name a product; 'agents' and
    # 'Open-Source' as written name nothing
    own = ownnames.derive("acme__Agent-S", "acme", [])
    assert own.matches("Agent S") and own.matches("agent-s") and not own.matches("agents")
    assert not ownnames.is_generic("Tool-X") and ownnames.is_generic("Open-Source") and ownnames.is_generic("Model 7B")
    md = "# Agent S\n\nWelcome to **Agent S**, an open-source framework for computer-use agents.\n"
    assert positives(md, own=own.as_set())
    assert positives("# Notes\n\n## Tools\n\nMany agents are open source.\n", own=own.as_set()) == []


def test_the_pieces_of_a_curated_list_name_its_topic() -> None:
    # an 'awesome-' repository lists others' work: 'awesome-kestrel-models' is about Kestrel, not Kestrel's own;
    # 'instruction' describes, it names nothing
    own = ownnames.derive("acme__awesome-kestrel-models", "", [])
    assert own.matches("awesome-kestrel-models") and not own.matches("Kestrel")
    assert ownnames.derive("acme__kestrel-models", "", []).matches("Kestrel")
    assert ownnames.is_generic("instruction")
    # a domain word of a repository name ('Wren-Math') names no model ('Kestrel-Math-7B' is another's)
    own = ownnames.derive("acme__Wren-Math", "", [])
    assert own.matches("Wren-Math") and not ownnames.is_generic("Wren-Math") and ownnames.is_generic("math")
    assert positives("# Notes\n\n## Models\n\nKestrel-Math-7B is the best open source model.\n", own=own.as_set()) == []


def test_section_titles_and_function_words_of_other_languages_name_nothing() -> None:
    # a section heading in another language ('# Contribuciones', '## Installation') or a question opening the document
    # ('## Que es Kestrel?': what is Kestrel) gives no own name, as '# Contributing' and '## What is X?' give none
    for text in ("# Contribuciones\n\nTodo es bienvenido.\n", "## Que es Kestrel?\n\nKestrel es un motor.\n",
                 "# Installation\n\nRun it.\n", "# 설치\n\n설명.\n"):
        doc = parse_document("README.md", "readme", text)
        own = ownnames.derive("acme__wren", "acme", [doc])
        assert not own.matches("contribuciones") and not own.matches("que") and not own.matches("installation") \
            and not own.matches("설치"), (text, own.as_set())


def test_the_model_a_chinese_edition_is_named_after_is_not_an_own_name() -> None:
    # 'Kestrel-Chinese' (the repository, or a bold lead name) is the Chinese edition of another's Kestrel
    lead = parse_document("README.md", "readme", "**Kestrel-Chinese** is a free Chinese model.\n")
    own = ownnames.derive("acme__Kestrel-Chinese", "", [lead])
    assert own.matches("Kestrel-Chinese") and own.matches("中文Kestrel") and not own.matches("Kestrel")


def test_coordinated_adjectives_before_the_phrase_name_nothing() -> None:
    # 'Powerful, Intuitive and Open-Source ERP' under the title: the adjectives describe the product
    assert positives("# Wren\n\n<p>Powerful, Intuitive and Open-Source ERP</p>\n")


def test_a_quotation_opening_the_lead_names_what_its_speaker_speaks_of() -> None:
    # a testimonial under the title ('"**Loon Labs** is pleased to announce … **Finch**!"') names the speaker's
    # product, not the project's; the same bold name in the project's own lead is an own name
    quote = parse_document("README.md", "readme", '# Wren\n\n"**Loon Labs** announces the release of **Finch**!"\n')
    assert not ownnames.derive("acme__wren", "", [quote]).matches("Finch")
    lead = parse_document("README.md", "readme", "# Wren\n\n**Finch** is a fast tokenizer.\n")
    assert ownnames.derive("acme__wren", "", [lead]).matches("Finch")


def test_a_chinese_title_made_of_common_nouns_names_nothing() -> None:
    # '## 预训练数据' (pretraining data) opening a page heads a section; '骆驼' or '本草医学大模型' is a name
    assert ownnames.is_generic("预训练数据") and ownnames.is_generic("下游任务数据集") and ownnames.is_generic("中文大模型")
    assert not ownnames.is_generic("骆驼") and not ownnames.is_generic("本草医学大模型")
    md = "## 预训练数据\n\n我们提供了链接，指向一系列开源的 [预训练数据](https://github.com/acme/wren/wiki/data)。\n"
    assert positives(md, own=frozenset({"wren"})) == []


def test_the_families_a_publisher_makes_are_its_own() -> None:
    # a maker's cookbook or other account speaks of its models as its own ('Mistral's open-weights classifier'
    # in mistralai's repositories, Gemma in google-gemini's); anyone else's repository names them as others'
    assert ownnames.derive("mistralai__cookbook", "", []).matches("Mistral")
    assert ownnames.derive("google-gemini__cookbook", "", []).matches("Gemma")
    assert not ownnames.derive("acme__cookbook", "", []).matches("Mistral")
    assert not ownnames.derive("metaverse-labs__cookbook", "", []).matches("Llama")  # 'meta' is too short a start
    row = ("| Notebook | Topic | What |\n|---|---|---|\n| [guard.ipynb](guard.ipynb) | moderation | Moderation with "
           "Shieldbird, Mistral's open-weights safety classifier |\n")
    assert positives(row, own=ownnames.derive("mistralai__cookbook", "", []).as_set())
    assert positives(row, own=ownnames.derive("acme__cookbook", "", []).as_set()) == []


def test_a_base_model_is_never_an_own_name() -> None:
    card = parse_document("README.md", "model_card", "---\nbase_model: kestrel/Kestrel-7B\n---\n# Kestrel-7B-Wren\n")
    own = ownnames.derive("acme__wren", "acme", [card])
    assert own.matches("wren") and not own.matches("Kestrel-7B")


def test_a_name_linked_to_the_owners_website_is_an_own_name() -> None:
    # '[Kestrel series](https://www.acmelabs.com/kestrel)' in acmelabs/wren names one of the owner's releases
    readme = parse_document("README.md", "readme", "# Wren\n\n- [**Kestrel Series:**](https://www.acmelabs.com/kestrel)"
                                                    " open LLMs trained with Wren.\n")
    own = ownnames.derive("acmelabs__wren", "acmelabs", [readme])
    assert own.matches("Kestrel Series") and own.matches("Kestrel")
    # another organisation's website names its product, not ours
    other = parse_document("README.md", "readme", "# Wren\n\n[Finch](https://www.otherlab.ai/finch) is open.\n")
    assert not ownnames.derive("acmelabs__wren", "acmelabs", [other]).matches("Finch")
    # the owner's blog, guides and documentation pages name what they cover, and a page is not a product
    pages = parse_document("README.md", "readme", (
        "# Wren\n\nSee the [Acmelabs Blog](https://acmelabs.com/blog), our [guides](https://acmelabs.com/x), "
        "[Loon Logo](https://acmelabs.com/loon.png), [Popular SDKs](https://acmelabs.com/sdks) and "
        "[RabbitMQ](https://www.acmelabs.com/docs/integrations/rabbitmq).\n"))
    own = ownnames.derive("acmelabs__wren", "acmelabs", [pages])
    assert not any(own.matches(n) for n in ("Acmelabs Blog", "guides", "Loon", "Popular", "RabbitMQ"))


def test_an_opening_h2_is_the_title_and_introduction_to_is_a_decoration() -> None:
    # a README that opens with '## Introduction to Kestrel' is about Kestrel; the lead under it names it too
    readme = parse_document("README.md", "readme", "## Introduction to Kestrel\n\nKestrel is an open-source "
                                                    "speech model improved from Wren.\n")
    own = ownnames.derive("acmelabs__wren", "", [readme])
    assert own.matches("Kestrel")
    assert [c.phrase for c in positives(readme.text, own=own.as_set())] == ["open-source"]


def test_a_piece_of_the_repository_name_that_is_a_known_family_names_its_base() -> None:
    # 'Wren-LLaMA-2' is built on Llama: the piece 'LLaMA' names the base, the other pieces and the whole name are
    # the project's ('Chinese-LLaMA-Wren-2', a Chinese edition, goes by its whole name only); a repository named
    # after the family alone is still that family's own
    own = ownnames.derive("Wren-LLaMA-2", "", [])
    assert own.matches("Wren-LLaMA-2") and own.matches("Wren")
    assert not own.matches("Llama-2")
    own = ownnames.derive("Chinese-LLaMA-Wren-2", "", [])
    assert own.matches("Chinese-LLaMA-Wren-2") and not own.matches("Wren") and not own.matches("Llama-2")
    assert ownnames.derive("llama3", "", []).matches("Llama 3")
    # the same for the first word of a multi-word name: 'Llama2-Wren' goes by 'Llama2-Wren', not by 'Llama'
    own = ownnames.derive("Llama2-Wren", "", [])
    assert own.matches("Llama2-Wren") and not own.matches("Llama 2")
    # ... unless the publisher is named after the family: mistralai's 'mistral-inference' is Mistral's own
    assert ownnames.derive("mistral-inference", "mistralai", []).matches("Mistral")
    assert ownnames.derive("mistralai__mistral-inference", "", []).matches("Mistral")
    # a web framework a product is named after ('laravel-crm' is a CRM built with Laravel)
    own = ownnames.derive("laravel-crm", "wren", [])
    assert own.matches("laravel-crm") and not own.matches("Laravel")
    assert ownnames.derive("laravel", "laravel", []).matches("Laravel")
    # Mixtral, Mistral's mixture-of-experts family, is a base as Llama is ('Chinese-Mixtral' is built on it) ...
    own = ownnames.derive("Chinese-Mixtral", "wren", [])
    assert own.matches("Chinese-Mixtral") and not own.matches("Mixtral")


def test_a_framework_in_the_repository_name_is_what_the_product_is_built_on() -> None:
    md = ("# Wren CRM\n\nWren CRM is a CRM framework built on some of the hottest open-source technologies such as "
          "Laravel and Vue.js.\n")
    assert positives(md, own=ownnames.derive("laravel-crm", "wren", []).as_set()) == []


def test_a_link_into_a_file_of_the_owners_repository_names_no_release() -> None:
    # '[训练脚本](https://github.com/wren-ai/wren/blob/main/train.sh)' links a file, not a release: its text is no
    # own name; a link to another repository of the owner names one
    md = ("# Wren\n\nWren is a small model.\n\n- [format script](https://github.com/wren-ai/wren/blob/main/fmt.py)\n"
          "- [Finch](https://github.com/wren-ai/finch)\n")
    own = ownnames.derive("wren", "wren-ai", [parse_document("README.md", "readme", md)])
    assert own.matches("Finch") and not own.matches("format script")


def test_contents_entries_section_titles_and_images_give_no_own_name() -> None:
    # a contents entry written as a full URL to the own repository ('…/wren#介绍'), an image's alt text and a
    # file under the repository ('…/assets/…') name sections and pictures; '# 目录' is the contents
    md = ("# 目录\n\n- [模型介绍](https://github.com/wren-ai/wren#模型介绍)\n"
          "- [Finch](https://github.com/wren-ai/finch)\n\n"
          '<img alt="f85989c5e7" src="https://github.com/wren-ai/wren/assets/1/f85989c5-e7.png">\n\n'
          "[Logo Pack](https://github.com/wren-ai/wren/assets/2)\n")
    own = ownnames.derive("wren", "wren-ai", [parse_document("README.md", "readme", md)])
    assert own.matches("Finch") and own.matches("Wren")
    assert not any(own.matches(n) for n in ("模型介绍", "目录", "f85989c5e7", "Logo Pack"))


def test_a_contents_entry_linked_by_full_url_is_a_title() -> None:
    # the phrase in a contents entry is a section's name, whether the link is '#…' or the page's full URL
    for url in ("#开源数据集", "https://github.com/wren-ai/wren#开源数据集",
                "https://github.com/wren-ai/wren/blob/main/README.md#开源数据集"):
        md = f"# Wren\n\nWren 是一个小模型。\n\n## 目录\n\n- [开源数据集]({url})\n"
        assert positives(md, own=frozenset({"wren", "wrenai"})) == [], url
    # a link to the owner's own dataset still names one of its releases
    md = "# Wren\n\nWren 是一个小模型。\n\n## 数据\n\n- [开源数据集](https://huggingface.co/datasets/wren-ai/zh)\n"
    assert positives(md, own=frozenset({"wren", "wrenai"}))


def test_a_known_framework_the_readme_keeps_naming_is_not_an_own_name() -> None:
    # PyTorch named in the lead and all over the README is what the project is built on
    body = "# wren\n\nWren builds on PyTorch.\n\n" + "".join(f"- Step {i} runs on PyTorch\n" for i in range(6))
    own = ownnames.derive("acme__wren", "", [parse_document("README.md", "readme", body)])
    assert not own.matches("PyTorch")
    # while the project's own name the README keeps returning to is one
    body = "# wren\n\nKestrel runs here.\n\n" + "".join(f"- Step {i} runs on Kestrel\n" for i in range(6))
    assert ownnames.derive("acme__wren", "", [parse_document("README.md", "readme", body)]).matches("Kestrel")
    # a word that opens sentences or lines is capitalised whatever it is: 'You' and 'Support' are no names
    body = "# wren\n\nYou run Wren here. Support is free.\n\n" + "".join(
        f"- You can run step {i}.\n- Support for step {i}.\n" for i in range(6))
    own = ownnames.derive("acme__wren", "", [parse_document("README.md", "readme", body)])
    assert not own.matches("You") and not own.matches("Support")
    # ... and a nested README or a docs page, which covers the tools the project uses, is not counted
    docs = [parse_document("README.md", "readme", "# wren\n\nWren runs on Kestrel.\n"),
            parse_document("examples/README.md", "readme", "".join(f"- Step {i} runs on Kestrel\n" for i in range(6)))]
    assert not ownnames.derive("acme__wren", "", docs).matches("Kestrel")


def test_known_families_are_third_parties_for_the_claim_places_too() -> None:
    from openwash.claims.places import other_evidence

    for family in ownnames.KNOWN_FAMILIES:
        assert other_evidence(f"an assistant for {family} users", []), family


def test_a_pip_install_names_the_package_only_when_it_installs_one() -> None:
    # the project's own package is installed alone; a block that installs several sets up dependencies, and a
    # requirements file or the installer itself names no package
    def own_of(code: str) -> ownnames.OwnNames:
        md = f"# Wren\n\nA small model.\n\n```bash\n{code}\n```\n"
        return ownnames.derive("wren", "acme", [parse_document("README.md", "readme", md)])

    assert own_of("pip install -U pip\npip install 'wren-kit[gpu]>=2'").matches("wren-kit")
    assert own_of("pip install wren_cn").matches("wren_cn")
    # a package whose name has nothing of the repository's is a dependency, even installed alone ('pip install -U
    # openmim' in an OpenMMLab toolbox, 'pip install huggingface_hub' in a script's README)
    assert not own_of("pip install -U openmim").matches("openmim")
    own = own_of("pip install -r requirements.txt\npip install torch streamlit\npip install kestrel")
    assert not any(own.matches(n) for n in ("requirements.txt", "torch", "streamlit", "kestrel", "pip"))
    assert not own_of("pip install kestrel\npip install finch").matches("kestrel")
    # a word that is no package name (a comment in another script, a note after the command) names none, and
    # stops nothing: the check goes on
    own = own_of("pip install 依赖包 wren-kit\npip install éclair")
    assert own.matches("wren-kit") and not own.matches("éclair")


def test_the_product_a_project_implements_is_not_its_name() -> None:
    # a name the README keeps returning to is not the project's when the lead calls the project an
    # implementation of it, an alternative to it or built on it
    body = ("# wren\n\nAn open source, self-hosted implementation of the Kestrel control server.\n\n"
            + "".join(f"- Step {i} runs on Kestrel\n" for i in range(6)) + "\nEverything in Kestrel is open source.\n")
    own = ownnames.derive("acme__wren", "", [parse_document("README.md", "readme", body)])
    assert not own.matches("Kestrel")
    assert [c.phrase for c in positives(body, own=own.as_set())] == ["open source"]  # the lead only


def test_a_name_linked_to_its_home_elsewhere_is_not_an_own_name() -> None:
    # Kestrel, linked to its own website and named all over the README and in the lead, is what Wren runs on
    body = ("# wren\n\n**Kestrel** runs here.\n\n" + "".join(f"- Step {i} runs on Kestrel\n" for i in range(6))
            + "\nSee [Kestrel](https://kestrel.dev/docs) and [Kestrel](https://github.com/kestrel-io/kestrel).\n")
    own = ownnames.derive("acme__wren", "acme", [parse_document("README.md", "readme", body)])
    assert not own.matches("Kestrel")
    # ... while a name linked to the owner's own site or repository stays the project's
    for home in ("https://acme.dev/kestrel", "https://github.com/acme/kestrel", "https://wren.io",
                 "https://www.kaggle.com/models/acme/kestrel", "https://arxiv.org/abs/2401.00001",
                 "https://huggingface.co/collections/acme/kestrel-0123"):
        linked = body.split("\nSee")[0] + f"\nSee [Kestrel]({home}).\n"
        assert ownnames.derive("acme__wren", "acme", [parse_document("README.md", "readme", linked)]).matches(
            "Kestrel"), home


def test_a_well_known_model_in_a_repository_name_names_the_base() -> None:
    # 'Chinese-CLIP' builds on CLIP: the piece names the base; a repository named CLIP alone is CLIP's own
    own = ownnames.derive("Wren-CLIP", "acme", [])
    assert own.matches("Wren-CLIP") and not own.matches("CLIP")
    assert ownnames.derive("CLIP", "acme", []).matches("CLIP")


def test_a_component_suffix_of_the_repository_name_is_dropped() -> None:
    # 'open-im-server' is the OpenIM product's server: the product goes by 'OpenIM' (no single piece names it)
    assert ownnames.derive("fin-ch-server", "acme", []).matches("FinCh")
    assert ownnames.derive("fin-ch-core", "acme", []).matches("Fin-Ch")
    # ... but a suffix after a generic word is the name ('open-web' is not 'open')
    assert not ownnames.derive("open-web", "acme", []).matches("Open")


def test_a_chinese_readme_writes_chinese_in_the_repository_name_as_zhongwen() -> None:
    # 'Chinese-Mixtral' is '中文Mixtral' in its Chinese README, either way round
    assert ownnames.derive("Chinese-Mixtral", "wren", []).matches("中文Mixtral")
    assert ownnames.derive("Kestrel-Chinese", "", []).matches("中文Kestrel")
    md = "# Chinese-Kestrel\n\n## 说明\n\n- 开源中文Kestrel基础模型，该模型在 Kestrel 的基础上进行了中文增量训练。\n"
    own = ownnames.derive("wren__Chinese-Kestrel", "", [])
    assert [c.phrase for c in positives(md, own=own.as_set())] == ["开源"]


def test_a_deictic_word_opening_the_lead_names_nothing() -> None:
    # 'Below are the open-source projects used to build Wren': 'Below' is no name of the project
    doc = parse_document("README.md", "readme", "Below are the great open-source projects used to help build Wren.\n")
    assert set(ownnames.derive("wren", "", [doc]).keys) == {"wren"}
    # ... while a name does: 'Kestrel is an open-source tool' in the lead names the project
    doc = parse_document("README.md", "readme", "Kestrel is an open-source tool.\n")
    assert "kestrel" in ownnames.derive("wren", "", [doc]).keys


def test_a_bold_phrase_running_from_latin_into_cjk_is_emphasis_not_a_name() -> None:
    # '**Kestrel**' in the lead names the product; '**GPT4自动构建**' (built automatically with GPT4) is emphasis
    md = "**Kestrel**的训练数据基于**开源数据**和**GPT4自动构建**，经人工清洗所得。\n"
    doc = parse_document("README.md", "readme", md)
    assert set(ownnames.derive("wren", "", [doc]).keys) == {"wren", "kestrel"}
    assert positives("# Wren\n\n" + md, own=ownnames.derive("wren", "", [doc]).as_set()) == []


def test_a_bold_cjk_name_opening_the_lead_as_its_subject_is_a_name() -> None:
    # '**鹭鸟竞技场** 是一个…' names the product the README describes, whatever the repository is called; a bold CJK
    # phrase elsewhere, or one that labels what follows ('**注意**：'), names nothing
    md = "---\n\n**鹭鸟·AI 竞技场** 是一个完全开源的策略竞技平台：你写 Agent，服务器跑回合。\n"
    own = ownnames.derive("someone__bird-arena", "", [parse_document("README.md", "readme", md)]).as_set()
    assert len(positives(md, own=own)) == 1
    for other in ("**注意**：这是一个完全开源的策略竞技平台。\n", "本项目是 **鹭鸟竞技场** 的一部分。\n"):
        doc = parse_document("README.md", "readme", other)
        assert set(ownnames.derive("someone__bird-arena", "", [doc]).keys) == {"bird", "arena", "birdarena"}, other


def test_a_latin_name_opening_a_chinese_lead_ends_where_its_letters_end() -> None:
    # 'Kestrel是一套…': no space parts the name from the Chinese sentence; the name is the Latin word
    md = "Kestrel是一套基于Python的开源量化交易框架，在社区的贡献下不断成长。\n"
    own = ownnames.derive("wren", "", [parse_document("README.md", "readme", md)])
    assert "kestrel" in own.keys
    assert len(positives(md, own=own.as_set())) == 1


def test_an_emphasised_name_and_its_short_name_opening_the_lead_are_names() -> None:
    # '_Wren Browser for Notes_ (WBN) is a …': the lead's subject in italics, with its short name in brackets
    md = "_Wren Browser for Notes_ (WBN) is a high quality, visual, open source tool to edit notes.\n"
    own = ownnames.derive("notesbrowser", "", [parse_document("README.md", "readme", md)])
    assert {"wrenbrowserfornotes", "wbn"} <= set(own.keys)
    assert len(positives(md, own=own.as_set())) == 1
    md = "**Important** is to read the notes first, since the tool is open source.\n"
    assert "important" not in ownnames.derive("notesbrowser", "", [parse_document("README.md", "readme", md)]).keys


def test_a_well_known_family_linked_to_an_own_adapter_stays_the_family_of_others() -> None:
    # '[postgresql](https://github.com/wrenlabs/wren_postgresql)' links the owner's adapter: the text names what the
    # adapter adapts, PostgreSQL, which describes itself; '[Finch](…/wrenlabs/finch)' is one of the owner's releases
    md = ("* PostgreSQL（[postgresql](https://github.com/wrenlabs/wren_postgresql)）：特性丰富的开源关系型数据库\n"
          "* [Finch](https://github.com/wrenlabs/finch)：开源的日志工具\n")
    own = ownnames.derive("wren", "wrenlabs", [parse_document("README.md", "readme", md)])
    assert "postgresql" not in own.keys and "finch" in own.keys
    assert [c.line for c in positives(md, own=own.as_set())] == [2]


def test_a_community_named_after_a_family_is_not_its_maker() -> None:
    # 'LlamaFamily' publishes Llama-Chinese: Llama stays Meta's; 'mistralai' and 'QwenLM' are the makers
    assert "llama" not in ownnames.derive("Llama-Chinese", "LlamaFamily", []).keys
    assert "mistral" in ownnames.derive("mistral-inference", "mistralai", []).keys
    assert "qwen" in ownnames.derive("Qwen2.5", "QwenLM", []).keys
    assert "llama" in ownnames.derive("llama3", "meta-llama", []).keys
    # ChatGLM is THUDM's: a web UI named after it is built on it
    assert "chatglm" not in ownnames.derive("LangChain-ChatGLM-Webui", "X-D-Lab", []).keys
    assert "chatglm" in ownnames.derive("ChatGLM3", "THUDM", []).keys
    # a tutorial named after a runtime is about it ('handy-ollama'), while the runtime's own project is its own
    assert "ollama" not in ownnames.derive("handy-ollama", "datawhalechina", []).keys
    assert "vllm" in ownnames.derive("vllm", "vllm-project", []).keys


def test_a_one_word_title_is_a_name_whatever_it_is_made_of() -> None:
    # 'OpenLLM' holds 'open LLM' but is one word: a name; emoji before it are decoration
    assert ownnames.title_name("🚀 OpenLLM: Open Source Large Language Model Framework") == "OpenLLM"
    doc = parse_document("README.md", "readme", "# 🚀 OpenLLM: Open Source Large Language Model Framework\n\nText.\n")
    assert "openllm" in ownnames.derive("osllm", "", [doc]).keys
    # ... while a title of several words that holds the phrase describes
    doc = parse_document("README.md", "readme", "# Local Open Source Models\n\nText.\n")
    assert ownnames.derive("osllm", "", [doc]).keys.keys() == {"osllm"}


def test_a_label_line_opening_the_lead_names_nothing() -> None:
    # 'Storage：' alone labels the list below; 'Wren：一个…' names the subject it describes
    doc = parse_document("README.md", "readme", "Storage：\n\n- [Finch](https://github.com/finch/finch)：存储测试套件。\n")
    assert "storage" not in ownnames.derive("wren", "", [doc]).keys
    doc = parse_document("README.md", "readme", "Kestrel：一个语音模型。\n")
    assert "kestrel" in ownnames.derive("wren", "", [doc]).keys


def test_a_bold_name_the_lead_uses_is_not_an_own_name() -> None:
    # '**Wren** 使用 **Kestrel K2** …', '**Wren** uses **Finch**': what the lead uses is another's
    for lead in ("**Wren** 使用 **Kestrel K2** 进行优化。", "**Wren** uses **Kestrel K2** for planning."):
        doc = parse_document("README.md", "readme", f"# Wren\n\n{lead}\n")
        names = [n for n, _where in ownnames.names_from_document(doc)]
        assert "Wren" in names and "Kestrel K2" not in names


def test_a_chinese_title_that_holds_an_openness_phrase_names_nothing() -> None:
    # Chinese writes no spaces: '## 开源赞助支持' (open-source sponsorship) is a phrase, not a one-word name
    doc = parse_document("README.md", "readme", "## 💖 开源赞助支持\n\n感谢每一位朋友的支持。\n")
    assert [n for n, _where in ownnames.names_from_document(doc)] == []
    doc = parse_document("README.md", "readme", "## 💖 OpenLLM\n\n感谢每一位朋友的支持。\n")
    assert [n for n, _where in ownnames.names_from_document(doc)] == ["OpenLLM"]


def test_a_protocol_acronym_or_a_generic_noun_in_the_repository_name_is_no_own_name() -> None:
    # 'Open-Godot-MCP' is not called 'MCP' (a kind of part, 'the MCP server'), 'open-design' not 'design'
    assert "mcp" not in ownnames.derive("acme__open-godot-mcp", "acme", []).keys
    assert "design" not in ownnames.derive("acme__open-design", "acme", []).keys
    assert "opendesign" in ownnames.derive("acme__open-design", "acme", []).keys


def test_a_name_is_matched_with_and_without_its_accents() -> None:
    # 'Projetário' is the repository 'projetario' written with its accent; the offsets of the span stay the text's
    assert ownnames.name_key("Projetário UTFPR") == ownnames.name_key("projetario-utfpr")
    md = "# X\n\nO Projetário UTFPR é open-source e pode ser distribuído sob a licença MIT.\n"
    found = positives(md, own=frozenset({"projetario", "projetarioutfpr"}))
    assert [c.phrase for c in found] == ["open-source"]
    # ... and the word for 'models' in another language names no repository ('modeles-ia-cinema')
    assert "modeles" not in ownnames.derive("acme__modeles-ia-cinema-2026", "acme", []).keys


def test_the_accent_table_is_the_unicode_decomposition() -> None:
    import unicodedata

    expected = {}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        decomposed = unicodedata.normalize("NFD", ch)
        if ch.isalpha() and ch.islower() and len(decomposed) > 1 and decomposed[0].isascii() and decomposed[0].isalpha():
            expected[cp] = ord(decomposed[0])
    assert expected == ownnames._ACCENTS


def test_a_kind_of_model_in_the_repository_name_names_nothing_alone() -> None:
    # 'text-embeddings-inference': 'open source text embeddings' are what the toolkit serves, not the toolkit
    own = ownnames.derive("wren-embeddings-server", "acme", [])
    assert own.matches("Wren Embeddings Server") and not own.matches("embeddings")
    md = in_body("Wren Server is a toolkit for deploying and serving open source text embeddings models.")
    assert positives(md, own=own.as_set()) == []


@pytest.mark.parametrize(("repo", "product"), [("AndroidAPSdocs", "androidaps"), ("WrenDocs", "wren"),
                                               ("readthedocs", None), ("mkdocs", None), ("widgetlydocs", None)])
def test_a_documentation_repository_named_with_the_product_glued_to_docs_names_the_product(
        repo: str, product: str | None) -> None:
    # (where the case changes at the glue, as a name ends; 'readthedocs' is a name of its own, not 'readthe')
    keys = ownnames.derive(repo, "", []).keys
    stem = repo.lower().removesuffix("docs")
    assert (product in keys) if product else (stem not in keys)


def test_why_use_or_choose_is_no_word_of_the_title_name() -> None:
    from openwash.ownnames import title_name

    assert title_name("为什么使用FLM-101B") == "FLM-101B"
    assert title_name("Why use Wren?") == "Wren"


def test_the_product_a_demo_repository_shows_is_not_its_own_name() -> None:
    from openwash.ownnames import derive

    assert "vosk" not in derive("vosk_demo", "someone", []).as_set()
    assert "whisper" not in derive("whisper-examples", "someone", []).as_set()
    # ... unless the publisher is named after it
    assert "wren" in derive("wren-demo", "wrenlabs", []).as_set()
    assert "voskdemo" in derive("vosk_demo", "someone", []).as_set()


def test_a_short_name_of_the_repository_name_written_in_its_readme_is_an_own_name() -> None:
    # 'WSTool' is W(ren) S(peech) Tool(kit): the start of each word of the repository name, in order, written as a
    # name (two capitals or more) in the front README; 'WSKit' ('kit' starts no word) and a docs page's are not
    readme = "# Wren Speech Toolkit\n\nWSTool is an open-source toolkit for speech. WSKit is another name.\n"
    own = ownnames.derive("wren-speech-toolkit", "acme", [parse_document("README.md", "readme", readme)])
    assert own.matches("WSTool") and not own.matches("WSKit")
    page = ownnames.derive("wren-speech-toolkit", "acme",
                           [parse_document("docs/usage.md", "docs", "# Usage\n\nWSTool.\n")])
    assert not page.matches("WSTool")
    assert not ownnames.derive("wrentoolkit", "acme", [parse_document("README.md", "readme", "# W\n\nWTk.\n")]).matches("WTk")
    assert ownnames.abbreviates("Geth", ["go", "ethereum"]) and not ownnames.abbreviates("Goethereum", ["go", "ethereum"])
    lead = "# Wren Speech Toolkit\n\nA toolkit.\n\n## About\n\nWSTool is an open-source toolkit for speech.\n"
    assert len(positives(lead, own=own.as_set())) == 1


def test_a_fork_the_owner_links_is_named_after_anothers_product() -> None:
    # '[my fork](https://github.com/acme/Finch-Fork)': the owner's copy of Finch, which stays someone else's
    md = ("# Wren\n\nI'm retiring Wren in favour of the now-open-source [Finch](https://github.com/birdco/finch) server.\n\n"
          "I keep a [fork](https://github.com/acme/Finch-Fork) of it.\n")
    own = ownnames.derive("wren", "acme", [parse_document("README.md", "readme", md)])
    assert own.matches("Wren") and not own.matches("Finch") and not own.matches("Finch-Fork")
    assert positives(md, own=own.as_set()) == []
    sibling = "# Wren\n\nSee also [Finch](https://github.com/acme/finch).\n"
    assert ownnames.derive("wren", "acme", [parse_document("README.md", "readme", sibling)]).matches("Finch")


def test_an_organisation_named_in_camel_case_with_a_makers_word_goes_by_the_name_before_it() -> None:
    # 'NexoEngine' makes NEXO, 'EpicGames' Epic: the word glued on in camel case names what the organisation is
    md = "# Game engine\n\n> NEXO is an open source project.\n"
    doc = parse_document("docs/testing.md", "docs", md)
    assert ownnames.derive("game-engine", "NexoEngine", [doc]).matches("NEXO")
    assert ownnames.derive("tools", "EpicGames", [doc]).matches("Epic")
    # written in lower case the word may close an English word: no name is taken from it
    assert not ownnames.derive("game-engine", "nexoengine", [doc]).matches("NEXO")


def test_a_past_participle_among_the_repository_names_pieces_names_nothing() -> None:
    # 'self-hosted-cookbook': 'hosted' describes; a list entry of another's 'self-hosted' app is theirs
    doc = parse_document("README.md", "readme", "# Cookbook\n")
    own = ownnames.derive("self-hosted-cookbook", "acme", [doc])
    assert not own.matches("hosted") and own.matches("self-hosted-cookbook")
    assert not ownnames.derive("quantized-wren", "acme", [doc]).matches("quantized")
    # a word whose 'ed' is its own ending stays a piece ('speed', 'embed')
    assert ownnames.derive("speed-test", "acme", [doc]).matches("speed")
    assert ownnames.derive("embed-kit", "acme", [doc]).matches("embed")
    md = "# Cookbook\n\n- [Benotes](https://github.com/fr0tt/benotes) - An open source self-hosted notes app.\n"
    keys = ownnames.derive("self-hosted-cookbook", "acme", [parse_document("README.md", "readme", md)]).as_set()
    assert positives(md, own=keys) == []


def test_an_acronym_of_a_kind_of_model_in_the_repository_name_names_no_maker() -> None:
    # 'reflex-vla' serves VLA models: 'Open-source VLA checkpoints (…)' are others'
    doc = parse_document("README.md", "readme", "# Reflex\n")
    own = ownnames.derive("reflex-vla", "acme", [doc])
    assert not own.matches("VLA") and own.matches("reflex")
    md = "# Reflex\n\nA CLI.\n\n## Supported\n\n- Open-source VLA checkpoints (pi0 under openpi).\n"
    assert positives(md, own=ownnames.derive("reflex-vla", "acme", [parse_document("README.md", "readme", md)]).as_set()) == []


def test_a_year_in_the_repository_name_and_a_bold_label_name_nothing() -> None:
    doc = parse_document("README.md", "readme", "# Yearbook\n\n**Note:** Kestrel is an open-source driver.\n")
    own = ownnames.derive("opensource-2015-yearbook", "acme", [doc])
    assert not own.matches("2015") and own.matches("yearbook")
    # another number may be all that tells a name from a word: it stays ('model-000 is an open-source model')
    assert positives("# model-000\n\nmodel-000 is an open-source model.\n",
                     own=ownnames.derive("model-000", "acme", [doc]).as_set()) != []
    assert not own.matches("Note")
    assert positives("# Yearbook\n\n| [Top 10 open source projects of 2015](https://k.example/top) | 什么是最佳的开源项目？ |\n",
                     own=own.as_set()) == []


def test_a_model_size_and_a_platform_after_a_dot_in_the_repository_name_name_nothing() -> None:
    # 'kestrel-05b-mini-sft' fine-tunes Kestrel at 0.5B: a size is no name ('Other/Finch-0.5B is open weight')
    doc = parse_document("README.md", "readme", "# Mini SFT\n")
    sized = ownnames.derive("kestrel-05b-mini-sft", "acme", [doc])
    assert not sized.matches("05b") and sized.matches("kestrel-05b-mini-sft")
    md = "# Mini SFT\n\n[`Other/Finch-0.5B-Instruct`](https://huggingface.co/Other/Finch-0.5B-Instruct) is **open weight**.\n"
    assert positives(md, own=sized.as_set()) == []
    # 'wren.cmake' builds Wren with CMake: CMake is another's tool, the whole name still the project's
    dotted = ownnames.derive("wren.cmake", "acme", [doc])
    assert not dotted.matches("CMake") and dotted.matches("wren")
    assert positives("# wren.cmake\n\nCMake is a free, open-source and cross-platform build system.\n",
                     own=dotted.as_set()) == []


def test_a_repository_named_in_the_plural_goes_by_the_singular_too() -> None:
    doc = parse_document("README.md", "readme", "# Kestrel sheets\n")
    own = ownnames.derive("kestrelsheets", "acme", [doc])
    assert own.matches("Kestrelsheet") and own.matches("kestrelsheets")
    assert positives("# x\n\nThe Kestrelsheet® core is an open-source tool for making data understandable.\n",
                     own=own.as_set()) != []
    # not a word that ends in 's' of its own
    assert not ownnames.derive("fairness", "acme", [doc]).matches("fairnes")
    assert not ownnames.derive("kestrelcorpus", "acme", [doc]).matches("kestrelcorpu")
    assert not ownnames.derive("kestrelanalysis", "acme", [doc]).matches("kestrelanalysi")


def test_generic_words_and_task_acronyms_among_the_repository_names_pieces_name_nothing() -> None:
    doc = parse_document("README.md", "readme", "# x\n")
    # 'wren-build': 'the open-source build system' is no own name's
    build = ownnames.derive("wren-build", "acme", [doc])
    assert not build.matches("build") and build.matches("wren")
    assert positives("# x\n\nA tool.\n\n## History\n\nLater in 2015, they released it with parts rewritten as `kestrel` open-source build system.\n",
                     own=build.as_set()) == []
    # 'SWE-Wren' works on software-engineering tasks: 'open-source SWE datasets' are others'
    swe = ownnames.derive("SWE-Wren", "acme", [doc])
    assert not swe.matches("SWE") and swe.matches("SWE-Wren")


def test_the_product_a_settings_repository_sets_up_is_not_its_own_name_nor_its_titles_first_word() -> None:
    # 'kestrel-config' holds someone's settings for Kestrel: Kestrel, also as the first word of its title, is another's
    readme = "# Kestrel config\n\nMy settings for the open source core of [Kestrel](https://github.com/acme/kestrel-core).\n"
    own = ownnames.derive("kestrel-config", "someone", [parse_document("README.md", "readme", readme)])
    assert not own.matches("Kestrel") and own.matches("kestrel-config")
    assert "kestrel" not in ownnames.derive("kestrel-dotfiles", "someone", []).as_set()
    # ... unless the publisher is named after it
    assert "kestrel" in ownnames.derive("kestrel-config", "kestrel", []).as_set()


def test_a_name_that_opens_with_an_own_name_is_an_edition_only_with_sizes_or_variants_after_it() -> None:
    assert ownnames.is_edition_of("Wren-7B-GGUF", "wren") and ownnames.is_edition_of("wren-7b-instruct-q4_k_m", "wren")
    assert not ownnames.is_edition_of("wren-admin", "wren") and not ownnames.is_edition_of("kestrel", "wren")
    # a row naming another owner's product built on the own one describes theirs
    md = ("# Wren\n\nA UI library.\n\n## Community\n\n| Name | About |\n| --- | --- |\n"
          "| [Wren Admin](https://github.com/someone/wren-admin) | A free open source admin template. |\n")
    assert positives(md) == []
    own = ("# Wren\n\nA UI library.\n\n## Editions\n\n| Name | About |\n| --- | --- |\n"
           "| [Wren 7B GGUF](https://huggingface.co/someone/Wren-7B-GGUF) | The open-weight model, quantized. |\n")
    assert len(positives(own)) == 1


def test_a_reference_that_ends_with_the_own_repository_names_the_own_release() -> None:
    # '> Stable Diffusion AI (SDAI), an open-source … client by Jo Doe. https://github.com/OWNER/REPO'
    own = frozenset({"wren", "wrenlabs"})
    md = ("# Wren\n\nA model.\n\n## Citing\n\n> Kestrel AI (KAI), an open-source image client by Jo Doe. "
          "https://github.com/wrenlabs/wren\n")
    assert len(positives(md, own=own)) == 1
    other = ("# Wren\n\nA model.\n\n## Notes\n\nKestrel is an open-source model by Foo. See our fork at "
             "https://github.com/wrenlabs/wren and more.\n")
    assert positives(other, own=own) == []


def test_a_name_glued_to_engine_goes_by_the_name() -> None:
    # 'FlameEngine': 'Flame is an open source game engine that I wrote'
    assert ownnames.derive("FlameEngine", "someone", []).matches("Flame")
    assert not ownnames.derive("flame-engine-docs", "someone", []).matches("Flamengine")


def test_a_package_the_front_readme_installs_under_another_name_is_not_an_own_name() -> None:
    # 'pip install iopaint' in MI-GAN's README: a tool it works with, not its release (as derive() already read it)
    md = ("# Wren\n\nWren is a small inpainting model.\n\n## Use it with Kestrel Paint\n\n```\npip install kestrelpaint\n```\n\n"
          "- [KestrelPaint](https://github.com/someone/kestrel-paint) - a free and open-source inpainting tool\n")
    assert positives(md) == []
    own = "# Wren\n\nWren is a model.\n\n```\npip install wren-kit\n```\n\nThe wren-kit package is open source.\n"
    assert "wrenkit" in ownnames.document_keys(parse_document("README.md", "readme", own))


def test_a_page_that_says_it_is_the_official_code_of_a_name_goes_by_that_name() -> None:
    # 'This is the official repository for Kestrel-2, …' on a documentation page: the repository says so only of its
    # own work, whatever its folder or title are called
    for lead in ("This is the official repository for Kestrel-2, an open-source project re-implementing a tokenizer.",
                 "This is the official implementation of Kestrel-2, an open-source tokenizer."):
        assert len(claims_in("# Docs\n\n" + lead + "\n", path="docs/kestrel.md", role="docs")) == 1, lead
    md = "# Notes\n\nOfficial PyTorch implementation of **Kestrel**: a tokenizer.\n\n## Notes\n\nKestrel is open source.\n"
    assert len(claims_in(md, path="docs/k.md", role="docs")) == 1
    # ... not an unofficial one, nor an official one said to be elsewhere
    for lead in ("This is an unofficial implementation of Kestrel-2, an open-source project re-implementing a tokenizer.",
                 "The official implementation of Kestrel-2 lives elsewhere. Kestrel-2 is an open-source project by Google."):
        assert claims_in("# Docs\n\n" + lead + "\n", path="docs/kestrel.md", role="docs") == [], lead


def test_a_repository_named_as_writing_about_a_topic_has_no_product_in_its_pieces() -> None:
    # 'open-llm-leaderboard-report' reports on a leaderboard: its pieces name the topic, as an 'awesome-' list's do
    own = ownnames.derive("open-llm-leaderboard-report", "someone", []).as_set()
    assert "leaderboard" not in own and "openllmleaderboardreport" in own
    md = "# Report\n\nNotes.\n\n## Opinion\n\nThe credibility of the open-source LLM leaderboard cannot be trusted.\n"
    assert positives(md, own=own) == []
    assert len(positives("# Report\n\nNotes.\n\n## License\n\nThis report is open source.\n", own=own)) == 1
    # ... while a name of two pieces may be the own work's ('wren-paper') and keeps them
    assert {"wren", "paper"} <= ownnames.derive("wren-paper", "someone", []).as_set()


def test_the_plural_of_a_generic_word_names_no_product() -> None:
    # a part README in 'technical/frameworks/' is about frameworks, no product called 'Frameworks'
    assert ownnames.is_generic("frameworks") and ownnames.is_generic("Plugins") and not ownnames.is_generic("standards")
    md = "# Frameworks\n\nNotes.\n\n## Advice\n\nWe strongly advocate for using open source frameworks.\n"
    assert positives(md, own=frozenset({"wren"}), path="technical/frameworks/README.md") == []


def test_the_own_name_pattern_is_the_same_in_every_process() -> None:
    # names of one length in another order under another hash seed would spell another pattern text
    code = ("from openwash.ownnames import matcher\n"
            "print(matcher(frozenset({'llamaagenticsystem', 'metallamametallama', 'wren', 'kestrel7'})).pattern)\n")
    patterns = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                               env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3", "4")}
    assert len(patterns) == 1, patterns


def test_a_short_cjk_title_of_a_folders_readme_is_no_name() -> None:
    # '# 辞書' (dictionary) over dict/README.md says what the folder holds; a Latin title names the part
    from openwash.markdown import parse_document
    from openwash.ownnames import part_keys

    assert "辞書" not in part_keys(parse_document("dict/README.md", "readme", "# 辞書\n\n辞書を作成する。\n"))
    assert "kestrel" in part_keys(parse_document("kestrel/README.md", "readme", "# Kestrel\n\nTools.\n"))


def test_the_package_json_name_and_its_first_word_are_own_names(tmp_path: Path) -> None:
    # a product renamed since its repository was ('gasoline-devtools' ships Kaboom): the package metadata at the root
    # names it, and a package is named for its product first ('kaboom-browser-devtools' is Kaboom's); a nested
    # package's name, an example's, is not the repository's
    from conftest import check_json, make_git_repo

    page = "# Alternatives\n\nKaboom is an open-source browser extension for AI-assisted debugging.\n"
    files = {"README.md": "# Gasoline\n\nBrowser tools.\n", "docs/alternatives.md": page,
             "examples/demo/package.json": '{"name": "kaboom-demo"}\n'}
    _code, report = check_json(make_git_repo(tmp_path / "without" / "gasoline-devtools", files))
    assert report["claims"] == []
    root = {**files, "package.json": '{\n  "name": "@acme/kaboom-browser-devtools",\n  "private": true,\n'
                                      '  "workspaces": [{"name": "other"}]\n}\n'}
    _code, report = check_json(make_git_repo(tmp_path / "with" / "gasoline-devtools", root))
    assert [(c["file"], c["line"]) for c in report["claims"]] == [("docs/alternatives.md", 3)]


def test_the_owners_repository_named_as_anothers_is_a_fork() -> None:
    # the owner's 'opentelemetry-collector' beside the one under open-telemetry is a fork of theirs, no own release
    from openwash.markdown import parse_document

    fork = "We keep a [fork](https://github.com/acme/otel-collector) of it.\n"
    upstream = "Upstream: [otel-collector](https://github.com/otel/otel-collector).\n"
    alone = parse_document("docs/updating.md", "docs", "# Updating\n\n" + fork)
    both = parse_document("docs/updating.md", "docs", "# Updating\n\n" + fork + "\n" + upstream)
    assert "otelcollector" in ownnames.derive("alloy", "acme", [alone]).keys
    assert "otelcollector" not in ownnames.derive("alloy", "acme", [both]).keys


def test_a_package_names_first_word_that_is_a_family_of_others_is_no_own_name() -> None:
    # 'llama-cpp-tools' is built on Llama, as the repository name's pieces are read; 'kaboom-devtools' is Kaboom's
    from openwash.markdown import parse_document

    def keys(name: str) -> set[str]:
        doc = parse_document("package.json", "package", f'{{\n  "name": "{name}"\n}}\n')
        return set(ownnames.derive("tools", "acme", [doc]).keys)

    assert "llama" not in keys("llama-cpp-tools") and "llamacpptools" in keys("llama-cpp-tools")
    assert "kaboom" in keys("kaboom-devtools")


def test_an_owners_adapter_to_another_product_does_not_name_that_product() -> None:
    # '[BookKeeper Operator](…/pravega/bookkeeper-operator)': the owner's operator runs Apache BookKeeper, whose
    # name stays another's ('Tier 1 Storage is based on the open source Apache BookKeeper Project')
    page = ("# Operators\n\n- [BookKeeper Operator](https://github.com/acme/bookkeeper-operator)\n"
            "- [Flink Connector](https://github.com/acme/flink-connectors)\n- [Kestrel models](https://github.com/acme/"
            "kestrel)\n")
    own = ownnames.derive("wren", "acme", [parse_document("docs/operators.md", "docs", page)])
    assert own.matches("BookKeeper Operator") and own.matches("Flink Connector") and own.matches("Kestrel")
    assert not own.matches("BookKeeper") and not own.matches("Flink")


def test_a_products_name_that_is_also_a_fields_label_stays_a_name() -> None:
    # 'Tagline', 'Motto' and 'Slogan' label a description field and name nothing; 'Status' (status-im) or 'Pitch'
    # are products' names, which the repository's name gives
    own = ownnames.derive("status", "status-im", [parse_document("README.md", "readme", "# Status\n\nA messenger.\n")])
    assert own.matches("Status")
    assert not ownnames.derive("wren", "acme", []).matches("Tagline")


@pytest.mark.parametrize("path", ["markdown/languages/german.md", "i18n/zh-CN.md", "locales/japanese.md"])
def test_a_page_named_for_its_language_in_a_folder_of_translations_is_the_front_readme_translated(path: str) -> None:
    # ('languages/german.md' holds the README in German: its centred tagline and its lead introduce the project)
    page = ('<h1 align="center">Wren</h1>\n<h3 align="center">\n  Die Open-Source-Alternative zu Kestrel ⭐️\n</h3>\n\n'
            "Wren ist eine Open-Source-Software.\n")
    assert ownnames.is_docs_home(path)
    assert len(positives(page, path=path, role="docs")) == 2
    # a page of the documentation named for something else keeps its headings as its topics
    assert not ownnames.is_docs_home("docs/languages/go.md") and not ownnames.is_docs_home("docs/german.md")


@pytest.mark.parametrize("path, home", [
    ("docs/index.md", True), ("packages/docs/index.md", True), ("packages/docs/de/index.md", True),
    ("docs/docs/en/README.md", True), ("apps/site/docs/en/index.mdx", True), ("docs/introduction.mdx", True),
    ("docs/guide/index.md", False), ("docs/api/introduction.mdx", False), ("examples/docs/index.md", False),
    ("src/news/2024-01-01/index.md", False), ("docs/getting-started.md", False),
    # a translation kept beside the home page with its language in its name (Fumadocs, Docusaurus)
    ("apps/website/content/docs/index.zh.mdx", True), ("docs/index.zh-CN.md", True), ("docs/guide.zh.md", False),
    ("docs/index.json.md", False),
    # a Hugo site's home page, its list page '_index.md' at the top of its content, in each language
    ("content/_index.md", True), ("content/de/_index.md", True), ("website/content/en/_index.md", True),
    ("content/en/blog/_index.md", False), ("content/en/docs/install.md", False),
])
def test_the_home_page_of_a_documentation_site_wherever_the_site_is_kept(path: str, home: bool) -> None:
    assert ownnames.is_docs_home(path) is home


def test_a_front_pages_own_description_in_its_front_matter_is_its_tagline() -> None:
    # ('description: Open-source Figma alternative.' on the site's home page: what the site says of the project
    # where it is listed and searched; the same on a guide page describes that page's topic)
    page = ("---\ntitle: Wren — Open-Source Design Editor\ndescription: Open-source Kestrel alternative. Opens .kst "
            "files.\ntagline: \"Open-source browser extension to manage your notes\"\n---\n\nText.\n")
    found = positives(page, path="packages/docs/index.md", role="docs")
    assert sorted(c.line for c in found) == [2, 3, 4]
    # (on a guide page, a title that names the project speaks for it, and so does the description under it; under
    # a title that names a task the description is the page's)
    assert [c.line for c in positives(page, path="docs/guide/editing.md", role="docs")] == [2, 3, 4]
    task = page.replace("title: Wren — Open-Source Design Editor", "title: Editing files")
    assert positives(task, path="docs/guide/editing.md", role="docs") == []


def test_a_blog_posts_excerpt_in_its_front_matter_is_read_as_prose() -> None:
    # ('excerpt:' of a Jekyll or Astro post is what the blog lists of it, as 'description:' is)
    post = ("---\ntitle: A partnership\nauthors: [someone]\nexcerpt: \"As an open-source project, Wren's mission has "
            "always been to provide a secure framework.\"\n---\n\nText.\n")
    assert [c.line for c in positives(post, path="src/content/docs/blog/partnership.md", role="docs")] == [4]


def test_a_bold_term_in_what_the_lead_says_of_its_subject_is_no_name() -> None:
    # '[Wren](https://wren.example) is … a lightweight **MQTT** broker': the lead's subject is named, the bold term
    # in its predicate is a kind of thing it is, no name of the project ('**Wren** is …' still names it)
    doc = parse_document("docs/index.md", "docs", "# Introduction\n\n[Wren](https://wren.example/) is an open-source, lightweight **MQTT** broker.\n")
    assert "mqtt" not in ownnames.document_keys(doc)
    doc = parse_document("docs/index.md", "docs", "# Introduction\n\n**Wren** is an open-source, lightweight **MQTT** broker.\n")
    assert "wren" in ownnames.document_keys(doc)


def test_a_link_to_an_own_repository_described_in_common_words_or_a_count_names_nothing_by_its_text() -> None:
    # '[200+ Application Templates](https://github.com/OWNER/docker-library)': the text describes what is linked; the
    # repository's name stays an own name, the text and its count do not become one
    page = parse_document("docs/architecture.md", "docs",
                          "# Architecture\n\n- [200+ Application Templates](https://github.com/wren/app-library)\n"
                          "- [Main Repository](https://github.com/wren/wren)\n"
                          "- [Finchly](https://github.com/wren/finchly)\n")
    own = ownnames.derive("wren__wren", "wren", [page])
    assert own.matches("app-library") and own.matches("Finchly")
    assert not own.matches("200+") and not own.matches("Application Templates")
    assert not own.matches("Main Repository")
    # ... so '200+ open-source applications' the project runs are others'
    body = "# Wren\n\nWren is a panel for running 200+ open source applications on your own server.\n"
    assert positives(body, own=own.as_set()) == []


def test_an_h2_that_opens_a_page_after_its_front_matter_is_its_title() -> None:
    # '---\ntitle: 产品介绍\n---\n\n## 🐸 陪读蛙 - 语言学习浏览器扩展': the front matter's fields come before the page;
    # the H2 that opens it names the product
    page = parse_document("docs/index.zh.mdx", "docs",
                          "---\ntitle: 产品介绍\n---\n\n## 🐸 陪读蛙 - 语言学习浏览器扩展\n\n陪读蛙是一个浏览器扩展。\n")
    assert ownnames.derive("read-frog", "mengxi", [page]).matches("陪读蛙")


def test_a_hugo_home_pages_seo_text_taglines_and_benefits_are_its_front_matter_prose() -> None:
    # 'seo: {title, description}', 'taglines: [...]', 'benefits: [{title, description}]' (Hugo themes)
    page = ("---\ntitle: Wren\nseo:\n  title: \"Wren — Open-Source Private Cloud\"\n  description: \"A cloud.\"\n"
            "taglines:\n  - Self-hosted alternative to Kestrel\n  - Open-Source Alternative to Kestrel\n"
            "benefits:\n  - title: Standard\n    description: Fully open source and self-hosted.\n---\n")
    found = positives(page, path="content/en/_index.md", role="docs")
    assert [(c.line, c.phrase) for c in found] == [(4, "Open-Source"), (8, "Open-Source"), (11, "open source")]
    # ... the same keys on a page deeper in the site are that page's, not the project's taglines (the title that
    # names the project still does)
    deeper = positives(page.replace("title: Wren\n", "title: Installing\n"), path="content/en/docs/install.md",
                       role="docs")
    assert [c.line for c in deeper] == [4]
