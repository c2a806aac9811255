"""async with and async for on MagicMock and AsyncMock."""

from __future__ import annotations

import asyncio
from types import ModuleType
from typing import Any

import pytest
from support.differential import OURS, STDLIB, same


async def collect(iterable: Any) -> list[Any]:
    return [item async for item in iterable]


def test_magic_method_kinds() -> None:
    """__aenter__/__aexit__/__anext__ are AsyncMocks, __aiter__ a MagicMock."""

    def scenario(lib: ModuleType) -> None:
        for m in (lib.MagicMock(), lib.AsyncMock()):
            assert isinstance(m.__aenter__, lib.AsyncMock)
            assert isinstance(m.__aexit__, lib.AsyncMock)
            assert isinstance(m.__anext__, lib.AsyncMock)
            assert isinstance(m.__aiter__, lib.MagicMock)
            assert not isinstance(m.__aiter__, lib.AsyncMock)

    same(scenario)


def test_async_with_default_and_configured() -> None:
    """async with awaits __aenter__ and __aexit__ once, giving __aenter__'s result."""

    def scenario(lib: ModuleType) -> None:
        for kind in (lib.MagicMock, lib.AsyncMock):
            cm = kind()
            cm.__aenter__.return_value = "value"

            async def main(cm: Any = cm) -> Any:
                async with cm as got:
                    return got

            assert asyncio.run(main()) == "value"
            cm.__aenter__.assert_awaited_once_with()
            cm.__aexit__.assert_awaited_once_with(None, None, None)

    same(scenario)


def test_exception_propagates_by_default() -> None:
    """The default __aexit__ does not swallow the exception (it returns False)."""

    def scenario(lib: ModuleType) -> None:
        cm = lib.MagicMock()

        async def main(cm: Any = cm) -> None:
            async with cm:
                raise TypeError("boom")

        with pytest.raises(TypeError):
            asyncio.run(main())
        assert cm.__aexit__.call_args.args[0] is TypeError

    same(scenario)


def test_coroutine_functions_assigned_as_magics() -> None:
    """Plain async functions assigned to __aenter__/__aexit__ are used."""
    seen = []

    async def enter(*args: Any) -> str:
        seen.append("enter")
        return "entered"

    async def leave(*args: Any) -> None:
        seen.append("exit")

    m = OURS.MagicMock()
    m.__aenter__ = enter
    m.__aexit__ = leave

    async def main() -> Any:
        async with m as got:
            return got

    assert asyncio.run(main()) == "entered"
    assert seen == ["enter", "exit"]


def test_used_once_with_magic_mock() -> None:
    """A MagicMock used with async with records the awaits as mock_calls."""

    def scenario(lib: ModuleType) -> None:
        m = lib.MagicMock()

        async def main(m: Any = m) -> None:
            async with m:
                pass

        asyncio.run(main())
        assert m.mock_calls == [lib.call.__aenter__(), lib.call.__aexit__(None, None, None)]

    same(scenario)


def test_default_iterates_nothing() -> None:
    """By default async for over a mock yields nothing."""

    def scenario(lib: ModuleType) -> None:
        for kind in (lib.MagicMock, lib.AsyncMock):
            assert asyncio.run(collect(kind())) == []

    same(scenario)


def test_return_value_list_iterator_tuple() -> None:
    """A list, a tuple or an iterator as __aiter__.return_value is iterated."""

    def scenario(lib: ModuleType) -> None:
        for value in (["a", "b"], ("a", "b"), iter(["a", "b"])):
            m = lib.MagicMock()
            m.__aiter__.return_value = value
            assert asyncio.run(collect(m)) == ["a", "b"], (lib.__name__, value)
            m.__aiter__.assert_called_once_with()

    same(scenario)


def test_list_can_be_iterated_again() -> None:
    """A list return value restarts at every async for."""

    def scenario(lib: ModuleType) -> None:
        m = lib.MagicMock()
        m.__aiter__.return_value = [1, 2]
        assert (asyncio.run(collect(m)), asyncio.run(collect(m))) == ([1, 2], [1, 2])

    same(scenario)


def test_seed_async_iterator_drives_its_own_anext() -> None:
    """Seed rule: __aiter__ returning the mock itself drives its configured __anext__."""
    m = OURS.AsyncMock()
    m.__aiter__.return_value = m
    m.__anext__.side_effect = ["item1", "item2", StopAsyncIteration]
    assert asyncio.run(collect(m)) == ["item1", "item2"]
    m.__aiter__.assert_called_once()
    assert m.__anext__.await_count == 3


def test_reference_differs_on_seed_async_iterator() -> None:
    """The reference iterates iter(mock) there and yields [] (the documented difference)."""
    m = STDLIB.AsyncMock()
    m.__aiter__.return_value = m
    m.__anext__.side_effect = ["item1", "item2", StopAsyncIteration]
    assert asyncio.run(collect(m)) == []


def test_real_async_iterator_is_driven() -> None:
    """A real async generator as __aiter__.return_value is driven through __anext__."""

    async def gen() -> Any:
        yield 1
        yield 2

    m = OURS.MagicMock()
    m.__aiter__.return_value = gen()
    assert asyncio.run(collect(m)) == [1, 2]


def test_unconfigured_mock_return_value_is_iterated_synchronously() -> None:
    """A mock with an untouched __anext__ is iterated like the reference (no endless loop)."""

    def scenario(lib: ModuleType) -> None:
        m = lib.MagicMock()
        m.__aiter__.return_value = lib.MagicMock()
        assert asyncio.run(collect(m)) == []

    same(scenario)


def test_anext_return_value_alone_counts_as_configured() -> None:
    """An __anext__ configured with side_effect exceptions stops the loop."""
    m = OURS.MagicMock()
    source = OURS.MagicMock()
    source.__anext__.side_effect = [1, StopAsyncIteration]
    m.__aiter__.return_value = source
    assert asyncio.run(collect(m)) == [1]


def test_anext_and_aiter_are_called_like_reference() -> None:
    """An async for over a list records one __aiter__ call and no __anext__ awaits."""

    def scenario(lib: ModuleType) -> None:
        m = lib.MagicMock()
        m.__aiter__.return_value = [1]
        asyncio.run(collect(m))
        assert m.__aiter__.call_count == 1
        m.__anext__.assert_not_awaited()

    same(scenario)
