"""The order in which a sentence is judged (:class:`Judge`): the decision for one openness phrase.

Steps, first that decides wins (its name is the ``cue`` of ``openwash claims --explain``): not an assertion
(a fixed name, a question, a linked or cited title), :mod:`negation <openwash.claims.cues.negation>`,
:mod:`plans <openwash.claims.cues.plan>`, table cells and card tags, :mod:`CJK sentences <openwash.claims.cjk>`,
community heads, :mod:`comparisons <openwash.claims.cues.comparison>`, thanks, requirements and
definitions, then :mod:`who is open <openwash.claims.ownership>`.  What and how strongly:
:mod:`openwash.claims.target`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from openwash.claims import lexicon as lx
from openwash.claims import patterns as p
from openwash.claims.cues.comparison import comparison
from openwash.claims.cues.negation import negation
from openwash.claims.cues.plan import plan
from openwash.claims.cues.title import expands_acronym, in_title
from openwash.claims.ownership import Ownership
from openwash.claims.places import is_section_label, licence_row, marks_only, version_row
from openwash.claims.record import Sentence, Verdict
from openwash.claims.segment import apart_from_cjk, is_phrase_alone
from openwash.claims.target import TargetAndStrength
from openwash.claims.text import copula_before, has_cjk, last_match
from openwash.ownnames import name_key
from openwash.vocabulary import DOCS

if TYPE_CHECKING:
    from openwash.claims.cjk import CjkJudgement

_OPEN_QUOTES = frozenset('"“‘\'«')
_CLOSE_QUOTES = frozenset('"”’\'»')

# the heads of the community class that name the author's own work after 'our' ('our open-source development')
_AUTHORS_WORK = frozenset({"development", "work", "efforts", "effort"})


class Judge(Ownership, TargetAndStrength):
    """Decides, for one openness phrase in one sentence, whether it is a claim (see :mod:`openwash.claims`)."""

    _cjk: CjkJudgement | None = None

    def judge_cjk(self, s: Sentence, a: int, b: int, kind: str, cs: int, ce: int, out) -> Verdict:  # type: ignore[no-untyped-def]
        """A phrase in Chinese, Japanese or Korean (:mod:`openwash.claims.cjk`, loaded at the first such phrase:
        its patterns and code are a fiftieth of a hook run's start-up, which English documents never need)."""
        if self._cjk is None:
            from openwash.claims.cjk import CjkJudgement  # lazy: English documents never need it (start-up)

            self._cjk = CjkJudgement(self)
        return self._cjk.judge_cjk(s, a, b, kind, cs, ce, out)

    def _own_name_holds(self, phrase: str) -> bool:
        """One of the repository's own names has the phrase among its words ('OpenSource Together')."""
        key = name_key(phrase)
        return any(key in name_key(name) for name in self.own_names)

    @staticmethod
    def _names_with_phrase(name: str, phrase: str) -> bool:
        """The own name holds the phrase as one of its words and is written as a name: every word capitalised
        ('The Open-Weight Agent Stack', not 'an open source rideshare stack'), and more than an edition of the
        product ('Open Source Edition' is the product's edition, said to be open)."""
        words_ = name.replace("-", " ").split()
        rest = name.replace(phrase, " ").replace("-", " ").split()
        if name.isascii() and " " not in name.strip() and ("-" in name or "_" in name) and rest:
            return True  # a repository's slug ('# opensource-server'), a name however it is cased
        # (the phrase written as one word is two of the name's: '# OpenSource Together' as '# Open Source Together')
        glued = " " not in phrase.strip() and "-" not in phrase
        return len(words_) + glued >= 3 and all(w[:1].isupper() or not w[:1].isalpha() for w in words_) \
            and any(not lx.EDITION_NOUNS.search(w.lower()) for w in rest)

    def judge(self, s: Sentence, a: int, b: int, kind: str, pstrength: str) -> Verdict:
        low = s.low
        cjk = has_cjk(low[a:b])
        cs, ce = self.clause(low, a, b)

        def out(claim: bool, rule: str, reason: str, negated: bool = False) -> Verdict:
            on = claim or negated
            target = self.target(s, a, b, kind) if on else "none"
            strength = self.strength(s, a, b, pstrength, target) if on else "n/a"
            return Verdict(claim, negated, target, strength, rule, reason)

        # 1. not an assertion, or not a phrase at all
        fixed = lx.FIXED_NON_CLAIMS.search(low, max(0, a - 2))
        if (fixed is None or fixed.start() > a + 1) and not cjk and not low.isascii():
            # (a name in Latin letters against CJK ones: '[… Open Source Code of Conduct](…)를 따릅니다')
            latin = apart_from_cjk(low)
            fixed = lx.FIXED_NON_CLAIMS.search(latin, max(0, a - 2)) if latin is not low else fixed
        if fixed and low[fixed.start():fixed.end()].endswith(("initiative", "foundation")) \
                and p.COMMON_NOUN_BEFORE.search(low, 0, a):
            # 'X is an open-source initiative led by …', '… on top of our solid open-source foundation': a common
            # noun, not the Open Source Initiative or an open-source foundation's name
            fixed = None
        if fixed and fixed.start() <= a + 1 and fixed.end() >= b:
            return out(False, "name", f"'{s.text[fixed.start():fixed.end()]}' is a name or a fixed expression, not a claim")
        organisation = p.ORGANISATION_NAME_REST.match(s.text, b) if s.text[a:a + 1].isupper() else None
        if organisation and not p.COMMON_NOUN_BEFORE.search(low, 0, a):
            return out(False, "name", f"'{s.text[a:organisation.end()]}' is an organisation's name, not a claim")
        # (not where the own name only opens a compound that the phrase goes on: 'des Kestrel-Open-Source-Projekts'
        # is the own open-source project, as 'the Kestrel open source project' is)
        own_name = next(((x, y) for x, y in s.own_spans if x <= a and b <= y and y - x > b - a + 2
                         and self._names_with_phrase(s.text[x:y], s.text[a:b])
                         and (x == a or self._own_name_holds(low[a:b]))),
                        None)
        if own_name and own_name[0] < a and s.block_kind not in ("alt_text", "metadata") \
                and self.has_own(low[own_name[0]:a].strip(" -_")) \
                and not low[own_name[0]:a].strip(" -_").endswith(("the", "an", "a")):
            # 'Virtuoso Open Source Edition', 'the Virtuoso Open Source engine' (repository virtuoso-opensource): the
            # phrase after the product's name in its own name names the product's open-source edition
            return out(True, "own-edition", f"'{s.text[own_name[0]:own_name[1]]}': the own product's open-source "
                                            "edition, by its name")
        if own_name:
            # '# The Open-Weight Agent Stack' (repository open-weight-agent-stack): the phrase is a word of the
            # project's own name, which asserts nothing (what the sentence says of it is judged at its other phrases)
            return out(False, "name", f"a word of the project's own name '{s.text[own_name[0]:own_name[1]]}'")
        holder = p.COPYRIGHT_HOLDER.match(low)
        if holder and holder.start(1) <= a and b <= holder.end(1):
            # 'Copyright (C) 2014-2022 OPEN SOURCE SOCIAL NETWORK': the holder's name, in a notice that asserts nothing
            return out(False, "license-text", "part of the copyright holder's name")
        if s.block_kind == "alt_text" and p.PICTURE_NOUN_END.search(low):
            # '![Wren Open Source App screenshots](…)': an image's text says what the picture shows
            return out(False, "heading", "an image's description names what it shows")
        tail = p.JUDGE_1.sub("", low)
        if tail.endswith(("?", "？")) or p.JUDGE_3.search(tail):
            return out(False, "question", "the sentence is a question")
        if s.block_kind == "heading" and lx.QUESTION_START.search(low) and not lx.FIRST_PERSON.search(low) \
                and not s.own_spans:
            # '## Why open weights matter here', '## How open source helps': a heading in the form of a question
            # names what its section discusses, with or without the question mark
            return out(False, "question", "a heading in the form of a question names a topic")
        if p.JUDGE_4.search(low[max(0, a - 12):a]) or p.JUDGE_5.match(low[b:]):
            return out(False, "question", "the phrase is asked about, not asserted ('whether', '是否')")
        for x, y in s.title_links:
            own_title = p.TITLE_APPOSITION.match(low, x, a) if not low[:x].strip(" *_#>") else None
            if own_title and any(u < own_title.end(1) and v > own_title.start(1) for u, v in s.own_spans):
                # the authors' own paper, linked on a line of its own, names the own artifact and says what it is,
                # as a tagline does ('### [KoSpeech: Open-Source Toolkit for …](paper)'); in a list of citations,
                # after its authors, it is cited
                continue
            if x <= a and b <= y:
                return out(False, "link-title", "the phrase is in the title of a linked page or a contents entry")
        if not cjk and p.CONDITIONAL_BEFORE.search(low, 0, a):
            # 'If it is an open-source model, you need to deploy it yourself': openness as a condition, not said
            return out(False, "conditional", "said under a condition ('if …'), not asserted")
        speech = p.QUOTED_SPEECH.match(low)
        quote_end = p.QUOTE_END.search(low, speech.end()) if speech else None
        if speech and (quote_end is None or quote_end.start() >= b) and not s.own_spans \
                and lx.FIRST_PERSON.search(low[:quote_end.start() if quote_end else len(low)], speech.end()):
            # '"Netflix is pleased to announce the open-source release of our … framework"', '「Netflix 很高興宣布我們的
            # … Dispatch 開源！」': a testimonial's 'we' and 'our' are the quoted speaker's, not the author's
            return out(False, "quoted-speaker", "said by someone quoted: 'we' and 'our' are the speaker's")
        if not cjk and low[a - 1:a] in _OPEN_QUOTES and low[b:b + 1] in _CLOSE_QUOTES and a > 0:
            # 'The "open source" option wanted an account': the term in quotes is mentioned, not used
            return out(False, "quoted", f"the term is quoted ('{s.text[a - 1:b + 1]}'), a mention, not a claim")
        if p.CJK_TITLE_MARKS_OPEN.search(low, 0, a) and "》" in low[b:]:
            return out(False, "title", "the phrase is part of a cited title ('《…》')")
        if s.block_kind != "heading" and not p.CJK_CLAUSE_END.search(low, 0, a) and (
                p.PAPER_TITLE_LABEL.match(low) or (p.PAPER_TITLE_LABEL.match(s.prev) and not p.SENTENCE_FINAL.search(s.prev))):
            # '- 论文名称：Kestrel-6B: An Open Bilingual Chat LLM | 开源双语对话语言模型', 'Paper title: …': a line
            # labelled as a paper's title cites it, and its translation after a bar too (the part before the bar
            # ends with no full stop)
            return out(False, "title", "the phrase is part of a cited title (labelled as a paper's title)")
        if not cjk and s.block_kind != "heading" and in_title(s, a, b):
            return out(False, "title", "the phrase is part of a cited title ('Name: Title Case Words')")
        third = p.THIRD_PARTY_BEFORE.search(low, max(0, a - 30), a)
        if third:
            # 'This project includes third-party open-source code', '本项目的源代码中可能包含第三方开源代码': the
            # modifier says whose the code is, others', wherever the sentence stands
            return out(False, "third-party", f"others' work, by its modifier ('{s.text[third.start():third.end()].strip()}')")
        expanded = expands_acronym(s.text, a, b) if not cjk else ""
        if expanded:
            # 'le projet SILL : Socle Interministériel de Logiciels Libres': the words spell out a name
            return out(False, "fixed-name", f"part of the name '{expanded}' spells out")
        # (a heading of several sentences names no section: '<h3>Open weights. Open data. Open code.</h3>' is a
        # tagline of fragments, whose place says whose they are)
        if s.block_kind == "heading" and is_section_label(s.text) and not s.next and not p.DEGREE_HEADING.match(low):
            return out(False, "heading", "a heading that names a section ('Open-source Plan', '开源推荐')")
        if s.block_kind == "heading" and s.heading_level >= 2 and p.TOPIC_AND_BEFORE.fullmatch(low, 0, a) \
                and not low[b:].strip(" *_!.#:：！") and any(x < a for x, _y in s.own_spans):
            # '## Wren and open source', '## Wren 与开源': the phrase alone coordinated with the own name names what
            # the section is about, the two together; it predicates nothing ('## Simple and open source' lists
            # properties; a title may be the project's tagline, and a documentation page's is its topic, below)
            return out(False, "heading", "a heading that names a topic and open source side by side")
        # (a label qualified after a dash is still one: 'Open Source - General:' heads the general open-source sources)
        label = p.LABEL_QUALIFIER.sub("", s.text.rstrip(" *_:："))
        if s.text.rstrip(" *_").endswith((":", "：")) and is_section_label(label) and not p.VALUE_LABEL.search(label):
            # 'Open-source projects:', '开源项目友情链接：': a line that only names what the list below holds ('开源地址：'
            # labels the address that follows it, the release's own)
            return out(False, "heading", "a label that introduces a list ('Open-source projects:')")
        for x, y in s.link_spans:
            if not (x <= a and b <= y):
                continue
            piece = self._link_piece(low, x, y, a, b)
            if len(piece) < y - x and is_section_label(piece):
                # '[Wren - 开源推荐](https://…)': a page title's piece names a section of a site ('[open-source
                # repository](…)' alone is the phrase with its noun, judged as the sentence says)
                return out(False, "link-title", "the link's text names a page or section ('… - 开源推荐')")
        # (not with a degree: '<h2>Fully open, reproducible language models</h2>' predicates openness of the
        # models described, as '## 100% Open Source' does)
        if s.block_kind == "heading" and s.heading_level >= 2 and p.CLASS_HEADING.fullmatch(low.strip(" #*_`:：")) \
                and not s.own_spans and pstrength != "strong":
            # '## Local Open Source Models', '### Open source, local and alternative models': a section about a class
            return out(False, "heading", "a heading that names a class of things ('… Open Source Models')")

        # 2. negation (about anyone; reported with negated=True, never a finding)
        neg = negation(low, a, b, cs, ce, cjk)
        if neg:
            own = bool(lx.FIRST_PERSON.search(low) or s.own_spans or lx.DEMONSTRATIVE.search(low))
            return out(own, "negation", f"negated by '{neg}'", negated=True)

        # 3. plans and promises
        planned = plan(s, a, b, cs, ce, cjk)
        if planned:
            return out(False, "plan", f"a plan or promise ('{planned}'), not a release")

        if not cjk:
            asked = last_match(p.REQUEST_OF_OTHERS, low[cs:a])
            if asked and (lx.RELEASE_VERBS.match(low, cs + asked.end()) or cs + asked.end() == a):
                # 'We ask Kestrel Labs to release the original game as an open-source project': a request to
                # someone else, whose release it would be
                return out(False, "request", f"a request that someone else release it ('{asked.group(0).strip()}')")

        if s.block_kind == "table_cell" and s.header_row:
            return out(False, "heading", "a table header names a column, it asserts nothing")
        if s.block_kind == "metadata" and is_phrase_alone(low):
            # 'title: Open Source' in a page's front matter: the page is about the topic
            return out(False, "heading", "a page's title or description that is the phrase alone names its topic")
        if s.block_kind in ("table_cell", "front_matter") and len(p.JUDGE_7.sub("", low)) <= len(
                p.JUDGE_7.sub("", low[a:b])) + 12:
            return self.cell(s, a, b, out)
        if cjk:
            return self.judge_cjk(s, a, b, kind, cs, ce, out)
        if has_cjk(low[b:b + 40]):
            # a phrase in Latin letters inside Chinese or Japanese prose ('open source mozc dictionaryをMeCab辞書の
            # フォーマットに変換した'): what the words after it build on or make from it, they say as for a CJK phrase
            made_from = lx.DEPENDENCY_RIGHT_CJK.search(low[b:b + 40])
            if made_from and lx.MADE_FROM.search(made_from.group(0)):
                return out(False, "dependency", f"the source of what is made from it ('{made_from.group(0)[-6:]}')")

        head = self.head_span(low, b, ce)
        head_noun = head[-1] if head else ""
        if low[b:b + 1] == "-" and "-" in head_noun and s.text[b + 1:b + 2].isupper():
            # a German compound goes on after the phrase and ends in its head ('Open-Source-Deployment-Plattform')
            head_noun = head_noun.rsplit("-", 1)[1]
        # 4. community and concept heads
        # ('the open-source program analysis engine': 'program' modifies a compound that goes on to its head)
        head_end = b + len(" ".join(head)) + 1
        # ('Wren is the easy, open source way for everyone to ask questions': a means predicated of a subject, as
        # 'tool' would be; 'the open source way' alone is a philosophy)
        means = head_noun in ("way", "ways") and p.MEANS_AFTER.match(low, head_end) is not None \
            and copula_before(low, a, cs) is not None
        # ('CapRover core is an open source program', 'every bit of this open source program': a program predicated of
        # the subject or pointed at is software; 'the Google open source program' funds and gathers people)
        software = head_noun in ("program", "programs") and (
            copula_before(low, a, cs) is not None or low[max(0, a - 5):a].strip() in ("this", "these"))
        # ('the broader open-source computer vision and robotics communities': nouns coordinated before one head
        # share it)
        shared = p.SHARED_HEAD_AFTER.match(low, head_end) if head_noun and low[head_end:head_end + 5].lstrip().startswith(
            ("and ", "or ", "& ")) else None  # (a string test first: most heads end their phrase)
        if shared and lx.COMMUNITY_HEADS.search(shared.group(1)):
            head_noun = shared.group(1)
        # ('the open-source program OWN': the own name set after the head is what the head names)
        named_own = head_noun and any(x == head_end + len(low[head_end:]) - len(low[head_end:].lstrip(" *_`"))
                                      for x, _y in s.own_spans)
        if head_noun and lx.COMMUNITY_HEADS.search(head_noun) and not p.COMPOUND_GOES_ON.match(low, head_end) \
                and not means and not software and not named_own:
            # (asked of the clause before the phrase alone: its gate then does not see the phrase's own 'source',
            # and the pattern, which ends at the phrase, is compiled only where the author releases something)
            if p.RELEASED_TO_COMMUNITY.search(low[cs:a]):
                # 'We release this series of models to the open-source community under Apache-2.0': the author's
                # release, given to the community
                return out(True, "first-person", "the author releases it to the open-source community")
            if lx.ORGANISATION_NOUNS.search(head_noun) and lx.FIRST_PERSON.search(low, head_end) \
                    and p.AS_A_BEFORE.search(low, max(0, a - 40), a):
                # 'As a Free and Open Source Software (FOSS) organization, we do not offer bounties': the author as
                # an open-source organisation ('join an open source organization' is a body others run)
                return out(True, "first-person", f"the author as an open-source {head_noun}")
            if head_noun in _AUTHORS_WORK and low[max(cs, a - 4):a] in ("our ", "my "):
                # 'Support our open-source development by choosing …': the author's own work on what it releases, not
                # the movement ('contribute to open-source development')
                return out(True, "first-person", f"the author's own open-source {head_noun}")
            return out(False, "community", f"about a community or a movement ('{head_noun}'), not a release")
        # the languages that put the phrase after its noun: 'la comunidad de código abierto', 'la communauté open source'
        # (word by word, not a pattern: every sentence of every README asks this)
        before_words = [w.strip(".,;:!?()[]*_'\"’") for w in low[max(cs, a - 40):a].split()]
        if before_words and before_words[-1] in p.ARTICLES_AFTER_DE:
            before_words.pop()  # ('de l’Open Source', 'de la …')
        postnominal = bool(before_words) and before_words[-1] in p.POSTNOMINAL_PREPOSITIONS
        if postnominal:
            before_words.pop()
        # (the noun, or after such a preposition the noun before its adjective: 'les contributeurs novices de
        # l'Open Source')
        noun_before = next((w for w in before_words[-2 if postnominal else -1:][::-1] if lx.COMMUNITY_HEADS.search(w)),
                           "") if before_words else ""
        if noun_before and not p.RELEASED_TO_COMMUNITY.search(low[cs:a]):
            return out(False, "community", f"about a community or a movement ('{noun_before} …'), not a release")
        # 'the open source ecosystem' is everyone's; 'an open-source ecosystem for X' can be a product
        the = p.DEFINITE_BEFORE.search(low, 0, a) if head_noun in ("ecosystem", "ecosystems") else None
        if the and not self._own_in(s, the.start(), b + len(" ".join(head)) + 1):
            return out(False, "community", f"about a community or a movement ('the ... {head_noun}'), not a release")

        # an invitation ('Join our Discord to build truly open-source models'): what the reader is asked to
        # join is the community; 'our' is its possessor, not the author releasing something
        invitation = lx.INVITATION.search(low[:a])  # (the text before the phrase alone: the gate sees no more)
        # (an own name inside the linked name of what the reader is invited to join, 'join our [Wren OpenSource
        # Plan](…)', is still the invitation; 'Join us … AgentGPT, an open-source project' describes the own one)
        invited = [(u, v) for u, v in s.link_spans if u <= a and b <= v]
        if invitation and not any(not any(u <= x and y <= v for u, v in invited) for x, y in s.own_spans):
            return out(False, "community", "an invitation to join the community, not a release")

        # 5. comparisons and rankings
        comp = comparison(s, a, b, cs)
        if comp:
            return out(False, "comparison", f"a comparison or ranking ('{comp}')")
        if head_noun in p.MEASURE_HEADS:
            return out(False, "comparison", f"a measure among a class ('{s.text[a:b]} {head_noun}')")
        prep = p.JUDGE_2.search(low[max(0, a - 40):a])
        if head_noun.endswith("s") and prep and not p.JUDGE_6.search(low[:max(0, a - 40) + prep.start() + 3]):
            prep_at = max(0, a - 40) + prep.start()
            rank = p.RANKING.search(low[:prep_at]) if not p.RANKING.search(low[prep_at:a]) else None
            if rank:
                return out(False, "comparison", f"a ranking among a class ('{rank.group(0)} ... {head_noun}')")

        # 6. thanks and credits
        # (a semicolon ends what the thanks govern, as a contrast does: '… improve thanks to the community; in April,
        # we released the runtime in open source', 'We appreciate your efforts, but as a small open source project we …')
        after_semicolon = max(low.rfind(";", 0, a), low.rfind("；", 0, a)) + 1
        th = lx.THANKS.search(low, after_semicolon, a)
        if th and lx.THANKS_TO_READER.match(low, th.start()):
            th = None  # 'Thank you for contributing to Wren, an open-source …': the reader is thanked, for the own project
        # (nor past the author's announcement: 'Thanks to sharp-eyed explorers …, we're thrilled to announce: … are
        # now live in the open-source code!')
        if th and not p.THANKED_FOR_OWN.search(low, th.end(), a) and not p.CONTRAST_BREAK.search(low, th.end(), a) \
                and not p.ANNOUNCEMENT_BREAK.search(low, th.end(), a):
            return out(False, "thanks", f"thanks or credit to others ('{th.group(0)}')")

        # 7. requirements and definitions
        req = lx.REQUIREMENT_LEFT.search(low[max(cs, a - 50):a])
        if req:
            return out(False, "definition", f"a requirement or definition ('{req.group(0).strip()}')")
        np = self.np_left(low, a, cs, participle=bool(p.SENTENCE_SUBJECT_3.search(low[a:b])))
        # ('Le logiciel libre désigne …': the term, with its article, opening the sentence)
        if np[0] in ("none", "a", "the") and not np[3] and lx.DEFINITION_RIGHT.search(low[b:]):
            return out(False, "definition", "a definition of the term")
        kind_defined = p.KIND_DEFINED.match(low, head_end) if np[0] == "none" and not np[2] and not np[3] \
            and head_noun and not s.own_spans else None
        if kind_defined and kind_defined.group(1).rstrip("s") == head_noun.rstrip("s"):
            # 'Open source hardware is hardware whose design is made publicly available …': what such a thing is
            return out(False, "definition", f"a kind defined by its own noun ('{head_noun} is {kind_defined.group(1)} …')")

        return self.owner(s, a, b, kind, cs, ce, np, head, head_noun, out)

    @staticmethod
    def _link_piece(low: str, x: int, y: int, a: int, b: int) -> str:
        """The piece of a link's text ``low[x:y]`` that holds the phrase ``low[a:b]``, between title separators
        (' - ', ' | ', ': ')."""
        start = max([x, *(m.end() for m in p.TITLE_SEPARATOR.finditer(low, x, a))])
        after = p.TITLE_SEPARATOR.search(low, b, y)
        return low[start:after.start() if after else y]

    def cell(self, s: Sentence, a: int, b: int, out) -> Verdict:  # type: ignore[no-untyped-def]
        """A table cell or a card tag that holds little more than the phrase ('| Weights | Open weights |')."""
        if s.block_kind == "front_matter" and s.role == DOCS:
            # ('tags: [release, kubernetes, open source]' on a blog post or a docs page: the topics it is filed under)
            return out(False, "heading", f"a page's tag names a topic it is filed under ('{s.text.strip()}')")
        if s.block_kind == "front_matter":
            return out(True, "card-tag", f"the card tags itself '{s.text.strip()}'")
        if s.header_row:
            return out(False, "heading", "a table header names a category, it asserts nothing")
        if not s.row_label:
            # the first cell of a body row names the row itself: an own name in it with the phrase says the row's
            # release is open ('| Wren-Base 🔓 open weights | 3B |'); the phrase alone labels a row of features
            # ('| Open source | ✅ | ❌ |'), which asserts nothing of its own
            rest = f"{s.low[:a]} {s.low[b:]}"
            if self.has_own(rest):
                return out(True, "table-row", f"the row's own name is called open ('{s.text.strip()[:40]}')")
            return out(False, "heading", "the first cell of a row names a category, it asserts nothing")
        label = s.row_label
        if marks_only(label):
            # '| 🔓 | **Fully Open Stack** | … |': a row labelled by a mark or an emoji alone names nothing; whose
            # the row is, the table's place says
            return out(False, "no-owner", "a row labelled by a mark alone, of what the table describes")
        if licence_row(label):
            # '| License | MIT, open source |': the row states a licence; whose, the table's place says
            return out(False, "no-owner", f"the row '{label[:30]}' states a licence, of what the table describes")
        if version_row(label):
            # '| 3.3.0 | 开源初版 | 2022.9.1 |': a row of a release history; whose, the table's place says
            return out(False, "no-owner", f"the row '{label[:30]}' is a version of what the table describes")
        if (self.has_own(label) or p.ARTIFACT.match(label.strip()) or p.CELL_1.search(label)) \
                and not p.CELL_2.search(label):
            return out(True, "table-row", f"the row '{label[:30]}' is the own artifact")
        return out(False, "table-row", f"the row '{label[:30]}' is not one of this repository's artifacts")
