"""The Hugging Face Hub through ``huggingface_hub`` (the Hub's own client), for ``openwash hf``.

``huggingface_hub`` is imported here only, and this module only by ``openwash hf``: the hook's imports are
unchanged.  What this adds to the library:

* the endpoint is ``HF_ENDPOINT`` (default ``https://huggingface.co``) and the token ``HF_TOKEN``; without
  ``HF_TOKEN`` the token stored by ``hf auth login`` is used only for huggingface.co itself.  The token is
  sent to that endpoint only: every request goes through a hook that removes the ``Authorization`` header
  from a request to any other host (a listing's ``Link: next`` or a redirect elsewhere gets no token);
* rate-limit answers (``429``, ``Retry-After``) are announced, and waited out (the library's listing
  retries by itself; model info, file downloads and discussions are retried here) up to ``max_wait``
  seconds in all;
* documents are read into memory at a commit sha (``/{repo}/resolve/{sha}/{path}``), not copied into the
  library's own cache: openwash caches them, and the results, by sha.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from openwash import __version__
from openwash.errors import FetchError, UsageError
from openwash.records import field, record

DEFAULT_ENDPOINT = "https://huggingface.co"
MAX_DOC_BYTES = 2 * 1024 * 1024
DEFAULT_RETRY = 10.0  # seconds to wait on a 429 without Retry-After
LIST_EXPAND = ["author", "sha", "gated", "tags", "downloads", "likes", "lastModified", "private", "disabled"]

_announce: Callable[[str], None] | None = None  # who hears of 429 answers (the running sweep)
_allowed_origin = ""  # scheme://host:port that may receive the token
_install_lock = threading.Lock()


class HubError(FetchError):
    """A Hub request failed: ``status`` is the HTTP status (0 when there was no answer)."""

    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status


class RateLimited(HubError):
    pass


def _origin(url: str) -> str:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.scheme}://{(parts.hostname or '').lower()}:{port}"


def _retry_after(headers: Any) -> float | None:
    raw = str(headers.get("retry-after") or "").strip()
    if raw.isdigit():
        return float(raw)
    # The Hub's RateLimit header: "api";r=0;t=55 (t = seconds until the window resets)
    limit = str(headers.get("ratelimit") or "")
    for part in limit.split(";"):
        key, _, value = part.strip().partition("=")
        if key == "t" and value.strip().isdigit():
            return float(value)
    return None


def _guard_request(request: Any) -> None:
    """No token to any host but the endpoint's."""
    if _origin(str(request.url)) != _allowed_origin:
        for name in ("authorization", "Authorization"):
            if name in request.headers:
                del request.headers[name]


def _announce_response(response: Any) -> None:
    if response.status_code == 429 and _announce is not None:
        wait = _retry_after(response.headers)
        url = urlsplit(str(response.request.url))
        when = f"Retry-After {wait:g} s" if wait is not None else f"no Retry-After, {DEFAULT_RETRY:g} s"
        _announce(f"the Hub is rate-limiting us (429 on {response.request.method} {url.path}); waiting it out "
                  f"({when})")


def _install(endpoint: str) -> None:
    """Make ``huggingface_hub``'s shared HTTP client guard the token and announce rate limits."""
    global _allowed_origin
    import httpx2
    from huggingface_hub.utils import _http as hf_http

    with _install_lock:
        _allowed_origin = _origin(endpoint)

        def factory() -> Any:
            return httpx2.Client(event_hooks={"request": [hf_http.hf_request_event_hook, _guard_request],
                                              "response": [_announce_response]},
                                 follow_redirects=True, timeout=httpx2.Timeout(60.0, connect=20.0))

        hf_http.set_client_factory(factory)


def hub_token(endpoint: str) -> str | None:
    token = os.environ.get("HF_TOKEN") or os.environ.get("HUGGING_FACE_HUB_TOKEN")
    if token:
        return token.strip() or None
    if _origin(endpoint) == _origin(DEFAULT_ENDPOINT) and not os.environ.get("HF_HUB_DISABLE_IMPLICIT_TOKEN"):
        from huggingface_hub import get_token

        return get_token()
    return None


@record
class Sibling:
    path: str
    size: int | None = None


