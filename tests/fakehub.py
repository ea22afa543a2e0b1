"""A fake Hugging Face Hub on 127.0.0.1 for the tests of ``openwash hf`` (never the real Hub).

It serves what ``huggingface_hub`` calls, with the Hub's documented answer shapes:

* ``GET /api/models?author=A[&expand=...]`` — a JSON list of models (``_id``, ``id``, ``modelId``, ``author``,
  ``sha``, ``gated`` false|"auto"|"manual", ``private``, ``disabled``, ``downloads``, ``likes``, ``tags``,
  ``lastModified``, ``createdAt``; with ``expand`` only the properties asked for and the ids), paginated with a ``Link: <...>; rel="next"`` header (``page_size``);
* ``GET /api/models/{id}`` — model info, with ``siblings: [{"rfilename": ...}]`` and ``cardData``;
* ``GET /{id}/resolve/{revision}/{path}`` — the file at a commit, ``X-Repo-Commit`` and ``ETag`` headers;
  errors carry the Hub's ``X-Error-Code`` (``RepoNotFound``, ``GatedRepo``, ``EntryNotFound``,
  ``RevisionNotFound``) so that the client raises its typed errors;
* ``GET /api/whoami-v2``; discussions: ``GET/POST /api/models/{id}/discussions`` (``{"discussions",
  "count", "start", "numClosedDiscussions"}`` pages), ``GET .../discussions/{num}`` (with ``events``),
  ``POST .../discussions/{num}/comment|status|title|comment/{id}/edit``.

Each model keeps its commits: ``push(model, files)`` makes a new sha (the old one stays readable, as on
the Hub).  ``rate_limit(path_prefix, times, retry_after)`` answers 429 with ``Retry-After``; ``log`` has
every request (method, path, query, Authorization header) for the tests to count.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from localserver import LocalServer

NOW = "2026-11-02T10:00:00.000Z"


@dataclass
class FakeDiscussion:
    num: int
    title: str
    author: str
    status: str = "open"
    events: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class FakeModel:
    id: str
    commits: dict[str, dict[str, bytes]] = field(default_factory=dict)
    sha: str = ""
    gated: Any = False
    private: bool = False
    disabled: bool = False
    downloads: int = 0
    likes: int = 0
    tags: list[str] = field(default_factory=list)
    discussions: list[FakeDiscussion] = field(default_factory=list)
    gated_access: bool = False  # whether the token may read a gated model's files


class FakeHub:
    def __init__(self, *, token: str = "hf_fake_token", user: str = "openwash-bot", page_size: int = 1000) -> None:
        self.models: dict[str, FakeModel] = {}
        self.token = token
        self.user = user
        self.page_size = page_size
        self.log: list[dict[str, Any]] = []
        self.limits: list[list[Any]] = []  # [prefix, times left, retry_after]
        self.next_link_host = ""  # when set, the listing's next page is on this other origin
        self.lock = threading.RLock()
        self._server: LocalServer | None = None
        self._event = 0

    # -- data ----------------------------------------------------------------------------------------------
    def push(self, model_id: str, files: dict[str, str | bytes], **attrs: Any) -> str:
        with self.lock:
            m = self.models.get(model_id) or FakeModel(id=model_id)
            blob = {k: v.encode() if isinstance(v, str) else v for k, v in files.items()}
            n = len(m.commits)
            sha = hashlib.sha1(f"{model_id}:{n}:{sorted(blob.items())}".encode()).hexdigest()
            m.commits[sha] = blob
            m.sha = sha
            for k, v in attrs.items():
                setattr(m, k, v)
            self.models[model_id] = m
            return sha

    def rate_limit(self, prefix: str, times: int = 1, retry_after: int = 1) -> None:
        self.limits.append([prefix, times, retry_after])

    def requests(self, path_prefix: str = "", method: str = "") -> list[dict[str, Any]]:
        return [r for r in self.log if r["path"].startswith(path_prefix) and (not method or r["method"] == method)]

    # -- server --------------------------------------------------------------------------------------------
    def __enter__(self) -> FakeHub:
        self._server = LocalServer(("127.0.0.1", 0), _handler(self))
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    # -- answers ------------------------------------------------------------------------------------------
    def model_json(self, m: FakeModel, full: bool) -> dict[str, Any]:
        out: dict[str, Any] = {"_id": hashlib.md5(m.id.encode()).hexdigest()[:24], "id": m.id, "modelId": m.id,
                               "author": m.id.split("/")[0], "sha": m.sha, "lastModified": NOW, "createdAt": NOW,
                               "private": m.private, "disabled": m.disabled, "gated": m.gated,
                               "downloads": m.downloads, "likes": m.likes, "tags": list(m.tags),
                               "library_name": "transformers", "pipeline_tag": "text-generation"}
        if full:
            out["siblings"] = [{"rfilename": p} for p in sorted(m.commits[m.sha])]
            out["cardData"] = {}
            out["spaces"] = []
        return out

    def event(self, kind: str, author: str, data: dict[str, Any]) -> dict[str, Any]:
        self._event += 1
        return {"id": f"{self._event:024x}", "type": kind, "createdAt": NOW,
                "author": {"name": author, "type": "user", "fullname": author, "avatarUrl": "", "isPro": False},
                "data": data}

    def comment(self, author: str, text: str) -> dict[str, Any]:
        return self.event("comment", author, {"edited": False, "hidden": False,
                                              "latest": {"raw": text, "html": text, "updatedAt": NOW,
                                                         "author": {"name": author}},
                                              "numEdits": 0, "editors": [author], "reactions": [],
                                              "identifiedLanguage": {"language": "en", "probability": 1}})

    def discussion_json(self, m: FakeModel, d: FakeDiscussion, details: bool) -> dict[str, Any]:
        out: dict[str, Any] = {"num": d.num, "title": d.title, "status": d.status, "isPullRequest": False,
                               "createdAt": NOW, "author": {"name": d.author, "type": "user"},
                               "repo": {"name": m.id, "type": "model"}, "numComments": 1, "pinned": False,
                               "topReactions": []}
        if details:
            out["events"] = d.events
            out["changes"] = None
            out["filesWithConflicts"] = []
            out["diffUrl"] = None
        return out


def _handler(hub: FakeHub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_: Any) -> None:
            pass

        def _send(self, status: int, body: Any = None, headers: dict[str, str] | None = None,
                  raw: bytes | None = None) -> None:
            data = raw if raw is not None else (b"" if body is None else json.dumps(body).encode())
            self.send_response(status)
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            if raw is None:
                self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def _error(self, status: int, code: str, message: str) -> None:
            self._send(status, {"error": message}, {"X-Error-Code": code, "X-Error-Message": message})

        def _authed(self) -> str:
            auth = self.headers.get("Authorization", "")
            return hub.user if auth == f"Bearer {hub.token}" else ""

        def _body(self) -> dict[str, Any]:
            n = int(self.headers.get("Content-Length") or 0)
            try:
                return json.loads(self.rfile.read(n) or b"{}")
            except ValueError:
                return {}

        def do_GET(self) -> None:
            self._route("GET")

        def do_HEAD(self) -> None:
            self._route("HEAD")

        def do_POST(self) -> None:
            self._route("POST")

        def _route(self, method: str) -> None:
            split = urlsplit(self.path)
            path = unquote(split.path)
            query = parse_qs(split.query)
            body = self._body() if method == "POST" else {}
            with hub.lock:
                hub.log.append({"method": method, "path": path, "query": query,
                                "authorization": self.headers.get("Authorization"), "body": body})
                for limit in hub.limits:
                    if path.startswith(limit[0]) and limit[1] > 0:
                        limit[1] -= 1
                        self._send(429, {"error": "rate limited"}, {"Retry-After": str(limit[2])})
                        return
                with contextlib.suppress(BrokenPipeError):
                    self._dispatch(method, path, query, body)

        def _model(self, model_id: str) -> FakeModel | None:
            m = hub.models.get(model_id)
            if m is None or (m.private and not self._authed()):
                self._error(404, "RepoNotFound", "Repository not found")
                return None
            return m

        def _dispatch(self, method: str, path: str, query: dict[str, list[str]], body: dict[str, Any]) -> None:
            if path == "/api/whoami-v2":
                if not self._authed():
                    self._error(401, "", "Invalid credentials in Authorization header")
                    return
                self._send(200, {"type": "user", "name": hub.user, "fullname": hub.user, "orgs": [],
                                 "auth": {"type": "access_token", "accessToken": {"role": "write"}}})
                return
            if path == "/api/models" and method == "GET":
                author = (query.get("author") or [""])[0]
                start = int((query.get("start") or ["0"])[0])
                rows = [m for k, m in sorted(hub.models.items()) if k.split("/")[0] == author
                        and (not m.private or self._authed())]
                page = rows[start:start + hub.page_size]
                headers = {}
                if start + hub.page_size < len(rows):
                    base = hub.next_link_host or hub.url
                    headers["Link"] = (f"<{base}/api/models?author={quote(author)}&start={start + hub.page_size}"
                                       f"&expand=sha&expand=gated>; rel=\"next\"")
                expand = query.get("expand") or query.get("expand[]")
                rows_out = [hub.model_json(m, full=bool(expand and "siblings" in expand)) for m in page]
                if expand:  # as the Hub: only the properties asked for, besides the ids
                    rows_out = [{k: v for k, v in r.items() if k in ("_id", "id") or k in expand} for r in rows_out]
                self._send(200, rows_out, headers)
                return
            m_disc = re.fullmatch(r"/api/models/(.+?/.+?)/discussions(?:/(\d+)(?:/(.+))?)?", path)
            if m_disc:
                self._discussions(method, m_disc.group(1), m_disc.group(2), m_disc.group(3), query, body)
                return
            m_info = re.fullmatch(r"/api/models/([^/]+/[^/]+)(?:/revision/(.+))?", path)
            if m_info and method == "GET":
                m = self._model(m_info.group(1))
                if m is not None:
                    self._send(200, hub.model_json(m, full=True))
                return
            m_file = re.fullmatch(r"/([^/]+/[^/]+)/resolve/([^/]+)/(.+)", path)
            if m_file and method in ("GET", "HEAD"):
                m = self._model(m_file.group(1))
                if m is None:
                    return
                rev, rel = m_file.group(2), m_file.group(3)
                sha = m.sha if rev == "main" else rev
                if m.gated and not (self._authed() and m.gated_access):
                    self._error(403, "GatedRepo", "Access to this model is restricted")
                    return
                if sha not in m.commits:
                    self._error(404, "RevisionNotFound", "Invalid rev id")
                    return
                if rel not in m.commits[sha]:
                    self._error(404, "EntryNotFound", "Entry not found")
                    return
                data = m.commits[sha][rel]
                self._send(200, raw=data, headers={"X-Repo-Commit": sha, "ETag": f'"{hashlib.sha1(data).hexdigest()}"',
                                                   "Content-Type": "text/plain; charset=utf-8"})
                return
            self._error(404, "", f"no route {method} {path}")

        def _discussions(self, method: str, model_id: str, num: str | None, action: str | None,
                         query: dict[str, list[str]], body: dict[str, Any]) -> None:
            m = self._model(model_id)
            if m is None:
                return
            user = self._authed()
            if method == "POST" and not user:
                self._error(401, "", "Invalid credentials in Authorization header")
                return
            if num is None:
                if method == "POST":
                    d = FakeDiscussion(num=len(m.discussions) + 1, title=body["title"], author=user)
                    d.events.append(hub.comment(user, body.get("description", "")))
                    m.discussions.append(d)
                    self._send(200, {"num": d.num, "url": {"web": f"{hub.url}/{m.id}/discussions/{d.num}"}})
                    return
                rows = [d for d in reversed(m.discussions)
                        if (not query.get("author") or d.author == query["author"][0])
                        and (not query.get("status") or query["status"][0] == "all" or d.status == query["status"][0])]
                p = int((query.get("p") or ["0"])[0])
                per = 2  # small pages, so that the client's paging is exercised
                page = rows[p * per:(p + 1) * per]
                self._send(200, {"discussions": [hub.discussion_json(m, d, False) for d in page],
                                 "count": len(rows), "start": p * per,
                                 "numClosedDiscussions": sum(d.status == "closed" for d in m.discussions)})
                return
            d = next((x for x in m.discussions if x.num == int(num)), None)
            if d is None:
                self._error(404, "", "Discussion not found")
                return
            if action is None and method == "GET":
                self._send(200, hub.discussion_json(m, d, True))
                return
            if action == "comment":
                ev = hub.comment(user, body["comment"])
                d.events.append(ev)
                self._send(200, {"newMessage": ev})
            elif action == "status":
                d.status = body["status"]
                ev = hub.event("status-change", user, {"status": body["status"]})
                d.events.append(ev)
                if body.get("comment"):
                    d.events.append(hub.comment(user, body["comment"]))
                self._send(200, {"newStatus": ev})
            elif action == "title":
                ev = hub.event("title-change", user, {"from": d.title, "to": body["title"]})
                d.title = body["title"]
                d.events.append(ev)
                self._send(200, {"newTitle": ev})
            elif action and action.startswith("comment/") and action.endswith("/edit"):
                cid = action.split("/")[1]
                ev = next((e for e in d.events if e["id"] == cid and e["type"] == "comment"), None)
                if ev is None:
                    self._error(404, "", "Comment not found")
                    return
                ev["data"]["latest"]["raw"] = body["content"]
                ev["data"]["edited"] = True
                self._send(200, {"updatedComment": ev})
            else:
                self._error(404, "", "no such action")

    return Handler


def close_as_owner(hub: FakeHub, model_id: str, num: int, owner: str = "acme-maintainer") -> None:
    """The model's owners close a discussion (not the sweep's user)."""
    with hub.lock:
        d = next(x for x in hub.models[model_id].discussions if x.num == num)
        d.status = "closed"
        d.events.append(hub.event("status-change", owner, {"status": "closed"}))


def open_as(hub: FakeHub, model_id: str, author: str, title: str, text: str) -> int:
    """Someone (not necessarily the sweep's user) opens a discussion on a model; returns its number."""
    with hub.lock:
        m = hub.models[model_id]
        d = FakeDiscussion(num=len(m.discussions) + 1, title=title, author=author)
        d.events.append(hub.comment(author, text))
        m.discussions.append(d)
        return d.num
