"""Who is open: the subject, possessor or agent of the openness (own artifact, third party, generic).

A claim needs the author's own artifact as what is open: a first-person possessive or subject with a release
verb, a demonstrative, an own name (:mod:`openwash.ownnames`), a definite artifact noun, a pronoun whose
antecedent is the own artifact, a news item, a verbless tagline.  A third party needs positive evidence: it
is named as subject, possessor, maker or agent, a dependency verb governs the phrase, or the noun phrase is
quantified or a bare plural.
"""

from __future__ import annotations

import re

from openwash.claims import lexicon as lx
from openwash.claims import patterns as p
from openwash.claims.lexicon.words import WordMatch
from openwash.claims.places import bare_plural_reason, unknown_name_reason
from openwash.claims.reader import Reader
from openwash.claims.record import Sentence, Verdict
from openwash.claims.segment import is_phrase_alone
from openwash.claims.text import (
    artifact_list,
    copula_before,
    from_first_word,
    in_closed_relative,
    is_head_noun,
    last_match,
    leading_phrase_end,
    name_before,
    noun_phrase_start,
    subject_span,
    word_start,
    words,
)
from openwash.ownnames import is_generic

# what a description that opens a README names when it names the repository itself ('Open-source repository of …')
_THIS_REPOSITORY_HEADS = frozenset({"repository", "repo", "codebase", "implementation"})

# prepositions that open a gerund phrase whose agent is the main clause's subject ('By open-sourcing X, we …')
_GERUND_PREPOSITIONS = frozenset({"by", "through", "after", "upon", "since", "while", "via"})


def _capitalised_in_a_name(text: str, at: int) -> bool:
    """The word at ``at`` is written capitalised right after another capitalised word, as a name's words are
    ('Kestrel Embedded Python'), not at the start of a sentence."""
    if at <= 0 or not text[at:at + 1].isupper():
        return False
    before = text[:at]
    if not before.endswith(" ") or before.rstrip() != before[:-1]:
        return False  # (one space, no punctuation between: '… Kestrel. Embedded …' starts a sentence)
    previous = before.split()[-1] if before.split() else ""
    return previous[:1].isupper() and previous[-1:].isalnum()


def governing_dependency(words_before: str) -> WordMatch | re.Match[str] | None:
    """The verb of use among the words right before a noun phrase, unless a verb of release comes after it ('…
    search engine access and provides a fully open-source pipeline': the later verb governs the phrase)."""
    dep = lx.DEPENDENCY.search(words_before)
    return None if dep and lx.RELEASE_VERBS.search(words_before, dep.end()) else dep


def _label_end(low: str, start: int) -> int:
    """Where the text after a label ('**Challenge**: …', 'Note: …') opening the sentence starts, if the label ends
    before ``start``; else 0."""
    label = p.OWNER_1.match(low, 0, start)
    return label.end() if label else 0


def _noun_modifier(text: str, used: WordMatch | re.Match[str]) -> bool:
    """A verb of use in '-ing' right before a noun of a product is that noun's modifier, no verb ('… and
    benchmarking tools are open source', 'the probing scripts'); so is an English verb after a Romance 'de'
    ('Plataforma de deploy open source': a noun of the compound)."""
    if text[max(0, used.start() - 4):used.start()] in (" de ", " di ", " da ", " do "):
        return True
    if not used.group(0).rstrip().endswith("ing"):
        return False
    after = words(text[used.end():used.end() + 30])[:1]
    return bool(after) and is_head_noun(after[0])


def _in_linked_name(s: Sentence, x: int, y: int) -> bool:
    """``s.text[x:y]`` is a word of a linked name written in title case ('[Nos Gestes Climat](…)'), not the first
    person it spells ('[our open-source model](…)' is the author's)."""
    for u, v in s.link_spans:
        if u <= x and y <= v:
            words_ = [w for w in s.text[u:v].split() if w[:1].isalpha()]
            return len(words_) >= 2 and all(w[:1].isupper() for w in words_)
    return False


# adjectives of choice after 'our': what the author picked among others' ('our preferred …', 'our recommended …')
_PREFERENCE_WORDS = frozenset({"preferred", "recommended", "favorite", "favourite", "chosen", "go-to", "default",
                               "suggested", "supported"})


# words a fronted description of the subject does not hold: articles, demonstratives, prepositions, verbs and the
# like ('and' joins its adjectives)
_NOT_DESCRIPTIVE = (p.STOP - {"and"}) | p.DET_A | p.DET_THE | p.DET_THIS
# verbs of what a reader does with a product ('how to use OWN', 'install OWN'): their object may be the own one
_READER_USES = frozenset({"use", "using", "install", "installing", "deploy", "deploying", "download", "downloading",
                          "access", "accessing", "contribute to", "contributing to"})
# what opens a noun phrase of someone else's things ('their code and data', 'other models and datasets'); a bare part
# of a release may open with a word of how much of it ('All training code and data are open-sourced')
_OTHERS_OPENERS = p.OTHERS_DETERMINERS | {"their", "his", "her", "its", "theirs"}
# nouns of what someone picked ('my choice is …', 'our pick', 'my recommendation')
_CHOICE_NOUNS = frozenset({"choice", "pick", "recommendation"})


def _tail(text: str, width: int) -> str:
    """The end of ``text`` in at most ``width`` characters, cut at a word ('…code for the apps', not 'urce code for
    the apps'): how a reason quotes a long subject."""
    if len(text) <= width:
        return text
    cut = text[-width:]
    space = cut.find(" ")
    return "…" + (cut[space + 1:] if 0 <= space < len(cut) - 1 else cut)


def _maker_named(s: Sentence, maker: re.Match[str]) -> bool:
    """A maker without its participle ('an open-source framework by Kestrel Labs') must be a name in capitals or the
    author ('by us'): a bare 'by' also says how ('by far', 'sorted by stars', 'by the community's votes')."""
    if maker.group("verb"):
        return True
    who = s.text[maker.start("who"):maker.end("who")]
    return who[:1].isupper() or _is_handle(who) or who.split(maxsplit=1)[:1] in (["us"], ["me"])


def _is_handle(who: str) -> bool:
    """Someone's handle, linked or not, names someone ('by [@lxfater](https://twitter.com/lxfater)', 'by @jdoe')."""
    return who.lstrip("[*_` ").startswith("@")


# the heads of a noun phrase that names models (a family's name inside it says whose they are)
_MODEL_HEADS = frozenset({"model", "models", "series", "family", "weights", "checkpoint", "checkpoints", "llm", "llms",
                          "variant", "variants"})
# nouns of a study of things, which a headline's product noun may modify ('Open-Source LLM Experiments')
_STUDY_NOUNS = frozenset({"experiments", "experiment", "benchmarks", "benchmark", "evaluation", "evaluations", "leaderboard",
                          "survey", "comparison", "comparisons", "study", "studies", "analysis", "notes", "report",
                          "reports", "review", "reviews", "radar", "tracker"})
# how :meth:`Ownership.pronoun` says that the antecedent is the previous sentence's subject, another's name; a
# definite noun phrase opening a sentence reads it back (one spelling for both)
_PREVIOUS_SUBJECT = "a pronoun for the previous sentence's subject"
# words that join clauses, which an apposition's anchor never is
_CONJUNCTIONS = frozenset({"but", "and", "or", "so", "yet", "however", "also", "still", "thus", "hence", "and so"})
# German articles and possessives of the genitive singular, whose noun ends in -s: 'des', 'eines', 'unseres'
_GENITIVE_ARTICLES = frozenset({"des", "eines", "dieses", "jenes", "unseres", "meines", "deines", "ihres", "seines"})
# nouns of a relation to other products: 'Open-source model support', 'open-weight LLM integrations' are support
# for such products, someone else's, not one of them
_SUPPORT_NOUNS = frozenset({"support", "compatibility", "integration", "integrations", "interoperability"})
# nouns a README's own pages call its product by, besides the parts of a release (patterns.ARTIFACT): 'the
# open-source self-deployed product starts with …', 'the solution's code is open source'
# 'it' as a subject in Portuguese, Spanish, French and Italian (alone: Italian 'il' is also 'the')
_SUBJECT_PRONOUNS_ELSEWHERE = frozenset({"ela", "ele", "ella", "él", "elle", "il", "esso", "essa", "eles",
                                         "elas", "ellos", "ellas", "ils", "elles"})
# 'these' in the languages whose plural noun the phrase may hide ('diese großartigen Open-Source-Projekte')
_PLURAL_DEMONSTRATIVES = frozenset({"these", "those", "diese", "jene", "estos", "estas", "esos", "esas", "estes", "esses",
                                    "essas", "ces", "questi", "queste", "эти"})
# (and the works a repository may itself be: 'The open source textbook is free and available at …')
_PRODUCT_NOUNS = frozenset({"product", "solution", "application", "service", "toolkit", "book", "textbook", "course",
                            "handbook", "curriculum"})


def _releases_object(lead: str, start: int) -> bool:
    """Whether a verb of releasing or making in ``lead[start:]`` takes the name ``lead`` ends before: no verb of use
    there, and no preposition between the verb and the name ('we are releasing a template in Langflow, …' names
    where the template is; 'two ready-made systems (…, Strapi, …)' has an adjective, no verb)."""
    rest = lead[start:]
    if lx.DEPENDENCY.search(rest):
        return False
    pos = 0
    while True:
        verb = lx.RELEASE_VERBS.search(rest, pos)
        if verb is None:
            return False
        if rest[verb.start() - 1:verb.start()] != "-":  # (a word glued to another by a hyphen is an adjective)
            break
        pos = verb.end()
    return not any(w in p.PREPOSITIONS and w != "of" for w in words(rest[verb.end():]))


# the edition nouns (lx.EDITION_NOUNS) that name a thing for what it is, often another's ('the Kestrel server'), not
# an edition of the product ('the Mono edition', 'the community version')
_NOT_AN_EDITION_OF_THE_PRODUCT = frozenset({"server", "servers", "build", "builds"})


def _edition_head(word: str) -> bool:
    """``word`` names an edition of a product ('edition', 'version', 'tier', 'flavour', 'distribution')."""
    return bool(word) and word not in _NOT_AN_EDITION_OF_THE_PRODUCT and bool(lx.EDITION_NOUNS.search(word))


