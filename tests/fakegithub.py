"""A fake GitHub API on 127.0.0.1 for tests and benches.

It speaks enough of the REST API (repositories of an organization or user, git trees and blobs, contents,
issues and issue comments, custom property values, rate limit) and of the GraphQL API (a small but real
parser and executor: aliases, arguments, variables, fragments, inline fragments) for the organization sweep
and for anyone else who needs GitHub in a test:

* every JSON answer carries an ``ETag``; a request with a matching ``If-None-Match`` gets ``304 Not
  Modified``, which, as on GitHub, costs no rate-limit point;
* ``X-RateLimit-Limit/Remaining/Used/Reset/Resource`` headers with separate ``core`` and ``graphql`` buckets;
  an exhausted bucket answers ``403 API rate limit exceeded``; GraphQL costs points as GitHub computes them
  (connections requested / 100, at least 1);
* optional latency per request (``latency=0.05``), injected failures (``fail(...)``: a 403 secondary rate
  limit with ``Retry-After``, a 500, a 401 ...), a hook run before each request (``on_request``: remove a
  repository mid-sweep), empty repositories (409 on trees), binary and non-UTF-8 blobs;
* counters of what was asked (``stats()``, also served at ``/_fake/stats``).

Use::

    with FakeGitHub() as gh:
        gh.add_repo("acme", "model", {"README.md": "# Model\\n", "LICENSE": "..."})
        client = Github(base_url=gh.url, ...)

or run ``python tests/fakegithub.py`` for a server to poke at by hand.
"""

from __future__ import annotations

import base64
import datetime as dt
import fnmatch
import hashlib
import json
import math
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from localserver import LocalServer

# ----------------------------------------------------------------------------------------------------------
# Data model


