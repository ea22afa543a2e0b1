"""OW1xx — openness claims compared with the evidence the repository gives."""

from __future__ import annotations

from collections.abc import Iterable

from openwash.claims import Claim
from openwash.evidence import LicenseSource
from openwash.evidence.access import gate_summary
from openwash.findings import SEVERITY_ORDER, Finding
from openwash.licenses import _RANK, License
from openwash.records import replace
from openwash.rules.base import Rule
from openwash.rules.context import RuleContext
from openwash.vocabulary import MODEL_TARGETS, OPEN_SOURCE_KINDS


def _positive_claims(ctx: RuleContext) -> list[Claim]:
    return [c for c in ctx.claims if not c.negated]


def _license_label(sources: list[LicenseSource]) -> str:
    names = []
    for s in sources:
        if s.license.name not in names:
            names.append(s.license.name)
    return ", ".join(names) if names else "no stated license"


def honest_wording(ctx: RuleContext, claim: Claim | None = None) -> str:
    """A description of this release that would be true, for hints.

    Plain software: "open source under X" when X is open, otherwise "source-available under X".  A model
    release: "an open-weights model" only when weights are downloadable under open terms, otherwise
    "a weights-available model"; the base model of a fine-tune; what is not released."""
    ev = ctx.evidence
    if not (ctx.is_model_release if claim is None else model_release_for(ctx, claim)):
        lic = ev.licenses_for("code")
        if not lic:
            return "source-available (no license stated: all rights reserved)"
        if all(ctx.policy.license_allowed("code", s.license) for s in lic):
            return f"open source under the {_license_label(lic)}"
        return f"source-available under the {_license_label(lic)}"
    parts = []
    weights_lic = ev.licenses_for("weights")
    open_weights = bool(weights_lic) and all(ctx.policy.license_allowed("weights", s.license) for s in weights_lic)
    kind = "an open-weights model" if open_weights and ev.weights and not ev.gates else "a weights-available model"
    if weights_lic:
        kind += f" (weights under the {_license_label(weights_lic)})"
    bases = [b for b in ev.base_models if b.license_id or b.data_open is not None]
    if bases:
        relation = bases[0].relation if all(b.relation == bases[0].relation for b in bases) else "merge"
        if len(bases) > 1 and relation == "finetune":
            relation = "merge"
        kind += f", {_LINEAGE_WORDS.get(relation, 'fine-tuned from')} {', '.join(dict.fromkeys(b.label for b in bases))}"
    parts.append(kind)
    missing = []
    if not ev.training_code:
        missing.append("training code")
    if not ev.training_data:
        missing.append("training data")
    if missing:
        parts.append(f"{' and '.join(missing)} {'are' if len(missing) > 1 else 'is'} not released")
    return "; ".join(parts)


def _claim_finding(ctx: RuleContext, rule: str, claim: Claim, message: str, hint: str,
                   missing: tuple[str, ...] = ()) -> Finding | None:
    # The claim knows where its phrase ends (a phrase can run over a soft line break).
    end_line = claim.extra.get("end_line", claim.line)
    end_column = claim.extra.get("end_column", claim.column + len(claim.phrase))
    return ctx.finding(rule, claim.file, claim.line, claim.column, message, hint, claim=claim.text,
                       end_line=end_line, end_column=end_column, missing=missing,
                       extra={"block_kind": claim.block_kind, "per_claim": True})


def model_release_for(ctx: RuleContext, claim: Claim) -> bool:
    """Whether the model-release requirements apply to ``claim``: in a model release, and for any claim about
    a model or its weights (a pre-release, weights hosted elsewhere) unless the policy says
    ``model_release: no``."""
    if ctx.is_model_release:
        return True
    return claim.target in ("model", "weights") and ctx.policy.model_release != "no"


def _requirements(ctx: RuleContext, claim: Claim) -> list[str]:
    return ctx.policy.requirements(claim.kind, claim.target, model_release_for(ctx, claim))


def check_training_code(ctx: RuleContext) -> Iterable[Finding]:
    if ctx.evidence.training_code:
        return
    for claim in _positive_claims(ctx):
        if "training_code" not in _requirements(ctx, claim):
            continue
        f = _claim_finding(
            ctx, "OW101", claim,
            f"'{claim.phrase}' claim, but no pointer to the training code was found"
            + (f" ({'; '.join(e.value for e in ctx.evidence.not_counted[:2])})" if ctx.evidence.not_counted else ""),
            "link the code that trained the released weights (training scripts, configs, recipes), "
            f"or describe the release as it is: {honest_wording(ctx, claim)}",
            ("training_code",))
        if f:
            yield f