@record
class ModelMeta:
    """A model as the Hub describes it (listing or model info)."""

    id: str
    sha: str = ""
    author: str = ""
    gated: str = ""  # "false" | "auto" | "manual" ("" unknown)
    private: bool = False
    disabled: bool = False
    downloads: int | None = None
    likes: int | None = None
    tags: list[str] = field(default_factory=list)
    last_modified: str = ""
    siblings: list[Sibling] | None = None  # None: not in this answer

    @classmethod
    def from_info(cls, info: Any) -> ModelMeta:
        gated = getattr(info, "gated", None)
        siblings = getattr(info, "siblings", None)
        lm = getattr(info, "last_modified", None)
        return cls(id=str(info.id), sha=str(getattr(info, "sha", "") or ""),
                   author=str(getattr(info, "author", "") or str(info.id).split("/")[0]),
                   gated="" if gated is None else ("false" if gated is False else str(gated)),
                   private=bool(getattr(info, "private", False)), disabled=bool(getattr(info, "disabled", False)),
                   downloads=getattr(info, "downloads", None), likes=getattr(info, "likes", None),
                   tags=[str(t) for t in getattr(info, "tags", None) or []],
                   last_modified=lm.isoformat() if lm is not None else "",
                   siblings=None if siblings is None else [Sibling(str(s.rfilename), getattr(s, "size", None))
                                                           for s in siblings])


