"""Merging policy layers, recording where each setting came from, and enforcing locks.

Merge rules (README, "Policies"):

* ``extends:`` sources are flattened depth first into a list of layers: each
  source's own parents come before it, and a source reached twice is used once,
  at its first position.  Later layers override earlier ones.
* Mappings merge key by key.
* Lists replace the inherited list, unless the key is written with a ``+``
  suffix (``include+:``, ``deny+:``, ``waivers+:``), which appends.
* Scalars replace.
* ``locked:`` lists accumulate; nothing downstream can unlock.

Locks: a lock names a setting path (``mode``, ``fail_on``, ``rules``,
``rules.OW101``, ``requirements.model_release.open-source``,
``licenses.weights``, ``evidence.training_data``, ``files``, ``claims``,
``waivers``, ``*``).  The value it protects is the one the locking policy
itself resolves to (its own ``extends`` chain included).  After merging, the
final policy must not be weaker at any locked path: no lower severity, no
stricter ``fail_on`` relaxed, no ``annotate``, no required evidence removed, no
license allowed that upstream does not allow (or denies), no deny entry
removed, no more evidence kinds accepted, no file dropped from scope, no added
waivers.  A violation is a ConfigError at the weakening setting's file:line
that also names the lock's file:line.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from openwash import clock, rules
from openwash.errors import ConfigError
from openwash.policy.model import (
    CLAIM_KINDS,
    CLAIM_TARGETS,
    FAIL_ON_STRICTNESS,
    SEVERITY_RANK,
    SUPPRESSION_STRICTNESS,
    Lock,
    Policy,
)
from openwash.records import field, record

TOP_LEVEL_LOCKABLE = ("mode", "fail_on", "model_release", "files", "claims", "requirements", "evidence",
                      "licenses", "rules", "waivers", "suppressions", "max_waiver_days")


@record
class Layer:
    """One policy file's own settings (``extends`` and ``locked`` taken out)."""

    id: str
    name: str  # display name used in origins
    data: dict[str, Any]
    lines: dict[str, int]
    locks: list[tuple[str, int]] = field(default_factory=list)  # (path, line)

    def where(self, raw_path: str) -> str:
        line = self.lines.get(raw_path, 0)
        return f"{self.name}:{line}" if line else self.name


def _drop_origins(origins: dict[str, str], path: str) -> None:
    prefix = (path + ".", path + "[")
    for key in [k for k in origins if k == path or k.startswith(prefix)]:
        del origins[key]


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


def _record(value: Any, path: str, raw_path: str, layer: Layer, origins: dict[str, str]) -> None:
    origins[path] = layer.where(raw_path)
    if isinstance(value, dict):
        for k, v in value.items():
            _record(v, _join(path, str(k)), _join(raw_path, str(k)), layer, origins)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            origins[f"{path}[{i}]"] = layer.where(f"{raw_path}[{i}]")
            if isinstance(item, dict):
                for k in item:
                    origins[f"{path}[{i}].{k}"] = layer.where(f"{raw_path}[{i}].{k}")


def merge_layer(dst: dict[str, Any], src: dict[str, Any], layer: Layer, origins: dict[str, str],
                prefix: str = "", raw_prefix: str = "") -> None:
    """Merge one layer's settings into ``dst`` in place, recording origins."""
    for raw_key, value in src.items():
        raw_key = str(raw_key)
        append = raw_key.endswith("+")
        key = raw_key[:-1] if append else raw_key
        path, raw_path = _join(prefix, key), _join(raw_prefix, raw_key)
        if isinstance(value, dict):
            if not isinstance(dst.get(key), dict):
                _drop_origins(origins, path)
                dst[key] = {}
            origins[path] = layer.where(raw_path)
            merge_layer(dst[key], value, layer, origins, path, raw_path)
        elif append and isinstance(value, list):
            inherited = dst.get(key)
            base = list(inherited) if isinstance(inherited, list) else []
            if not isinstance(inherited, list):
                _drop_origins(origins, path)
            offset = len(base)
            dst[key] = base + [copy.deepcopy(v) for v in value if v not in base]
            origins[path] = layer.where(raw_path)
            added = 0
            for i, item in enumerate(value):
                if item in base:
                    continue
                origins[f"{path}[{offset + added}]"] = layer.where(f"{raw_path}[{i}]")
                added += 1
        else:
            _drop_origins(origins, path)
            dst[key] = copy.deepcopy(value)
            _record(value, path, raw_path, layer, origins)


