"""The one GitHub HTTP client: every conversation with the GitHub API goes through this module (the
organization sweep and its issues, ``github:`` policy sources, the sticky pull-request comment).
PyGithub's requester is underneath, with explicit conditional requests, rate-limit handling, retries and
write pacing on top.

* The token rule: ``GITHUB_TOKEN``/``GH_TOKEN`` belong to the configured API host (``GITHUB_API_URL``, else
  https://api.github.com) and are sent there only (:func:`token_for`); PyGithub follows URLs found in
  answers, so :func:`make_client` builds a client for one host and PyGithub refuses any other.

* One PyGithub client per thread (a PyGithub ``Requester`` shares one connection object and is not safe
  to use from several threads at once).  PyGithub's own throttling and retries are off: what happens on a
  rate limit is decided here, visibly.
* Conditional GETs: the ETag of every cached answer is sent as ``If-None-Match``; a ``304 Not Modified``
  (which costs no rate-limit point on GitHub) returns the cached value.
* Rate limits: when ``X-RateLimit-Remaining`` reaches 0 every thread waits until ``X-RateLimit-Reset``; a
  secondary rate limit (403/429 with ``Retry-After``, or the "secondary rate limit" message) makes every
  thread wait ``Retry-After`` seconds (or a minute, doubling); each wait is announced with one message.  A
  wait longer than ``max_wait`` stops the run with an error that says when to resume.
* Network errors and 5xx answers are retried three times with backoff (``retries``; a caller with a
  cached copy to fall back on, the policy sources, asks for none); writes are spaced at least one second
  apart (GitHub's advice for content-creating requests).

requests and PyGithub are imported only when a request is made (this module is on no hook path's imports).
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from openwash.errors import FetchError
from openwash.github.cache import DiskCache, digest
from openwash.records import record
from openwash.timebudget import env_seconds
from openwash.urls import split_url

if TYPE_CHECKING:
    from github import Github

DEFAULT_API_URL = "https://api.github.com"
RETRIES = 3
MAX_RATE_LIMIT_WAITS = 8


# -- the API host and its token -------------------------------------------------------------------------------
def api_url(explicit: str | None = None) -> str:
    """The GitHub API base URL: an explicit value, ``GITHUB_API_URL`` (GitHub Enterprise), or github.com."""
    return (explicit or os.environ.get("GITHUB_API_URL") or DEFAULT_API_URL).rstrip("/")


def token_for(url: str, explicit: str | None = None) -> str | None:
    """The token to send to ``url``, or None.

    ``GITHUB_TOKEN``/``GH_TOKEN`` belong to the configured API host only; a URL on any other host gets no
    token."""
    host = _host(url)
    if host is None or host != _host(api_url()):
        return None
    return explicit or env_token()


def env_token() -> str | None:
    """``GITHUB_TOKEN`` or ``GH_TOKEN``, whichever host it is for: only :func:`token_for` may decide where it
    goes; others ask only whether there is one (to say why it is not sent)."""
    return os.environ.get("GITHUB_TOKEN") or os.environ.get("GH_TOKEN") or None


def _host(url: str) -> str | None:
    """scheme://host[:port] of ``url``; None when it is not a URL (then it gets no token)."""
    parts = split_url(url)
    return f"{parts.scheme}://{parts.netloc.lower()}" if parts is not None else None


def make_client(base_url: str | None = None, token: str | None = None, *, timeout: float | None = None,
                retry: bool | None = None, throttle: bool | None = None) -> Github:
    """A PyGithub client for ``base_url`` with bounded timeouts.

    In tests (``OPENWASH_GITHUB_NO_THROTTLE=1``) PyGithub's client-side throttling and retries are off, so
    that a fake server's answers are seen at once.  ``retry=False``/``throttle=False`` turn them off for
    callers that pace requests and handle rate limits themselves (:class:`Api`)."""
    from github import Auth, Github

    if timeout is None:  # OPENWASH_HTTP_TIMEOUT bounds every network read, the API's included
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


# -- errors ---------------------------------------------------------------------------------------------------


class ApiError(FetchError):
    """An API answer that is not a success (after retries)."""

    def __init__(self, status: int, message: str, url: str) -> None:
        super().__init__(f"GitHub API {url}: {status} {message}".rstrip())
        self.status = status
        self.url = url
        self.api_message = message


class RateLimitError(FetchError):
    """Waiting for the rate limit would take longer than allowed."""


