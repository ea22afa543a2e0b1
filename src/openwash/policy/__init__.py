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
"""

from openwash.policy.load import (
    central_policy_source,
    find_repo_policy,
    org_owner,
    resolve,
    resolve_source,
    validate_source,
)
from openwash.policy.model import Lock, Policy, Waiver

__all__ = ["Lock", "Policy", "Waiver", "central_policy_source", "find_repo_policy", "org_owner", "resolve",
           "resolve_source", "validate_source"]
