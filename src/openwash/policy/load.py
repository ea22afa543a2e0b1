"""Find, read and merge policy files.

Sources: ``builtin:NAME`` (the presets shipped in the package), a path
relative to the file that names it.  A repository's policy is
``.openwash.yml``, ``.openwash.yaml`` or ``[tool.openwash]`` in
pyproject.toml; without one, ``builtin:default`` applies.

Merge rules: mappings merge key by key, later sources override earlier ones,
lists replace (a key written ``name+`` appends to the inherited list).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openwash import yamlsafe
from openwash.errors import ConfigError
from openwash.policy.model import Policy

MAX_DEPTH = 10
REPO_POLICY_FILES = (".openwash.yml", ".openwash.yaml")


def builtin_dir() -> Path:
    """Where the presets are: inside the installed package, or policies/ of a source checkout."""
    try:
        import openwash.policies as presets

        return Path(presets.__file__).parent
    except ImportError:  # running from a source tree without installation
        return Path(__file__).resolve().parents[3] / "policies"


def builtin_names() -> list[str]:
    return sorted(p.stem for p in builtin_dir().glob("*.yml"))


def _read_source(src: str, base: Path | None) -> tuple[str, str, Path | None]:
    """Text of a policy source, its display name, and the directory its relative extends resolve against."""
    if src.startswith("builtin:"):
        name = src.split(":", 1)[1]
        path = builtin_dir() / f"{name}.yml"
        if not path.is_file():
            raise ConfigError(f"unknown built-in policy {name!r} (known: {', '.join(builtin_names())})")
        return path.read_text(encoding="utf-8"), src, None
    path = Path(src)
    if not path.is_absolute() and base is not None:
        path = base / path
    if not path.is_file():
        raise ConfigError(f"policy file not found: {path}")
    try:
        return path.read_text(encoding="utf-8"), str(path), path.parent
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read policy file: {exc}", source=str(path)) from None


def _parse(text: str, name: str) -> tuple[dict[str, Any], dict[str, int]]:
    try:
        loaded = yamlsafe.load(text)
    except yamlsafe.YamlError as exc:
        raise ConfigError(str(exc), source=name, line=exc.line or None) from None
    if loaded.data is None:
        return {}, {}
    if not isinstance(loaded.data, dict):
        raise ConfigError("a policy must be a mapping of settings", source=name, line=1)
    return loaded.data, loaded.lines


def merge(base: dict[str, Any], over: dict[str, Any], origins: dict[str, str], name: str,
          lines: dict[str, int], prefix: str = "") -> dict[str, Any]:
    out = dict(base)
    for raw_key, value in over.items():
        key = str(raw_key)
        append = key.endswith("+")
        key = key.rstrip("+")
        path = f"{prefix}{key}"
        line = lines.get(f"{prefix}{raw_key}", 0)
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value, origins, name, lines, prefix=f"{path}.")
            continue
        if append and isinstance(value, list):
            out[key] = list(out.get(key) or []) + value
        else:
            out[key] = value
        origins[path] = f"{name}:{line}" if line else name
        if isinstance(value, list):
            offset = len(out[key]) - len(value)
            for i in range(len(value)):
                item_line = lines.get(f"{prefix}{raw_key}[{i}]", 0)
                origins[f"{path}[{offset + i}]"] = f"{name}:{item_line}" if item_line else name
        if isinstance(value, dict):
            _record(value, origins, name, lines, f"{path}.", f"{prefix}{raw_key}.")
    return out


def _record(value: dict[str, Any], origins: dict[str, str], name: str, lines: dict[str, int], path: str,
            raw_prefix: str) -> None:
    for k, v in value.items():
        line = lines.get(f"{raw_prefix}{k}", 0)
        origins[f"{path}{k}"] = f"{name}:{line}" if line else name
        if isinstance(v, dict):
            _record(v, origins, name, lines, f"{path}{k}.", f"{raw_prefix}{k}.")


def _load_chain(src: str, base: Path | None, chain: list[str], origins: dict[str, str],
                sources: list[str]) -> dict[str, Any]:
    text, name, here = _read_source(src, base)
    if name in chain:
        raise ConfigError("policy extends itself: " + " -> ".join([*chain, name]))
    if len(chain) >= MAX_DEPTH:
        raise ConfigError(f"policy extends chain deeper than {MAX_DEPTH}: " + " -> ".join([*chain, name]))
    data, lines = _parse(text, name)
    merged: dict[str, Any] = {}
    parents = data.get("extends", [])
    if isinstance(parents, str):
        parents = [parents]
    for parent in parents:
        parent_data = _load_chain(str(parent), here, [*chain, name], origins, sources)
        merged = merge(merged, parent_data, {}, name, {})
    own = {k: v for k, v in data.items() if k != "extends"}
    merged = merge(merged, own, origins, name, lines)
    sources.append(name)
    return merged


def find_repo_policy(root: Path) -> str | None:
    for name in REPO_POLICY_FILES:
        if (root / name).is_file():
            return str(root / name)
    return None


def resolve(root: Path | None = None, explicit: str | None = None) -> Policy:
    """The policy for the repository at ``root``: an explicit source, the repo's own file, or the default."""
    src = explicit or (find_repo_policy(root) if root is not None else None) or "builtin:default"
    origins: dict[str, str] = {}
    sources: list[str] = []
    data = _load_chain(src, Path.cwd(), [], origins, sources)
    if src != "builtin:default" and "builtin:default" not in sources and not _has_builtin_base(sources):
        # A policy that extends nothing still gets the default's settings underneath it.
        base_origins: dict[str, str] = {}
        base = _load_chain("builtin:default", None, [], base_origins, [])
        base_origins.update(origins)
        data = merge(base, data, {}, src, {})
        origins = base_origins
        sources.insert(0, "builtin:default")
    return Policy(data=data, sources=sources, origins=origins)


def _has_builtin_base(sources: list[str]) -> bool:
    return any(s.startswith("builtin:") for s in sources)
