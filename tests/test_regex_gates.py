"""Patterns are skipped (neither compiled nor run) only when they cannot match: the literal gates read from
their source are right, and the table of the project's gates shipped in the wheel is up to date."""

from __future__ import annotations

import re

import pytest

from openwash import lazyre
from openwash.claims import lexicon
from openwash.regex_gates import main, project_by_alternative, project_patterns
from openwash.regex_literals import (
    alternative_gates,
    alternative_parts,
    decode_gate,
    encode_gate,
    literal_gate,
    required_literals,
    spaced,
    spaced_gate,
)

# text of my own in the languages and forms the patterns are written for
FIXTURES = [
    "# Demo-7B\n\nDemo-7B is a fully open-source language model released under the Apache-2.0 license. "
    "We open-source the training code, data and weights: https://huggingface.co/demo/demo-7b (see LICENSE).",
    "Licensed under the MIT License. Copyright (c) 2026 Demo Authors. Permission is hereby granted, free of "
    "charge, to any person obtaining a copy of this software. THE SOFTWARE IS PROVIDED \"AS IS\".",
    "我们开源了 Demo-7B 模型权重和训练代码，遵循 Apache 2.0 协议。本项目完全开源。敬请期待！",
    "本リポジトリでは Demo モデルをオープンソース化しました。ライセンスは MIT です。今後公開予定です。",
    "Demo는 완전한 오픈소스 모델입니다. 오픈 웨이트 공개 가중치.",
    "Nuestro modelo es de código abierto; pesos abiertos. Notre modèle est entièrement ouvert. "
    "Unser Modell ist vollständig quelloffen. Il nostro modello è open source. Открытый исходный код.",
    "| Model | Params | License |\n|---|---|---|\n| demo-7b | 7B | CC-BY-NC-4.0 |\n\n> [!NOTE]\n> Weights soon.",
    "- [x] release code\n- [ ] release data (coming soon)\n\n2026-01-02: v1.0 released! Thanks to @someone.",
    "pip install demo; git clone https://github.com/demo/demo; datasets: allenai/dolma, cc-by-sa-4.0, llama3",
]


@pytest.mark.parametrize("pattern, gate", [
    (r"open[\s\-]?sourc(?:e|ed)", (("open",), ("sourc",), ("e", "ed"))),
    # a small class of marks requires one of them; a class with a letter, a range or a class escape requires nothing
    (r"[;:!?(\[\]]|,|\b(?:but|while)", ((";", ":", "!", "?", "(", "[", "]", ",", "but", "while"),)),
    (r"[;:a]|but", ()),
    (r"[!-/]|but", ()),
    (r"[-*+•]|but", (("-", "*", "+", "•", "but"),)),  # a '-' first or last in a class is itself
    # an alternative's literals: its longest run, or a mandatory group's words when they are all longer
    (r"wren|(?:based|built)\s+on", (("wren", "based", "built"),)),
    (r"wren|(?:a|b)\s+onward", (("wren", "onward"),)),
    (r"[\s,]|but", ()),
    (r"x[\"“]", (("x",), ('"', "“"))),
    (r"x(?!(a|b))y", (("x",), ("y",))),                      # a lookahead with a group inside is skipped whole
    (r"(?i)abc", (("abc",),)),                               # read as written; lazyre folds for (?i)
    (r"ab?c*d{0,2}e{2}", (("a",), ("e",))),
    (r"a\.b\w+c", (("a.b",), ("c",))),
    (r"(?P<name>foo|bar)baz", (("baz",), ("foo", "bar"))),
    (r"[]x]yz", (("yz",),)),
    (r"\w+", ()),
    (r"(?i:https?://|www\.)x", (("x",), ("http", "www."), ("://", "www."))),  # scoped flags that keep literals
    # a mandatory group: one group of each alternative's own gate, in every combination
    (r"x(?:ab\s+(?:c|d)|ef\s+g)", (("x",), ("ab", "ef"), ("ab", "g"), ("c", "d", "ef"), ("c", "d", "g"))),
    (r"(?x:a b)c", (("c",),)),                              # verbose: its literals are not read
])
def test_literal_gate(pattern: str, gate: tuple[tuple[str, ...], ...]) -> None:
    assert literal_gate(pattern) == gate