class Hub:
    """One endpoint, one token, one ``HfApi``; thread-safe (the library's client is)."""

    def __init__(self, endpoint: str | None = None, *, say: Callable[[str], None] | None = None,
                 max_wait: float | None = None) -> None:
        global _announce
        endpoint = (endpoint or os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).rstrip("/")
        if not endpoint.startswith(("https://", "http://")) or not urlsplit(endpoint).hostname:
            raise UsageError(f"HF_ENDPOINT must be an http(s) URL, got {endpoint!r}")
        try:
            from huggingface_hub import HfApi
        except ImportError:
            from openwash.release import pip_install_extra  # lazy: only the message of a missing extra

            raise UsageError(f"openwash hf needs huggingface_hub: {pip_install_extra('hf')}") from None
        self.endpoint = endpoint
        self.say = say or (lambda _m: None)
        self.max_wait = max_wait if max_wait is not None else float(os.environ.get("OPENWASH_HUB_MAX_WAIT") or 3600)
        self.token = hub_token(endpoint)
        self.stopping = threading.Event()
        self.waited = 0.0
        self.stats = {"requests": 0, "downloads": 0, "rate_limited": 0}
        self._lock = threading.Lock()
        _install(endpoint)
        _announce = self._heard_429
        self.api = HfApi(endpoint=endpoint, token=self.token or False, library_name="openwash",
                         library_version=__version__)

    def _heard_429(self, message: str) -> None:
        with self._lock:
            self.stats["rate_limited"] += 1
        self.say(message)

    def _count(self, key: str = "requests") -> None:
        with self._lock:
            self.stats[key] += 1

    # -- calls -------------------------------------------------------------------------------------------
    def call(self, what: str, fn: Callable[[], Any]) -> Any:
        """``fn()``, with 429 answers waited out (announced by the client hook) and errors as HubError."""
        import httpx2
        from huggingface_hub.errors import HfHubHTTPError

        while True:
            if self.stopping.is_set():
                raise HubError("stopped")
            self._count()
            try:
                return fn()
            except HfHubHTTPError as exc:
                resp = exc.response
                status = resp.status_code if resp is not None else 0
                if status == 429:
                    wait = _retry_after(resp.headers) if resp is not None else None
                    wait = DEFAULT_RETRY if wait is None else wait
                    if self.waited + wait > self.max_wait:
                        raise RateLimited(f"{what}: the Hub's rate limit would need more than {self.max_wait:g} s "
                                          "of waiting (OPENWASH_HUB_MAX_WAIT)", 429) from None
                    with self._lock:
                        self.waited += wait
                    if self.stopping.wait(wait):
                        raise HubError("stopped") from None
                    continue
                raise HubError(f"{what}: {_http_message(exc, status)}", status) from None
            except (httpx2.HTTPError, OSError) as exc:
                raise HubError(f"{what}: {type(exc).__name__}: {exc}") from None

    def whoami(self) -> str:
        if not self.token:
            return ""
        data = self.call("whoami", lambda: self.api.whoami(cache=True))
        return str((data or {}).get("name") or "")

    def list_models(self, author: str) -> list[ModelMeta]:
        def go() -> list[ModelMeta]:
            return [ModelMeta.from_info(m) for m in self.api.list_models(author=author, expand=LIST_EXPAND)]

        return self.call(f"listing the models of {author}", go)

    def model_info(self, model_id: str) -> ModelMeta:
        return self.call(f"model info of {model_id}", lambda: ModelMeta.from_info(self.api.model_info(model_id)))

    def download(self, model_id: str, path: str, sha: str) -> bytes:
        """The bytes of ``path`` at commit ``sha`` (at most MAX_DOC_BYTES + 1 are read)."""
        from huggingface_hub import hf_hub_url
        from huggingface_hub.utils import build_hf_headers, get_session, hf_raise_for_status

        url = hf_hub_url(model_id, path, revision=sha, endpoint=self.endpoint)
        headers = build_hf_headers(token=self.token or False, library_name="openwash", library_version=__version__)

        def go() -> bytes:
            with get_session().stream("GET", url, headers=headers) as resp:
                if resp.status_code >= 400:
                    resp.read()
                    hf_raise_for_status(resp)
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > MAX_DOC_BYTES:
                        break
                return b"".join(chunks)

        data = self.call(f"{model_id}/{path}", go)
        self._count("downloads")
        return data

    # -- discussions --------------------------------------------------------------------------------------
    def discussions(self, model_id: str, author: str | None) -> list[dict[str, Any]]:
        def go() -> list[dict[str, Any]]:
            return [{"num": d.num, "title": d.title, "status": d.status, "author": d.author,
                     "is_pull_request": d.is_pull_request}
                    for d in self.api.get_repo_discussions(model_id, author=author or None,
                                                           discussion_type="discussion")]

        return self.call(f"discussions of {model_id}", go)

    def discussion(self, model_id: str, num: int) -> Any:
        return self.call(f"discussion #{num} of {model_id}", lambda: self.api.get_discussion_details(model_id, num))

    def create_discussion(self, model_id: str, title: str, body: str) -> tuple[int, str]:
        """(number, author) of the new discussion: the author is who the token writes as."""
        d = self.call(f"new discussion in {model_id}",
                      lambda: self.api.create_discussion(model_id, title=title, description=body))
        return int(d.num), str(getattr(d, "author", "") or "")

    def edit_discussion(self, model_id: str, num: int, comment_id: str, title: str | None, body: str) -> None:
        if title is not None:
            self.call(f"discussion #{num} of {model_id}", lambda: self.api.rename_discussion(model_id, num, title))
        self.call(f"discussion #{num} of {model_id}",
                  lambda: self.api.edit_discussion_comment(model_id, num, comment_id, body))

    def set_status(self, model_id: str, num: int, status: str, comment: str | None = None) -> None:
        self.call(f"discussion #{num} of {model_id}",
                  lambda: self.api.change_discussion_status(model_id, num, status, comment=comment))  # type: ignore[arg-type]

    def url(self, model_id: str) -> str:
        return f"{self.endpoint}/{model_id}"


def _http_message(exc: Any, status: int) -> str:
    name = type(exc).__name__
    if name == "GatedRepoError":
        return "gated: this token has no access (accept the conditions on the model page)"
    if name in ("RepositoryNotFoundError",):
        return "not found (deleted, renamed or private)"
    if name in ("RemoteEntryNotFoundError", "EntryNotFoundError"):
        return "file not found at this commit"
    if name == "RevisionNotFoundError":
        return "commit not found (force-pushed?)"
    if name == "DisabledRepoError":
        return "disabled on the Hub"
    if status == 401:
        return "401 unauthorized (private, or HF_TOKEN is not valid for this endpoint)"
    if status == 403:
        return "403 forbidden"
    return f"HTTP {status}" if status else str(exc).splitlines()[0][:200]