class NetworkFailure(FetchError):
    """No answer (connection failed, timed out) after the retries."""

    def __init__(self, url: str, exc: BaseException) -> None:
        super().__init__(f"GitHub API {url}: {exc.__class__.__name__}: {exc}")
        self.kind = exc.__class__.__name__
        self.timed_out = "timeout" in self.kind.lower() or "timed out" in str(exc).lower()


class Refused(FetchError):
    """PyGithub refused to follow an answer (a redirect or a URL to another host, a Location that is no URL):
    nothing, and so no token, went anywhere else."""

    def __init__(self, url: str, exc: BaseException) -> None:
        super().__init__(f"GitHub API {url}: refused to follow the answer: {exc.__class__.__name__}: {exc}")
        self.detail = str(exc)


class Interrupted(Exception):
    """The run is being stopped (Ctrl-C); threads give up their waits."""


@record
class Got:
    """A GET answer: the (possibly transformed) value, whether it came from the cache via a 304."""

    value: Any
    headers: dict[str, str]
    not_modified: bool
    link: str = ""


def _message(text: str) -> str:
    """The ``message`` of an error answer (JSON), or its first 200 characters."""
    try:
        data = json.loads(text) if text else None
    except ValueError:
        return text[:200]
    return str(data.get("message", "")) if isinstance(data, dict) else ""


def _next_link(link: str) -> str | None:
    for part in link.split(","):
        if 'rel="next"' in part:
            start, end = part.find("<"), part.find(">")
            if 0 <= start < end:
                return part[start + 1:end]
    return None


