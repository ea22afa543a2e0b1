"""Sentences that are not claims: dependencies, communities, comparisons, questions, definitions, plans ..."""

from __future__ import annotations

import pytest
from claimkit import claims_in, in_body, positives

# --- not claims -------------------------------------------------------------------------------------

NON_CLAIMS = [
    ("dependency", "Wren is built on open-source libraries such as PyTorch and Transformers."),
    ("dependency", "Wren uses the open-source FAISS library for retrieval."),
    ("dependency", "We evaluate Wren with an open-source harness maintained by another lab."),
    # what 'from' names is the source something is taken from, even when 'we' took it
    ("dependency", "We have compiled some examples and questions from recent open-source work."),
    ("dependency", "We trained Wren on data from open-source projects."),
    # zh: what is studied or tested ('对…进行调研'), and what is used as the subject ('…中使用的是')
    ("dependency", "我们对开源的 Kestrel JSON 库进行了一系列调研和基准测试。"),
    ("dependency", "因为 Wren 中使用的是开源版本 Kestrel，没有商业版本功能。"),
    # a participle its adverb joins to the head noun is inside the noun phrase ('locally hosted models')
    ("dependency", "We can also run Wren with free and open-source locally hosted models using Kestrel."),
    ("community", "We thank the open source community for their feedback."),
    ("community", "Wren welcomes contributions from the open-source community!"),
    ("community", "Contributing to open source can be intimidating, so start with a small issue."),
    # a place where the community talks, the author's or not
    ("community", "If you have questions, let's chat in our [**Wren Open Source Forum**](https://forum.wren.example)."),
    # open science is a practice, as open source is an idea
    ("community", "This module focuses on the practice and application of open science for data."),
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
    ("plans", "Wren will be released as open-source under the permissive MIT license."),
    # zh: '将于' is 'will, at a time', after '并' too; preparing the release is no release yet
    ("plans", "我们已经发布了预览版，并将于一周内发布开源模型。"),
    ("plans", "- 更新整理项目文档，开源准备"),
    # zh: the movement's events (a regular meeting)
    ("community", "开源例会议题包括但不限于："),
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
    # a bare plural in a prepositional phrase is what the released thing is about, not what is released
    ("generic", "We introduce a framework for improving open-source LLMs on long documents."),
    ("generic", "In this work, we propose a new attack on open-source models."),
    # the author is named in another clause than the one the phrase is in: the subject of the phrase's clause releases
    ("third party", "Kestrel Labs already provides an open-source exporter for Wren logs, so we can reuse that."),
    # the last item of a list a preposition opens shares the preposition
    ("generic", "We offer a free Wren plan to students, public libraries and open-source projects."),
    # a bare noun phrase followed by its verb is the subject of its own clause, not the sentence's 'we'
    ("generic", "We believe that, generally, open source code is good for science."),
    # the demonstrative names what the tools are used for; the head noun is what is used
    ("dependency", "The tools used to build this project are also open source!"),
    # what the author picked among others' products, as 'our preferred open-source store' is
    ("dependency", "My preferred choice is the popular open-source Kestrel editor with its plugins."),
    # every form of 'refer to' names what is used
    ("dependency", "Wren has referred to the following open-source projects."),
    # 'contributors' is a noun, no verb of release
    ("dependency", "Our foundation funds Kestrel contributors and open-source tools through grants."),
    # a verb of use governs the noun phrase 'their' opens: another's, whoever 'they' are
    ("dependency", "For the baselines we use their open-sourced code from the authors' repository."),
    # the terms of licences the reader is to keep, no licence statement of the own release
    # the notices of the open-source software a release includes are licence notices, of others' code
    ("license_boilerplate", "Wren — open-source notices & credits"),
    ("license_boilerplate", "* Abide by all applicable open source license terms."),
]


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
    # an image's tag or a path that a hyphen glues the phrase into is a name, whatever the link text ('…:infer-open-source');
    # two words a slash joins in prose stay words
    assert claims_in("# Wren\n\n[wren/wren-large:dense-infer-open-source](https://hub.docker.com/r/wren/wren-large)\n") == []
    assert len(positives(in_body("Wren is a self-hosted/open-source app."))) == 1


