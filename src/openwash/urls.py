"""URLs taken from text anyone can write: splitting or joining one never raises.

``urllib.parse`` raises ValueError on text such as ``https://host]`` or a bracketed host that is no IPv6
address, in ``urlsplit`` and in ``urljoin`` alike.  Link targets in a README, ``extends:`` entries of a
fetched policy and ``Location`` headers of a policy server all reach these functions, so every caller gets
None for such text and treats it as "not a URL" (no evidence, no token, refused as a policy source).
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urljoin, urlsplit

from openwash import lazyre

# the address of a paper (a preprint, a proceedings or journal page, a DOI): what it names is a piece of writing,
# whoever's, never a product's home
PAPER_ADDRESS = lazyre.compile(
    r"arxiv\.org/(?:abs|pdf)/|openreview\.net/(?:forum|pdf)|aclanthology\.org/|"
    r"proceedings\.(?:mlr\.press|neurips\.cc)|papers\.nips\.cc|jmlr\.org/papers|"
    r"doi\.org/10\.|dl\.acm\.org/doi|ieeexplore\.ieee\.org|nature\.com/articles|"
    r"science\.org/doi|openaccess\.thecvf\.com|ojs\.aaai\.org", re.I)


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
