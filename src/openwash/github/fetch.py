"""What the organization sweep reads from GitHub, and how it keeps the request count down.

* The repository list: REST ``/orgs/OWNER/repos`` (or ``/users/OWNER/repos``), 100 per page, each page a
  conditional request.  Each item carries ``pushed_at`` and ``default_branch``; a repository whose values
  are unchanged since the last sweep is not asked about again at all.
* The file tree of the default branch: REST ``/repos/R/git/trees/BRANCH?recursive=1``, conditional, stored
  compactly (path, blob sha, size).
* The documents: GraphQL, many repositories and many blobs per query (``object(oid: SHA)`` on each
  repository, aliased), plus the default branch's commit for the links in reports.  Blobs are stored by
  their sha, so a file that did not change (or a LICENSE text shared by many repositories) is fetched once.
  A blob whose GraphQL ``text`` is not its exact bytes (another encoding, truncated) is fetched raw over
  REST so that the same checks as for local files apply (:func:`openwash.discovery.decode_document`).
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any
from urllib.parse import quote

from openwash.discovery import MAX_FILE_BYTES, decode_document
from openwash.documents import Notice
from openwash.github.api import Api, ApiError
from openwash.github.cache import digest
from openwash.records import asdict, field, fields, record

PER_PAGE = 100
BATCH_MAX_OBJECTS = 100
BATCH_MAX_BYTES = 1_500_000
BATCH_MAX_REPOS = 50


@record
class RepoInfo:
    """A repository as listed: what the filters and the change detection need."""

    id: int
    full_name: str
    name: str
    owner: str
    html_url: str
    default_branch: str
    pushed_at: str
    archived: bool = False
    fork: bool = False
    visibility: str = "public"
    topics: list[str] = field(default_factory=list)
    size: int = 0
    description: str = ""
    open_issues: int = -1  # open issues and pull requests (-1: unknown)
    properties: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_rest(cls, d: dict[str, Any]) -> RepoInfo:
        full = str(d.get("full_name") or "")
        owner = full.split("/", 1)[0] if "/" in full else str((d.get("owner") or {}).get("login", ""))
        visibility = d.get("visibility") or ("private" if d.get("private") else "public")
        return cls(id=int(d.get("id") or 0), full_name=full, name=str(d.get("name") or full.rsplit("/", 1)[-1]),
                   owner=owner, html_url=str(d.get("html_url") or ""),
                   default_branch=str(d.get("default_branch") or ""), pushed_at=str(d.get("pushed_at") or ""),
                   archived=bool(d.get("archived")), fork=bool(d.get("fork")), visibility=str(visibility),
                   topics=[str(t) for t in d.get("topics") or []], size=int(d.get("size") or 0),
                   description=str(d.get("description") or "")[:300],
                   open_issues=int(d["open_issues_count"]) if isinstance(d.get("open_issues_count"), int) else -1)

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> RepoInfo:
        """From :meth:`as_json` output (cached by an older or newer version: unknown keys are ignored)."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in row.items() if k in known})

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _compact_repos(data: Any) -> list[dict[str, Any]]:
    return [RepoInfo.from_rest(d).as_json() for d in data or [] if isinstance(d, dict)]


def list_repositories(api: Api, owner: str) -> tuple[str, list[RepoInfo]]:
    """Every repository of ``owner`` (an organization or a user): ``(kind, repositories)``."""
    params = {"per_page": PER_PAGE, "type": "all", "sort": "full_name", "direction": "asc"}
    kind = "organization"
    try:
        rows = [r for got in api.pages(f"/orgs/{quote(owner)}/repos", params, kind="list",
                                                         transform=_compact_repos) for r in got.value]
    except ApiError as exc:
        if exc.status != 404:
            raise
        kind = "user"
        url = f"/users/{quote(owner)}/repos"
        user_params: dict[str, Any] = {"per_page": PER_PAGE, "type": "owner", "sort": "full_name", "direction": "asc"}
        if api.token:
            me = viewer_login(api)
            if me and me.lower() == owner.lower():
                url = "/user/repos"
                user_params = {"per_page": PER_PAGE, "affiliation": "owner", "visibility": "all",
                               "sort": "full_name", "direction": "asc"}
        try:
            rows = [r for got in api.pages(url, user_params, kind="list", transform=_compact_repos)
                    for r in got.value]
        except ApiError as exc2:
            if exc2.status == 404:
                raise ApiError(404, f"no organization or user named {owner!r}", f"/orgs/{owner}") from None
            raise
    seen: set[str] = set()
    repos = []
    for row in rows:
        try:
            info = RepoInfo.from_json(row)
        except TypeError:
            continue
        if info.full_name.lower() not in seen:
            seen.add(info.full_name.lower())
            repos.append(info)
    return kind, repos


