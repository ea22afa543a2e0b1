"""Evidence: what the repository actually gives, with where it is written.

Interface (stable): :func:`collect` takes the repository and its parsed
documents and returns :class:`Evidence` — pointers to training code, training
data and weights, placeholders that pretend to be pointers, the licenses of
code, weights and data, the base models a fine-tune names, and whether the
repository releases a model at all.
"""

from openwash.evidence.collect import collect
from openwash.evidence.types import BaseModel, Evidence, EvidenceItem, LicenseSource

__all__ = ["BaseModel", "Evidence", "EvidenceItem", "LicenseSource", "collect"]
