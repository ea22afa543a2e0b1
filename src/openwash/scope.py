"""A policy's file scope must select something: a scope that selects no document is an error, not a pass.

A policy whose ``files.include`` / ``files.exclude`` leave none of the repository's documents in scope
would pass every check with "0 claims" — a quiet way to turn openwash off.  When the default scope
would have checked at least one document of the repository and the policy's scope checks none, the run
stops with a configuration error (exit 2) naming the policy setting.  A repository with no document at
all (nothing the default scope reads either) still passes: there is nothing to check.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from openwash.discovery import DEFAULT_EXCLUDE, DEFAULT_INCLUDE, in_scope
from openwash.errors import ConfigError

if TYPE_CHECKING:
    from openwash.policy import Policy


def check_scope(paths: list[str], policy: Policy) -> None:
    """Raise ConfigError when ``policy`` selects no document among ``paths`` but the default scope would."""
    if in_scope(paths, policy.include, policy.exclude):
        return
    default = in_scope(paths, DEFAULT_INCLUDE, DEFAULT_EXCLUDE)
    if not default:
        return
    examples = ", ".join(sorted(default, key=lambda p: (p.count("/"), p))[:3])
    setting = "files.include" if not in_scope(paths, policy.include, []) else "files.exclude"
    from openwash.policy.merge import split_origin  # lazy: only on this error; the merge is off the hook path

    file, line = split_origin(policy.origin(setting))
    raise ConfigError(f"{setting}: the policy's file scope selects no document of this repository (the default "
                      f"scope would check {len(default)}, e.g. {examples}); a check of nothing is not a pass",
                      source=file, line=line or None)