def test_required_literals_look_into_mandatory_groups_only() -> None:
    assert required_literals(r"(?:a|b)?cd") == ("cd",)
    assert required_literals(r"(?:will|shall)\s") == ("will", "shall")
    assert required_literals(r"(?:x|\d)") is None


def test_lazyre_never_gates_verbose_patterns_and_gates_case_folding_ones_on_folded_text() -> None:
    assert lazyre.compile("a b c", re.VERBOSE).search("abc")
    assert lazyre.compile("abc", re.IGNORECASE).search("ABC")
    assert lazyre.compile("(?i)abc").search("xABCx")
    # the characters outside ASCII that IGNORECASE lets match an ASCII letter: KELVIN SIGN, dotted and
    # dotless I, long s
    for pattern, text in (("kb", "\u212ab"), ("link", "L\u0130NK"), ("link", "l\u0131nk"), ("use", "u\u017fe"),
                          ("x\u0130y", "XIY")):
        assert re.search(pattern, text, re.IGNORECASE), (pattern, text)
        assert lazyre.compile(pattern, re.IGNORECASE).search(text), (pattern, text)
    never = lazyre.compile(r"\bquux\d", re.IGNORECASE)
    assert never.search("no such word, not even QUU X") is None and never._compiled is None
    assert never.search("a QUUX1").group(0) == "QUUX1"
    # literals with case outside ASCII are not read (the group asks for nothing); CJK has no case
    assert lazyre.gate_of("caf\u00e9|bar", re.IGNORECASE) == () == lazyre.gate_of("x\u00e9y", re.IGNORECASE)
    assert lazyre.gate_of(r"x\w+y", re.IGNORECASE) == (("x",), ("y",))
    assert lazyre.gate_of("开源|open", re.IGNORECASE) == (("开源", "open"),)


def test_a_scoped_ignorecase_group_gates_the_whole_pattern_on_folded_text() -> None:
    # the group ignores case and the rest does not: every literal is asked of the folded text, where a
    # literal that matches as written is found too
    rx = lazyre.compile(r"(?i:https?://)Wren|:ok:")
    assert lazyre.gate_of(rx.pattern) == (("wren", ":ok:"),)
    assert rx.search("see HTTPS://Wren").group(0) == "HTTPS://Wren"
    assert rx.search("see HTTPS://wren") is None and rx.search(":ok:")
    url = lazyre.compile(r"(?i:https?://)\S+")
    assert lazyre.gate_of(url.pattern) == (("http",), ("://",))
    assert url.search("no address here") is None and url._compiled is None
    assert url.search("at HTTP://example.com").group(0) == "HTTP://example.com"


def test_folding_covers_every_character_ignorecase_matches_to_an_ascii_literal() -> None:
    # read from the re module itself: every non-ASCII character that matches some ASCII character under
    # IGNORECASE folds to it, and no character matches a CJK literal of the project's gates but itself
    ascii_class = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    caseless = {ch for pattern in project_patterns() for group in lazyre.gate_of(pattern, re.IGNORECASE)
                for lit in group if not lit.isascii() for ch in lit}
    assert caseless  # the CJK patterns are gated
    caseless_class = re.compile("[" + "".join(re.escape(ch) for ch in sorted(caseless)) + "]", re.IGNORECASE)
    for code in range(0x80, 0x110000):
        ch = chr(code)
        if ascii_class.fullmatch(ch):
            letters = [x for x in map(chr, range(0x80)) if re.fullmatch(re.escape(x), ch, re.IGNORECASE)]
            assert all(x.lower() in lazyre.folded(ch) for x in letters), (hex(code), letters)
        if caseless_class.fullmatch(ch):
            assert ch in caseless, hex(code)


def test_no_case_folding_project_pattern_is_skipped_on_text_it_matches() -> None:
    swaps = str.maketrans({"i": "\u0131", "s": "\u017f", "k": "\u212a", "I": "\u0130"})
    checked = 0
    for pattern in project_patterns():
        try:
            rx = re.compile(pattern, re.IGNORECASE)
        except re.error:
            continue
        lazy = lazyre.compile(pattern, re.IGNORECASE)
        for text in FIXTURES:
            for piece in (text, text.upper(), text.title(), text.translate(swaps), *text.split("\n")):
                if rx.search(piece):
                    checked += 1
                    assert lazy.may_match(piece), (pattern, piece)
    assert checked > 100


