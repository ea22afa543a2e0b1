"""Word classes matched word by word (claims/lexicon/words.py) answer exactly what the regular expression
they replace answers, and the literal reader (regex_literals.py) never skips a pattern that could match."""

from __future__ import annotations

import re

import pytest

from openwash.claims import lexicon as lx
from openwash.claims.lexicon.words import WordClass, words
from openwash.regex_literals import literal_runs, required_literals

W, E = r"(?<![\w])", r"(?![\w])"

# each table beside the regular expression it stands for
EQUIVALENT = [
    (words("outperform*|better than|vs.|vs|can't|closed~source|hosting "),
     W + r"(?:outperform\w*|better\s+than|vs\.|vs|can't|closed[\s\-‐‑]source|hosting\s+)" + E),
    (words("this …2 {noun}|here", noun="project projects model"),
     W + r"(?:this\s+(?:[\w\-]+\s+){0,2}?(?:projects?|model)|here)" + E),
    (words("going to|going|go"), W + r"(?:going\s+to|going|go)" + E),
]

TEXTS = [
    "Ours outperforms the baseline, and is better  than X vs. Y; vs the rest.",
    "We can't ship closed-source code; closed source is not closed–source.",
    "this open-source toolkit project is here; this big new model; this a b c project",
    "hosting models is hard, hosting, hosting . done",
    "we are going to go; going home; goings-on",
    "underperform outperform_x outperform9 xoutperform better thanks",
    "",
]


@pytest.mark.parametrize("table, pattern", EQUIVALENT)
def test_a_word_table_answers_what_its_regular_expression_answers(table, pattern) -> None:
    cls, rx = WordClass([table]), re.compile(pattern)
    for text in TEXTS:
        for pos in range(len(text) + 1):
            a, b = rx.search(text, pos), cls.search(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)
            a, b = rx.match(text, pos), cls.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)
            a, b = rx.search(text[:pos]), cls.search(text[:pos])
            assert (a and a.span()) == (b and b.span()), (text, pos)
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in cls.finditer(text)]
        for word in set(re.findall(r"[\w'\-]+", text)):
            assert bool(rx.fullmatch(word)) == bool(cls.fullmatch(word)), word


def test_at_one_position_the_first_entry_written_wins_as_in_an_alternation() -> None:
    cls = WordClass([words("going|going to")])
    assert cls.search("we are going to go").group(0) == "going"
    cls = WordClass([words("going to|going")])
    assert cls.search("we are going to go").group(0) == "going to"


def test_an_entry_must_begin_with_a_word() -> None:
    with pytest.raises(ValueError, match="must begin with a word"):
        words("#1 among")


def test_fragments_of_other_languages_are_searched_too_and_the_leftmost_match_wins() -> None:
    cls = WordClass([words("thanks")], "感谢|" + W + r"merci" + E)
    assert cls.search("感谢 and thanks").group(0) == "感谢"
    assert cls.search("thanks, merci").group(0) == "thanks"
    assert cls.search("merci beaucoup").group(0) == "merci"
    assert cls.search("nothing here") is None


def test_fragments_are_not_compiled_while_no_text_holds_their_literals() -> None:
    cls = WordClass([words("thanks")], "感谢|致谢")
    assert cls.search("thanks to all") is not None and cls.search("no thank you") is None
    assert cls._rests[0]._compiled is None  # lazyre skipped it: no literal of it
    assert cls.search("致谢") is not None
    assert cls._rests[0]._compiled is not None


def test_each_languages_fragment_is_gated_by_its_own_literals() -> None:
    # an alternation of two languages' fragments would be compiled whenever either's literals are there; kept
    # apart, the English fragment is compiled only for a text with its literals
    cls = WordClass([words("thanks")], [W + r"open\s+source\s+(?:alliance|foundation)" + E, "开源中国"])
    assert cls.search("open source software") is None
    assert all(rest._compiled is None for rest in cls._rests)
    assert cls.search("在开源中国上").group(0) == "开源中国"
    assert cls._rests[0]._compiled is None and cls._rests[1]._compiled is not None
    assert cls.search("the Open Source Foundation".lower()).group(0) == "open source foundation"


