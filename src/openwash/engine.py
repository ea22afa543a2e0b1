"""One run: files -> documents -> claims + evidence -> findings -> waivers -> result."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from openwash.consolidate import one_per_cause
from openwash.discovery import Repository, discover, judged_files, repository_dir, side_pages
from openwash.documents import Block, Document, Notice
from openwash.findings import Finding, sort_key
from openwash.policy import Policy
from openwash.quickpass import blocker, quick_result
from openwash.records import record, replace
from openwash.result import (  # noqa: F401 - the engine's names
    Result,
    at_policy_severity,
    in_repository_terms,
    worst_category,
)
from openwash.rules import all_rules
from openwash.rules.context import RuleContext
from openwash.scope import check_scope
from openwash.suppress import mark as mark_waivers
from openwash.timebudget import BudgetExceeded, document_budget, time_budget
from openwash.timebudget import check as check_budget
from openwash.vocabulary import SIDE_PAGE

if TYPE_CHECKING:
    import datetime as dt

    # imported where used: the quick pass (openwash.quickpass) needs neither the claim records, the evidence
    # finders, the Markdown parser nor the own-name derivation, and the pre-commit hook should not pay for
    # loading them
    from openwash.claims import Claim, ClaimContext
    from openwash.evidence import Evidence



def own_names(repo: Repository, docs: list[Document]) -> frozenset[str]:
    """Names the repository's own artifacts go by (see :mod:`openwash.ownnames`), in the folded form the
    claim detector matches."""
    from openwash.ownnames import derive  # lazy: the quick pass never derives own names

    return derive(repo.name, repo.owner, docs).as_set()


def run(root: Path, policy: Policy, *, today: dt.date | None = None) -> Result:
    """Check the repository at ``root`` (a directory on disk) under ``policy``."""
    repo = discover(repository_dir(root), policy.include, policy.exclude)

    check_scope(repo.paths, policy)  # a scope that selects nothing is an error, not a pass
    return check_repository(repo, policy, today=today)


def claim_context(repo: Repository, docs: list[Document], policy: Policy, is_model: bool | None) -> ClaimContext:
    """What the claim detector knows of this repository: the one builder ``check`` and ``claims`` share."""
    from openwash.claims import ClaimContext  # lazy: the claim records are not loaded on the quick pass
    from openwash.copies import copied_projects  # lazy: the quick pass never reads whose pages a folder holds

    # lazy: the quick pass never derives own names
    from openwash.ownnames import is_curated_list, names_a_topic

    own = own_names(repo, docs)
    return ClaimContext(own_names=own, is_model_release=is_model,
                        curated_list=is_curated_list(repo.name) or names_a_topic(repo.name),
                        copies=tuple(sorted(copied_projects(repo.paths, docs, repo.owner, own).items())),
                        vocabulary_add=tuple(policy.claim_add), vocabulary_exclude=tuple(policy.claim_exclude))


@record
class Prepared:
    """A repository's documents, evidence and claim context: what ``check`` and ``claims`` both start from."""

    docs: list[Document]
    evidence: Evidence
    is_model_release: bool
    context: ClaimContext
    notices: list[Notice]


class _CheckedBlocks(list):
    """A document's blocks that look at the time budget each time the next block is taken: the claim
    detector walks ``doc.blocks``, and off the main thread this is where its budget is enforced."""

    def __iter__(self) -> Iterator[Block]:
        for block in list.__iter__(self):
            check_budget()
            yield block


def _budgeted(doc: Document) -> Document:
    return replace(doc, blocks=_CheckedBlocks(doc.blocks))


