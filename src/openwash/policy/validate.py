"""Policy validation: normalization, the JSON Schema check, and checks the schema cannot express.

The schema (``schema.json`` next to this module) is checked with jsonschema,
which costs ~80-100 ms to import.  That is too much for a pre-commit hook, so:

* the built-in presets are validated by the test suite, never at run time;
* any other policy text is validated once and the result remembered in the
  cache by the sha256 of (schema, openwash version, text): a repeated
  ``openwash check`` with an unchanged ``.openwash.yml`` does not import
  jsonschema at all.

Every problem names the file, the line and the key path and says what was
expected.  Unknown keys are errors (with a "did you mean" suggestion).
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from openwash import __version__
from openwash.errors import ConfigError
from openwash.records import record
from openwash.rules import all_rules

SCHEMA_PATH = Path(__file__).with_name("schema.json")


@record(frozen=True)
class Problem:
    line: int
    path: str
    message: str


class PolicyInvalid(ConfigError):
    """A policy that fails validation; :attr:`problems` lists every problem, the message shows the first."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        problems = sorted(problems, key=lambda p: (p.line, p.path))
        first = problems[0]
        more = len(problems) - 1
        suffix = f" (and {more} more problem{'s' if more != 1 else ''}; `openwash policy validate` lists them)" \
            if more else ""
        super().__init__(first.message + suffix, source=source, line=first.line or None)
        self.problems = problems
        self.policy_source = source

    def report_lines(self) -> list[str]:
        return [f"{self.policy_source}:{p.line}: {p.message}" if p.line else f"{self.policy_source}: {p.message}"
                for p in self.problems]


# --------------------------------------------------------------------------------------------- normalization

def normalize(data: dict[str, Any]) -> dict[str, Any]:
    """Undo YAML 1.1 surprises before validation: ``off`` is False, ``yes`` is True, dates are dates."""
    rules = data.get("rules")
    if isinstance(rules, dict):
        for key, value in list(rules.items()):
            if value is False:
                rules[key] = "off"
            elif isinstance(value, dict) and value.get("severity") is False:
                value["severity"] = "off"
    if data.get("model_release") is True:
        data["model_release"] = "yes"
    elif data.get("model_release") is False:
        data["model_release"] = "no"
    for key in ("waivers", "waivers+"):
        items = data.get(key)
        if isinstance(items, list):
            for item in items:
                if isinstance(item, dict) and isinstance(item.get("expires"), (dt.date, dt.datetime)):
                    value = item["expires"]
                    item["expires"] = (value.date() if isinstance(value, dt.datetime) else value).isoformat()
    return data


def semantic_problems(data: dict[str, Any], lines: dict[str, int]) -> list[Problem]:
    """Checks that are cheap and that the schema cannot express; run on every load."""
    out: list[Problem] = []
    for key in ("waivers", "waivers+"):
        items = data.get(key)
        if not isinstance(items, list):
            continue
        for i, item in enumerate(items):
            if not isinstance(item, dict) or not isinstance(item.get("expires"), str):
                continue
            try:
                dt.date.fromisoformat(item["expires"])
            except ValueError:
                path = f"{key}[{i}].expires"
                out.append(Problem(line_of(lines, path), path,
                                   f"{path}: expected a date YYYY-MM-DD, got {item['expires']!r}"))
    claims = data.get("claims")
    if isinstance(claims, dict):
        for key, patterns in claims.items():
            if not isinstance(patterns, list):
                continue
            for i, pattern in enumerate(patterns):
                if not isinstance(pattern, str):
                    continue
                try:
                    re.compile(pattern)
                except re.error as exc:
                    path = f"claims.{key}[{i}]"
                    out.append(Problem(line_of(lines, path), path,
                                       f"{path}: expected a regular expression, got {pattern!r} ({exc})"))
    return out


def line_of(lines: dict[str, int], path: str) -> int:
    """Line of ``path``, or of its nearest ancestor that has one (1 for the document)."""
    while path:
        if path in lines:
            return lines[path]
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    return 1


# ------------------------------------------------------------------------------------------------ schema

@lru_cache(maxsize=1)
def schema_bytes() -> bytes:
    return SCHEMA_PATH.read_bytes()


def validation_key(text: str) -> str:
    return f"{__version__}\0{schema_bytes().decode('utf-8')}\0{text}"


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema

    schema = json.loads(schema_bytes())
    return jsonschema.Draft202012Validator(schema)