def test_a_range_of_years_opening_a_copyright_line_is_no_news_date() -> None:
    from openwash.claims.lexicon import news_date

    assert news_date("2021-2024 acme, mission logiciels libres.") is None
    assert news_date("2024-05-01: wren is now open source") is not None


def test_a_kind_defined_by_its_own_noun_is_a_definition_even_in_the_lead() -> None:
    # the lead speaks for the project by its place alone; a definition of a kind ('… hardware is hardware whose …')
    # says what such things are, not that the project is one
    lead = "# Wren boards\n\n> Open source hardware is hardware whose design anyone can study, modify and sell.\n"
    assert positives(lead) == []
    assert [c.phrase for c in positives("# Wren boards\n\nOpen source hardware for home automation.\n")] \
        == ["Open source"]


def test_a_request_that_someone_else_release_is_theirs() -> None:
    assert positives(in_body("We respectfully ask Kestrel Games to release the original Finch as an open-source "
                             "project.")) == []
    assert positives(in_body("We urge hardware vendors to open-source their drivers.")) == []
    # asked ourselves, and done: the author's release
    assert positives(in_body("We were asked to open-source Wren, and we released it as an open-source project."))


@pytest.mark.parametrize("markdown", [
    # Taiwanese 軟體 (software) is a noun after the phrase, as 软件 is: open-source software in general
    in_body("開源軟體並不是冷冰冰的技術集合，一起來看看開源軟體如何讓生活更好。"),
    # 文化 (culture) is the movement's, as 精神 (spirit) is, in the lead too
    "# Wren\n\n有時候讓人難以納入開源文化。\n",
    "# Wren\n\n开源文化让我们受益。\n",
    # 满满的 (plenty of) quantifies as 大量 does
    "# Wren\n\n滿滿的開源軟體是這個時代的趨勢。\n",
])
def test_software_culture_and_plenty_of_are_general_zh(markdown: str) -> None:
    assert positives(markdown) == []


def test_how_many_of_what_is_planned_is_still_a_plan() -> None:
    assert positives(in_body("We're planning to make a number of open-source models easily accessible.")) == []
    assert positives(in_body("We have made a number of open-source models easily accessible."))


def test_proud_to_be_says_what_is_now_not_a_plan() -> None:
    assert positives(in_body("Wren is proud to be an open source and free alternative to closed offerings."))
    assert positives(in_body("Wren aims to be an open source alternative to closed offerings.")) == []


def test_will_continue_to_be_says_what_is_now_not_a_plan() -> None:
    assert positives(in_body("* Wren will continue to be open source under the MIT license."))
    assert positives(in_body("Wren continues to be open source after the move to the foundation."))
    assert positives(in_body("* Wren will be open source under the MIT license next year.")) == []


def test_a_list_after_a_preposition_is_not_an_apposition() -> None:
    # '…, a compact and multilingual …' opens with an article: an apposition of the own name, not a list item
    assert positives(in_body("This repository contains the code for Wren, a compact and multilingual open language "
                             "models for phones."))
    assert positives(in_body("We offer Wren to students, libraries and open-source projects for free.")) == []


def test_a_linked_name_in_capitals_after_the_is_an_institutions_name() -> None:
    sentence = ("The audit was done by Kestrel Labs with the Wren maintainers, the [Open Source Security Fund]"
                "(https://example.org/fund) and two volunteers.")
    assert positives(in_body(sentence)) == []
    # a link to one of the owner's own releases names that release, whatever its text
    assert positives(in_body("Download the [Open Source Wren Weights](https://huggingface.co/wren/wren-3b)."),
                     own=frozenset({"wren"}))