def test_a_gated_pattern_is_not_compiled_until_its_literals_appear() -> None:
    rx = lazyre.compile(r"(?<![\w])quux\s+\d+")
    assert rx.search("nothing here") is None and rx.findall("nothing") == [] and rx.sub("-", "abc") == "abc"
    assert rx._compiled is None
    assert rx.search("a quux 12").group(0) == "quux 12"
    assert rx._compiled is not None


def test_no_project_pattern_is_skipped_on_text_it_matches() -> None:
    checked = 0
    for pattern in project_patterns():
        rx, lazy = re.compile(pattern), lazyre.compile(pattern)
        for text in FIXTURES:
            for piece in (text, text.lower(), *text.split("\n"), *text.lower().split(". ")):
                if rx.search(piece):
                    checked += 1
                    assert lazy.may_match(piece), (pattern, piece)
    assert checked > 100  # the fixtures exercise the patterns


def test_the_gates_shipped_in_the_wheel_are_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check"]) == 0, capsys.readouterr().err
    from openwash.data.regex_gates import GATES

    phrases = [pattern for pattern, _kind, _strength in lexicon.phrases()]
    assert list(GATES) == [*project_patterns(), *dict.fromkeys(lazyre.SPACED_KEY + p for p in phrases)]
    assert all(decode_gate(GATES[pattern]) == literal_gate(pattern) for pattern in project_patterns())
    assert all(decode_gate(GATES[lazyre.SPACED_KEY + p]) == spaced_gate(p) for p in phrases)


def test_a_repeated_character_ends_a_literal_run() -> None:
    # 'xa+y' matches 'xaay', which holds 'xa' and 'ay' but no 'xay'
    assert literal_gate("xa+y") == (("xa",), ("ay",))
    assert lazyre.compile("xa+y").may_match("xaay") and lazyre.compile("ab{2,3}c").may_match("abbbc")


def test_a_spaced_gate_joins_the_literals_of_a_phrase() -> None:
    gate = spaced_gate(r"(?<![\w])open[\s\-‐‑]?weights?(?![\w])")
    assert ("open weight", "open-weight", "open‐weight", "open‑weight", "openweight") in gate
    text = "our model and weights are licensed for research, upholding openness"
    assert not all(any(lit in spaced(text) for lit in group) for group in gate)
    assert spaced_gate(r"open\s+releases?") == (("open releases", "open release"), ("open release",))
    assert spaced("  open\n\t weights ") == " open weights "


def test_a_spaced_gate_passes_every_text_its_phrase_matches() -> None:
    # every phrase of every language, on the fixtures and on its own matches written with other whitespace
    checked = 0
    for pattern, _kind, _strength in lexicon.phrases():
        rx = re.compile(pattern)
        gate = lazyre.spaced_gate_of(pattern)
        for text in FIXTURES:
            for piece in (text.lower(), *(m.group(0) for m in rx.finditer(text.lower()))):
                for variant in (piece, piece.replace(" ", "\n  "), piece.replace(" ", "\t")):
                    if rx.search(variant):
                        checked += 1
                        joined = spaced(variant)
                        assert all(any(lit in joined for lit in group) for group in gate), (pattern, variant)
    assert checked > 50


@pytest.mark.parametrize("gate", [(), (("a",),), (("open",), ("sourc",), ("e", "ed")), (("a", ""),), (("é", "开源"),)])
def test_a_gate_is_stored_as_one_string_and_read_back_as_it_was(gate: tuple[tuple[str, ...], ...]) -> None:
    assert decode_gate(encode_gate(gate)) == gate


@pytest.mark.parametrize("gate", [(("a\x1fb",),), (("a\x1e",),), ((),), (("",),)])
def test_a_gate_one_string_cannot_give_back_is_refused(gate: tuple[tuple[str, ...], ...]) -> None:
    with pytest.raises(ValueError):
        encode_gate(gate)


