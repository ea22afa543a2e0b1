"""The quick pass: a repository that can give no finding is judged from its raw text, without parsing.

Most commits that reach the pre-commit hook touch documents that say nothing about openness.  When no
document can hold a claim, only a few rules can still fire (OW105 and OW2xx/OW4xx need a model release
or a model card's front matter, OW301 a relative link to a missing path, OW90x the policy's waivers and
inline suppressions), and each of them needs something that raw text shows or rules out cheaply.
:func:`blocker` checks those conditions conservatively: whenever one is not ruled out, the run takes the
full path (parse every document, collect evidence, run every rule), so the findings are the same either
way.  When nothing can fire, :func:`quick_result` gives the :class:`~openwash.engine.Result` of the full
path without parsing Markdown (markdown-it-py is then never imported): its documents parse, and its
evidence is collected, only when something reads them (``--format json``, exports).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from openwash import lazyre
from openwash.consolidate import one_per_cause
from openwash.discovery import Repository, judged_files, side_pages
from openwash.documents import Block, Document, FrontMatter, Link, Notice
from openwash.evidence.links import resolve_relative
from openwash.findings import sort_key
from openwash.result import Result, at_policy_severity, in_repository_terms
from openwash.rules import config  # the waiver rules: light (their context imports no detector or evidence)
from openwash.rules.context import WaiverContext
from openwash.suppress import mark as mark_waivers
from openwash.vocabulary import MARKDOWN_SUFFIXES, PROSE_ROLES

if TYPE_CHECKING:
    import datetime as dt

    from openwash.evidence import Evidence
    from openwash.policy import Policy


class DeferredDocument(Document):
    """A :class:`Document` whose parsed parts (blocks, links, front matter, comments, code) are computed the
    first time they are read.  Front matter and comments that the raw text rules out are answered without
    parsing (front matter must start the file with ``-``; an HTML comment needs ``<!--``)."""

    def __init__(self, path: str, role: str, text: str) -> None:  # no super().__init__: the parts are lazy
        if "\r" in text:  # markdown.normalize_newlines, as parse_document does (without importing the parser)
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        self.path = path
        self.role = role
        self.text = text
        self.lines = text.split("\n")
        self._parsed: Document | None = None

    def _doc(self) -> Document:
        if self._parsed is None:
            from openwash.markdown import parse_document  # lazy: the point of the quick pass

            self._parsed = parse_document(self.path, self.role, self.text)
        return self._parsed

    @property
    def parsed(self) -> bool:
        return self._parsed is not None

    @property  # type: ignore[override]
    def blocks(self) -> list[Block]:
        return self._doc().blocks

    @blocks.setter
    def blocks(self, value: list[Block]) -> None:
        self._doc().blocks = value

    @property  # type: ignore[override]
    def links(self) -> list[Link]:
        return self._doc().links

    @links.setter
    def links(self, value: list[Link]) -> None:
        self._doc().links = value

    @property  # type: ignore[override]
    def code_blocks(self) -> list[tuple[int, str, str]]:
        return self._doc().code_blocks

    @code_blocks.setter
    def code_blocks(self, value: list[tuple[int, str, str]]) -> None:
        self._doc().code_blocks = value

    @property  # type: ignore[override]
    def front_matter(self) -> FrontMatter | None:
        if self._parsed is None and not _may_have_front_matter(self):
            return None
        return self._doc().front_matter

    @front_matter.setter
    def front_matter(self, value: FrontMatter | None) -> None:
        self._doc().front_matter = value

    @property  # type: ignore[override]
    def comments(self) -> list[tuple[int, int, str]]:
        if self._parsed is None and "<!--" not in self.text:
            return []
        return self._doc().comments

    @comments.setter
    def comments(self, value: list[tuple[int, int, str]]) -> None:
        self._doc().comments = value


def _may_have_front_matter(doc: Document) -> bool:
    """Front matter is only parsed in Markdown files, and only when the file's first character is ``-``
    (the front-matter plugin's own first test)."""
    return doc.path.lower().endswith(MARKDOWN_SUFFIXES) and doc.text.lstrip("\ufeff").startswith("-")


# Every extension links.WEIGHT_FILE_RE accepts (a test checks that this list covers it): a tree without
# a path ending in one of them has no weight file, and the weights finder need not be loaded.
WEIGHT_SUFFIXES = tuple(f".{e}" for e in ("safetensors", "bin", "gguf", "ggml", "pt", "pth", "ckpt", "h5", "onnx",
                                          "msgpack", "npz", "pdparams", "tflite", "mlmodel", "keras"))


# Words without one of which no sentence can present released models (every alternative of
# openwash.evidence.release.RELEASE_TEXT_RE needs one of them).
_RELEASE_WORDS = ("model", "weight", "checkpoint", "llm", "发布", "模型")
# Hosts of the model hubs a link to the repository's own weights can point to (links.MODEL_HUB_RE).
_HUB_HOSTS = ("huggingface", "hf.co", "modelscope", "ollama", "kaggle", "wisemodel")
# Roles whose links OW301 checks (openwash.rules.pointers).
_LINK_ROLES = PROSE_ROLES
# Link destinations in Markdown syntax ([text](dest), [label]: dest); HTML and autolinks need '<', which
# rules the quick pass out by itself.
_DESTINATION_RE = lazyre.compile(r"\]\(\s*([^\s)]*)|\]:\s*(\S*)")
_SAFE_DESTINATION_RE = lazyre.compile(r"[A-Za-z0-9._~/#?=:+@!$,;*'-]*")


def _claim_patterns(policy: Policy) -> list[re.Pattern[str]] | None:
    """The policy's extra claim phrases, compiled as the claim detector compiles them (None: one is invalid)."""
    try:
        return [re.compile(p, re.IGNORECASE) for p in policy.claim_add]
    except (re.error, TypeError):
        return None


def blocker(repo: Repository, policy: Policy) -> str:
    """Why the quick pass cannot judge ``repo`` ("" when it can: no document can give a finding)."""
    if policy.model_release == "yes":
        return "the policy says model_release: yes"
    extra = _claim_patterns(policy)
    if extra is None:
        return "a claim pattern of the policy does not compile"
    weight_paths = _weight_paths(repo)
    if weight_paths:
        return f"weight files in the tree ({weight_paths[0]})"
    # What raw text shows at once is asked of every document first: a model card, HTML or a model hub's link
    # takes the full path whatever the claim prefilter would say (it reads the stored first pass and
    # fingerprints the lexicon sources, the most costly question here).
    judged = judged_files(repo)  # a side page gives evidence pointers, never a finding of its own
    for f in judged:
        why = _text_blocker(repo, f.path, f.role, f.text)
        if why:
            return why
    # lazy: the claims package loads when a check runs, not whenever the engine is imported
    from openwash.claims.prefilter import may_contain_claim

    for f in judged:
        text = f.text
        if may_contain_claim(text) or any(p.search(text) for p in extra):
            return f"{f.path} may hold a claim"
    return ""


def _text_blocker(repo: Repository, path: str, role: str, text: str) -> str:
    """Why one document's raw text takes the full path, claims aside ("" when nothing does)."""
    if role == "model_card":
        return f"{path} is a model card"
    if path.lower().endswith(MARKDOWN_SUFFIXES):
        if "<" in text or "&" in text:
            # HTML (its links, comments and prose) and entities (which decode to other characters) are
            # the Markdown parser's to read; plain text (LICENSE, .txt, .rst) takes both literally
            return f"{path} has HTML or entities"
        if text.lstrip("\ufeff").startswith("-"):
            return f"{path} may have front matter"
    low = text.lower()
    if role == "readme" and any(w in low for w in _RELEASE_WORDS):
        return f"{path} may present released models"
    if any(h in low for h in _HUB_HOSTS):
        return f"{path} links a model hub"
    if role in _LINK_ROLES:
        return _link_blocker(repo, path, text, low)
    return ""


def _weight_paths(repo: Repository) -> list[str]:
    """Weight files in the tree, exactly as the weights evidence finds them (it reads no document for these)."""
    if not any(p.lower().rstrip("\n").endswith(WEIGHT_SUFFIXES) for p in repo.paths):
        return []
    from openwash.evidence.weights import find_weights  # lazy: only for a tree with weight files

    return [e.value for e in find_weights(repo, []) if e.kind == "path"]


def _link_blocker(repo: Repository, path: str, text: str, low: str) -> str:
    """Why a relative link of the document might point to a missing path (OW301), "" when none can."""
    if "www." in low:
        return f"{path} has a www. address (a bare one reads as a relative link)"
    for m in _DESTINATION_RE.finditer(text):
        dest = m.group(1) if m.group(1) is not None else m.group(2)
        if not _SAFE_DESTINATION_RE.fullmatch(dest):
            return f"{path} has a link the parser must read ({dest[:40]!r})"
        rel = resolve_relative(repo, path, dest)
        if rel is not None and not repo.exists(rel):
            return f"{path} links a path that is not in the repository ({dest[:40]!r})"
    return ""


class _LazyEvidence:
    """Evidence for a quick-pass result, collected (parsing the documents) on first use."""

    def __init__(self, repo: Repository, docs: list[Document], policy: Policy) -> None:
        self.repo, self.docs, self.policy = repo, docs, policy
        self._evidence: Evidence | None = None

    def evidence(self) -> Evidence:
        if self._evidence is None:
            from openwash.evidence.collect import collect  # lazy: the evidence finders, read on demand

            sides: list[Document] = [DeferredDocument(f.path, f.role, f.text) for f in side_pages(self.repo)]
            evidence = self.policy.filter_evidence(collect(self.repo, self.docs, sides))
            if self.policy.model_release == "no":
                evidence.model_release_reason = "policy says model_release: no"
            self._evidence = evidence
        return self._evidence


def quick_result(repo: Repository, policy: Policy, today: dt.date | None = None) -> Result:
    """The full path's result for a repository :func:`blocker` found nothing in: no claims, no findings but
    those about the waivers and inline suppressions themselves (OW901-OW903), not a model release."""
    docs: list[Document] = [DeferredDocument(f.path, f.role, f.text) for f in judged_files(repo)]
    # No other rule has a finding (blocker() ruled them out): only the rules about the waivers and
    # suppressions themselves (OW90x, after_waivers) can fire, and they read nothing but the ledger.
    marked, ledger = mark_waivers([], docs, policy, today)
    ctx = WaiverContext(waivers=ledger, today=today, defaults={r.id: r.severity for r in config.RULES})
    findings = list(marked)
    for rule in config.RULES:
        if rule.check is not None and rule.after_waivers and policy.severity(rule.id, rule.severity) != "off":
            findings.extend(rule.check(ctx))  # type: ignore[arg-type]  # they read only a WaiverContext
    findings = in_repository_terms(at_policy_severity(findings, policy, ctx.defaults), repo.root)
    findings = one_per_cause(findings)
    findings.sort(key=sort_key)
    lazy = _LazyEvidence(repo, docs, policy)
    notices: list[Notice] = list(repo.notices)
    return QuickResult(lazy, root=repo.root, policy=policy, repo=repo, docs=docs, claims=[],
                       is_model_release=False, findings=findings, notices=notices)


class QuickResult(Result):
    """A :class:`Result` whose evidence is collected (and whose documents are parsed) when first read."""

    def __init__(self, lazy: _LazyEvidence, **fields: Any) -> None:
        self._lazy = lazy
        super().__init__(evidence=None, **fields)  # type: ignore[arg-type]

    @property  # type: ignore[override]
    def evidence(self) -> Evidence:
        return self._lazy.evidence()

    @evidence.setter
    def evidence(self, value: Evidence | None) -> None:  # the record __init__ assigns it; it is computed
        pass
