"""The classes the scenarios mock: 45 methods each, with varied signatures.

The methods are built in a loop from a few templates so that the count is
exact and easy to change; every method gets its own name and qualname, as a
hand-written class would.
"""

from __future__ import annotations

from typing import Any, Callable

METHOD_COUNT = 45


def _sync_method(index: int) -> Callable[..., Any]:
    kind = index % 4
    if kind == 0:

        def method(self, a, b=1):
            return a

    elif kind == 1:

        def method(self, *args, **kwargs):
            return args

    elif kind == 2:

        def method(self, x, *, key=None):
            return key

    else:

        def method(self):
            return None

    return method


def _async_method(index: int) -> Callable[..., Any]:
    if index % 2:

        async def method(self, a, b=1):
            return a

    else:

        async def method(self, *args, **kwargs):
            return args

    return method


def _build(name: str, async_every: int) -> type:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b

    __init__.__qualname__ = f"{name}.__init__"
    namespace: dict[str, Any] = {"__init__": __init__, "__module__": __name__}
    for index in range(METHOD_COUNT):
        is_async = async_every > 0 and index % async_every == async_every - 1
        method = _async_method(index) if is_async else _sync_method(index)
        method.__name__ = f"method_{index:02d}"
        method.__qualname__ = f"{name}.{method.__name__}"
        namespace[method.__name__] = method
    return type(name, (), namespace)


#: A plain class with an ``__init__(self, a, b=2)`` and 45 synchronous methods.
Service = _build("Service", async_every=0)

#: The same shape where every third method is ``async def`` (15 of 45).
AsyncService = _build("AsyncService", async_every=3)


def method_names(cls: type) -> list[str]:
    """The names of the 45 generated methods of ``cls``, in order."""
    return [name for name in vars(cls) if name.startswith("method_")]
