"""The claim judgement's words: one module per language, joined here into one pattern per grammatical class.

Languages (one module each, see :class:`~openwash.claims.lexicon.base.Lexicon` for the classes):
:mod:`~openwash.claims.lexicon.en`, :mod:`~openwash.claims.lexicon.zh`, :mod:`~openwash.claims.lexicon.ja`,
:mod:`~openwash.claims.lexicon.ko`, :mod:`~openwash.claims.lexicon.es` (with Portuguese),
:mod:`~openwash.claims.lexicon.fr`, :mod:`~openwash.claims.lexicon.de` and
:mod:`~openwash.claims.lexicon.other` (Italian, Dutch, Russian); :mod:`~openwash.claims.lexicon.common`
holds the marks of no one language.  To teach openwash a word, add it to its language's module: the
patterns below, and the first pass that decides which blocks are read at all
(:func:`openwash.claims.segment.phrase_table`), are derived from the modules, so nothing else needs to know.

The class patterns are built when this module is imported and compiled on first use
(:mod:`openwash.lazyre`); the phrase list is read from the language modules when the first document is
judged, so a phrase appended to a language's ``LEXICON.phrases`` before that is seen.
"""

from __future__ import annotations

from openwash import lazyre
from openwash.claims.lexicon import de, en, es, fr, ja, ko, other, zh
from openwash.claims.lexicon.base import Heads, Lexicon
from openwash.claims.lexicon.common import (
    CLAUSE_PUNCTUATION,
    CLAUSE_PUNCTUATION_NARROW,
    DONE_CHECKBOX,
    NEWS_DATE,
    OPEN_CHECKBOX,
    news_date,
)
from openwash.claims.lexicon.words import WordClass, Words

LANGUAGES: tuple[Lexicon, ...] = tuple(m.LEXICON for m in (en, zh, ja, ko, es, fr, de, other))


def joined(cls: str) -> str:
    """The fragments of one class in every language, as one alternation."""
    values = [getattr(lang, cls) for lang in LANGUAGES]
    if any(isinstance(v, Words) for v in values):
        raise TypeError(f"{cls} is a word class in some language: use the class itself")
    return "|".join(f for f in values if f)


def _pattern(cls: str) -> lazyre.LazyPattern | WordClass:
    """One class in every language: a compiled-on-first-use pattern, or a :class:`WordClass` when some
    language writes the class as a word table."""
    values = [getattr(lang, cls) for lang in LANGUAGES]
    if not any(isinstance(v, Words) for v in values):
        return _by_script(joined(cls), _narrow(cls))
    tables = [v for v in values if isinstance(v, Words)]
    fragments = [v.rest if isinstance(v, Words) else v for v in values]
    return WordClass(tables, [f for f in fragments if f])


def _narrow(cls: str) -> str:
    """The class in the languages not written in a wide script (what :func:`joined` gives, without them)."""
    return "|".join(f for f in (getattr(lang, cls) for lang in LANGUAGES if not lang.wide) if f)


def _by_script(full: str, narrow: str, by_alternative: bool = False) -> lazyre.LazyPattern | lazyre.ByScript:
    return lazyre.compile(full, by_alternative=by_alternative) if full == narrow \
        else lazyre.by_script(full, narrow, by_alternative=by_alternative)


def _heads(cls: str) -> Heads:
    out = Heads()
    for lang in LANGUAGES:
        out = out | getattr(lang, cls)
    return out


def phrases() -> list[tuple[str, str, str]]:
    """Every language's openness phrases: (pattern, kind, phrase strength)."""
    return [p for lang in LANGUAGES for p in lang.phrases]


FIXED_NON_CLAIMS = _pattern("fixed_non_claims")
FIRST_PERSON = _pattern("first_person")
SECOND_PERSON = _pattern("second_person")
DEMONSTRATIVE = _pattern("demonstrative")
DEFINITE_ARTIFACT = _pattern("definite_artifact")
#: the definite artifacts of the languages that write every noun with a capital
DEFINITE_ARTIFACT_CAPITALIZED = lazyre.compile("|".join(
    lang.definite_artifact for lang in LANGUAGES if lang.capitalizes_nouns and lang.definite_artifact))
#: the function words of the languages that write every noun with a capital
NOUN_CAPITALIZING_WORDS: frozenset[str] = frozenset(
    w for lang in LANGUAGES if lang.capitalizes_nouns for w in lang.function_words)
