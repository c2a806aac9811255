"""Magic methods on names annotated MagicMock / AsyncMock (cause 3)."""

from __future__ import annotations

from unittest.mock import AsyncMock, MagicMock, NonCallableMagicMock


def use_container(m: MagicMock) -> None:
    m.__getitem__.return_value = 1
    m.__len__.return_value = 2
    assert m[0] == 1
    m["key"] = "value"
    del m["key"]
    assert len(m) == 2
    assert "x" not in m
    assert list(iter(m)) == []
    assert bool(m)


def use_context_manager(m: MagicMock) -> None:
    with m as entered:
        entered.work()
    m.__enter__.assert_called_once_with()
    m.__exit__.assert_called_once()


def use_operators(m: MagicMock) -> None:
    m.__add__.return_value = 5
    assert m + 1 == 5
    assert m < 3 or m >= 3
    m.__int__.return_value = 7
    assert int(m) == 7
    assert str(m)
    assert hash(m) == hash(m)


def use_non_callable(m: NonCallableMagicMock) -> None:
    m.__iter__.return_value = iter([1, 2])
    assert list(m) == [1, 2]
    assert m[1] is not None


async def use_async_protocols(m: MagicMock, am: AsyncMock) -> None:
    m.__aiter__.return_value = [1, 2]
    seen = [item async for item in m]
    assert seen == [1, 2]
    async with m as entered:
        entered.work()
    async with am as also:
        also.work()
    await am()
    m.__aenter__.assert_awaited_once()


def test_magic() -> None:
    use_container(MagicMock())
    use_context_manager(MagicMock())
    use_operators(MagicMock())
    use_non_callable(NonCallableMagicMock())
