"""A PyGithub client bound to one API host, and the token rules that go with it.

The token is sent only to the configured API host (``GITHUB_API_URL`` or
https://api.github.com): PyGithub follows URLs found in responses, so
:func:`make_client` refuses to build a client for any other host, and callers
must use :func:`token_for` rather than reading the environment themselves.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from openwash.urls import split_url

if TYPE_CHECKING:
    from github import Github

DEFAULT_API_URL = "https://api.github.com"


def api_url(explicit: str | None = None) -> str:
    """The GitHub API base URL: an explicit value, ``GITHUB_API_URL`` (GitHub Enterprise), or github.com."""
    url = (explicit or os.environ.get("GITHUB_API_URL") or DEFAULT_API_URL).rstrip("/")
    return url


def token_for(url: str, explicit: str | None = None) -> str | None:
    """The token to send to ``url``, or None.

    ``GITHUB_TOKEN``/``GH_TOKEN`` belong to the configured API host only; a URL
    on any other host gets no token."""
    host = _host(url)
    if host is None or host != _host(api_url()):
        return None
    return explicit or os.environ.get("GITHUB_TOKEN") or os.environ.get("GH_TOKEN") or None


def _host(url: str) -> str | None:
    """scheme://host[:port] of ``url``; None when it is not a URL (then it gets no token)."""
    parts = split_url(url)
    return f"{parts.scheme}://{parts.netloc.lower()}" if parts is not None else None


def make_client(base_url: str | None = None, token: str | None = None, *, timeout: float | None = None,
                retry: bool | None = None, throttle: bool | None = None) -> Github:
    """A PyGithub client for ``base_url`` with bounded timeouts.

    In tests (``OPENWASH_GITHUB_NO_THROTTLE=1``) PyGithub's client-side throttling and retries are off, so
    that a fake server's answers are seen at once.  ``retry=False``/``throttle=False`` turn them off for
    callers that pace requests and handle rate limits themselves (the organization sweep)."""
    from github import Auth, Github

    if timeout is None:  # OPENWASH_HTTP_TIMEOUT bounds every network read, the API's included
        from openwash.timebudget import env_seconds

        timeout = env_seconds("OPENWASH_HTTP_TIMEOUT", 15.0)
    url = api_url(base_url)
    tok = token if token is not None else token_for(url)
    no_throttle = os.environ.get("OPENWASH_GITHUB_NO_THROTTLE") == "1"
    kwargs: dict = {"base_url": url, "timeout": int(timeout) or 1}
    if tok:
        kwargs["auth"] = Auth.Token(tok)
    if no_throttle or throttle is False:
        kwargs.update(seconds_between_requests=0, seconds_between_writes=0)
    if no_throttle or retry is False:
        kwargs["retry"] = None
    return Github(**kwargs)
