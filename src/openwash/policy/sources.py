"""Policy sources: where a policy's text comes from, and fetching it safely.

A source is one of

* ``builtin:NAME`` — a preset shipped in the package (``policies/NAME.yml``);
* a path, relative to the file that names it (or to the working directory on the command line);
  ``pyproject.toml`` means its ``[tool.openwash]`` table;
* ``https://HOST/PATH`` — plain ``http://`` only for loopback addresses (tests, local mirrors);
* ``github:OWNER/REPO/PATH@REF`` — read through the GitHub contents API with the one GitHub client,
  :mod:`openwash.github.api` (``GITHUB_API_URL`` for GitHub Enterprise; ``GITHUB_TOKEN``/``GH_TOKEN``
  sent to that host only).
  Without ``@REF`` the default branch is read.

Any source may carry an integrity pin: ``SRC#sha256=HEX`` or, in ``extends:``,
``{source: SRC, sha256: HEX}``.  A pinned remote source whose cached copy
matches the pin is used without touching the network.

Relative sources inside a remote policy resolve against that remote location
(same host, or same repository and ref); a remote policy can never read a
local file.

Remote fetches: connect/read timeouts (``OPENWASH_HTTP_TIMEOUT`` seconds
overrides both), a total deadline per fetch, redirects included (60 s,
``OPENWASH_HTTP_DEADLINE``: a server that answers one byte at a time cannot
hold a run), a size cap (1 MiB, streamed), redirects followed only to https
(or loopback http) URLs, no credentials sent to https sources, and an HTML
page (a login or error page) is a failed fetch, not a policy.  Every
fetched source is cached (see :mod:`openwash.policy.cache`) with its ETag and
revalidated with ``If-None-Match``; offline (``--offline`` or
``OPENWASH_OFFLINE=1``) and on network failure the cached copy is used with a
notice.  requests (and, through :mod:`openwash.github.api`, PyGithub) are
imported only when a remote source is actually fetched.
"""

from __future__ import annotations

import datetime as dt
import os
import posixpath
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from openwash import __version__
from openwash.errors import ConfigError, FetchError
from openwash.policy.cache import Cache, digest
from openwash.policy.locate import builtin_dir
from openwash.records import field, record
from openwash.timebudget import env_seconds
from openwash.urls import join_url, split_url

MAX_BYTES = 1 << 20
MAX_REDIRECTS = 5
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 15.0
TOTAL_DEADLINE = 60.0
NAMESPACE = "sources"

_SHA_RE = re.compile(r"^(?:sha256:)?([0-9a-fA-F]{64})$")
_GITHUB_RE = re.compile(r"^github:(?P<owner>[A-Za-z0-9][A-Za-z0-9-]*)/(?P<repo>[A-Za-z0-9._-]+)/(?P<path>[^@]+?)"
                        r"(?:@(?P<ref>[^@\s]+))?$")
_SCHEME_RE = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*):")


class SourceNotFound(FetchError):
    """The source does not exist (HTTP 404, no such file): not a network failure, no cache fallback."""


class NetworkError(Exception):
    """The network failed (connection, timeout, 5xx, rate limit): fall back to the cache."""


@record(frozen=True)
class SourceRef:
    """A located policy source."""

    kind: str  # builtin | file | https | github
    spec: str  # canonical form, shown to users and used as the cache key
    path: Path | None = None  # file
    url: str = ""  # https
    owner: str = ""  # github
    repo: str = ""
    file: str = ""
    ref: str = ""
    sha256: str | None = None
    # May this source (and its redirects) reach loopback, link-local or private addresses?  Only when it was
    # named on the command line or in a local policy file, never when a fetched policy named it.
    private_ok: bool = field(default=False, compare=False)

    @property
    def origin(self) -> str:
        """What a fetched policy may extend besides presets: the same host (https), the same owner (github)."""
        if self.kind == "https":
            parts = split_url(self.url)
            if parts is None:
                return "https:?"
            try:
                port = parts.port
            except ValueError:
                port = None
            return f"{parts.scheme}://{(parts.hostname or '').lower()}" + (f":{port}" if port else "")
        if self.kind == "github":
            return f"github:{self.owner.lower()}"
        return self.kind

    @property
    def id(self) -> str:
        """Identity within a resolution (a pinned and an unpinned reference are checked separately)."""
        return f"{self.spec}#sha256={self.sha256}" if self.sha256 else self.spec

    @property
    def remote(self) -> bool:
        return self.kind in ("https", "github")

    @property
    def display(self) -> str:
        if self.kind == "file" and self.path is not None:
            try:
                rel = os.path.relpath(self.path)
            except ValueError:
                return str(self.path)
            return rel if not rel.startswith("..") else str(self.path)
        return self.spec


