"""``builtin:default`` resolved ahead of time: the policy of every repository without one of its own.

Resolving the preset at run time means importing PyYAML, the merge and the validator and parsing
``policies/default.yml``: about a third of a pre-commit run on a commit with nothing to find.  The
resolved policy (data, where each setting came from, sources) is therefore also shipped as a generated
Python module, ``builtin_default.py`` (:mod:`openwash.generated`), written by ``python -m
openwash.policy.bake --write`` from the YAML, which stays the source of truth.  The module holds the exact
YAML text it was made from (``YAML``): when the installed ``default.yml`` differs (an edit not followed by
``--write``), it is not used and the preset is resolved from the YAML as before, so the two can never
disagree.  Its ``resolved()`` builds the policy's parts anew on every call (callers change the policy).
``tests/test_policy_preset_shipped.py`` checks that the shipped module is current and equals what
resolving the YAML gives.
"""

from __future__ import annotations

from pathlib import Path

from openwash import generated
from openwash.clock import today_override
from openwash.errors import ConfigError
from openwash.policy.locate import builtin_dir, find_repo_policy, offline_default, org_owner
from openwash.policy.model import Policy

PRESET = "builtin:default"
RESOLVED_MODULE = "openwash.policy.builtin_default"
RESOLVED = Path(__file__).with_name("builtin_default.py")


def yaml_text() -> str | None:
    try:
        return (builtin_dir() / "default.yml").read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def default_policy() -> Policy | None:
    """``builtin:default`` as :func:`openwash.policy.resolve_source` resolves it, from the shipped module; None
    when the module cannot stand for it (missing, stale, or a preset with locks or waivers, whose checks the
    full resolution runs)."""
    if generated.load(RESOLVED_MODULE, "YAML") != yaml_text() or generated.load(RESOLVED_MODULE, "LOCKS"):
        return None
    stored = generated.load(RESOLVED_MODULE, "resolved")  # a new object on every call
    if not isinstance(stored, dict) or stored["data"].get("waivers"):
        return None
    # Resolution measures waivers against OPENWASH_TODAY, so a malformed value is a ConfigError with any
    # policy; without waivers that is all the check does (and no date is made).
    today_override(ConfigError)
    return Policy(data=stored["data"], sources=list(stored["sources"]), origins=stored["origins"], locks=[],
                  notices=[])


def resolve_builtin(root: Path | None, explicit: str | None, *, offline: bool | None = None,
                    org: str | None = None) -> Policy | None:
    """What :func:`openwash.policy.resolve` gives when the answer is ``builtin:default`` (no explicit source
    or that one, no repository policy, no central policy asked for), else None."""
    explicit = explicit or None  # resolve() takes an empty source for none
    if explicit not in (None, PRESET):
        return None
    if explicit is None and root is not None and find_repo_policy(root) is not None:
        return None
    if org_owner(org, offline=offline_default(offline)):
        return None
    return default_policy()
