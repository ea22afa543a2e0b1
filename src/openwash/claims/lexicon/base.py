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

from openwash.claims.lexicon.words import Words
from openwash.records import field, record


@record(frozen=True)
class Heads:
    """A closed class of head nouns, looked up in sets instead of a regular expression.

    A few hundred alternatives compiled as one pattern cost a millisecond in every process; a set costs
    nothing.  ``words`` are whole words (Latin scripts; a multi-word entry matches any spacing), ``stems``
    begin a word that goes on in letters ('gemeinschaft…'); CJK has no word boundaries, so ``starts`` are
    what the text begins with and ``inside`` what it contains anywhere.
    """

    words: frozenset[str] = frozenset()
    stems: tuple[str, ...] = ()
    starts: tuple[str, ...] = ()
    inside: tuple[str, ...] = ()

    def __or__(self, other: Heads) -> Heads:
        return Heads(self.words | other.words, self.stems + other.stems, self.starts + other.starts,
                     self.inside + other.inside)

    def search(self, text: str) -> bool:
        """Whether ``text`` (a word, or the text right after a CJK phrase) is one of these heads."""
        word = text[:-1] if text.endswith("\n") else text
        if word in self.words:
            return True
        if word == word.strip() and any(c.isspace() for c in word) and " ".join(word.split()) in self.words:
            return True
        for stem in self.stems:
            if word.startswith(stem) and all(c.isalnum() or c == "_" for c in word[len(stem):]):
                return True
        return text.startswith(self.starts) or any(s in text for s in self.inside)

    match = search  # every class is anchored at the start of the text already


def heads(words: str = "", *, stems: str = "", starts: str = "", inside: str = "") -> Heads:
    """A :class:`Heads` from space-separated lists ('source_code' stands for the two words 'source code')."""
    return Heads(frozenset(w.replace("_", " ") for w in words.split()), tuple(stems.split()),
                 tuple(starts.split()), tuple(inside.split()))