@record
class Fetched:
    ref: SourceRef
    text: str
    trusted: bool = False  # built-in presets: validated by the test suite, not at run time


# ------------------------------------------------------------------------------------------------ parsing

def builtin_names() -> list[str]:
    return sorted(p.stem for p in builtin_dir().glob("*.yml"))


def builtin_suggestion(ref: SourceRef) -> str:
    """For a policy file that does not exist but is named like a preset (``osaid-1.0``, ``default.yml``):
    ``; did you mean builtin:NAME?``, else ""."""
    if ref.kind != "file" or ref.path is None:
        return ""
    name = ref.path.name
    stem = name.rsplit(".", 1)[0] if name.lower().endswith((".yml", ".yaml")) else name
    known = {n.lower(): n for n in builtin_names()}
    for candidate in (name.lower(), stem.lower()):
        if candidate in known:
            return f"; did you mean builtin:{known[candidate]}?"
    return ""


def is_loopback(host: str) -> bool:
    import ipaddress

    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def host_is_private(host: str, resolve: bool = False) -> bool:
    """Whether ``host`` is a loopback, link-local, private, unspecified or reserved address (an IP literal,
    ``localhost``, or with ``resolve`` any address the name resolves to)."""
    import ipaddress

    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True

    def private(addr: str) -> bool:
        try:
            ip = ipaddress.ip_address(addr.split("%", 1)[0])
        except ValueError:
            return False
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        return (ip.is_loopback or ip.is_link_local or ip.is_private or ip.is_unspecified or ip.is_reserved
                or ip.is_multicast)

    if private(host):
        return True
    try:
        ipaddress.ip_address(host)
        return False  # a public IP literal
    except ValueError:
        pass
    if not resolve:
        return False
    import socket

    try:
        infos = socket.getaddrinfo(host, None)
    except (OSError, UnicodeError):
        return False  # does not resolve: the request fails on its own
    return any(private(str(info[4][0])) for info in infos)


def url_allowed(url: str) -> bool:
    parts = split_url(url)
    if parts is None:  # not a URL (``https://host]``, a bracketed host that is no IPv6 address)
        return False
    if parts.scheme == "https" and parts.hostname:
        return True
    return parts.scheme == "http" and bool(parts.hostname) and is_loopback(parts.hostname or "")


def _pin(value: str | None, where: str) -> str | None:
    if value is None:
        return None
    m = _SHA_RE.match(str(value).strip())
    if not m:
        raise ConfigError(f"{where}: expected a sha256 digest (64 hex digits), got {value!r}")
    return m.group(1).lower()


def parse(raw: Any, base: SourceRef | None = None, cwd: Path | None = None) -> SourceRef:
    """Turn what a user wrote (a string or ``{source, sha256}``) into a :class:`SourceRef`."""
    pin: str | None = None
    if isinstance(raw, dict):
        pin = _pin(raw.get("sha256"), "sha256")
        raw = raw.get("source")
    if not isinstance(raw, str) or not raw.strip():
        raise ConfigError(f"expected a policy source, got {raw!r}")
    text = raw.strip()
    if "#sha256=" in text:
        text, _, suffix = text.partition("#sha256=")
        suffix_pin = _pin(suffix, text)
        if pin is not None and suffix_pin != pin:
            raise ConfigError(f"{text}: two different sha256 pins")
        pin = suffix_pin
    ref = _parse_plain(text, base, cwd or Path.cwd())
    if pin is not None:
        ref = SourceRef(**{**ref.__dict__, "sha256": pin})
    if ref.kind == "https" and (base is None or base.kind == "file" or (base.remote and base.private_ok)):
        ref = SourceRef(**{**ref.__dict__, "private_ok": True})
    return ref


