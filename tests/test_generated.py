"""The tables the hook reads ship as generated Python modules (openwash.generated): what is written is a
literal that reads back equal, a missing or broken module is no table, and a check imports no json."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from conftest import imported_by_check, make_git_repo
from openwash import generated


def test_a_rendered_module_says_who_writes_it_and_holds_its_values() -> None:
    values = {"TABLE": {"b": "two\nlines\n", "a": [1, (2, "x")], "empty": {}}, "TEXT": "", "NONE": None}
    text = generated.render("python -m openwash.example --write", "A table.", values,
                            functions={"data": {"k": [{"n": True}]}})
    assert text.startswith('"""A table.\n\nWritten by ``python -m openwash.example --write``; do not edit."""\n')
    assert "\n# ruff: noqa\n" in text
    assert "\n    'a': [1, (2, 'x')],\n" in text  # a top-level dict: one entry per line
    scope: dict[str, object] = {}
    exec(compile(text, "<generated>", "exec"), scope)
    assert {name: scope[name] for name in values} == values
    data = scope["data"]
    assert callable(data) and data() == {"k": [{"n": True}]}
    assert data() is not data() and data()["k"] is not data()["k"]  # a fresh copy every call
    ast.parse(text)


class _Name(str):
    """A str subclass (as some loaders give): its literal comes back as a plain str."""


@pytest.mark.parametrize("value", [dt.date(2026, 1, 2), float("nan"), object(), {"k": [dt.date(2026, 1, 2)]},
                                   {(1, dt.date(2026, 1, 2)): 1}, {"k": [1, (2, _Name("x"))]}, {_Name("k"): 1}])
def test_a_value_no_literal_stands_for_is_refused(value: object) -> None:
    with pytest.raises(ValueError, match="not a Python literal"):
        generated.render("python -m x", "A table.", {"VALUE": value})


def test_a_missing_or_broken_module_is_no_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ow_gen_broken.py").write_text("VALUE = {\n", encoding="utf-8")
    (tmp_path / "ow_gen_fine.py").write_text("VALUE = {'a': 1}\n\n\ndef data():\n    return {'b': [2]}\n",
                                             encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert generated.load("ow_gen_missing", "VALUE") is None
    assert generated.load("ow_gen_broken", "VALUE") is None
    assert generated.load("ow_gen_fine", "OTHER") is None
    assert generated.load("ow_gen_fine", "VALUE") == {"a": 1}
    first = generated.load("ow_gen_fine", "data")
    assert first == {"b": [2]} and first is not generated.load("ow_gen_fine", "data")


def test_a_check_does_not_import_json(tmp_path: Path) -> None:
    # the hook's tables are read from byte code (issue 19): importing json cost a check about 2 ms
    repo = make_git_repo(tmp_path / "repo", {
        "README.md": "# Wren\n\nWren-7B is an open-source language model, fine-tuned from Llama 3. Weights: "
                     "https://huggingface.co/acme/wren (see MODEL_CARD.md). 我们开源了模型权重。\n",
        "MODEL_CARD.md": "## Model Details\n\nWren-7B is released under the Wren Community License. "
                         "Training data: a new mix of publicly available online data.\n",
        "LICENSE": "Apache License\nVersion 2.0, January 2004\n",
        "USE_POLICY.md": "# Acceptable Use Policy\n\nYou agree not to use Wren to violate the law.\n"})
    _code, (json_loaded, licenses_loaded) = imported_by_check(repo, "json", "openwash.licenses")
    assert not json_loaded and licenses_loaded  # (the licences were identified: the tables were read)
