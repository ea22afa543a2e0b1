"""Marks that belong to no one language: punctuation that ends a clause, checkboxes, dates."""

from __future__ import annotations

import re

from openwash import lazyre

CLAUSE_PUNCTUATION = r"[;!?。；！？|()（）【】—–]|:\s|：|\s-\s|\s·\s|，"
CLAUSE_PUNCTUATION_NARROW = r"[;!?|()—–]|:\s|\s-\s|\s·\s"  # the same without its wide characters
DONE_CHECKBOX = lazyre.compile(r"^\W{0,3}\[[x✓✔]\]", re.IGNORECASE)
# an unchecked roadmap item, or one marked as not done yet ('- [in progress]: …')
OPEN_CHECKBOX = lazyre.compile(r"^\W{0,3}\[\s\]|^\W{0,3}\[(?:in[\s-]progress|wip|todo|to-do|planned|ongoing|pending)\]",
                               re.IGNORECASE)
# a news item's date at the start of a line: '2024-05-01', '2024年5月1日', 'May 1, 2024'
NEWS_DATE = lazyre.by_script(
    r"^\W{0,12}(?:\d{4}[./\-年]\s?\d{1,2}(?:[./\-月]\s?\d{1,2}日?)?|\d{1,2}月\d{1,2}[日号號]|\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}"
    r"|\d{2}/\d{2}/\d{2}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}(?:,?\s+\d{4})?)",
    r"^\W{0,12}(?:\d{4}[./\-]\s?\d{1,2}(?:[./\-]\s?\d{1,2})?|\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|\d{2}/\d{2}/\d{2}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}(?:,?\s+\d{4})?)",
)
