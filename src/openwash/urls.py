"""URLs taken from text anyone can write: splitting or joining one never raises.

``urllib.parse`` raises ValueError on text such as ``https://host]`` or a bracketed host that is no IPv6
address, in ``urlsplit`` and in ``urljoin`` alike.  Link targets in a README, ``extends:`` entries of a
fetched policy and ``Location`` headers of a policy server all reach these functions, so every caller gets
None for such text and treats it as "not a URL" (no evidence, no token, refused as a policy source).
"""

from __future__ import annotations

from urllib.parse import SplitResult, urljoin, urlsplit


def split_url(url: str) -> SplitResult | None:
    """``url`` split into its parts, or None when it cannot be a URL."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def join_url(base: str, ref: str) -> str | None:
    """``ref`` resolved against ``base`` (a relative link or a redirect's Location), or None when either
    cannot be a URL."""
    try:
        return urljoin(base, ref)
    except ValueError:
        return None
