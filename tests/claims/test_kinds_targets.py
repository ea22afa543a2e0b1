"""Claim kinds, targets and strengths (issue 3; issue 14 item 4: the target is what is said to be open)."""

from __future__ import annotations

import pytest
from claimkit import claims_in, in_body, only_claim, positives

# --- claims: kinds, targets, strengths -------------------------------------------------------------

CLAIMS = [
    # sentence, phrase, kind, target, strength
    ("Wren is a fully open-source 3B language model trained from scratch.", "open-source", "open-source",
     "model", "strong"),
    ("We open-sourced the Wren-3B checkpoints under Apache 2.0.", "open-sourced", "open-source", "weights", "plain"),
    ("Wren-3B is an open-weight model for on-device assistants.", "open-weight", "open-weights", "weights", "plain"),
    ("The Wren weights are openly released on the Hub.", "openly released", "open", "weights", "plain"),
    ("Wren ships as an open model for researchers and tinkerers.", "open model", "open", "model", "plain"),
    # a noun right after 'open model' heads the compound: a checkpoint is weights
    ("Wren-3B-v1 is our first open model checkpoint.", "open model", "open", "weights", "plain"),
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
    # SDKs are code; a product's features are the product
    ("All our SDKs are open source.", "open source", "open-source", "code", "partial"),
    ("Most of our features are free and open source.", "free and open source", "open-source", "project", "partial"),
]


@pytest.mark.parametrize(("sentence", "phrase", "kind", "target", "strength"), CLAIMS)
def test_claim_kind_target_strength(sentence: str, phrase: str, kind: str, target: str, strength: str) -> None:
    claim = only_claim(sentence + "\n")
    assert (claim.phrase, claim.kind, claim.target, claim.strength, claim.negated) == (
        phrase, kind, target, strength, False), claim.cue
    assert claim.line == 1 and claim.column == sentence.index(phrase) + 1


@pytest.mark.parametrize(("sentence", "target"), [
    ("We have open-sourced **Wren-A3B-Pretrain** and **Wren-A3B-Instruct** today.", "model"),
    ("我们在 Hugging Face 开源了 **Wren-7B** 和 **Wren-7B-Base**。", "model"),
    # '-chat' also names applications
    ("Today we are happy to share that Wren-Chat is now open-sourced and ready to use.", "project"),
])
def test_a_name_with_a_parameter_count_names_a_model(sentence: str, target: str) -> None:
    # even where nothing else in the repository shows a model release (its documents alone, no weights found)
    assert only_claim(sentence + "\n", is_model_release=False).target == target


def test_a_model_released_by_name_is_a_model_claim() -> None:
    # issue 14: 'We open-source Demo-7B, a 7B parameter model' is about the model, not about code (the word
    # 'demo' inside the name says nothing); 'our training code is open source' stays about code
    md = "# Demo model\n\nWe open-source Demo-7B, a 7B parameter model.\n\nOur training code is open source.\n"
    found = positives(md, own=frozenset({"demo"}), is_model_release=True)
    assert [(c.line, c.target) for c in found] == [(3, "model"), (5, "code")]


def test_model_words_elsewhere_do_not_make_a_software_claim_about_a_model() -> None:
    # a repository known to release no model: 'image' or 'LLM' in the sentence names what the software handles
    md = "# Wren\n\nWren is fully open source and can be self-hosted from its 9 MB Docker image.\n"
    assert only_claim(md, is_model_release=False).target == "project"
    md = "# Wren\n\nWren is an open-source platform for building LLM applications.\n"
    assert only_claim(md, is_model_release=False).target == "project"
    # where a model may be released, the model word still counts
    md = "# Wren\n\nWren-7B is fully open source.\n"
    assert only_claim(md, is_model_release=True).target == "model"


