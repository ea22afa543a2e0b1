"""What every language's lexicon holds, and the pieces its patterns are written with.

A :class:`Lexicon` lists the words of one language by grammatical class (openness phrases, first person,
demonstratives, negators, plan words, dependency verbs, ...).  Each class is a regular-expression fragment
that carries its own word boundaries (Latin scripts need them, CJK scripts have none), or ``""`` when the
language has no such words.  :mod:`openwash.claims.lexicon` joins the fragments of all languages into one
pattern per class; nothing else in the claim judgement names a word of any language.

Everything is matched against lower-cased text.  The classes are grammatical, never sentences: each entry
must make sense for any README, in any repository.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def alt(words: list[str] | tuple[str, ...]) -> str:
    """A non-capturing alternation, longest first (so that 'open-sourced' wins over 'open-source')."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


W = r"(?<![\w])"  # left word boundary that also works before CJK (where \b does not)
E = r"(?![\w])"   # right word boundary for Latin words
SEP = r"[\s\-‐‑]?"  # 'open source', 'open-source', 'opensource'
SEP1 = r"[\s\-‐‑]+"


@dataclass
class Lexicon:
    """The words of one language, by grammatical class (see the module docstring)."""

    code: str
    #: openness phrases: (pattern, kind, phrase strength); kinds are 'open-source', 'open-weights', 'open'
    phrases: list[tuple[str, str, str]] = field(default_factory=list)
    #: names and fixed expressions that contain an openness phrase but never claim anything
    fixed_non_claims: str = ""
    first_person: str = ""
    second_person: str = ""
    #: 'this project', '本仓库': point at the author's own artifacts
    demonstrative: str = ""
    #: verbs and prepositions that make what follows something the project uses, not releases
    dependency: str = ""
    #: the same, written after the phrase ('…をベースに', '…的基础上')
    dependency_right: str = ""
    comparison: str = ""
    comparison_right: str = ""
    #: 'open and closed models' side by side
    coordinated_closed: str = ""
    #: head nouns that make the phrase about a community, a concept or a licence text
    community_heads: str = ""
    license_heads: str = ""
    #: nouns that identify a released artifact
    product_heads: str = ""
    #: verbs whose subject releases something
    release_verbs: str = ""
    thanks: str = ""
    imperative_recommend: str = ""
    negation_words: str = ""
    #: a negator right before the phrase (CJK: no word boundaries)
    negation_before: str = ""
    not_only: str = ""
    #: a negation written after the phrase ('…ではない')
    negation_right: str = ""
    hedge: str = ""
    plan_left: str = ""
    plan_gap: str = ""
    plan_right: str = ""
    question_start: str = ""
    requirement_left: str = ""
    definition_right: str = ""
    copula_words: tuple[str, ...] = ()
    contrast: str = ""
    clause_break: str = ""
    quantity_nouns: str = ""
    #: '由X开源': the agent of a release named after a preposition
    by_agent: str = ""