# text without wide characters (curly quotes, dashes, accents, Cyrillic and emoji are narrow)
NARROW_FIXTURES = [t for t in FIXTURES if not lazyre.has_wide(t)] + [
    "Demo is open source — weights only; the code is proprietary. But the data: closed. 2026/01/02 Jan 3, 2026",
    "We release it (see below) – and they use it, while others don’t; “quoted” text… Открытый код.",
    "- 2026-03-04 news: v2 | table | cell |  three   spaces. e.g. this. Mr. Smith said so! Really? Yes; no.",
    "Only the enterprise edition is closed-source, except plugins; not yet open, and proprietary or closed.",
    "🚀 Demo is open source 🤗: request access to the weights 🔥 released under Apache-2.0 ✨ we build on X 👍",
]


def test_a_narrow_twin_agrees_with_its_full_pattern_on_text_without_wide_characters() -> None:
    from openwash.regex_gates import project_by_script

    patterns = project_by_script()
    assert len(patterns) >= 10  # the lexicon classes and the structural patterns that hold CJK marks
    checked = 0
    for pattern in patterns:
        full, narrow = re.compile(pattern.full.pattern, pattern.flags), re.compile(pattern.narrow.pattern,
                                                                                   pattern.flags)
        for text in NARROW_FIXTURES:
            for piece in (text, text.lower(), *text.split("\n"), *text.lower().split(". "), *text.split(" ")):
                assert not lazyre.has_wide(piece)
                got = [(m.span(), m.groups()) for m in narrow.finditer(piece)]
                assert got == [(m.span(), m.groups()) for m in full.finditer(piece)], (pattern, piece)
                checked += len(got)
    assert checked > 200  # the fixtures exercise the patterns


def test_a_narrow_twin_leaves_out_wide_alternatives_and_wide_text_gets_the_full_pattern() -> None:
    from openwash.regex_gates import project_by_script

    def characters(source: str) -> str:  # a pattern's characters, those written as \\uXXXX included
        return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), source)

    for pattern in project_by_script():
        # the narrow twin has fewer wide characters (a negated class of the narrow part may keep some)
        wide_chars = {c for c in characters(pattern.full.pattern) if lazyre.has_wide(c)}
        narrow_wide = [c for c in characters(pattern.narrow.pattern) if lazyre.has_wide(c)]
        assert len(narrow_wide) < len([c for c in characters(pattern.full.pattern) if lazyre.has_wide(c)]), pattern
        # and the full pattern is what text with a wide character is matched by
        sample = "".join(sorted(wide_chars))[:1] + " text"
        assert pattern.pick(sample) is pattern.full and pattern.pick("plain text") is pattern.narrow


@pytest.mark.parametrize("text, wide", [
    ("", False), ("plain ASCII", False), ("curly ’quotes” — dashes… café Ωmega Открыто", False),
    ("emoji 👍 outside the BMP", False), ("开源 👍", True), ("👍 开源", True), ("开源", True), ("オープン", True), ("全角：", True), ("오픈", True),
    ("⺀ the first wide character", True), ("\u2e7f the last narrow one", False),
])
def test_has_wide_is_the_range_from_u2e80_to_uffff(text: str, wide: bool) -> None:
    assert lazyre.has_wide(text) is wide
    assert lazyre.has_wide(text) is (re.search("[\u2e80-\uffff]", text) is not None)


def test_a_twin_with_nothing_narrow_left_never_matches_and_compiles_nothing() -> None:
    pattern = lazyre.by_script("(?:模型|开源)", "")
    assert pattern.narrow is lazyre.NO_MATCH
    text = "an English sentence, open source"
    assert (pattern.search(text), pattern.match(text), pattern.fullmatch(text)) == (None, None, None)
    assert (list(pattern.finditer(text)), pattern.findall(text)) == ([], [])
    assert (pattern.sub("x", text), pattern.split(text)) == (text, [text])
    assert [m.group(0) for m in pattern.finditer("一个开源模型")] == ["开源", "模型"]