def git_blob_sha(data: bytes) -> str:
    """The git object id of a blob (what GitHub reports as a file's sha)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def _now_iso(ts: float | None = None) -> str:
    return dt.datetime.fromtimestamp(ts if ts is not None else time.time(), dt.timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%SZ")


@dataclass
class FakeIssue:
    number: int
    title: str
    body: str
    user: str
    state: str = "open"
    state_reason: str | None = None
    comments: list[str] = field(default_factory=list)
    created_at: str = ""
    updated_at: str = ""
    is_pull_request: bool = False


@dataclass
class FakeRepo:
    owner: str
    name: str
    files: dict[str, bytes]
    id: int = 0
    default_branch: str = "main"
    archived: bool = False
    fork: bool = False
    visibility: str = "public"  # public | private | internal
    topics: list[str] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)
    description: str = ""
    pushed_at: str = ""
    pushes: int = 0
    issues: list[FakeIssue] = field(default_factory=list)
    _tree_cache: tuple[str, list[dict]] | None = None
    _blob_index: dict[str, bytes] = field(default_factory=dict)
    _payloads: dict[tuple[str, bool], Any] = field(default_factory=dict)

    @property
    def full_name(self) -> str:
        return f"{self.owner}/{self.name}"

    @property
    def empty(self) -> bool:
        return not self.files

    def invalidate(self) -> None:
        self._tree_cache = None
        self._payloads = {}

    def tree(self) -> tuple[str, list[dict]]:
        """(tree sha, recursive entries) of the default branch."""
        if self._tree_cache is None:
            entries: list[dict] = []
            dirs: set[str] = set()
            for path in sorted(self.files):
                parts = path.split("/")
                for i in range(1, len(parts)):
                    dirs.add("/".join(parts[:i]))
            blob_rows = {p: {"path": p, "mode": "100644", "type": "blob", "sha": git_blob_sha(d), "size": len(d)}
                         for p, d in self.files.items()}
            tree_rows = {d: {"path": d, "mode": "040000", "type": "tree",
                             "sha": hashlib.sha1(f"tree {self.full_name} {d} {self.pushes}".encode()).hexdigest()}
                         for d in dirs}
            rows = {**blob_rows, **tree_rows}
            entries = [rows[p] for p in sorted(rows)]
            digest = hashlib.sha1(json.dumps([(e["path"], e["sha"]) for e in entries]).encode()).hexdigest()
            self._blob_index = {blob_rows[p]["sha"]: d for p, d in self.files.items()}
            self._tree_cache = (digest, entries)
        return self._tree_cache

    @property
    def commit_oid(self) -> str:
        return hashlib.sha1(f"commit {self.tree()[0]} {self.pushes}".encode()).hexdigest()

    def blob(self, sha: str) -> bytes | None:
        if self.empty:
            return None
        self.tree()
        return self._blob_index.get(sha)


@dataclass
class _Failure:
    method: str
    pattern: re.Pattern[str]
    status: int
    body: dict
    headers: dict[str, str]
    times: int


class FakeGitHub:
    """The server and its state.  Thread-safe: handlers take ``self.lock`` around state changes."""

    def __init__(self, *, latency: float = 0.0, core_limit: int = 5000, graphql_limit: int = 5000,
                 reset_window: float = 3600.0, viewer: str = "openwash-bot", blob_text_limit: int | None = None,
                 web_url: str = "https://github.com") -> None:
        self.latency = latency
        self.viewer = viewer
        self.user_status: int | None = None  # e.g. 403: GET /user as a GitHub App installation token answers it
        self.web_url = web_url.rstrip("/")
        self.blob_text_limit = blob_text_limit  # GraphQL Blob.text is truncated beyond this many bytes
        self.lock = threading.RLock()
        self.owners: dict[str, str] = {}  # login -> Organization | User
        self.repos: dict[str, FakeRepo] = {}  # lower-case full name -> repo
        self.limits = {"core": core_limit, "graphql": graphql_limit}
        self.remaining = dict(self.limits)
        self.reset_window = reset_window
        self.reset_at = {k: time.time() + reset_window for k in self.limits}
        self.failures: list[_Failure] = []
        self.on_request: Callable[[str, str], None] | None = None
        self.log: list[dict] = []
        self._busy = 0  # requests being handled right now (see ``wait_idle``)
        self._idle = threading.Condition(self.lock)
        self._next_id = 1000
        self._server: LocalServer | None = None
        self._thread: threading.Thread | None = None
        self.host = "127.0.0.1"
        self.port = 0

    # -- setup ---------------------------------------------------------------------------------------------
    def add_owner(self, login: str, kind: str = "Organization") -> None:
        with self.lock:
            self.owners[login] = kind

    def add_repo(self, owner: str, name: str, files: dict[str, str | bytes] | None = None, **meta: Any) -> FakeRepo:
        with self.lock:
            self.owners.setdefault(owner, "Organization")
            self._next_id += 1
            data = {p: (c.encode("utf-8") if isinstance(c, str) else c) for p, c in (files or {}).items()}
            repo = FakeRepo(owner=owner, name=name, files=data, id=self._next_id, **meta)
            if not repo.pushed_at:
                repo.pushed_at = _now_iso(time.time() - 86400 + self._next_id)
            self.repos[repo.full_name.lower()] = repo
            return repo

    def repo(self, full_name: str) -> FakeRepo:
        return self.repos[full_name.lower()]

    def push(self, full_name: str, changes: dict[str, str | bytes | None]) -> FakeRepo:
        """Commit to the default branch: set (or, with None, delete) files; updates pushed_at."""
        with self.lock:
            repo = self.repo(full_name)
            for path, content in changes.items():
                if content is None:
                    repo.files.pop(path, None)
                else:
                    repo.files[path] = content.encode("utf-8") if isinstance(content, str) else content
            repo.pushes += 1
            repo.pushed_at = _now_iso(time.time() + repo.pushes)
            repo.invalidate()
            return repo

    def remove_repo(self, full_name: str) -> None:
        with self.lock:
            self.repos.pop(full_name.lower(), None)

    def fail(self, path_regex: str, status: int = 403, *, method: str = "*", times: int = 1,
             message: str = "You have exceeded a secondary rate limit. Please wait a few minutes before you try "
                            "again.", headers: dict[str, str] | None = None) -> None:
        """Answer the next ``times`` requests whose path matches with ``status`` (default: a secondary rate
        limit; pass ``headers={"Retry-After": "1"}`` to say how long to wait)."""
        with self.lock:
            self.failures.append(_Failure(method.upper(), re.compile(path_regex), status, {"message": message},
                                          dict(headers or {}), times))

    # -- accounting ----------------------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        with self.lock:
            log = list(self.log)
        rest = [e for e in log if e["resource"] == "core"]
        gql = [e for e in log if e["resource"] == "graphql"]
        return {
            "requests": len(log),
            "rest_requests": len(rest),
            "graphql_requests": len(gql),
            "not_modified": sum(1 for e in log if e["status"] == 304),
            "points": sum(e["points"] for e in log),
            "core_points": sum(e["points"] for e in rest),
            "graphql_points": sum(e["points"] for e in gql),
            "writes": sum(1 for e in log if e["method"] in ("POST", "PATCH", "PUT", "DELETE")
                          and e["resource"] == "core"),
            "by_route": _count_routes(log),
            "bytes_sent": sum(e.get("bytes", 0) for e in log),
        }

    def requests(self, method: str | None = None, path_glob: str = "*") -> list[dict]:
        with self.lock:
            return [e for e in self.log if (method is None or e["method"] == method)
                    and fnmatch.fnmatchcase(e["path"], path_glob)]

    def reset_stats(self) -> None:
        with self.lock:
            self.log.clear()

    def wait_idle(self, timeout: float = 60) -> None:
        """Wait until no request is being handled (a client killed mid-request leaves its handler running:
        wait for it before ``reset_stats`` so that it is not counted in what comes next)."""
        with self._idle:
            if not self._idle.wait_for(lambda: self._busy == 0, timeout):
                raise AssertionError(f"{self._busy} request(s) still being handled after {timeout} s")

    # -- server --------------------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, port: int = 0) -> FakeGitHub:
        fake = self

        class Handler(_Handler):
            server_fake = fake

        self._server = LocalServer((self.host, port), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeGitHub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- rate limit ----------------------------------------------------------------------------------------
    def _charge(self, resource: str, points: int) -> tuple[bool, dict[str, str]]:
        with self.lock:
            now = time.time()
            if now >= self.reset_at[resource]:
                self.remaining[resource] = self.limits[resource]
                self.reset_at[resource] = now + self.reset_window
            ok = self.remaining[resource] >= points if points else True
            if ok:
                self.remaining[resource] -= points
            headers = {
                "X-RateLimit-Limit": str(self.limits[resource]),
                "X-RateLimit-Remaining": str(self.remaining[resource]),
                "X-RateLimit-Used": str(self.limits[resource] - self.remaining[resource]),
                "X-RateLimit-Reset": str(math.ceil(self.reset_at[resource])),
                "X-RateLimit-Resource": resource,
            }
            return ok, headers

    def _injected(self, method: str, path: str) -> _Failure | None:
        with self.lock:
            for f in self.failures:
                if f.times > 0 and f.method in ("*", method) and f.pattern.search(path):
                    f.times -= 1
                    return f
        return None

    def tree_payload(self, repo: FakeRepo, recursive: bool = True) -> RawJson:
        """The JSON of a tree answer, serialized once per commit (big trees are megabytes)."""
        tree_sha, entries = repo.tree()
        key = (tree_sha, recursive)
        cached = repo._payloads.get(key)
        if cached is None:
            if not recursive:
                entries = [e for e in entries if "/" not in e["path"]]
            base = f"{self.url}/repos/{repo.full_name}/git"
            out = [{**e, "url": f"{base}/{'blobs' if e['type'] == 'blob' else 'trees'}/{e['sha']}"}
                   for e in entries]
            cached = RawJson(json.dumps({"sha": tree_sha, "url": f"{base}/trees/{tree_sha}", "tree": out,
                                         "truncated": False}).encode("utf-8"))
            repo._payloads[key] = cached
        return cached

    def prepare(self) -> None:
        """Compute every tree answer now (a bench's server should not spend the bench's time on it)."""
        for repo in list(self.repos.values()):
            if not repo.empty:
                self.tree_payload(repo)

    # -- REST representations ------------------------------------------------------------------------------
    def repo_json(self, repo: FakeRepo) -> dict:
        base = self.url
        return {
            "id": repo.id, "node_id": f"R_{repo.id}", "name": repo.name, "full_name": repo.full_name,
            "private": repo.visibility != "public", "visibility": repo.visibility,
            "owner": {"login": repo.owner, "type": self.owners.get(repo.owner, "Organization"),
                      "url": f"{base}/users/{repo.owner}"},
            "html_url": f"{self.web_url}/{repo.full_name}", "url": f"{base}/repos/{repo.full_name}",
            "description": repo.description, "fork": repo.fork, "archived": repo.archived, "disabled": False,
            "topics": list(repo.topics), "default_branch": repo.default_branch,
            "pushed_at": repo.pushed_at, "created_at": "2020-01-01T00:00:00Z", "updated_at": repo.pushed_at,
            "size": 0 if repo.empty else max(1, sum(len(d) for d in repo.files.values()) // 1024),
            "stargazers_count": 0, "watchers_count": 0, "forks_count": 0, "open_issues_count":
                sum(1 for i in repo.issues if i.state == "open"),
        }

    def issue_json(self, repo: FakeRepo, issue: FakeIssue) -> dict:
        base = self.url
        out = {
            "id": repo.id * 1000 + issue.number, "number": issue.number, "title": issue.title, "body": issue.body,
            "state": issue.state, "state_reason": issue.state_reason, "user": {"login": issue.user},
            "url": f"{base}/repos/{repo.full_name}/issues/{issue.number}",
            "repository_url": f"{base}/repos/{repo.full_name}",
            "comments_url": f"{base}/repos/{repo.full_name}/issues/{issue.number}/comments",
            "html_url": f"{self.web_url}/{repo.full_name}/issues/{issue.number}",
            "labels": [], "comments": len(issue.comments), "created_at": issue.created_at,
            "updated_at": issue.updated_at, "locked": False, "assignees": [],
        }
        if issue.is_pull_request:
            out["pull_request"] = {"url": f"{base}/repos/{repo.full_name}/pulls/{issue.number}"}
        return out


def _count_routes(log: list[dict]) -> dict[str, int]:
    out: dict[str, int] = {}
    for e in log:
        key = f"{e['method']} {e['route']}"
        out[key] = out.get(key, 0) + 1
    return out


class RawJson:
    """An answer serialized ahead of time (with its ETag)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.etag = 'W/"' + hashlib.sha256(data).hexdigest()[:40] + '"'


