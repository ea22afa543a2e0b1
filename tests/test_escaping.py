"""One escaping module (openwash.safetext) for Markdown, HTML and terminal text, one guarantee for all:
repository text reaches no report with a raw bidi control or a raw control character."""

from __future__ import annotations

import re

import pytest

from openwash.github.presentation import escape_data
from openwash.report.markdown import md_text
from openwash.report.org_common import md
from openwash.report.org_html import _e
from openwash.safetext import html_text, markdown_text, markdown_words, printable

HOSTILE = "evil\u202egnp.exe \u2066x\u2069 \x1b[2Jclear\x00nul\u2028sep\x85nel\x9b1m <b>&\"'"
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")

ESCAPERS = {"markdown_text": markdown_text, "markdown_words": markdown_words, "org md": md, "md_text": md_text,
            "html_text": html_text, "org html": _e, "printable": printable, "workflow command": escape_data}


@pytest.mark.parametrize("name", sorted(ESCAPERS))
def test_no_escaper_lets_a_bidi_control_or_a_control_through(name: str) -> None:
    out = ESCAPERS[name](HOSTILE)
    assert not BIDI.search(out), repr(out)  # the organization Markdown and HTML reports kept U+202E before
    assert not RAW_CONTROL.search(out), repr(out)


def test_the_report_modules_use_the_one_module() -> None:
    assert md_text is markdown_text
    assert md("a\u202eb") == markdown_words("a\u202eb") == "ab"
    assert _e('<a href="x">\u202e') == html_text('<a href="x">\u202e') == "&lt;a href=&quot;x&quot;&gt;"


def test_ordinary_text_is_escaped_as_before() -> None:
    # the organization reports escape only what starts markup; the job summary escapes all punctuation
    assert markdown_words("see README.md, `x` and @octocat | #1") == \
        "see README.md, \\`x\\` and `@octocat` \\| `#1`"
    assert markdown_text("see README.md & <b>", 300) == "see README\\.md &amp; &lt;b&gt;"
    assert html_text("a\tb\nc & 'd'") == "a\tb\nc &amp; &#x27;d&#x27;"
