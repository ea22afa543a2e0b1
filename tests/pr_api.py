"""A small fake of the GitHub REST endpoints the sticky pull-request comment uses, on pytest-httpserver.

State lives in memory: comments per (repo, issue number).  Every request is recorded with its method,
path, query, headers and JSON body, so tests can assert what was sent (a PATCH, not a second POST) and
where the token went.  ``prefix`` simulates a GitHub Enterprise API root such as ``/api/v3``.
``read_only`` answers writes with 403 like a fork pull request's token.  Comment listings are paginated
with ``Link`` headers like the real API.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug.wrappers import Request, Response


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: Any


@dataclass
class FakePullRequestAPI:
    server: HTTPServer
    prefix: str = ""
    read_only: bool = False
    bot_login: str = "github-actions[bot]"
    requests: list[Recorded] = field(default_factory=list)
    comments: dict[tuple[str, int], list[dict[str, Any]]] = field(default_factory=dict)
    next_id: int = 100
    fail_status: int | None = None  # answer every request with this status (e.g. 500)

    def __post_init__(self) -> None:
        self.server.expect_request(re.compile(r".*")).respond_with_handler(self.handle)

    @property
    def base_url(self) -> str:
        return self.server.url_for(self.prefix or "/").rstrip("/")

    def add_comment(self, repo: str, number: int, body: str, login: str = "someone", type_: str = "User") -> dict:
        self.next_id += 1
        cid = self.next_id
        comment = {"id": cid, "url": f"{self.base_url}/repos/{repo}/issues/comments/{cid}", "body": body,
                   "user": {"login": login, "type": type_, "id": 1},
                   "html_url": f"https://github.com/{repo}/pull/{number}#issuecomment-{cid}",
                   "issue_url": f"{self.base_url}/repos/{repo}/issues/{number}"}
        self.comments.setdefault((repo, number), []).append(comment)
        return comment

    def all_comments(self, repo: str, number: int) -> list[dict[str, Any]]:
        return self.comments.get((repo, number), [])

    def writes(self) -> list[Recorded]:
        return [r for r in self.requests if r.method in ("POST", "PATCH", "PUT", "DELETE")]

    def handle(self, request: Request) -> Response:
        body: Any = None
        if request.data:
            try:
                body = json.loads(request.data)
            except ValueError:
                body = request.data.decode("utf-8", "replace")
        self.requests.append(Recorded(request.method, request.path, dict(request.args),
                                      {k.lower(): v for k, v in request.headers.items()}, body))
        if self.fail_status:
            return self._json({"message": "Server Error"}, self.fail_status)
        path = request.path
        if self.prefix:
            if not path.startswith(self.prefix + "/"):
                return self._json({"message": "Not Found"}, 404)
            path = path[len(self.prefix):]
        m = re.fullmatch(r"/repos/([^/]+/[^/]+)/issues/(\d+)/comments", path)
        if m:
            repo, number = m.group(1), int(m.group(2))
            if request.method == "GET":
                return self._list(request, self.all_comments(repo, number))
            if request.method == "POST":
                if self.read_only:
                    return self._json({"message": "Resource not accessible by integration"}, 403)
                comment = self.add_comment(repo, number, body["body"], self.bot_login, "Bot")
                return self._json(comment, 201)
        m = re.fullmatch(r"/repos/([^/]+/[^/]+)/issues/comments/(\d+)", path)
        if m and request.method == "PATCH":
            if self.read_only:
                return self._json({"message": "Resource not accessible by integration"}, 403)
            for comments in self.comments.values():
                for comment in comments:
                    if comment["id"] == int(m.group(2)):
                        if comment["user"]["login"] != self.bot_login:
                            return self._json({"message": "Resource not accessible by integration"}, 403)
                        comment["body"] = body["body"]
                        return self._json(comment)
            return self._json({"message": "Not Found"}, 404)
        m = re.fullmatch(r"/repos/([^/]+/[^/]+)(?:/issues/(\d+)|/pulls/(\d+))?", path)
        if m and request.method == "GET":
            return self._json({"full_name": m.group(1), "url": f"{self.base_url}/repos/{m.group(1)}"})
        return self._json({"message": "Not Found"}, 404)

    def _list(self, request: Request, items: list[dict[str, Any]]) -> Response:
        per_page = int(request.args.get("per_page", 30))
        page = int(request.args.get("page", 1))
        chunk = items[(page - 1) * per_page: page * per_page]
        response = self._json(chunk)
        if page * per_page < len(items):
            url = f"{self.server.url_for(request.path)}?per_page={per_page}&page={page + 1}"
            response.headers["Link"] = f'<{url}>; rel="next"'
        return response

    @staticmethod
    def _json(data: Any, status: int = 200) -> Response:
        return Response(json.dumps(data), status=status, content_type="application/json")