def check_training_data(ctx: RuleContext) -> Iterable[Finding]:
    if ctx.evidence.training_data:
        return
    for claim in _positive_claims(ctx):
        if "training_data" not in _requirements(ctx, claim):
            continue
        f = _claim_finding(
            ctx, "OW102", claim,
            f"'{claim.phrase}' claim, but no pointer to the training data or data information was found",
            "link the training datasets, add `datasets:` to the model card, or add a data card / "
            "'Training data' section that names the sources, sizes and filtering; "
            f"otherwise say: {honest_wording(ctx, claim)}",
            ("training_data",))
        if f:
            yield f


def _components(claim: Claim, model_release: bool) -> list[str]:
    if not model_release:
        return ["code"]
    if claim.target == "code":
        return ["code"]
    if claim.target == "data":
        return ["data"]
    return ["weights", "code"]


def _not_open(ctx: RuleContext, claim: Claim) -> tuple[list[tuple[str, License]], bool]:
    """Licenses that fail the policy for what the claim is about, and whether any license was found."""
    bad: list[tuple[str, License]] = []
    found_any = False
    components = _components(claim, model_release_for(ctx, claim))
    for i, component in enumerate(components):
        sources = ctx.evidence.licenses_for(component)
        if not sources:
            if i == 0:
                continue
            continue
        found_any = True
        for s in sources:
            if not ctx.policy.license_allowed(component, s.license) and (component, s.license) not in bad:
                bad.append((component, s.license))
    return bad, found_any


def check_license(ctx: RuleContext) -> Iterable[Finding]:
    for claim in _positive_claims(ctx):
        if "open_license" not in _requirements(ctx, claim):
            continue
        bad, found_any = _not_open(ctx, claim)
        if not found_any:
            f = _claim_finding(
                ctx, "OW103", claim,
                f"'{claim.phrase}' claim, but no license was found (no license means all rights reserved)",
                "add a LICENSE file with an OSI-approved license (and state the weights license in the model card)",
                ("open_license",))
        elif bad:
            described = "; ".join(f"{component}: {lic.name} ({lic.category})" for component, lic in bad)
            f = _claim_finding(
                ctx, "OW103", claim,
                f"'{claim.phrase}' claim, but the license is not open — {described}",
                "relicense under an OSI-approved license (open-data licenses such as CC-BY-4.0 are fine for weights "
                f"and data), or describe the release as it is: {honest_wording(ctx, claim)}",
                ("open_license",))
        else:
            continue
        if f:
            yield f


def check_weights(ctx: RuleContext) -> Iterable[Finding]:
    if ctx.evidence.weights:
        return
    for claim in _positive_claims(ctx):
        if "weights" not in _requirements(ctx, claim):
            continue
        f = _claim_finding(ctx, "OW104", claim,
                           f"'{claim.phrase}' claim, but no pointer to downloadable weights was found",
                           "link the weights (a model hub page or a release download) next to the claim",
                           ("weights",))
        if f:
            yield f


def check_placeholders(ctx: RuleContext) -> Iterable[Finding]:
    if not (ctx.is_model_release or _positive_claims(ctx)):
        return
    for item in ctx.evidence.placeholders:
        f = ctx.finding("OW105", item.file, item.line, 1,
                        f"placeholder where a pointer should be: {item.value}",
                        "replace the placeholder with a real link or description, or remove the section until "
                        "there is something to point to")
        if f:
            yield f


_RELATION_WORDS = {"finetune": "a fine-tune of", "adapter": "an adapter on", "merge": "a merge of",
                   "quantized": "a quantized copy of"}
_LINEAGE_WORDS = {"finetune": "fine-tuned from", "adapter": "an adapter on", "merge": "a merge of",
                  "quantized": "a quantized copy of"}


