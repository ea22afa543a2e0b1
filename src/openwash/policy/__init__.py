"""Policies: what a repository's claims must be backed by, and where each setting came from.

Interface (stable):

* :func:`resolve` finds and loads the policy for a repository (or an explicit source) and returns a
  :class:`Policy`; :func:`resolve_source` resolves one source (optionally from text the caller already
  has, e.g. a repository policy read through the GitHub API); :func:`validate_source` always runs the
  schema check.
* :class:`Policy` — ``data``, ``sources``, ``origins``, ``locks``, ``waivers``, ``notices``, ``mode``,
  ``fail_on``, ``model_release``, ``include``, ``exclude``, ``claim_add``, ``claim_exclude``,
  ``severity(rule, default)``, ``requirements(kind, target, model_release)``,
  ``license_allowed(component, License)``, ``accepted_evidence(requirement)``, ``filter_evidence(ev)``,
  ``fails(severity)``, ``origin(path)``.

The package's modules (``sources``, ``cache``, ``merge``, ``validate``, ``show``) import nothing heavy:
jsonschema, requests and PyGithub are imported only when a policy must be schema-checked or fetched.
The loader (:mod:`openwash.policy.load`, which imports PyYAML) is itself imported on first use of a name
that needs it: a repository without a policy of its own gets ``builtin:default`` from
:mod:`openwash.policy.preset` without it, which is what most pre-commit runs do.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openwash.policy.locate import central_policy_source, find_repo_policy, org_owner
from openwash.policy.model import Lock, Policy, Waiver
from openwash.policy.preset import resolve_builtin

if TYPE_CHECKING:
    from openwash.policy.cache import Cache
    from openwash.policy.load import resolve_source, validate_source


def resolve(root: Path | None = None, explicit: str | None = None, *, offline: bool | None = None,
            org: str | None = None, org_policy: str | None = None, cache: Cache | None = None,
            session: dict[str, Any] | None = None) -> Policy:
    """The policy for the repository at ``root`` (:func:`openwash.policy.load.resolve`), loading the loader
    only when the answer is not ``builtin:default``."""
    shipped = resolve_builtin(root, explicit, offline=offline, org=org)
    if shipped is not None:
        return shipped
    from openwash.policy.load import resolve as load_resolve  # lazy: the loader imports PyYAML; the hook's
    # builtin:default needs neither

    return load_resolve(root, explicit, offline=offline, org=org, org_policy=org_policy, cache=cache,
                        session=session)


_LOADER_NAMES = ("resolve_source", "validate_source")


def __getattr__(name: str) -> Any:
    if name not in _LOADER_NAMES:
        raise AttributeError(f"module 'openwash.policy' has no attribute {name!r}")
    value = getattr(importlib.import_module("openwash.policy.load"), name)
    globals()[name] = value
    return value


__all__ = ["Lock", "Policy", "Waiver", "central_policy_source", "find_repo_policy", "org_owner", "resolve",
           "resolve_source", "validate_source"]