def sandbox_problem(parent: SourceRef, child: SourceRef) -> str:
    """Why the fetched policy ``parent`` may not extend ``child`` ("" when it may).

    A fetched policy (https or github:) may extend only builtin: presets and sources on its own origin: the
    same host for https, the same owner for github: (the token then reads only that owner's files).  The
    message never quotes what the fetched policy wrote."""
    if not parent.remote or child.kind == "builtin":
        return ""
    if child.kind == parent.kind and child.origin == parent.origin:
        if child.kind == "https" and not parent.private_ok:
            parts = split_url(child.url)
            if parts is not None and host_is_private(parts.hostname or ""):
                return "a fetched policy may not point at a loopback, link-local or private address"
        return ""
    return (f"a fetched policy may extend only builtin: presets and sources on its own origin ({parent.origin}); "
            "this entry names another origin (refused, not fetched)")


def _parse_plain(text: str, base: SourceRef | None, cwd: Path) -> SourceRef:
    if text.startswith("builtin:"):
        name = text.split(":", 1)[1]
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", name) or not (builtin_dir() / f"{name}.yml").is_file():
            raise ConfigError(f"unknown built-in policy {name!r} (known: {', '.join(builtin_names())})")
        return SourceRef("builtin", f"builtin:{name}", path=builtin_dir() / f"{name}.yml")
    if text.startswith("github:"):
        m = _GITHUB_RE.match(text)
        if not m:
            raise ConfigError(f"expected github:OWNER/REPO/PATH@REF, got {text!r}")
        segments = [m.group("repo"), *m.group("path").split("/")]
        if any(seg in ("", ".", "..") for seg in segments):
            # github:owner/../victim/x.yml would be normalised into another repository's file
            raise ConfigError(f"expected github:OWNER/REPO/PATH@REF without empty, '.' or '..' segments, got {text!r}")
        return _github(m.group("owner"), m.group("repo"), m.group("path"), m.group("ref") or "")
    scheme = _SCHEME_RE.match(text)
    if scheme and scheme.group("scheme").lower() in ("http", "https"):
        if not url_allowed(text):
            raise ConfigError(f"refusing {text}: policy URLs must be https:// (plain http only for loopback "
                              "addresses)")
        return SourceRef("https", text, url=text)
    if scheme and len(scheme.group("scheme")) > 1:
        raise ConfigError(f"unknown policy source {text!r}: expected builtin:NAME, a relative path, an https:// URL "
                          "or github:OWNER/REPO/PATH@REF")
    # a path
    if base is not None and base.kind == "https":
        joined = join_url(base.url, text)
        if joined is None:
            raise ConfigError(f"{text!r} is not a path or URL that can be resolved against {base.url}")
        return _parse_plain(joined, None, cwd)
    if base is not None and base.kind == "github":
        joined = posixpath.normpath(text[1:] if text.startswith("/")
                                    else posixpath.join(posixpath.dirname(base.file), text))
        if joined.startswith("..") or joined in (".", ""):
            raise ConfigError(f"{text!r} points outside {base.owner}/{base.repo}")
        return _github(base.owner, base.repo, joined, base.ref)
    if base is not None and base.kind == "builtin":
        raise ConfigError(f"a built-in preset can only extend builtin:NAME, not {text!r}")
    directory = base.path.parent if base is not None and base.path is not None else cwd
    path = Path(text).expanduser()
    if not path.is_absolute():
        path = directory / path
    path = Path(os.path.normpath(path))
    return SourceRef("file", str(path), path=path)


def _github(owner: str, repo: str, file: str, ref: str) -> SourceRef:
    spec = f"github:{owner}/{repo}/{file}" + (f"@{ref}" if ref else "")
    return SourceRef("github", spec, owner=owner, repo=repo, file=file, ref=ref)


# ----------------------------------------------------------------------------------------------- fetching

def _deadline() -> float:
    return env_seconds("OPENWASH_HTTP_DEADLINE", TOTAL_DEADLINE)


def _within_deadline(fetch: Any, *args: Any) -> tuple[int, bytes, str | None]:
    """Run ``fetch(*args, cancel)`` in a worker thread and give up after the total deadline.

    Timeouts in requests and PyGithub bound each socket read, not the whole answer: a server that sends
    one byte every few seconds would never time out.  The worker is told to stop (it checks ``cancel``
    between chunks) and, being a daemon thread, never keeps the process alive."""
    import threading

    deadline = _deadline()
    cancel = threading.Event()
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["value"] = fetch(*args, cancel)
        except BaseException as exc:  # handed to the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=work, name="openwash-fetch", daemon=True)
    worker.start()
    worker.join(deadline)
    if worker.is_alive():
        cancel.set()
        raise NetworkError(f"no complete answer within {deadline:g} s")
    if "error" in box:
        raise box["error"]
    return box["value"]


