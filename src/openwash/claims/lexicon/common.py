"""Marks that belong to no one language: punctuation that ends a clause, checkboxes, dates."""

from __future__ import annotations

import re

from openwash import lazyre

CLAUSE_PUNCTUATION = r"[;!?。；！？|()（）【】—–]|:\s|：|\s-\s|\s·\s|，"
CLAUSE_PUNCTUATION_NARROW = r"[;!?|()—–]|:\s|\s-\s|\s·\s"  # the same without its wide characters
DONE_CHECKBOX = lazyre.compile(r"^\W{0,3}\[[x✓✔]\]", re.IGNORECASE)
# an unchecked roadmap item, or one marked as not done yet ('- [in progress]: …'); '- [] …' is one too, as many
# write it (GitHub renders no box for it)
OPEN_CHECKBOX = lazyre.compile(r"^\W{0,3}\[\s?\]|^\W{0,3}\[(?:in[\s-]progress|wip|todo|to-do|planned|ongoing|pending)\]",
                               re.IGNORECASE)
# a news item's date at the start of a line: '2024-05-01', '2024年5月1日', 'May 1, 2024' (not a range of years,
# '2021-2024 Acme', which opens a copyright line)
NEWS_DATE = lazyre.by_script(
    r"^\W{0,12}(?:\d{4}[./\-年]\s?\d{1,2}(?!\d)(?:[./\-月]\s?\d{1,2}日?)?|\d{1,2}月\d{1,2}[日号號]|\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}"
    r"|\d{2}/\d{2}/\d{2}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}(?:,?\s+\d{4})?)",
    r"^\W{0,12}(?:\d{4}[./\-]\s?\d{1,2}(?!\d)(?:[./\-]\s?\d{1,2})?|\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|\d{2}/\d{2}/\d{2}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}(?:,?\s+\d{4})?)",
)
_MONTHS = frozenset(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])


def news_date(low: str) -> re.Match[str] | None:
    """The date a news item opens with (:data:`NEWS_DATE`), asked only when the first word character, within the
    first thirteen, is a digit or opens a month's name: every date there begins so, and most sentences do not (the
    pattern is then never compiled)."""
    for i, ch in enumerate(low[:13]):
        if ch.isalnum() or ch == "_":  # the first word character (what \W stops at)
            if not (ch.isdecimal() or low[i:i + 3] in _MONTHS):
                return None
            return NEWS_DATE.search(low)
    return None
