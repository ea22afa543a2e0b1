"""openwash.records behaves as dataclasses does for every declaration openwash uses.

Each case declares the same class twice, once with ``dataclasses.dataclass`` and once with
``openwash.records.record``, and checks that construction, defaults, factories, equality, hashing,
repr, frozen guards, inheritance, ``kw_only``, ``__post_init__``, ``replace``, ``fields`` and ``asdict``
agree.  A test also checks that the hook path never imports dataclasses (what the module is for).
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from typing import Any, ClassVar

import pytest

from openwash import records


def _both(body: dict[str, Any], annotations: dict[str, str], **options: Any) -> tuple[type, type]:
    """The class declared by ``body`` and ``annotations``, made by dataclasses and by records.

    ``body`` values that are ``("field", {...})`` become each module's own ``field(...)``.
    """
    made = []
    for decorate, make_field in ((dataclasses.dataclass, dataclasses.field), (records.record, records.field)):
        namespace = {k: make_field(**v[1]) if isinstance(v, tuple) and v[0] == "field" else v for k, v in body.items()}
        cls = type("Sample", (), dict(namespace, __annotations__=dict(annotations), __module__=__name__))
        made.append(decorate(**options)(cls) if options else decorate(cls))
    return made[0], made[1]


def test_construction_defaults_and_factories_agree() -> None:
    std, rec = _both({"c": 3, "d": ("field", {"default_factory": list})},
                     {"a": "int", "b": "str", "c": "int", "d": "list[int]"})
    for cls in (std, rec):
        x = cls(1, "b")
        assert (x.a, x.b, x.c, x.d) == (1, "b", 3, [])
        y = cls(1, b="b")
        assert x.d is not y.d  # a fresh list per instance
        z = cls(1, "b", 4, [5])
        assert (z.c, z.d) == (4, [5])
        assert not hasattr(cls, "d")  # a field with a factory leaves no class attribute
        with pytest.raises(TypeError):
            cls(1)
        with pytest.raises(TypeError):
            cls(1, "b", nope=2)
    assert repr(std(1, "b")) == repr(rec(1, "b"))


def test_equality_and_hash_follow_dataclasses() -> None:
    std, rec = _both({}, {"a": "int", "b": "str"}, frozen=True)
    for cls in (std, rec):
        assert cls(1, "x") == cls(1, "x")
        assert cls(1, "x") != cls(2, "x")
        assert cls(1, "x") != (1, "x")
        assert len({cls(1, "x"), cls(1, "x"), cls(2, "x")}) == 2
    mutable_std, mutable_rec = _both({}, {"a": "int"})
    for cls in (mutable_std, mutable_rec):
        assert cls.__hash__ is None  # eq without frozen: unhashable, as in dataclasses
        with pytest.raises(TypeError):
            hash(cls(1))


def test_field_compare_hash_and_repr_options() -> None:
    std, rec = _both({"note": ("field", {"default": "", "compare": False, "repr": False})},
                     {"a": "int", "note": "str"}, frozen=True)
    for cls in (std, rec):
        assert cls(1, "x") == cls(1, "y")
        assert hash(cls(1, "x")) == hash(cls(1, "y"))
        assert "note" not in repr(cls(1, "x"))
        assert cls.note == ""  # the default stays a class attribute
    assert repr(std(1)).replace("Sample", "") == repr(rec(1)).replace("Sample", "")


def test_frozen_instances_refuse_assignment_and_deletion() -> None:
    std, rec = _both({}, {"a": "int"}, frozen=True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        std(1).a = 2
    with pytest.raises(records.FrozenInstanceError):
        rec(1).a = 2
    with pytest.raises(records.FrozenInstanceError):
        del rec(1).a
    with pytest.raises(AttributeError):  # both errors are AttributeErrors, as callers catch them
        rec(1).b = 2


def test_methods_written_in_the_class_body_are_kept() -> None:
    def __repr__(self: Any) -> str:
        return "mine"

    def __hash__(self: Any) -> int:
        return 7

    std, rec = _both({"__repr__": __repr__, "__hash__": __hash__}, {"a": "int"})
    for cls in (std, rec):
        assert repr(cls(1)) == "mine"
        assert hash(cls(1)) == 7


def test_inheritance_kw_only_and_post_init() -> None:
    for decorate, fld in ((dataclasses.dataclass, dataclasses.field), (records.record, records.field)):
        @decorate(kw_only=True)
        class Base:
            root: str
            tags: list[str] = fld(default_factory=list)

        @decorate(kw_only=True)
        class Child(Base):
            depth: int = 0
            seen: ClassVar[int] = 0

            def __post_init__(self) -> None:
                self.depth += 1

        child = Child(root="r", depth=2)
        assert (child.root, child.tags, child.depth) == ("r", [], 3)
        assert [f.name for f in (dataclasses.fields(Child) if decorate is dataclasses.dataclass
                                 else records.fields(Child))] == ["root", "tags", "depth"]
        with pytest.raises(TypeError):
            Child("r")  # keyword only
        assert Child.seen == 0


def test_replace_fields_and_asdict() -> None:
    @records.record(frozen=True)
    class Inner:
        x: int

    @records.record
    class Outer:
        name: str
        inner: Inner
        items: list[Inner] = records.field(default_factory=list)
        table: dict[str, int] = records.field(default_factory=dict)

    outer = Outer("o", Inner(1), [Inner(2)], {"k": 3})
    assert records.asdict(outer) == {"name": "o", "inner": {"x": 1}, "items": [{"x": 2}], "table": {"k": 3}}
    changed = records.replace(outer, name="p")
    assert (changed.name, changed.inner) == ("p", Inner(1))
    assert outer.name == "o"
    assert [f.name for f in records.fields(outer)] == ["name", "inner", "items", "table"]
    with pytest.raises(TypeError):
        records.fields(object())
    with pytest.raises(TypeError):
        records.asdict({"not": "a record"})


def test_the_hook_path_does_not_import_dataclasses(tmp_path: Any) -> None:
    (tmp_path / "README.md").write_text("# Tool\n\nA tool that formats tables.\n", encoding="utf-8")
    code = ("import sys\nfrom openwash.cli import main\nrc = main(['check', '--quiet'])\n"
            "print(sorted(m for m in ('dataclasses', 'inspect') if m in sys.modules))\n")
    got = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert got.stdout.strip().splitlines()[-1] == "[]", got.stdout + got.stderr


def test_a_stored_init_is_the_one_its_source_would_compile_to() -> None:
    # openwash's record classes take their __init__ from openwash/data/record_inits.py (compiled with the
    # wheel): the same code, given the record's own globals and defaults
    from openwash.data.record_inits import INITS
    from openwash.documents import Block, Link
    from openwash.engine import Prepared
    from openwash.rules.context import RuleContext

    for cls in (Block, Link, Prepared, RuleContext):
        fields = records.fields(cls)
        source, scope, _defaults, _kwdefaults = records._init_source(fields, False, hasattr(cls, "__post_init__"))
        if source not in INITS:
            source, scope, _defaults, _kwdefaults = records._init_source(fields, True,
                                                                        hasattr(cls, "__post_init__"))
        assert source in INITS, cls
        exec(source, scope)
        compiled = scope["__init__"]
        stored = cls.__init__
        assert stored.__code__.co_code == compiled.__code__.co_code
        assert stored.__code__.co_varnames == compiled.__code__.co_varnames
        assert stored.__defaults__ == compiled.__defaults__ and stored.__kwdefaults__ == compiled.__kwdefaults__
        assert {k: v for k, v in stored.__globals__.items() if k not in ("__builtins__", "__init__")} == \
            {k: v for k, v in scope.items() if k not in ("__builtins__", "__init__")}
        assert stored.__globals__["__init__"] is stored
    # a declaration whose __init__ is not in the table is compiled as before
    made = records.record(type("Fresh", (), {"__annotations__": {"zz_unusual_name": "int"}, "zz_unusual_name": 3,
                                              "__module__": __name__}))
    assert made().zz_unusual_name == 3 and made(4).zz_unusual_name == 4
    assert made.__init__.__code__.co_filename == "<string>"
