"""YAML loading that keeps line numbers and refuses hostile documents.

Policies and model-card front matter are written by other people.  PyYAML's
``safe_load`` drops positions and happily expands alias bombs ("billion
laughs") into structures that take forever to walk, so we compose the node
graph ourselves, bound its size and depth, and record the 1-based line of every
mapping key as a dotted path (``rules.OW101.severity``).
"""

from __future__ import annotations

from typing import Any

import yaml

from openwash.records import record

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_NODES = 50_000
MAX_DEPTH = 64


class YamlError(ValueError):
    """A YAML document that cannot be used; ``line`` is 1-based (0 when unknown)."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.line = line


@record
class LoadedYaml:
    data: Any
    lines: dict[str, int]  # dotted key path -> 1-based line of the key (list items use [i])


def _bracket_depth(text: str) -> int:
    """Cheap upper bound of flow nesting, checked before the recursive composer runs."""
    depth = best = 0
    for ch in text:
        if ch in "[{":
            depth += 1
            if depth > best:
                best = depth
        elif ch in "]}":
            depth = max(depth - 1, 0)
    return best


def load(text: str, *, line_offset: int = 0) -> LoadedYaml:
    """Parse one YAML document; raise :class:`YamlError` with a 1-based line on any problem."""
    if "\x00" in text:
        raise YamlError("contains a NUL byte", 0)
    if _bracket_depth(text) > MAX_DEPTH:
        raise YamlError(f"nested deeper than {MAX_DEPTH} levels", 0)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 + line_offset) if mark else 0
        problem = exc.problem or exc.context or "invalid YAML"
        raise YamlError(f"invalid YAML: {problem}", line) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"invalid YAML: {exc}", 0) from None
    except RecursionError:
        raise YamlError(f"nested deeper than {MAX_DEPTH} levels", 0) from None
    if node is None:
        return LoadedYaml(None, {})
    lines: dict[str, int] = {}
    budget = [MAX_NODES]
    data = _construct(node, "", 0, lines, budget, line_offset)
    return LoadedYaml(data, lines)


class _ScalarConstructor(yaml.constructor.SafeConstructor):
    pass


_CONSTRUCTOR = _ScalarConstructor()


def _scalar(node: yaml.ScalarNode) -> Any:
    # Resolve the scalar with the safe constructor so that ints, bools, dates and nulls
    # come out as PyYAML would give them.
    try:
        return _CONSTRUCTOR.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, OverflowError):
        return node.value
    finally:
        _CONSTRUCTOR.constructed_objects.clear()


def _construct(node: yaml.Node, path: str, depth: int, lines: dict[str, int], budget: list[int],
               line_offset: int) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise YamlError(f"document expands to more than {MAX_NODES} nodes (alias bomb?)",
                        node.start_mark.line + 1 + line_offset)
    if depth > MAX_DEPTH:
        raise YamlError(f"nested deeper than {MAX_DEPTH} levels", node.start_mark.line + 1 + line_offset)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                merged = _construct(value_node, path, depth + 1, lines, budget, line_offset)
                for item in merged if isinstance(merged, list) else [merged]:
                    if isinstance(item, dict):
                        for k, v in item.items():
                            out.setdefault(k, v)
                continue
            key = _construct(key_node, path, depth + 1, {}, budget, line_offset)
            if isinstance(key, (dict, list)):
                raise YamlError("a mapping key must be a scalar", key_node.start_mark.line + 1 + line_offset)
            sub = f"{path}.{key}" if path else str(key)
            lines[sub] = key_node.start_mark.line + 1 + line_offset
            out[key] = _construct(value_node, sub, depth + 1, lines, budget, line_offset)
        return out
    if isinstance(node, yaml.SequenceNode):
        items = []
        for i, item in enumerate(node.value):
            sub = f"{path}[{i}]"
            lines[sub] = item.start_mark.line + 1 + line_offset
            items.append(_construct(item, sub, depth + 1, lines, budget, line_offset))
        return items
    return _scalar(node)  # type: ignore[arg-type]
