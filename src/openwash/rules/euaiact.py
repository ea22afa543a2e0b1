"""OW4xx — what the EU AI Act's open-source exemption for general-purpose AI models requires, as far as a
repository shows it (preset ``builtin:eu-ai-act-53-2``; off in every other preset).

Regulation (EU) 2024/1689, Article 53(2), exempts providers of general-purpose AI models released under a
free and open-source licence from the documentation duties of Art. 53(1)(a) and (b) — unless the model has
systemic risk — when the licence allows access, use, modification and distribution of the model, and its
parameters, including the weights, the information on the model architecture and the information on model
usage are made publicly available.  Recital 102 says what such a licence is (no field-of-use, commercial or
user-count limits; attribution and share-alike terms are allowed), recital 103 that a model provided against
a price or otherwise monetised does not benefit, and recital 104 that the copyright policy (Art. 53(1)(c))
and the training-content summary (Art. 53(1)(d)) apply to every provider, open source or not.  The
Commission's guidelines for providers of general-purpose AI models (July 2025) read these the same way.

These rules check the evidence openwash can see: a license, links, metadata and documentation.  They are an
evidence check, not legal advice: whether a model is a general-purpose AI model, whether it has systemic risk,
and whether it is monetised outside its repository are not visible here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from openwash import lazyre
from openwash.findings import Finding
from openwash.rules.base import Rule
from openwash.rules.context import RuleContext
from openwash.vocabulary import LICENSE, MODEL_PROSE_ROLES, NOTICE

OPEN = ("osi", "open-data")
_LIMITS = {
    "restricted": "field-of-use restrictions or user-count limits",
    "non-commercial": "a ban on commercial use",
    "source-available": "limits on use, modification or distribution",
    "proprietary": "no right to use, modify or distribute",
    "unknown": "terms openwash cannot identify",
}
MONETISATION_RE = lazyre.compile(
    r"\b(?:commercial|enterprise|business|premium|pro)\s+licen[cs](?:e|es|ing)\s+(?:is\s+|are\s+)?(?:available|"
    r"offered|sold|required)\s+(?:for (?:a )?(?:fee|purchase|sale)|for purchase|at (?:a )?(?:cost|price)|by contacting|"
    r"from (?:us|our sales))|"
    r"\b(?:paid|premium|enterprise)\s+(?:licen[cs]e|tier|plan|subscription|edition)s?\b|"
    r"\b(?:contact|email)\s+(?:us|our sales(?: team)?|sales)\s+(?:for|about|to (?:buy|purchase|obtain))\s+(?:a\s+)?"
    r"(?:commercial|enterprise|paid)\b|"
    r"\b(?:usage|licen[cs](?:e|ing)|subscription|access)\s+fees?\b|\broyalt(?:y|ies)\b|"
    r"\bper[- ](?:token|request|call|seat)\s+(?:pricing|price|fees?|charges?)\b|"
    r"\b(?:only|exclusively)\s+(?:available\s+)?(?:through|via|on)\s+(?:our|the)\s+(?:paid\s+)?(?:api|platform|cloud)\b|"
    r"\bapi[- ]only\b|\bnot (?:released|available) as weights\b|\bpricing\b",
    re.I,
)
COPYRIGHT_POLICY_RE = lazyre.compile(
    r"\bcopyright (?:policy|compliance)\b|\bopt[- ]?outs?\b|\brobots\.txt\b|\btext and data mining\b|\bTDM\b|"
    r"\breservations? of rights\b|\bDirective \(EU\) 2019/790\b|\bArticle 4\(3\)", re.I)
SUMMARY_RE = lazyre.compile(r"\b(?:public )?summary of (?:the )?(?:content|data) used for training\b|"
                            r"\btraining (?:content|data) summary\b", re.I)


def _applies(ctx: RuleContext, rule: str) -> bool:
    """Model releases only (the engine runs no check of a rule the policy turns off)."""
    return ctx.is_model_release


def _anchor(ctx: RuleContext) -> tuple[str, int]:
    """Where a repository-level finding points: the model card, else the root README, else the first file."""
    from openwash.components import model_card_doc  # lazy: the release model, built for EU AI Act rules only

    card = model_card_doc(ctx)
    if card is not None:
        return card.path, 1
    for doc in ctx.docs:
        if doc.role == "readme" and "/" not in doc.path:
            return doc.path, 1
    return (ctx.docs[0].path, 1) if ctx.docs else ("README.md", 1)


def _components(ctx: RuleContext):
    cached = getattr(ctx, "_ow4_components", None)
    if cached is None:
        from openwash.components import build  # lazy: as in _anchor

        cached = build(ctx)
        ctx._ow4_components = cached  # type: ignore[attr-defined]
    return cached


def _repo_finding(ctx: RuleContext, rule: str, message: str, hint: str, file: str = "", line: int = 0
                  ) -> Finding | None:
    if not file:
        file, line = _anchor(ctx)
    return ctx.finding(rule, file, line, 1, message, hint)


def check_license(ctx: RuleContext) -> Iterable[Finding]:
    if not _applies(ctx, "OW401"):
        return
    sources = ctx.evidence.licenses_for("weights")
    if not sources:
        f = _repo_finding(ctx, "OW401", "no license is stated for the model: Art. 53(2) needs a free and open-source "
                          "licence (recital 102)", "state the weights' license (LICENSE file and `license:` in "
                          "the model card), one without field-of-use, commercial or user-count limits")
        if f:
            yield f
        return
    for s in sources:
        if s.license.category in OPEN:
            continue
        limit = _LIMITS.get(s.license.category, "limits")
        f = _repo_finding(ctx, "OW401", f"the model's license {s.license.name} ({s.license.category}) has "
                          f"{limit}: Art. 53(2) and recital 102 need a licence that allows access, use, "
                          "modification and distribution without field-of-use, commercial or user-count limits",
                          "release the weights under an OSI-approved or open-data license (attribution and "
                          "share-alike terms are allowed, recital 102); otherwise the Art. 53(2) exemption does "
                          "not apply", s.file, s.line)
        if f:
            yield f
        return


def check_weights(ctx: RuleContext) -> Iterable[Finding]:
    if not _applies(ctx, "OW402"):
        return
    comp = _components(ctx).component("Model parameters (Final)")
    gate = _components(ctx).gated
    if comp.included == "no":
        f = _repo_finding(ctx, "OW402", "no public weights were found: Art. 53(2) and recital 102 need the "
                          "parameters, including the weights, made publicly available",
                          "link the weights (a model hub page, a release download) from the README or model card")
    elif gate is not None:
        f = _repo_finding(ctx, "OW402", "the weights are gated (access on request): Art. 53(2) and recital 102 "
                          "need the weights made publicly available", "remove the access gate "
                          "(`extra_gated_*` metadata, request forms) so that anyone can download the weights",
                          gate.file, gate.line)
    else:
        return
    if f:
        yield f


def check_architecture(ctx: RuleContext) -> Iterable[Finding]:
    if not _applies(ctx, "OW403"):
        return
    comp = _components(ctx).component("Model architecture")
    # model code, or a description; a usage snippet through a library alone says nothing about the architecture
    if comp.included == "yes" or "described" in comp.reason:
        return
    f = _repo_finding(ctx, "OW403", "no information on the model architecture was found: Art. 53(2) and recital "
                      "102 need it made publicly available", "add an architecture section (type, layers, hidden "
                      "size, attention, context length) or the model code")
    if f:
        yield f


def check_usage(ctx: RuleContext) -> Iterable[Finding]:
    if not _applies(ctx, "OW404"):
        return
    from openwash.components import _USAGE_HEADING_RE  # lazy: as in _anchor

    comp = _components(ctx).component("Inference code")
    if comp.included != "no":
        return
    for doc in ctx.docs:
        if doc.role in MODEL_PROSE_ROLES and any(
                b.kind == "heading" and _USAGE_HEADING_RE.search(b.text) for b in doc.blocks):
            return
    f = _repo_finding(ctx, "OW404", "no information on model usage was found: Art. 53(2) and recital 102 need it "
                      "made publicly available", "add a 'Usage' or 'How to use' section with a runnable example, "
                      "and the intended uses and limitations")
    if f:
        yield f


# Where a sign of monetisation is looked for.  (This tuple once also held "policy_doc", a role no document
# has: acceptable-use policies are USE_POLICY and have never been scanned here.)
OW405_ROLES = (*MODEL_PROSE_ROLES, LICENSE, NOTICE)


def check_monetisation(ctx: RuleContext) -> Iterable[Finding]:
    if not _applies(ctx, "OW405"):
        return
    for doc in ctx.docs:
        if doc.role not in OW405_ROLES:
            continue
        for block in doc.blocks:
            m = MONETISATION_RE.search(block.text)
            if m is None:
                continue
            pos = block.position(m.start())
            f = ctx.finding("OW405", doc.path, pos.line, pos.column,
                            f"sign of monetisation ('{m.group(0)}'): recital 103 excludes models provided against a "
                            "price or otherwise monetised from the Art. 53(2) exemption",
                            "if the model is offered for a fee, in a paid license tier, or only through a paid API, "
                            "the exemption does not apply; if the sentence is about something else, suppress this "
                            "finding with a reason")
            if f:
                yield f
            return


def check_training_summary(ctx: RuleContext) -> Iterable[Finding]:
    if not _applies(ctx, "OW406"):
        return
    if ctx.evidence.training_data:
        return
    for doc in ctx.docs:
        if any(SUMMARY_RE.search(b.text) for b in doc.blocks):
            return
    f = _repo_finding(ctx, "OW406", "no summary of the content used for training was found: Art. 53(1)(d) applies "
                      "to every provider, open source or not (recital 104; recital 107 on the summary)",
                      "publish a summary of the training content (the AI Office's template), or at least name "
                      "the training datasets and sources in a data card or 'Training data' section")
    if f:
        yield f


def check_copyright_policy(ctx: RuleContext) -> Iterable[Finding]:
    if not _applies(ctx, "OW407"):
        return
    for doc in ctx.docs:
        if any(COPYRIGHT_POLICY_RE.search(b.text) or COPYRIGHT_POLICY_RE.search(b.heading or "") for b in doc.blocks):
            return
    f = _repo_finding(ctx, "OW407", "no copyright policy was found: Art. 53(1)(c) applies to every provider, open "
                      "source or not (recital 104; recital 106 on text-and-data-mining opt-outs)",
                      "publish the policy to comply with Union copyright law, including how opt-outs under "
                      "Art. 4(3) of Directive (EU) 2019/790 (e.g. robots.txt) are honoured, and link it")
    if f:
        yield f


_DOC_TAIL = """

