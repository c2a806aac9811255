"""The async iterators returned by the default ``__aiter__`` of magic mocks."""

from __future__ import annotations

from typing import Any, Iterator

from ._deps import DEFAULT, _is_instance_mock


class _AsyncIterator:
    """Wraps a synchronous iterator as an asynchronous one."""

    __slots__ = ("iterator",)

    def __init__(self, iterator: Iterator[Any]) -> None:
        self.iterator = iterator

    def __aiter__(self) -> _AsyncIterator:
        return self

    async def __anext__(self) -> Any:
        for item in self.iterator:
            return item
        raise StopAsyncIteration


class _AsyncDriver:
    """Drives another async iterator's own ``__anext__`` (the seed's rule)."""

    __slots__ = ("source",)

    def __init__(self, source: Any) -> None:
        self.source = source

    def __aiter__(self) -> _AsyncDriver:
        return self

    def __anext__(self) -> Any:
        # Looked up on the object each time, so a reconfigured __anext__
        # (side_effect set after the loop started) is honoured.
        return self.source.__anext__()


def _drives_itself(value: Any) -> bool:
    """True if *value* is an async iterator whose ``__anext__`` should run.

    A mock always has an ``__anext__`` magic; it is only used when it was
    configured (a side effect or a return value), otherwise the mock is
    iterated synchronously as the reference does, which keeps a bare
    ``MagicMock`` from producing an endless stream.
    """
    anext = getattr(type(value), "__anext__", None)
    if anext is None:
        return False
    if not _is_instance_mock(value):
        return True
    child = value.__anext__
    if not _is_instance_mock(child):
        return True
    return child.side_effect is not None or child._mock_return_value is not DEFAULT


def async_iterator(iterable: Any) -> Any:
    """What the default ``__aiter__`` returns for its ``return_value``.

    The reference wraps ``iter(return_value)``; we do the same, except that
    an async iterator (something with a configured ``__anext__``) is driven
    through its own ``__anext__`` (the seed's async-iterator example).
    """
    if iterable is DEFAULT:
        return _AsyncIterator(iter(()))
    if _drives_itself(iterable):
        return _AsyncDriver(iterable)
    return _AsyncIterator(iter(iterable))