def resolve_layers(layers: list[Layer]) -> tuple[dict[str, Any], dict[str, str]]:
    data: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for layer in layers:
        merge_layer(data, layer.data, layer, origins)
    return data, origins


# ---------------------------------------------------------------------------------------------- locks

def _rule_default(rule_id: str) -> str:
    rule = rules.get(rule_id)
    return rule.severity if rule is not None else "warning"


def weakenings(path: str, base: Policy, final: Policy) -> list[tuple[str, str]]:
    """Ways ``final`` is weaker than ``base`` at the locked ``path``: [(setting path, description)]."""
    if path == "*":
        out: list[tuple[str, str]] = []
        for top in TOP_LEVEL_LOCKABLE:
            out.extend(weakenings(top, base, final))
        return out
    parts = path.split(".")
    top = parts[0]
    out = []
    if top == "mode":
        if base.mode != "annotate" and final.mode == "annotate":
            out.append(("mode", f"switches mode from {base.mode} to annotate (never fail)"))
    elif top == "fail_on":
        if FAIL_ON_STRICTNESS.get(final.fail_on, 0) < FAIL_ON_STRICTNESS.get(base.fail_on, 0):
            out.append(("fail_on", f"relaxes fail_on from {base.fail_on} to {final.fail_on}"))
    elif top == "suppressions":
        if SUPPRESSION_STRICTNESS[final.suppressions] < SUPPRESSION_STRICTNESS[base.suppressions]:
            out.append(("suppressions", f"relaxes suppressions from {base.suppressions} to {final.suppressions}"))
    elif top == "max_waiver_days":
        if final.max_waiver_days > base.max_waiver_days:
            out.append(("max_waiver_days", f"raises max_waiver_days from {base.max_waiver_days} to "
                                           f"{final.max_waiver_days}"))
    elif top == "model_release":
        if final.model_release != base.model_release:
            out.append(("model_release", f"changes model_release from {base.model_release} to "
                                         f"{final.model_release}"))
    elif top == "rules":
        if len(parts) > 1:
            ids = [parts[1]]
        else:
            ids = sorted(set(base._section("rules")) | set(final._section("rules")))
        for rule_id in ids:
            default = _rule_default(rule_id)
            before, after = base.severity(rule_id, default), final.severity(rule_id, default)
            if SEVERITY_RANK.get(after, 0) < SEVERITY_RANK.get(before, 0):
                out.append((f"rules.{rule_id}", f"lowers {rule_id} from {before} to {after}"))
    elif top == "requirements":
        groups = [parts[1]] if len(parts) > 1 else ["model_release", "software"]
        kinds = [parts[2]] if len(parts) > 2 else list(CLAIM_KINDS)
        targets = [parts[3]] if len(parts) > 3 else list(CLAIM_TARGETS)
        for group in groups:
            for kind in kinds:
                for target in targets:
                    model = group == "model_release"
                    dropped = [r for r in base.requirements(kind, target, model)
                               if r not in final.requirements(kind, target, model)]
                    if dropped:
                        out.append((f"requirements.{group}.{kind}.{target}",
                                    f"drops required evidence {', '.join(dropped)} for {kind} claims about the "
                                    f"{target}" + ("" if model else " (software)")))
    elif top == "licenses":
        components = [parts[1]] if len(parts) > 1 else ["code", "weights", "data"]
        which = parts[2] if len(parts) > 2 else None
        for component in components:
            b_allow, b_deny = base.license_rules(component)
            f_allow, f_deny = final.license_rules(component)
            if which in (None, "allow"):
                for item in f_allow:
                    if item in b_deny:
                        out.append((f"licenses.{component}.allow",
                                    f"allows {item} for {component}, which the upstream policy denies"))
                    elif item not in b_allow:
                        out.append((f"licenses.{component}.allow",
                                    f"allows {item} for {component}, which the upstream policy does not allow"))
            if which in (None, "deny"):
                for item in b_deny:
                    if item not in f_deny:
                        out.append((f"licenses.{component}.deny", f"no longer denies {item} for {component}"))
    elif top == "evidence":
        requirements = [parts[1]] if len(parts) > 1 else ["training_code", "training_data", "weights"]
        for requirement in requirements:
            before_kinds = base.accepted_evidence(requirement)
            after_kinds = final.accepted_evidence(requirement)
            if before_kinds is None:
                continue
            extra = sorted(set(after_kinds or ["(any kind)"]) - set(before_kinds))
            if extra:
                out.append((f"evidence.{requirement}",
                            f"accepts {', '.join(extra)} as {requirement} evidence"))
    elif top == "files":
        which = parts[1] if len(parts) > 1 else None
        if which in (None, "include"):
            for item in base.include:
                if item not in final.include:
                    out.append(("files.include", f"drops {item!r} from the files in scope"))
        if which in (None, "exclude"):
            for item in final.exclude:
                if item not in base.exclude:
                    out.append(("files.exclude", f"excludes {item!r} from the files in scope"))
    elif top == "claims":
        which = parts[1] if len(parts) > 1 else None
        if which in (None, "add"):
            for item in base.claim_add:
                if item not in final.claim_add:
                    out.append(("claims.add", f"drops the claim pattern {item!r}"))
        if which in (None, "exclude"):
            for item in final.claim_exclude:
                if item not in base.claim_exclude:
                    out.append(("claims.exclude", f"excludes claims matching {item!r}"))
    elif top == "waivers":
        before = {(w.rule, w.path, w.reason, w.expires) for w in base.waivers}
        for i, w in enumerate(final.waivers):
            if (w.rule, w.path, w.reason, w.expires) not in before:
                out.append((f"waivers[{i}]", f"adds a waiver for {w.rule} on '{w.path}'"))
    return out