This is an evidence check, not legal advice.  Enabled by the preset
`builtin:eu-ai-act-53-2` (off in the other presets); applies to model releases
only."""

RULES = [
    Rule("OW401", "eu-license-limits", "EU AI Act Art. 53(2): the license limits use (field of use, commerce, users)",
         "error", """The Art. 53(2) exemption needs a free and open-source licence: recital 102
says it must allow the model to be openly shared and freely accessed, used,
modified and redistributed, and that a licence with field-of-use, commercial
or user-count limits (an acceptable-use policy, a monthly-active-user
threshold, a non-commercial clause) is not one.  Attribution and share-alike
terms are allowed.  openwash takes the license of the weights (LICENSE text,
model card `license:`) and reports it when its category is not `osi` or
`open-data`, or when no license is stated.

Source: Regulation (EU) 2024/1689, Art. 53(2); recital 102.

Fix: release the weights under an OSI-approved or open-data license, or do not
rely on the exemption.""" + _DOC_TAIL, check_license),
    Rule("OW402", "eu-weights-not-public", "EU AI Act Art. 53(2): weights not publicly available (missing or gated)",
         "error", """The exemption needs the parameters, including the weights, made publicly
available.  openwash reports a model release with no weights pointer (hub link,
download, weight files), and weights behind an access gate (`extra_gated_*`
model card metadata, "request access" wording).

