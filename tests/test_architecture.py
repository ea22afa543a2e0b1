"""The shape of the code: no import circles, and the boundaries that keep them away.

The import graph is read from the source with `ast` by bench/architecture.py (module-level, function-local
and TYPE_CHECKING imports; absolute and relative), so that a circle hidden in a function body counts.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from conftest import ROOT, write_tree

sys.path.insert(0, str(ROOT / "bench"))
import architecture


def test_src_openwash_has_no_import_circles() -> None:
    graph = architecture.import_graph()
    assert len(graph) > 50  # the whole package was read
    found = [" -> ".join(architecture.cycle_path(graph, c)) for c in architecture.circles(graph)]
    assert found == [], "import circles in src/openwash:\n" + "\n".join(found)


def test_the_graph_sees_circles_through_function_local_and_relative_imports(tmp_path: Path) -> None:
    write_tree(tmp_path, {
        "openwash/__init__.py": "",
        "openwash/a.py": "def f():\n    from .sub import b\n",
        "openwash/sub/__init__.py": "",
        "openwash/sub/b.py": "import openwash.c\n",
        "openwash/c.py": "from openwash import a\n",
        "openwash/d.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from openwash.c import x\n",
    })
    graph = architecture.import_graph(tmp_path)
    assert graph["openwash.a"] == {"openwash.sub.b"}
    assert graph["openwash.d"] == {"openwash.c"}
    assert architecture.circles(graph) == [["openwash.a", "openwash.c", "openwash.sub.b"]]
    assert architecture.cycle_path(graph, ["openwash.a", "openwash.c", "openwash.sub.b"]) == [
        "openwash.a", "openwash.sub.b", "openwash.c", "openwash.a"]
    local = [i for i in architecture.all_imports(tmp_path) if i.local]
    assert [(i.source, i.target) for i in local] == [("openwash.a", "openwash.sub.b")]


def _edges(prefix: str, target_prefix: str) -> list[str]:
    return sorted(f"{imp.source}:{imp.line} -> {imp.target}" for imp in architecture.all_imports()
                  if (imp.source == prefix or imp.source.startswith(prefix + "."))
                  and (imp.target == target_prefix or imp.target.startswith(target_prefix + ".")))


def test_rules_do_not_import_the_policy() -> None:
    # rules see the policy through rules.context.PolicyView; the engine applies severities, off and waivers
    assert _edges("openwash.rules", "openwash.policy") == []


def test_markdown_does_not_know_github() -> None:
    # caps, the sticky marker and the comment body are the GitHub side's (github/presentation.py)
    assert _edges("openwash.report.markdown", "openwash.github") == []


def test_the_report_package_does_not_import_the_github_side() -> None:
    # The registry names the `github` format by its dotted path (imported only when that format is asked for);
    # the org writers read the sweep's report model (github/org/model.py, outcome.py) and nothing else of it.
    model = ("openwash.github.org.model", "openwash.github.org.outcome")
    assert [e for e in _edges("openwash.report", "openwash.github") if not e.endswith(model)] == []


def test_nothing_imports_the_cli() -> None:
    # (the two entry points, 'python -m openwash' and the console script, are what runs it; the command line's
    # own modules, its parser and check's table of options, are imported by it)
    assert [e for e in _edges("openwash", "openwash.cli")
            if not e.startswith(("openwash.__main__", "openwash.console", "openwash.cli:", "openwash.cli."))] == []


def test_policies_default_yml_agrees_with_the_rules_default_severities() -> None:
    from openwash.rules import all_rules

    rules = all_rules()
    default = yaml.safe_load((ROOT / "policies" / "default.yml").read_text(encoding="utf-8"))["rules"]
    eu = yaml.safe_load((ROOT / "policies" / "eu-ai-act-53-2.yml").read_text(encoding="utf-8"))["rules"]
    assert set(default) <= set(rules)
    for rid, rule in rules.items():
        if rid.startswith("OW4"):
            # the EU AI Act checks are off in the default policy and on, at their default, in their preset
            assert default.get(rid) is False and eu.get(rid) == rule.severity, rid
        else:
            assert default.get(rid, rule.severity) == rule.severity, rid


def test_each_check_yields_only_its_own_rule() -> None:
    # The engine does not run the check of a rule the policy turns off; that is the same as dropping its
    # findings only while no check names another rule's id.
    import inspect
    import re

    from openwash.rules import all_rules

    for rid, rule in all_rules().items():
        if rule.check is not None:
            named = set(re.findall(r'"(OW\d{3})"', inspect.getsource(rule.check)))
            assert named <= {rid}, (rid, rule.check.__name__, named)


def _third_party_importers(top: str) -> set[str]:
    """The openwash modules that import the third-party package ``top`` anywhere (module level or in a function)."""
    import ast

    found = set()
    for module, path in architecture.module_files().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else []
            if any(n == top or n.startswith(top + ".") for n in names):
                found.add(module)
    return found


def test_one_module_talks_to_the_github_api() -> None:
    # the token-host rule, ETags, retries and rate limits live in github/api.py; the sweep, its issues, the
    # sticky comment and github: policy sources all go through it
    assert _third_party_importers("github") == {"openwash.github.api"}
    # requests: the GitHub client, and the https: policy sources (which never carry a token)
    assert _third_party_importers("requests") == {"openwash.github.api", "openwash.policy.sources"}


def test_record_classes_are_declared_one_way() -> None:
    # openwash.records is the one spelling of a record class (dataclasses' start-up cost is what it avoids on
    # the hook path); the TYPE_CHECKING import in records.py is the only mention of dataclasses
    assert _third_party_importers("dataclasses") == {"openwash.records"}


def test_every_function_local_own_import_says_why_it_is_lazy() -> None:
    # issue 17: lazy imports only where the hook path needs laziness, each with a `# lazy: <why>` comment
    missing = architecture.uncommented_local_imports()
    assert missing == [], "function-local imports of openwash without a '# lazy: <why>' comment: " + ", ".join(
        missing)


def test_the_lazy_comment_check_reads_the_statement_and_the_comments_above_it(tmp_path: Path) -> None:
    write_tree(tmp_path, {
        "openwash/__init__.py": "",
        "openwash/b.py": "",
        "openwash/a.py": ("def bare():\n    from openwash import b\n\n"
                          "def trailing():\n    from openwash import b  # lazy: costly\n\n"
                          "def above():\n    # lazy: costly\n    import os\n    from openwash.b import (\n"
                          "        x,\n    )\n\n"
                          "def inside():\n    from openwash.b import (  # lazy: costly\n        x,\n    )\n\n"
                          "def other_comment():\n    # costly\n    from openwash import b\n"),
    })
    assert architecture.uncommented_local_imports(tmp_path) == ["openwash.a:2", "openwash.a:21"]
