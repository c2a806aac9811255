"""Calling and awaiting an AsyncMock: results, side effects, await records."""

from __future__ import annotations

import asyncio
import inspect
import warnings
from types import ModuleType
from typing import Any

import pytest
from support.differential import OURS, outcome, same


def test_call_returns_coroutine_and_is_counted_not_awaited() -> None:
    """A call returns a coroutine; it counts as a call but not as an await."""

    def scenario(lib: ModuleType) -> None:
        m = lib.AsyncMock()
        coro = m(1, k=2)
        assert inspect.iscoroutine(coro), lib.__name__
        assert asyncio.iscoroutine(coro), lib.__name__
        assert (m.call_count, m.await_count) == (1, 0), lib.__name__
        assert m.call_args == lib.call(1, k=2), lib.__name__
        assert m.await_args is None, lib.__name__
        assert m.await_args_list == [], lib.__name__
        asyncio.run(coro)
        assert (m.call_count, m.await_count) == (1, 1), lib.__name__
        assert m.await_args == lib.call(1, k=2), lib.__name__

    same(scenario)


def test_never_awaited_coroutine_warns() -> None:
    """An unawaited call leaves the usual 'was never awaited' RuntimeWarning."""
    import gc

    m = OURS.AsyncMock()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        m()
        gc.collect()
    assert any(str(w.message).endswith("was never awaited") for w in caught), [
        str(w.message) for w in caught
    ]


def test_awaiting_the_mock_itself_is_a_type_error() -> None:
    """`await mock` (not `await mock()`) fails as in the reference, recording nothing."""

    def scenario(lib: ModuleType) -> None:
        m = lib.AsyncMock()

        async def main(m: Any = m) -> Any:
            return await m

        with pytest.raises(TypeError):
            asyncio.run(main())
        assert (m.call_count, m.await_count) == (0, 0)

    same(scenario)


def test_await_order_is_recorded_not_call_order() -> None:
    """await_args_list follows the order of the awaits, call_args_list of the calls."""

    def scenario(lib: ModuleType) -> None:
        m = lib.AsyncMock()

        async def main(m: Any = m) -> None:
            second = m(2)
            first = m(1)
            await first
            await second

        asyncio.run(main())
        assert m.await_args_list == [lib.call(1), lib.call(2)], lib.__name__
        assert m.call_args_list == [lib.call(2), lib.call(1)], lib.__name__
        m.assert_has_awaits([lib.call(1), lib.call(2)])

    same(scenario)


def test_coroutine_cannot_be_awaited_twice() -> None:
    """Awaiting the same coroutine again is a RuntimeError and records nothing more."""

    def scenario(lib: ModuleType) -> None:
        m = lib.AsyncMock()
        coro = m()
        assert outcome(lambda: coro) == ("ok", m.return_value)
        assert outcome(lambda: coro)[:2] == ("raised", "RuntimeError"), lib.__name__
        assert m.await_count == 1, lib.__name__

    same(scenario)


def awaits_of(make: Any, awaits: int = 1, *args: Any) -> Any:
    """A scenario: the outcomes of `awaits` awaits of the mock `make(lib)` builds."""

    def scenario(lib: ModuleType) -> list[Any]:
        m = make(lib)
        return [outcome(m, *args) for _ in range(awaits)]

    return scenario


def test_return_value() -> None:
    """return_value is what the await gives."""
    assert same(awaits_of(lambda lib: lib.AsyncMock(return_value=10))) == [("ok", 10)]


def test_default_return_value_is_async_mock_child() -> None:
    """With nothing configured, the await gives the return_value child, an AsyncMock."""

    def scenario(lib: ModuleType) -> None:
        m = lib.AsyncMock()
        result = asyncio.run(m())
        assert result is m.return_value
        assert isinstance(result, lib.AsyncMock)

    same(scenario)


def test_awaitable_return_value_is_returned_as_is() -> None:
    """A Future or an AsyncMock as return_value is returned, not awaited."""

    def scenario(lib: ModuleType) -> None:

        async def main(lib: Any = lib) -> tuple[Any, Any]:
            fut = asyncio.get_running_loop().create_future()
            fut.set_result(None)
            other = lib.AsyncMock(return_value=10)
            return (await lib.AsyncMock(return_value=fut)(), fut), (
                await lib.AsyncMock(return_value=other)(),
                other,
            )

        (got_fut, fut), (got_mock, other) = asyncio.run(main())
        assert got_fut is fut
        assert got_mock is other

    same(scenario)


