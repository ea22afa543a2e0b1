"""OW3xx — pointers that do not point anywhere."""

from __future__ import annotations

import re
from collections.abc import Iterable

from openwash import lazyre
from openwash.evidence.links import resolve_relative
from openwash.findings import Finding
from openwash.rules.base import Rule
from openwash.rules.context import RuleContext
from openwash.vocabulary import PROSE_ROLES

_EVIDENCE_WORDS = lazyre.compile(r"train|data|weight|checkpoint|licen[cs]e|model card|datasheet|recipe|config", re.I)


def check_missing_relative_links(ctx: RuleContext) -> Iterable[Finding]:
    for doc in ctx.docs:
        if doc.role not in PROSE_ROLES:
            continue
        for link in doc.links:
            if link.source in ("image",) or link.url.startswith("#"):
                continue
            rel = resolve_relative(ctx.repo, doc.path, link.url)
            if rel is None or ctx.repo.exists(rel):
                continue
            if not _EVIDENCE_WORDS.search(f"{link.text} {link.url} {link.context}"):
                continue
            f = ctx.finding("OW301", doc.path, link.line, link.column,
                            f"link to '{link.url}' points to a path that is not in the repository",
                            "fix the path, or link the URL where the file really is; a broken link is not evidence")
            if f:
                yield f


RULES = [
    Rule("OW301", "broken-evidence-link", "Relative link to a path that does not exist", "notice",
         """A relative link about training, data, weights or licenses points to a path
that is not in the repository, so it cannot count as evidence.

Fix: correct the path or link the real location.""", check_missing_relative_links),
]
