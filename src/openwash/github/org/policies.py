"""Which policy each repository of a sweep is checked under: its own (``.openwash.yml``, ``.openwash.yaml``,
or ``pyproject.toml`` with ``[tool.openwash]``), merged over the owner's central policy (default
``github:OWNER/.github/openwash.yml``, whose locks bind it), else ``builtin:default``."""

from __future__ import annotations

import json
import os
import re
from typing import Any
from urllib.parse import quote

from openwash.discovery import MAX_FILE_BYTES
from openwash.errors import ConfigError, FetchError
from openwash.github.api import Api, ApiError
from openwash.github.cache import digest
from openwash.github.fetch import SYMLINK
from openwash.policy import Policy, central_policy_source, resolve_source
from openwash.policy.sources import parse

OWN_POLICY_FILES = (".openwash.yml", ".openwash.yaml")
_TOOL_OPENWASH = re.compile(r"^\s*\[\[?\s*tool\s*\.\s*openwash\b", re.M)


def own_policy_file(blobs: dict[str, tuple[str, int]]) -> str:
    """Which file of a tree (path -> (sha, size)) may hold the repository's own policy; "" for none.
    ``pyproject.toml`` is a policy only if it has ``[tool.openwash]`` (:func:`declares_openwash`): it is read
    first to know."""
    own = next((p for p in OWN_POLICY_FILES if p in blobs and blobs[p][1] != SYMLINK), "")
    if not own and "pyproject.toml" in blobs and 0 < blobs["pyproject.toml"][1] <= MAX_FILE_BYTES:
        own = "pyproject.toml"
    return own


def declares_openwash(pyproject: str) -> bool:
    """Whether a pyproject.toml's text has a ``[tool.openwash]`` table (then it is the repository's policy)."""
    return bool(_TOOL_OPENWASH.search(pyproject))


def policy_digest(policy: Policy) -> str:
    return digest(json.dumps({"data": policy.data, "sources": policy.sources}, sort_keys=True, default=str))


def github_spec(source: str) -> tuple[str, str, str, str | None]:
    """(owner, repo, path, ref) of a ``github:`` source, validated like every policy source (no empty, '.' or
    '..' segments: ``github:acme/../victim/x.yml`` is an error, not a request for another repository)."""
    ref = parse(source)
    return ref.owner, ref.repo, ref.file, ref.ref or None


class Policies:
    """The owner's central policy and the repositories' own policies, resolved with :mod:`openwash.policy`.

    Policy files are read with the sweep's client (the sweep's API host, its cache and its rate-limit
    handling) and handed to :func:`openwash.policy.resolve_source` as text; sources they extend are fetched
    by the policy package once per sweep (a shared session)."""

    def __init__(self, api: Api, owner: str, template: str | None, *, has_dot_github: bool = True,
                 dot_github_pushed_at: str = "") -> None:
        self.api = api
        self.owner = owner
        self.template = template
        self.has_dot_github = has_dot_github
        # When the owner's .github repository was last pushed to (from the listing): a policy file found
        # absent there stays absent until it changes, so the 404 is remembered (a 404 is never a free 304).
        self.dot_github_pushed_at = dot_github_pushed_at
        self.session: dict[str, Any] = {}
        self._own: dict[str, Policy | ConfigError | FetchError] = {}
        self.notices: list[str] = []
        self.central_source: str | None = None  # merged under every repository policy (its locks bind them)
        self.central = self._load_central()

    def _load_central(self) -> Policy:
        explicit = bool(self.template or os.environ.get("OPENWASH_ORG_POLICY"))
        source = central_policy_source(self.owner, self.template)
        if not source.startswith("github:") or source.count("/") < 2:
            policy = resolve_source(source, session=self.session)
            self.central_source = source
            return policy
        owner, repo, _path, _ref = github_spec(source)
        if not explicit and owner.lower() == self.owner.lower() and repo == ".github" and not self.has_dot_github:
            return resolve_source("builtin:default", session=self.session)  # no .github repository: no request
        text = self._github_text(source)
        if text is None:
            if explicit:
                raise ConfigError(f"organization policy {source} not found")
            return resolve_source("builtin:default", session=self.session)
        self.central_source = source
        return resolve_source(source, text=text, session=self.session)

    def _github_text(self, source: str) -> str | None:
        """Text of ``github:OWNER/REPO/PATH[@REF]`` fetched with the sweep's (caching) client; None if absent."""
        import base64

        owner, repo, path, ref = github_spec(source)
        absent_key = ""
        if self.dot_github_pushed_at and repo.lower() == ".github" and owner.lower() == self.owner.lower():
            absent_key = digest(self.api.identity, owner.lower(), path, ref or "", self.dot_github_pushed_at)
            if self.api.cache.get("policy-absent", absent_key) is not None:
                return None
        try:
            got = self.api.get(f"/repos/{owner}/{repo}/contents/{quote(path)}", {"ref": ref} if ref else None,
                               kind="policy")
        except ApiError as exc:
            if exc.status == 404:
                if absent_key:
                    self.api.cache.put("policy-absent", absent_key, {"pushed_at": self.dot_github_pushed_at})
                return None
            raise
        value = got.value if isinstance(got.value, dict) else {}
        try:
            return base64.b64decode(value.get("content") or "").decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            raise ConfigError(f"policy {source} is not UTF-8 text") from None

    def own_source(self, full_name: str, filename: str, ref: str) -> str:
        """The source a repository's own policy file is resolved as: where its relative ``extends:`` point and
        which origin the sandbox holds it to.  pyproject.toml too is resolved as the github: source it is
        (never as a local file), so that what it extends is sandboxed like any fetched policy."""
        return f"github:{full_name}/{filename}@{ref}"

    def own(self, text: str, filename: str, full_name: str, ref: str) -> Policy:
        """The policy of a repository whose policy file (``filename`` at ``ref``) reads ``text``."""
        key = digest(full_name, filename, ref, text)
        cached = self._own.get(key)
        if cached is None:
            try:
                cached = resolve_source(self.own_source(full_name, filename, ref), text=text, session=self.session,
                                        under=self.central_source)
            except (ConfigError, FetchError) as exc:
                cached = exc
            self._own[key] = cached
        if isinstance(cached, (ConfigError, FetchError)):
            raise cached
        return cached