def _looks_like_html(content_type: str, body: bytes) -> bool:
    head = body[:512].lstrip().lower()
    return "html" in content_type.lower() or head.startswith((b"<!doctype html", b"<html", b"<head", b"<body"))


def _timeouts() -> tuple[float, float]:
    return env_seconds("OPENWASH_HTTP_TIMEOUT", CONNECT_TIMEOUT), env_seconds("OPENWASH_HTTP_TIMEOUT", READ_TIMEOUT)


def vendoring_advice(ref: SourceRef, cache: Cache) -> str:
    return (f"To check without the network, vendor the policy: save {ref.spec} into the repository (for example "
            "as .openwash/org-policy.yml) and `extends:` that file; or pin it with sha256 "
            f"(`extends: {{source: {ref.spec}, sha256: ...}}`) and run openwash once online so that the cached "
            f"copy (in {cache.root}) is used from then on")


class Fetcher:
    """Reads policy sources; remote ones through the cache.  One instance per resolution (memoizes)."""

    def __init__(self, *, offline: bool = False, cache: Cache | None = None,
                 notices: list[str] | None = None, session: dict[str, Fetched] | None = None) -> None:
        self.offline = offline
        self.cache = cache if cache is not None else Cache()
        self.notices = notices if notices is not None else []
        # Sources already read.  Callers that resolve many policies in one process (the organization sweep)
        # pass one dict to every resolution so that a shared remote policy is fetched (revalidated) once.
        self._memo: dict[str, Fetched] = session if session is not None else {}

    def preload(self, ref: SourceRef, text: str) -> None:
        """Use ``text`` for ``ref`` (a repository policy the caller already read, e.g. through the API)."""
        self._memo[ref.id] = Fetched(ref, text)

    def fetch(self, ref: SourceRef) -> Fetched:
        if ref.kind == "https" and not ref.private_ok:
            parts = split_url(ref.url)
            if parts is not None and host_is_private(parts.hostname or ""):
                raise FetchError("refusing a policy source on a loopback, link-local or private address: only "
                                 "a source given on the command line or in a local policy file may point there")
        if ref.id not in self._memo:
            if ref.kind in ("builtin", "file"):
                self._memo[ref.id] = Fetched(ref, self._read_file(ref), trusted=ref.kind == "builtin")
            else:
                self._memo[ref.id] = Fetched(ref, self._fetch_remote(ref))
        return self._memo[ref.id]

    def _read_file(self, ref: SourceRef) -> str:
        assert ref.path is not None
        if not ref.path.exists():
            raise ConfigError(f"policy file not found: {ref.display}{builtin_suggestion(ref)}")
        if not ref.path.is_file():  # a directory, FIFO or device (also behind a symbolic link): never opened
            raise ConfigError("not a regular file", source=ref.display)
        try:
            with open(ref.path, "rb") as fh:
                data = fh.read(MAX_BYTES + 1)  # one byte more than allowed tells a larger file, never read whole
        except OSError as exc:
            raise ConfigError(f"cannot read policy file: {exc.strerror or exc}", source=ref.display) from None
        if len(data) > MAX_BYTES:
            raise ConfigError(f"the policy is larger than {MAX_BYTES} bytes", source=ref.display)
        if ref.sha256 and digest(data) != ref.sha256:
            raise ConfigError(f"sha256 mismatch: pinned {ref.sha256}, file has {digest(data)}", source=ref.display)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise ConfigError("policy file is not UTF-8 text", source=ref.display) from None

    # remote -----------------------------------------------------------------------------------------

    def _cache_key(self, ref: SourceRef) -> str:
        if ref.kind == "github":
            from openwash.github.api import api_url  # lazy: only for a github: source, off the hook's path

            return f"{api_url()}|{ref.spec}"
        return ref.spec

    def _fetch_remote(self, ref: SourceRef) -> str:
        key = self._cache_key(ref)
        cached = self.cache.get(NAMESPACE, key)
        self.notices.extend(self.cache.notices)
        self.cache.notices.clear()
        if cached is not None and ref.sha256 and digest(cached.body) == ref.sha256:
            return self._decode(ref, cached.body)  # pinned and cached: immutable, no network needed
        if cached is not None and ref.sha256:
            cached = None  # a cached copy that does not match the pin is useless
        if self.offline:
            if cached is not None:
                self.notices.append(f"offline: using the cached copy of {ref.spec} (fetched "
                                    f"{cached.meta.get('fetched', 'earlier')})")
                return self._decode(ref, cached.body)
            raise FetchError(f"offline, and no cached copy of {ref.spec}. {vendoring_advice(ref, self.cache)}")
        etag = cached.etag if cached is not None else None
        try:
            if ref.kind == "github":
                status, body, new_etag = _within_deadline(_get_github, ref, etag)
            else:
                status, body, new_etag = _within_deadline(_get_https, ref.url, etag, ref.private_ok)
        except NetworkError as exc:
            if cached is not None:
                self.notices.append(f"could not fetch {ref.spec} ({exc}); using the cached copy fetched "
                                    f"{cached.meta.get('fetched', 'earlier')}")
                return self._decode(ref, cached.body)
            raise FetchError(f"cannot fetch {ref.spec} ({exc}) and there is no cached copy. "
                             f"{vendoring_advice(ref, self.cache)}") from None
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
        if status == 304:
            if cached is None:
                raise FetchError(f"{ref.spec}: the server answered 304 Not Modified to a request without "
                                 "a cached copy")
            self.cache.touch(NAMESPACE, key, revalidated=now)
            return self._decode(ref, cached.body)
        if ref.sha256 and digest(body) != ref.sha256:
            raise ConfigError(f"{ref.spec}: sha256 mismatch: the policy is pinned to {ref.sha256} but the "
                              f"server sent content with sha256 {digest(body)}; if the change is intended, "
                              "update the pin")
        text = self._decode(ref, body)
        self.cache.put(NAMESPACE, key, body, {"source": ref.spec, "etag": new_etag, "fetched": now})
        self.notices.extend(self.cache.notices)
        self.cache.notices.clear()
        return text

    @staticmethod
    def _decode(ref: SourceRef, body: bytes) -> str:
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            raise ConfigError(f"{ref.spec}: the policy is not UTF-8 text") from None


