"""Function metadata that makes an async mock look like a coroutine function.

``inspect.iscoroutinefunction`` (3.10+) and ``mock_backports.iscoroutinefunction``
accept any callable that carries function-like attributes and a real code
object with the coroutine flag.  One code object serves every instance; the
attributes are class-level non-data descriptors, so nothing is stored on an
instance until someone assigns to (or, for the mutable ``__kwdefaults__``,
reads) one of them.
"""

from __future__ import annotations

from types import CodeType
from typing import TYPE_CHECKING, Any, Callable


async def AsyncMock(*args: Any, **kwargs: Any) -> Any:
    """Template whose code object every async mock reports as ``__code__``."""


# CO_COROUTINE | CO_VARARGS | CO_VARKEYWORDS, no positional parameters,
# co_varnames ('args', 'kwargs'): the shape the reference's code mock reports.
SHARED_CODE: CodeType = AsyncMock.__code__
del AsyncMock


class SharedAttribute:
    """A read-mostly function attribute shared by all instances of a class."""

    __slots__ = ("_make", "_name", "_per_instance")

    def __init__(self, name: str, make: Callable[[], Any], per_instance: bool = False) -> None:
        self._name = name
        self._make = make
        # Mutable defaults are created per instance (on first read) so that
        # mutating one mock's ``__kwdefaults__`` never leaks into another.
        self._per_instance = per_instance

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        value = self._make()
        if self._per_instance:
            obj.__dict__.setdefault(self._name, value)
            return obj.__dict__[self._name]
        return value


def _coroutine_marker() -> Any:
    # asyncio.iscoroutinefunction of 3.9 (whose inspect ignores function-like
    # objects) recognises mocks by this marker.  Imported on first read only:
    # by then whoever asks has asyncio loaded anyway.
    import asyncio.coroutines

    return getattr(asyncio.coroutines, "_is_coroutine", None)


class _Marker:
    """``_is_coroutine``: the marker of asyncio's 3.9-3.13 detection."""

    __slots__ = ()

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        return _coroutine_marker()


FUNCTION_ATTRIBUTES: dict[str, Any] = {
    "__code__": SharedAttribute("__code__", lambda: SHARED_CODE),
    "__name__": SharedAttribute("__name__", lambda: "AsyncMock"),
    "__defaults__": SharedAttribute("__defaults__", tuple),
    "__kwdefaults__": SharedAttribute("__kwdefaults__", dict, per_instance=True),
    "__annotations__": SharedAttribute("__annotations__", lambda: None),
    "_is_coroutine": _Marker(),
}


# The attributes sit in a base class's namespace from its creation:
# assigning ``__name__`` to a class afterwards would rename the class.
if TYPE_CHECKING:

    class FunctionAttributes:
        """The function-like attributes above, as a base class."""

else:
    FunctionAttributes = type(
        "FunctionAttributes",
        (),
        {"__slots__": (), "__module__": __name__, **FUNCTION_ATTRIBUTES},
    )
