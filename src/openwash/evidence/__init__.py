"""Evidence: what the repository actually gives, with where it is written.

Interface (stable): :func:`collect` takes the repository and its parsed
documents and returns :class:`Evidence` — pointers to training code, training
data and weights, placeholders that pretend to be pointers, the licenses of
code, weights and data, the base models a fine-tune names, and whether the
repository releases a model at all.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openwash.evidence.collect import collect
    from openwash.evidence.types import BaseModel, Evidence, EvidenceItem, LicenseSource

__all__ = ["BaseModel", "Evidence", "EvidenceItem", "LicenseSource", "collect"]


def __getattr__(name: str) -> Any:
    """Load the finders on first use (lazy: importing one submodule, as the quick pass does with
    ``evidence.links`` and ``evidence.weights``, must not load them all)."""
    if name == "collect":
        from openwash.evidence.collect import collect  # lazy: see the docstring

        # loading the submodule set this package's attribute 'collect' to the module: the function wins
        globals()["collect"] = collect
        return collect
    if name in ("BaseModel", "Evidence", "EvidenceItem", "LicenseSource"):
        from openwash.evidence import types  # lazy: see the docstring

        return getattr(types, name)
    raise AttributeError(f"module 'openwash.evidence' has no attribute {name!r}")
