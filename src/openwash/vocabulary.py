"""The words openwash judges with: document roles, claim kinds, targets and strengths, evidence kinds.

One module, so that the discovery, the evidence collectors, the rules, the policy schema, the JSON
schema of `check --format json` and the org reports spell them the same way (tests/test_vocabulary.py
holds the schemas and the claim detector to these tuples).  No imports: anything may use it.
"""

from __future__ import annotations

# ----------------------------------------------------------------------------- document roles
# What a file is to the judgement, from its name (openwash.discovery.role_of).
README = "readme"
MODEL_CARD = "model_card"
DATA_CARD = "data_card"
DOCS = "docs"  # any other Markdown in scope
LICENSE = "license"
NOTICE = "notice"
USE_POLICY = "use_policy"  # USE_POLICY*, ACCEPTABLE_USE* ...
CITATION = "citation"  # CITATION.cff
PACKAGE = "package"  # pyproject.toml, package.json
PACKAGE_FILES = ("pyproject.toml", "package.json")  # (lower-cased) the package metadata read for its name and licence
# (lower-cased) the files that list what a project depends on, the package metadata among them
DEPENDENCY_MANIFESTS = frozenset(PACKAGE_FILES) | {"pubspec.yaml", "package-lock.json", "cargo.toml", "composer.json",
                                                  "environment.yml", "environment.yaml", "pipfile", "go.mod",
                                                  "build.gradle", "pom.xml", "gemfile", "requirements.txt"}
# Markdown read for evidence pointers only (openwash.discovery.source_file): a README in a folder (train/README.md)
# or a root page (TRAINING.md) without a card's front matter.  Claims are not looked for in it (a folder's README
# is often a copied one, a root page often speaks of others), but where the training code and data are is often
# told only there.
SIDE_PAGE = "side_page"
DOCUMENT_ROLES = (README, MODEL_CARD, DATA_CARD, DOCS, LICENSE, NOTICE, USE_POLICY, CITATION, PACKAGE, SIDE_PAGE)

# The file names parsed as Markdown (openwash.markdown.parse_document; the quick pass and discovery ask too).
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx", ".mkd")

# The metadata keys of a Hugging Face model or dataset card's front matter (the Hub's card specification).  A
# Markdown file that counts as a model card only by its front matter needs one of them: a design system's tokens
# ('colors:', 'typography:'), a web page's 'layout:' and 'title:' or an agent skill's 'name:' make no card.
HUB_CARD_KEYS = frozenset({
    "language", "license", "license_name", "license_link", "library_name", "tags", "datasets", "metrics",
    "base_model", "base_model_relation", "model-index", "model_name", "pipeline_tag", "widget", "inference",
    "thumbnail", "co2_eq_emissions", "new_version", "extra_gated_prompt", "extra_gated_fields",
    "pretty_name", "task_categories", "task_ids", "size_categories", "configs", "dataset_info", "source_datasets",
    "annotations_creators", "language_creators", "multilinguality", "paperswithcode_id",
})

# The keys of a page's front matter that say what the page is, as listed and searched (Docusaurus, Hugo, Jekyll,
# Mintlify, VitePress): openwash.markdown reads them as prose, and on a front page they are the project's title and
# tagline (openwash.claims.places).
FRONT_MATTER_PROSE_KEYS = ("title", "description", "subtitle", "summary", "tagline", "excerpt")

# Prose a release is described in: where evidence pointers and claims are looked for.
PROSE_ROLES = (README, MODEL_CARD, DOCS, DATA_CARD)
# Prose the training code and training data pointers are looked for in: side pages too.
EVIDENCE_PROSE_ROLES = (*PROSE_ROLES, SIDE_PAGE)
# The documents that present the release itself (front matter, gates, license statements).
CARD_ROLES = (README, MODEL_CARD)
# Prose about the model (a data card describes data).
MODEL_PROSE_ROLES = (README, MODEL_CARD, DOCS)
# Project documentation (not a card).
DOCUMENTATION_ROLES = (README, DOCS)
# The terms a release is under: found next to a model card in a subdirectory, they come with it.
TERMS_ROLES = (LICENSE, USE_POLICY, NOTICE)
# What `openwash claims FILE` parses a file as (a role outside these reads as docs).
CLAIMS_COMMAND_ROLES = (README, MODEL_CARD, DATA_CARD)

# ----------------------------------------------------------------------------- claims
CLAIM_KINDS = ("open-source", "open", "open-weights")
# The kinds that say "open source" (an open-weights claim is honest wording): what the org and audit
# reports count as open-source claims, and what OW106 holds to the base model's terms.
OPEN_SOURCE_KINDS = ("open-source", "open")
CLAIM_TARGETS = ("model", "weights", "code", "data", "project", "other")
# Targets that are (about) the model when the repository releases one.
MODEL_TARGETS = ("model", "weights", "project", "other")
CLAIM_STRENGTHS = ("strong", "plain", "partial")

# ----------------------------------------------------------------------------- evidence
# What a policy's `requirements` may ask a claim to be backed by.
EVIDENCE_KINDS = ("training_code", "training_data", "open_license", "weights", "ungated_weights")
# Requirement names that mean the same evidence: OSAID's "data information" is what the
# training_data evidence collector accepts (dataset links, datasets: metadata, data cards, data sections).
EVIDENCE_ALIASES = {"data_information": "training_data"}
# How a piece of evidence was found (the policy's `evidence:` section filters by these).
ITEM_KINDS = ("link", "path", "metadata", "section", "data_card", "code_block", "text")

# ----------------------------------------------------------------------------- severities
SEVERITIES = ("error", "warning", "notice")