Source: Regulation (EU) 2024/1689, Art. 53(2); recital 102.

Fix: link the weights and remove the access gate.""" + _DOC_TAIL, check_weights),
    Rule("OW403", "eu-no-architecture-info", "EU AI Act Art. 53(2): no information on the model architecture",
         "error", """The exemption needs the information on the model architecture made publicly
available.  openwash accepts model code in the tree or an architecture
description (an architecture section with type, layers, hidden size,
attention, context length; "a decoder-only transformer ...").  A usage snippet
through a library alone does not describe the architecture.

Source: Regulation (EU) 2024/1689, Art. 53(2); recital 102.

Fix: add an architecture section to the model card or README.""" + _DOC_TAIL, check_architecture),
    Rule("OW404", "eu-no-usage-info", "EU AI Act Art. 53(2): no information on model usage", "error",
         """The exemption needs the information on model usage made publicly available.
openwash accepts inference code, a usage snippet, or a section on usage
("Usage", "How to use", "Quick start", "Intended uses", "Limitations").

Source: Regulation (EU) 2024/1689, Art. 53(2); recital 102.

Fix: add a usage section with a runnable example and the intended uses.""" + _DOC_TAIL, check_usage),
    Rule("OW405", "eu-monetised", "EU AI Act recital 103: a sign that the model is monetised", "error",
         """Recital 103: the exemption does not cover a model provided against a price or
