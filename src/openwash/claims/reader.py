"""The reading every step shares: own-name spans, proper names, clause edges, the noun phrase around the
phrase."""

from __future__ import annotations

from openwash.claims import lexicon as lx
from openwash.claims import patterns as p
from openwash.claims.record import Sentence
from openwash.claims.text import break_positions, is_head_noun, words
from openwash.ownnames import KNOWN_FAMILIES, is_generic, matcher, name_key, spans_in

# possessives no adjective stands before: after the phrase they open its object, the phrase being a verb
_OWNERS_AFTER_VERB = frozenset(p.DET_FIRST | p.DET_SECOND | p.DET_PRONOUN)
_PERFECT_AUXILIARIES = frozenset({"has", "have", "had", "'ve", "’ve"})
_IRREGULAR_PARTICIPLES = frozenset({"built", "made", "written", "done", "shown", "grown", "given", "taken", "put", "set",
                                    "brought", "sent", "spent", "begun", "run", "won", "kept", "found", "held"})
_ADVERBS_AFTER_AUXILIARY = frozenset({"also", "now", "just", "already", "recently", "since", "even", "not", "never",
                                      "always", "long"})


def _after_auxiliary(ws: list[str], i: int) -> bool:
    """The word at ``i`` is a participle after a perfect's auxiliary ('has built', 'have also created'): a verb."""
    j = i - 1
    while j >= 0 and j >= i - 2 and (ws[j] in _ADVERBS_AFTER_AUXILIARY or ws[j].endswith("ly")):
        j -= 1
    return j >= 0 and ws[j] in _PERFECT_AUXILIARIES and (
        (ws[i].endswith("ed") and len(ws[i]) > 3) or ws[i] in _IRREGULAR_PARTICIPLES)


