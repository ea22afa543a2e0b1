"""Find, read, validate and merge policy files into a :class:`Policy`.

Which policy applies to a repository (first match wins):

1. an explicit source (``--policy SRC``);
2. the repository's own ``.openwash.yml``, ``.openwash.yaml`` or ``[tool.openwash]`` in pyproject.toml;
3. the organization's central policy, when asked for: ``--org OWNER`` (or ``OPENWASH_ORG``), or inside a
   GitHub Actions run (``GITHUB_ACTIONS=true``, owner from ``GITHUB_REPOSITORY``) but never inside a
   pre-commit hook (``PRE_COMMIT=1``) or offline.  The source is ``github:OWNER/.github/openwash.yml``
   unless ``--org-policy``/``OPENWASH_ORG_POLICY`` says otherwise (``{owner}`` is replaced).  When it does
   not exist: ``builtin:default`` with a notice;
4. ``builtin:default``.

A policy file without ``extends:`` starts from ``builtin:default``; ``extends: []`` starts from nothing.
Chains deeper than 10 and cycles are errors naming the chain.  See :mod:`openwash.policy.merge` for the
merge rules and locks, :mod:`openwash.policy.sources` for sources and :mod:`openwash.policy.validate` for
validation (cached by content hash so the pre-commit path never imports jsonschema twice for one file).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from openwash import yamlsafe
from openwash.errors import ConfigError
from openwash.policy.cache import Cache
from openwash.policy.locate import (  # noqa: F401  (REPO_POLICY_FILES, DEFAULT_ORG_POLICY: the names load had)
    DEFAULT_ORG_POLICY,
    REPO_POLICY_FILES,
    central_policy_source,
    find_repo_policy,
    offline_default,
    org_owner,
)
from openwash.policy.merge import Layer, check_locks, check_waiver_lifetimes, make_lock, resolve_layers, today
from openwash.policy.model import Lock, Policy
from openwash.policy.preset import PRESET, default_policy, resolve_builtin
from openwash.policy.sources import (
    Fetcher,
    SourceNotFound,
    SourceRef,
    builtin_dir,
    builtin_names,
    builtin_suggestion,
    parse,
    sandbox_problem,
)
from openwash.policy.validate import (
    PolicyInvalid,
    Problem,
    normalize,
    schema_problems,
    semantic_problems,
    validation_key,
)

MAX_DEPTH = 10

__all__ = ["MAX_DEPTH", "builtin_dir", "builtin_names", "central_policy_source", "find_repo_policy",
           "org_owner", "resolve", "resolve_source", "validate_source"]


# ------------------------------------------------------------------------------------------- parsing

def _toml_lines(text: str, table: str = "tool.openwash") -> dict[str, int]:
    """Approximate key -> line map for a TOML table (tomllib keeps no positions)."""
    lines: dict[str, int] = {}
    prefix: str | None = None
    counters: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        header = re.match(r"^(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$", line)
        if header:
            name = ".".join(part.strip().strip('"').strip("'") for part in header.group(2).split("."))
            if name == table or name.startswith(table + "."):
                rel = name[len(table) + 1:] if name != table else ""
                if header.group(1) == "[[":
                    index = counters.get(rel, 0)
                    counters[rel] = index + 1
                    rel = f"{rel}[{index}]"
                prefix = rel
                if rel:
                    lines.setdefault(rel, number)
                    lines.setdefault(rel.split("[")[0], number)
            else:
                prefix = None
            continue
        if prefix is None:
            continue
        m = re.match(r'^((?:"[^"]*"|\'[^\']*\'|[A-Za-z0-9_+\-]+)(?:\s*\.\s*(?:"[^"]*"|\'[^\']*\'|[A-Za-z0-9_+\-]+))*)'
                     r"\s*=", line)
        if m:
            key = ".".join(p.strip().strip('"').strip("'") for p in m.group(1).split("."))
            lines.setdefault(f"{prefix}.{key}" if prefix else key, number)
    return lines


def _url_file_name(url: str) -> str:
    """The last path segment of a URL (a model's pyproject.toml on the Hub is read by its URL)."""
    from urllib.parse import unquote, urlsplit

    return unquote(urlsplit(url).path).rsplit("/", 1)[-1]


def _parse_text(fetched_text: str, ref: SourceRef, name: str) -> tuple[dict[str, Any], dict[str, int], str]:
    """(data, lines, validation text) of a policy source."""
    if (ref.kind == "file" and ref.path is not None and ref.path.name == "pyproject.toml") or (
            ref.kind == "github" and ref.file.rsplit("/", 1)[-1] == "pyproject.toml") or (
            ref.kind == "https" and _url_file_name(ref.url) == "pyproject.toml"):
        try:
            import tomllib  # type: ignore[import-not-found]
        except ModuleNotFoundError:  # Python 3.10
            import tomli as tomllib  # type: ignore[no-redef]
        try:
            doc = tomllib.loads(fetched_text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"invalid TOML: {exc}", source=name) from None
        data = doc.get("tool", {}).get("openwash")
        if data is None:
            raise ConfigError("no [tool.openwash] table", source=name)
        return data, _toml_lines(fetched_text), json.dumps(data, sort_keys=True, default=str)
    try:
        loaded = yamlsafe.load(fetched_text)
    except yamlsafe.YamlError as exc:
        raise ConfigError(str(exc), source=name, line=exc.line or None) from None
    if loaded.data is None:
        return {}, {}, fetched_text
    if not isinstance(loaded.data, dict):
        raise ConfigError("a policy must be a mapping of settings (key: value)", source=name, line=1)
    return loaded.data, loaded.lines, fetched_text


# ------------------------------------------------------------------------------------------- resolver

class Resolver:
    """Resolves one policy (with its whole extends graph); holds the fetcher and the cache."""

    def __init__(self, *, offline: bool = False, cache: Cache | None = None, cwd: Path | None = None,
                 force_validate: bool = False, session: dict[str, Any] | None = None) -> None:
        self.cache = cache if cache is not None else Cache()
        self.notices: list[str] = []
        self.fetcher = Fetcher(offline=offline, cache=self.cache, notices=self.notices, session=session)
        self.cwd = cwd or Path.cwd()
        self.force_validate = force_validate
        self._linear: dict[str, list[Layer]] = {}
        self._own: dict[str, Layer] = {}
        # What a policy file without ``extends:`` starts from: builtin:default, or the central policy when
        # one applies (it is then merged under every repository policy; see :meth:`policy_for`).
        self.implicit_parent: SourceRef | None = None

    # one file ----------------------------------------------------------------------------------------

    def load_file(self, ref: SourceRef) -> tuple[dict[str, Any], dict[str, int], str]:
        fetched = self.fetcher.fetch(ref)
        name = ref.display
        data, lines, vtext = _parse_text(fetched.text, ref, name)
        data = normalize(data)
        problems: list[Problem] = list(semantic_problems(data, lines))
        if not fetched.trusted or self.force_validate:
            key = validation_key(vtext)
            if self.force_validate or not self.cache.has_marker(key):
                found = schema_problems(data, lines)
                if not found:
                    self.cache.set_marker(key)
                seen = {(p.line, p.message) for p in problems}
                problems.extend(p for p in found if (p.line, p.message) not in seen)
        if problems:
            raise PolicyInvalid(name, problems)
        return data, lines, name

    # the graph ---------------------------------------------------------------------------------------

    def linearize(self, ref: SourceRef, chain: tuple[str, ...] = (), names: tuple[str, ...] = ()) -> list[Layer]:
        if ref.id in chain:
            raise ConfigError("policy extends itself: " + " -> ".join([*names, ref.display]))
        if ref.kind != "builtin" and len(chain) > MAX_DEPTH:
            raise ConfigError(f"policy extends chain deeper than {MAX_DEPTH}: " + " -> ".join([*names, ref.display]))
        if ref.id in self._linear:
            return self._linear[ref.id]
        if chain and ref.remote:
            # A policy fetched through extends: its text is never echoed (keys and values of a file the token
            # could read elsewhere must not reach a report), only that it is not a valid policy.
            try:
                data, lines, name = self.load_file(ref)
            except ConfigError as exc:
                if "sha256 mismatch" not in str(exc) and "not UTF-8" not in str(exc):
                    raise ConfigError(f"{ref.display} (reached through extends: from {names[-1]}) is not a valid "
                                      "policy; its contents are not shown because it was fetched") from None
                raise
        else:
            data, lines, name = self.load_file(ref)
        data = dict(data)
        if "extends" in data:
            raw_parents = data.pop("extends")
        elif ref.id == "builtin:default":
            raw_parents = []
        elif self.implicit_parent is not None and ref.kind != "builtin":
            raw_parents = [self.implicit_parent]
        else:
            raw_parents = ["builtin:default"]
        if isinstance(raw_parents, (str, dict)):
            raw_parents = [raw_parents]
        locks_raw = data.pop("locked", [])
        if locks_raw == "*":
            locks_raw = ["*"]
        locks = [(str(p), lines.get(f"locked[{i}]", lines.get("locked", 0))) for i, p in enumerate(locks_raw or [])]
        for rule_id, entry in (data.get("rules") or {}).items():
            if isinstance(entry, dict) and entry.get("locked") is True:
                locks.append((f"rules.{rule_id}", lines.get(f"rules.{rule_id}.locked", lines.get(f"rules.{rule_id}", 0))))
        layers: list[Layer] = []
        seen: set[str] = set()
        for i, raw in enumerate(raw_parents):
            line = lines.get(f"extends[{i}]", lines.get("extends", 0))
            if isinstance(raw, SourceRef):  # the central policy, put under a policy without extends:
                parent = raw
            else:
                try:
                    parent = parse(raw, ref, self.cwd)
                except ConfigError as exc:
                    raise ConfigError(f"extends: {exc}", source=name, line=line or None) from None
                if ref.remote and parent.kind == "file":
                    raise ConfigError(f"a remote policy cannot extend the local file {raw!r}", source=name,
                                      line=line or None)
                refused = sandbox_problem(ref, parent)
                if refused:
                    raise ConfigError(f"extends[{i}]: {refused}", source=name, line=line or None)
                if parent.kind == "file" and parent.path is not None and not parent.path.exists():
                    raise ConfigError(f"extends: policy file not found: {parent.display}"
                                      f"{builtin_suggestion(parent)}", source=name, line=line or None)
            for layer in self.linearize(parent, (*chain, ref.id), (*names, name)):
                if layer.id not in seen:
                    seen.add(layer.id)
                    layers.append(layer)
        own = Layer(ref.id, name, data, lines, locks)
        layers.append(own)
        self._linear[ref.id] = layers
        self._own[ref.id] = own
        return layers

    def policy_for(self, ref: SourceRef, under: SourceRef | None = None) -> Policy:
        """The policy of ``ref``; with ``under`` (the organization's central policy), ``under`` is merged
        first: a file without ``extends:`` starts from it instead of builtin:default, and one that extends
        something else still has it underneath, so its locks bind in every case."""
        if under is not None and under.id != ref.id:
            self.implicit_parent = None
            layers = list(self.linearize(under))
            self.implicit_parent = under
            seen = {layer.id for layer in layers}
            for layer in self.linearize(ref):
                if layer.id not in seen:
                    seen.add(layer.id)
                    layers.append(layer)
        else:
            layers = self.linearize(ref)
        data, origins = resolve_layers(layers)
        locks: list[Lock] = []
        for layer in layers:
            if not layer.locks:
                continue
            own_chain = self._linear[layer.id]  # the locking policy's own view is the floor it sets
            b_data, b_origins = resolve_layers(own_chain)
            baseline = Policy(data=b_data, sources=[x.name for x in own_chain], origins=b_origins)
            for path, line in layer.locks:
                locks.append(make_lock(path, layer, line, baseline))
        policy = Policy(data=data, sources=[layer.name for layer in layers], origins=origins, locks=locks,
                        notices=self.notices)
        check_locks(policy)
        check_waiver_lifetimes(policy, today())
        self.notices.extend(n for n in self.cache.notices if n not in self.notices)
        return policy


def resolve_source(src: str | dict[str, Any], *, offline: bool | None = None, cache: Cache | None = None,
                   cwd: Path | None = None, text: str | None = None, force_validate: bool = False,
                   session: dict[str, Any] | None = None, under: str | None = None) -> Policy:
    """Resolve one policy source.

    ``text`` supplies the source's content when the caller already has it (a repository's policy read
    through the API: pass ``src="github:OWNER/REPO/.openwash.yml@SHA"`` so that its relative extends resolve
    in that repository).  ``session`` is a dict shared by many resolutions in one process: remote sources
    are then fetched once.  ``under`` is a central policy merged under ``src`` (its locks bind ``src``)."""
    if src == PRESET and text is None and under is None and not force_validate:
        shipped = default_policy()  # the same policy, without parsing the YAML (openwash.policy.preset)
        if shipped is not None:
            return shipped
    resolver = Resolver(offline=offline_default(offline), cache=cache, cwd=cwd, force_validate=force_validate,
                        session=session)
    ref = parse(src, None, resolver.cwd)
    if text is not None:
        resolver.fetcher.preload(ref, text)
    under_ref = parse(under, None, resolver.cwd) if under else None
    return resolver.policy_for(ref, under_ref)


def resolve(root: Path | None = None, explicit: str | None = None, *, offline: bool | None = None,
            org: str | None = None, org_policy: str | None = None, cache: Cache | None = None,
            session: dict[str, Any] | None = None) -> Policy:
    """The policy for the repository at ``root``: an explicit source, the repo's own file, the organization's
    central policy (when asked for), or ``builtin:default``."""
    shipped = resolve_builtin(root, explicit, offline=offline, org=org)
    if shipped is not None:
        return shipped
    offline = offline_default(offline)
    src = explicit or (find_repo_policy(root) if root is not None else None)
    owner = org_owner(org, offline=offline)
    if not owner:
        return resolve_source(src or "builtin:default", offline=offline, cache=cache, session=session)
    central = central_policy_source(owner, org_policy)
    resolver = Resolver(offline=offline, cache=cache, session=session)
    central_ref = parse(central, None, resolver.cwd)
    try:
        resolver.linearize(central_ref)  # fetched and validated once; policy_for reuses it
    except SourceNotFound:
        policy = resolve_source(src or "builtin:default", offline=offline, cache=cache, session=session)
        policy.notices.append(f"no organization policy at {central}; using "
                              f"{'the repository policy' if src else 'builtin:default'}")
        return policy
    if not src:
        policy = resolver.policy_for(central_ref)
        policy.notices.append(f"no repository policy; using the organization policy {central}")
        return policy
    policy = resolver.policy_for(parse(src, None, resolver.cwd), central_ref)
    policy.notices.append(f"the organization policy {central} is merged under {parse(src, None).display}: "
                          "its locks bind")
    return policy


def validate_source(src: str, *, offline: bool | None = None, cache: Cache | None = None) -> Policy:
    """Validate ``src`` against the schema (always, ignoring cached results) and resolve its extends chain."""
    return resolve_source(src, offline=offline, cache=cache, force_validate=True)
