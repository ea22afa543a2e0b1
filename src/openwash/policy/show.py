"""``openwash policy show``: the resolved policy, every setting with the file:line it came from, and the
locks and waivers in force."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from openwash.policy.model import Policy

_PLAIN = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-/]*$")
_YAML_WORDS = {"yes", "no", "on", "off", "true", "false", "null", "y", "n", "~"}


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value)
    if _PLAIN.match(text) and text.lower() not in _YAML_WORDS and not re.fullmatch(r"[0-9.\-]+", text):
        return text
    return json.dumps(text, ensure_ascii=False)


def _lines(value: Any, path: str, indent: int, policy: Policy, out: list[tuple[str, str]]) -> None:
    pad = "  " * indent
    if isinstance(value, dict):
        for key, sub in value.items():
            sub_path = f"{path}.{key}" if path else str(key)
            if isinstance(sub, dict) and sub:
                out.append((f"{pad}{_scalar(key)}:", ""))
                _lines(sub, sub_path, indent + 1, policy, out)
            elif isinstance(sub, list) and sub and any(isinstance(x, (dict, list)) for x in sub):
                out.append((f"{pad}{_scalar(key)}:", policy.origin(sub_path)))
                for i, item in enumerate(sub):
                    item_path = f"{sub_path}[{i}]"
                    if isinstance(item, dict):
                        first = True
                        for k, v in item.items():
                            lead = f"{pad}  - " if first else f"{pad}    "
                            out.append((f"{lead}{_scalar(k)}: {_flow(v)}", policy.origin(item_path) if first else ""))
                            first = False
                    else:
                        out.append((f"{pad}  - {_flow(item)}", policy.origin(item_path)))
            elif isinstance(sub, list) and len(sub) > 4:
                out.append((f"{pad}{_scalar(key)}:", policy.origin(sub_path)))
                for i, item in enumerate(sub):
                    out.append((f"{pad}  - {_flow(item)}", policy.origin(f"{sub_path}[{i}]")))
            else:
                out.append((f"{pad}{_scalar(key)}: {_flow(sub)}", policy.origin(sub_path)))


def _flow(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_scalar(k)}: {_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return _scalar(value)


def render_text(policy: Policy, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    rows: list[tuple[str, str]] = []
    body = {k: v for k, v in policy.data.items() if k != "waivers"}
    _lines(body, "", 0, policy, rows)
    width = min(max((len(text) for text, _ in rows), default=0) + 2, 72)
    out = ["# openwash policy, resolved", "# sources, in merge order (later override earlier):"]
    out.extend(f"#   {s}" for s in policy.sources)
    out.append("")
    for text, origin in rows:
        out.append(f"{text.ljust(width)}# {origin}" if origin else text)
    out.append("")
    out.append("# locks in force:" if policy.locks else "# locks in force: none")
    for lock in policy.locks:
        out.append(f"#   {lock.path:<40} locked by {lock.origin}")
    waivers = policy.waivers
    out.append("# waivers:" if waivers else "# waivers: none")
    for w in waivers:
        state = "EXPIRED" if w.expired(today) else "active"
        until = w.expires.isoformat() if w.expires else "?"
        approver = f", approved by {w.approver}" if w.approver else ""
        out.append(f"#   {w.rule} on {w.path!r} until {until} ({state}{approver}): {w.reason}   [{w.origin}]")
    for notice in policy.notices:
        out.append(f"# notice: {notice}")
    return "\n".join(out) + "\n"


def render_json(policy: Policy, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    settings: list[dict[str, Any]] = []

    def walk(value: Any, path: str) -> None:
        if isinstance(value, dict) and value:
            for k, v in value.items():
                walk(v, f"{path}.{k}" if path else str(k))
        else:
            settings.append({"key": path, "value": value, "origin": policy.origin(path)})

    walk({k: v for k, v in policy.data.items() if k != "waivers"}, "")
    doc = {
        "sources": list(policy.sources),
        "settings": settings,
        "locks": [{"path": lock.path, "origin": lock.origin} for lock in policy.locks],
        "waivers": [{**w.as_json(), "expired": w.expired(today)} for w in policy.waivers],
        "notices": list(policy.notices),
    }
    return json.dumps(doc, indent=2, ensure_ascii=False, default=str) + "\n"
