"""Record classes: the declarations and behaviour of :mod:`dataclasses`, at a small part of its start-up cost.

openwash runs as a pre-commit hook, where start-up is most of the run (issue 19). Importing
:mod:`dataclasses` pulls in :mod:`inspect` (and with it ``ast``, ``dis``, ``tokenize``): 13-28 ms. Each
``@dataclass(frozen=True)`` then compiles six methods from generated source, about 1.4 ms a class on the
CI machine, and the hook path declares over twenty. A record compiles one method, ``__init__``, the one
that runs per instance, and builds ``__eq__``, ``__hash__``, ``__repr__`` and the frozen guards as closures
over :func:`operator.attrgetter`. ``bench/hook.py`` shows the difference.

What a declaration means is what it means to :func:`dataclasses.dataclass`, for the subset openwash uses:

* ``@record``, ``@record(frozen=True)``, ``@record(kw_only=True)``;
* fields from the class's annotations in order, after the fields of record base classes; ``ClassVar``
  annotations are not fields;
* defaults, and ``field(default=..., default_factory=..., compare=..., hash=..., repr=...)``;
* ``__post_init__`` is called by ``__init__``;
* ``__eq__`` compares the fields with ``compare=True`` of two instances of the same class;
* ``__hash__``: from the compared fields when frozen, none (unhashable) otherwise, unless the class body
  defines one; methods the class body defines are kept;
* ``replace``, ``fields`` and ``asdict`` as in :mod:`dataclasses`.

Type checkers read the :mod:`dataclasses` names (``TYPE_CHECKING``), so declarations are checked as
dataclasses are. ``tests/test_records.py`` holds every behaviour above against :mod:`dataclasses`.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from types import FunctionType
from typing import TYPE_CHECKING, Any

__all__ = ["FrozenInstanceError", "asdict", "field", "fields", "record", "replace"]


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class FrozenInstanceError(AttributeError):
    """Assigning to or deleting a field of a frozen record."""


class Field:
    """One field of a record: its name, default or default factory, and whether it is compared, hashed, shown."""

    __slots__ = ("compare", "default", "default_factory", "hash", "kw_only", "name", "repr")

    def __init__(self, default: Any = MISSING, default_factory: Any = MISSING, compare: bool = True,
                 hash: bool | None = None, repr: bool = True) -> None:
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError("cannot specify both default and default_factory")
        self.name = ""
        self.default = default
        self.default_factory = default_factory
        self.compare = compare
        self.hash = hash
        self.repr = repr
        self.kw_only = False

    def __repr__(self) -> str:
        return f"Field(name={self.name!r}, default={self.default!r}, default_factory={self.default_factory!r})"


def _field(*, default: Any = MISSING, default_factory: Any = MISSING, compare: bool = True,
           hash: bool | None = None, repr: bool = True) -> Any:
    return Field(default, default_factory, compare, hash, repr)


def _is_class_var(annotation: Any) -> bool:
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    return text.startswith(("ClassVar", "typing.ClassVar"))


def _getter(names: tuple[str, ...]) -> Callable[[Any], Any]:
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        single = attrgetter(names[0])
        return lambda obj: (single(obj),)
    return attrgetter(*names)


# What ``__init__`` is given for a field with a default factory that was not passed.
_FACTORY = object()


def _init_source(all_fields: tuple[Field, ...], frozen: bool, post_init: bool
                 ) -> tuple[str, dict[str, Any], tuple[Any, ...], dict[str, Any]]:
    """The source of ``__init__``, the globals it runs with, and the values of its positional and
    keyword-only defaults (what ``def`` would evaluate)."""
    scope: dict[str, Any] = {"_FACTORY": _FACTORY, "_setattr": object.__setattr__}
    params: list[str] = []
    keyword: list[str] = []
    body: list[str] = []
    defaults: list[Any] = []
    kwdefaults: dict[str, Any] = {}
    for index, f in enumerate(all_fields):
        if f.default_factory is not MISSING:
            param = f"{f.name}=_FACTORY"
            scope[f"_factory{index}"] = f.default_factory
            value = f"_factory{index}() if {f.name} is _FACTORY else {f.name}"
            default: Any = _FACTORY
        elif f.default is not MISSING:
            param = f"{f.name}=_default{index}"
            scope[f"_default{index}"] = f.default
            value = f.name
            default = f.default
        else:
            param = f.name
            value = f.name
            default = MISSING
        if f.kw_only:
            keyword.append(param)
            if default is not MISSING:
                kwdefaults[f.name] = default
        else:
            params.append(param)
            if default is not MISSING:
                defaults.append(default)
        body.append(f"_setattr(self, {f.name!r}, {value})" if frozen else f"self.{f.name} = {value}")
    if keyword:
        params += ["*", *keyword]
    if post_init:
        body.append("self.__post_init__()")
    source = "def __init__(self{}):\n    {}\n".format(
        "".join(", " + p for p in params), "\n    ".join(body or ["pass"]))
    return source, scope, tuple(defaults), kwdefaults


# The sources of the ``__init__`` methods built so far, with the module of their class: python -m
# openwash.regex_gates stores those of openwash's modules, compiled, in openwash/data/record_inits.py.
BUILT: dict[str, str] = {}
_stored: dict[str, Callable[..., None]] | None = None


def _make_init(source: str, scope: dict[str, Any], defaults: tuple[Any, ...], kwdefaults: dict[str, Any],
               module: str) -> Callable[..., None]:
    """``__init__`` from its source: the stored compiled function of the same source when there is one
    (compiling ``__init__`` was most of a record's start-up cost), else compiled here.  The stored function
    is only code: it runs with this record's globals and defaults, as the compiled one would."""
    global _stored
    BUILT.setdefault(source, module)
    if _stored is None:
        try:
            # lazy: the table is read when the first record is declared (it imports nothing of openwash)
            from openwash.data.record_inits import INITS
        except ImportError:  # pragma: no cover - a broken installation: compile every __init__
            INITS = {}
        _stored = INITS
    stored = _stored.get(source)
    if stored is None:
        exec(source, scope)
        return scope["__init__"]  # type: ignore[no-any-return]
    scope["__builtins__"] = __builtins__  # what exec adds
    init = FunctionType(stored.__code__, scope, "__init__", defaults or None)
    if kwdefaults:
        init.__kwdefaults__ = kwdefaults
    scope["__init__"] = init  # as exec leaves it
    return init


def _build(cls: type, frozen: bool, kw_only: bool) -> type:
    by_name: dict[str, Field] = {}
    for base in reversed(cls.__mro__[1:]):
        for f in base.__dict__.get("__record_fields__", ()):
            by_name[f.name] = f
    # Not inspect.get_annotations: importing inspect is the cost this module avoids.
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():  # noqa: RUF063
        if _is_class_var(annotation):
            continue
        value = cls.__dict__.get(name, MISSING)
        f = value if isinstance(value, Field) else Field(default=value)
        f.name = name
        f.kw_only = kw_only
        if isinstance(value, Field):
            # As in dataclasses: the class attribute becomes the default, or goes when there is none.
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        by_name[name] = f
    # Keyword-only fields come after the positional ones, whichever class declared them.
    all_fields = tuple([f for f in by_name.values() if not f.kw_only] + [f for f in by_name.values() if f.kw_only])
    cls.__record_fields__ = all_fields  # type: ignore[attr-defined]
    own = cls.__dict__

    if "__init__" not in own:
        source, scope, defaults, kwdefaults = _init_source(all_fields, frozen, hasattr(cls, "__post_init__"))
        init = _make_init(source, scope, defaults, kwdefaults, cls.__module__)
        init.__qualname__ = f"{cls.__qualname__}.__init__"
        init.__module__ = cls.__module__
        cls.__init__ = init  # type: ignore[misc]

    if "__repr__" not in own:
        shown = tuple(f.name for f in all_fields if f.repr)

        def __repr__(self: Any) -> str:
            inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
            return f"{self.__class__.__qualname__}({inner})"

        cls.__repr__ = __repr__  # type: ignore[method-assign]

    compared = _getter(tuple(f.name for f in all_fields if f.compare))
    if "__eq__" not in own:

        def __eq__(self: Any, other: Any) -> Any:
            if other.__class__ is self.__class__:
                return compared(self) == compared(other)
            return NotImplemented

        cls.__eq__ = __eq__  # type: ignore[method-assign]

    # dataclasses' rule (eq=True, unsafe_hash=False): a __hash__ written in the class body stays; a body
    # that defines __eq__ alone has __hash__ = None set by Python, which does not count as written.
    class_hash = own.get("__hash__", MISSING)
    explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in own))
    if not explicit_hash:
        if frozen:
            hashed = _getter(tuple(f.name for f in all_fields if (f.compare if f.hash is None else f.hash)))

            def __hash__(self: Any) -> int:
                return hash(hashed(self))

            cls.__hash__ = __hash__  # type: ignore[method-assign]
        else:
            cls.__hash__ = None  # type: ignore[assignment]

    if frozen:
        names = frozenset(f.name for f in all_fields)

        def __setattr__(self: Any, name: str, value: Any) -> None:
            if type(self) is cls or name in names:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            object.__setattr__(self, name, value)

        def __delattr__(self: Any, name: str) -> None:
            if type(self) is cls or name in names:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            object.__delattr__(self, name)

        cls.__setattr__ = __setattr__  # type: ignore[method-assign,assignment]
        cls.__delattr__ = __delattr__  # type: ignore[method-assign,assignment]
    return cls