_NOT_A_URL_REDIRECT = "refusing to follow a redirect whose Location is not a URL"


def _get_https(url: str, etag: str | None, private_ok: bool = False,
               cancel: Any = None) -> tuple[int, bytes, str | None]:
    """GET ``url`` with redirects checked hop by hop, a size cap and timeouts. Returns (status, body, etag).

    Every hop (the URL and each redirect target) may reach a loopback, link-local or private address only
    when ``private_ok`` (the source was named on the command line or in a local file) and the URL itself
    points at such an address: a public policy server cannot redirect openwash into the local network."""
    import requests

    first = split_url(url)
    allow_private = private_ok and first is not None and host_is_private(first.hostname or "", resolve=True)
    connect, read = _timeouts()
    headers = {"User-Agent": f"openwash/{__version__}", "Accept": "application/yaml, text/yaml, text/plain, */*"}
    if etag:
        headers["If-None-Match"] = etag
    current = url
    with requests.Session() as session:
        for _hop in range(MAX_REDIRECTS + 1):
            hop = split_url(current)
            if not allow_private and hop is not None and host_is_private(hop.hostname or "", resolve=True):
                raise FetchError(f"{url}: refusing a request to a loopback, link-local or private address"
                                 + (" (a redirect is checked like the URL it replaces)" if current != url else ""))
            try:
                resp = session.get(current, headers=headers, stream=True, timeout=(connect, read),
                                   allow_redirects=False)
            except requests.exceptions.Timeout:
                raise NetworkError(f"timed out after {read:g} s") from None
            except requests.exceptions.RequestException as exc:
                raise NetworkError(f"connection failed: {type(exc).__name__}") from None
            except ValueError:  # requests parses a redirect's Location even when it does not follow it
                raise FetchError(f"{url}: {_NOT_A_URL_REDIRECT}") from None
            with resp:
                status = resp.status_code
                if status in (301, 302, 303, 307, 308):
                    location = resp.headers.get("Location")
                    if not location:
                        raise FetchError(f"{url}: redirect without a Location header")
                    target = join_url(current, location)
                    if target is None:
                        raise FetchError(f"{url}: {_NOT_A_URL_REDIRECT}")
                    if not url_allowed(target):
                        raise FetchError(f"{url}: refusing to follow a redirect to {target}: policy redirects are "
                                         "followed only to https:// URLs")
                    current = target
                    continue
                if status == 304:
                    return 304, b"", etag
                if status == 404:
                    raise SourceNotFound(f"{url}: not found (HTTP 404)")
                if status == 429 or status >= 500:
                    raise NetworkError(f"HTTP {status}")
                if status != 200:
                    raise FetchError(f"{url}: HTTP {status}")
                length = resp.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > MAX_BYTES:
                    raise FetchError(f"{url}: the policy is larger than {MAX_BYTES} bytes ({length})")
                chunks: list[bytes] = []
                total = 0
                try:
                    for chunk in resp.iter_content(65536):
                        total += len(chunk)
                        if total > MAX_BYTES:
                            raise FetchError(f"{url}: the policy is larger than {MAX_BYTES} bytes")
                        if cancel is not None and cancel.is_set():  # _within_deadline gave up on us
                            raise NetworkError(f"took longer than {_deadline():g} s")
                        chunks.append(chunk)
                except requests.exceptions.RequestException as exc:
                    kind = "timed out" if "timeout" in type(exc).__name__.lower() or "Timeout" in str(exc) \
                        else "connection failed"
                    raise NetworkError(f"{kind} while reading") from None
                body = b"".join(chunks)
                if _looks_like_html(resp.headers.get("Content-Type", ""), body):
                    raise NetworkError("the server answered an HTML page, not a YAML policy: a login, proxy or "
                                       "error page?")
                return 200, body, resp.headers.get("ETag")
    raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")


