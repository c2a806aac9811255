"""The seed's patching examples: decorator, context manager, new_callable=AsyncMock."""

from __future__ import annotations

import asyncio

import service  # examples/ is on sys.path when run by run_all.py or the tests

from mock import AsyncMock, patch


@patch("service.async_function", new_callable=AsyncMock)
async def with_async_patch(mock_async_func: AsyncMock) -> str:
    mock_async_func.return_value = "mocked_result"
    result = await service.async_function("arg")
    assert result == "mocked_result"
    mock_async_func.assert_awaited_once_with("arg")
    return result


async def with_context_patch() -> str:
    with patch("service.async_function", new_callable=AsyncMock) as mock_func:
        mock_func.return_value = "mocked"
        result = await service.async_function()
        assert result == "mocked"
    return result


async def with_automatic_async_mock() -> str:
    # No new_callable: patch sees an async function and makes an AsyncMock.
    with patch("service.async_function") as mock_func:
        assert isinstance(mock_func, AsyncMock)
        mock_func.return_value = "world"
        greeting = await service.greet()
        mock_func.assert_awaited_once_with("greeting")
    return greeting


def with_sync_patch() -> str:
    with patch("service.current_user", return_value="alice") as lookup:
        user = service.current_user()
        lookup.assert_called_once_with()
    return user


EXAMPLES = {
    "decorator with new_callable=AsyncMock": lambda: asyncio.run(with_async_patch()),
    "context manager with new_callable=AsyncMock": lambda: asyncio.run(with_context_patch()),
    "AsyncMock chosen for an async target": lambda: asyncio.run(with_automatic_async_mock()),
    "patch of a sync function": with_sync_patch,
}


def main() -> None:
    for title, run in EXAMPLES.items():
        print(f"{title}: {run()!r}")


if __name__ == "__main__":
    main()