def test_a_bare_plural_before_a_copular_verb_is_the_subject_of_its_own_clause() -> None:
    # 'seem', 'appear', 'remain' take an adjective as 'be' does: the plural is the subject of the clause after 'while'
    md = in_body("This project grew out of frustration with paid tools, while open source variants seem too complex.")
    assert positives(md) == []
    assert positives(in_body("Other open-source editors remain hard to set up, so this project stays small.")) == []
    assert len(positives(in_body("This project is open source."))) == 1


def test_a_demonstrative_noun_phrase_before_a_link_to_another_owner_is_that_repository() -> None:
    md = in_body("Every record is fetched from this open source repository: "
                 "[finch-db](https://github.com/birdco/finch-db).")
    assert positives(md) == []
    own_repo = in_body("The code is in this open source repository: [wren](https://github.com/acme/wren).")
    assert len(positives(own_repo, own=frozenset({"wren", "acme"}))) == 1


def test_lets_make_or_improve_invites_the_reader_into_the_community() -> None:
    # with the typographic apostrophe too: 'let’s make open-source TTS better together'
    assert positives(in_body("Open an issue or a pull request — let’s make open-source speech tools better together!")) == []
    assert positives(in_body("Let's improve open-source speech recognition together.")) == []


def test_a_preposition_or_a_verb_between_the_phrase_and_the_own_name_ends_the_noun_phrase() -> None:
    # 'self-hosted open-source models inside Wren Chat': the models are others', run inside the own product
    own = frozenset({"wren"})
    assert positives(in_body("A layer for running self-hosted open-source models inside Wren Chat."), own=own) == []
    assert positives(in_body("Several open source applications can use the Wren SDK for effects."), own=own) == []
    assert len(positives(in_body("The open-source Wren SDK is small."), own=own)) == 1


def test_the_following_projects_a_text_takes_from_are_its_sources() -> None:
    assert positives(in_body("This toolkit includes code from the following open-source projects:")) == []
    assert positives(in_body("This toolkit reuses parts of the following open source libraries:")) == []
    assert len(positives(in_body("This toolkit is open source."))) == 1


def test_a_to_do_label_plans_what_follows_it() -> None:
    assert positives(in_body("- TODO: open-source the training code")) == []
    assert positives(in_body("服务调用自内部工具（TODO：更新一个服务并开源）")) == []
    assert len(positives(in_body("- Done: we open-sourced the training code"))) == 1


def test_a_kind_in_general_after_we_believe_that_is_said_in_general() -> None:
    # (in the lead too, where a phrase no one is tied to is the project's unless something says otherwise)
    assert positives("# Wren\n\nWe believe that open-source software is the foundation of a healthy ecosystem.\n") == []
    assert positives(in_body("We believe that open-source software is the foundation of a healthy ecosystem.")) == []
    assert len(positives(in_body("We believe that Wren is open source."))) == 1


def test_coming_soon_in_parentheses_after_the_phrase_plans_it() -> None:
    md = "# Wren\n\nA small model.\n\n## Features\n\n- Open weights (coming soon)\n- Open-source inference code\n"
    assert [c.phrase for c in positives(md)] == ["Open-source"]


def test_a_pronoun_after_the_plan_word_is_what_is_planned() -> None:
    # 'will release it as open source', 'determining whether to release it as open source': not released yet
    assert positives(in_body("We will release it as open source.")) == []
    assert positives(in_body("We are still determining whether to release it as open source.")) == []
    assert len(positives(in_body("We released it as open source."))) == 1


def test_a_link_is_anothers_unless_its_owner_or_name_begins_with_an_own_name() -> None:
    from openwash.claims.places import link_owner
    from openwash.documents import Link

    own = frozenset({"wren", "cookie", "wrencookie", "acme"})

    def whose(url: str) -> str:
        return link_owner(Link(url=url, text="x", line=1, column=1, context="", heading="", source="markdown"), own)

    # a word of the repository's name inside another owner's repository name does not make it the own release's
    assert whose("https://github.com/birdco/open-cookie-db") == "other"
    # a copy or an edition named after an own name, or an owner named after it, is not another's
    assert whose("https://huggingface.co/someone/Wren-7B-GGUF") == ""
    assert whose("https://github.com/wrenfans/tools") == ""
    assert whose("https://github.com/acme/finch") == "own"
    md = in_body("Every record is fetched from this open source repository: "
                 "[cookie-db](https://github.com/birdco/open-cookie-db).")
    assert positives(md, own=own) == []


