"""The tables of magic methods MagicMock supports, and their defaults."""

from __future__ import annotations

import sys

from ._base import DEFAULT

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

_magic_words = (
    "lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof "
    "enter exit divmod rdivmod neg pos abs invert complex int float index "
    "round trunc floor ceil bool next fspath aiter"
)
if "PyPy" in sys.version:
    # PyPy objects have no __sizeof__.
    _magic_words = _magic_words.replace("sizeof ", "")
_numerics = "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow"

_magics = frozenset(
    f"__{word}__"
    for word in (
        _magic_words.split()
        + _numerics.split()
        + [f"i{w}" for w in _numerics.split()]
        + [f"r{w}" for w in _numerics.split()]
    )
)

# Supported when assigned, but never given a default.
_non_defaults = frozenset(
    {
        "__get__",
        "__set__",
        "__delete__",
        "__reversed__",
        "__missing__",
        "__reduce__",
        "__reduce_ex__",
        "__getinitargs__",
        "__getnewargs__",
        "__getstate__",
        "__setstate__",
        "__getformat__",
        "__repr__",
        "__dir__",
        "__subclasses__",
        "__format__",
        "__getnewargs_ex__",
    }
)

_async_method_magics = frozenset({"__aenter__", "__aexit__", "__anext__"})
_sync_async_magics = frozenset({"__aiter__"})
_async_magics = _async_method_magics | _sync_async_magics
_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_magics
# What a MagicMock has before any configuration.
_default_magics = _magics | _async_method_magics

_unsupported_magics = frozenset(
    {
        "__getattr__",
        "__setattr__",
        "__init__",
        "__new__",
        "__prepare__",
        "__instancecheck__",
        "__subclasscheck__",
        "__del__",
    }
)

_return_values: dict[str, Any] = {
    "__lt__": NotImplemented,
    "__gt__": NotImplemented,
    "__le__": NotImplemented,
    "__ge__": NotImplemented,
    "__int__": 1,
    "__contains__": False,
    "__len__": 0,
    "__exit__": False,
    "__complex__": 1j,
    "__float__": 1.0,
    "__bool__": True,
    "__index__": 1,
    "__aexit__": False,
}


def _calc_fspath(mock: Any) -> str:
    return f"{type(mock).__name__}/{mock._extract_mock_name()}/{id(mock)}"


_calculate_return_value: dict[str, Any] = {
    "__hash__": object.__hash__,
    "__str__": object.__str__,
    "__sizeof__": object.__sizeof__,
    "__fspath__": _calc_fspath,
}


def _get_eq(mock: Any) -> Any:
    def __eq__(other: Any) -> Any:
        configured = mock.__eq__._mock_return_value
        if configured is not DEFAULT:
            return configured
        return True if mock is other else NotImplemented

    return __eq__


def _get_ne(mock: Any) -> Any:
    def __ne__(other: Any) -> Any:
        if mock.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        return False if mock is other else NotImplemented

    return __ne__


def _get_iter(mock: Any) -> Any:
    def __iter__() -> Any:
        configured = mock.__iter__._mock_return_value
        if configured is DEFAULT:
            return iter([])
        return iter(configured)

    return __iter__


def _get_async_iter(mock: Any) -> Any:
    from ._deps import async_support

    make = async_support().async_iterator

    def __aiter__() -> Any:
        configured = mock.__aiter__._mock_return_value
        if configured is DEFAULT:
            return make([])
        return make(configured)

    return __aiter__


_side_effect_methods: dict[str, Any] = {
    "__eq__": _get_eq,
    "__ne__": _get_ne,
    "__iter__": _get_iter,
    "__aiter__": _get_async_iter,
}


def _set_default(mock: Any, method: Any, name: str) -> None:
    """Give the freshly made magic child ``method`` its reference default."""
    if name in _return_values:
        method.return_value = _return_values[name]
    elif name in _calculate_return_value:
        method.return_value = _calculate_return_value[name](mock)
    elif name in _side_effect_methods:
        method.side_effect = _side_effect_methods[name](mock)


def _is_magic(name: str) -> bool:
    return name[:2] == "__" and name[-2:] == "__" and f"__{name[2:-2]}__" == name


def _as_method(name: str, func: Any) -> Any:
    """A plain function that calls ``func`` with the instance first (a
    callable assigned as a magic method of a mock)."""

    def method(self: Any, /, *args: Any, **kw: Any) -> Any:
        return func(self, *args, **kw)

    method.__name__ = name
    return method