def viewer_login(api: Api) -> str | None:
    """The login of the token's user, or None (no token, or a GitHub App token)."""
    try:
        got = api.get("/user", kind="user")
    except ApiError:
        return None
    return str(got.value.get("login")) if isinstance(got.value, dict) and got.value.get("login") else None


def custom_properties(api: Api, owner: str) -> dict[str, dict[str, Any]]:
    """Custom property values of every repository of an organization: full name -> {name: value}."""
    out: dict[str, dict[str, Any]] = {}
    for got in api.pages(f"/orgs/{quote(owner)}/properties/values", {"per_page": PER_PAGE}, kind="list"):
        for row in got.value or []:
            if not isinstance(row, dict):
                continue
            props = {str(p.get("property_name")): p.get("value") for p in row.get("properties") or []
                     if isinstance(p, dict)}
            out[str(row.get("repository_full_name", "")).lower()] = props
    return out


# -- trees --------------------------------------------------------------------------------------------------
SYMLINK = -1


@record
class Tree:
    sha: str
    blobs: dict[str, tuple[str, int]]  # path -> (blob sha, size; SYMLINK for a symbolic link)
    truncated: bool = False

    @property
    def paths(self) -> list[str]:
        return sorted(self.blobs)


def _compact_tree(data: Any) -> dict[str, Any]:
    rows = []
    for e in (data or {}).get("tree") or []:
        if not isinstance(e, dict) or e.get("type") != "blob":
            continue
        size = SYMLINK if str(e.get("mode")) == "120000" else int(e.get("size") or 0)
        rows.append([str(e.get("path")), str(e.get("sha")), size])
    return {"sha": str((data or {}).get("sha") or ""), "truncated": bool((data or {}).get("truncated")),
            "blobs": rows}


def tree_from_value(value: dict[str, Any]) -> Tree:
    return Tree(sha=value["sha"], blobs={p: (s, n) for p, s, n in value["blobs"]}, truncated=value["truncated"])


def tree_url(info: RepoInfo) -> tuple[str, dict[str, str]]:
    return f"/repos/{info.full_name}/git/trees/{quote(info.default_branch, safe='/')}", {"recursive": "1"}


def fetch_tree(api: Api, info: RepoInfo) -> tuple[Tree, bool]:
    """The tree of the default branch and whether it was unchanged (304).  Raises ApiError: 409 empty
    repository, 404 gone."""
    url, params = tree_url(info)
    got = api.get(url, params, kind="tree", transform=_compact_tree)
    return tree_from_value(got.value), got.not_modified


def cached_tree(api: Api, info: RepoInfo) -> Tree | None:
    """The tree stored by the last sweep for this repository's default branch, without asking GitHub."""
    url, params = tree_url(info)
    entry = api.cache.get("tree", digest(api.identity, url, json.dumps(params, sort_keys=True)))
    if isinstance(entry, dict) and isinstance(entry.get("value"), dict):
        try:
            return tree_from_value(entry["value"])
        except (KeyError, TypeError, ValueError):
            return None
    return None