def test_a_passive_agent_after_a_place_names_whose_release_it_is() -> None:
    # 'the model open-sourced on Hugging Face by Black Forest Labs': where, then who
    assert positives(in_body("The code is largely based on the model open-sourced on Hugging Face by Finch Labs.")) == []
    assert positives(in_body("The weights are open-sourced on Hugging Face by Finch Labs.")) == []
    assert len(positives(in_body("The weights are open-sourced on Hugging Face by us."))) == 1


def test_what_the_author_builds_upon_is_others_however_many() -> None:
    # 'we build' releases; 'we build upon several …' uses what others released
    assert positives(in_body("Our work builds upon several outstanding open-source repositories, including Finch.")) == []
    assert positives(in_body("We build upon several open-source repositories.")) == []
    assert len(positives(in_body("We've developed a number of open source projects."))) == 1
    # the own name as the one who develops them is the author too; another name, or a verb of use, is not
    assert len(positives(in_body("Wren develops and maintains several open source projects."))) == 1
    assert positives(in_body("Kestrel develops several open source projects.")) == []
    assert positives(in_body("Wren uses several open source projects.")) == []
    assert positives(in_body("Wren re-distributes other open-source tools and libraries.")) == []


def test_a_heading_in_the_form_of_a_question_names_a_topic() -> None:
    # (right under the title, where a heading would otherwise be read as the project's tagline)
    assert positives("# Wren\n\n## Why open weights matter here\n\nYou cannot attach adapters to an API.\n") == []
    assert positives("# Wren\n\n## How open source helps research\n\nText.\n") == []
    # the author or an own name in it still speaks of the release
    assert len(positives("# Wren\n\nA model.\n\n## Why we open-sourced Wren\n\nText.\n")) == 1


def test_a_verb_between_the_own_name_and_the_phrase_makes_them_two_phrases() -> None:
    # 'OWN consistently enhances open-source models, including …': the models are others', not OWN's
    assert positives(in_body("Wren consistently enhances open-source models, including Finch-Edit-2511 and Loon-2.")) == []
    # a degree right before the phrase still modifies it ('the Wren fully open-source models')
    assert len(positives(in_body("The Wren fully open-source models are here."))) == 1


def test_nouns_coordinated_before_a_community_head_share_it() -> None:
    assert positives("# Wren\n\n- The broader open-source computer vision and robotics communities\n") == []
    assert len(positives("# Wren\n\n- An open-source computer vision and robotics toolkit\n")) == 1


def test_open_source_software_in_general_after_an_attitude_or_of() -> None:
    assert positives(in_body("We believe in the power of open-source software.")) == []
    assert positives(in_body("We love open-source software.")) == []
    # a noun that counts one of them makes it one program ('a piece of open-source software')
    assert len(positives(in_body("Wren is a piece of open-source software."))) == 1


def test_a_pronoun_takes_the_named_subject_of_the_previous_sentence_not_the_own_name_after_it() -> None:
    md = in_body("Kestrel is one of Wren's biggest competitors. It's also a free, open-source password manager.")
    assert positives(md) == []
    assert len(positives(in_body("Wren is a password manager. It is open source."))) == 1
    # a subject that is no name ('your contributions') leaves the pronoun to what the document is about
    assert len(positives("# Wren\n\nYour contributions are vital to the development of Wren. "
                         "As an open-source software, anyone can have an impact on how it is being developed.\n")) == 1


def test_a_selection_before_a_definite_artifact_picks_among_others() -> None:
    # 'pick the best open-source tool for each job': a selection among others' tools, not the own release
    assert positives(in_body("Pick the best open-source tool for each job.")) == []
    assert len(positives(in_body("Wren is the best open-source tool for the job."))) == 1
    assert len(positives(in_body("The open-source checkpoints are on the Hub."))) == 1


