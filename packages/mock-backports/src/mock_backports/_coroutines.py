"""Coroutine-function detection with the answers of Python 3.13's inspect.

Written without importing inspect or asyncio: mock_core calls this on its
hot paths and must stay cheap to import.
"""

from __future__ import annotations

import sys
import types

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from functools import partial
    from typing import Any, Callable, TypeVar

    _F = TypeVar("_F", bound=Callable[..., Any])
else:  # functools' own partial, without functools (which imports collections)
    from _functools import partial

# The CO_COROUTINE bit of a code object's flags; stable since Python 3.5.
_CO_COROUTINE = 0x80
_MISSING = object()

if sys.version_info >= (3, 12):
    # inspect owns the marker there; sharing it keeps inspect.iscoroutinefunction
    # and ours in agreement about functions marked by either.
    def _marker() -> object:
        import inspect

        # 3.12.0-3.12.x name it _is_coroutine_marker, later ones _is_coroutine_mark.
        mark = getattr(inspect, "_is_coroutine_mark", None)
        return mark if mark is not None else getattr(inspect, "_is_coroutine_marker")

else:  # pragma: no cover - before 3.12 only; CI measures coverage on 3.13
    _OWN_MARK = object()

    def _marker() -> object:
        return _OWN_MARK


def _unwrap(obj: Any) -> Any:
    """Strip partialmethods, bound methods and partials, like inspect does."""
    # A partialmethod can exist only once functools is imported; until then
    # there is none to strip, and looking it up here keeps functools unloaded.
    functools = sys.modules.get("functools")
    partialmethod = functools.partialmethod if functools is not None else None
    previous = None
    while obj is not previous:
        previous = obj
        if partialmethod is not None:
            while isinstance(getattr(obj, "__partialmethod__", None), partialmethod):
                obj = obj.__partialmethod__
            while isinstance(obj, partialmethod):
                obj = obj.func
        while isinstance(obj, partial):
            obj = obj.func
    while isinstance(obj, types.MethodType):
        obj = obj.__func__
    while isinstance(obj, partial):
        obj = obj.func
    return obj


def _is_function_like(obj: Any) -> bool:
    """True for functions and for objects that carry a function's attributes."""
    if isinstance(obj, types.FunctionType):
        return True
    if isinstance(obj, type) or not callable(obj):
        return False
    defaults = getattr(obj, "__defaults__", _MISSING)
    kwdefaults = getattr(obj, "__kwdefaults__", _MISSING)
    annotations = getattr(obj, "__annotations__", None)
    return (
        isinstance(getattr(obj, "__code__", None), types.CodeType)
        and isinstance(getattr(obj, "__name__", None), str)
        and (defaults is None or isinstance(defaults, tuple))
        and (kwdefaults is None or isinstance(kwdefaults, dict))
        and (annotations is None or isinstance(annotations, dict))
    )


def iscoroutinefunction(obj: object) -> bool:
    """Return True if *obj* is a coroutine function, as Python 3.13 judges it.

    That covers ``async def`` functions and methods, ``functools.partial``
    and ``partialmethod`` wrappers of them, objects marked with
    :func:`markcoroutinefunction`, and function-like objects (mocks among
    them) whose ``__code__`` carries the coroutine flag.
    """
    target = _unwrap(obj)
    if _is_function_like(target) and target.__code__.co_flags & _CO_COROUTINE:
        return True
    marked = obj
    while isinstance(marked, types.MethodType):
        marked = marked.__func__
    while isinstance(marked, partial):
        marked = marked.func
    mark = getattr(marked, "_is_coroutine_marker", None)
    return mark is not None and mark is _marker()


def markcoroutinefunction(func: _F) -> _F:
    """Mark *func* so that :func:`iscoroutinefunction` answers True for it."""
    if hasattr(func, "__func__"):
        func = func.__func__
    func._is_coroutine_marker = _marker()  # type: ignore[attr-defined]
    return func
