"""AsyncMock, and the async variants of other mock classes."""

from __future__ import annotations

from ._awaiting import AsyncMockMixin
from ._deps import MagicMock, register_mock_class

__all__ = ["AsyncMagicMixin", "AsyncMock", "AsyncMockMixin"]

# The reference names the magic half of AsyncMock "AsyncMagicMixin"; here
# the magic support is MagicMock's own, so the name points at MagicMock.
AsyncMagicMixin = MagicMock


class AsyncMock(AsyncMockMixin, MagicMock):
    """A ``MagicMock`` for ``async def`` functions: a call returns a coroutine to await.

    Awaiting that coroutine runs ``side_effect`` or returns ``return_value``:

    - a ``side_effect`` function's result is returned (an ``async def`` side
      effect is awaited first); an exception (class or instance) is raised;
      an iterable gives one item per await, then ``StopAsyncIteration``;
    - otherwise ``return_value`` is returned as it is, awaitables included;
    - ``await_count``, ``await_args`` and ``await_args_list`` record the
      awaits in the order they happened (a call never awaited is a call,
      not an await), and the ``assert_awaited*`` methods check them.

    ``inspect.iscoroutinefunction(AsyncMock())`` is true.  Children are
    AsyncMocks, except synchronous magic methods and the synchronous
    methods of a spec, which are MagicMocks.
    """

    __module__ = "mock_async"


register_mock_class(AsyncMock)