class Api:
    """A rate-limit-aware, caching client for one API host."""

    def __init__(self, base_url: str | None = None, *, token: str | None = None, cache: DiskCache | None = None,
                 say: Callable[[str], None] | None = None, max_wait: float = 3600.0,
                 write_interval: float | None = None, retries: int = RETRIES, timeout: float | None = None) -> None:
        self.base_url = api_url(base_url)
        self.token = token if token is not None else token_for(self.base_url)
        self.no_throttle = os.environ.get("OPENWASH_GITHUB_NO_THROTTLE") == "1"
        self.write_interval = write_interval if write_interval is not None else (0.0 if self.no_throttle else 1.0)
        self.cache = cache or DiskCache(None)
        self.say = say or (lambda _msg: None)
        self.max_wait = max_wait
        self.retries = retries
        self.timeout = timeout  # seconds per network read (None: OPENWASH_HTTP_TIMEOUT, else 15)
        # Cached answers depend on who asks (private repositories), so they are keyed by a hash of the token.
        self.identity = digest(self.base_url, self.token or "")[:16]
        self.stopping = threading.Event()
        self._local = threading.local()
        self._lock = threading.Lock()
        self._blocked_until: dict[str, float] = {}
        self._block_reason: dict[str, str] = {}
        self._last_write = 0.0
        self.rate: dict[str, dict[str, int]] = {}
        self.stats: dict[str, float] = {"requests": 0, "not_modified": 0, "rest_points": 0, "graphql_requests": 0,
                                        "graphql_points": 0, "retries": 0, "waits": 0, "waited_seconds": 0.0}

    # -- plumbing ------------------------------------------------------------------------------------------
    def client(self) -> Any:
        client = getattr(self._local, "client", None)
        if client is None:
            client = make_client(self.base_url, self.token or "", timeout=self.timeout, retry=False, throttle=False)
            self._local.client = client
        return client

    @property
    def graphql_url(self) -> str:
        return str(self.client().requester.graphql_url)

    def _count(self, key: str, n: float = 1) -> None:
        with self._lock:
            self.stats[key] += n

    def _sleep(self, seconds: float) -> None:
        if self.stopping.wait(max(0.0, seconds)):
            raise Interrupted()

    def _block(self, resource: str, seconds: float, reason: str) -> None:
        """Make every thread wait ``seconds`` before its next request to ``resource`` (announced once)."""
        with self._lock:
            now = time.time()
            current = self._blocked_until.get(resource, 0.0)
            until = now + seconds
            announce = until > current + 1.0
            self._blocked_until[resource] = max(current, until)
            self._block_reason[resource] = reason
            if announce:
                self.stats["waits"] += 1
        if announce and seconds <= self.max_wait:
            self.say(f"GitHub {reason}: waiting {seconds:.0f} s before the next request")

    def _wait_for(self, resource: str) -> None:
        while True:
            if self.stopping.is_set():
                raise Interrupted()
            with self._lock:
                delay = self._blocked_until.get(resource, 0.0) - time.time()
                reason = self._block_reason.get(resource, "rate limit")
            if delay <= 0:
                return
            if delay > self.max_wait:
                until = time.strftime("%H:%M:%S", time.localtime(time.time() + delay))
                raise RateLimitError(f"GitHub {reason}: the next request is allowed in {int(delay)} s (at {until}), "
                                     f"longer than the {int(self.max_wait)} s openwash waits; run the same command "
                                     "with --resume after that")
            self._count("waited_seconds", delay)
            self._sleep(delay)

    def _pace_write(self) -> None:
        if self.write_interval <= 0:
            return
        with self._lock:
            now = time.time()
            wait = self._last_write + self.write_interval - now
            self._last_write = max(now, self._last_write + self.write_interval)
        if wait > 0:
            self._sleep(wait)

    def _note_rate(self, resource: str, headers: dict[str, str]) -> None:
        try:
            remaining = int(headers["x-ratelimit-remaining"])
            reset = int(headers.get("x-ratelimit-reset", "0"))
            limit = int(headers.get("x-ratelimit-limit", "0"))
        except (KeyError, ValueError):
            return
        resource = headers.get("x-ratelimit-resource", resource)
        with self._lock:
            self.rate[resource] = {"limit": limit, "remaining": remaining, "reset": reset}
        if remaining == 0 and reset:
            self._block(resource, max(0.0, reset - time.time()) + 1.0,
                        f"{resource} rate limit used up ({limit} per hour)")

    def _rate_limit_wait(self, headers: dict[str, str], message: str, attempt: int) -> tuple[float, str] | None:
        lower = message.lower()
        if "retry-after" in headers:
            try:
                return max(0.0, float(headers["retry-after"])), "secondary rate limit (Retry-After)"
            except ValueError:
                pass
        if headers.get("x-ratelimit-remaining") == "0" and "secondary" not in lower:
            reset = float(headers.get("x-ratelimit-reset") or 0)
            return max(0.0, reset - time.time()) + 1.0, "rate limit exhausted"
        if "secondary rate limit" in lower or "abuse" in lower:
            return min(60.0 * 2 ** attempt, 900.0), "secondary rate limit"
        if "rate limit" in lower:
            return min(60.0 * 2 ** attempt, 900.0), "rate limit"
        return None

    def exchange(self, verb: str, url: str, *, params: dict[str, Any] | None = None,
                 headers: dict[str, str] | None = None, body: Any = None,
                 resource: str = "core") -> tuple[int, dict[str, str], str]:
        """One API call with rate-limit waits and retries: ``(status, headers with lower-case names, text)``.
        Raises :class:`NetworkFailure` (no answer after the retries), :class:`Refused` (an answer PyGithub
        would not follow), :class:`RateLimitError` (a wait longer than ``max_wait``), :class:`Interrupted`."""
        import requests

        attempt = 0
        waits = 0
        while True:
            self._wait_for(resource)
            if verb != "GET" and resource == "core":
                self._pace_write()
            try:
                status, raw_headers, text = self.client().requester.requestJson(verb, url, params, headers, body)
            except (RuntimeError, AssertionError, ValueError) as exc:
                # PyGithub refused a redirect or a URL to another host; requests raises ValueError on a
                # redirect whose Location is no URL
                raise Refused(url, exc) from None
            except (requests.RequestException, OSError) as exc:
                attempt += 1
                if attempt > self.retries:
                    raise NetworkFailure(url, exc) from None
                self._count("retries")
                self.say(f"GitHub API: {exc.__class__.__name__} on {url}; retrying in {2 ** attempt} s")
                self._sleep(2 ** attempt)
                continue
            hdrs = {k.lower(): v for k, v in raw_headers.items()}
            text = text or ""
            self._count("requests")
            if status == 304:
                self._count("not_modified")
            elif resource == "core":
                self._count("rest_points")
            if status in (403, 429):
                wait = self._rate_limit_wait(hdrs, _message(text), waits)
                if wait is not None and waits < MAX_RATE_LIMIT_WAITS:
                    waits += 1
                    self._count("retries")
                    self._block(hdrs.get("x-ratelimit-resource", resource), wait[0], wait[1])
                    continue
            if status >= 500 and attempt < self.retries:
                attempt += 1
                self._count("retries")
                self.say(f"GitHub API: {status} on {url}; retrying in {2 ** attempt} s")
                self._sleep(2 ** attempt)
                continue
            if status < 400:
                self._note_rate(resource, hdrs)
            return status, hdrs, text

    def request(self, verb: str, url: str, *, params: dict[str, Any] | None = None,
                headers: dict[str, str] | None = None, body: Any = None,
                resource: str = "core") -> tuple[int, dict[str, str], Any]:
        """:meth:`exchange` with the answer parsed: ``(status, headers, parsed JSON or None)``."""
        status, hdrs, text = self.exchange(verb, url, params=params, headers=headers, body=body, resource=resource)
        try:
            data = json.loads(text) if text else None
        except ValueError:
            if status < 400:
                raise FetchError(f"GitHub API {url}: the answer is not JSON") from None
            data = {"message": text[:200]}
        return status, hdrs, data

    # -- REST ----------------------------------------------------------------------------------------------
    def get(self, url: str, params: dict[str, Any] | None = None, *, kind: str = "http",
            transform: Callable[[Any], Any] | None = None, cache: bool = True) -> Got:
        """A conditional GET: the cached ETag goes along; a 304 returns the cached (transformed) value."""
        key = digest(self.identity, url, json.dumps(params or {}, sort_keys=True))
        entry = self.cache.get(kind, key) if cache else None
        if entry is not None and not (isinstance(entry, dict) and "etag" in entry and "value" in entry):
            entry = None
        headers = {"If-None-Match": entry["etag"]} if entry else None
        status, hdrs, data = self.request("GET", url, params=params, headers=headers)
        if status == 304 and entry is not None:
            return Got(entry["value"], hdrs, True, entry.get("link", ""))
        if status == 200:
            value = transform(data) if transform else data
            link = hdrs.get("link", "")
            if cache and hdrs.get("etag"):
                self.cache.put(kind, key, {"etag": hdrs["etag"], "value": value, "link": link})
            return Got(value, hdrs, False, link)
        message = data.get("message", "") if isinstance(data, dict) else ""
        raise ApiError(status, str(message), url)

    def pages(self, url: str, params: dict[str, Any] | None = None, *, kind: str = "http",
              transform: Callable[[Any], Any] | None = None, cache: bool = True) -> Iterator[Got]:
        """Every page of a paginated list, each fetched conditionally (``Link: rel="next"``)."""
        got = self.get(url, params, kind=kind, transform=transform, cache=cache)
        yield got
        seen = {url}
        nxt = _next_link(got.link)
        while nxt and nxt not in seen:
            seen.add(nxt)
            got = self.get(nxt, None, kind=kind, transform=transform, cache=cache)
            yield got
            nxt = _next_link(got.link)

    def write(self, verb: str, url: str, body: dict[str, Any]) -> Any:
        status, _hdrs, data = self.request(verb, url, body=body)
        if status >= 400:
            message = data.get("message", "") if isinstance(data, dict) else ""
            raise ApiError(status, str(message), url)
        return data

    # -- GraphQL -------------------------------------------------------------------------------------------
    def graphql(self, query: str, variables: dict[str, Any] | None = None) -> tuple[dict[str, Any], list[dict]]:
        """Run a query; partial answers are returned with their errors (a missing repository is not fatal)."""
        waits = 0
        while True:
            status, hdrs, data = self.request("POST", self.graphql_url,
                                              body={"query": query, "variables": variables or {}},
                                              resource="graphql")
            self._count("graphql_requests")
            if status != 200 or not isinstance(data, dict):
                message = data.get("message", "") if isinstance(data, dict) else ""
                raise ApiError(status, str(message), "graphql")
            errors = [e for e in data.get("errors") or [] if isinstance(e, dict)]
            if any(e.get("type") == "RATE_LIMITED" for e in errors) and waits < MAX_RATE_LIMIT_WAITS:
                waits += 1
                reset = float(hdrs.get("x-ratelimit-reset") or 0)
                self._block("graphql", max(0.0, reset - time.time()) + 1.0 if reset else 60.0,
                            "GraphQL rate limit exhausted")
                continue
            result = data.get("data") or {}
            cost = 1
            if isinstance(result.get("rateLimit"), dict):
                cost = int(result["rateLimit"].get("cost") or 1)
            self._count("graphql_points", cost)
            return result, errors