def test_patterns_kept_in_module_tables_have_stored_gates() -> None:
    # the licence-name patterns sit in a table of (pattern, SPDX id) rows: their gates are stored like every
    # module-level pattern's, so a run never reads a pattern's literals (as costly as compiling it)
    from openwash import licenses

    stored = set(project_patterns())
    assert licenses._SPDX_NAME_PATTERNS
    assert all(pattern.pattern in stored for pattern, _spdx_id in licenses._SPDX_NAME_PATTERNS)


@pytest.mark.parametrize("pattern, gates", [
    (r"\bfoo\b[^.]{0,9}\b(?:bar|baz)\b|\bqux (?:a|b)", ((("foo",), ("bar", "baz")), (("qux ",), ("a", "b")))),
    (r"open[\s\-]?sourc(?:e|ed)", ()),                      # one alternative: literal_gate says it all
    (r"abc|\w+x?", ()),                                      # an alternative that requires nothing
    (r"a(?:b|c)?d|e", ((("a",), ("d",)), (("e",),))),
])
def test_alternative_gates(pattern: str, gates: tuple[tuple[tuple[str, ...], ...], ...]) -> None:
    assert alternative_gates(pattern) == gates


def test_a_pattern_gated_by_alternative_needs_every_literal_of_one_alternative() -> None:
    rx = lazyre.compile(r"\bfoo\b[^.]{0,9}\b(?:bar|baz)\b|\bqux (?:a|b)", re.I, by_alternative=True)
    assert rx.may_match("foo alone, and a bar without")  # foo ... bar: the first alternative may match
    assert rx.may_match("FOO and BAZ") and rx.may_match("QUX B")
    assert not rx.may_match("foo and qux") and rx.search("foo and qux") is None and rx._compiled is None
    assert rx.search("a FOO x BAR").group(0) == "FOO x BAR"
    assert not lazyre.compile(r"foo|bar").by_alternative


def test_no_pattern_gated_by_alternative_is_skipped_on_text_it_matches() -> None:
    patterns = project_by_alternative()
    assert len(patterns) >= 6  # the evidence finders' cues asked about whole blocks
    checked = 0
    for pattern in patterns:
        for flags in (0, re.IGNORECASE):
            rx, lazy = re.compile(pattern, flags), lazyre.compile(pattern, flags, by_alternative=True)
            for text in [*FIXTURES, *ALTERNATIVE_FIXTURES]:
                for piece in (text, text.lower(), text.upper(), *text.split("\n"), *text.lower().split(". ")):
                    if rx.search(piece):
                        checked += 1
                        assert lazy.may_match(piece), (pattern, piece)
    assert checked > 30


# text the evidence cues gated by alternative are written for
ALTERNATIVE_FIXTURES = [
    "Access is granted after approval. Please request access to the weights; fill out the access request form "
    "to download. Not available in the EU. 需要申请权重下载。モデルのダウンロードには申請が必要です。",
    "We fine-tuned it with the config in recipes/sft.yaml using axolotl; the training recipes for SFT and DPO "
    "are in configs used to train it. torchrun --nproc 8 train.py; deepspeed pretrain_gpt.py; bash run_train.sh",
    "The model was trained with our codebase; the project pretrains models; pre-training code is released.",
    "Demo-7B is fine-tuned from Llama-2-7B. It is based on Mistral. base_model: meta-llama/Llama-2-7b",
    "The weights are released under the Apache 2.0 license; 本模型采用 MIT 协议；MIT ライセンスの下で公開。",
    "Training data: [More Information Needed]. Code coming soon, TBD, to be released, available upon request; "
    "will be open-sourced soon. Stay tuned! Contact us for access. 即将开源，敬请期待。",
]


@pytest.mark.parametrize("pattern, parts", [
    (r"(a)|b(?P<x>c(d))|(?:e|f)|\(|[|(]",
     (("(a)", "b(?P<x>c(d))", "(?:e|f)", "\\(", "[|(]"), ("(?!)()", "(?!)(?P<x>)()", "(?!)", "(?!)", "(?!)"))),
    (r"(a)?(?(1)b|c)|d", (("(a)?(?(1)b|c)", "d"), ("(?!)()", "(?!)"))),
    (r"(?i)a|b", None),                                      # flags for the whole pattern stay at its start
    (r"abc", None),
])
def test_alternative_parts(pattern: str, parts: tuple[tuple[str, ...], tuple[str, ...]] | None) -> None:
    assert alternative_parts(pattern) == parts


