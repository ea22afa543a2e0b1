"""OW2xx — license metadata that contradicts itself."""

from __future__ import annotations

import re
from collections.abc import Iterable

from openwash.findings import Finding
from openwash.licenses import License
from openwash.rules.base import Rule
from openwash.rules.context import RuleContext


def _same_terms(a: License, b: License) -> bool:
    if a.id == b.id:
        return True
    ids_a = set(a.id.replace("(", "").replace(")", "").split(" OR "))
    ids_b = set(b.id.replace("(", "").replace(")", "").split(" OR "))
    if ids_a & ids_b:
        return True
    # GPL-3.0-only vs GPL-3.0-or-later and the like: the same license family and version.
    norm = {re.sub(r"-(?:only|or-later)$|\+$", "", i) for i in ids_a}
    return bool(norm & {re.sub(r"-(?:only|or-later)$|\+$", "", i) for i in ids_b})


def check_card_vs_license_file(ctx: RuleContext) -> Iterable[Finding]:
    """OW201: the model card's `license:` names other terms than the LICENSE file beside it."""
    sources = ctx.evidence.licenses
    if any(t.component in ("weights", "code") and t.how == "text" for t in sources):
        return  # the repository separates code and model licenses; the card covers the model
    for s in sources:
        if s.how != "front_matter" or s.component != "weights":
            continue
        card_dir = s.file.rsplit("/", 1)[0] if "/" in s.file else ""
        files = [t for t in sources if t.how == "text" and t.component in ("repo", "weights")
                 and (t.file.rsplit("/", 1)[0] if "/" in t.file else "") == card_dir]
        if not files:
            continue
        doc = next((d for d in ctx.docs if d.path == s.file), None)
        link = (doc.front_matter.get_str("license_link") or "") if doc and doc.front_matter else ""
        if link and any(link.strip("./") == t.file.rsplit("/", 1)[-1] or link.endswith("/" + t.file) for t in files):
            continue  # the card names the LICENSE file as its terms
        if any(_same_terms(s.license, t.license) for t in files):
            continue
        if s.license.category == "unknown" and s.license.id.startswith("LicenseRef-"):
            continue  # an unnamed custom license: OW202 covers that
        t = files[0]
        f = ctx.finding("OW201", s.file, s.line, 1,
                        f"model card says license {s.license.name}, but {t.file} is {t.license.name}",
                        "make the card's `license:` match the LICENSE file, or split the licenses explicitly "
                        "(LICENSE-CODE / LICENSE-MODEL) and say which covers what")
        if f:
            yield f


def check_other_without_name(ctx: RuleContext) -> Iterable[Finding]:
    for doc in ctx.docs:
        fm = doc.front_matter
        if fm is None or (fm.get_str("license") or "").lower() != "other":
            continue
        if fm.get_str("license_name") and fm.get_str("license_link"):
            continue
        missing = [k for k in ("license_name", "license_link") if not fm.get_str(k)]
        f = ctx.finding("OW202", doc.path, fm.line_of("license"), 1,
                        f"`license: other` without {' and '.join(missing)}",
                        "add `license_name:` (a short id) and `license_link:` (the LICENSE file or a URL) so that "
                        "people and tools can tell what the terms are")
        if f:
            yield f


def check_package_vs_weights(ctx: RuleContext) -> Iterable[Finding]:
    if not ctx.is_model_release:
        return
    pkg = [s for s in ctx.evidence.licenses if s.how == "package" and s.license.category == "osi"]
    weights = [s for s in ctx.evidence.licenses_for("weights") if s.how != "package"]
    bad = [s for s in weights if not ctx.policy.license_allowed("weights", s.license)
           and s.license.category != "unknown"]
    if not pkg or not bad:
        return
    f = ctx.finding("OW203", pkg[0].file, pkg[0].line, 1,
                    f"package metadata says {pkg[0].license.name} (OSI-approved), but the weights are under "
                    f"{bad[0].license.name} ({bad[0].license.category})",
                    "state in the package metadata and README that the OSI license covers the code only")
    if f:
        yield f


RULES = [
    Rule("OW201", "card-license-mismatch", "Model card license disagrees with the LICENSE file", "warning",
         """The model card's `license:` and the repository's LICENSE file name
different licenses, and the repository does not say which covers what
(separate LICENSE-CODE / LICENSE-MODEL files).  Users cannot tell the terms.

Fix: make them agree, or split and label the licenses.""", check_card_vs_license_file),
    Rule("OW202", "license-other-unnamed", "`license: other` without license_name/license_link", "warning",
         """Hugging Face cards with `license: other` must add `license_name` and
`license_link` so that the terms can be found and classified.

Fix: add both keys.""", check_other_without_name),
    Rule("OW203", "package-osi-weights-closed", "Package metadata says OSI, but the weights license is not open",
         "warning",
         """pyproject.toml (or other package metadata) declares an OSI-approved license
while the weights of this model release are under terms that are not open.
Package indexes then show the release as open source.

Fix: make clear the package license covers the code only.""", check_package_vs_weights),
]