def alt(words: list[str] | tuple[str, ...]) -> str:
    """A non-capturing alternation, longest first (so that 'open-sourced' wins over 'open-source')."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


W = r"(?<![\w])"  # left word boundary that also works before CJK (where \b does not)
E = r"(?![\w])"   # right word boundary for Latin words
SEP = r"[\s\-‐‑]?"  # 'open source', 'open-source', 'opensource'
SEP1 = r"[\s\-‐‑]+"


@record
class Lexicon:
    """The words of one language, by grammatical class (see the module docstring)."""

    code: str
    #: written in a wide script (CJK): its fragments need a wide character, so patterns leave them out of
    #: their narrow twin (:class:`openwash.lazyre.ByScript`)
    wide: bool = False
    #: openness phrases: (pattern, kind, phrase strength); kinds are 'open-source', 'open-weights', 'open'
    phrases: list[tuple[str, str, str]] = field(default_factory=list)
    #: names and fixed expressions that contain an openness phrase but never claim anything
    fixed_non_claims: str | Words = ""
    first_person: str | Words = ""
    second_person: str | Words = ""
    #: 'this project', '本仓库': point at the author's own artifacts
    demonstrative: str | Words = ""
    #: the definite article and a noun of what a README releases, in languages whose adjectives follow the noun
    #: ('il progetto', 'o editor de vídeo'): a subject that speaks of this release, as English 'the project' does
    definite_artifact: str = ""
    #: the language writes every noun with a capital (German): a capital there is no sign of a name
    capitalizes_nouns: bool = False
    #: words of the language that other languages written in Latin letters do not use, by which a sentence is
    #: known to be written in it (two of them)
    function_words: frozenset[str] = frozenset()
    #: prepositions that open a phrase set off by commas between a subject and its verb ('the editor, without
    #: the AI features, is …'): such a phrase is no subject
    set_off_prepositions: str = ""
    #: adverbs that may stand before a subject and leave it as it is ('also the server …', 'anche il server …')
    focus_adverbs: str = ""
    #: verbs and prepositions that make what follows something the project uses, not releases
    dependency: str | Words = ""
    #: the same, written after the phrase ('…をベースに', '…的基础上')
    dependency_right: str = ""
    #: the verbs of making one work from another ('翻訳', '生成'): what such a verb after the phrase makes the phrase's
    #: noun phrase into is the source, whatever name it bears (part of ``dependency_right``)
    made_from: str = ""
    comparison: str | Words = ""
    comparison_right: str = ""
    #: 'open and closed models' side by side
    coordinated_closed: str = ""
    #: head nouns that make the phrase about a community, a concept or a licence text
    community_heads: Heads = Heads()
    license_heads: Heads = Heads()
    #: nouns that identify a released artifact
    product_heads: Heads = Heads()
    #: verbs whose subject releases something
    release_verbs: str | Words = ""
    thanks: str | Words = ""
    #: thanks addressed to the reader for what the reader does with the project ('Thank you for contributing to …',
    #: 'Danke, dass du … beitragen möchtest'): no credit to others, so what the sentence calls open is judged as if
    #: the thanks were not there
    thanks_to_reader: str = ""
    imperative_recommend: str = ""
    #: an imperative that invites the reader into the community ('Join our Discord to build open models')
    invitation: str = ""
    negation_words: str | Words = ""
    #: a negator right before the phrase (CJK: no word boundaries)
    negation_before: str = ""
    not_only: str = ""
    #: a negation written after the phrase ('…ではない')
    negation_right: str = ""
    hedge: str | Words = ""
    plan_left: str | Words = ""
    #: a time adverb that opens the sentence and puts all of it in the future ('未来，我们将…，不断开源…')
    plan_start: str = ""
    plan_gap: str = ""
    plan_right: str = ""
    question_start: str = ""
    requirement_left: str = ""
    definition_right: str = ""
    copula_words: tuple[str, ...] = ()
    #: the copulas whose form is the first person plural, with or without the pronoun ('Siamo open source', 'Nous
    #: sommes Open Source', 'Somos código abierto'): the author says what they are, as 'we are' does
    first_person_copulas: tuple[str, ...] = ()
    #: the language leaves out a subject pronoun (Spanish, Portuguese, Italian): a sentence that opens with one of
    #: its copulas ('Es una herramienta de código abierto') has 'it' for its subject, as 'It is …' does
    pro_drop: bool = False
    contrast: str | Words = ""
    clause_break: str = ""
    quantity_nouns: Heads = Heads()
    #: a list of things and its preposition, in languages that put the phrase after the listed noun ('une liste de
    #: modèles open source', 'eine Liste quelloffener Modelle'): what is listed is a class, as English 'a list of …'
    #: (:attr:`quantity_nouns`) says
    list_of: str = ""
    #: nouns for a group of released artifacts: 'a family of open models' releases the models
    collection_nouns: Heads = Heads()
    #: what a README calls itself when it presents others' work, with the word that links the noun to what it
    #: lists ('a curated list of', 'guida allo', 'ein Verzeichnis, das'); in a language that links nothing (CJK,
    #: Russian's genitive) the noun alone, asked where a title or a sentence ends (:mod:`openwash.claims.cues.catalogue`)
    catalogue: str = ""
    #: a guide to a topic, with its linking word ('Guide to …', 'Guida allo …'): a catalogue by its title only, as a
    #: lead that calls the repository a guide may guide to the own release ('…CogVideoX…のガイドです')
    catalogue_guide: str = ""
    #: a word that opens the title of a list and makes it one ('Awesome Mac')
    catalogue_title: str = ""
    #: the same nouns where they end a title with nothing after them ('Korean LLM Leaderboard', '오픈소스 가이드')
    catalogue_heads: Heads = Heads()
    #: verbs of attitude whose bare object is open source as an idea ('engineers who love open source')
    attitude_verbs: Heads = Heads()
    #: nouns for one edition of a product: 'the open-source edition' is the product's own, named or not
    edition_nouns: Heads = Heads()
    #: '由X开源': the agent of a release named after a preposition
    by_agent: str = ""
    #: the words that open a table cell answering yes ('| Open source | No | Yes |', 'Ja', '是'): in the own
    #: product's column of a comparison, what the row names is the product's
    answer_yes: str = ""
    #: the words by which a clause has a finite verb or a subject pronoun ('is', 'we'; 'ist', 'haben', 'wir'): a line
    #: without any of them is a fragment, a headline
    finite_words: str = ""
    #: the author inviting the reader's contributions ('we welcome your contributions', '我们非常欢迎你的参与'): what
    #: the sentence calls open before it is the author's project, whatever name it goes by
    invites_contributions: str = ""
    #: adjectives that put a noun phrase in the past ('the previous open-source edition', 'the former …')
    past_modifiers: Heads = Heads()
    #: one-word feature labels of a list item ('- **Free**: …', '- **Private** — …'): adjectives, not names
    feature_words: Heads = Heads()
    #: what a product has or lacks, before 'in the open source' (its edition): 'not available in the open source'
    having_words: Heads = Heads()
    #: an organisation, which the author may say it is ('As an open-source organization, we …')
    organisation_nouns: Heads = Heads()
    #: the words that add to a list rather than name whose it is ('More features', 'Other Features')
    list_adders: Heads = Heads()
    #: an article or an adjective of time that may open the object of a verb before its name ('the new OWN Planner')
    object_openers: Heads = Heads()
    #: what the corner cell of a table that compares its columns names, what the rows go through ('| Feature |
    #: NotebookLM | Wren |', '| 功能 | …'), lower-cased
    table_corner: frozenset[str] = frozenset()
