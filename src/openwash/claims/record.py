"""The decision record of the claim judgement: what is known about the repository, the sentence being
judged, the verdict on one phrase, and the claims located in files."""

from __future__ import annotations

from openwash.records import field, record
from openwash.vocabulary import PROSE_ROLES

# Which files can hold claims: license texts and use policies are boilerplate.
CLAIM_ROLES = frozenset(PROSE_ROLES)


@record(frozen=True)
class ClaimContext:
    """What the detector may know about the repository besides the sentence itself."""

    own_names: frozenset[str] = frozenset()  # lower-case names of the repository and its artifacts
    is_model_release: bool | None = None
    vocabulary_add: tuple[str, ...] = ()  # extra regular expressions that are claim phrases
    vocabulary_exclude: tuple[str, ...] = ()  # regular expressions; a sentence matching one is never a claim
    # the repository is named as a curated list of others' work ('awesome-…'), or as writing about a topic
    # ('github-cheat-sheet', '…-leaderboard-report'): what it calls open is what it presents
    curated_list: bool = False
    # folders holding a copy of another project, each with that project ('verl', 'volcengine/verl'): their pages
    # speak for that project (see openwash.copies)
    copies: tuple[tuple[str, str], ...] = ()


@record(frozen=True)
class ClaimHit:
    """A claim inside one block of text (offsets are into that text)."""

    start: int  # offset of the claim phrase
    end: int
    phrase: str
    sentence: str
    kind: str  # open-source | open-weights | open
    target: str  # model | weights | code | data | project | other
    strength: str  # strong | plain | partial
    negated: bool
    cue: str  # which rule decided, for --explain


@record(frozen=True)
class Claim:
    """A claim located in a file."""

    file: str
    line: int
    column: int
    text: str  # the sentence
    phrase: str
    kind: str
    target: str
    strength: str
    negated: bool
    cue: str = ""
    block_kind: str = "paragraph"
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def as_json(self) -> dict:
        return {
            "file": self.file, "line": self.line, "column": self.column, "text": self.text,
            "target": self.target, "strength": self.strength, "negated": self.negated,
            "kind": self.kind, "phrase": self.phrase,
        }


@record(frozen=True)
class Judgement:
    """The decision on one openness phrase (claims and non-claims), for explanations and benches."""

    start: int
    end: int
    phrase: str
    sentence: str
    kind: str
    claim: bool  # an assertion about the author's own artifact (negated ones included)
    negated: bool
    target: str
    strength: str
    rule: str  # short rule name
    reason: str  # human-readable explanation


@record(frozen=True)
class Verdict:
    claim: bool  # asserts that the author's own artifact is open (also set for negated own statements)
    negated: bool
    target: str
    strength: str
    rule: str
    reason: str


@record
class Sentence:
    """One sentence of a block, with what the judge may know around it."""

    text: str
    low: str
    block_kind: str = "paragraph"
    heading_level: int = 0
    prev: str = ""  # the previous sentence, lower-cased (possibly from the previous block)
    prev_written: str = ""  # ... as written (its capitals tell a name)
    next: str = ""  # the next sentence of the same block, lower-cased
    title_links: list[tuple[int, int]] = field(default_factory=list)  # link texts that are page titles
    link_spans: list[tuple[int, int]] = field(default_factory=list)  # every link text
    own_spans: list[tuple[int, int]] = field(default_factory=list)  # own names
    news: bool = False  # the block is a dated news item
    row_label: str = ""  # table cells: the first cell of the row (lower-cased)
    header_row: bool = False  # table cells: the cell is in the table's header row
    role: str = "readme"  # the document's role (model_card, data_card, readme, docs)
    nested: bool = False  # a list item indented under another (it describes the entry above)
