"""The GitHub API as the organization sweep uses it: PyGithub's requester underneath, with explicit
conditional requests, rate-limit handling, retries and write pacing on top.

* One PyGithub client per thread (a PyGithub ``Requester`` shares one connection object and is not safe
  to use from several threads at once).  PyGithub's own throttling and retries are off: what happens on a
  rate limit is decided here, visibly.
* Conditional GETs: the ETag of every cached answer is sent as ``If-None-Match``; a ``304 Not Modified``
  (which costs no rate-limit point on GitHub) returns the cached value.
* Rate limits: when ``X-RateLimit-Remaining`` reaches 0 every thread waits until ``X-RateLimit-Reset``; a
  secondary rate limit (403/429 with ``Retry-After``, or the "secondary rate limit" message) makes every
  thread wait ``Retry-After`` seconds (or a minute, doubling); each wait is announced with one message.  A
  wait longer than ``max_wait`` stops the run with an error that says when to resume.
* Network errors and 5xx answers are retried three times with backoff; writes are spaced at least one
  second apart (GitHub's advice for content-creating requests).
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from openwash.errors import FetchError
from openwash.github.cache import DiskCache, digest

RETRIES = 3
MAX_RATE_LIMIT_WAITS = 8


class ApiError(FetchError):
    """An API answer that is not a success (after retries)."""

    def __init__(self, status: int, message: str, url: str) -> None:
        super().__init__(f"GitHub API {url}: {status} {message}".rstrip())
        self.status = status
        self.url = url
        self.api_message = message


class RateLimitError(FetchError):
    """Waiting for the rate limit would take longer than allowed."""


class Interrupted(Exception):
    """The run is being stopped (Ctrl-C); threads give up their waits."""


@dataclass
class Got:
    """A GET answer: the (possibly transformed) value, whether it came from the cache via a 304."""

    value: Any
    headers: dict[str, str]
    not_modified: bool
    link: str = ""


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
                 write_interval: float | None = None) -> None:
        from openwash.github.client import api_url, token_for

        self.base_url = api_url(base_url)
        self.token = token if token is not None else token_for(self.base_url)
        self.no_throttle = os.environ.get("OPENWASH_GITHUB_NO_THROTTLE") == "1"
        self.write_interval = write_interval if write_interval is not None else (0.0 if self.no_throttle else 1.0)
        self.cache = cache or DiskCache(None)
        self.say = say or (lambda _msg: None)
        self.max_wait = max_wait
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
            from openwash.github.client import make_client

            client = make_client(self.base_url, self.token or "", retry=False, throttle=False)
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

    def request(self, verb: str, url: str, *, params: dict[str, Any] | None = None,
                headers: dict[str, str] | None = None, body: Any = None,
                resource: str = "core") -> tuple[int, dict[str, str], Any]:
        """One API call with rate-limit waits and retries: ``(status, headers, parsed JSON or None)``."""
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
                raise FetchError(f"GitHub API {url}: refused to follow the answer: {exc}") from None
            except (requests.RequestException, OSError) as exc:
                attempt += 1
                if attempt > RETRIES:
                    raise FetchError(f"GitHub API {url}: {exc.__class__.__name__}: {exc}") from None
                self._count("retries")
                self.say(f"GitHub API: {exc.__class__.__name__} on {url}; retrying in {2 ** attempt} s")
                self._sleep(2 ** attempt)
                continue
            hdrs = {k.lower(): v for k, v in raw_headers.items()}
            self._count("requests")
            if status == 304:
                self._count("not_modified")
            elif resource == "core":
                self._count("rest_points")
            try:
                data = json.loads(text) if text else None
            except ValueError:
                data = {"message": text[:200]} if status >= 400 else None
                if status < 400:
                    raise FetchError(f"GitHub API {url}: the answer is not JSON") from None
            message = str(data.get("message", "")) if isinstance(data, dict) else ""
            if status in (403, 429):
                wait = self._rate_limit_wait(hdrs, message, waits)
                if wait is not None and waits < MAX_RATE_LIMIT_WAITS:
                    waits += 1
                    self._count("retries")
                    self._block(hdrs.get("x-ratelimit-resource", resource), wait[0], wait[1])
                    continue
            if status >= 500 and attempt < RETRIES:
                attempt += 1
                self._count("retries")
                self.say(f"GitHub API: {status} on {url}; retrying in {2 ** attempt} s")
                self._sleep(2 ** attempt)
                continue
            if status < 400:
                self._note_rate(resource, hdrs)
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
              transform: Callable[[Any], Any] | None = None) -> Iterator[Got]:
        """Every page of a paginated list, each fetched conditionally (``Link: rel="next"``)."""
        got = self.get(url, params, kind=kind, transform=transform)
        yield got
        seen = {url}
        nxt = _next_link(got.link)
        while nxt and nxt not in seen:
            seen.add(nxt)
            got = self.get(nxt, None, kind=kind, transform=transform)
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