def _get_github(ref: SourceRef, etag: str | None, cancel: Any = None) -> tuple[int, bytes, str | None]:
    """Read a file through the contents API of the configured GitHub host, with the one GitHub client
    (:class:`openwash.github.api.Api`: the token goes to that host only).  No retries and no rate-limit
    waits: a failure falls back to the cached copy at once (:class:`NetworkError`)."""
    import base64
    import json

    from openwash.github.api import Api, NetworkFailure, RateLimitError, Refused  # lazy: as in _cache_key

    _connect, read = _timeouts()
    api = Api(retries=0, max_wait=0.0, timeout=read)
    url = f"/repos/{ref.owner}/{ref.repo}/contents/{quote(ref.file)}"
    params = {"ref": ref.ref} if ref.ref else None
    headers = {"Accept": "application/vnd.github+json"}
    if etag:
        headers["If-None-Match"] = etag
    try:
        status, resp_headers, output = api.exchange("GET", url, params=params, headers=headers)
    except NetworkFailure as exc:
        raise NetworkError(f"timed out after {read:g} s" if exc.timed_out else f"connection failed: {exc.kind}") \
            from None
    except RateLimitError:
        raise NetworkError("GitHub API rate limit") from None
    except Refused as exc:
        # PyGithub refuses cross-host / cross-scheme redirects; requests raises ValueError on a Location
        # that is no URL
        raise FetchError(f"{ref.spec}: refused to follow the answer: {exc.detail}") from None
    if status == 304:
        return 304, b"", etag
    if status == 404:
        raise SourceNotFound(f"{ref.spec}: not found (HTTP 404; a private repository needs GITHUB_TOKEN with "
                             "read access)")
    if status == 403 and (resp_headers.get("x-ratelimit-remaining") == "0" or "retry-after" in resp_headers):
        raise NetworkError("GitHub API rate limit")
    if status in (401, 403):
        raise FetchError(f"{ref.spec}: access denied (HTTP {status}); check GITHUB_TOKEN")
    if status == 429 or status >= 500:
        raise NetworkError(f"HTTP {status}")
    if status != 200:
        raise FetchError(f"{ref.spec}: HTTP {status}")
    try:
        data = json.loads(output)
    except ValueError:
        raise NetworkError("the contents API did not answer JSON") from None
    if not isinstance(data, dict) or data.get("type", "file") != "file":
        raise FetchError(f"{ref.spec}: not a file")
    if data.get("encoding") != "base64" or not isinstance(data.get("content"), str):
        raise FetchError(f"{ref.spec}: the file is too large for the contents API (policies must be under "
                         f"{MAX_BYTES} bytes)")
    try:
        body = base64.b64decode(data["content"], validate=False)
    except ValueError:
        raise FetchError(f"{ref.spec}: malformed base64 content") from None
    if len(body) > MAX_BYTES:
        raise FetchError(f"{ref.spec}: the policy is larger than {MAX_BYTES} bytes")
    return 200, body, resp_headers.get("etag")
