"""The seed's "Async Mocking" chapter, one function per example.

Patching examples live in seed_patching.py.  Each function returns what it
observed, so the tests can check the values and main() can print them.
"""

from __future__ import annotations

import asyncio
from typing import Any

from mock import AsyncMock


async def basic_await() -> Any:
    async_mock = AsyncMock(return_value="async_result")
    result = await async_mock("arg1", key="value")
    assert result == "async_result"
    async_mock.assert_awaited_once_with("arg1", key="value")
    assert async_mock.await_count == 1
    return result


async def async_context_manager() -> Any:
    async_mock = AsyncMock()
    async_mock.__aenter__.return_value = "context_value"
    async_mock.__aexit__.return_value = None
    async with async_mock as ctx:
        assert ctx == "context_value"
    async_mock.__aenter__.assert_awaited_once()
    async_mock.__aexit__.assert_awaited_once()
    return ctx


async def async_iterator() -> Any:
    # The seed's rule: __aiter__ returning an async iterator drives its own
    # __anext__ (the reference would iterate iter(async_mock) and yield []).
    async_mock = AsyncMock()
    async_mock.__aiter__.return_value = async_mock
    async_mock.__anext__.side_effect = ["item1", "item2", StopAsyncIteration]
    items = []
    async for item in async_mock:
        items.append(item)
    assert items == ["item1", "item2"]
    async_mock.__aiter__.assert_called_once()
    return items


async def async_side_effect(*args: Any, **kwargs: Any) -> str:
    await asyncio.sleep(0.1)
    return f"processed: {args}"


async def async_function_side_effect() -> Any:
    async_mock = AsyncMock(side_effect=async_side_effect)
    result = await async_mock("test")
    assert result == "processed: ('test',)"
    return result


async def exception_side_effect() -> Any:
    async_mock = AsyncMock(side_effect=ValueError("async error"))
    try:
        await async_mock()
    except ValueError as e:
        assert str(e) == "async error"
        return repr(e)
    raise AssertionError("the side effect was not raised")


async def multiple_return_values() -> Any:
    async_mock = AsyncMock(side_effect=["first", "second", "third"])
    assert await async_mock() == "first"
    assert await async_mock() == "second"
    assert await async_mock() == "third"
    return ["first", "second", "third"]


class AsyncService:
    async def fetch_data(self, query: str) -> dict[str, Any]:
        raise NotImplementedError("real implementation")

    async def process_data(self, data: dict[str, Any]) -> str:
        raise NotImplementedError("real implementation")


async def async_service_spec() -> Any:
    async_service_mock = AsyncMock(spec=AsyncService)
    async_service_mock.fetch_data.return_value = {"result": "data"}
    async_service_mock.process_data.return_value = "processed"
    data = await async_service_mock.fetch_data("query")
    result = await async_service_mock.process_data(data)
    async_service_mock.fetch_data.assert_awaited_once_with("query")
    async_service_mock.process_data.assert_awaited_once_with({"result": "data"})
    return result


EXAMPLES = {
    "basic await": basic_await,
    "async context manager": async_context_manager,
    "async iterator": async_iterator,
    "async function side effect": async_function_side_effect,
    "exception side effect": exception_side_effect,
    "multiple return values": multiple_return_values,
    "spec of an async service": async_service_spec,
}


def main() -> None:
    for title, example in EXAMPLES.items():
        print(f"{title}: {asyncio.run(example())!r}")


if __name__ == "__main__":
    main()
