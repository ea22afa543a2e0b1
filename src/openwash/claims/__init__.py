"""Openness claims: sentences asserting that what this repository releases is open.

Interface (stable, used by the engine, the CLI and the benches).  One entry point judges,
:func:`find_claims`; one explains, :func:`explain_document`; the others are their per-block forms:

* :func:`find_in_text` judges one prose block (plain text, markup already
  removed) and returns :class:`ClaimHit` objects with character offsets.
* :func:`find_claims` runs it over a parsed :class:`~openwash.documents.Document`
  and returns :class:`Claim` objects with file, line and column of the claim
  phrase itself.
* :func:`explain_text` returns every openness phrase of a block with the
  decision taken on it and the rule that took it (claims and non-claims).

Negated claims are returned with ``negated=True``; callers decide what to do
with them (the rules ignore them, ``openwash claims`` lists them).

How a sentence is judged
------------------------
The detector is a small rule-based grammar, not a model.  It finds openness
phrases (``open source``/``open-sourced``/``fully open``/``open weights``/
``open model``/``openly released``/``开源``/``オープンソース``/``código abierto``/
``quelloffen``/``Open-Source-Modell`` ..., see :mod:`openwash.claims.lexicon`),
then asks, for each one, *who releases what* in its sentence.  The first rule
that decides wins, and its name is the ``cue`` (``openwash claims --explain``):

1. Not a claim at all: a question (``Is X open source?``, ``是否开源``), the
   title of a linked page (``[Sentry's Open Source Values](https://...)``), a
   name that merely contains the words (Open Source Initiative, Open LLM
   Leaderboard, a licence called "Open Model License"), a policy
   ``claims.exclude`` pattern.
2. **Negation** in scope (``not``, ``no longer``, ``non-``, ``never``, ``未``,
   ``没有``, ``ではない``, ``no es`` ..., and hedges such as ``may not``): the
   mention is returned with ``negated=True`` whoever it is about, and is never a
   finding.  ``not only ... but also open source`` is not a negation.
3. **Plans**: ``will be open-sourced``, ``plan to open-source``, ``coming
   soon``, an unchecked ``[ ]`` roadmap item, ``将开源``, ``予定`` — not claims
   (a ticked ``[x]`` item is a claim).
4. **Community and concepts**: the phrase heads ``community``,
   ``contributors``, ``movement``, ``社区``, ``开源学习活动``... or sits in an
   invitation (``Join our Discord to build open-source models``) — never a
   claim.
5. **Comparisons**: the phrase sits in a ranking or comparison (``outperforms
   open-source models``, ``SOTA among open-source models``, ``closed-source
   and open-source models``, ``在开源模型中``) — not a claim.  This covers the
   debatable "best among open-source models": users expect a ranking not to
   be reported as an openness claim, so it is not one; a sentence that
   predicates openness directly ("the largest open-source video model", "it
   is open source") still is.
6. **Requirements and definitions** (``must be open source``, ``an open
   source licence means ...``) and sentences addressed to the reader (``your
   open-source project``) — not claims.
7. **Who is the subject.**  A claim needs the author's own artifact as the
   one that is open: a first-person possessive on the noun phrase (``our
   open-source model``, ``我们的开源``), a first-person subject with a release
   verb (``we open-sourced``, ``我们开源了``, ``私たちは…オープンソース化``), a
   demonstrative (``this project is open source``, ``the model open-sourced
   here``, ``本仓库``), the repository's own name (``ClaimContext.own_names``
   plus the folder of a README or model card), a definite artifact noun
   (``the model weights are open-sourced``), a pronoun whose antecedent is
   the own artifact, a dated news item or a ticked roadmap item, or a
   tagline without a verb (``The open-source document signing platform.``).
   A third party as subject, possessor or agent (``Keycloak is an
   open-source IdP``, ``MAGVIT's VAE``, ``SWIFT, open-sourced by
   ModelScope``, ``thanks to X for open-sourcing``), a dependency verb or
   preposition (``built on``, ``using``, ``based on``, ``基于``, ``via``) and
   quantified or generic noun phrases (``other/many/most open-source
   models``, bare plurals) make it a non-claim.
8. Licence wording (``released under the MIT open-source license``) is a
   claim only when the own artifact is the subject; licence boilerplate
   (``open source licenses allow ...``) is not.  ``source-available`` and
   ``fair source`` are not openness phrases at all.
9. Places: a table cell that holds little more than the phrase is a claim
   when its row names the own artifact or one of its components (``| Wren
   weights | Open weights |``), never in the header row (an empty corner cell
   heads a comparison); a cell of an HTML table speaks of its row's first cell
   as a Markdown table's does; a model card's
   ``tags: [open-source]`` is a claim about the card's model; a cited title
   (``see Wren: Open Small Models for Phones``, a linked paper or post, a
   table-of-contents entry) asserts nothing.
10. Catalogues: a README whose title or lead presents others' work (``#
   Awesome …``, ``a curated list of``, ``Guide to …``, ``… Leaderboard``,
   ``…のカタログです``) describes what it lists; there only a sentence in the
   first person (or a link to the owner's own repository) is a claim
   (:mod:`~openwash.claims.cues.catalogue`).

Own names are ``ClaimContext.own_names`` (the engine passes the repository
name, card model names and the README title) plus what the document itself
says: its H1 title, the card's ``model_name``/``pretty_name`` and, for a README
or card inside a model folder (``models/NAME/README.md``), the folder name.

Debatable cases and the behaviour chosen: "SOTA / ranks first among
open-source models" → not a claim (comparison); "fully open for academic
research" → claim (strong); "open-core" → claim (partial); disclaimers
("we are not responsible for misuse of the open-source model") → claim;
headings that name a category ("## Open-weight models", "Open Source /
On-Premise") → not claims, while headings that predicate openness of the
own artifact ("MinIO is Open Source Software") are.

``target`` is taken from the noun the openness is said of (weights,
checkpoints → weights; model/LLM names → model; code, scripts,
implementations, tools → code; data, datasets, corpora → data; product,
platform, software → project; mixed artifact sets → other).  ``strength`` is
``strong`` for fully/truly/completely/100 %/完全/全面, ``partial`` when only a
component (code, data) is claimed or the sentence contrasts an open part with
a closed one, else ``plain``.

Layout of the package (one module per step; each docstring is that step's documentation)
--------------------------------------------------------------------------------------------
* :mod:`~openwash.claims.lexicon` — the words, one module per language; the prefilter is derived from them.
* :mod:`~openwash.claims.segment` — the first pass on raw text, sentences, phrase mentions.
* :mod:`~openwash.claims.prefilter` — the quick pass's first pass, stored so it needs no lexicon.
* :mod:`~openwash.claims.places` — where a sentence sits (lead, tagline, features list, model card).
* :mod:`~openwash.claims.grammar` — the order of the steps (:class:`~openwash.claims.grammar.Judge`).
* :mod:`~openwash.claims.cues` — negation, plans, comparisons, cited titles, catalogues.
* :mod:`~openwash.claims.ownership` — who is open; :mod:`~openwash.claims.cjk` — the same in CJK;
  :mod:`~openwash.claims.target` — what is open and how strongly.
* :mod:`~openwash.claims.record` — the decision record (:class:`Judgement`, :class:`Claim`).
* :mod:`~openwash.claims.detector` — documents: blocks in repository context, claims located in files.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from openwash.vocabulary import CLAIM_KINDS as KINDS
from openwash.vocabulary import CLAIM_STRENGTHS as STRENGTHS
from openwash.vocabulary import CLAIM_TARGETS as TARGETS

# The public names and the module that defines each, loaded on first use (PEP 562): the pre-commit hook's
# quick pass needs only the stored first pass (prefilter) and the record, not the grammar behind judging.
_MODULE_OF = {
    "LONG_SENTENCE": "detector", "MAX_PHRASES_PER_SENTENCE": "detector", "explain_document": "detector",
    "explain_text": "detector", "find_claims": "detector", "find_in_text": "detector",
    "own_places_of": "places",
    "CLAIM_ROLES": "record", "Claim": "record", "ClaimContext": "record", "ClaimHit": "record",
    "Judgement": "record",
    "may_contain_claim": "prefilter",
}

if TYPE_CHECKING:
    from openwash.claims.detector import (
        LONG_SENTENCE,
        MAX_PHRASES_PER_SENTENCE,
        explain_document,
        explain_text,
        find_claims,
        find_in_text,
    )
    from openwash.claims.places import own_places_of
    from openwash.claims.prefilter import may_contain_claim
    from openwash.claims.record import CLAIM_ROLES, Claim, ClaimContext, ClaimHit, Judgement


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'openwash.claims' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"openwash.claims.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "CLAIM_ROLES", "KINDS", "LONG_SENTENCE", "MAX_PHRASES_PER_SENTENCE", "STRENGTHS", "TARGETS", "Claim",
    "ClaimContext", "ClaimHit", "Judgement", "explain_document", "explain_text", "find_claims", "find_in_text",
    "may_contain_claim", "own_places_of",
]