@pytest.mark.parametrize("pattern, literals", [
    (W + r"(?:will|shall|going\s+to)" + E, ("will", "shall", "going")),
    (r"open[\s\-]?sourc(?:e|ed)", ("sourc",)),           # the longest literal of the alternative
    (r"modelos?\s+abiertos?", ("abierto",)),             # "s?" is optional: not required
    (r"^[^.;]{0,40}?(?:soon|later)", ("soon", "later")),  # a counted quantifier is no literal
    (r"开放权重|权重开放", ("开放权重", "权重开放")),
    (r"(?<![社大])会", ("会",)),                          # a lookbehind requires nothing
    (r"\w+", None),                                     # nothing said: the pattern always runs
    (r"(?:x|\w+)", None),
])
def test_required_literals(pattern: str, literals: tuple[str, ...] | None) -> None:
    assert required_literals(pattern) == literals


def test_literal_runs_leave_out_optional_characters_and_groups() -> None:
    assert literal_runs(r"open\s+(?:models?|llms)\.x") == ["open", ".x"]
    assert literal_runs(r"abc?d") == ["ab", "d"]


def test_every_lexicon_pattern_is_skipped_only_when_it_cannot_match() -> None:
    """The gate is exact: every match of a class's fragments holds one of their literals."""
    sample = ("我们感谢社区 we thank you; nous remercions; wir danken; 感謝します; the model is open source and "
              "will be released soon, not later; 我们将会开源; これらのモデルは予定です; 优于其他模型; 基于 X; "
              "basado en X; sin pesos; Dieses Modell übertrifft X, nicht Y; no. 1 among open models")
    for name in ("THANKS", "FIRST_PERSON", "PLAN_LEFT", "COMPARISON", "DEPENDENCY", "NEGATION_WORDS"):
        cls = getattr(lx, name)
        assert isinstance(cls, WordClass)
        exercised = False
        for fragment in cls.fragments:  # one pattern per language, each gated by its own literals
            literals = required_literals(fragment)
            matches = list(re.finditer(fragment, sample))
            exercised = exercised or bool(matches)
            for m in matches:  # a required literal is inside every match
                assert literals is None or any(lit in m.group(0) for lit in literals), (name, m.group(0))
        assert exercised or not cls.fragments, name  # the sample exercises the class


def test_every_word_class_of_the_lexicons_reads() -> None:
    """A class's entries are read when it is first asked: every class of the lexicons must read (an unknown
    ``{set}`` or a malformed ``…N`` would otherwise surface in the middle of a run)."""
    from openwash.claims.lexicon.words import Words
    from openwash.regex_gates import _module_values

    tables = {id(t): t for v in _module_values() if isinstance(v, WordClass) for t in v.tables}
    assert len(tables) >= 10
    for table in tables.values():
        assert isinstance(table, Words)
        by_word, stems = table.index()
        assert by_word or stems, table.source[:40]


def test_a_malformed_entry_fails_when_the_class_is_read() -> None:
    table = words("this …x {noun}", noun="project")
    with pytest.raises(ValueError):
        table.index()
    with pytest.raises(KeyError):
        words("this {unknown}").index()


def test_every_entry_of_every_word_table_reads_the_same_by_the_quick_reading_and_the_general_one() -> None:
    # plain entries ('better than') are read with str methods on first use; the general reader is the reference
    import gc

    from openwash.claims import detector  # noqa: F401  (loads every table the judgement uses)
    from openwash.claims.lexicon import words as words_module

    tables = [obj for obj in gc.get_objects() if isinstance(obj, words_module.Words)]
    assert len(tables) > 20
    entries = [(entry, table._sets) for table in tables for entry in table._entries]
    plain = [entry for entry, _sets in entries if all(part.isalnum() for part in entry.split(" "))]
    assert len(plain) > 100 and len(plain) < len(entries)  # both readings are exercised
    for entry, sets in entries:
        assert words_module._parse(entry, sets) == words_module._parse_entry(entry, sets), entry
    for entry in ("a  b", "a ", "vs.", "can't", "a_b", "100 percent", "x~y", "a …2 b"):
        assert words_module._parse(entry, {}) == words_module._parse_entry(entry, {}), entry
    for reader in (words_module._parse, words_module._parse_entry):
        with pytest.raises(ValueError):
            reader(" a", {})