def lineage_problem(ctx: RuleContext) -> tuple[str, str] | None:
    """(what is wrong with the bases, how to name the lineage) when a base's license or data is not open.

    For a merge or a list of bases, the most restrictive base license and the least open base data govern;
    a quantized copy or an adapter inherits its base's openness entirely."""
    bases = [b for b in ctx.evidence.base_models if b.license_id or b.data_open is not None]
    if not bases:
        return None
    relation = bases[0].relation if all(b.relation == bases[0].relation for b in bases) else "merge"
    if len(bases) > 1 and relation == "finetune":
        relation = "merge"
    named = ", ".join(dict.fromkeys(b.label for b in bases))
    this = f"{_RELATION_WORDS.get(relation, 'a fine-tune of')} {named}"
    lineage = f"{_LINEAGE_WORDS.get(relation, 'fine-tuned from')} {named}"
    closed = [b for b in bases if b.license_id and not ctx.policy.license_allowed(
        "weights", License(b.license_id, b.license_name or b.license_id, b.license_category))]
    reasons = []
    if closed:
        worst = max(closed, key=lambda b: _RANK.get(b.license_category, 2))
        who = f", from {worst.label}" if len(bases) > 1 else ""
        lic_name = worst.license_name or worst.license_id
        reasons.append(f"{'the most restrictive base license is' if len(bases) > 1 else 'its weights are under'} "
                       f"{lic_name} ({worst.license_category}{who})")
    no_data = [b for b in bases if b.data_open is False]
    if no_data:
        if len(bases) > 1:
            reasons.append(f"the training data of {', '.join(dict.fromkeys(b.label for b in no_data))} "
                           f"{'is' if len(no_data) == 1 else 'are'} not released")
        else:
            reasons.append("its training data is not released")
    if not reasons:
        return None
    inherit = ", which inherits its base's openness" if relation in ("quantized", "adapter") else ""
    return f"{this}{inherit} ({'; '.join(reasons)})", lineage


def check_base_models(ctx: RuleContext) -> Iterable[Finding]:
    claims = [c for c in _positive_claims(ctx)
              if c.kind in OPEN_SOURCE_KINDS and c.target in MODEL_TARGETS and model_release_for(ctx, c)]
    if not claims:
        return
    problem = lineage_problem(ctx)
    if problem is None:
        return
    what, lineage = problem
    for claim in claims:
        f = _claim_finding(
            ctx, "OW106", claim,
            f"'{claim.phrase}' claim, but this is {what}",
            f"a derived model inherits its base's terms and undisclosed data: say '{lineage}' "
            f"and describe the release as it is: {honest_wording(ctx, claim)}")
        if f:
            yield f


def check_gated_weights(ctx: RuleContext) -> Iterable[Finding]:
    if not ctx.evidence.gates:
        return
    gate = gate_summary(ctx.evidence.gates)
    where = ctx.evidence.gates[0]
    for claim in _positive_claims(ctx):
        if claim.target not in MODEL_TARGETS or not model_release_for(ctx, claim):
            continue
        strict = "ungated_weights" in _requirements(ctx, claim)
        if claim.kind in OPEN_SOURCE_KINDS:
            ceiling = ""
        elif claim.kind == "open-weights":
            # Honest wording for weights anyone may download; for gated weights at most a warning, unless the
            # policy requires ungated weights (osaid-1.0).  A severity below the rule's default is a ceiling
            # the engine keeps when it applies the policy's severity for OW107.
            ceiling = "" if strict else "warning"
        else:
            continue
        f = _claim_finding(
            ctx, "OW107", claim,
            f"'{claim.phrase}' claim, but the weights are gated ({gate}; {where.file}:{where.line})",
            "open weights can be downloaded without asking permission: remove the gate (click-through, request "
            "form, approval, geo-block), or describe the release as it is: weights available on request"
            + (f"; {honest_wording(ctx, claim)}" if claim.kind != "open-weights" else ""))
        if f:
            if ceiling and SEVERITY_ORDER[ceiling] > SEVERITY_ORDER[f.severity]:
                f = replace(f, severity=ceiling)
            yield f


_DOC_HEAD = """Applies to claims that are not negated.  Which claims need which evidence
is the policy's `requirements` setting; by default an open-source or
fully-open claim about a model, its weights or the project of a model release
needs training code, training data (or data information) and an open license,
while an open-weights claim only needs a weights pointer."""

