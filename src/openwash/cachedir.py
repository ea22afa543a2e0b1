"""Where openwash keeps its caches (policy sources, the GitHub and Hub sweeps): one answer for every user.

``$OPENWASH_CACHE_DIR``, else ``$XDG_CACHE_HOME/openwash``, else ``~/.cache/openwash``.  A leading ``~`` is
expanded in both variables (a shell does not expand it inside quotes, e.g. in a workflow's ``env:``), and a
relative ``XDG_CACHE_HOME`` is ignored, as the XDG Base Directory specification says (it would put the cache
in whatever directory the command ran from).
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """The openwash cache directory (not created)."""
    explicit = os.environ.get("OPENWASH_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else None
    if base is None or not base.is_absolute():
        base = Path.home() / ".cache"
    return base / "openwash"
