"""Which policy applies: the repository's own policy file, the organization whose central policy to use.

Kept apart from :mod:`openwash.policy.load` (which imports PyYAML, the merge and the validator): the
pre-commit hook asks these questions on every run, and when the answer is "no policy file, no
organization" it uses the built-in preset as :mod:`openwash.policy.preset` ships it, never importing them.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from openwash.discovery import MAX_FILE_BYTES

try:
    import openwash.policies as _presets
except ImportError:  # a source tree without installation has no openwash.policies
    _presets = None  # type: ignore[assignment]

REPO_POLICY_FILES = (".openwash.yml", ".openwash.yaml")
DEFAULT_ORG_POLICY = "github:{owner}/.github/openwash.yml"


def builtin_dir() -> Path:
    """Where the presets are: inside the installed package, or policies/ of a source checkout."""
    if _presets is None:  # running from a source tree without installation
        return Path(__file__).resolve().parents[3] / "policies"
    return Path(_presets.__file__).parent


def find_repo_policy(root: Path) -> str | None:
    """The repository's own policy file, if it has one."""
    for name in REPO_POLICY_FILES:
        # Anything by that name but a directory is the policy: a FIFO or a broken link is then an error
        # (exit 2) rather than a silent fall back to the default policy.
        if os.path.lexists(root / name) and not (root / name).is_dir():
            return str(root / name)
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        try:
            with open(pyproject, "rb") as fh:
                text = fh.read(MAX_FILE_BYTES).decode("utf-8", errors="replace")  # a huge file is never read
        except OSError:
            return None
        if re.search(r"^\s*\[\[?\s*tool\s*\.\s*openwash\b", text, re.M):
            return str(pyproject)
    return None


def org_owner(explicit: str | None = None, *, offline: bool = False) -> str | None:
    """Whose central policy to look for: ``--org``/``OPENWASH_ORG``, else the owner in GITHUB_REPOSITORY when
    running in GitHub Actions (not in a pre-commit hook, not offline).  ``none`` turns the lookup off."""
    value = explicit or os.environ.get("OPENWASH_ORG") or ""
    if value.lower() == "none":
        return None
    if value and value.lower() != "auto":
        return value
    auto = value.lower() == "auto" or (os.environ.get("GITHUB_ACTIONS") == "true"
                                       and os.environ.get("PRE_COMMIT") != "1" and not offline)
    repository = os.environ.get("GITHUB_REPOSITORY", "")
    if auto and "/" in repository:
        return repository.split("/", 1)[0]
    return None


def central_policy_source(owner: str, template: str | None = None) -> str:
    template = template or os.environ.get("OPENWASH_ORG_POLICY") or DEFAULT_ORG_POLICY
    return template.replace("{owner}", owner)


def offline_default(offline: bool | None) -> bool:
    """``offline`` as given, else ``OPENWASH_OFFLINE`` (set and not 0/false)."""
    if offline is not None:
        return offline
    return os.environ.get("OPENWASH_OFFLINE", "") not in ("", "0", "false")
