"""Data types of evidence."""

from __future__ import annotations

from openwash.licenses import License
from openwash.records import field, record


@record(frozen=True)
class EvidenceItem:
    """One pointer: a link, a path in the tree, a metadata entry or a documented section."""

    kind: str  # link | path | metadata | section | data_card | code_block | text
    value: str
    file: str
    line: int

    def as_json(self) -> dict:
        return {"kind": self.kind, "value": self.value, "file": self.file, "line": self.line}


@record(frozen=True)
class LicenseSource:
    """A license statement and what it covers."""

    license: License
    # code | weights | data | repo (repo = the whole repository, code and anything else) | other (a copy of
    # another project's license kept in the tree; covers nothing of this release)
    component: str
    file: str
    line: int
    how: str  # text | front_matter | badge | package | prose | reference

    def as_json(self) -> dict:
        return {"id": self.license.id, "name": self.license.name, "category": self.license.category,
                "component": self.component, "file": self.file, "line": self.line, "how": self.how}


@record(frozen=True)
class BaseModel:
    """A model this release is fine-tuned from, with what is known of its openness."""

    name: str
    file: str
    line: int
    license_id: str = ""
    license_category: str = "unknown"
    data_open: bool | None = None
    note: str = ""
    declared: str = ""  # what the card or text calls it ("meta-llama/Meta-Llama-3-8B")
    relation: str = "finetune"  # finetune | adapter | merge | quantized (base_model_relation)
    license_name: str = ""  # the human name of license_id

    @property
    def label(self) -> str:
        """How messages name it: what the card says, with the family when that differs."""
        if self.declared and self.declared.lower() != self.name.lower():
            return f"{self.name} ({self.declared})"
        return self.name


def _uninformative(source: LicenseSource) -> bool:
    """`license: other` with no name, `unknown`: says nothing about the terms."""
    return source.license.category == "unknown" and source.license.id in ("unknown", "LicenseRef-other")


_TIERS = (("text", "reference"), ("front_matter", "package"), ("prose",), ("badge",))


@record
class Evidence:
    training_code: list[EvidenceItem] = field(default_factory=list)
    training_data: list[EvidenceItem] = field(default_factory=list)
    weights: list[EvidenceItem] = field(default_factory=list)
    placeholders: list[EvidenceItem] = field(default_factory=list)
    broken_links: list[EvidenceItem] = field(default_factory=list)
    licenses: list[LicenseSource] = field(default_factory=list)
    base_models: list[BaseModel] = field(default_factory=list)
    is_model_release: bool = False
    model_release_reason: str = ""
    # Fine-tuning code shipped for users of a pretrained release (not the code that trained it).
    downstream_code: list[EvidenceItem] = field(default_factory=list)
    # The release is itself a fine-tune of a named base (its fine-tuning code is its training code).
    is_finetune: bool = False
    # Training code that does not count, with the reason (a vendored generic framework without a
    # configuration or launch script for this model).
    not_counted: list[EvidenceItem] = field(default_factory=list)
    # What puts the weights behind a gate (click-through, request form, approval, geo-block); empty = open.
    gates: list[EvidenceItem] = field(default_factory=list)

    # Where the release is gated (Hugging Face Hub ``gated``: "auto" or "manual"; "false" when the Hub says it
    # is not; "" when unknown).  Evidence only for now: the rule that judges it (OW107) is issue 15's.
    gated: str = ""

    @property
    def access(self) -> str:
        """``gated`` when the weights are behind a gate, else ``open``."""
        return "gated" if self.gates else "open"

    def licenses_for(self, component: str) -> list[LicenseSource]:
        """Licenses that cover ``component`` (code, weights or data).

        A component-specific license wins; otherwise the repository-wide license applies.  Among those,
        the license texts in the tree (the legal terms) win over card metadata and package metadata, and
        those over what prose and badges say."""
        specific = [s for s in self.licenses if s.component == component]
        if specific and all(_uninformative(s) for s in specific):
            specific = [s for s in self.licenses if s.component == "repo" and not _uninformative(s)] or specific
        chosen = specific or [s for s in self.licenses if s.component == "repo"]
        if any(not _uninformative(s) for s in chosen):
            chosen = [s for s in chosen if not _uninformative(s)]
        for tier in _TIERS:
            subset = [s for s in chosen if s.how in tier]
            if subset:
                return subset
        return chosen
