"""Policies: what a repository's claims must be backed by, where the settings came from.

Interface (stable): :func:`resolve` finds and loads the policy for a
repository (or an explicit source) and returns a :class:`Policy`.
"""

from openwash.policy.load import resolve
from openwash.policy.model import Policy

__all__ = ["Policy", "resolve"]