# -- blobs --------------------------------------------------------------------------------------------------
def blob_from_bytes(data: bytes, rel: str, max_bytes: int = MAX_FILE_BYTES) -> dict[str, str]:
    """What a run keeps of a blob: ``{"text": ...}`` or ``{"notice": ...}`` (the local reader's checks)."""
    notices: list[Notice] = []
    text = decode_document(data, rel, notices, max_bytes)
    if text is None:
        return {"notice": notices[0].message if notices else "skipped"}
    return {"text": text}


def blob_from_graphql(node: dict[str, Any] | None) -> dict[str, str] | None:
    """A blob from a GraphQL answer, or None when the raw bytes are needed to judge it."""
    if not isinstance(node, dict):
        return None
    if node.get("isBinary"):
        return {"notice": "skipped: binary file"}
    text = node.get("text")
    if not isinstance(text, str) or node.get("isTruncated"):
        return None
    if len(text.encode("utf-8", "surrogatepass")) != node.get("byteSize"):
        return None  # not the file's bytes: another encoding converted for display, or replaced characters
    if "\0" in text[:8192]:
        return {"notice": "skipped: binary file"}
    return {"text": text[1:] if text.startswith("\ufeff") else text}


def fetch_raw_blob(api: Api, full_name: str, sha: str, rel: str) -> dict[str, str]:
    """A blob's exact bytes over REST, judged like a local file."""
    got = api.get(f"/repos/{full_name}/git/blobs/{sha}", kind="rawblob", cache=False)
    value = got.value if isinstance(got.value, dict) else {}
    try:
        data = base64.b64decode(value.get("content") or "") if value.get("encoding") == "base64" \
            else str(value.get("content") or "").encode("utf-8")
    except (binascii.Error, ValueError):
        return {"notice": "skipped: the API returned an undecodable blob"}
    return blob_from_bytes(data, rel)


@record
class BatchResult:
    blobs: dict[str, dict[str, str] | None]  # sha -> blob (None: needs the raw bytes)
    commits: dict[str, str]  # full name -> default-branch commit oid
    missing: dict[str, str]  # full name -> error message (repository not found ...)


def blob_query(batch: dict[str, list[str]], want_commit: set[str]) -> tuple[str, list[str]]:
    """The GraphQL query for ``{full name: [blob sha, ...]}``; returns the query and the alias order."""
    parts = []
    order = []
    for i, (full, shas) in enumerate(batch.items()):
        owner, name = full.split("/", 1)
        inner = []
        if full in want_commit:
            inner.append("defaultBranchRef { name target { oid } }")
        for j, sha in enumerate(shas):
            inner.append(f'b{j}: object(oid: "{sha}") {{ ... on Blob {{ byteSize isBinary isTruncated text }} }}')
        if not inner:
            inner.append("id")
        parts.append(f"r{i}: repository(owner: {json.dumps(owner)}, name: {json.dumps(name)}) {{ {' '.join(inner)} }}")
        order.append(full)
    return "query { rateLimit { cost remaining resetAt } " + " ".join(parts) + " }", order


def fetch_blobs(api: Api, batch: dict[str, list[str]], want_commit: set[str]) -> BatchResult:
    query, order = blob_query(batch, want_commit)
    data, errors = api.graphql(query)
    result = BatchResult(blobs={}, commits={}, missing={})
    by_alias = {f"r{i}": full for i, full in enumerate(order)}
    for err in errors:
        path = err.get("path") or []
        if len(path) == 1 and path[0] in by_alias:
            result.missing[by_alias[path[0]]] = str(err.get("message") or err.get("type") or "error")
    for i, full in enumerate(order):
        node = data.get(f"r{i}")
        if not isinstance(node, dict):
            result.missing.setdefault(full, "repository not found (removed or renamed during the sweep?)")
            for sha in batch[full]:
                result.blobs[sha] = None
            continue
        ref = node.get("defaultBranchRef")
        if isinstance(ref, dict) and isinstance(ref.get("target"), dict) and ref["target"].get("oid"):
            result.commits[full] = str(ref["target"]["oid"])
        for j, sha in enumerate(batch[full]):
            result.blobs[sha] = blob_from_graphql(node.get(f"b{j}"))
    return result