#: the corner cells of tables that compare their columns, in every language
TABLE_CORNER: frozenset[str] = frozenset(w for lang in LANGUAGES for w in lang.table_corner)
SET_OFF_PREPOSITION = _pattern("set_off_prepositions")
FOCUS_ADVERB = _pattern("focus_adverbs")
DEPENDENCY = _pattern("dependency")
DEPENDENCY_RIGHT_CJK = _pattern("dependency_right")
MADE_FROM = _pattern("made_from")
COMPARISON = _pattern("comparison")
COMPARISON_RIGHT_CJK = _pattern("comparison_right")
COORDINATED_CLOSED = _pattern("coordinated_closed")
COMMUNITY_HEADS = _heads("community_heads")
LICENSE_HEADS = _heads("license_heads")
PRODUCT_HEADS = _heads("product_heads")
COLLECTION_NOUNS = _heads("collection_nouns")
EDITION_NOUNS = _heads("edition_nouns")
FEATURE_WORDS = _heads("feature_words")
HAVING_WORDS = _heads("having_words")
ORGANISATION_NOUNS = _heads("organisation_nouns")
LIST_ADDERS = _heads("list_adders")
OBJECT_OPENERS = _heads("object_openers")
PAST_MODIFIERS = _heads("past_modifiers")
ATTITUDE_VERBS = _heads("attitude_verbs")
RELEASE_VERBS = _pattern("release_verbs")
THANKS = _pattern("thanks")
THANKS_TO_READER = _pattern("thanks_to_reader")
IMPERATIVE_RECOMMEND = _pattern("imperative_recommend")
INVITATION = _pattern("invitation")
NEGATION_WORDS = _pattern("negation_words")
NEGATION_CJK = _pattern("negation_before")
NOT_ONLY = _pattern("not_only")
NEGATION_RIGHT = _pattern("negation_right")
HEDGE = _pattern("hedge")
PLAN_LEFT = _pattern("plan_left")
PLAN_START = _pattern("plan_start")
PLAN_GAP = _pattern("plan_gap")
PLAN_RIGHT = _pattern("plan_right")
QUESTION_START = _pattern("question_start")
# (gated alternative by alternative: 'deve' is in every 'developed', which holds no 'deve essere')
REQUIREMENT_LEFT = _by_script(joined("requirement_left"), _narrow("requirement_left"), by_alternative=True)
DEFINITION_RIGHT = _pattern("definition_right")
CONTRAST = _pattern("contrast")
# (gated alternative by alternative: a comma alone, in most sentences, opens no clause without the word after it)
CLAUSE_BREAK = _by_script(CLAUSE_PUNCTUATION + "|" + joined("clause_break"),
                          CLAUSE_PUNCTUATION_NARROW + "|" + _narrow("clause_break"), by_alternative=True)
QUANTITY_NOUNS = _heads("quantity_nouns")
LIST_OF = _pattern("list_of")
CATALOGUE = _pattern("catalogue")
CATALOGUE_HEADS = _heads("catalogue_heads")
CATALOGUE_TITLE = _pattern("catalogue_title")
CATALOGUE_GUIDE = _pattern("catalogue_guide")
ZH_BY_AGENT = _pattern("by_agent")
ANSWER_YES = _pattern("answer_yes")
FINITE_WORDS = _pattern("finite_words")
INVITES_CONTRIBUTIONS = _pattern("invites_contributions")
COPULA_WORDS: frozenset[str] = frozenset(w for lang in LANGUAGES for w in lang.copula_words + lang.first_person_copulas)
#: the copulas whose form names the author, the first person plural
FIRST_PERSON_COPULAS: frozenset[str] = frozenset(w for lang in LANGUAGES for w in lang.first_person_copulas)
#: the copulas of the languages that leave out a subject pronoun
PRO_DROP_COPULAS: frozenset[str] = frozenset(w for lang in LANGUAGES if lang.pro_drop for w in lang.copula_words)

__all__ = [
    "ANSWER_YES",
    "ATTITUDE_VERBS",
    "CATALOGUE",
    "CATALOGUE_GUIDE",
    "CATALOGUE_HEADS",
    "CATALOGUE_TITLE",
    "CLAUSE_BREAK",
    "COLLECTION_NOUNS",
    "COMMUNITY_HEADS",
    "COMPARISON",
    "COMPARISON_RIGHT_CJK",
    "CONTRAST",
    "COORDINATED_CLOSED",
    "COPULA_WORDS",
    "DEFINITE_ARTIFACT",
    "DEFINITE_ARTIFACT_CAPITALIZED",
    "DEFINITION_RIGHT",
    "DEMONSTRATIVE",
    "DEPENDENCY",
    "DEPENDENCY_RIGHT_CJK",
    "DONE_CHECKBOX",
    "EDITION_NOUNS",
    "FEATURE_WORDS",
    "FINITE_WORDS",
    "FIRST_PERSON",
    "FIRST_PERSON_COPULAS",
    "FIXED_NON_CLAIMS",
    "FOCUS_ADVERB",
    "HAVING_WORDS",
    "HEDGE",
    "IMPERATIVE_RECOMMEND",
    "INVITATION",
    "INVITES_CONTRIBUTIONS",
    "LANGUAGES",
    "LICENSE_HEADS",
    "LIST_ADDERS",
    "LIST_OF",
    "MADE_FROM",
    "NEGATION_CJK",
    "NEGATION_RIGHT",
    "NEGATION_WORDS",
    "NEWS_DATE",
    "NOT_ONLY",
    "NOUN_CAPITALIZING_WORDS",
    "OBJECT_OPENERS",
    "OPEN_CHECKBOX",
    "ORGANISATION_NOUNS",
    "PAST_MODIFIERS",
    "PLAN_GAP",
    "PLAN_LEFT",
    "PLAN_RIGHT",
    "PLAN_START",
    "PRODUCT_HEADS",
    "PRO_DROP_COPULAS",
    "QUANTITY_NOUNS",
    "QUESTION_START",
    "RELEASE_VERBS",
    "REQUIREMENT_LEFT",
    "SECOND_PERSON",
    "SET_OFF_PREPOSITION",
    "TABLE_CORNER",
    "THANKS",
    "THANKS_TO_READER",
    "ZH_BY_AGENT",
    "joined",
    "news_date",
    "phrases",
]