class HttpError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


# ----------------------------------------------------------------------------------------------------------
# HTTP


class _Handler(BaseHTTPRequestHandler):
    server_fake: FakeGitHub
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in separate writes: no 40 ms delayed-ACK stall

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PATCH(self) -> None:
        self._handle("PATCH")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def _handle(self, method: str) -> None:
        fake = self.server_fake
        with fake.lock:
            fake._busy += 1
        try:
            self._handle_one(method)
        finally:
            with fake._idle:
                fake._busy -= 1
                fake._idle.notify_all()

    def _handle_one(self, method: str) -> None:
        fake = self.server_fake
        parts = urlsplit(self.path)
        path = parts.path.rstrip("/") or "/"
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if path == "/_fake/stats":
            self._send(200, fake.stats(), {})
            return
        if path == "/_fake/reset":
            fake.reset_stats()
            self._send(200, {"ok": True}, {})
            return
        if path == "/_fake/push" and method == "POST":  # {"repo": "o/r", "files": {"path": "text" | null}}
            body = json.loads(raw or b"{}")
            fake.push(body["repo"], body.get("files") or {})
            self._send(200, {"ok": True}, {})
            return
        if fake.latency:
            time.sleep(fake.latency)
        if fake.on_request is not None:
            fake.on_request(method, path)
        resource = "graphql" if path == "/graphql" else "core"
        route = _route_name(path)
        entry = {"method": method, "path": path, "query": parts.query, "route": route, "resource": resource,
                 "status": 0, "points": 0, "authorization": self.headers.get("Authorization", "")}
        self._entry: dict | None = entry
        try:
            failure = fake._injected(method, path)
            if failure is not None:
                _, rl = fake._charge(resource, 0)
                headers = {**rl, **failure.headers}
                entry["status"] = failure.status
                self._send(failure.status, failure.body, headers)
                return
            if resource == "graphql":
                self._graphql(raw, entry)
                return
            status, body, extra = self._rest(method, path, query, raw)
            etag = None
            payload = b""
            if isinstance(body, RawJson):
                payload, etag = body.data, body.etag
            elif body is not None:
                payload = json.dumps(body).encode("utf-8")
                etag = 'W/"' + hashlib.sha256(payload).hexdigest()[:40] + '"'
            if method == "GET" and status == 200 and etag and etag in _etags(self.headers.get("If-None-Match")):
                _, rl = fake._charge("core", 0)
                entry["status"] = 304
                self._send_raw(304, b"", {**rl, "ETag": etag}, content_type=None)
                return
            ok, rl = fake._charge("core", 1)
            if not ok:
                entry["status"] = 403
                self._send(403, {"message": "API rate limit exceeded for user ID 1. (But here's the good news: "
                                 "Authenticated requests get a higher rate limit.)"}, rl)
                return
            entry["points"] = 1
            entry["status"] = status
            headers = {**rl, **extra}
            if etag and method == "GET":
                headers["ETag"] = etag
            self._send_raw(status, payload, headers)
        except HttpError as exc:
            ok, rl = fake._charge(resource, 1)
            entry["points"] = 1
            entry["status"] = exc.status
            self._send(exc.status, {"message": exc.message,
                                    "documentation_url": "https://docs.github.com/rest"}, {**rl, **exc.headers})
        finally:
            self._record()

    # -- helpers -------------------------------------------------------------------------------------------
    def _send(self, status: int, body: Any, headers: dict[str, str]) -> None:
        self._send_raw(status, json.dumps(body).encode("utf-8"), headers)

    def _record(self) -> None:
        """Log the request (once), before the answer goes out: a client never sees an unlogged answer."""
        entry = getattr(self, "_entry", None)
        if entry is not None:
            self._entry = None
            with self.server_fake.lock:
                self.server_fake.log.append(entry)

    def _send_raw(self, status: int, payload: bytes, headers: dict[str, str],
                  content_type: str | None = "application/json; charset=utf-8") -> None:
        entry = getattr(self, "_entry", None)
        if entry is not None and not entry["status"]:
            entry["status"] = status
        if entry is not None:
            entry["bytes"] = len(payload) if self.command != "HEAD" else 0  # body bytes (bench/org.py)
        self._record()
        self.send_response(status)
        if content_type and status != 304:
            self.send_header("Content-Type", content_type)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if payload and self.command != "HEAD":
            self.wfile.write(payload)

    # -- REST ----------------------------------------------------------------------------------------------
    def _rest(self, method: str, path: str, query: dict[str, str], raw: bytes) -> tuple[int, Any, dict[str, str]]:
        fake = self.server_fake
        body: dict = {}
        if raw:
            try:
                body = json.loads(raw)
            except ValueError:
                raise HttpError(400, "Problems parsing JSON") from None
        m = re.fullmatch(r"/(orgs|users)/([^/]+)", path)
        if m and method == "GET":
            kind = fake.owners.get(m.group(2))
            if kind is None or (m.group(1) == "orgs" and kind != "Organization"):
                raise HttpError(404, "Not Found")
            return 200, {"login": m.group(2), "type": kind, "url": f"{fake.url}/{m.group(1)}/{m.group(2)}"}, {}
        if path == "/user" and method == "GET":
            if fake.user_status:
                raise HttpError(fake.user_status, "Resource not accessible by integration")
            return 200, {"login": fake.viewer, "type": "User"}, {}
        if path == "/rate_limit":
            res = {k: {"limit": fake.limits[k], "remaining": fake.remaining[k], "reset": int(fake.reset_at[k]),
                       "used": fake.limits[k] - fake.remaining[k]} for k in fake.limits}
            return 200, {"resources": res, "rate": res["core"]}, {}
        m = re.fullmatch(r"/(orgs|users)/([^/]+)/repos", path)
        if m and method == "GET":
            kind = fake.owners.get(m.group(2))
            if kind is None or (m.group(1) == "orgs" and kind != "Organization"):
                raise HttpError(404, "Not Found")
            with fake.lock:
                repos = [r for r in fake.repos.values() if r.owner.lower() == m.group(2).lower()]
            if m.group(1) == "users":
                repos = [r for r in repos if r.visibility == "public"]
            repos = _sort_repos(repos, query)
            return self._page([fake.repo_json(r) for r in repos], path, query)
        if path == "/user/repos" and method == "GET":
            with fake.lock:
                repos = [r for r in fake.repos.values() if r.owner == fake.viewer]
            return self._page([fake.repo_json(r) for r in _sort_repos(repos, query)], path, query)
        m = re.fullmatch(r"/orgs/([^/]+)/properties/values", path)
        if m and method == "GET":
            with fake.lock:
                repos = sorted((r for r in fake.repos.values() if r.owner == m.group(1)), key=lambda r: r.id)
            rows = [{"repository_id": r.id, "repository_name": r.name, "repository_full_name": r.full_name,
                     "properties": [{"property_name": k, "value": v} for k, v in sorted(r.properties.items())]}
                    for r in repos]
            return self._page(rows, path, query)
        m = re.fullmatch(r"/repos/([^/]+)/([^/]+)(/.*)?", path)
        if not m:
            raise HttpError(404, "Not Found")
        with fake.lock:
            repo = fake.repos.get(f"{m.group(1)}/{m.group(2)}".lower())
        if repo is None:
            raise HttpError(404, "Not Found")
        rest = m.group(3) or ""
        if rest == "" and method == "GET":
            return 200, fake.repo_json(repo), {}
        m2 = re.fullmatch(r"/git/trees/(.+)", rest)
        if m2 and method == "GET":
            if repo.empty:
                raise HttpError(409, "Git Repository is empty.")
            ref = m2.group(1)
            tree_sha, _entries = repo.tree()
            if ref not in (repo.default_branch, tree_sha, repo.commit_oid, f"heads/{repo.default_branch}"):
                raise HttpError(404, "Not Found")
            recursive = query.get("recursive") not in (None, "", "0", "false")
            return 200, fake.tree_payload(repo, recursive), {}
        m2 = re.fullmatch(r"/git/blobs/([0-9a-f]{40})", rest)
        if m2 and method == "GET":
            data = repo.blob(m2.group(1))
            if data is None:
                raise HttpError(404, "Not Found")
            return 200, {"sha": m2.group(1), "size": len(data), "encoding": "base64",
                         "content": base64.encodebytes(data).decode("ascii"),
                         "url": f"{fake.url}/repos/{repo.full_name}/git/blobs/{m2.group(1)}"}, {}
        m2 = re.fullmatch(r"/(readme|contents/(.+))", rest)
        if m2 and method == "GET":
            if m2.group(1) == "readme":
                names = [p for p in repo.files if "/" not in p and p.lower().startswith("readme")]
                rel = sorted(names)[0] if names else None
            else:
                rel = m2.group(2)
            if rel is None or rel not in repo.files:
                raise HttpError(404, "Not Found")
            data = repo.files[rel]
            return 200, {"type": "file", "encoding": "base64", "size": len(data), "name": rel.rsplit("/", 1)[-1],
                         "path": rel, "sha": git_blob_sha(data),
                         "content": base64.encodebytes(data).decode("ascii"),
                         "url": f"{fake.url}/repos/{repo.full_name}/contents/{rel}"}, {}
        if rest == "/issues":
            if method == "GET":
                state = query.get("state", "open")
                creator = query.get("creator")
                with fake.lock:
                    issues = [i for i in repo.issues if (state == "all" or i.state == state)
                              and (creator is None or i.user == creator)]
                issues.sort(key=lambda i: -i.number)
                return self._page([fake.issue_json(repo, i) for i in issues], path, query)
            if method == "POST":
                if not body.get("title"):
                    raise HttpError(422, "Validation Failed")
                with fake.lock:
                    number = max((i.number for i in repo.issues), default=0) + 1
                    issue = FakeIssue(number=number, title=body["title"], body=body.get("body") or "",
                                      user=fake.viewer, created_at=_now_iso(), updated_at=_now_iso())
                    repo.issues.append(issue)
                return 201, fake.issue_json(repo, issue), {}
        m2 = re.fullmatch(r"/issues/(\d+)(/comments)?", rest)
        if m2:
            with fake.lock:
                issue = next((i for i in repo.issues if i.number == int(m2.group(1))), None)
            if issue is None:
                raise HttpError(404, "Not Found")
            if m2.group(2):
                if method == "POST":
                    with fake.lock:
                        issue.comments.append(body.get("body", ""))
                    n = len(issue.comments)
                    return 201, {"id": issue.number * 1000 + n, "body": body.get("body", ""),
                                 "url": f"{fake.url}/repos/{repo.full_name}/issues/comments/{issue.number * 1000 + n}",
                                 "user": {"login": fake.viewer}}, {}
                if method == "GET":
                    return self._page([{"id": issue.number * 1000 + i + 1, "body": c, "user": {"login": fake.viewer},
                                        "url": f"{fake.url}/repos/{repo.full_name}/issues/comments/"
                                               f"{issue.number * 1000 + i + 1}"}
                                       for i, c in enumerate(issue.comments)], path, query)
            elif method == "GET":
                return 200, fake.issue_json(repo, issue), {}
            elif method == "PATCH":
                with fake.lock:
                    for key in ("title", "body", "state", "state_reason"):
                        if key in body:
                            setattr(issue, key, body[key])
                    if body.get("state") == "open":
                        issue.state_reason = "reopened"
                    elif body.get("state") == "closed" and "state_reason" not in body:
                        issue.state_reason = "completed"
                    issue.updated_at = _now_iso()
                return 200, fake.issue_json(repo, issue), {}
        raise HttpError(404, "Not Found")

    def _page(self, rows: list, path: str, query: dict[str, str]) -> tuple[int, Any, dict[str, str]]:
        per_page = max(1, min(100, int(query.get("per_page", 30))))
        page = max(1, int(query.get("page", 1)))
        chunk = rows[(page - 1) * per_page: page * per_page]
        headers: dict[str, str] = {}
        last = max(1, math.ceil(len(rows) / per_page))
        links = []
        if page < last:
            links.append(f'<{self.server_fake.url}{path}?{urlencode({**query, "page": page + 1})}>; rel="next"')
            links.append(f'<{self.server_fake.url}{path}?{urlencode({**query, "page": last})}>; rel="last"')
        if links:
            headers["Link"] = ", ".join(links)
        return 200, chunk, headers

    # -- GraphQL -------------------------------------------------------------------------------------------
    def _graphql(self, raw: bytes, entry: dict) -> None:
        fake = self.server_fake
        try:
            request = json.loads(raw or b"{}")
            doc = parse_graphql(str(request.get("query", "")))
        except (ValueError, GraphQLSyntaxError) as exc:
            _, rl = fake._charge("graphql", 0)
            entry["status"] = 200
            self._send(200, {"errors": [{"message": f"Parse error: {exc}"}]}, rl)
            return
        executor = _Executor(fake, doc, request.get("variables") or {})
        data = executor.run()
        cost = max(1, round(executor.connection_requests / 100))
        ok, rl = fake._charge("graphql", cost)
        if not ok:
            entry["status"] = 200
            self._send(200, {"errors": [{"type": "RATE_LIMITED", "message": "API rate limit exceeded"}]},
                       {**rl, "X-RateLimit-Remaining": "0"})
            return
        if executor.rate_limit_nodes:
            for node in executor.rate_limit_nodes:
                node.update({"cost": cost, "remaining": fake.remaining["graphql"]})
        entry["points"] = cost
        entry["status"] = 200
        out: dict[str, Any] = {"data": data}
        if executor.errors:
            out["errors"] = executor.errors
        self._send(200, out, rl)