class Reader:
    """Own names of one repository and the sentence-reading helpers built on them."""

    def __init__(self, own_names: frozenset[str], is_model_release: bool | None = None) -> None:
        self.own_pattern = matcher(own_names)
        self.own_names = own_names
        self.is_model_release = is_model_release

    def own_spans(self, low: str) -> list[tuple[int, int]]:
        return spans_in(self.own_pattern, low)

    def has_own(self, low: str) -> bool:
        return bool(self.own_spans(low))

    def is_own_head(self, noun: str) -> bool:
        """The noun is the head an own name ends with, four letters or more ('the toolkit' of GodotToolkit, 'the
        printer' of 3D_Printer): the product called by its kind."""
        return len(noun) >= 4 and noun.isalpha() and any(
            len(name) > len(noun) and name.endswith(noun) for name in self.own_names)

    def _own_in(self, s: Sentence, a: int, b: int) -> bool:
        return any(x < b and y > a for x, y in s.own_spans)

    @staticmethod
    def name_shaped(word: str) -> bool:
        """A word written as a product's name: letters and digits mixed ('Qwen2', 'GPT-4o'; not a quantity such as
        '70x' or '7B'), an inner capital ('vLLM', 'KugelAudio'), a dot or a capital after a hyphen ('llama.cpp')."""
        return bool(p.IS_NAME_5.search(word) and p.IS_NAME_6.search(word) and not p.IS_QUANTITY.fullmatch(word)) \
            or bool(p.IS_NAME_3.search(word))

    def product_name(self, name: str) -> bool:
        """``name`` (as written) is shaped as one product's name: one name-shaped word ('KugelAudio', 'GPT-4o'), or
        two or three capitalised words none of which every README uses, an acronym among them allowed ('Jina Reader',
        'Tesseract OCR', 'OBS Studio'; not 'Key Features', 'Open Source', 'API Reference')."""
        if name and " " not in name and self.name_shaped(name):
            return True
        ws = name.split()
        proper = [w[:1].isupper() and w[1:].islower() and w.isalpha() and not is_generic(w) for w in ws]
        acronym = [w.isupper() and w.isalpha() and 2 <= len(w) <= 5 for w in ws]
        return 2 <= len(ws) <= 3 and any(proper) and all(x or y for x, y in zip(proper, acronym, strict=True))

    @staticmethod
    def names_known_family(low: str) -> bool:
        """A word of ``low`` is a well-known model or software family ('gemma 2', 'whisper large')."""
        # (a family's name with a version or variant after a hyphen: 'deepseek-r1', 'qwen-vl')
        return any(name_key(w) in KNOWN_FAMILIES or ("-" in w and name_key(w.split("-", 1)[0]) in KNOWN_FAMILIES)
                   for w in words(low))

    def _is_name(self, s: Sentence, a: int, b: int, capitals: bool = True) -> bool:
        """A proper name in [a, b): capitalised (not sentence-initially only), a linked name, or name-like.
        ``capitals=False`` reads the parts of German compounds ('Web-Anwendung'), where every noun has its
        capital: a capital is no sign of a name there, a link, a well-known family or a name's shape is."""
        text = s.text[a:b]
        if any(x < b and y > a for x, y in s.link_spans):
            return True
        if capitals and len(lx.NOUN_CAPITALIZING_WORDS.intersection(s.low.split())) >= 2:
            capitals = False  # a German sentence: its nouns have capitals ('Alle Termine im Blick')
        initial = not p.IS_NAME_2.search(p.IS_NAME_4.sub("", s.text[:a]))
        toks = p.IS_NAME_1.findall(text if capitals else text.replace("-", " "))
        for i, t in enumerate(toks):
            core = t.strip("*_`'\"“”[]")
            if not core or core.lower() in p.COMMON_ACRONYMS or core.lower() in p.PROGRAMMING_LANGUAGES:
                continue  # ('the CLI', 'the API', 'the MCP server', 'the Rust code': a kind of software, no one's name)
            if core[:1].isupper() and core[1:].islower() and is_generic(core):
                continue  # ('**Challenge**: Project is open-source': a common noun after a label's colon, capitalised)
            if self.name_shaped(core):
                return True
            if core[:1].isupper() and self.names_known_family(core.lower()):
                return True  # 'Gemma 2', 'Whisper models': a well-known family, wherever it stands
            if not capitals:
                continue
            # a capitalised first word of the sentence is a name when it stands alone as the subject
            # ('Falcon was ...') or starts a multi-word name ('Apache Cassandra'), not in 'Chat models are ...'
            nxt = toks[i + 1].strip("*_`'\"“”[]") if i + 1 < len(toks) else ""
            alone = i == 0 and initial and ((not nxt and not core.endswith("s")) or nxt[:1].isupper())
            if p.IS_NAME_7.match(core) and (i > 0 or not initial or alone or (len(core) > 1 and p.IS_NAME_7.search(core[1:]))) \
                    and core.lower() not in ("the", "a", "an", "this", "these", "our", "we", "it", "they", "all",
                                             "both", "each", "every", "its", "their", "most", "some", "many"):
                return True
        return False

    @staticmethod
    def clause(low: str, a: int, b: int) -> tuple[int, int]:
        start, end = 0, len(low)
        # (a word or two in parentheses right before the phrase qualifies it, it opens no clause: 'MMDAgent, a
        # (partially?) open source virtual agent')
        aside = p.ASIDE_BEFORE.search(low, max(0, a - 32), a) if ")" in low[max(0, a - 3):a] else None
        for x, y in break_positions(low):
            if aside and aside.start() <= x < aside.end():
                continue
            if y <= a:
                start = y
            elif x >= b:
                end = x
                break
        return start, end

    @staticmethod
    def np_left(low: str, a: int, limit: int, participle: bool = False) -> tuple[str, str, list[str], list[str], int]:
        """Walk left from the phrase over modifiers.

        Returns (determiner class, determiner word, modifiers, words before the noun phrase, offset where the
        noun phrase starts)."""
        toks = [(m.group(0).strip(".'’-/"), m.start() + limit) for m in p.WORD.finditer(low[limit:a])]
        toks = [t for t in toks if t[0]]
        if participle:  # '..., open-sourced by X' modifies what stands before the comma
            comma = low.rfind(",", limit, a)
            if comma >= 0 and not low[comma + 1:a].strip():
                toks = [t for t in toks if t[1] > comma]
        ws = [t for t, _ in toks]
        mods: list[str] = []
        i = len(ws) - 1
        np_start = a
        while i >= 0 and len(mods) < 7:
            w, at = toks[i]
            prev = ws[i - 1] if i > 0 else ""
            if w in p.DET_FIRST:
                return "own", w, mods, ws[:i], at
            if w in p.DET_SECOND:
                return "second", w, mods, ws[:i], at
            if w in p.DET_THIS:
                if len(mods) > 1:
                    return "none", "", mods, ws[:i + 1], np_start
                return "this", w, mods, ws[:i], at
            if w in p.DET_PRONOUN:
                return "pronoun", w, mods, ws[:i], at
            if w in p.DET_THIRD and w not in p.QUANTIFIERS and low.startswith(",", at + len(w)) and not mods:
                # 'keep this project free, open-source and accessible': an adjective in a list before the phrase,
                # predicated with it, not a determiner of its noun phrase
                mods.append(w)
                np_start = at
                i -= 1
                continue
            if w in p.DET_THIRD:
                if w in p.DEGREE_WORDS and mods and (
                        prev in p.DET_A | p.DET_THE | p.COORDINATORS or prev.endswith(("'s", "’s"))):
                    # 'the latest and most capable open-source model': a degree word after an article or a
                    # coordination makes a superlative ('most popular open-source models' is a quantifier)
                    mods.append(w)
                    np_start = at
                    i -= 1
                    continue
                if prev in p.DET_FIRST:
                    return "own", prev, mods, ws[:i - 1], toks[i - 1][1]
                if prev in p.DET_A | p.DET_THE | p.DET_THIS or prev.endswith(("'s", "’s")) or prev in (
                        "currently", "very", "truly", "fully", "one") or (
                        w in ("all", "both", "each", "entirely") and prev in lx.COPULA_WORDS) or (
                        w not in p.QUANTIFIERS and prev in p.DET_THIRD and prev not in p.QUANTIFIERS) or (
                        w not in p.QUANTIFIERS and prev in p.COORDINATORS | p.DEGREE_WORDS):
                    # ('lightweight yet powerful open-source': coordinated; 'most powerful': graded, the degree
                    # word decides above whether it makes a superlative)
                    # 'the most scalable', 'a free', 'the world's best', 'the best free': adjectives
                    mods.append(w)
                    np_start = at
                    i -= 1
                    continue
                return "third", w, mods, ws[:i], at
            if w in p.DET_THE:
                return "the", w, mods, ws[:i], at
            if w in p.DET_A:
                return "a", w, mods, ws[:i], at
            if w[:-2] in p.SUPERLATIVE_DOMAINS and w.endswith(("'s", "’s")):
                mods.append(w)  # 'the world's first open-weight model': the domain of a superlative, no owner
                np_start = at
                i -= 1
                continue
            if p.NP_LEFT_1.search(w) and len(w) > 2 and w not in ("it's", "it’s", "that's", "there's",
                                                                          "what's", "here's", "let's"):
                return "poss", w, mods, ws[:i], at
            if w in ("and", "or") and not mods and i >= 2 and ws[i - 2] in p.DET_THE | p.DET_A \
                    and ws[i - 1] not in p.STOP:
                # 'the SOTA and open-sourced models', 'a powerful and open model': an adjective coordinated with the
                # phrase, under one article
                mods.extend([w, ws[i - 1]])
                np_start = toks[i - 1][1]
                i -= 2
                continue
            if w in p.STOP or lx.DEPENDENCY.fullmatch(w) or lx.RELEASE_VERBS.fullmatch(w) or w in lx.COPULA_WORDS:
                if w == "of" and i > 0 and (lx.QUANTITY_NOUNS.match(prev) or prev in p.DET_THIRD):
                    return "third", prev, mods, ws[:i - 1], toks[i - 1][1]
                return "none", "", mods, ws[:i + 1], np_start
            if prev == "to" and i > 1 and ws[i - 2] in p.INTENT_BEFORE_TO:
                # 'aims to construct open-source data': after an infinitive's 'to' comes a verb, not a modifier
                return "none", "", mods, ws[:i + 1], np_start
            if _after_auxiliary(ws, i):
                # 'Wren has also built open source tools': a participle after 'has' is the verb, not a modifier
                return "none", "", mods, ws[:i + 1], np_start
            mods.append(w)
            np_start = at
            i -= 1
        return "none", "", mods, ws[:i + 1], np_start

    @staticmethod
    def head_span(low: str, b: int, end: int) -> list[str]:
        """The words after the phrase that belong to its noun phrase (up to the head noun)."""
        short = p.SHORT_PARENTHESIS.match(low, end)
        if short:  # the clause broke at an abbreviation inside the noun phrase: it goes on after it
            end = next((x for x, _y in break_positions(low) if x >= short.end()), len(low))
        seg = p.SHORT_PARENTHESIS.sub("", low[b:end])  # 'Mixture-of-Experts (MoE) models': an abbreviation
        m = p.HEAD_SPAN_1.match(seg)
        ws = words(m.group(1) if m else "")
        out: list[str] = []
        for i, w in enumerate(ws):
            if w in _OWNERS_AFTER_VERB:
                break  # a possessive opens the object of the phrase as a verb ('we open source our contributions')
            nxt = ws[i + 1] if i + 1 < len(ws) else ""
            if out and out[-1].endswith("ly") and w.endswith("ed") and nxt and is_head_noun(nxt):
                out.append(w)  # 'open-source locally hosted models': a participle its adverb joins to the head
                continue
            if w in p.STOP or w in ("that", "which", "who", "designed", "aimed", "released", "trained", "created",
                                   "developed", "built", "maintained", "managed", "licensed", "available",
                                   "tailored", "optimized", "intended", "capable", "ready", "based", "focused",
                                   "fine-tuned", "finetuned", "written", "implemented", "powered", "hosted",
                                   # (present participles that open a clause after the noun: 'an open source
                                   # initiative comprising contributions from …')
                                   "comprising", "consisting", "containing", "featuring", "providing", "enabling",
                                   "allowing", "combining", "covering"):
                break
            after_head = bool(out) and is_head_noun(out[-1])
            if out and w.endswith("ed") and (after_head or not nxt or nxt in p.STOP or nxt in p.DET_THE
                                             or nxt in p.DET_A):
                # a participle after the noun ('models launched by ...'); before the head it is an adjective
                # ('an open-source multimodal interleaved dataset')
                break
            if out and w.endswith("ing") and (not nxt or nxt in p.STOP or nxt in p.DET_THE or nxt in p.DET_A or (
                    after_head and not lx.COMMUNITY_HEADS.search(out[-1]) and not (lx.PRODUCT_HEADS.search(nxt)
                                                                              or p.ARTIFACT.match(nxt)))):
                # a participle after the noun: 'a tool supporting the ...', 'an agent framework enabling developers
                # to ...' ('a model hosting platform' goes on to its head)
                break
            if out and _cyrillic(w) != _cyrillic(out[0]):
                break  # another script ends the noun phrase: 'Open-source облачная платформа на Kubernetes'
            if out and p.FINITE_VERB.fullmatch(w):
                break  # the clause's verb after its subject: 'the open-source backbones need different versions'
            if after_head and not lx.COMMUNITY_HEADS.search(out[-1]) and lx.COMMUNITY_HEADS.search(w) \
                    and nxt in p.ATTITUDE_AFTER_COMMUNITY:
                break  # a relative clause without 'that': 'an open-source platform developers enjoy working with'
            out.append(w)
            if len(out) >= 6:
                break
        # the head is the last artifact noun of the compound (English compounds end in their head): 'software
        # ecosystem', 'LLM engineering platform', 'LLM fine-tuning framework'
        heads = [i for i, w in enumerate(out) if is_head_noun(w)]
        if heads:
            out = out[:heads[-1] + 1]
        return out


def _cyrillic(word: str) -> bool:
    """The word is written in Cyrillic letters (a noun phrase does not go on into Latin ones)."""
    return any("\u0400" <= ch <= "\u04ff" for ch in word)
