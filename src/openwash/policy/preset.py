"""``builtin:default`` resolved ahead of time: the policy of every repository without one of its own.

Resolving the preset at run time means importing PyYAML, the merge and the validator and parsing
``policies/default.yml``: about a third of a pre-commit run on a commit with nothing to find.  The
resolved policy (data, where each setting came from, sources) is therefore also shipped as JSON,
``builtin_default.json``, written by ``python -m openwash.policy.bake --write`` from the YAML, which
stays the source of truth.  The JSON holds the exact YAML text it was made from: when the installed
``default.yml`` differs (an edit not followed by ``--write``), it is not used and the preset is resolved
from the YAML as before, so the two can never disagree.  ``tests/test_policy_presets.py`` checks that the
shipped JSON is current and equals what resolving the YAML gives.
"""

from __future__ import annotations

import json
from pathlib import Path

from openwash.clock import today
from openwash.errors import ConfigError
from openwash.policy.locate import builtin_dir, find_repo_policy, offline_default, org_owner
from openwash.policy.model import Policy

PRESET = "builtin:default"
RESOLVED = Path(__file__).with_name("builtin_default.json")


def yaml_text() -> str | None:
    try:
        return (builtin_dir() / "default.yml").read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def default_policy() -> Policy | None:
    """``builtin:default`` as :func:`openwash.policy.resolve_source` resolves it, from the shipped JSON; None
    when the JSON cannot stand for it (missing, stale, or a preset with locks or waivers, whose checks the
    full resolution runs)."""
    try:
        with open(RESOLVED, encoding="utf-8") as fh:
            stored = json.load(fh)
    except (OSError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("yaml") != yaml_text() or stored.get("locks") \
            or stored["data"].get("waivers"):
        return None
    # Resolution measures waivers against OPENWASH_TODAY, so a malformed value is a ConfigError with any
    # policy; without waivers that is all the check does.
    today(ConfigError)
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