RULES = [
    Rule("OW101", "claim-without-training-code", "Open-source claim, but no training-code pointer", "error",
         f"""Weights are the build artifact of an ML model; the training code is part of its source
(OSI Open Source AI Definition: "the complete source code used to train and run
the system").  This rule fires when a claim that needs training code has no
pointer to it: no training entry point in the tree (train*.py, pretrain*,
finetune*, training/, recipes/, training configs) and no link whose text,
sentence or section is about training code.

{_DOC_HEAD}

Fix: link the code that trained the released weights, for example
`Training code: [recipes/pretrain](recipes/pretrain)`, or reword the claim:
"open-weights model" / "weights released under the X license; training code
and data are not released".""", check_training_code, backs_claim=True),
    Rule("OW102", "claim-without-training-data", "Open-source claim, but no training-data pointer", "error",
         f"""The OSI Open Source AI Definition requires data information detailed
enough that a skilled person can build a substantially equivalent system.
This rule fires when a claim that needs training data has no pointer: no
`datasets:` in the model card, no dataset link in a data context, no data
card or datasheet, no "Training data" section naming sources.  Vague text
("publicly available sources") and placeholders ("coming soon") do not count.

{_DOC_HEAD}

Fix: link the datasets, add `datasets:` metadata or a data card, or reword
the claim.""", check_training_data, backs_claim=True),
    Rule("OW103", "claim-with-closed-license", "Open-source claim, but the license is not open", "error",
         f"""An open-source claim needs an open license: OSI-approved for code, and for
weights and data OSI-approved or open-data terms (policy `licenses`).
Community licenses with use or user limits (Llama, Gemma), RAIL licenses,
non-commercial, source-available (BUSL, SSPL, Elastic, FSL) and proprietary
terms are not open.  No license at all means all rights reserved.  For a model
release the weights license is checked (and the code license when one is
stated); for code claims and for plain software, the code license.

{_DOC_HEAD}

Fix: relicense, or describe the release as it is ("weights available under
the Llama 3 Community License").""", check_license, backs_claim=True),
    Rule("OW104", "open-weights-without-weights", "Open-weights claim, but no weights pointer", "warning",
         """An open-weights claim is honest wording when the weights can be downloaded.
This rule fires when no model-hub link, release download or weight file was
found.

Fix: link the weights next to the claim.""", check_weights),
    Rule("OW105", "placeholder-pointer", "Placeholder where a pointer should be", "warning",
         """"Coming soon", "TBD", "available upon request" and "[More Information
Needed]" stand where a pointer to data, code or weights should be.  They
never count as evidence, and are reported so that they get replaced.

Fix: replace the placeholder with the real link or description.""", check_placeholders),
    Rule("OW106", "fine-tune-of-closed-base", "Open-source claim about a fine-tune of a closed base", "error",
         """A fine-tune inherits its base model's license and undisclosed training data.
When the model card's `base_model` (a string or a list) or the text ("fine-tuned
from X") names a well-known base whose weights license is not open or whose
training data is not released, an open-source claim about the fine-tune is
flagged, naming the base.  `base_model_relation` is read: for a merge (or a
list of bases) the most restrictive base license and the least open base data
govern; a quantized copy or an adapter inherits its base's openness entirely
(and, when the base is fully open, its training code and data count for the
copy).  A base is the repository's own, and no base, only when this repository
releases it (its weights link is here, or the repository belongs to the
organization that publishes it) -- never because the fine-tune is named after
it.

Fix: say "fine-tuned from X" and describe the release as open weights at
most.""", check_base_models, backs_claim=True),
    Rule("OW107", "claim-about-gated-weights", "Open-source or open-weights claim about gated weights", "error",
         """Weights behind a gate are not released for anyone to use: a Hugging Face
click-through or request form (`gated:`, `extra_gated_prompt`,
`extra_gated_fields`, `extra_gated_heading` in the card's front matter), a
geo-block (`extra_gated_eu_disallowed`), or a README that says access must be
requested or approved ("request access", "fill out the form", "access is
granted after approval", "需申请").  The OSI Open Source AI Definition needs
weights usable without asking permission, and the European Open Source AI
Index rates gated weights as only partially open.  The gate is reported in the
evidence as `access: gated` (JSON `evidence.access`, `evidence.gates`).

Severity: the rule's severity (default error) for open-source and open
claims; at most a warning for open-weights claims, unless the policy's
`requirements` for the claim list `ungated_weights` (the `osaid-1.0` preset
does: gated weights are not open weights), when it is the rule's severity.

Fix: remove the gate, or describe the release as it is: "weights available on
request under the X license".""", check_gated_weights),
]