def schema_problems(data: Any, lines: dict[str, int]) -> list[Problem]:
    """Every schema violation in ``data``, each with a line, key path and what was expected."""
    validator = _validator()
    out: list[Problem] = []
    seen: set[tuple[int, str]] = set()
    for error in validator.iter_errors(data):
        for p in _convert(error, lines):
            if (p.line, p.message) not in seen:
                seen.add((p.line, p.message))
                out.append(p)
    if isinstance(data, dict):
        out.extend(_unknown_rules(data, lines))
    return out


def _unknown_rules(data: dict[str, Any], lines: dict[str, int]) -> list[Problem]:
    rules = data.get("rules")
    if not isinstance(rules, dict):
        return []
    known = sorted(all_rules())
    out = []
    for key in rules:
        if isinstance(key, str) and re.fullmatch(r"OW\d{3}", key) and key not in known:
            path = f"rules.{key}"
            out.append(Problem(line_of(lines, path), path,
                               f"{path}: unknown rule {key}{_did_you_mean(key, known)}; `openwash explain` lists "
                               "the rules"))
    for field in ("waivers", "waivers+"):
        items = data.get(field)
        if not isinstance(items, list):  # a wrong type is already a schema problem of its own
            continue
        for i, item in enumerate(items):
            if isinstance(item, dict) and isinstance(item.get("rule"), str) \
                    and re.fullmatch(r"OW\d{3}", item["rule"]) and item["rule"] not in known:
                path = f"{field}[{i}].rule"
                out.append(Problem(line_of(lines, path), path,
                                   f"{path}: unknown rule {item['rule']}{_did_you_mean(item['rule'], known)}"))
    return out


def _dotted(parts: Any) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean; quote it if you meant the word)"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _did_you_mean(key: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(key, choices, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _label(path: str) -> str:
    return path or "the policy"


def _convert(error: Any, lines: dict[str, int]) -> list[Problem]:
    path = _dotted(error.absolute_path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    expected = schema.get("x-expected")
    validator = error.validator
    if validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = [k for k in schema.get("properties", {})]
        patterns = list(schema.get("patternProperties", {}))
        out = []
        for key in error.instance:
            if key in allowed or any(re.search(p, str(key)) for p in patterns):
                continue
            key_path = _join(path, str(key))
            if allowed:
                described = "expected one of: " + ", ".join(k for k in allowed if not k.endswith("+"))
            else:
                described = f"expected {schema.get('x-keys', 'a known key')}"
            out.append(Problem(line_of(lines, key_path), key_path,
                               f"{_label(path)}: unknown key '{key}'{_did_you_mean(str(key), allowed)}; {described}"))
        return out
    if validator in ("anyOf", "oneOf") and error.context:
        deepest = max(len(e.absolute_path) for e in error.context)
        if deepest > len(error.absolute_path):
            # The value has the shape of the branch that got furthest: report everything that branch says.
            branch = next(e.relative_schema_path[0] for e in error.context if len(e.absolute_path) == deepest)
            out = []
            for sub in error.context:
                if sub.relative_schema_path[0] == branch:
                    out.extend(_convert(sub, lines))
            return out
        # All branches failed at this very node.  When the value is a mapping and a mapping branch
        # complained about its keys, that is the useful message.
        if isinstance(error.instance, dict):
            keyed = [e for e in error.context if e.validator in ("additionalProperties", "required")]
            if keyed:
                out = []
                for sub in keyed:
                    out.extend(_convert(sub, lines))
                return out
    if validator == "required" and isinstance(error.instance, dict):
        missing = [k for k in error.validator_value if k not in error.instance]
        props = schema.get("properties", {})
        return [Problem(line_of(lines, path), path,
                        f"{_label(path)}: missing required key '{k}'"
                        + (f" ({props[k]['x-expected']})" if isinstance(props.get(k), dict)
                           and "x-expected" in props[k] else ""))
                for k in missing]
    if validator == "minLength":
        return [Problem(line_of(lines, path), path, f"{_label(path)}: expected {expected or 'a non-empty value'}, "
                                                    "got an empty string")]
    if not expected:
        if validator == "enum":
            expected = "one of " + ", ".join(map(str, error.validator_value))
        elif validator == "type":
            expected = f"a value of type {error.validator_value}"
        else:
            expected = error.message
    return [Problem(line_of(lines, path), path, f"{_label(path)}: expected {expected}, got {_show(error.instance)}")]