def test_a_name_spelled_out_before_its_acronym_in_parentheses() -> None:
    # 'the Open Source Software (OSS) workshop', '> Open Source Software (NLP-OSS 2023),': the words spell a name
    assert positives(in_body("We presented at the Open Source Software (OSS) workshop.")) == []
    assert positives(in_body("> Open Source Software (NLP-OSS 2023),\n> pages 1-5.")) == []
    # after a copula the name is the term a subject is called ('Wren is Open Source Software (OSS)')
    assert len(positives(in_body("Wren is Open Source Software (OSS)."))) == 1


def test_a_project_of_the_readers_in_general() -> None:
    # 'steps for creating a new open-source project', 'a guide to managing an open-source project'
    for sentence in ("This guide gives the steps for creating a new open-source project.",
                     "Wren is a guide to managing an open-source project.",
                     "Read on to learn how to start a successful open source project."):
        assert positives(in_body(sentence)) == [], sentence
    # ... not when the author is the one creating it
    assert len(positives(in_body("In creating an open model, we weighed the following."))) == 1
    assert len(positives(in_body("We are creating a new open-source model."))) == 1


def test_a_gerund_whose_object_is_anyones_or_the_readers() -> None:
    # 'for open-sourcing existing closed projects', 'open-source your models': others' or the reader's release
    # (in the lead, whose place alone would make the phrase the project's)
    assert positives("# Wren\n\nThis guide gives steps for open-sourcing existing closed projects.\n") == []
    assert positives("# Wren\n\nWren helps you open-source your models.\n") == []
    assert len(positives(in_body("We are committed to open-sourcing many of our models."))) == 1


def test_these_after_a_sentence_that_tells_the_reader_what_to_use() -> None:
    md = in_body("Use **Kestrel** for Go and **Finch** for Rust to lint your code. These tools are open source.")
    assert positives(md) == []
    # ... the own product among what it recommends keeps it the author's
    assert len(positives(in_body("Use Wren for logs and Finch for metrics. These tools are open source."))) == 1


def test_a_slogan_to_the_reader_before_a_dash_is_not_what_the_description_after_it_describes() -> None:
    # '**Your voice, your data** - Open source voice dictation': the line's place (the lead) decides
    assert len(positives("# Wren\n\n> **Your voice, your data, your control** - Open source voice dictation\n")) == 1
    assert len(positives("# Wren\n\n*Wren: Your voice, your data - open source voice dictation.*\n")) == 1
    # ... a reader's thing named before the dash in a sentence is still the reader's
    assert positives(in_body("Wren connects to your editor - an open-source tool.")) == []


def test_a_pronoun_after_a_block_of_several_sentences_takes_its_last_one() -> None:
    # the block before is split where its own text has sentences ('… parameters). The Kestrel models …')
    md = in_body("This folder shows examples for Acme's Kestrel models (20B). Kestrel runs on the Acme runtime.\n\n"
                 "Being an open weights model, developers can finetune it.")
    assert positives(md) == []


def test_gpt_oss_is_a_well_known_family_of_others() -> None:
    from openwash.ownnames import KNOWN_FAMILIES, name_key

    assert name_key("gpt-oss") in KNOWN_FAMILIES


def test_a_participle_that_opens_a_clause_ends_the_noun_phrase() -> None:
    # 'Docketeer is an open source initiative comprising contributions from …': no community head
    assert len(positives(in_body("Wren is an open source initiative comprising contributions from many engineers."))) == 1


def test_a_verb_of_weighing_keeps_a_release_planned() -> None:
    # 'we will consider open-sourcing it': planned, not done
    assert positives(in_body("Open an issue to request a format, and we will consider open-sourcing it.")) == []
    assert len(positives(in_body("We considered closed options, and we open-sourced Wren."))) == 1


