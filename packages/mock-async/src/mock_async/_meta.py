"""The function attributes that make an async mock pass for a coroutine function.

``inspect.iscoroutinefunction`` (3.10+) and ``mock_backports.iscoroutinefunction``
accept a callable that has a function's attributes and a ``__code__``
passing for a code object with the coroutine flag.  The reference stores
these on every instance at creation, the code being a
``NonCallableMock(spec_set=CodeType)``; here they are class-level
descriptors that make the value on first read (the code mock costs more
than the AsyncMock itself), and store it on the instance when it is the
mock's own (mutable, or a mock).  A read gives what the reference's
instance attribute would; an assignment or ``del`` acts on the instance.
"""

from __future__ import annotations

from types import CodeType
from typing import Any, Callable

from ._deps import NonCallableMock, _deleted

__all__ = ["FUNCTION_ATTRIBUTES", "NAMES", "coroutine_marker", "present"]

# CO_COROUTINE | CO_VARARGS | CO_VARKEYWORDS: an ``async def f(*args, **kwargs)``.
_ASYNC_VARARGS_FLAGS = 0x80 | 0x04 | 0x08

NAMES = ("__annotations__", "__code__", "__defaults__", "__kwdefaults__", "__name__")


def _code() -> Any:
    code: Any = NonCallableMock(spec_set=CodeType)
    code.co_flags = _ASYNC_VARARGS_FLAGS
    code.co_argcount = code.co_posonlyargcount = code.co_kwonlyargcount = 0
    code.co_varnames = ("args", "kwargs")
    return code


class _FunctionAttribute:
    """One function attribute of async mocks, for mocks that have not set their own."""

    __slots__ = ("_make", "_name", "_owned")

    def __init__(self, name: str, make: Callable[[], Any], owned: bool) -> None:
        self._name = name
        self._make = make
        # A mutable value or a mock is the instance's own once read.
        self._owned = owned

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        name = self._name
        if obj._mock_children.get(name) is _deleted:
            # Deleted from the mock (``del m.__name__``), as from a reference one.
            raise AttributeError(name)
        if self._owned:
            return obj.__dict__.setdefault(name, self._make())
        return self._make()


def coroutine_marker() -> Any:
    # asyncio.iscoroutinefunction of 3.9-3.13 recognises mocks by this
    # marker.  Imported on first read: whoever asks has asyncio loaded.
    import asyncio.coroutines

    return getattr(asyncio.coroutines, "_is_coroutine", None)


class _Marker:
    """``_is_coroutine``, read by ``asyncio.iscoroutinefunction``."""

    __slots__ = ()

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        return coroutine_marker()


# Put in AsyncMockMixin's namespace by its class body: set on the class
# afterwards, ``__name__`` would rename the class instead.
FUNCTION_ATTRIBUTES: dict[str, Any] = {
    "__code__": _FunctionAttribute("__code__", _code, owned=True),
    "__name__": _FunctionAttribute("__name__", lambda: "AsyncMock", owned=False),
    "__defaults__": _FunctionAttribute("__defaults__", tuple, owned=False),
    "__kwdefaults__": _FunctionAttribute("__kwdefaults__", dict, owned=True),
    "__annotations__": _FunctionAttribute("__annotations__", lambda: None, owned=False),
    "_is_coroutine": _Marker(),
}


def present(mock: Any) -> list[str]:
    """The function attributes ``dir(mock)`` shows: those not deleted."""
    children = mock._mock_children
    return [name for name in NAMES if children.get(name) is not _deleted]