def _etags(header: str | None) -> set[str]:
    if not header:
        return set()
    return {t.strip() for t in header.split(",") if t.strip()}


def _sort_repos(repos: list[FakeRepo], query: dict[str, str]) -> list[FakeRepo]:
    key = query.get("sort", "full_name")
    if key == "full_name":
        out = sorted(repos, key=lambda r: r.full_name.lower())
        return out[::-1] if query.get("direction") == "desc" else out
    out = sorted(repos, key=lambda r: r.pushed_at) if key == "pushed" else sorted(repos, key=lambda r: r.id)
    return out if query.get("direction") == "asc" else out[::-1]


def _route_name(path: str) -> str:
    path = re.sub(r"^/repos/[^/]+/[^/]+", "/repos/{repo}", path)
    path = re.sub(r"/git/(trees|blobs)/.+", r"/git/\1/{ref}", path)
    path = re.sub(r"/contents/.+", "/contents/{path}", path)
    path = re.sub(r"/issues/\d+", "/issues/{n}", path)
    path = re.sub(r"^/(orgs|users)/[^/]+", r"/\1/{owner}", path)
    return path


# ----------------------------------------------------------------------------------------------------------
# GraphQL: parser


class GraphQLSyntaxError(ValueError):
    pass


_TOKEN = re.compile(r"""
    (?P<ws>[\s,]+|\#[^\n]*)
  | (?P<spread>\.\.\.)
  | (?P<punct>[{}()\[\]:=!$@|&])
  | (?P<string>"(?:[^"\\\n]|\\.)*")
  | (?P<number>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
  | (?P<name>[_A-Za-z][_0-9A-Za-z]*)
""", re.VERBOSE)