def check_locks(final: Policy) -> None:
    """Raise ConfigError for the first lock the final policy weakens."""
    for lock in final.locks:
        if lock.baseline is None:
            continue
        for setting, description in weakenings(lock.path, lock.baseline, final):
            culprit = final.origin(setting)
            file, line = split_origin(culprit)
            raise ConfigError(f"{setting}: {description}, but {lock.origin} locks '{lock.path}' "
                              f"(an upstream policy's floor cannot be lowered)", source=file, line=line or None)


def check_waiver_lifetimes(final: Policy, today: dt.date) -> None:
    """Raise ConfigError at the first waiver that runs longer than ``max_waiver_days`` from ``today``."""
    limit = final.max_waiver_days
    for i, w in enumerate(final.waivers):
        if w.expires is None:
            continue
        days = (w.expires - today).days
        if days > limit:
            file, line = split_origin(w.origin)
            raise ConfigError(f"waivers[{i}].expires: the waiver for {w.rule} runs until {w.expires.isoformat()}, "
                              f"{days} days from {today.isoformat()}, longer than max_waiver_days ({limit}, "
                              f"{final.origin('max_waiver_days') if 'max_waiver_days' in final.data else 'default'}"
                              "); waivers must be renewed", source=file, line=line or None)


def today() -> dt.date:
    """The date waivers are measured against (openwash.clock); a malformed OPENWASH_TODAY is a ConfigError here."""
    return clock.today(ConfigError)


def split_origin(origin: str) -> tuple[str, int]:
    file, sep, line = origin.rpartition(":")
    if sep and line.isdigit():
        return file, int(line)
    return origin, 0


def make_lock(path: str, layer: Layer, line: int, baseline: Policy) -> Lock:
    origin = f"{layer.name}:{line}" if line else layer.name
    return Lock(path=path, origin=origin, policy=layer.name, baseline=baseline)
