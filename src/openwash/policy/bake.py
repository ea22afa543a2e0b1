"""Writes ``policy/builtin_default.py`` (:mod:`openwash.policy.preset`) from ``policies/default.yml``.

``python -m openwash.policy.bake --write`` after an edit of the preset; ``--check`` exits 1 when the module
is stale.  Its own module: it resolves the YAML with the loader, which itself uses the preset module.
"""

from __future__ import annotations

import sys

from openwash import generated
from openwash.policy.load import Resolver
from openwash.policy.preset import PRESET, RESOLVED, yaml_text
from openwash.policy.sources import parse


def render() -> str:
    """The text of the module of ``builtin:default`` resolved from the YAML now (what ``--write`` stores)."""
    resolver = Resolver(offline=True)
    policy = resolver.policy_for(parse(PRESET, None, resolver.cwd))
    return generated.render(
        "python -m openwash.policy.bake --write",
        "builtin:default resolved from policies/default.yml (see openwash.policy.preset): YAML is the text it\n"
        "was resolved from, LOCKS the paths it locks, resolved() the policy's data, origins and sources.",
        {"YAML": yaml_text(), "LOCKS": [lock.path for lock in policy.locks]},
        functions={"resolved": {"data": policy.data, "origins": policy.origins, "sources": policy.sources}})


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = render()
    if args == ["--write"]:
        RESOLVED.write_text(text, encoding="utf-8")
        return 0
    if args == ["--check"]:
        current = RESOLVED.read_text(encoding="utf-8") if RESOLVED.exists() else ""
        if current != text:
            print(f"{RESOLVED} is stale: run python -m openwash.policy.bake --write", file=sys.stderr)
            return 1
        return 0
    print("usage: python -m openwash.policy.bake --write | --check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