@dataclass
class GField:
    alias: str
    name: str
    args: dict[str, Any]
    selections: list | None


@dataclass
class GInline:
    type_condition: str | None
    selections: list


@dataclass
class GSpread:
    name: str


@dataclass
class GVar:
    name: str


@dataclass
class GEnum:
    value: str


@dataclass
class GDocument:
    selections: list
    fragments: dict[str, tuple[str, list]]
    operation: str = "query"


def _tokenize(text: str) -> list[tuple[str, str]]:
    pos, out = 0, []
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise GraphQLSyntaxError(f"unexpected character {text[pos]!r} at {pos}")
        pos = m.end()
        kind = m.lastgroup or ""
        if kind != "ws":
            out.append((kind, m.group()))
    return out


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = _tokenize(text)
        self.i = 0

    def peek(self) -> tuple[str, str]:
        return self.tokens[self.i] if self.i < len(self.tokens) else ("eof", "")

    def take(self, value: str | None = None, kind: str | None = None) -> str:
        k, v = self.peek()
        if (value is not None and v != value) or (kind is not None and k != kind) or k == "eof":
            raise GraphQLSyntaxError(f"expected {value or kind}, got {v or 'end of query'!r}")
        self.i += 1
        return v

    def document(self) -> GDocument:
        selections: list | None = None
        fragments: dict[str, tuple[str, list]] = {}
        operation = "query"
        while self.peek()[0] != "eof":
            _k, v = self.peek()
            if v == "{":
                selections = self.selection_set()
            elif v in ("query", "mutation", "subscription"):
                operation = self.take()
                if self.peek()[0] == "name":
                    self.take()
                if self.peek()[1] == "(":
                    self.variable_definitions()
                selections = self.selection_set()
            elif v == "fragment":
                self.take()
                name = self.take(kind="name")
                self.take("on")
                type_name = self.take(kind="name")
                fragments[name] = (type_name, self.selection_set())
            else:
                raise GraphQLSyntaxError(f"unexpected {v!r}")
        if selections is None:
            raise GraphQLSyntaxError("no operation")
        return GDocument(selections, fragments, operation)

    def variable_definitions(self) -> None:
        depth = 0
        while True:
            v = self.take()
            if v == "(":
                depth += 1
            elif v == ")":
                depth -= 1
                if depth == 0:
                    return

    def selection_set(self) -> list:
        self.take("{")
        out: list = []
        while self.peek()[1] != "}":
            if self.peek()[0] == "spread":
                self.take()
                if self.peek()[1] == "on":
                    self.take()
                    type_name = self.take(kind="name")
                    out.append(GInline(type_name, self.selection_set()))
                elif self.peek()[1] == "{":
                    out.append(GInline(None, self.selection_set()))
                else:
                    out.append(GSpread(self.take(kind="name")))
                continue
            name = self.take(kind="name")
            alias = name
            if self.peek()[1] == ":":
                self.take(":")
                name = self.take(kind="name")
            args: dict[str, Any] = {}
            if self.peek()[1] == "(":
                self.take("(")
                while self.peek()[1] != ")":
                    key = self.take(kind="name")
                    self.take(":")
                    args[key] = self.value()
                self.take(")")
            while self.peek()[1] == "@":  # directives are accepted and ignored
                self.take("@")
                self.take(kind="name")
                if self.peek()[1] == "(":
                    self.variable_definitions()
            sub = self.selection_set() if self.peek()[1] == "{" else None
            out.append(GField(alias, name, args, sub))
        self.take("}")
        return out

    def value(self) -> Any:
        k, v = self.peek()
        if v == "$":
            self.take()
            return GVar(self.take(kind="name"))
        if k == "string":
            self.take()
            return json.loads(v)
        if k == "number":
            self.take()
            return float(v) if any(c in v for c in ".eE") else int(v)
        if v == "[":
            self.take()
            items = []
            while self.peek()[1] != "]":
                items.append(self.value())
            self.take("]")
            return items
        if v == "{":
            self.take()
            obj = {}
            while self.peek()[1] != "}":
                key = self.take(kind="name")
                self.take(":")
                obj[key] = self.value()
            self.take("}")
            return obj
        if k == "name":
            self.take()
            return {"true": True, "false": False, "null": None}.get(v, GEnum(v))
        raise GraphQLSyntaxError(f"unexpected {v!r} in a value")