@pytest.mark.parametrize(("sentence", "target"), [
    # the phrase names its own noun: 'open models' are models, 'an open dataset' is data
    ("We are releasing two new open models for small devices.", "model"),
    ("Wren is an open dataset of three million questions.", "data"),
    # a model word that names what the release is, even where no weights were found (a pre-release)
    ("We are building Wren, an LLM that is also fully open-source.", "model"),
    ("Introducing Wren, an open-source 3B parameter model for phones.", "model"),
    # an appositive says what the release is by its head, not by what it is for; 'a tool' that is the product
    # is the project, as the expert labels of dev2.jsonl have it ('an open-source project management tool'),
    # while the tools a release ships are code
    ("We open-source Wren, a tool for evaluating LLMs.", "project"),
    ("We open-source the tools we used for evaluating LLMs.", "code"),
    # a compound ends in its head: an 'LLM engineering platform' is a platform
    ("Wren is an open source LLM engineering platform.", "project"),
    ("Wren is a free and open source LLM fine-tuning framework.", "project"),
    # a short abbreviation in parentheses stays inside the noun phrase
    ("We present Wren, an open-source Mixture-of-Experts (MoE) code language model.", "model"),
    # a participle before the head is an adjective of the compound ('interleaved'), after it a clause of its own
    ("Wren is an open-source **M**ultimodal **INT**erleaved dataset with one trillion tokens.", "data"),
    # model words after 'for', 'with', 'to' name what the software handles
    ("Wren is an open-source serving layer for 7B models.", "project"),
    ("Wren is an open-source platform for building LLM applications.", "project"),
    # a model word before the phrase counts as the subject or its appositive, not inside a leading
    # prepositional phrase and not after a preposition of purpose
    ("Unlike other models, it is fully open source.", "project"),
    ("Like many LLM tools, we are open source.", "project"),
    ("Wren, a 3B model, is fully open source.", "model"),
    # a database is software, whatever 'data' in its name says; so is a data infrastructure
    ("Wren 是一款高性能的开源分布式时序数据库。", "project"),
    ("Wren - the open-source data infrastructure for AI", "project"),
])
def test_the_sentence_says_what_is_open_without_a_known_model_release(sentence: str, target: str) -> None:
    # issue 14 item 4, in a repository where no weights were found (is_model_release=False)
    claim = only_claim("# Wren\n\n" + sentence + "\n", is_model_release=False)
    assert claim.target == target, claim.cue


def test_a_family_of_open_models_is_the_release_itself() -> None:
    # 'of' after a collection noun (family, series, suite ...) names what is released; after another noun
    # ('the robustness of open models') it names what the work is about
    assert [c.phrase for c in positives(in_body("We release a family of open-source 3B models for phones."))] == [
        "open-source"]
    assert [c.phrase for c in positives(in_body("We release a series of open-weight models."))] == ["open-weight"]
    assert positives(in_body("We release a benchmark of the robustness of open-source models.")) == []


def test_openly_available_under_a_licence_is_an_openness_phrase() -> None:
    # available on a licence's terms, as 'openly released' is; 'openly available datasets' alone is no phrase
    claim = only_claim(in_body("Wren is openly available under the MIT License."))
    assert claim.phrase == "openly available"
    assert claims_in(in_body("We fine-tune Wren on openly available datasets.")) == []


def test_what_is_free_software_under_an_open_licence_is_licensed_under_it() -> None:
    # 'This is free software under the GPL v3 open source license': the licence of the own release, no verb of
    # release needed
    assert len(positives(in_body("This is free software under the GPL v3 open source license."))) == 1
    assert len(positives(in_body("Wren is free software under the GPL v3, an open source license."))) == 1
    # a definite noun that names another's library is theirs
    assert positives(in_body("The Finch library is under the MIT open source license.")) == []


def test_the_release_as_a_whole_by_its_bare_noun_gives_what_it_holds() -> None:
    assert len(positives(in_body("The repository provides open-source implementations for each annotation phase."))) == 1
    assert positives(in_body("The repository uses open-source implementations for each annotation phase.")) == []
    assert positives(in_body("The paper provides open-source implementations for each phase.")) == []