def test_the_phrase_glued_into_a_title_case_own_name_is_a_word_of_it() -> None:
    # '# OpenSource Together' is the project's name, as '# Open Source Together' is; it asserts nothing
    for title in ("# OpenSource Together\n\nA platform.\n", "# Open Source Together\n\nA platform.\n"):
        assert positives(title, own=frozenset({"opensourcetogether"})) == [], title


def test_bare_open_source_as_the_object_of_a_gerund_is_the_field() -> None:
    # 'by managing open source, licenses and vulnerabilities': the field the verb works on, whatever the sentence
    # opens with; a gerund-like adjective before a head noun stays part of the noun phrase
    assert positives(in_body("Wren helps teams by managing open source, licenses and vulnerabilities.")) == []
    assert len(positives(in_body("Wren is an amazing open source tool."))) == 1


def test_the_phrase_linked_to_a_section_after_a_copula_is_predicated() -> None:
    # 'Juju Dashboard is [open source](#licence)': the link points to the terms; a contents entry names a section
    assert len(positives(in_body("Wren is [open source](#licence) and we welcome contributions."))) == 1
    assert positives("# Wren\n\n- [Open source](#open-source)\n- [Install](#install)\n") == []
    assert positives(in_body("See the [open-source](#x) part.")) == []


def test_what_a_verb_of_giving_gives_the_reader_is_not_the_readers() -> None:
    # 'to provide you with a free, open-source tool': the reader receives it; what the reader wants stays the reader's
    about = "# Wren\n\nWren is a web analytics solution.\n\n## About\n\n"
    assert len(positives(about + "The goal is to provide you with a free, open-source analytics tool.\n")) == 1
    assert positives(about + "If you want a free, open-source analytics tool, look elsewhere.\n") == []


def test_a_verb_after_the_phrases_noun_ends_the_noun_phrase() -> None:
    # 'the open-source backbones need different versions': 'need' is the clause's verb, not a word of a compound
    # whose head would be 'versions' (an edition of the own product)
    assert positives(in_body("Three files are given because the open-source backbones need different "
                             "transformers versions.")) == []


def test_a_superlative_before_the_phrase_ranks_a_class() -> None:
    # 'the strongest open-source model (i.e., …)': the top of a class, unless a subject is said to be it
    assert positives(in_body("Our results show a gap between the strongest proprietary model (i.e., X), which "
                             "scores 47%, and the strongest open-source model (i.e., Y), which scores 29%.")) == []
    assert positives(in_body("The strongest open-source model scores 29%.")) == []
    assert len(positives(in_body("Wren-7B is the strongest open-source model."), own=frozenset({"wren"}))) == 1
    assert len(positives(in_body("This dataset holds 150B tokens, making it the largest open-source Chinese "
                                 "dataset."))) == 1


def test_what_japanese_takes_from_a_source_is_used() -> None:
    # '…からデータをダウンロードし': downloaded from, as English 'download' is a word of use
    assert positives("# Wren\n\nオープンソースの辞書データとWikipediaからデータをダウンロードし，辞書を作成する。\n") == []


def test_a_file_of_the_repository_linked_in_a_step_of_use_is_no_release() -> None:
    # '1. [オープンソースの辞書から抽出](./dictionary.ipynb)': the notebook does the extracting; a link to the owner's
    # repository that a verb of use takes is still the own release
    steps = "# Wren\n\nWren is a tool.\n\n## 手順\n\n"
    assert positives(steps + "1. [オープンソースの辞書から抽出](./dictionary.ipynb)\n") == []
    assert len(positives("# Wren\n\n使用 Wren 的[开源仓库](https://github.com/wren/wren)构建。\n",
                         own=frozenset({"wren"}))) == 1