def prepare(repo: Repository, policy: Policy, *, budget: float | None = None) -> Prepared:
    """Parse the documents in scope and collect the evidence (no claims, no rules yet).

    ``budget``: seconds per document (default ``OPENWASH_DOC_TIMEOUT`` of this process); a caller that runs
    the engine elsewhere (a Dask worker) passes its own so that the budget travels with the work."""
    # lazy: the evidence finders and the Markdown parser (markdown-it-py) are not loaded on the quick pass
    from openwash.evidence.collect import collect
    from openwash.markdown import parse_document

    notices = list(repo.notices)
    budget = document_budget() if budget is None else budget
    docs: list[Document] = []
    sides: list[Document] = []
    for f in (*judged_files(repo), *side_pages(repo)):
        try:
            with time_budget(budget):
                (sides if f.role == SIDE_PAGE else docs).append(parse_document(f.path, f.role, f.text))
        except BudgetExceeded:
            notices.append(Notice(f"skipped: parsing took longer than {budget:g} s (OPENWASH_DOC_TIMEOUT)", f.path,
                                  budget=True))
    for doc in docs:
        if doc.front_matter is not None and doc.front_matter.error:
            notices.append(Notice(doc.front_matter.error, doc.path, doc.front_matter.start_line))
    # only the evidence kinds the policy accepts; side pages give evidence pointers and nothing else
    evidence = policy.filter_evidence(collect(repo, docs, sides))
    if policy.model_release == "yes":
        is_model = True
        evidence.model_release_reason = "policy says model_release: yes"
    elif policy.model_release == "no":
        is_model = False
        evidence.model_release_reason = "policy says model_release: no"
    else:
        is_model = evidence.is_model_release
    return Prepared(docs, evidence, is_model, claim_context(repo, docs, policy, is_model), notices)


def check_repository(repo: Repository, policy: Policy, *, today: dt.date | None = None,
                     budget: float | None = None, quick: bool = True) -> Result:
    """Check a repository whose paths and documents in scope are already known.

    This is the entry point for repositories that are not on disk (the organization sweep builds a
    :class:`~openwash.discovery.Repository` from the GitHub API).  ``budget`` as for :func:`prepare`.
    When raw text shows that no document can give a finding, the quick pass (:mod:`openwash.quickpass`)
    returns the same result without parsing; ``quick=False`` always takes the full path (the tests compare
    the two)."""
    if quick and not blocker(repo, policy):
        return quick_result(repo, policy, today)
    root = repo.root
    budget = document_budget() if budget is None else budget
    prepared = prepare(repo, policy, budget=budget)
    docs, evidence, is_model, notices = prepared.docs, prepared.evidence, prepared.is_model_release, prepared.notices
    ctx = prepared.context
    # lazy: the grammar is loaded where claims are judged; the quick pass above never needs it
    from openwash.claims import find_claims

    claims: list[Claim] = []
    for doc in docs:
        try:
            with time_budget(budget):
                claims.extend(find_claims(_budgeted(doc) if budget > 0 else doc, ctx))
        except BudgetExceeded:
            notices.append(Notice(f"claims not checked: searching took longer than {budget:g} s "
                                  "(OPENWASH_DOC_TIMEOUT)", doc.path, budget=True))

    rules = all_rules()
    defaults = {r.id: r.severity for r in rules.values()}
    rule_ctx = RuleContext(repo=repo, docs=docs, claims=claims, evidence=evidence, policy=policy,
                           is_model_release=is_model, today=today, defaults=defaults)
    findings: list[Finding] = []
    for rule in rules.values():
        if rule.check is not None and not rule.after_waivers and policy.severity(rule.id, rule.severity) != "off":
            findings.extend(rule.check(rule_ctx))  # off: not even run
    # Waivers and suppressions match by rule, file and line (never severity).  (A rule that is off has yielded
    # nothing: its check did not run, so no suppression of it counts as used.)  Then the rules about the
    # waivers and suppressions themselves (OW901-OW903) judge what that left, and the policy's severities and
    # `off` apply once, to every finding.
    findings, rule_ctx.waivers = mark_waivers(findings, docs, policy, rule_ctx.today)
    for rule in rules.values():
        if rule.check is not None and rule.after_waivers and policy.severity(rule.id, rule.severity) != "off":
            findings.extend(rule.check(rule_ctx))
    findings = in_repository_terms(at_policy_severity(findings, policy, defaults), repo.root)
    findings = one_per_cause(findings)
    findings.sort(key=sort_key)
    return Result(root=root, policy=policy, repo=repo, docs=docs, claims=claims, evidence=evidence,
                  is_model_release=is_model, findings=findings, notices=notices)