def _record(cls: Any = None, /, *, frozen: bool = False, kw_only: bool = False) -> Any:
    def wrap(cls: type) -> type:
        return _build(cls, frozen, kw_only)

    return wrap if cls is None else wrap(cls)


def _fields(obj: Any) -> tuple[Field, ...]:
    try:
        return obj.__record_fields__  # type: ignore[no-any-return]
    except AttributeError:
        raise TypeError("fields() takes a record class or instance") from None


def _replace(obj: Any, /, **changes: Any) -> Any:
    for f in _fields(obj):
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _asdict(obj: Any) -> dict[str, Any]:
    if not hasattr(type(obj), "__record_fields__"):
        raise TypeError("asdict() takes a record instance")
    return _as_plain(obj)  # type: ignore[no-any-return]


def _as_plain(value: Any) -> Any:
    if hasattr(type(value), "__record_fields__"):
        return {f.name: _as_plain(getattr(value, f.name)) for f in value.__record_fields__}
    if isinstance(value, (list, tuple)):
        return type(value)(_as_plain(v) for v in value)
    if isinstance(value, dict):
        return {_as_plain(k): _as_plain(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool, bytes)):
        return value
    import copy  # lazy: only for values that are neither records, containers nor scalars (none on the hook path)

    return copy.deepcopy(value)


if TYPE_CHECKING:
    from dataclasses import asdict, field, fields, replace
    from dataclasses import dataclass as record
else:
    record = _record
    field = _field
    fields = _fields
    replace = _replace
    asdict = _asdict
