"""Architecture figures of src/openwash, read from the source with `ast` (nothing is imported).

    python bench/architecture.py            # JSON: circles, function-local own imports, largest module/function

The import graph counts every import of an openwash module: module-level and inside functions, absolute and
relative, `from . import x` (edge to the submodule `x` when it is one, else to the package). An edge to
`openwash.a.b` is an edge to `openwash.a.b` only: importing a submodule runs its package's `__init__` too, but
that is an edge the package's `__init__` owns, and counting it here would make every `__init__` that re-exports a
submodule a circle with that submodule's siblings.

tests/test_architecture.py asserts the graph is acyclic with these same functions.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
PACKAGE = "openwash"


@dataclass(frozen=True)
class Import:
    source: str  # importing module, dotted
    target: str  # imported openwash module, dotted
    line: int
    local: bool  # inside a function or method (not at module or class level)


def module_files(src: Path = SRC) -> dict[str, Path]:
    """Dotted module name -> file, for every .py under src/openwash."""
    out: dict[str, Path] = {}
    for path in sorted((src / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _resolve(module: str, is_package: bool, level: int, name: str | None) -> str:
    """The absolute dotted name of `from <level dots><name> import ...` written in `module`."""
    if level == 0:
        return name or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join(base + ([name] if name else []))


def _known(target: str, modules: dict[str, Path]) -> str | None:
    """The longest openwash module that `target` names (a symbol import `openwash.a.f` lands on `openwash.a`)."""
    parts = target.split(".")
    while parts:
        name = ".".join(parts)
        if name in modules:
            return name
        parts.pop()
    return None


def imports_of(module: str, path: Path, modules: dict[str, Path]) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    found: list[Import] = []

    def visit(node: ast.AST, local: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = local or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if isinstance(child, ast.Import):
                for alias in child.names:
                    hit = _known(alias.name, modules)
                    if hit:
                        found.append(Import(module, hit, child.lineno, local))
            elif isinstance(child, ast.ImportFrom):
                base = _resolve(module, is_package, child.level, child.module)
                if base.split(".")[0] != PACKAGE:
                    continue
                for alias in child.names:
                    # `from pkg import sub` imports the submodule when there is one, else a name of pkg
                    hit = _known(f"{base}.{alias.name}", modules) if alias.name != "*" else None
                    hit = hit or _known(base, modules)
                    if hit and hit != module:
                        found.append(Import(module, hit, child.lineno, local))
            visit(child, inner)

    visit(tree, False)
    return found


def all_imports(src: Path = SRC) -> list[Import]:
    modules = module_files(src)
    return [imp for name, path in modules.items() for imp in imports_of(name, path, modules)]


def import_graph(src: Path = SRC) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {name: set() for name in module_files(src)}
    for imp in all_imports(src):
        graph[imp.source].add(imp.target)
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (or a self-loop), each sorted; Tarjan."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = 0
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10 * len(graph) + 100))

    def strong(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp: list[str] = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1 or v in graph.get(v, ()):
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return sorted(out)


def cycle_path(graph: dict[str, set[str]], component: list[str]) -> list[str]:
    """One concrete circle inside a strongly connected component, for a readable failure message."""
    members = set(component)
    start = component[0]
    prev: dict[str, str] = {}
    queue = [start]
    seen = {start}
    while queue:
        v = queue.pop(0)
        for w in sorted(graph[v] & members):
            if w == start:
                path = [v]
                while path[-1] != start:
                    path.append(prev[path[-1]])
                return [start, *reversed(path[:-1]), start] if v != start else [start, start]
            if w not in seen:
                seen.add(w)
                prev[w] = v
                queue.append(w)
    return component


def largest_function(src: Path = SRC) -> tuple[str, int]:
    best = ("", 0)
    for name, path in module_files(src).items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno:
                lines = node.end_lineno - node.lineno + 1
                if lines > best[1]:
                    best = (f"{name}.{node.name}", lines)
    return best


def largest_module(src: Path = SRC) -> tuple[str, int]:
    sizes = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in module_files(src).items()}
    name = max(sizes, key=lambda n: (sizes[n], n))
    return name, sizes[name]


def uncommented_local_imports(src: Path = SRC) -> list[str]:
    """Function-local own imports without a ``# lazy: <why>`` comment (``module:line``): on one of the
    statement's lines, or on a comment line of the run of comment and import lines right above it."""
    modules = module_files(src)
    out: list[str] = []
    for source, line in sorted({(i.source, i.line) for i in all_imports(src) if i.local}):
        text = modules[source].read_text(encoding="utf-8")
        lines = text.split("\n")
        end = next(node.end_lineno or line for node in ast.walk(ast.parse(text))
                   if isinstance(node, (ast.Import, ast.ImportFrom)) and node.lineno == line)
        said = any("# lazy" in lines[i].lower() for i in range(line - 1, end))
        i = line - 2
        while not said and i >= 0 and lines[i].strip().startswith(("#", "from ", "import ")):
            said = "# lazy" in lines[i].lower()
            i -= 1
        if not said:
            out.append(f"{source}:{line}")
    return out


def figures(src: Path = SRC) -> dict[str, object]:
    graph = import_graph(src)
    # counted as import statements (`from openwash.x import a, b` inside a function is one)
    local = {(imp.source, imp.line) for imp in all_imports(src) if imp.local}
    found = circles(graph)
    fn, fn_lines = largest_function(src)
    mod, mod_lines = largest_module(src)
    return {
        "import_circles": len(found),
        "circles": [cycle_path(graph, c) for c in found],
        "function_local_own_imports": len(local),
        "files_with_function_local_own_imports": len({source for source, _line in local}),
        "function_local_own_imports_without_a_lazy_comment": len(uncommented_local_imports(src)),
        "largest_module": {"module": mod, "lines": mod_lines},
        "largest_function": {"function": fn, "lines": fn_lines},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=SRC, help="the directory holding the openwash package")
    parser.add_argument("--local", action="store_true", help="also list every function-local own import")
    args = parser.parse_args(argv)
    out = figures(args.src)
    if args.local:
        out["local_imports"] = [f"{i.source}:{i.line} -> {i.target}" for i in all_imports(args.src) if i.local]
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
