"""The async function that ``create_autospec`` makes for an ``async def``."""

from __future__ import annotations

from functools import partial
from typing import Any

from ._deps import _CallList, _setup_func, signature_of
from ._meta import coroutine_marker

_AWAIT_ASSERTS = (
    "assert_awaited",
    "assert_awaited_once",
    "assert_awaited_with",
    "assert_awaited_once_with",
    "assert_any_await",
    "assert_has_awaits",
    "assert_not_awaited",
)


def _forward(function: Any, name: str, /, *args: Any, **kwargs: Any) -> Any:
    # Looked up at call time: the helper reaches the mock behind the function.
    return getattr(function.mock, name)(*args, **kwargs)


def autospec_async_function(mock: Any, original: Any, instance: bool = False) -> Any:
    """Wrap *mock* in an ``async def`` named and shaped like *original*.

    When awaited, it checks the arguments against *original*'s signature,
    then awaits *mock*.

    It carries the mock (``.mock``), the call helpers and attributes of an
    autospecced function and the await ones, which *mock* delegates to.
    """
    found = signature_of(original, instance, isinstance(original, type))
    if found is None:
        return mock
    sig = found[1]
    bind = sig.bind

    async def funcopy(*args: Any, **kwargs: Any) -> Any:
        bind(*args, **kwargs)
        return await mock(*args, **kwargs)

    name = original.__name__
    if not isinstance(name, str) or not name.isidentifier():
        name = "funcopy"
    funcopy.__name__ = funcopy.__qualname__ = name
    _setup_func(funcopy, mock, sig)
    attrs: Any = funcopy
    attrs._is_coroutine = coroutine_marker()
    attrs.await_count = 0
    attrs.await_args = None
    attrs.await_args_list = _CallList()
    for helper in _AWAIT_ASSERTS:
        setattr(funcopy, helper, partial(_forward, funcopy, helper))
    return funcopy
