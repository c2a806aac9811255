"""Small questions about objects that the mock classes, autospec and patch ask.

Each answers as the reference does; none imports anything heavy.
"""

from __future__ import annotations

# collections.abc's ABCs are defined here; importing collections.abc would also
# import the collections package, which nothing else in mock_core needs.
from _collections_abc import Awaitable
from types import CoroutineType, FunctionType, GeneratorType, MethodType

from ._deps import iscoroutinefunction
from ._spec import FunctionTypes

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "_MockIter",
    "_callable",
    "_extract_mock",
    "_is_async_func",
    "_is_exception",
    "_is_list",
    "_isawaitable",
    "_try_iter",
]


def _is_exception(obj: Any) -> bool:
    return isinstance(obj, BaseException) or (
        isinstance(obj, type) and issubclass(obj, BaseException)
    )


def _extract_mock(obj: Any) -> Any:
    # Autospecced functions carry their mock as ``.mock``.
    if isinstance(obj, FunctionTypes) and hasattr(obj, "mock"):
        return obj.mock
    return obj


def _callable(obj: Any) -> bool:
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, MethodType)):
        return _callable(obj.__func__)
    # Not callable(): a __call__ set to None means "not callable" here.
    return getattr(obj, "__call__", None) is not None  # noqa: B004


def _is_list(obj: Any) -> bool:
    return type(obj) in (list, tuple)


# Specs are mostly functions, methods and classes: none of them can be
# awaited, and the ABC check below is the slow part of telling.
_never_awaitable = frozenset((FunctionType, MethodType, type))


def _isawaitable(obj: Any) -> bool:
    if type(obj) in _never_awaitable:
        return False
    if isinstance(obj, CoroutineType):
        return True
    if isinstance(obj, GeneratorType):
        return bool(obj.gi_code.co_flags & 0x100)
    return isinstance(obj, Awaitable)


def _is_async_func(func: Any) -> bool:
    if getattr(func, "__code__", None):
        return bool(iscoroutinefunction(func))
    return False


def _try_iter(obj: Any) -> Any:
    if obj is None or _is_exception(obj) or _callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        # Left as is: it fails on the first call, as in the reference.
        return obj


class _MockIter:
    """Marks an iterator made from a ``side_effect`` iterable."""

    def __init__(self, obj: Any) -> None:
        self.obj = iter(obj)

    def __next__(self) -> Any:
        return next(self.obj)
