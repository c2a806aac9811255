"""Every example of the seed's async chapter runs and gives the seed's values."""

from __future__ import annotations

import asyncio
import contextlib
import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "examples"))

import seed_async  # noqa: E402


def test_basic_await() -> None:
    """The awaited mock gives its return value and records one await."""
    assert asyncio.run(seed_async.basic_await()) == "async_result"


def test_async_context_manager() -> None:
    """async with gives __aenter__'s return value."""
    assert asyncio.run(seed_async.async_context_manager()) == "context_value"


def test_async_iterator() -> None:
    """async for drives the configured __anext__ (the seed's rule)."""
    assert asyncio.run(seed_async.async_iterator()) == ["item1", "item2"]


def test_async_function_side_effect() -> None:
    """An async side effect is awaited."""
    assert asyncio.run(seed_async.async_function_side_effect()) == "processed: ('test',)"


def test_exception_side_effect() -> None:
    """An exception side effect is raised by the await."""
    assert asyncio.run(seed_async.exception_side_effect()) == "ValueError('async error')"


def test_multiple_return_values() -> None:
    """An iterable side effect gives one value per await."""
    assert asyncio.run(seed_async.multiple_return_values()) == ["first", "second", "third"]


def test_async_service_spec() -> None:
    """A spec'd AsyncMock has awaitable children for the async methods."""
    assert asyncio.run(seed_async.async_service_spec()) == "processed"


def test_main_prints_one_line_per_example() -> None:
    """main() runs every example and prints one line each."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        seed_async.main()
    lines = out.getvalue().splitlines()
    assert len(lines) == len(seed_async.EXAMPLES)
    assert lines[2] == "async iterator: ['item1', 'item2']"