otherwise monetised — a paid license tier, usage fees, a model offered only
through a paid API in place of the weights, paid technical support tied to the
model.  openwash reports the first sentence in the README, model card, docs or
license texts that says so ("commercial license available for a fee", "paid
tier", "usage fees", "API-only", "pricing").  Monetisation outside the
repository is not visible.

Source: Regulation (EU) 2024/1689, Art. 53(2); recital 103.

Fix: none if the model is monetised (the exemption does not apply); if the
sentence is about something else, suppress the finding with a reason:

    <!-- openwash-disable-next-line OW405 -- pricing of our hosted demo, not of the model -->""" + _DOC_TAIL,
         check_monetisation),
    Rule("OW406", "eu-no-training-summary", "EU AI Act Art. 53(1)(d): no summary of the training content",
         "error", """Every provider of a general-purpose AI model, open source or not, must publish
a sufficiently detailed summary of the content used for training (recital 104
keeps this duty for open-source models; recital 107 describes the summary).
openwash accepts training-data evidence (dataset links, `datasets:` metadata, a
data card, a 'Training data' section naming sources) or a published training
content summary.

Source: Regulation (EU) 2024/1689, Art. 53(1)(d); recitals 104 and 107.

Fix: publish the summary (the AI Office's template) and link it.""" + _DOC_TAIL, check_training_summary),
    Rule("OW407", "eu-no-copyright-policy", "EU AI Act Art. 53(1)(c): no copyright policy", "error",
         """Every provider of a general-purpose AI model, open source or not, must put in
place a policy to comply with Union copyright law, in particular to honour
text-and-data-mining opt-outs (Art. 4(3) of Directive (EU) 2019/790); recital
104 keeps this duty for open-source models, recital 106 describes it.  openwash
looks for a copyright policy, opt-out, robots.txt or text-and-data-mining
statement in the documents it reads.

Source: Regulation (EU) 2024/1689, Art. 53(1)(c); recitals 104 and 106.

Fix: publish the copyright policy and link it from the README or model card.""" + _DOC_TAIL,
         check_copyright_policy),
]