def test_sync_function_side_effect_result_is_returned() -> None:
    """A sync side effect's result is returned, not awaited."""
    assert same(awaits_of(lambda lib: lib.AsyncMock(side_effect=lambda v: v + 1), 1, 5)) == [
        ("ok", 6)
    ]


def test_async_function_side_effect_is_awaited() -> None:
    """An async def side effect is awaited and its result returned."""

    async def addition(v: int) -> int:
        await asyncio.sleep(0)
        return v + 1

    assert same(awaits_of(lambda lib: lib.AsyncMock(side_effect=addition), 1, 5)) == [("ok", 6)]


def test_async_mock_side_effect_is_awaited() -> None:
    """An AsyncMock side effect is awaited."""
    assert same(
        awaits_of(lambda lib: lib.AsyncMock(side_effect=lib.AsyncMock(return_value=10)))
    ) == [("ok", 10)]


def test_exception_side_effects_raise_when_awaited() -> None:
    """An exception class or instance is raised by the await, not the call."""
    assert same(awaits_of(lambda lib: lib.AsyncMock(side_effect=ValueError("async error")))) == [
        ("raised", "ValueError", "async error")
    ]
    assert same(awaits_of(lambda lib: lib.AsyncMock(side_effect=KeyError))) == [
        ("raised", "KeyError", "")
    ]
    m = OURS.AsyncMock(side_effect=ValueError("x"))
    coro = m()
    assert outcome(lambda: coro) == ("raised", "ValueError", "x")
    assert m.await_count == 1


def test_iterable_side_effect_then_stop_async_iteration() -> None:
    """An iterable gives one item per await, raises its exceptions, then StopAsyncIteration."""
    assert same(awaits_of(lambda lib: lib.AsyncMock(side_effect=[1, ValueError("two"), 3]), 4)) == [
        ("ok", 1),
        ("raised", "ValueError", "two"),
        ("ok", 3),
        ("raised", "StopAsyncIteration", ""),
    ]


def test_side_effect_returning_default_falls_back_to_return_value() -> None:
    """A side effect that returns DEFAULT lets return_value through."""
    assert same(
        awaits_of(lambda lib: lib.AsyncMock(side_effect=lambda: lib.DEFAULT, return_value=7))
    ) == [("ok", 7)]
    assert same(
        awaits_of(lambda lib: lib.AsyncMock(side_effect=[lib.DEFAULT], return_value=3))
    ) == [("ok", 3)]


def test_wraps_async_and_sync_functions() -> None:
    """wraps= awaits an async wrapped function and calls a sync one."""

    async def inner_async(x: int) -> int:
        return x * 2

    def inner_sync(x: int) -> int:
        return x * 3

    for wrapped, expected in ((inner_async, 4), (inner_sync, 6)):
        assert same(awaits_of(lambda lib, w=wrapped: lib.AsyncMock(wraps=w), 1, 2)) == [
            ("ok", expected)
        ]


def test_return_value_wins_over_wraps() -> None:
    """A configured return_value is returned without calling the wrapped function."""
    assert same(awaits_of(lambda lib: lib.AsyncMock(wraps=lambda: 1, return_value=2))) == [
        ("ok", 2)
    ]


def test_reset_mock_forgets_awaits() -> None:
    """reset_mock clears await_count, await_args and await_args_list too."""

    def scenario(lib: ModuleType) -> None:
        m = lib.AsyncMock(return_value=1)
        asyncio.run(m(1))
        m.reset_mock()
        assert (m.await_count, m.await_args, m.await_args_list) == (0, None, [])
        assert m.call_count == 0
        m.assert_not_awaited()
        assert asyncio.run(m()) == 1, lib.__name__

    same(scenario)


def test_reset_mock_keyword_arguments() -> None:
    """reset_mock(return_value=True, side_effect=True) also resets what they say."""

    def scenario(lib: ModuleType) -> None:
        m = lib.AsyncMock(return_value=1, side_effect=[5])
        asyncio.run(m())
        m.reset_mock(return_value=True, side_effect=True)
        assert m.side_effect is None
        assert isinstance(asyncio.run(m()), lib.AsyncMock)
        assert m.await_count == 1

    same(scenario)


def test_await_state_can_be_assigned() -> None:
    """await_count, await_args and await_args_list are assignable like the reference's."""

    def scenario(lib: ModuleType) -> None:
        m = lib.AsyncMock()
        m.await_count = 5
        m.await_args = lib.call(1)
        assert (m.await_count, m.await_args) == (5, lib.call(1))
        asyncio.run(m(2))
        assert (m.await_count, m.await_args) == (6, lib.call(2))

    same(scenario)