def test_a_pattern_gated_by_alternative_finds_what_the_whole_pattern_finds() -> None:
    # compiled less the alternatives no text asked so far can match; groups keep their numbers and names
    pattern = r"(?P<w>foo)\s(\d+)|bar(x)?|(?P<q>qux)|baz"
    rx = re.compile(pattern, re.I)
    lazy = lazyre.compile(pattern, re.I, by_alternative=True)
    for text in ("BAR and bar x", "nothing", "qux foo 12 barx", "baz BAZ foo 3", "foo 1 qux bar baz"):
        assert [(m.span(), m.groups(), m.groupdict()) for m in lazy.finditer(text)] == \
            [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(text)], text
        assert lazy.sub(lambda m: str(m.lastindex), text) == rx.sub(lambda m: str(m.lastindex), text)
        assert lazy.split(text) == rx.split(text) and lazy.findall(text) == rx.findall(text)
    assert lazy._reduced and all(r.groupindex == rx.groupindex and r.groups == rx.groups
                                 for r in lazy._reduced.values())
    for pattern in project_by_alternative():
        for flags in (0, re.IGNORECASE):
            rx, lazy = re.compile(pattern, flags), lazyre.compile(pattern, flags, by_alternative=True)
            for text in [*ALTERNATIVE_FIXTURES, *FIXTURES]:
                for piece in (text, text.lower(), *text.split(". ")):
                    assert [(m.span(), m.groups()) for m in lazy.finditer(piece)] == \
                        [(m.span(), m.groups()) for m in rx.finditer(piece)], (pattern, piece)


def test_threads_sharing_a_pattern_gated_by_alternative_find_what_the_whole_pattern_finds() -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = [piece for text in [*ALTERNATIVE_FIXTURES, *FIXTURES] for piece in (text, *text.split(". "))] * 5
    for pattern in project_by_alternative():
        rx, lazy = re.compile(pattern, re.IGNORECASE), lazyre.compile(pattern, re.IGNORECASE, by_alternative=True)
        with ThreadPoolExecutor(8) as pool:
            got = list(pool.map(lambda t, lazy=lazy: [(m.span(), m.groups()) for m in lazy.finditer(t)], texts))
        assert got == [[(m.span(), m.groups()) for m in rx.finditer(t)] for t in texts], pattern


def test_the_news_date_is_asked_only_where_a_date_can_open_the_text() -> None:
    # news_date skips the pattern unless the first word character (within thirteen) is a digit or a month's start;
    # it must say what the pattern says on every text
    from openwash.claims.lexicon.common import NEWS_DATE, news_date

    texts = ["2024-05-01: released", "- **2024/5/1** wren", "[9/22/2023] 🔥 wren", "may 1, 2024: wren", "jan. 3 wren",
             "2024年5月1日 开源", "5月1日 开源", "** >> -- ** :: 2024-05-01", "!!!!!!!!!!!!!2024-05-01", "wren 2024-05-01",
             "the model", "", "----", "maybe 1", "12 models", "march 3, 2024", "version 2.0", "(2024.05.01) x"]
    for text in texts:
        assert bool(news_date(text)) == bool(NEWS_DATE.search(text)), text
    assert news_date("2024-05-01: released") and not news_date("wren 2024-05-01")


def test_the_inline_flags_stored_for_project_patterns_are_those_read_from_them() -> None:
    # lazyre takes a project pattern's inline flags from the stored table (none when it is not listed) instead of
    # reading the pattern: the table must say what reading it says, for every stored pattern
    from openwash import generated
    from openwash.regex_literals import GATES_MODULE

    stored = generated.load(GATES_MODULE, "GATES")
    flagged = generated.load(GATES_MODULE, "INLINE_FLAGS")
    assert isinstance(stored, dict) and isinstance(flagged, dict) and flagged
    for pattern in stored:
        assert lazyre._inline_flags(pattern) == lazyre.read_inline_flags(pattern), pattern
    assert lazyre._inline_flags("(?i)not a project pattern") == frozenset("i")