def test_the_reader_thanked_for_using_the_own_project_in_german_and_italian() -> None:
    # 'Vielen Dank für die Verwendung von OWN, einem Open-Source-…': the reader is thanked, for the own project
    body = "# Wren\n\nWren is a scanner.\n\n## Danke\n\n"
    assert len(positives(body + "Vielen Dank für die Verwendung von Wren, einem Open-Source-Malware-Scanner.\n")) == 1
    assert len(positives(body + "Grazie per aver utilizzato Wren, uno scanner di malware open-source.\n")) == 1
    assert positives(body + "Vielen Dank an das Team von Kestrel, einem Open-Source-Projekt.\n") == []
    assert positives(body + "Grazie per aver utilizzato Kestrel, uno scanner open-source.\n") == []


def test_what_the_reader_examines_is_the_own_definite_thing() -> None:
    # 'You can audit the open-source code': the definite code is the project's, as what the reader finds is
    assert len(positives(in_body("3. You can audit the open-source code"))) == 1
    assert positives(in_body("You can audit open-source code with it.")) == []


def test_a_model_pretrained_by_a_named_other_is_theirs() -> None:
    assert positives(in_body("* the open-source VAD model pre-trained by [silero-vad](https://github.com/snakers4/"
                             "silero-vad): Remove the silence")) == []


def test_a_name_linked_to_another_owner_before_the_phrase_owns_the_definite_thing() -> None:
    # 'the [db-vendo-client](…/public-transport/…) open-source project'; the own name linked so stays the own
    assert positives(in_body("Source: the [db-vendo-client](https://github.com/public-transport/db-vendo-client) "
                             "open-source project.")) == []
    assert len(positives(in_body("It is the [Wren](https://github.com/wren/wren) open-source project."))) == 1


def test_what_a_romance_participle_of_use_says_the_own_project_uses_is_a_dependency() -> None:
    # 'Forge logicielle open source utilisée par OWN': the forge the project uses; 'développée par OWN' is its own
    french = "# Wren\n\nWren est un outil.\n\n## Outils\n\n"
    assert positives(french + "Gitlab est une forge open source utilisée par Wren.\n") == []
    assert len(positives(french + "C'est une forge open source développée par Wren.\n")) == 1


def test_what_a_verb_of_use_takes_with_a_list_after_the_colon_are_sources() -> None:
    # 'OWN relies on these amazing open source projects:' points ahead at the list of what it uses, in German and
    # Spanish too; 'these' alone still points back at the own project
    body = "# Wren\n\nWren is a scanner.\n\n## Thanks\n\n"
    assert positives(body + "Wren relies on these amazing open source projects:\n") == []
    assert positives(body + "Wren stützt sich auf diese großartigen Open-Source-Projekte:\n") == []
    assert positives(body + "Wren depende de estos increíbles proyectos de código abierto:\n") == []
    assert len(positives(body + "We maintain these open source projects:\n")) == 1


def test_an_indefinite_after_like_is_an_example_of_a_kind() -> None:
    assert positives(in_body("We want to contribute time for a good cause like an open source project.")) == []
    assert len(positives(in_body("We contribute time to our open source project."))) == 1


def test_what_stays_as_it_is_in_a_list_of_planned_changes_is_no_plan() -> None:
    # a list a plan introduces ('What will change:') may say what stays: '- Wren remains open source'
    body = "# Wren\n\nWren is a scanner.\n\n## Changes\n\nWhat will change:\n\n"
    assert len(positives(body + "- Wren remains open source under the MIT license.\n")) == 1
    assert len(positives(body + "- Wren sigue siendo de código abierto bajo la licencia MIT.\n")) == 1
    assert positives(body + "- Wren will be open source.\n") == []


@pytest.mark.parametrize("sentence", [
    "Wren would not be possible without the great work of the following open-source projects:",
    "Wren si basa sui seguenti progetti open-source:",
    "O Wren não seria possível sem o excelente trabalho dos seguintes projetos de código aberto:",
    "Wren не существовал бы без замечательной работы следующих open-source проектов:",
    "Wren wäre ohne die großartige Arbeit der folgenden Open-Source-Projekte nicht möglich:",
    "Wren est construit sur les projets open-source suivants :",
])
def test_the_following_open_source_things_a_list_names_are_others(sentence: str) -> None:
    # the list after the colon names them: what the project builds on or thanks, in any language
    assert positives("# Wren\n\nWren is a scanner.\n\n## Credits\n\n" + sentence + "\n") == []