class Ownership(Reader):
    """Who is open: the subject, possessor or agent of the openness (own artifact, third party, generic)."""

    def owner(self, s: Sentence, a: int, b: int, kind: str, cs: int, ce: int,
              np: tuple[str, str, list[str], list[str], int], head: list[str], head_noun: str,
              out) -> Verdict:  # type: ignore[no-untyped-def]
        low = s.low
        det, det_word, mods, before, np_start = np
        left = low[cs:a]
        gov = " ".join(before[-4:])
        verb_form = bool(p.PLAN_1.search(low[a:b])) or bool(
            p.OWNER_10.search(low[max(0, a - 24):a])
            and (p.OWNER_12.match(low[b:]) or p.OWNER_13.match(s.text[b:]))) or bool(
            kind == "open-source" and p.SUBJECT_PRONOUN_BEFORE.search(low[max(0, a - 8):a]))
        box = lx.DONE_CHECKBOX.search(low) if kind == "open-source" and not verb_form and head else None
        if box and not words(low[box.end():a]) and p.ARTIFACT.match(head_noun) and low[b:b + 1] != "-" \
                and not p.PAREN_AFTER_HEAD.match(low, b + len(" ".join(head)) + 1):
            # '- [x] Open source training scripts': a ticked task opens with its verb, as a to-do item does; what
            # follows is the part it released (not '- [x] Open-source models (Ollama)', a feature it supports)
            verb_form = True
        if verb_form and head and low[a:b].endswith(("sourced", "released")) \
                and low[:a].rstrip().rsplit(" ", 1)[-1] in p.PREPOSITIONS - {"to"}:
            # a participle right between a preposition and its noun is an adjective: 'work on open-sourced MoE
            # projects' names projects, nobody releases anything here ('on the previously open-sourced sizes'
            # still tells of a release)
            verb_form = False
        if verb_form and low[a:b].endswith(("sourced", "released")) and det in ("the", "a") \
                and not any(m.endswith("ly") for m in mods):  # ('the previously open-sourced sizes': an event)
            # so is a participle between a determiner and its noun: 'leveraging the powerful and open-sourced
            # Kestrel-3' names Kestrel-3, nobody releases it in this sentence ('the model open-sourced by' and 'an
            # open-sourced, …' are no noun phrase of it)
            following = words(low[b:b + 40])[:1]
            if following and following[0] not in p.STOP and following[0] not in p.PREPOSITIONS \
                    and p.ATTRIBUTIVE_NEXT.match(low, b):
                verb_form = False
        if verb_form and head and low[a:b].endswith(("sourced", "released")) and p.ATTRIBUTIVE_NEXT.match(low, b) \
                and not p.OWNER_12.match(low, b):
            # ... and so is one a verb of use takes, right after it or as a conjunct of what it takes: 'synthesis using
            # gpt-4o or open-sourced models' names models used, nobody releases anything here ('we trained and
            # open-sourced models' has no verb of use)
            # (the whole sentence before it: a parenthesis after the first conjunct ends the clause the reader reads)
            use = last_match(lx.DEPENDENCY, low[:a])
            between = low[use.end():a] if use else ""
            if use and not lx.RELEASE_VERBS.search(between) and not lx.FIRST_PERSON.search(between) \
                    and p.CONJUNCT_GAP.fullmatch(between):
                verb_form = False
        plural = bool(head_noun) and head_noun.endswith("s") and head_noun not in p.PLURAL_OK \
            and not head_noun.endswith("ss")
        if plural:
            # an acronym written in capitals ends in its own letter, no plural's ('Open-weights Dutch TTS')
            at = low.find(head_noun, b)
            plural = not (at >= 0 and s.text[at:at + len(head_noun)].isupper())
        if plural and low[b:b + 1] == "-":
            # a German compound after a genitive article ends in the genitive's -s, no plural's ('die Entwicklung
            # des Kestrel-Open-Source-Projekts')
            token = max(low.rfind(" ", 0, a), low.rfind("(", 0, a)) + 1
            plural = not any(w in _GENITIVE_ARTICLES for w in words(low[:token])[-1:])
        # (a participle after the noun is no licence noun: 'Open-Source-Software lizenziert unter …', licensed under)
        is_license = any(lx.LICENSE_HEADS.search(w) and not w.endswith(("iert", "ed")) for w in head[:4])

        past = next((m for m in mods if lx.PAST_MODIFIERS.search(m)), "")
        if past and not verb_form:
            # 'unified all features from the previous Open Source and Enterprise editions', 'the former open-source
            # edition': what the noun phrase was, not what is released now
            return out(False, "past", f"a former state or edition ('{past} …'), not what is released now")
        # possessives on the noun phrase
        if det == "own" and any(m in _PREFERENCE_WORDS for m in mods):
            # 'Qdrant is our preferred open-source vector store': what the author prefers or recommends is used
            return out(False, "dependency", f"what the author prefers or recommends ('{det_word} "
                                            f"{next(m for m in mods if m in _PREFERENCE_WORDS)} ...')")
        if det == "own":
            return out(True, "own-possessive", f"first-person possessive on the noun phrase ('{det_word} ...')")
        used = lx.DEPENDENCY.search(gov) if det == "pronoun" and det_word == "their" else None
        if used:
            # 'we use their open-sourced code': a verb of use governs the noun phrase the possessive opens; what the
            # author uses is another's, whoever 'they' are ('its' stays with the pronoun's antecedent: the own
            # product's parts are often 'its')
            return out(False, "dependency", f"something used ('{used.group(0)} their ...')")
        # ('este X' asks the Spanish and Portuguese lexicon whether X is a noun of a release, as its demonstrative does)
        if len(before) >= 3 and before[-1] in p.POSTNOMINAL_PREPOSITIONS and lx.FIRST_PERSON.fullmatch(before[-3]) \
                and lx.DEMONSTRATIVE.fullmatch(f"este {before[-2]}"):
            # 'Nuestros proyectos de código abierto', 'Nossos repositórios de Código Aberto': the phrase after 'de'
            # modifies a noun of a release that the first-person possessive opens
            return out(True, "own-possessive", f"first-person possessive on the noun the phrase modifies "
                                               f"('{before[-3]} {before[-2]} {before[-1]} …')")
        if det == "second":
            copula = p.COPULA_END.search(low, 0, np_start)
            subject = self._own_subject_of(s, copula.start()) if copula else None
            if subject:
                # 'Gentics CMS is your friendly, open-source CMS': the own product, addressed to the reader
                return out(True, "own-subject", f"the own name '{subject}' is what the reader is offered "
                                                f"('is {det_word} …')")
            comma = low.find(",", b)
            if det_word == "your" and not from_first_word(low[:np_start]).strip() and head \
                    and not p.FINITE_VERB.search(low, b, comma if comma >= 0 else len(low)):
                # 'Your friendliest open source automation tool, designed to …': a verbless tagline addressed to the
                # reader names the product; where it stands says whose (the lead or tagline: the project's)
                return out(False, "no-owner", "a tagline addressed to the reader ('Your … tool')")
            return out(False, "second-person", f"the reader's ('{det_word} ...'), not the author's")
        # the reader only uses it; whose it is, the noun phrase says ('you can deploy an open-source OWN')
        # ('Whether you're interested in contributing to the open source library, …': what the reader contributes
        # to is a definite project, the one the page is about)
        # (nor is the definite project the reader is sent to: 'You can find the open source project on GitHub')
        contributed = det == "the" and not plural and bool(p.CONTRIBUTE_TO.search(low, 0, np_start)
                                                           or p.READER_FINDS.search(low, 0, np_start))
        # (nor what the reader works on that a demonstrative points at: 'If you are interested in building this open
        # source project, open an issue')
        pointed = det == "this" and det_word == "this"
        # (nor the edition the reader uses: 'You can evaluate your responses via the open-source version': an edition
        # is the product's, whoever uses it)
        pointed = pointed or (det == "the" and not verb_form and bool(head_noun) and bool(lx.EDITION_NOUNS.search(head_noun))
                              and not p.EDITION_OF.match(low, b + len(" ".join(head)) + 1))
        if self._reader_named(left) and not lx.FIRST_PERSON.search(left) and not self._np_own(s, a, b, head, np_start) \
                and not self._own_copula_subject(s, a, cs) and not self._own_object_complement(s, a, cs) \
                and not self._opens_with_own(s, a) and not contributed \
                and not pointed and not self._beside_own_name(s, a, b, det, np_start):
            # ('you might wonder why OWN is open source': the clause the phrase is predicated in has its own subject;
            # 'Thank you for contributing to OWN, an open-source toolkit': the phrase describes the own name beside it)
            return out(False, "second-person", "said of the reader ('you ...')")
        if det in ("none", "a") and p.USERS_DO_WITH.search(low, max(0, a - 120), a) \
                and not self._np_own(s, a, b, head, np_start):
            # 'so that users can evaluate models with an open-source judge': what users work with, theirs to pick
            return out(False, "second-person", "what users do their work with ('so that users can … with')")
        if p.READER_MAKES.search(left) and not self._np_own(s, a, b, head, np_start) and det in ("none", "a"):
            # 'OWN lets you build open-source apps': what the reader builds with it is the reader's
            return out(False, "second-person", "what the reader makes ('you build …')")

        if words(low[b:b + 30])[:1] == ["your"]:
            # 'Wren helps you open-source your models': no adjective stands before a possessive, so the phrase is a
            # verb whose object is the reader's
            return out(False, "second-person", f"what the reader releases ('{s.text[a:b]} your …')")
        released = words(low[b:b + 40])[:2] if low[a:b].endswith("ing") else []
        if released and released[0] in p.OTHERS_DETERMINERS and released[1:] != ["of"] \
                and (low[:a].split()[-1:] or [""])[0] in p.PREPOSITIONS:
            # 'steps … for open-sourcing existing closed projects': a gerund whose object is others', anyone's
            return out(False, "generic", f"what anyone releases ('{s.text[a:b]} {released[0]} …')")
        # (not when the author is the clause's subject: 'In creating an open model, we have considered …')
        project = p.READER_PROJECT.search(low, max(cs, a - 60), a) if det in ("a", "second") and not verb_form \
            and not lx.FIRST_PERSON.search(low, cs, ce) else None
        if project:
            # 'steps for creating a new open-source project': any project of the reader's, in general
            return out(False, "generic", f"a project of the reader's in general ('{project.group(0).strip()} …')")

        # licence wording
        if is_license:
            return self.license_claim(s, a, b, cs, out, det_word if det == "poss" else "")

        inner_own = self._np_own(s, a, b, head, np_start)

        # what a project uses, said after the noun phrase: 'the open source components used in this project', 'the
        # open-source software Kestrel is based on.' (the own project's or another's, it is no release)
        after_head = b + len(" ".join(head)) + 1 if head else b  # where the noun phrase goes on after its head
        # ('Open-sourced Large Language Models (LLMs) have achieved great success …': the participle describes the
        # plural subject of a statement about such things, not what is released; 'Open-sourced checkpoints are now
        # available' tells of a release) (read only where a participle asks)
        statement = plural and bool(head) and low[a:b].endswith(("sourced", "released")) \
            and bool(p.STATEMENT_AFTER_HEAD.match(low, after_head))
        if not verb_form and det in ("the", "none", "a"):
            used = p.USED_PARTICIPLE_AFTER.match(low, after_head)
            who = (used.group("who") or used.group("who_romance")) if used else ""
            if used and not (self.has_own(who) or lx.DEMONSTRATIVE.search(who) or lx.FIRST_PERSON.search(who)):
                used = None  # 'the open-source model used by thousands of teams' says who uses it, not whose it is
            used = used or p.USE_RELATIVE_AFTER.match(low, after_head)
            if used:
                return out(False, "dependency", f"what a project uses ('{s.text[a:b]} … {s.text[used.start():used.end()].strip()}')")

        # 'compiled examples … from recent open-source work': what 'from' names is the source the author takes
        # something from, others' work (the author's own is named so: 'from our open-source repository')
        if det in ("none", "a") and before and before[-1] == "from" and not verb_form and not inner_own:
            return out(False, "dependency", f"the source something is taken from ('from {s.text[a:b]} …')")

        # 'the open-source edition': an edition is one of a product's; named by nothing else, it is the product
        # these documents describe, even after a verb of use ('this guide uses the open source distribution')
        if det == "the" and not verb_form and head_noun and lx.EDITION_NOUNS.search(head_noun) \
                and not p.EDITION_OF.match(low, b + len(" ".join(head)) + 1):
            return out(True, "own-edition", f"'the {s.text[a:b]} {head_noun}': an edition of the product described")
        # ... or with its noun left out: 'features that are not available in the open source'
        # (after a word of what a product has, not of what one believes in or takes part in)
        if det == "the" and not verb_form and not head and len(before) >= 2 and before[-1] == "in" \
                and lx.HAVING_WORDS.search(before[-2]) and not low[b:].strip(" *_.,;:!)"):
            return out(True, "own-edition", f"'in the {s.text[a:b]}': the open-source edition of the product described")
        # ... and in a changelog's telegraphic style, its article left out: 'Tabbed interface in open-source version'
        if det == "none" and not verb_form and not plural and before and before[-1] in ("in", "into") \
                and _edition_head(head_noun) and not p.EDITION_OF.match(low, b + len(" ".join(head)) + 1):
            return out(True, "own-edition", f"'in {s.text[a:b]} {head_noun}': an edition of the product described")
        # ... Romance languages put the noun first: 'nous l'intégrons dans la version open-source'
        edition = p.ROMANCE_EDITION_BEFORE.search(low, max(0, a - 30), a) if not verb_form else None
        if edition and not p.ROMANCE_EDITION_OF.match(low, b):
            return out(True, "own-edition", f"'{edition.group(0).strip()} {s.text[a:b]}': an edition of the product "
                                            "described")
        # 'the open weights', 'the open-source checkpoints': the release itself, named by nothing else, as an
        # edition is, even after a verb of use ('To use Flash Attention with the open weights')
        if det == "the" and not verb_form and len(mods) <= 1 and len(words(low[a:b])) <= 2 and (
                (kind == "open-weights" and not head) or head_noun in p.RELEASE_HEADS) \
                and not p.EDITION_OF.match(low, after_head) and not self._names_other(s, after_head):
            return out(True, "own-edition", f"'the {s.text[a:b]}{' ' + head_noun if head else ''}': the release "
                                            "described, named by nothing else")

        # 'open source' as a concept ('the integrity of open source', 'contributes to open source'); not when it
        # modifies a product or the own name ('updates for open source Wren'); 'open science' is a practice too
        # ('the practice and application of open science')
        concept_phrase = kind == "open-source" or " ".join(low[a:b].replace("-", " ").split()) == "open science"
        # (a head in capitals after it is a name's words: 'a new class of Open-Source Mixture of Experts')
        if concept_phrase and det == "none" and before and before[-1] in p.PREPOSITIONS and not verb_form \
                and not inner_own and not (head and (lx.PRODUCT_HEADS.search(head_noun) or p.ARTIFACT.match(head_noun))) \
                and not (head and s.text[b:].lstrip(" -")[:1].isupper()) \
                and not (before[-1] == "of" and len(before) > 1 and lx.COLLECTION_NOUNS.search(before[-2])) \
                and not any(m in lx.COPULA_WORDS for m in mods) \
                and not (before[-1] == "in" and not head and lx.RELEASE_VERBS.search(left)) \
                and not low[:a].rstrip(" ,").endswith("of course") \
                and "," not in low[low.rfind(" " + before[-1] + " ", 0, a) + 1:a]:
            # ('which is of course open source': an adverb, no preposition; 'Free to start, open source': a comma
            # after the preposition's object ends what it governs)
            # ('a collection of open source, on-device TTS models' names its members, not the idea; 'committed to
            # remaining free, open-source' predicates it of the subject, a copula between; 'we released the runtime in
            # open source' says how the object was released)
            return out(False, "concept", f"'{s.text[a:b]}' as a concept ('{before[-1]} {s.text[a:b]}')")
        # ... and so is the bare object of a gerund other than a release or a copula ('by managing open source,
        # licenses and vulnerabilities', 'advancing open source'): the field the verb works on
        gerund = (words(low[max(0, a - 30):a]) or [""])[-1]  # (the word right before it, a modifier or not)
        if kind == "open-source" and det == "none" and not head and len(mods) <= 1 and not verb_form and not inner_own \
                and len(gerund) > 5 and gerund.endswith("ing") and gerund not in lx.COPULA_WORDS \
                and not lx.RELEASE_VERBS.fullmatch(gerund) and not lx.DEPENDENCY.fullmatch(gerund):
            return out(False, "concept", f"'{s.text[a:b]}' as the field a verb works on ('{gerund} {s.text[a:b]}')")
        # the bare object of a verb of attitude is the idea ('engineers who love open source', 'we love open-source
        # software'), and so is a kind of thing in general after 'of' ('we believe in the power of open-source
        # software'; not after a word that counts one of them, 'a piece of open-source software')
        attitude = mods[0] if mods else before[-1] if before else ""  # the word right before the phrase
        kind_in_general = det == "none" and not plural and head_noun in p.KIND_NOUNS and len(head) == 1
        if kind == "open-source" and det == "none" and (not head or kind_in_general) \
                and lx.ATTITUDE_VERBS.search(attitude) and not verb_form and not inner_own:
            return out(False, "concept", f"'{s.text[a:b]}' as an idea ('{attitude} {s.text[a:b]}')")
        if kind == "open-source" and kind_in_general and before[-1:] == ["of"] and len(before) > 1 \
                and before[-2] not in p.PIECE_NOUNS and not lx.QUANTITY_NOUNS.search(before[-2]) \
                and not lx.COLLECTION_NOUNS.search(before[-2]) and not verb_form and not inner_own:
            return out(False, "concept", f"'{s.text[a:b]} {head_noun}' in general ('{before[-2]} of …')")
        # the bare phrase as the subject of a general statement is the idea ('Open source provides equality for
        # all', 'Open source means …')
        if kind == "open-source" and det == "none" and not before and not mods and not verb_form \
                and not inner_own and not words(low[cs:a]) and p.CONCEPT_SUBJECT_VERB.match(low, b):
            return out(False, "concept", f"'{s.text[a:b]}' as the subject of a general statement")

        # a bare plural the phrase follows, in the languages that put it after its noun ('une ressource d’outils open
        # source', 'un recurso de herramientas de código abierto', 'des bibliothèques open source'): things in general,
        # as 'a resource of open-source tools' is; a collection of them is the product's ('un ensemble d’outils …')
        romance = None if verb_form or inner_own else p.ROMANCE_BARE_PLURAL.search(low, max(cs, a - 60), a)
        if romance and not lx.COLLECTION_NOUNS.search(
                (words(low[max(cs, a - 80):romance.start()]) or [""])[-1]):
            return out(False, "generic", bare_plural_reason(f"{romance.group(1) or romance.group(2)} {s.text[a:b]}"))
        # what the phrase is predicated of: 'X is (an) open source (Y)', 'X has been open-sourced',
        # 'X (released as an open-weight model)', 'is openly releasing these models'
        pred = self.predicate(s, a, b, cs, det, verb_form)
        if pred is not None and pred[0] and det == "third" and det_word in ("other", "others") and not inner_own:
            # 'This may be other open source projects': what is called 'other' is not the own artifact
            return out(False, "generic", f"'{det_word} …' names things besides the own one")
        if pred is not None:
            own, why = pred
            if own:
                return out(True, "own-subject", f"openness is said of the own artifact ({why})")
            maker = None if verb_form else p.MAKER.match(low, after_head)
            between = None if verb_form or maker else p.PHRASE_BEFORE_MAKER.match(low, after_head)
            if between:
                # ('`PMX` is a open source format for AI models launched by OpenPPL': the participle after the
                # phrase's own prepositional phrase; only the owner, named so, makes it the own release)
                maker = p.MAKER.match(low, between.end())
                maker = maker if maker and maker.group("verb") and self._made_by_owner(maker) else None
            if maker and _maker_named(s, maker) and self._made_by_owner(maker):
                # 'Phi is a series of open source AI models developed by OWNER': a name of the owner's release
                return out(True, "own-subject", f"made by the owner ('{maker.group(0).strip(' ,(')}')")
            if not inner_own:
                return out(False, "third-party", f"openness is said of something else ({why})")

        # a dependency verb or preposition governs the noun phrase
        dep = governing_dependency(gov) if det in ("none", "the", "a", "poss", "pronoun") else None
        if dep is None and cs > 0 and low[:cs].rstrip().endswith(":") and not lx.FINITE_WORDS.search(low, cs, a):
            # an enumeration after a colon names the kinds of what the clause before it takes: '**Model-agnostic** —
            # works with any LLM that supports tool calling: frontier, open-weight, or local'
            introduced = last_match(lx.DEPENDENCY, low[_label_end(low, cs):cs])
            dep = introduced if introduced and not _noun_modifier(low[_label_end(low, cs):cs], introduced) else None
        if dep and in_closed_relative(left, left.rfind(dep.group(0))):
            dep = None  # 'Wren, which supports X, is an open-source …': the verb governs its own clause
        if dep and _noun_modifier(gov, dep):
            dep = None
        if dep is None and det in ("none", "the", "a", "poss", "pronoun"):
            clause_dep = last_match(lx.DEPENDENCY, left)
            if clause_dep and _noun_modifier(left, clause_dep):
                clause_dep = None
            if clause_dep and not lx.RELEASE_VERBS.search(left[clause_dep.end():]) \
                    and not in_closed_relative(left, clause_dep.start()):
                dep = clause_dep
        if dep and _capitalised_in_a_name(s.text, low.rfind(dep.group(0).strip(), 0, a)):
            dep = None  # 'this Kestrel Embedded Python project is …, fully open': a word of a name, no verb of use
        if dep and p.SECOND_PREDICATE.search(low, max(0, low.rfind(dep.group(0), 0, a)), a):
            dep = None  # 'OWN runs on your own server and is 100% open-source': the copula's subject is the clause's
        if dep and p.OWNER_3.search(low[:max(0, low.rfind(dep.group(0), 0, a))]):
            dep = None  # 'for training and using ...' covers making it too
        if dep and dep.group(0).strip() in ("through", "via") and det == "the" and head and p.ARTIFACT.match(head_noun) \
                and not inner_own and not self._names_other(s, after_head) \
                and not self._is_name(s, b, b + len(" ".join(head)) + 2):
            # 'These restrictions can be reviewed through the open-source code': the definite code, named by
            # nothing else, is the one the page is about; 'through' says how the reader sees it
            dep = None
        if dep and contributed and not self._names_other(s, after_head):
            dep = None  # 'contributing to the open source library': the definite project the page is about
        easy = p.EASY_TO_USE.search(low, max(0, a - 60), a) if dep else None
        if easy and easy.start() <= low.rfind(dep.group(0).strip(), 0, a) < easy.end():
            dep = None  # 'an easy to use open source database', 'easy to deploy, and fully open-source': an adjective
        if dep and dep.group(0).strip() in _READER_USES \
                and self._own_object(low, low.rfind(dep.group(0), 0, a) + len(dep.group(0))):
            # 'how to use Stride, an open-source game engine': what the reader uses is the own project ('games that
            # build from Godot, …' still name what the project is built on, whatever its folder is called)
            dep = None
        if dep and lx.THANKS.search(low, 0, a):  # (the words of thanks first: the hook rarely compiles the rest)
            dep_at = low.rfind(dep.group(0), 0, a)
            thanked = lx.THANKS_TO_READER.search(low, 0, a)
            if thanked and thanked.start() <= dep_at < thanked.end() and self._own_object(low, dep_at + len(dep.group(0))):
                # 'Grazie per aver utilizzato OWN, uno scanner … open-source': the reader is thanked for using the own
                # project, which is no dependency of it
                dep = None
        if dep and not inner_own and not verb_form and not low[a:b].endswith("ing") \
                and any(w in p.PREPOSITIONS for w in words(low[low.rfind(dep.group(0), 0, a) + len(dep.group(0)):np_start])):
            appositive = self.appositive(s, a, b, det, np_start)
            if appositive and appositive[0]:
                # 'Deploy AWS EC2 for testing [Chronos](…), an open-source developer tool': the phrase describes the own
                # name it is set beside, which a preposition parts from the verb of use ('games that build from
                # Kestrel, a … game engine' still use the name right after the verb)
                dep = None
        made = p.MADE_BY_AUTHOR_AFTER.match(low, after_head) if dep and not verb_form else None
        if made:
            # 'This website is powered by an open source app we developed at Multi': what is used is the author's
            return out(True, "first-person", f"what is used is one the author made ('{made.group(0).strip()}')")
        if dep and not inner_own and not verb_form:
            return out(False, "dependency", f"something used, studied or recommended ('{dep.group(0).strip()}')")
        if det == "this" and lx.IMPERATIVE_RECOMMEND.search(low):
            return out(False, "dependency", "a recommendation to the reader ('explore this ...')")

        # quantified and generic noun phrases; 'all' with no noun after the phrase is an adverb ('All open source,
        # transparent and self-hostable': entirely), not a quantifier
        releaser = self._quantity_releaser(s, a, cs, left, det_word) if det == "third" else None
        if releaser and lx.RELEASE_VERBS.search(low[releaser[0]:np_start]) \
                and not lx.DEPENDENCY.search(low[releaser[0]:np_start]) \
                and not (before and before[-1] == "by"):  # ('… adopted by many open-source projects': theirs)
            # ('we build upon several open-source repositories': what the author builds on is others', as after 'use')
            # 'we've developed a number of open source projects': how many the author released, not others
            return out(True, releaser[2], f"the author ('{releaser[1]}') releases '{det_word} …'")
        if det == "third" and det_word in p.DET_THIRD and det_word not in p.QUANTIFIERS \
                and det_word not in p.OTHERS_DETERMINERS and head and not plural \
                and not (before and before[-1] in p.DET_THIRD | p.DET_PRONOUN | p.DET_SECOND):
            # ('Free Open Source ERP / CRM App', '### Powerful, cross-platform, open-source password manager': before a
            # singular noun such a word is an adjective of one product, as after an article; 'free open-source tools'
            # are things in general, 'existing', 'popular' or 'other' pick out others' whatever the number, and so
            # does another's possessive before it, 'his great open-source [X](…) project')
            det, mods = "none", [det_word, *mods]
        if det == "third" and not inner_own and not (det_word == "all" and not head):
            return out(False, "generic", f"a quantified or generic noun phrase ('{det_word} ...')")
        listed = last_match(lx.LIST_OF, low[cs:a])
        if listed and not inner_own and len(low[cs + listed.end():a].split()) <= 4:
            # 'une liste complète de modèles IA open-source': the phrase after the listed noun, a list of a class
            return out(False, "generic", f"a list of a class of things ('{listed.group(0).strip()}')")
        if det == "third" and inner_own and plural and det_word in p.OTHERS_DETERMINERS:
            # 'existing open-source RLHF projects': the own name's word modifies a class of others' projects
            return out(False, "generic", f"a class of others' artifacts ('{det_word} ...')")

        # appositive anchor ('NAME, an open-source X') or agent ('X has open-sourced Y')
        ing = bool(p.OWNER_4.search(low[a:b]))
        verdict = (None if ing else self.appositive(s, a, b, det, np_start)) or (
            self.agent(s, a, b) if verb_form else None)
        if verdict is not None:
            own, why = verdict
            if own:
                return out(True, "own-subject", f"openness is said of the own artifact ({why})")
            if not inner_own:
                return out(False, "third-party", f"openness is said of something else ({why})")

        if det == "poss":
            if words(low[max(0, np_start - 30):np_start])[-2:] == ["any", "of"] and plural:
                # 'to work on any of Facebook's open source projects' (a contributor agreement's words): any one of
                # them, whichever the reader works on, no release said here
                return out(False, "community", f"any one of the owner's projects ('any of {det_word} …')")
            if self.has_own(det_word):
                return out(True, "own-name", f"possessive of the own name ('{det_word}')")
            return out(False, "third-party", f"possessive of another name ('{det_word}')")
        if det == "pronoun":
            own, why = self.pronoun(s, a)
            return out(bool(own), "pronoun" if own else "third-party", why)

        if inner_own:
            return out(True, "own-name", "the repository's own name is in the noun phrase")

        # the author as subject (not a word of a linked name: '[Nos Gestes Climat](…) utilise …' names a product)
        first = next((m for m in lx.FIRST_PERSON.finditer(left) if not _in_linked_name(s, cs + m.start(), cs + m.end())),
                     None) if s.link_spans else lx.FIRST_PERSON.search(left)
        phrase_plural = plural or (not head and low[a:b].endswith("s") and not low[a:b].endswith(("ss", "sources")))
        if first and det == "none" and phrase_plural and not verb_form \
                and p.PURPOSE_VERB.search(low[cs + first.end():a]):
            # 'we release a recipe to align open LLMs': the bare plural is what the purpose verb acts on, things
            # in general; what is released is the verb's other object
            return out(False, "generic", f"a bare plural after a purpose verb ('{s.text[a:b]} ... {head_noun}')")
        listed_after = p.LIST_AFTER_PREPOSITION.search(low, cs, np_start) if before and before[-1] in ("and", "or") \
            else None
        if det == "none" and phrase_plural and not verb_form and before and (before[-1] in p.PREPOSITIONS or listed_after) \
                and not (before[-1] == "of" and len(before) > 1 and lx.COLLECTION_NOUNS.search(before[-2])):
            # 'we introduce a framework for improving open-source LLMs', 'an attack on open-source models',
            # 'Evaluation scripts for open models are in …' (with no one named, in the lead too): a bare plural in a
            # prepositional phrase is what the release is about; 'a family of open models' is the release itself
            return out(False, "generic", f"a bare plural after '{listed_after[1] if listed_after else before[-1]}': "
                                         "what the release is about, not the release")
        if det == "none" and not verb_form and before[-1:] == ["in"] and head_noun in p.KIND_NOUNS \
                and not self._np_own(s, a, b, head, np_start):
            # 'people underrepresented in open-source software', 'ten years in open-source AI': a field or a kind
            # of work after 'in', where someone is or works, no release
            return out(False, "generic", f"a field after 'in' ('{s.text[a:b]} {head_noun}')")
        if det == "a" and before[-1:] == ["like"] and not inner_own and not verb_form:
            # 'We want to contribute time for a good cause like an open source project': an indefinite after 'like'
            # is an example of a kind, any such thing
            return out(False, "generic", f"an example of a kind ('like {det_word} {s.text[a:b]} …')")
        if first and (verb_form or lx.RELEASE_VERBS.search(low[cs + first.end():a])
                      or self._copula_of_author(low[cs + first.end():a], opens=not words(left[:first.start()])
                                                or first.group(0) not in ("we", "i", "us", "me"))):
            return out(True, "first-person", f"the author ('{first.group(0)}') releases it")
        first_comma = low.find(",", b)
        if (p.OWNER_5.match(low) and (p.OWNER_6.match(low[b:]) or (
                # (the first person of any language: 'Будучи проектом с открытым исходным кодом, мы …')
                first_comma >= 0 and lx.FIRST_PERSON.match(low, word_start(low, first_comma + 1))))) or (
                (p.AS_A_BEFORE.search(low, cs, a) or p.OWNER_5.match(low)) and self._first_person_after_noun(low, b)):
            # (inside a clause too: '…, but as a small open source project we do not have the resources …')
            return out(True, "first-person", "'as a(n) ..., we' describes the author")
        comma = low.find(",", b)
        subject_at = word_start(low, comma + 1)  # the first word after the comma
        # (after a feature label, the one OWNER_1 reads: '- **Open for collaboration**: As an open-source project, OWN …')
        label = p.OWNER_1.match(low, 0, a)
        fronted_as = p.OWNER_5.match(low, label.end() if label else 0)
        own_after_comma = comma >= 0 and any(x == subject_at for x, _y in s.own_spans)
        if fronted_as and own_after_comma:
            return out(True, "own-subject", "'as a(n) ..., OWN' describes the own artifact")
        fronted = comma >= 0 and self._fronted_description(low[label.end() if label else 0:comma])
        if own_after_comma and fronted:
            return out(True, "own-subject", "a description set before the own name it describes ('Self-hosted and "
                                            "open-source, OWN …', 'A free, open-source app, OWN …')")
        if fronted and not own_after_comma and low[subject_at:].strip():
            word_end = subject_at + len(low[subject_at:].split(maxsplit=1)[0])
            if self._is_name(s, subject_at, word_end) and p.CLAUSE_VERB_NEXT.match(low, word_end):
                # 'A free and open-source app, Kestrel offers …': the description is of the name after it, the
                # subject of the clause ('Open-source, MLX-native speech library' goes on listing adjectives)
                return out(False, "third-party",
                           f"openness is said of something else ({unknown_name_reason(s.text[subject_at:word_end])})")
        if fronted_as and comma >= 0 and "," not in low[b:comma]:
            if low[subject_at:subject_at + 3] == "it ":
                own, why = self.pronoun(s, subject_at)
                return out(own, "pronoun" if own else "third-party", f"'being …, it': {why}")
            word_end = subject_at + len(low[subject_at:].split(maxsplit=1)[0]) if low[subject_at:].strip() else subject_at
            if word_end > subject_at and self._is_name(s, subject_at, word_end):
                name = s.text[subject_at:word_end]
                return out(False, "third-party", f"openness is said of something else ({unknown_name_reason(name)})")
            # 'As an open source project, stars help more people discover us', 'Being open source, others can extend
            # what Frigate offers': the fronted description is of the one the main clause names as the author or
            # the own project, whatever its grammatical subject
            if lx.FIRST_PERSON.search(low, comma):
                return out(True, "first-person", "'as a(n) …, ' describes the author the main clause names")
            if any(x > comma for x, _y in s.own_spans):
                return out(True, "own-subject", "'as a(n) …, ' describes the own project the main clause names")
            if {"it", "its"} & set(words(low[comma:])):
                # 'As an open-source software, anyone can have an impact on how it is being developed': the main
                # clause resumes what the description is of with a pronoun, whose antecedent says whose it is
                own, why = self.pronoun(s, a)
                return out(own, "pronoun" if own else "third-party", f"'as a(n) …, ' then 'it': {why}")
        # (not a word of a linked name: '[Nos Gestes Climat](…) utilise …' names a product, not the author)
        # (in the phrase's clause: 'Oracle provides an open-source sample, so we can leverage that' is Oracle's)
        fp_any = next((m for m in lx.FIRST_PERSON.finditer(low, cs, ce) if not _in_linked_name(s, m.start(), m.end())),
                      None)
        if fp_any and (lx.RELEASE_VERBS.search(gov) or verb_form) \
                and not (det == "none" and phrase_plural and not verb_form):
            return out(True, "first-person", f"the author ('{fp_any.group(0)}') releases it")

        if det == "this" and det_word in ("these", "those") and p.THIRD_PARTY_ANTECEDENT.search(s.prev):
            # 'This project installs third-party open source software. Review the licences of these open
            # source projects.': 'these' points back at what the previous sentence named
            return out(False, "third-party", f"'{det_word}' points back at the third parties just named")
        if det == "this" and det_word in ("these", "those") and self._recommended_before(s):
            return out(False, "dependency", f"'{det_word}' points back at what the sentence before recommends")
        if det == "this" and det_word in ("this", "these") and s.prev and self.names_known_family(s.prev) \
                and not self.has_own(s.prev) and not lx.FIRST_PERSON.search(s.prev) \
                and not lx.DEMONSTRATIVE.search(s.prev) and not self.has_own(low):
            # 'The release of DeepSeek-R1 marked a moment. This open-weight model demonstrated …': the demonstrative
            # points back at the well-known family the sentence before named, with nothing of the author's in it
            return out(False, "third-party", "the demonstrative points back at a well-known family named just before")
        listed = low.rstrip(" *_").endswith((":", "："))  # a list follows the sentence
        pre = low[cs:a].split()
        taken_from = len(pre) >= 3 and pre[-2:] == ["the", "following"] and pre[-3] in ("from", "of", "by", "on")
        if (p.FOLLOWING_BEFORE.search(low, cs, a) or p.FOLLOWING_AFTER.match(low, b)) and (
                (listed and not verb_form and not inner_own and not lx.RELEASE_VERBS.search(low, cs, a))
                or (taken_from and (listed or lx.DEPENDENCY.search(low[cs:a])))):
            # 'OWN would not be possible without the work of the following open-source projects:', 'MetaClaw si basa
            # sui seguenti progetti open-source:', '… les projets open-source suivants :': the list after the colon
            # names them, what the project takes or thanks; no one releases them here ('This toolkit includes code
            # from the following open-source projects' says so without the list)
            return out(False, "dependency", "the 'following' open-source things the text names are what it takes")
        used = lx.DEPENDENCY.search(low, cs, a)
        if used and listed and (plural or phrase_plural or det_word in _PLURAL_DEMONSTRATIVES) \
                and not lx.RELEASE_VERBS.search(low, cs, used.start()):
            # 'OWN relies on these amazing open source projects:', 'Vite depende de estos increíbles proyectos de
            # código abierto:': what a verb of use takes, with the list of them after the colon, are the sources
            # ('these' points ahead at that list, not back at the own project)
            return out(False, "dependency", f"the list after the colon names what is used ('{used.group(0).strip()}')")
        if det == "this" and det_word in ("these", "those") and len(pre) >= 2 and pre[-2] in ("from", "of", "by") \
                and (lx.DEPENDENCY.search(low[cs:a]) or (pre[-2] == "from" and listed)):
            # (and 'OWN synthesizes ideas from these open-source projects:': the list after it names the sources)
            # 'Aider uses modified files from these open source projects': what a verb of use takes them from
            return out(False, "dependency", f"what is used, taken 'from {det_word}' open-source things")
        if det == "this":
            return out(True, "demonstrative", f"a demonstrative points at the own artifact ('{det_word} ...')")

        # the noun phrase names its maker: 'an open-source harness maintained by another lab'
        if not verb_form:
            maker = p.MAKER.match(low, after_head)
            if maker and self._names_a_maker(s, maker) and not self._made_by_owner(maker) \
                    and not (det == "a" and not low[:np_start].strip(" *_#>-") and not p.FINITE_VERB.search(low)):
                # ('An open-source project by Prototyper', a line of its own with no verb: a credit line that says
                # what the page's project is and who makes it)
                return out(False, "third-party", f"made by someone else ('{maker.group(0).strip()}')")
            if det in ("the", "none") and head and p.ARTIFACT.match(head_noun) and not maker \
                    and p.RELEASED_AFTER.match(low, after_head):
                # 'the set of open source pre-trained weights currently made available': released here, with no one
                # else named as who released them
                return out(True, "participle-release", f"'{s.text[a:b]} … {head_noun}' released here, by no one else named")
            # its examples are other names: 'includes the latest open-source LLMs like Kestrel and Finch'
            examples = p.EXAMPLES_AFTER.match(low, after_head)
            if examples and not inner_own and self._names_other(s, examples.end()):
                return out(False, "third-party", f"its examples are others' ('{examples.group(0).strip()} "
                                                 f"{s.text[examples.end():examples.end() + 20].split(',')[0]}')")
            # its name follows it in quotes: 'the open-source podcast synchronization service "Gpodder.net"'
            named = p.QUOTED_NAME_AFTER.match(s.text, after_head) \
                if det == "the" and head else None
            if named and not self.has_own(named.group(1).lower()):
                return out(False, "third-party", f"a definite noun phrase named '{named.group(1)}', not an own name")

        if det == "the" and len(mods) == 1 and head and p.RANKING_SUPERLATIVE.fullmatch(mods[0]) \
                and (p.ARTIFACT.match(head_noun) or head_noun in _PRODUCT_NOUNS) \
                and not p.COPULA_END.search(low, cs, np_start) and not p.MAKING_IT.search(low, cs, np_start):
            # 'a gap between the strongest proprietary model and the strongest open-source model': the top of a class,
            # which no subject is said to be ('OWN is the strongest …', '…, making it the largest …' say it of one)
            return out(False, "comparison", f"the top of a class ('the {mods[0]} {s.text[a:b]} {head_noun}')")
        # the sentence is about the own artifact ('These crates ...: fully open source features')
        # (a bare noun phrase followed by its verb is the subject of its own clause: 'we believe that, generally,
        # open source code is in the spirit of science')
        own_clause = det == "none" and bool(p.FINITE_VERB.match(low[after_head:].lstrip()))
        # ('This project is dedicated to open-sourcing LLMs': a gerund's plural is its object, no bare plural after
        # a preposition)
        subj = None if (det == "none" and plural and before and before[-1] in p.STOP and not verb_form) or own_clause \
            else self.sentence_subject(s, a)
        if subj is not None and subj[0]:
            return out(True, "sentence-subject", f"the sentence is about the own artifact ({subj[1]})")
        shown = p.HOW_TO.search(low, cs, a)
        if shown and not inner_own and not lx.DEMONSTRATIVE.search(low, shown.end(), a) \
                and not lx.FIRST_PERSON.search(low, shown.end(), a):
            # 'This project explains how to pick an open-source model': the reader picks it, in the own places too
            return out(False, "second-person", f"what the reader is shown how to do ('{shown.group(0)} …')")

        if det == "none" and plural and len(before) > 1 and before[-1] == "of" \
                and lx.COLLECTION_NOUNS.search(before[-2]):
            # 'OWN (…), a family of lightweight yet powerful open-source LLMs': the members of a collection in
            # apposition; whose they are, the collection's anchor says
            coll = p.COLLECTION_ARTICLE.search(low[:a])
            anchored = self.appositive(s, a, b, "a", coll.start()) if coll else None
            if anchored is not None and anchored[0]:
                return out(True, "own-subject", f"openness is said of the own artifact ({anchored[1]})")
            presented = self.sentence_subject(s, a) if coll and (
                lx.RELEASE_VERBS.search(low[cs:coll.start()]) or p.COPULA_END.search(low, cs, coll.start())) else None
            if presented is not None and presented[0]:
                # 'OWN introduces a novel family of fully open-source LMMs', 'OWN is a family of open models': the
                # collection the own subject releases or is
                return out(True, "own-subject", f"a collection the own subject presents ({presented[1]})")
        # ('Suite of open-sourced projects and models for …': a verbless headline whose head is the collection the
        # plural's members make up, the product it describes, no things in general; where it stands says whose)
        # (with its article too: 'A family of fully open-source large multimodal models demonstrating …')
        headline_collection = det == "none" and before[-1:] == ["of"] and words(low[:np_start]) == before \
            and (len(before) == 2 or (len(before) == 3 and before[0] in ("a", "an", "the"))) \
            and bool(lx.COLLECTION_NOUNS.search(before[-2]))
        # ('An open source Claude Artifacts': one thing called by a plural name, another's product it remakes)
        named_plural = det == "a" and bool(head) and all(w[:1].isupper() for w in s.text[b:].split()[:len(head)])
        example = p.EXAMPLES_AFTER.match(low, after_head) if plural and head else None
        if example and any(x == example.end() for x, _y in s.own_spans) and not lx.DEPENDENCY.search(low, cs, a):
            # 'Open-source projects like Meshtastic thrive where …': the own project is one of the class the
            # plural names, so what it says of the class it says of the own project
            return out(True, "own-example", f"the own name is an example of the class ('{s.text[example.start():example.end()].strip()} …')")
        if det in ("none", "a") and plural and not verb_form and not headline_collection and not named_plural:
            return out(False, "generic", bare_plural_reason(f"{s.text[a:b]} ... {head_noun}"))
        if det == "none" and not verb_form and head_noun in p.KIND_NOUNS and self._opens_statement(low, a) \
                and p.CLAUSE_VERB_NEXT.match(low, after_head):
            # 'Open-source software underpins much of today's AI research': a bare noun of a kind opening the
            # sentence as its verb's subject says something of that kind in general
            return out(False, "generic", f"a kind in general ('{s.text[a:after_head].strip()}'), the subject of a statement")

        if (s.news or lx.news_date(low) or lx.DONE_CHECKBOX.search(low)) and det in ("none", "the", "a"):
            writing = p.WRITING_LABEL_BEFORE.search(low, 0, a) or p.WRITING_ABOUT_BEFORE.search(low, 0, a)
            if writing:
                # '[2023/12/19] New example: Open source LLM with code interpreter': the item announces writing about
                # the phrase's subject (an example, a tutorial, a post), not its release
                return out(False, "dependency", f"a news item announcing writing about it ('{writing.group(0).strip()}')")
            return out(True, "news-item", "a dated news item or ticked roadmap item announcing a release")

        # ('the open source version of Kestrel': 'of' names whose edition it is)
        edition_of = p.EDITION_OF.match(low, after_head) if head else None
        passive = p.PASSIVE_COPULA.match(low, after_head) if det == "the" and head else None
        maker = p.MAKER.match(low, passive.end()) if passive else None
        if maker and self._names_a_maker(s, maker) and not self._made_by_owner(maker):
            # 'The open-source framework is backed by WeBank': the passive's agent, named, says whose it is
            return out(False, "third-party", f"made by someone else ('{maker.group(0).strip()}')")
        predicated = low[a:b].split()
        if det == "the" and len(mods) <= 1 and not head and len(predicated) > 2 and p.ARTIFACT.match(predicated[0]) \
                and predicated[-1] == "open":
            # 'The weights are open.': the phrase is the predication of a part of the release, its noun the subject's
            return out(True, "definite-artifact", f"a definite reference to the own release ('the {s.text[a:b]}')")
        if det == "the" and len(mods) <= 1 and head and (p.ARTIFACT.match(head_noun) or head_noun in _PRODUCT_NOUNS) \
                and not (mods and p.LISTED_SELECTION.fullmatch(mods[0])) \
                and not self._is_name(s, b, b + len(" ".join(head)) + 2) \
                and not self._names_other(s, after_head) \
                and not (edition_of and self._names_other(s, edition_of.end())):
            if s.prev and not low[:a].split("the", 1)[0].strip(" *_>-"):
                # 'Qwen3.8 is a vision-language model from Alibaba. The open-weights 27B dense model shares …': a
                # definite noun phrase opening the sentence goes on about the previous sentence's subject, as 'it'
                # would, when that is another's name
                own, why = self.pronoun(s, a)
                if not own and why.startswith(_PREVIOUS_SUBJECT):
                    return out(False, "third-party", f"the previous sentence's subject, named again ({why})")
            return out(True, "definite-artifact", f"a definite reference to the own release ('the {s.text[a:b]} "
                                                  f"{head_noun}')")

        gerund_subject = p.GERUND_SUBJECT.match(low, b) if verb_form and p.OWNER_4.search(low[a:b]) else None
        if gerund_subject and not low[:a].strip(" -*+•_") and not self._own_in(s, b, gerund_subject.end()) \
                and not lx.DEMONSTRATIVE.search(low, b, gerund_subject.end()):
            # 'Open sourcing libraries on GitHub is a common practice': the release as an activity, the subject of
            # a copula, says nothing of what this project releases ('Open-sourcing this SDK was …' does)
            return out(False, "generic", "releasing as an activity, the subject of a copula")
        if statement and det == "none" and not inner_own and not low[:a].strip(" >*_-+•#"):
            # (opening the sentence: the participle and its plural make the subject of a statement about such things)
            return out(False, "generic", f"a kind in general ('{s.text[a:after_head].strip()}'), the subject of a "
                                         "statement")
        if verb_form and not statement and not p.RELEASED_BY.match(low, b) and (p.OWNER_9.match(low[:a]) or (
                s.block_kind in ("list_item", "heading") and p.OWNER_11.search(low[:a])
                and not p.OWNER_14.search(low[:a]))):
            return out(True, "subjectless-release", "a release announced without a subject (list item or headline)")

        coordinated = p.COORDINATED_APPOSITION.search(low, 0, a) if det == "none" else None
        if coordinated:
            # 'XuanYuan, the first domestically developed and open-sourced Chinese chat model': the phrase is a
            # conjunct of the modifiers of a noun phrase set beside a name, which says whose it is
            anchor_start, anchor_end = name_before(low, coordinated.start())
            whose = self.classify(s, anchor_start, anchor_end, a, appositive=True) if anchor_end > anchor_start else None
            if whose is not None:
                return out(whose[0], "own-subject" if whose[0] else "third-party",
                           f"openness is said of '{s.text[anchor_start:anchor_end].strip()}' ({whose[1]})")
        if det == "none" and head and p.ARTIFACT.match(head_noun) and p.PARTICIPLE.search(low[a:b]) \
                and not lx.DEPENDENCY.search(gov) and not statement:
            # 'reproduced with open-sourced code and checkpoints': a past participle says a release happened;
            # with no other agent named (handled above), it is the one these documents announce
            return out(True, "participle-release", f"'{s.text[a:b]} {head_noun}': released, by no one else named")
        # ('Datasets open-source: Lista de datasets abiertos …' labels a list of others' things)
        if det == "none" and not before and p.OWNER_7.match(low[b:b + 3]) and artifact_list(low[b:]) \
                and not lx.LIST_OF.search(low[b:b + 40]):
            return out(True, "label", "a label followed by the released artifacts ('Fully open source: ...')")
        label = p.OWNER_1.match(low[:a])
        if label and not lx.DEPENDENCY.search(low[label.end():a]) and (self.has_own(label.group(1)) or (
                label.group(1).split() and p.ARTIFACT.match(label.group(1).split()[-1])
                and not self._is_name(s, label.start(1), label.end(1)))):
            return out(True, "label", f"said of the own component named by the label ('{label.group(1)}: ...')")

        if det == "none" and not verb_form and not before and head_noun in _THIS_REPOSITORY_HEADS \
                and s.block_kind in ("paragraph", "plain", "html", "heading"):
            # 'Open-source repository of the hardware and software of Kestrel', 'Open-source implementation of …':
            # a description that opens with the phrase and names a repository is the one it stands in
            return out(True, "this-repository", f"a description of the repository it stands in ('… {head_noun}')")
        following = words(low[b:])[len(head):len(head) + 1] if head and det == "none" and not verb_form else []
        if following and following[0] in _STUDY_NOUNS and s.block_kind in ("heading", "paragraph", "plain", "list_item"):
            # '# Open-Source LLM Experiments', 'Open-source model evaluation': the product noun modifies a noun of
            # study; what the line names is a study of such products, not one
            return out(False, "generic", f"a study of such things ('{s.text[a:b]} {head_noun} {following[0]}')")
        if following and following[0] in _SUPPORT_NOUNS and p.ARTIFACT.match(head_noun):
            # '- **Open-source model support & low cost**: …': the product noun modifies a noun of relation; the line
            # names support for others' products
            return out(False, "dependency", f"support for such things ('{s.text[a:b]} {head_noun} {following[0]}')")
        family = next((w for w in low[b:after_head].replace("/", " ").split()
                       if self.names_known_family(w) and not self.has_own(w)), "") \
            if head_noun in _MODEL_HEADS and not verb_form else ""
        if family:
            # 'open-source Alibaba/Qwen model series': a well-known family named inside a noun phrase of models is
            # whose they are ('an open-source Llama model server' is a server, whoever's models it serves)
            return out(False, "third-party", f"the noun phrase names a well-known family ('{family}')")
        if s.block_kind == "list_item" and det == "none" and not verb_form and p.LABEL_EXPLAINED_BY_USE.match(low, b):
            # '- **Open Source Ecosystem**: Integration with SmolAgents, FastMCP, LangChain': the label is explained
            # by what the product works with, others' products
            return out(False, "dependency", "a list item's label explained by what it works with ('integration with …')")
        tag = self.tagline(s, a, b, det, mods, before, head, head_noun, plural)
        # ... or the link the line opens with, the description right after it ('- [Hocuspocus](…) open source and
        # extensible Node.js server')
        named = (label.start(1), label.end(1)) if label else next(
            ((x, y) for x, y in s.link_spans if y <= a and not s.text[:x].strip(" *_-+•[")), None)
        if tag and named and self._labels_a_name(s, *named):
            # '* [Firefly III](…): A free and open source personal finance manager': a verbless description after a
            # name's label says what that name is, as an apposition does; not one of the repository's own names
            return out(False, "third-party",
                       f"openness is said of something else ({unknown_name_reason(s.text[named[0]:named[1]])})")
        if tag:
            return out(True, "tagline", tag)

        sep = p.LABEL_SEPARATOR.search(low, b, min(len(low), b + 40)) if s.block_kind == "list_item" else None
        # ... so does a paragraph that opens with such a label and a dash, where what explains it is the own project,
        # 'this' or the author's own parts ('**Open source by default** — Our codebase is public.'; 'Open source — we
        # love the community' explains nothing of a release)
        dash = p.LABEL_DASH.search(low, b, min(len(low), b + 40)) \
            if s.block_kind == "paragraph" and not low[:a].strip(" *_") else None
        if dash and not (any(x >= dash.end() for x, _y in s.own_spans) or lx.DEMONSTRATIVE.search(low, dash.end())
                         or p.OWN_PARTS_AFTER.match(low, dash.end())):
            dash = None
        sep = sep or dash
        if sep and det == "none" and not before and not plural and (
                any(x >= sep.end() for x, _y in s.own_spans) or lx.FIRST_PERSON.search(low, sep.end())
                or lx.DEMONSTRATIVE.search(low, sep.end())):
            # '- Open-source and self-hostable — OWN is AGPL-3.0': a list item's label whose explanation is
            # about the own project or the author is one of its features
            explained = low[sep.end():sep.end() + 60]
            used = lx.DEPENDENCY.search(explained)
            # ('**Open Source**: Full access to OWN's implementation': what is used is the own project)
            used_own = used is not None and any(
                x >= sep.end() + used.end() and len(words(low[sep.end() + used.end():x])) <= 2 for x, _y in s.own_spans)
            if used and len(words(explained[:used.start()])) <= 2 and not used_own:
                # '**Open-source judge:** We use **Kestrel-35B** through …': the explanation names what the author
                # uses, and the label is that
                return out(False, "dependency", f"a feature label explained by what is used ('{used.group(0).strip()}')")
            return out(True, "feature-label", "a feature label explained by the own project or the author")

        source = next(((x, y) for x, y in s.own_spans if x > b and low[max(b, x - 6):x].rstrip().endswith((" from", " by"))
                       and ":" not in low[b:x] and ";" not in low[b:x]), None)
        if source is not None and det in ("the", "none") and not plural:
            # 'The open source project for Opera Cake has been available since 2016 from Great Scott Gadgets': the
            # owner named as where it comes from, or who made it, says whose it is
            x, y = source
            return out(True, "own-maker", f"the owner is named as its source or maker ('{low[max(b, x - 5):x].strip()} "
                                          f"{s.text[x:y]}')")

        return out(False, "no-owner", "nothing ties the phrase to the author's own artifact")

    def _labels_a_name(self, s: Sentence, a: int, b: int) -> bool:
        """The label in [a, b) before a colon is a name that is not an own one: linked, or written as a name
        ('Qwen2', 'vLLM'). A capital alone is no sign here: feature labels are capitalised ('**Auditable**:',
        '**Data Privacy**:'), and so is a component named by its kind ('[Training code](…):')."""
        name = s.text[a:b].strip(" *_`[]")
        if not name or self.has_own(name.lower()):
            return False
        words_ = [w.strip("*_`[]()") for w in name.split()]
        if p.ARTIFACT.match(words_[-1].lower()):
            # a part named by its kind ('[Training code](…):'), unless a name stands before the kind ('OXE dataset:')
            return any(self.name_shaped(w) or (len(w) >= 2 and w.isupper() and w.lower() not in p.COMMON_ACRONYMS)
                       for w in words_[:-1]) and not self.has_own(" ".join(words_[:-1]).lower())
        linked = any(x <= a + 2 and y >= b - 2 for x, y in s.link_spans)
        if not linked and len(words_) == 1 and self._property_label(s.low, s.low.find(words_[0].lower(), a), words_[0]):
            return False  # '- 💰 **Cost-Effective**: Open-source alternative to …'
        return linked or any(self.name_shaped(w) for w in words_)

    @staticmethod
    def _names_a_maker(s: Sentence, maker: re.Match[str]) -> bool:
        """A maker (:data:`patterns.MAKER`) is someone named ('maintained by Loon Labs') or another ('by another
        lab'); 'maintained by a few individuals' names nobody."""
        who = s.text[maker.start("who"):maker.end("who")]
        return _maker_named(s, maker) and (not who.islower() or _is_handle(who)
                                           or bool(p.OTHER_MAKER.match(maker.group("who"))))

    def _property_label(self, low: str, at: int, word: str) -> bool:
        """The word at ``at`` is a property written as a feature label ('**Auditable**:', '**Cost-Effective**:'): made
        an adjective or abstract noun by its ending (:data:`patterns.FEATURE_LABEL_WORD`) and not shaped as a name;
        a compound's parts each capitalised, as a label is written, make no name."""
        return at >= 0 and bool(p.FEATURE_LABEL_WORD.match(low, at)) \
            and not self.name_shaped(word.strip("*_` ").rsplit("-", 1)[-1])

    def _names_other(self, s: Sentence, at: int) -> bool:
        """A proper name that is not an own name follows at ``at`` ('the open-source project DiffSynth-Studio')."""
        m = p.NAME_AFTER.match(s.text, at)
        return bool(m) and not self.has_own(m.group(1).lower())

    def _np_own(self, s: Sentence, a: int, b: int, head: list[str], np_start: int = -1) -> bool:
        """The own name is inside the noun phrase: 'OWN open-source models', 'the open-source OWN'."""
        low = s.low
        for x, y in s.own_spans:
            if x < a < y and low[a - 1] == "-" and not s.text[x:y].islower():
                # a compound the own name opens and the phrase goes on: 'des Kestrel-Open-Source-Projekts' (as
                # written: a lower-case slug is an address's, '#kestrel-is-it-open-source')
                return True
            if y <= a and x >= min(np_start, a) - 1 and not p.NP_OWN_1.search(low[y:a]) and a - y <= 25 \
                    and not lx.DEPENDENCY.search(low[y:a]) and not lx.RELEASE_VERBS.search(low[y:a]) \
                    and not ("ly " in low[y:a] and p.ADVERB_BEFORE_VERB.search(low[y:a])):
                # a verb between them makes the name the subject, not part of the noun phrase ('OWN builds on
                # open-source libraries' is about the libraries; 'OWN consistently enhances open-source models', an
                # adverb before its verb)
                return True
            if y <= a and a - y <= 25 and self._collection_of(low[y:a]):
                # 'the OWN family of open-source models': the collection is the own release, and 'of' names
                # its members, whatever the clause around it ('You can see the OWN series of open models')
                return True
            if x >= b:
                gap = low[b:x]
                if len(gap) <= 40 and not p.NP_OWN_2.search(gap):
                    return True
                if p.HEAD_OF.fullmatch(gap) and not s.text[x:x + 1].islower():
                    return True  # 'the open-source nature of OWN': the name, as written, follows the head's 'of'
                parts = p.PARTS_FOR.fullmatch(gap)
                if parts and (parts.group("part") or low[a:b].endswith(("weights", "weight"))):
                    return True  # 'open weights for every OWN checkpoint', 'open-weight checkpoints for OWN-1B'
        return False

    def _quantity_releaser(self, s: Sentence, a: int, cs: int, left: str, det_word: str) -> tuple[int, str, str] | None:
        """Who may release the quantity ``det_word`` names ('we've developed a number of …'): the first person in the
        clause, or the own name the clause opens with ('OWN develops and maintains several …'; its 'other' ones are
        others', 'OWN re-distributes other open-source tools'), as (where it ends, its words, the rule); or None."""
        if det_word not in p.RELEASED_QUANTITY:
            return None
        first = lx.FIRST_PERSON.search(left)
        if first:
            return cs + first.end(), first.group(0), "first-person"
        subject_at = self._subject_start(s, a) if det_word != "other" else None
        own = self._own_span_at(s, subject_at) if subject_at is not None and subject_at >= cs else None
        return (own[1], s.text[own[0]:own[1]], "own-subject") if own else None

    @staticmethod
    def _first_person_after_noun(low: str, b: int) -> bool:
        """The first person among the three words after the noun that ends at or after ``b`` ('as a small open source
        project we …'; 'Als Open Source-Projekt arbeiten wir …', where the subject follows the verb)."""
        after = p.WORDS_AFTER_NOUN.match(low, b)
        return after is not None and any(w and lx.FIRST_PERSON.fullmatch(w) for w in after.groups())

    @staticmethod
    def _copula_of_author(gap: str, opens: bool = True) -> bool:
        """A copula after the first person ('we are an open-source lab'), not one of a relative clause that has
        its own subject ('we encourage people from backgrounds that are underrepresented in open-source software'),
        nor the last of a row of predicates whose subject opens the sentence before the first person ('It supports
        everything we need, allows us to …, and is open source'; ``opens``: the first person opens the clause, or is a
        possessive, 'Excited to share our latest X, a benchmark …, and is fully open source!')."""
        copula = p.OWNER_8.search(gap)
        if copula is not None and not opens and gap[:copula.start()].rstrip().endswith(", and"):
            return False
        return copula is not None and not p.RELATIVE_PRONOUN.search(gap, 0, copula.start())

    @staticmethod
    def _opens_statement(low: str, a: int) -> bool:
        """Nothing stands before ``a`` but a clause a verb of saying or believing introduces ('We believe that …')."""
        opener = words(low[:a])
        return not opener or (opener[-1] == "that" and len(opener) <= 6
                              and any(w in p.SAYING_VERBS for w in opener[:-1]))

    def _opens_with_own(self, s: Sentence, a: int) -> bool:
        """The sentence opens with the own name or a demonstrative of the own project: a 'you' later on is an
        object ('OWN is available to you since it is open-source', 'This project gives you a clean, open-source
        version of it'), the reader is not who the sentence is about."""
        start = self._subject_start(s, a)
        return start is not None and (self._own_span_at(s, start) is not None
                                      or bool(lx.DEMONSTRATIVE.match(s.low, start)))

    @staticmethod
    def _subject_start(s: Sentence, a: int) -> int | None:
        """Where the sentence's subject starts, after list markup and a leading adverbial ('Unlike closed models,
        ...', 'In 2024, ...', 'Today, ...'); None when no subject precedes the phrase or when what precedes it
        thanks someone or uses something that governs the phrase."""
        low = s.low
        m = p.SENTENCE_SUBJECT_1.match(low)
        start = m.end() if m else 0
        # a list item's feature label is not the subject ('- Annotate documents: OWN allows you to …'), unless
        # it is the own name itself
        label = p.LIST_ITEM_LABEL.match(low, start, a) if s.block_kind == "list_item" else None
        if label and not any(start <= x < label.end() for x, _y in s.own_spans):
            start = label.end()
        adv = p.SENTENCE_SUBJECT_2.match(low[start:a])
        if adv:
            start += adv.end()
        if start >= a:
            return None
        said = last_match(p.SAYING_THAT, low[start:a])
        if said and start + said.end() < a:
            # 'This ensures that derivative works remain open source': the phrase's clause has its own subject
            start += said.end()
        seg = low[start:a]
        if lx.THANKS.search(seg):
            return None
        participle = p.SENTENCE_SUBJECT_3.search(low[a:a + 40].split(" ")[0] if low[a:] else "")
        if not participle and (governing_dependency(" ".join(words(seg)[-5:])) or p.SENTENCE_SUBJECT_6.search(seg)):
            return None
        return start

    @staticmethod
    def _own_span_at(s: Sentence, start: int) -> tuple[int, int] | None:
        """The own name the subject opens with, if any ('Wren …', 'The Wren library …')."""
        reach = start + (4 if s.low.startswith("the ", start) else 0) + 2
        return next((sp for sp in s.own_spans if sp[0] <= reach), None)

    def _own_copula_subject(self, s: Sentence, a: int, cs: int) -> bool:
        """The phrase is predicated of an own name by a copula ('... why OWN is open source'), or of what a
        demonstrative points at ('you can rest assured that this add-in is completely open source')."""
        cop = copula_before(s.low, a, cs)
        if cop is None:
            return False
        start, end = subject_span(s.low, cop)
        subject = s.low[start:end].split()
        return bool(self._own_subject_of(s, cop)) or (0 < len(subject) <= 3 and subject[0] in ("this", "these"))

    def _own_object_complement(self, s: Sentence, a: int, cs: int) -> bool:
        """The phrase is in what a verb makes an own name ('people like you make OWN such a great open-source
        tool'): predicated of that object, whoever the subject is."""
        made = p.NAMED_OBJECT_COMPLEMENT.search(s.low, max(cs, a - 80), a)
        return made is not None and self.has_own(made.group(1))

    @staticmethod
    def _own_subject_of(s: Sentence, cop: int) -> str:
        """The subject of the copula at ``cop`` when it holds an own name, as written, or ""."""
        start, end = subject_span(s.low, cop)
        own = end > start and any(start <= x and y <= end for x, y in s.own_spans)
        return s.text[start:end].strip() if own else ""

    @staticmethod
    def _collection_of(gap: str) -> bool:
        """The words between an own name and the phrase are a collection noun and 'of' ('OWN series of')."""
        ws = words(gap)
        return len(ws) == 2 and ws[1] == "of" and bool(lx.COLLECTION_NOUNS.search(ws[0]))

    def license_claim(self, s: Sentence, a: int, b: int, cs: int, out,  # type: ignore[no-untyped-def]
                      possessor: str = "") -> Verdict:
        """Licence wording: whose licence it is. ``possessor``: the possessive the noun phrase reader found before
        the phrase ("Nextflow's"), if any."""
        low = s.low
        pre = low[:a]
        release = p.LICENSE_CLAIM_1.search(pre)
        if p.OTHERS_LICENSES_BEFORE.search(pre):
            # '…third-party libraries, which are licensed under their own respective Open-Source licenses'
            return out(False, "license-text", "the licences of others ('their', 'respective')")
        if possessor and self.has_own(possessor) and not p.LICENCE_PLURAL_AFTER.match(low, b):
            # 'you adhere to Nextflow's open source license': the licence the own name possesses is the own release's
            return out(True, "own-license", f"the open licence of the own name ('{possessor}')")
        if release:
            subj = pre[:release.start()]
            if lx.REQUIREMENT_LEFT.search(subj):
                # 'The software used to train the model must be provided under an open source license': a requirement
                # (of a definition, a policy, a contribution guide), not a statement of what is released
                return out(False, "license-text", "a requirement ('must', 'shall', 'should'), not a release")
            based = lx.DEPENDENCY.search(subj)
            if based and p.RELATIVE_PRONOUN.search(subj, based.end()):
                # '(b) The contribution is based upon previous work that … is covered under an appropriate open source
                # license': the relative clause after the verb of use says whose the licence is, the used work's
                return out(False, "license-text", f"the licence of what is used ('{based.group(0).strip()} … that')")
            # (the author releases it, not what the author uses: 'We use Kestrel, which is provided by Acme under …')
            first = lx.FIRST_PERSON.search(subj)
            used = lx.DEPENDENCY.search(subj, first.end()) if first else None
            own = self.has_own(subj) or (first and not used) or lx.DEMONSTRATIVE.search(subj)
            if not own and p.LICENSE_CLAIM_2.match(subj):
                own = self.pronoun(s, a)[0]
            release_noun = p.LICENSE_CLAIM_3.search(subj)
            if not own and release_noun and not lx.DEPENDENCY.search(subj) \
                    and not self._is_name(s, release_noun.start() + len("the"), release_noun.end()):
                own = True  # ('The Kestrel library is under …' names another's library)
            if own:
                return out(True, "own-license", "the own artifact is released under an open licence")
            if not words(subj) and s.block_kind in ("list_item", "paragraph", "plain") \
                    and not p.LICENCE_PLURAL_AFTER.match(low, b):
                # '- Released under the MIT open-source license.', '- selected AGPL-3.0 as the open-source license':
                # a licence statement with no subject at all is the author's, of its own release (a section about
                # others or a catalogue still overrides it: a weak rule)
                return out(True, "subjectless-license", "a licence statement without a subject: the own release's")
        return out(False, "license-text", "licence wording, not said of the own artifact")

    def predicate(self, s: Sentence, a: int, b: int, cs: int, det: str, verb_form: bool) -> tuple[bool, str] | None:
        """What the phrase is predicated of: the copula/passive subject, the thing 'released as' it, or the
        object of an active release verb ('is openly releasing these models')."""
        low = s.low
        if verb_form and p.OWNER_4.search(low[a:b]):
            # (a remark in parentheses is no part of the object: 'open-sourcing X (used in OWN)' releases X)
            obj = p.SUBJECT_SPAN_2.sub(lambda m: " " * len(m.group(0)), low[b:b + 60])
            if self._demonstrative_object(obj) or p.AGENT_2.match(obj) or self.has_own(obj[:40]):
                return True, "the object is the own artifact"
        # 'X (released as an open-weight model)', 'X, released as open source'
        rel = p.PREDICATE_1.search(low[max(0, a - 80):a])
        if rel and rel.group("by") and not self.has_own(rel.group("by")) and not lx.FIRST_PERSON.fullmatch(rel.group("by")):
            # '_My Tracks_ was initially released by Google in 2010 as open-source software': who released it says
            # whose it is, whatever names it
            at = max(0, a - 80)
            return False, f"released by someone else ('by {s.text[at + rel.start('by'):at + rel.end('by')]}')"
        if rel:
            end = max(0, a - 80) + rel.start()
            end = len(low[:end].rstrip(" (,"))
            start = noun_phrase_start(low, end)
            conjoined = p.CONJUNCT_BEFORE.search(low, 0, start) if end > start else None
            if conjoined and noun_phrase_start(low, conjoined.start()) < conjoined.start():
                # 'OWN and Mesh are available as …': the coordinated subject, all of it ('and' stops the noun phrase)
                start = noun_phrase_start(low, conjoined.start())
            if end > start:
                np_at = start + len(low[start:end]) - len(low[start:end].lstrip())
                cop = p.COPULA_END.search(low, 0, np_at) if low.startswith(("a ", "an "), np_at) else None
                subject = self._own_subject_of(s, cop.start()) if cop else ""
                if subject:
                    # 'Docketeer is a Docker developer tool that's available as an open-source project': what an own
                    # name is said to be, whatever it names in its description
                    return True, f"said of '{s.text[start:end].strip()}', which the own name '{subject}' is"
                v = self.classify(s, start, end, a)
                if v is not None:
                    return v
        # 'keeping the project open source', 'makes all of its models open': the object the verb puts in that state
        # ('making OWN one of the most comprehensively open-sourced models': the object is ranked among them)
        obj = p.OBJECT_COMPLEMENT.search(low, max(cs, a - 60), a) or p.RANKED_OBJECT.search(low, max(cs, a - 80), a)
        if obj is None:
            romance = p.OBJECT_COMPLEMENT_ROMANCE.search(low, max(cs, a - 60), a)
            obj = romance if romance and p.ROMANCE_COMPLEMENT_END.match(low, b) else None
        if obj:
            maker = p.MAKER_BEFORE_VERB.search(s.text, max(0, obj.start() - 40), obj.start())
            if maker and not self.has_own(maker.group(1).lower()) and self._is_name(s, maker.start(1), maker.end(1)):
                # 'Microsoft eventually made the server open source': who made it so is whose release it was
                return False, f"made open by someone else ('{maker.group(1)}')"
            v = self.classify(s, obj.start(1), obj.end(1), a)
            if v is not None:
                return v
        elif self._own_object_complement(s, a, cs):
            return True, "said of what the verb makes an own name ('make OWN a … tool')"
        cop = copula_before(low, a, cs)
        if cop is not None:
            if p.PREDICATE_2.search(low[:cop]):
                return None  # 'X started as ... and is now open source': elided subject, decided by the sentence
            start, end = subject_span(low, cop)
            if low[start:end].strip() in ("to", "before", "after", "since", "until", "upon", "once", "while", "by"):
                # 'To stay free and open-source, we need your help', 'Before being open sourced in 2014, OWN had
                # been developed …': an infinitive of purpose or a fronted time clause takes the subject of the
                # main clause after it, and so does a means ('By being open source and copyleft, we invite …')
                for main in p.MAIN_CLAUSE_AFTER.finditer(low, b):
                    if lx.FIRST_PERSON.match(main.group(1)) or any(x == main.start(1) for x, _y in s.own_spans):
                        return True, f"said of the main clause's subject ('{s.text[main.start(1):main.end(1)]}')"
                return None
            copula_word = low[cop:].split(maxsplit=1)[0]
            if end <= start and copula_word in lx.FIRST_PERSON_COPULAS:
                # 'Siamo open source, mica Facebook': the copula's form names the author
                return True, f"a first-person copula ('{s.text[cop:cop + len(copula_word)]}')"
            if end <= start and not any(ch.isalnum() for ch in low[:cop]) and s.text[cop:cop + 1].isupper() \
                    and copula_word in lx.PRO_DROP_COPULAS:
                # 'Es una base open source para …', 'È un progetto open source': the subject left out is 'it' (a
                # line that opens with 'es' in lower case goes on from a name before it, not a new sentence)
                own, why = self.pronoun(s, a)
                return own, f"a subject left out ({why})"
            agent = p.MAKER.match(low, a)
            if end > start and agent and agent.group("verb") and not self._made_by_owner(agent) \
                    and not lx.FIRST_PERSON.search(low, start, end):
                # 'This plugin is open-sourced and maintained by c1pher-cn': the passive's agent says whose release
                # it is, whatever the subject points at
                return False, f"released by someone else ('by {agent.group('who').strip()}')"
            if end > start:
                anchored = self._appositive_anchor(s, start, a)
                # the subject's own short name in parentheses ('Holistic Evaluation of Language Models (HELM) is')
                alias = p.SUBJECT_SPAN_2.search(low, end, cop)
                if not anchored and alias and 0 < len(alias.group(0).strip("() ").split()) <= 2 \
                        and self.has_own(alias.group(0)):
                    return True, f"'{s.text[alias.start():alias.end()]}' is the repository's own name"
                return anchored or self.classify(s, start, end, a)
        return None

    def _recommended_before(self, s: Sentence) -> bool:
        """The sentence before tells the reader to use things, none of them the author's ('Use **Jest** for Node.js
        and **Cypress** for React.'): 'these …' after it points at them."""
        prev = s.prev.lower()
        return bool(prev) and bool(lx.DEPENDENCY.match(prev.lstrip(" -*+>#"))) and not self.has_own(prev) \
            and not lx.FIRST_PERSON.search(prev) and not lx.DEMONSTRATIVE.search(prev)

    def _appositive_anchor(self, s: Sentence, start: int, a: int) -> tuple[bool, str] | None:
        """'NAME, an LLM that is open-source': an indefinite subject set off by a comma describes the name before
        it, so the name decides whose it is (only when that name is the own one)."""
        low = s.low
        if not low.startswith(("a ", "an "), start):
            return None
        before = low[:start].rstrip()
        if not before.endswith(","):
            return None
        anchor_start, anchor_end = name_before(low, len(before) - 1)
        if anchor_end > anchor_start and self.has_own(low[anchor_start:anchor_end]):
            return True, f"'{s.text[start:start + 30].strip()}' describes the own name '{s.text[anchor_start:anchor_end]}'"
        return None

    @staticmethod
    def _reader_named(left: str) -> bool:
        """The reader ('you') is named before the phrase other than as the one a verb of giving gives to ('to provide
        you with a free, open source alternative' is what the author gives)."""
        return any(not p.GIVES_THE_READER.search(left, 0, m.start()) for m in p.OWNER_2.finditer(left))

    def _beside_own_name(self, s: Sentence, a: int, b: int, det: str, np_start: int) -> bool:
        """Whether the noun phrase is set beside an own name ('OWN, an open-source toolkit')."""
        beside = self.appositive(s, a, b, det, np_start) if det in ("a", "none") else None
        return bool(beside and beside[0])

    def appositive(self, s: Sentence, a: int, b: int, det: str, np_start: int) -> tuple[bool, str] | None:
        """'NAME, an open-source X', 'the gpt-oss series, OpenAI's open-weight models', 'X as an open-source Y'."""
        low = s.low
        if det not in ("a", "the", "poss", "none"):
            return None
        m = p.APPOSITIVE_1.search(low[:np_start]) or p.PAREN_AFTER_NAME.search(low[:np_start])
        if not m:
            # (the noun phrase may open with modifiers coordinated before the phrase's: 'Langflow, a free and popular
            # open source tool')
            opened = p.COORDINATED_MODIFIERS_BEFORE.search(low, 0, np_start)
            m = p.APPOSITIVE_1.search(low[:opened.start()]) if opened else None
        if not m:
            # (Romance and German: 'Mastodon, un servidor de red social gratuito y de código abierto', 'Mastodon, ein
            # freier und quelloffener Server': the article opens the apposition, the phrase ends it)
            m = p.INDEFINITE_APPOSITION.search(low, 0, a)
        if not m:
            return None
        lead = leading_phrase_end(low)
        if lead and lead >= np_start and low[m.start():m.start() + 1] == ",":
            # 'Due to the constraints of X, the open-source code ...': the comma closes a leading prepositional
            # phrase, and the noun phrase after it is the subject
            return None
        anchor_start, anchor_end = name_before(low, m.start())
        if low[anchor_start:anchor_end].strip(" *_,") in _CONJUNCTIONS:
            return None  # 'But as an open-source project, we …': a conjunction opens the clause, it names nothing
        named = low[anchor_start:anchor_end].split()
        if len(named) > 1 and lx.RELEASE_VERBS.fullmatch(named[0]):
            # ('we built Kestrel, an open-source model': the verb before the name is no word of it)
            anchor_start = low.index(named[1], anchor_start + len(named[0]))
        if p.APPOSITIVE_2.search(low[:anchor_end]):
            return None  # handled as 'released as'
        if low[m.start():m.end()].strip(" *") in ("-", "–", "—") and det == "none" and p.PREDICATIVE_END.match(low, b):
            # 'OWN is a framework designed to test X — 100% open source and focused on Y': an adjective after a
            # dash, with no noun of its own, describes what the copula's subject is, not the object before the dash
            opener = next(((x, y) for x, y in s.own_spans if not from_first_word(low[:x])), None)
            if opener and p.COPULA_NEXT.match(low, opener[1]) and not p.OTHERS_BEFORE_DASH.search(low, opener[1], m.start()):
                return True, f"the own name '{s.text[opener[0]:opener[1]]}' is what the sentence describes"
        if anchor_end <= anchor_start:
            return None
        lead = low[:anchor_start]
        if p.APPOSITIVE_3.search(lead):
            return None  # 'released under MIT, fully open source': a licence name is not what is open
        if p.WELCOME_TO.fullmatch(lead):
            # 'Welcome to Mirage3D, an open-source repository …': the README greets the reader to its own project
            return True, f"the document welcomes the reader to '{s.text[anchor_start:anchor_end].strip()}', its own project"
        fp = lx.FIRST_PERSON.search(lead)
        if fp and _releases_object(lead, fp.end()):
            return True, f"the author ('{fp.group(0)}') releases '{s.text[anchor_start:anchor_end]}'"
        # the own project or organisation as maker: 'Nomic also developed and maintains NAME, an open-source X'
        for _x, y in s.own_spans:
            if y <= anchor_start and _releases_object(lead, y):
                return True, f"the own name makes '{s.text[anchor_start:anchor_end]}'"
        if s.block_kind == "list_item" and low[m.start():m.end()].strip(" *_`") in (":", "-", "–", "—") \
                and not low[:anchor_start].strip(" -*+•_`\"'") and not self.has_own(low[anchor_start:anchor_end]) \
                and (len(low[anchor_start:anchor_end].split()) >= 2
                     or lx.FEATURE_WORDS.search(low[anchor_start:anchor_end].strip(" *_`"))) \
                and not self.names_known_family(low[anchor_start:anchor_end]):
            # '- 🤝 **Community First**: 100% open source ...', '- **Free**: open source software …', '- **Private** —
            # Open-source and self-hosted': a list item's label of several words, or one feature word, before a colon
            # or a dash names a feature, not a maker; whose the phrase is, the item's place decides ('**Gemma 2**:
            # ...' names a model)
            return None
        # 'Welcome to OWN: The Golden Retriever, an open-source app': a subtitle after the own name is its own
        for _x, y in s.own_spans:
            if y <= anchor_start and low[y:anchor_start].strip(" *_`\"'") in (":", "：", "-", "–", "—"):
                return True, f"'{s.text[anchor_start:anchor_end]}' is the subtitle of the own name"
        # 'NAME (ALIAS) – the open-source core', 'NAME (Process Reinforcement through Rewards), an open-source
        # solution': the name before the parenthesis names the subject too
        paren = low.rfind("(", 0, anchor_start)
        if paren >= 0 and ")" not in low[paren:anchor_start] and low[anchor_end:m.start()].strip(" *_`") == ")":
            outer_end = len(low[:paren].rstrip(" *_`"))
            outer_start = noun_phrase_start(low, outer_end)
            if outer_end > outer_start and self.has_own(low[outer_start:outer_end]):
                return True, f"'{s.text[outer_start:outer_end]}' is the repository's own name"
        slogan = low[:m.start()].rsplit(":", 1)[-1].lstrip(" >*_`\"'")  # (after a name and its colon: 'Speak: Your …')
        if low[m.start():m.end()].strip(" *") in ("-", "–", "—") and lx.SECOND_PERSON.match(slogan):
            # '**Your voice, your data, your control** - Open source voice dictation': a slogan to the reader before
            # a dash, which the description after it does not describe; the line's place decides
            return None
        return self.classify(s, anchor_start, anchor_end, a, appositive=True)

    @staticmethod
    def _demonstrative_object(obj: str) -> bool:
        """A demonstrative in the object of the release verb, or opening a clause after it ('open-sourced two sizes,
        this release brings …'); not one inside a remark on the object ('open-sourced univnet, the vocoder this repo
        uses')."""
        first, *rest = obj.split(",")
        return bool(lx.DEMONSTRATIVE.search(first)) or any(lx.DEMONSTRATIVE.match(part.lstrip()) for part in rest)

    def agent(self, s: Sentence, a: int, b: int) -> tuple[bool, str] | None:
        """The agent of an active release verb: 'X has open-sourced Y', 'X open-sources Y'."""
        low = s.low
        obj = low[b:b + 60]
        if self._demonstrative_object(obj) or p.AGENT_2.match(obj):
            return True, "the object is the own artifact"
        m = p.AGENT_1.search(low[:a])
        end = m.start() if m else a
        if not (m or p.AGENT_3.search(low[:a])):
            return None
        end = len(low[:end].rstrip())
        # (an adverb on the verb is no agent: '**Newly open-sourced plugin**:', 'Meta recently open-sourced …')
        adverb = p.ADVERB_BEFORE.search(low, 0, end)
        if adverb:
            end = len(low[:adverb.start()].rstrip())
        start = noun_phrase_start(low, end)
        before_words = words(low[start:end])
        if before_words and lx.RELEASE_VERBS.fullmatch(before_words[-1]):
            return None  # '- [x] Release open-sourced training datasets': a verb, not the participle's agent
        if end > start and not lx.FIRST_PERSON.search(low[start:end]):
            return self.classify(s, start, end, a)
        return None

    def _made_by_owner(self, maker: re.Match[str]) -> bool:
        """The maker a :data:`patterns.MAKER` match names is the owner: an own name or the author ('by us')."""
        who = maker.group("who")
        return self.has_own(who) or lx.FIRST_PERSON.search(who) is not None

    def gerund_agent(self, s: Sentence, a: int) -> tuple[bool, str] | None:
        """Whose release 'By open-sourcing X, we …' is: a preposition is no subject; the gerund's agent is the
        subject of the main clause after the comma."""
        comma = s.low.find(",", a)
        if comma < 0:
            return None
        rest = s.low[comma + 1:]
        lead = len(rest) - len(rest.lstrip())
        first = lx.FIRST_PERSON.search(rest[:lead + 12])
        if first and first.start() == lead:
            return True, f"the main clause's subject ('{first.group(0)}') does what 'by …ing' says"
        at = comma + 1 + lead
        if any(x == at for x, _y in s.own_spans):
            return True, "the main clause's subject, an own name, does what 'by …ing' says"
        if self._is_name(s, at, at + len(rest[lead:].split(maxsplit=1)[0]) if rest[lead:] else at):
            return False, "the main clause's subject, another name, does what 'by …ing' says"
        return None

    def classify(self, s: Sentence, start: int, end: int, a: int, appositive: bool = False) -> tuple[bool, str] | None:
        """Is the noun phrase [start, end) the author's own artifact (True), someone else's (False) or unknown?"""
        low = s.low
        # parenthetical remarks and link targets do not name the subject ('the data (MMPR-v1.2 and ...)')
        keep = [True] * (end - start)
        for m in p.SUBJECT_SPAN_2.finditer(low[start:end]):
            for i in range(m.start(), m.end()):
                keep[i] = False
        kept = "".join(c if k else " " for c, k in zip(low[start:end], keep, strict=True))
        subj = kept.strip(" *_`'\"")
        at = start + len(kept) - len(kept.lstrip(" *_`'\""))  # where subj starts in the sentence
        orig = "".join(c if k else " " for c, k in zip(s.text[start:end], keep, strict=True)).strip()
        if not subj:
            return None
        every = p.EVERY_ONE_OF.match(subj)
        if every and subj[every.end():].strip():
            # 'all the data and models are opensourced': every one of the parts the rest names
            return self.classify(s, at + every.end(), end, a, appositive)
        focus = lx.FOCUS_ADVERB.match(subj)
        if focus and subj[focus.end():].strip():
            # 'Anche il server …', 'Also the code …': the adverb is no part of the subject
            return self.classify(s, at + len(subj) - len(subj[focus.end():].lstrip()), end, a, appositive)
        short = _tail(p.CLASSIFY_2.sub(" ", orig), 40)
        if self.has_own(subj):
            return True, f"'{short}' is the repository's own name"
        if lx.FIRST_PERSON.search(subj):
            if any(w in _PREFERENCE_WORDS or w in _CHOICE_NOUNS for w in words(subj)):
                # 'My preferred choice is the popular open-source VSCode editor': what the author picked is another's
                return False, f"'{short}' is the author's pick among others' products"
            return True, "a first-person subject"
        if lx.SECOND_PERSON.search(subj):
            return False, "the reader's"
        demonstrative = lx.DEMONSTRATIVE.search(subj)
        used = lx.DEPENDENCY.search(subj, 0, demonstrative.start()) if demonstrative else None
        if used and subj[:used.start()].strip():
            # 'The software used to create this project is open source': what the project uses, named by its head
            return False, f"'{short}' is something the own project uses"
        if demonstrative and subj.startswith(("these ", "those ")) and self._recommended_before(s):
            return False, f"'{short}' points back at what the sentence before recommends"
        if demonstrative or p.CLASSIFY_3.match(subj):
            if subj in ("here", "below") and p.LISTED_SELECTION.search(low, end, a):
                return False, f"'{short} are …' presents a selection of things, not the own release"
            return True, f"'{short}'"
        ws = words(subj)
        if len(ws) == 1 and ws[0] in _GERUND_PREPOSITIONS and low[a:].split(maxsplit=1)[0].rstrip(",").endswith("ing"):
            return self.gerund_agent(s, a)
        if ws and ws[0] in ("it", "they", "its", "their", "these", "this", "both", "it's", "which", "them") \
                and len(ws) <= 2:
            return self.pronoun(s, a)
        if len(ws) == 1 and ws[0] in _SUBJECT_PRONOUNS_ELSEWHERE and not any(x < end and start < y for x, y in s.link_spans):
            # 'Ela é distribuída como software de código aberto', 'Il est open source': the pronoun alone as the
            # subject, as 'It is …'
            return self.pronoun(s, a)
        if ws and len(ws) <= 3 and ws[0] in ("all", "both", "every", "each") and p.ARTIFACT.match(ws[-1]):
            own, why = self.pronoun(s, a)
            return own, f"'{short}' ({why})"
        if ws and ws[-1] in ("and", "or", "&") and (ws[0] in p.DET_A | p.DET_THE or len(ws) <= 3):
            # 'A Strong and Open-source Coding LLM', 'Powerful, Intuitive and Open-Source ERP': coordinated
            # modifiers, no name
            return None
        if ws and ws[0] in ("and", "or") and not appositive and start > 0:
            # the last conjunct of a list ('The model, the demo, and some of the data … have been open-sourced'):
            # the list's first conjunct says what kind of subject it is
            lead = low[:start]
            cut = max(lead.rfind(mark) for mark in (":", ";", "—", "!", "?", ". ")) + 1
            first = lead[cut:].split(",")[0].rstrip()
            first_end = cut + len(first)
            first_start = noun_phrase_start(low, first_end)
            if cut <= first_start < first_end < start and "," in lead[first_end:]:
                return self.classify(s, first_start, first_end, a, appositive)
        if any(w in ("other", "others", "many", "most", "some", "several", "various", "numerous") for w in ws):
            return False, f"'{short}' is generic"
        if ws and all(w in p.DET_THE | p.DET_A for w in ws):
            return None
        poss = p.CLASSIFY_1.search(subj)
        if poss and subj[:poss.start()].strip() in p.DET_THE and (p.ARTIFACT.match(poss.group(1))
                                                                  or poss.group(1) in _PRODUCT_NOUNS):
            # 'the solution's code is open source', 'the model's weights': the possessor is a definite noun of the
            # release, as 'the code' is
            return True, f"'{short}' (the possessor is a definite artifact of this release)"
        if poss and not self.has_own(poss.group(1)):
            return False, f"'{short}' belongs to someone else"
        if ws and ws[0] in p.DET_A and p.SUBORDINATOR_END.search(low, 0, at):
            # 'I love when a software is open source': an indefinite subject of a 'when' or 'if' clause is any such
            # thing, not this release
            return False, f"'{short}' in a clause of condition or time: any such thing"
        head = p.CLASSIFY_4.split(subj)[0]
        conjuncts = [c.split() for c in p.CONJUNCTION_SPLIT.split(subj) if c.strip()]
        artifact = p.CLASSIFY_5.match(head) or lx.DEFINITE_ARTIFACT.match(head) or (
            # ('The toolkit is open-source' in GodotToolkit's README)
            p.THE_NOUN.fullmatch(head.strip()) if self.is_own_head(ws[-1] if ws else "") else None)
        item = p.ITEM_NAME_LABEL.match(s.text if s.block_kind == "list_item" else "")
        if artifact and item and item.end() <= at and not self.has_own(item.group(1).lower()) \
                and (self.names_known_family(item.group(1).lower()) or self.name_shaped(item.group(1))):
            # '* **Docker** (Docker Inc.) - The container engine itself remains …': the item describes its label's
            # product, another's, by the noun of its kind
            return False, f"'{short}' is the item's '{item.group(1)}', not an own name"
        if (artifact and not self._artifact_names_another(s, at, head, artifact.end())) or (
                # 'Code is open source.', 'Models, framework, and data are now fully open-sourced!': bare nouns of
                # what a release is made of, no name among them, opening the sentence, speak of this release's parts
                # as 'the code' does (after 'while' or 'and' they may be the parts of what the clause before named;
                # after a label's colon they open its text: '**Challenge**: Project is open-source on GitHub')
                conjuncts and not any(ch.isalnum() for ch in low[_label_end(low, start):start])
                and not any(x < end and start < y for x, y in s.link_spans)
                and all(0 < len(c) <= 3 and p.ARTIFACT.match(c[-1]) and c[0] not in _OTHERS_OPENERS for c in conjuncts)
                and not any(ch.isupper() for ch in orig.lstrip(" *_`'\"")[1:]) and not self.names_known_family(subj)):
            agent = p.MAKER.match(low, a)  # the phrase is the passive's verb: 'open-sourced by Meta'
            if agent and not self._made_by_owner(agent):
                # 'The models are open-sourced by Meta': the passive's agent says whose release they are
                return False, f"'{short}' released by someone else ('by {agent.group('who').strip()}')"
            colon = max(low.rfind(":", 0, start), low.rfind("—", 0, start))
            if colon > 0:
                # 'OpenVLA emphasizes reproducibility: the training data, code … are all openly released': after a
                # colon, the parts are those of the subject the clause before it named
                clause = colon - len(low[:colon].split(",")[-1].lstrip())
                first = s.text[clause:colon].split(maxsplit=1)[0].strip("*_`[]") if s.text[clause:colon].strip() else ""
                if first and any(ch.isalpha() for ch in first) and not self.has_own(first.lower()) \
                        and self.name_shaped(first):  # (a date before the colon names no one: '2024-01-23: …')
                    return False, f"'{short}' are the parts of '{first}', named before the colon"
            return True, f"'{short}' (a definite artifact of this release)"
        if p.LICENSE_NAME.fullmatch(subj.strip(" *_`()")):
            return None  # 'MIT - Logiciel libre.', '| Licence | MIT (100% open source) |': the terms, nobody's name
        if len(ws) == 1 and not any(x < end and start < y for x, y in s.link_spans) \
                and self._property_label(low, low.find(ws[0], start), orig):
            return None  # '- **Auditable**: Código abierto …': a property as a feature label; its place decides
        # ('A large-scale, multimodal Text-to-Image generation model — …': an indefinite noun phrase with a common
        # noun for its head describes; capitals inside it make no name of it)
        described = bool(ws) and (ws[0] in p.DET_A or bool(p.INDEFINITE_BEFORE.search(low, 0, start))) \
            and ws[-1].isalpha() and ws[-1].islower() and orig.split()[-1][:1].islower()
        if len(ws) >= 2 and all(is_generic(w) for w in ws[:-1]) \
                and ((p.ARTIFACT.match(ws[-1]) and is_generic(ws[-1])) or lx.EDITION_NOUNS.search(ws[-1])) \
                and not any(x < end and start < y for x, y in s.link_spans):
            if _edition_head(ws[-1]) and not poss and not self.names_known_family(subj):
                # 'Community Edition (Free & Open Source)': an edition named by ordinary words and no one's
                # possessive is one of the product's editions, as 'the Mono edition' is
                return True, f"'{short}' (an edition of the product)"
            # 'Core Features (Free and Open Source)': ordinary words over a part name no one, its place decides (a
            # link's text names what it links to: '[Chat models](…) are open-sourced')
            return None
        if 2 <= len(ws) <= 4 and ws[0] in p.DET_THE and _edition_head(ws[-1]) and not poss \
                and not any(x < end and start < y for x, y in s.link_spans) and not self.names_known_family(subj):
            # 'The Mono edition is fully open-source', 'the Community version is open source': an edition named with
            # no one's possessive is one of the product's editions (another's is named with its maker, 'Kestrel's
            # community edition', or linked)
            return True, f"'{short}' (an edition of the product)"
        if self._is_name(s, start, end) and not described:
            if s.block_kind == "heading" and s.heading_level == 1 and not appositive:
                return True, "the subject of the document title"
            return False, unknown_name_reason(short)
        if appositive:
            return None
        if ws and ws[0] in p.DET_A | {"open-source", "open", "opensource"}:
            return False, f"'{short}' is generic"
        return None

    def _artifact_names_another(self, s: Sentence, at: int, head: str, noun_end: int) -> bool:
        """Whether a definite artifact ('the MCP server implementation', 'la implementación del servidor', 'die
        Web-Anwendung'), the lower-cased ``head`` at ``at`` in the sentence, names another's product: a name
        among the words around its noun.  The noun is the lexicon's, whatever its case; so are the parts of a
        German compound joined to it by hyphens, unless they are linked, well known or shaped like a name."""
        first = head.split(None, 1)[0]
        elided = max(first.find("'"), first.find("’"))  # French and Italian l'
        article_end = elided + 1 if elided >= 0 else len(head) - len(head[len(first):].lstrip())
        token_start = max(head.rfind(c, 0, noun_end) for c in " \t\n") + 1
        if lx.DEFINITE_ARTIFACT_CAPITALIZED.match(head):
            return self._is_name(s, at + article_end, at + token_start) or \
                self._is_name(s, at + token_start, at + noun_end, capitals=False) or \
                self._is_name(s, at + noun_end, at + len(head))
        noun_start = max(token_start, head.rfind("-", 0, noun_end) + 1)
        return self._is_name(s, at + article_end, at + noun_start) or self._is_name(s, at + noun_end, at + len(head))

    def pronoun(self, s: Sentence, a: int) -> tuple[bool, str]:
        """'It/They ...': the antecedent is the subject of the previous sentence (or the document's subject)."""
        prev = s.prev
        ahead = p.LEADING_POSSESSIVE.match(s.low)
        verb = p.MAIN_VERB_AFTER.search(s.low, ahead.end()) if ahead and a >= ahead.start(1) else None
        if verb:
            # 'Due to its open-source nature, … Mary-TTS was a popular choice': the possessive of a leading phrase
            # points ahead, at the main clause's subject, right before its verb
            name_start = s.low.rfind(" ", 0, verb.start()) + 1
            name = s.text[name_start:verb.start()].strip(" ,*_`")
            if name and (self.has_own(name.lower()) or lx.FIRST_PERSON.fullmatch(name.lower())):
                return True, f"a possessive for the main clause's subject ('{name}')"
            if name and self._is_name(s, name_start, verb.start()):
                return False, f"a possessive for the main clause's subject ('{name}', not an own name)"
        by = p.PRONOUN_1.search(s.text)
        # whose it is, the whole maker says: 'anchored by the Products Pillar of AI Singapore' is the owner's unit
        if by and not self.has_own(p.CLAUSE_PIECE.match(s.low, by.start(1)).group(0)):
            return False, f"a pronoun for something made by someone else ('by {by.group(1)}')"
        # ('This is where Wren comes in - it is a small open-source model': the own name earlier in its sentence,
        # when no other name stands between it and the pronoun: 'Wren uses Kestrel because it is open source' says
        # it of Kestrel)
        own_end = max((y for _x, y in s.own_spans if y <= a), default=-1)
        if own_end >= 0:
            # (a licence's name names no product: 'OWN is licensed under the [MIT License](…), ensuring that it
            # remains open-source'; the words around it still may)
            cuts = [own_end]
            for lic in p.LICENSE_NAME_WORDS.finditer(s.low, own_end, a):
                cuts += [lic.start(), lic.end()]
            cuts.append(a)
            if any(self._is_name(s, x, y) for x, y in zip(cuts[::2], cuts[1::2], strict=True) if x < y):
                return False, "a pronoun for the name right before it, not an own one"
            return True, "a pronoun for the own name earlier in its sentence"
        joined = last_match(p.CLAUSE_JOIN_BEFORE_PRONOUN, s.low[:a]) if own_end < 0 else None
        clause = max(s.low.rfind(ch, 0, a) for ch in ";:") + 1 if joined else 0
        joined = joined if joined and joined.start() > clause else None
        if joined and any(self._is_name(s, m.start(), m.end())
                          for m in p.NAME_TOKEN.finditer(s.text, clause, joined.start()) if m.start() > clause + 1):
            # 'We studied Finch and it is an open-source model': another name earlier in the sentence, in the clause
            # the pronoun's clause is joined to, is what the pronoun takes, as after an own name
            return False, "a pronoun for the name earlier in its sentence, not an own one"
        clause_subject = p.CLAUSE_SUBJECT_NAME.search(s.text, 0, a) if own_end < 0 else None
        if clause_subject and not self.has_own(clause_subject.group(1).lower()):
            # 'When Kestrel was created, its authors chose to make it open source': the name a clause of time or
            # cause has for its subject, earlier in the sentence, is what the pronoun takes
            return False, f"a pronoun for the name earlier in its sentence ({unknown_name_reason(clause_subject.group(1))})"
        if not prev:
            return True, "a pronoun for the document's subject"
        lead = p.PRONOUN_2.sub("", prev)[:40]
        if (p.PRONOUN_3.match(lead) and lx.DEPENDENCY.search(" ".join(words(lead)[:4]))) \
                or (p.PRONOUN_5.match(lead) and lx.DEPENDENCY.search(lead[:12])):  # ('我们使用了 Kestrel。它是开源的')
            return False, "a pronoun for something the previous sentence uses or recommends"
        copula = p.SUBJECT_COPULA.search(prev, 0, 200)
        subject = words(prev[:copula.start()]) if copula else []
        if len(subject) == 1 and subject[0] not in p.PRONOUN_SUBJECT_OPENERS and not self.has_own(
                prev[:copula.start()]) and self.has_own(prev[copula.end():]):  # type: ignore[union-attr]
            # 'Bitwarden is one of OWN's biggest competitors. It's also a free, open-source password manager.': the
            # pronoun takes the previous sentence's subject, a name of one word before its copula, not the own name
            # after it
            return False, f"{_PREVIOUS_SUBJECT}, not the own name after its copula"
        named = self._named_subject_before(s, copula.start()) if copula else ""
        if named:
            # '[Temporal] is a perfect match. It supports everything we need, … and is open source.', 'OTEL is the
            # standard. It's also completely open source!': the previous sentence's subject, a name as written
            # and not an own one, after a leading phrase or alone
            return False, f"{_PREVIOUS_SUBJECT} ({unknown_name_reason(named)})"
        if self.has_own(lead) or p.PRONOUN_4.match(lead) or \
                p.PRONOUN_5.match(lead):
            return True, "a pronoun for the own artifact of the previous sentence"
        definite = p.PRONOUN_6.match(lead)
        if definite and p.ARTIFACT.match(definite.group(1)):
            # 'The modules can be customized and used ... All modules are open-source': the previous sentence is
            # about the own artifact named by a bare definite noun, whatever it goes on to say
            return True, f"a pronoun for the own '{definite.group(1)}' of the previous sentence"
        if copula and self.has_own(prev[:copula.start()]) and not lx.DEPENDENCY.search(prev, 0, copula.start()):
            # 'Large Language and Vision Assistant for bioMedicine (i.e., "OWN") is a model … for adapting Kestrel …
            # It is an open-source release': the previous sentence's subject, named before its copula, whatever
            # it goes on to use
            return True, "a pronoun for the own subject of the previous sentence"
        used = lx.DEPENDENCY.search(prev)
        if used and p.PRONOUN_OBJECT.match(prev, used.end()):
            used = None  # 'you can use it offline. It's open-source and free.': what is used is the same 'it'
        if (used and not self._own_object(prev, used.end())) or lx.THANKS.search(prev):
            return False, "a pronoun for something the previous sentence uses or recommends"
        if self.names_known_family(" ".join(words(lead)[:3])):
            # 'Google, Microsoft and 01.AI are absent. Their only open-weights models …': the well-known makers or
            # families the previous sentence opens with
            return False, "a pronoun for the well-known names the previous sentence opens with"
        return True, "a pronoun for the document's subject"

    def _named_subject_before(self, s: Sentence, copula: int) -> str:
        """The name the previous sentence's copula (at ``copula``) has for its subject, as written: one word after a
        leading phrase and its comma, capitalised there, or written as a name (capitals inside, 'OTEL', 'vLLM');
        "" when it is an own name, a pronoun, a common acronym or an ordinary word."""
        prev, written = s.prev, s.prev_written
        if len(written) != len(prev):
            return ""
        cut = max(prev.rfind(",", 0, copula), prev.rfind(":", 0, copula))
        raw = written[cut + 1:copula].strip(" *_`[]\"'")
        word = raw.lower()
        if not raw or " " in raw or word in p.PRONOUN_SUBJECT_OPENERS or word in p.COMMON_ACRONYMS \
                or self.has_own(word) or lx.FIRST_PERSON.fullmatch(word) or lx.DEMONSTRATIVE.match(word):
            return ""
        initial = not words(prev[:cut + 1]) if cut >= 0 else True
        acronym = raw.isupper() and raw.isalpha() and 2 <= len(raw) <= 8
        return raw if self.name_shaped(raw) or acronym or (not initial and raw[:1].isupper()) else ""

    @staticmethod
    def _fronted_description(segment: str) -> bool:
        """Words set before the subject and its comma that describe it, adjectives and their 'and' only
        ('self-hosted and open-source', 'free, open source'), or such a noun phrase after 'a' ('A free and
        open-source app, OWN offers …'): no other article, no preposition, verb or first person."""
        ws = words(segment)
        if ws and ws[0] in ("a", "an"):
            ws = ws[1:]
        return 0 < len(ws) <= 6 and not any(w in _NOT_DESCRIPTIVE or lx.FIRST_PERSON.fullmatch(w) for w in ws)

    def _own_object(self, low: str, at: int) -> bool:
        """What a verb of use ending at ``at`` takes is the own artifact ('Using this project in a commercial
        setting?', 'deploying Wren on …'): a demonstrative or an own name right after it."""
        rest = low[at:at + 40].lstrip(" *_`")
        ws = words(rest)
        while ws and lx.OBJECT_OPENERS.search(ws[0]):  # ('use the new OWN Planner, a free and open-source utility')
            ws = ws[1:]
        return bool(lx.DEMONSTRATIVE.match(rest)) or self.has_own(" ".join(ws[:2]))

    def sentence_subject(self, s: Sentence, a: int) -> tuple[bool, str] | None:
        """Whether the sentence is about the own artifact: it opens with the own name, 'we', 'this project' or
        a pronoun for it, and nothing it uses or compares with governs the phrase."""
        goal = p.GOAL_OF.match(s.low)
        if goal and goal.end() < a:
            # 'The goal of this project is to create open source firmware', 'The mission of OWN is to …': what the
            # own project sets out to make or release, as 'Our goal is to create …' is the author's
            rest = s.low[goal.end():a]
            purpose = p.PURPOSE_IS_TO.search(rest)
            named = lx.DEMONSTRATIVE.match(rest) or any(x == goal.end() for x, _y in s.own_spans)
            if named and purpose and lx.RELEASE_VERBS.search(rest, purpose.end()) \
                    and not lx.DEPENDENCY.search(rest, purpose.end()):
                return True, f"the goal of the own project is to make it ('{s.text[:goal.end()].strip()} …')"
        start = self._subject_start(s, a)
        if start is None:
            return None
        if p.NEW_CLAUSE_SUBJECT.search(s.low, start, a):
            # 'Our current method only works internally, but it should be possible to replicate it with open-source
            # tooling': a later clause with its own subject is not about what the sentence opens with
            return None
        if p.HOW_TO.search(s.low, start, a):
            # 'This project explains how to pick an open-source model', 'Este curso explica cómo usar un modelo de
            # código abierto': what the reader is shown how to do takes the phrase, not what the sentence opens with
            return None
        if p.SUBORDINATE_PREDICATE.search(s.low, start, a):
            # 'We only include datasets where all associated licenses are open source compliant': the phrase is
            # predicated of the subject of a clause of its own, not of what the sentence opens with
            return None
        lead = s.low[start:a][:60]
        span = self._own_span_at(s, start)
        if span:
            return True, f"it opens with the own name '{s.text[span[0]:span[1]]}'"
        dm = lx.DEMONSTRATIVE.match(lead)
        if dm:
            return True, f"it opens with '{s.text[start:start + dm.end()]}'"
        whole = p.RELEASE_AS_A_WHOLE.match(lead)
        if whole and lx.RELEASE_VERBS.match(lead, whole.end()):
            # 'The repository provides open-source implementations for each phase': the release as a whole, by its
            # bare noun, gives what it holds, as 'this repository' and 'we' do
            return True, f"it opens with '{s.text[start:start + whole.end()].strip()}', which releases it"
        if p.SENTENCE_SUBJECT_4.match(lead):
            curated = p.CURATES.search(s.low, start, a)
            # (the phrase in the verb's object, no preposition between: 'we collect 70 datasets … for open-source
            # OWN' collects for the own model)
            if curated and not (lx.FIRST_PERSON.search(s.low, curated.end(), a) or lx.DEMONSTRATIVE.search(s.low, curated.end(), a)
                                or any(curated.end() <= x < a for x, _y in s.own_spans)
                                or any(w in p.PREPOSITIONS for w in words(s.low[curated.end():a]))):
                # 'We collect the best open-source startups', 'Our index lists …', 'We evaluate the open-source models
                # below': what the author collects, lists or studies is others' work ('We evaluate our open-source
                # models' names its own)
                return False, f"the author curates or studies others' work ('{curated.group(0)}')"
            return True, "it opens with 'we'"
        if p.SENTENCE_SUBJECT_5.match(lead):
            own, why = self.pronoun(s, a)
            return own, why
        return None

    def tagline(self, s: Sentence, a: int, b: int, det: str, mods: list[str], before: list[str], head: list[str],
                head_noun: str, plural: bool) -> str:
        """A verbless headline naming the own product ('The open-source document signing platform.')."""
        low = s.low
        degree = p.DEGREE_HEADING.match(low) if s.block_kind == "heading" else None
        if degree and s.heading_level != 1 and s.role == "readme" and s.prev and not low[degree.end():a].strip() \
                and not low[b:].strip(" *_!.#:"):
            # '## 100% Open Source', '## Fully open-source' in a README: a degree makes the phrase a predicate of
            # the project, no section's name ('## Open Source' names one)
            return "a section heading that predicates openness of the project with a degree ('100% open source')"
        if s.block_kind in ("alt_text", "front_matter", "metadata", "table_cell") or (
                s.block_kind == "heading" and s.heading_level != 1):
            return ""
        field = p.METADATA_FIELD.match(s.text)
        if field and is_phrase_alone(s.text[field.end():]):
            return ""  # 'title: Open Source': a field that names a page's topic, as a heading of the phrase alone
        if p.LATIN_PROPERTY_LIST.fullmatch(low, 0, a) and p.LINE_END.fullmatch(low, b) and not lx.FINITE_WORDS.search(low) \
                and not any(ch.isupper() for ch in from_first_word(s.text[:a])[1:]):
            # (properties are adjectives, in lower case after the first word: 'Python, Rust and open source' lists topics)
            return "a list of the described product's properties without a verb ('Free, fast and open source')"
        if len(before) in (2, 3) and before[-1] in ("de", "di", "da", "do") and p.ROMANCE_PHRASE.search(low, a, b) \
                and (len(before) == 2 or before[0] in p.DET_A) and before[-2] not in p.STOP:
            # 'Una alternativa de código abierto a Notion', 'Plataforma de código aberto para …': the noun before 'de'
            # heads the phrase, as 'plateforme' does in 'Plateforme open source de …'
            det, mods, before = ("a" if len(before) == 3 else "none"), [before[-2]], []
        written_before = s.text[:a].split()
        if len(written_before) >= 2 and s.text[a:b].islower():
            named = written_before[-1].strip("*_`[]()")
            # (after a word of the same clause, not first after a bullet, a dash or a label: '• Completely open-source')
            opener = written_before[-2].strip("*_`")
            if named[:1].isupper() and named.isalnum() and not named.lower().endswith("ly") \
                    and opener[-1:].isalnum() and opener[:1].isalpha() \
                    and not self.has_own(named.lower()) and not is_generic(named) \
                    and named.lower() not in p.COMMON_ACRONYMS:
                # '1. **Run Intel open source LLM**': a name right before the phrase, capitalised where the phrase is
                # not (no Title Case), says whose the product is
                return ""
        # (the noun itself, right before the phrase: not a participle, nor a label before its colon: '**MIT
        # Licensed**: Open source and transparent' is a feature's headline)
        ahead_words = words(low[:a])[-2:] if low[:a].rstrip()[-1:].isalpha() else []
        if ahead_words and ahead_words[-1] in ("de", "di", "da", "do"):
            ahead_words = ahead_words[:-1]
        if ahead_words and lx.LICENSE_HEADS.search(ahead_words[-1]) \
                and not ahead_words[-1].endswith(("ed", "iert", "ado", "ada", "ato", "ata", "é", "ée")):
            # '… renvoyant à une (ou plusieurs) licence open source.', 'una licencia de código abierto': the Romance
            # noun before the phrase is a licence, which names no product
            return ""
        # ('All open source, transparent and self-hostable': 'all' with no noun after the phrase is an intensifier
        # as 'fully' is; the line still predicates openness without a verb)
        ahead = words(low[:a])
        degree_only = not head and bool(ahead) and all(w in p.INTENSIFIER_WORDS for w in ahead)
        # ('**100% free and open source** local-first AI interface that runs …': a degree before the phrase and its
        # noun, no article, is still the headline's opening)
        degree_before = bool(ahead) and all(w in p.INTENSIFIER_WORDS for w in ahead) and not (set(ahead) & {"all"})
        if (det not in ("the", "a", "none") and not degree_only and not degree_before) \
                or (before and not degree_only and not degree_before) or len(mods) > 2:
            return ""
        # (a clause of consequence after the fragment is no verb of it: 'Fully open-source, so you can modify it')
        consequence = p.CONSEQUENCE_CLAUSE.search(low, b)
        if consequence and len(words(low[b:consequence.start()])) > 1:
            consequence = None  # the fragment goes on past the phrase: 'Open weights also lower costs, since …'
        # ... nor is a relative clause on the head: 'An open source time tracker that feels lightweight and has
        # powerful reporting' (where nobody is named in it: 'An open source tool that we use is …' has a verb)
        relative = p.RELATIVE_AFTER_HEAD.match(low, b + len(" ".join(head)) + 1) if head else None
        if relative and (lx.FIRST_PERSON.match(low, relative.end()) or lx.SECOND_PERSON.match(low, relative.end())):
            relative = None  # (the relative clause's own subject: 'that we use'; not 'that runs on your computer')
        verbs_end = min(x.start() for x in (consequence, relative) if x) if consequence or relative else len(low)
        if lx.FINITE_WORDS.search(low, 0, verbs_end) or ("ly " in low[b:verbs_end]
                                                      and p.ADVERB_BEFORE_VERB.search(low, b, verbs_end)):
            # (an adverb before a verb is a finite verb: '… also normally belongs in homebrew/core')
            return ""
        if " + " in low:
            # 'open-source local LLM + Flux + OWN-Video': a recipe of parts, the phrase names one of them
            return ""
        if "@" in low[b:] and p.HANDLE_CREDIT.search(low, b):
            # '- [site](…) - an open-source tool for in-browser inpainting by [@lxfater](…)': an entry credited to
            # someone's handle describes their work, no headline of the project's
            return ""
        if p.ENUMERATED_CLAUSE.fullmatch(low):
            # 'c) software libero o a codice sorgente aperto;': an item of an enumeration (of a law, a contract, a
            # list of conditions) that the sentence before it governs, no headline
            return ""
        if len(words(low)) > 20 or plural:
            return ""
        opened = low.rfind("(", 0, a)
        if opened > 0 and ")" not in low[opened:a]:
            written = s.text[:opened].rstrip().rstrip("*_`]").split()
            named_word = written[-1].strip("*_`[") if written else ""
            # (a noun after an article is a common noun: 'A scanner (open source) for files' is a headline)
            article = len(written) > 1 and written[-2].lower() in ("a", "an", "the", "our", "this", "my")
            # (nor is a part or an edition named by its kind: '- Community Edition (open source)')
            kind = bool(p.ARTIFACT.match(named_word.lower())) or bool(lx.EDITION_NOUNS.search(named_word.lower()))
            if named_word and named_word[:1].isalpha() and not article and not kind \
                    and not self.has_own(named_word.lower()) and not is_generic(named_word):
                # '- **libimobiledevice** (open-source, mature) for USB bulk pulls': a remark in brackets on the name
                # right before it, another's
                return ""
        rest = low[b:]
        if p.TAGLINE_3.match(rest) and not artifact_list(rest):
            return ""
        if p.TAGLINE_4.search(s.text[b:]) and not p.TAGLINE_5.search(" ".join(head)):
            return ""
        # (a Romance edition's noun before the phrase is its modifier by now: 'Versión de código abierto de X')
        edition = head_noun if head else (mods[0] if mods else "")
        of_other = p.ROMANCE_OR_EN_OF.match(low, b + len(" ".join(head)) + 1 if head else b) \
            if edition and _edition_head(edition) else None
        named = words(low[of_other.end():])[:1] if of_other else []
        if of_other and named and self._is_name(s, of_other.end(), of_other.end() + len(named[0])) \
                and not self.has_own(low[of_other.end():of_other.end() + 40]):
            # 'Open-source version of Visual Studio Code, focused on privacy', 'Versión de código abierto de Visual
            # Studio Code': a headline of another product's edition describes that product's
            return ""
        if any(m in ("first", "only", "largest", "biggest", "strongest", "best", "fastest", "leading") for m in mods):
            return f"a superlative headline about the described artifact ('{' '.join(reversed(mods))} ...')"
        if not head:
            return "a headline that predicates openness without a verb ('Free & open source')"
        if p.TAGLINE_2.match(rest):
            return "a headline that predicates openness without a verb"
        if det == "the" and mods:
            the_at = low.rfind("the ", 0, a)
            written = s.text[the_at + 4:a].split() if the_at >= 0 else []
            if any(self.name_shaped(w) or (len(w) >= 3 and w.isalpha() and w.isupper()
                                           and w.lower() not in p.COMMON_ACRONYMS) for w in written) \
                    and not self.has_own(" ".join(written).lower()):
                # '- The QGIS Open Source Geographic Information System (…)': another's product, by its name
                return ""
        if det in ("a", "the") or lx.PRODUCT_HEADS.search(head_noun) or any(lx.PRODUCT_HEADS.search(w) for w in head):
            return f"a headline naming the own product ('{s.text[a:b]} ... {head_noun}')"
        return ""