def parse_graphql(text: str) -> GDocument:
    return _Parser(text).document()


# ----------------------------------------------------------------------------------------------------------
# GraphQL: executor over the fake's state


class _Executor:
    def __init__(self, fake: FakeGitHub, doc: GDocument, variables: dict[str, Any]) -> None:
        self.fake = fake
        self.doc = doc
        self.variables = variables
        self.errors: list[dict] = []
        self.connection_requests = 0
        self.rate_limit_nodes: list[dict] = []

    def run(self) -> dict[str, Any]:
        if self.doc.operation != "query":
            self.errors.append({"message": "mutations are not supported by the fake server"})
            return {}
        return self.select(("Query", None), self.doc.selections, [])

    def arg(self, value: Any) -> Any:
        if isinstance(value, GVar):
            return self.variables.get(value.name)
        if isinstance(value, GEnum):
            return value.value
        if isinstance(value, list):
            return [self.arg(v) for v in value]
        if isinstance(value, dict):
            return {k: self.arg(v) for k, v in value.items()}
        return value

    def select(self, obj: tuple[str, Any], selections: list, path: list) -> dict[str, Any]:
        typename, _ = obj
        out: dict[str, Any] = {}
        for sel in selections:
            if isinstance(sel, GSpread):
                type_cond, subs = self.doc.fragments.get(sel.name, (None, []))
                if type_cond in (None, typename) or _implements(typename, type_cond):
                    out.update(self.select(obj, subs, path))
            elif isinstance(sel, GInline):
                if sel.type_condition in (None, typename) or _implements(typename, sel.type_condition):
                    out.update(self.select(obj, sel.selections, path))
            else:
                args = {k: self.arg(v) for k, v in sel.args.items()}
                value = self.resolve(obj, sel.name, args, [*path, sel.alias])
                out[sel.alias] = self.complete(value, sel, [*path, sel.alias])
        return out

    def complete(self, value: Any, sel: GField, path: list) -> Any:
        if value is None or sel.selections is None:
            return value
        if isinstance(value, list):
            return [self.complete(v, sel, [*path, i]) for i, v in enumerate(value)]
        if isinstance(value, tuple):
            return self.select(value, sel.selections, path)
        if isinstance(value, dict):  # plain object (rateLimit)
            if value.get("__rate_limit__"):
                node = {k: v for k, v in value.items() if k != "__rate_limit__"}
                result = {f.alias: node.get(f.name) for f in sel.selections if isinstance(f, GField)}
                self.rate_limit_nodes.append(result)
                return result
            return {f.alias: value.get(f.name) for f in sel.selections if isinstance(f, GField)}
        return value

    # Each resolver returns a scalar, None, a list, or (typename, payload) for an object.
    def resolve(self, obj: tuple[str, Any], name: str, args: dict[str, Any], path: list) -> Any:
        typename, payload = obj
        fake = self.fake
        if name == "__typename":
            return typename
        if typename == "Query":
            if name == "repository":
                with fake.lock:
                    repo = fake.repos.get(f"{args.get('owner')}/{args.get('name')}".lower())
                if repo is None:
                    self.errors.append({"type": "NOT_FOUND", "path": path, "locations": [],
                                        "message": f"Could not resolve to a Repository with the name "
                                                   f"'{args.get('owner')}/{args.get('name')}'."})
                    return None
                return ("Repository", repo)
            if name in ("repositoryOwner", "organization", "user"):
                login = args.get("login")
                kind = fake.owners.get(login)
                if kind is None or (name == "organization" and kind != "Organization") or \
                        (name == "user" and kind != "User"):
                    self.errors.append({"type": "NOT_FOUND", "path": path,
                                        "message": f"Could not resolve to an owner with the login of '{login}'."})
                    return None
                return (kind, login)
            if name == "viewer":
                return ("User", fake.viewer)
            if name == "rateLimit":
                return {"__rate_limit__": True, "cost": 1, "limit": fake.limits["graphql"],
                        "remaining": fake.remaining["graphql"], "used": 0, "nodeCount": 0,
                        "resetAt": _now_iso(fake.reset_at["graphql"])}
            return None
        if typename in ("Organization", "User"):
            login = payload
            if name == "login":
                return login
            if name == "repositories":
                self.connection_requests += 1
                with fake.lock:
                    repos = sorted((r for r in fake.repos.values() if r.owner == login),
                                   key=lambda r: r.full_name.lower())
                if args.get("isFork") is not None:
                    repos = [r for r in repos if r.fork == args["isFork"]]
                if args.get("privacy"):
                    repos = [r for r in repos if (r.visibility == "public") == (args["privacy"] == "PUBLIC")]
                return self.connection([("Repository", r) for r in repos], args)
            return None
        if typename in ("Connection", "PageInfo", "Edge"):
            return payload.get(name)
        if typename == "Repository":
            repo: FakeRepo = payload
            simple = {
                "id": f"R_{repo.id}", "databaseId": repo.id, "name": repo.name, "nameWithOwner": repo.full_name,
                "isArchived": repo.archived, "isFork": repo.fork, "isPrivate": repo.visibility != "public",
                "visibility": repo.visibility.upper(), "isEmpty": repo.empty, "pushedAt": repo.pushed_at,
                "url": f"{fake.web_url}/{repo.full_name}", "description": repo.description,
            }
            if name in simple:
                return simple[name]
            if name == "owner":
                return (fake.owners.get(repo.owner, "Organization"), repo.owner)
            if name == "defaultBranchRef":
                return None if repo.empty else ("Ref", repo)
            if name == "repositoryTopics":
                self.connection_requests += 1
                return self.connection([("RepositoryTopic", t) for t in repo.topics], args)
            if name == "object":
                return self.object(repo, args)
            return None
        if typename == "RepositoryTopic":
            return ("Topic", payload) if name == "topic" else None
        if typename == "Topic":
            return payload if name == "name" else None
        if typename == "Ref":
            repo = payload
            if name == "name":
                return repo.default_branch
            if name == "target":
                return ("Commit", repo)
            return None
        if typename == "Commit":
            repo = payload
            if name == "oid":
                return repo.commit_oid
            if name == "tree":
                return ("Tree", (repo, ""))
            if name == "pushedDate" or name == "committedDate":
                return repo.pushed_at
            return None
        if typename == "Tree":
            repo, prefix = payload
            if name == "oid":
                return repo.tree()[0] if not prefix else hashlib.sha1(f"{repo.full_name}:{prefix}".encode()).hexdigest()
            if name == "entries":
                return self.tree_entries(repo, prefix)
            return None
        if typename == "TreeEntry":
            repo, path, kind, sha, size = payload
            values = {"name": path.rsplit("/", 1)[-1], "path": path, "type": kind, "oid": sha,
                      "mode": 33188 if kind == "blob" else 16384, "size": size}
            if name == "object":
                return self.blob(repo, sha) if kind == "blob" else ("Tree", (repo, path))
            return values.get(name)
        if typename == "Blob":
            return self.blob_field(payload, name)
        return None

    def connection(self, items: list, args: dict[str, Any]) -> tuple[str, dict]:
        first = int(args.get("first") or 100)
        after = args.get("after")
        start = int(base64.b64decode(after).decode().split(":")[1]) + 1 if after else 0
        chunk = items[start:start + first]
        end = start + len(chunk) - 1
        cursor = base64.b64encode(f"cursor:{end}".encode()).decode() if chunk else None
        page = {"hasNextPage": start + first < len(items), "endCursor": cursor,
                "hasPreviousPage": start > 0, "startCursor": None}
        edges = [("Edge", {"node": item, "cursor": base64.b64encode(f"cursor:{start + i}".encode()).decode()})
                 for i, item in enumerate(chunk)]
        return ("Connection", {"nodes": chunk, "edges": edges, "totalCount": len(items),
                               "pageInfo": ("PageInfo", page)})

    def object(self, repo: FakeRepo, args: dict[str, Any]) -> Any:
        if args.get("oid"):
            sha = str(args["oid"])
            if sha == repo.commit_oid:
                return ("Commit", repo)
            if not repo.empty and sha == repo.tree()[0]:
                return ("Tree", (repo, ""))
            return self.blob(repo, sha)
        expr = str(args.get("expression") or "")
        ref, _, rel = expr.partition(":")
        if repo.empty or ref not in ("HEAD", repo.default_branch, repo.commit_oid):
            return None
        if not rel:
            return ("Commit", repo) if ":" not in expr else ("Tree", (repo, ""))
        if rel in repo.files:
            return self.blob(repo, git_blob_sha(repo.files[rel]))
        if any(p.startswith(rel.rstrip("/") + "/") for p in repo.files):
            return ("Tree", (repo, rel.rstrip("/")))
        return None

    def blob(self, repo: FakeRepo, sha: str) -> Any:
        data = repo.blob(sha)
        return None if data is None else ("Blob", (sha, data))

    def blob_field(self, payload: tuple[str, bytes], name: str) -> Any:
        sha, data = payload
        binary = b"\0" in data[:8000]
        if name == "oid":
            return sha
        if name == "byteSize":
            return len(data)
        if name == "isBinary":
            return binary
        if name == "isTruncated":
            return self.fake.blob_text_limit is not None and len(data) > self.fake.blob_text_limit
        if name == "text":
            if binary:
                return None
            cut = data if self.fake.blob_text_limit is None else data[:self.fake.blob_text_limit]
            return cut.decode("utf-8", "replace")  # GitHub shows some text for other encodings
        return None

    def tree_entries(self, repo: FakeRepo, prefix: str) -> list:
        _, entries = repo.tree()
        depth = prefix.count("/") + 1 if prefix else 0
        out = []
        for e in entries:
            p = e["path"]
            if prefix and not p.startswith(prefix + "/"):
                continue
            if p.count("/") != depth:
                continue
            out.append(("TreeEntry", (repo, p, e["type"], e["sha"], e.get("size", 0))))
        return out


def _implements(typename: str, condition: str) -> bool:
    interfaces = {"Organization": {"RepositoryOwner"}, "User": {"RepositoryOwner"},
                  "Blob": {"GitObject"}, "Commit": {"GitObject"}, "Tree": {"GitObject"}}
    return condition in interfaces.get(typename, set())


def main() -> None:  # pragma: no cover - manual use
    import argparse

    parser = argparse.ArgumentParser(description="Serve a small fake GitHub API on 127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0)
    args = parser.parse_args()
    fake = FakeGitHub(latency=args.latency)
    fake.add_repo("acme", "model", {"README.md": "# Model\n\nA fully open-source model.\n", "LICENSE": "MIT\n"})
    fake.start(args.port)
    print(fake.url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        fake.stop()


if __name__ == "__main__":  # pragma: no cover
    main()