def test_the_following_things_released_are_still_the_authors() -> None:
    body = "# Wren\n\nWren is a scanner.\n\n## Models\n\n"
    assert len(positives(body + "We release the following open-source models:\n")) == 1
    assert len(positives(body + "The following models are open-sourced:\n")) == 1


def test_what_a_library_started_from_is_its_source() -> None:
    assert positives(in_body("This library started from the Kestrel V1.5 open-source code.")) == []


def test_a_definite_headline_that_names_another_product_is_not_the_own_tagline() -> None:
    # '- The QGIS Open Source Geographic Information System (…)' in a list of what is needed
    body = "# Wren\n\nWren is a plugin.\n\n## Needs\n\n"
    assert positives(body + "- The KGIS Open Source Geographic Information System (https://kgis.org).\n") == []
    assert len(positives("# Wren\n\nThe Fast Open Source Scanner.\n")) == 1


def test_any_of_the_owners_projects_in_a_contributor_agreement_is_none_in_particular() -> None:
    body = "# Wren\n\nWren is a scanner.\n\n## Contributor licence agreement\n\n"
    assert positives(body + "You only need to do this once to work on any of Wren's open source projects.\n") == []
    assert len(positives(body + "Wren, and many of Wren's open source products, are funded by sponsors.\n")) == 1


def test_a_remark_in_brackets_on_the_name_before_it_is_that_names() -> None:
    # '- **libimobiledevice** (open-source, mature) for USB bulk pulls': another's tool, described in brackets
    body = "# Wren\n\nWren is a scanner.\n\n## How it talks to phones\n\n"
    assert positives(body + "- **libimobiledevice** (open-source, mature) for USB bulk pulls.\n") == []
    assert len(positives(body + "- A scanner (open source) for files.\n")) == 1
    assert len(positives(body + "- **Wren** (open-source, mature) for USB bulk pulls.\n")) == 1


def test_an_empty_pair_of_brackets_opening_an_item_is_an_unchecked_box() -> None:
    # '- [] Open source the pretrained model': written without the space GitHub needs, still a to-do
    body = "# Wren\n\nWren is a model.\n\n## TODO\n\n"
    assert positives(body + "- [] Open source the pretrained model\n") == []
    assert len(positives(body + "- [x] Open source the training code\n")) == 1


def test_a_third_party_modifier_makes_the_open_source_work_others() -> None:
    # 'This project includes third-party open-source code': whose the code is, the modifier says
    for line in ("This project includes third-party open-source code.",
                 "Wren bundles third party and open source libraries listed in NOTICE.",
                 "本项目的源代码中可能包含第三方开源代码，这些代码的许可证可能与 GPLv3 不同。",
                 "Wren にはサードパーティのオープンソースライブラリが含まれています。"):
        assert positives(in_body(line)) == [], line
    # ... an own party's stays a claim
    assert len(positives(in_body("This project is first-party open-source code."))) == 1


def test_thanks_govern_nothing_past_the_authors_announcement() -> None:
    # 'Thanks to …, we're thrilled to announce: … are now live in the open-source code!': the announcement is the
    # author's own statement
    line = ("Thanks to sharp-eyed testers in our community, we're thrilled to officially announce: **Style prompts** "
            "are now live in the open-source code!")
    assert len(positives(in_body(line))) == 1
    # ... thanks alone still credit others
    assert positives(in_body("Thanks to the open-source community for the fixes!")) == []


def test_open_then_a_function_word_is_no_open_model_phrase() -> None:
    # 'the open availability of model weights': 'open' does not modify 'model' across 'of'
    assert claims_in(in_body("Also, the open availability of model weights might change one's model choice.")) == []
    assert len(positives(in_body("Wren is an open multilingual model."))) == 1
