"""async with and async for on MagicMock and AsyncMock."""

from __future__ import annotations

import unittest
from typing import Any

from ma_support import BOTH, OURS, STDLIB, run


async def collect(iterable: Any) -> list[Any]:
    return [item async for item in iterable]


class AsyncContextManagerTest(unittest.TestCase):
    def test_magic_method_kinds(self) -> None:
        """__aenter__/__aexit__/__anext__ are AsyncMocks, __aiter__ a MagicMock."""
        for lib in BOTH:
            for m in (lib.MagicMock(), lib.AsyncMock()):
                self.assertIsInstance(m.__aenter__, lib.AsyncMock)
                self.assertIsInstance(m.__aexit__, lib.AsyncMock)
                self.assertIsInstance(m.__anext__, lib.AsyncMock)
                self.assertIsInstance(m.__aiter__, lib.MagicMock)
                self.assertNotIsInstance(m.__aiter__, lib.AsyncMock)

    def test_async_with_default_and_configured(self) -> None:
        """async with awaits __aenter__ and __aexit__ once, giving __aenter__'s result."""
        for lib in BOTH:
            for kind in (lib.MagicMock, lib.AsyncMock):
                cm = kind()
                cm.__aenter__.return_value = "value"

                async def main(cm: Any = cm) -> Any:
                    async with cm as got:
                        return got

                self.assertEqual(run(main()), "value")
                cm.__aenter__.assert_awaited_once_with()
                cm.__aexit__.assert_awaited_once_with(None, None, None)

    def test_exception_propagates_by_default(self) -> None:
        """The default __aexit__ does not swallow the exception (it returns False)."""
        for lib in BOTH:
            cm = lib.MagicMock()

            async def main(cm: Any = cm) -> None:
                async with cm:
                    raise TypeError("boom")

            with self.assertRaises(TypeError):
                run(main())
            self.assertIs(cm.__aexit__.call_args.args[0], TypeError)

    def test_coroutine_functions_assigned_as_magics(self) -> None:
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

        self.assertEqual(run(main()), "entered")
        self.assertEqual(seen, ["enter", "exit"])

    def test_used_once_with_magic_mock(self) -> None:
        """A MagicMock used with async with records the awaits as mock_calls."""
        for lib in BOTH:
            m = lib.MagicMock()

            async def main(m: Any = m) -> None:
                async with m:
                    pass

            run(main())
            self.assertEqual(
                m.mock_calls, [lib.call.__aenter__(), lib.call.__aexit__(None, None, None)]
            )


class AsyncIteratorTest(unittest.TestCase):
    def test_default_iterates_nothing(self) -> None:
        """By default async for over a mock yields nothing."""
        for lib in BOTH:
            for kind in (lib.MagicMock, lib.AsyncMock):
                self.assertEqual(run(collect(kind())), [])

    def test_return_value_list_iterator_tuple(self) -> None:
        """A list, a tuple or an iterator as __aiter__.return_value is iterated."""
        for lib in BOTH:
            for value in (["a", "b"], ("a", "b"), iter(["a", "b"])):
                m = lib.MagicMock()
                m.__aiter__.return_value = value
                self.assertEqual(run(collect(m)), ["a", "b"], (lib.name, value))
                m.__aiter__.assert_called_once_with()

    def test_list_can_be_iterated_again(self) -> None:
        """A list return value restarts at every async for."""
        for lib in BOTH:
            m = lib.MagicMock()
            m.__aiter__.return_value = [1, 2]
            self.assertEqual((run(collect(m)), run(collect(m))), ([1, 2], [1, 2]))

    def test_seed_async_iterator_drives_its_own_anext(self) -> None:
        """Seed rule: __aiter__ returning the mock itself drives its configured __anext__."""
        m = OURS.AsyncMock()
        m.__aiter__.return_value = m
        m.__anext__.side_effect = ["item1", "item2", StopAsyncIteration]
        self.assertEqual(run(collect(m)), ["item1", "item2"])
        m.__aiter__.assert_called_once()
        self.assertEqual(m.__anext__.await_count, 3)

    def test_reference_differs_on_seed_async_iterator(self) -> None:
        """The reference iterates iter(mock) there and yields [] (the documented difference)."""
        m = STDLIB.AsyncMock()
        m.__aiter__.return_value = m
        m.__anext__.side_effect = ["item1", "item2", StopAsyncIteration]
        self.assertEqual(run(collect(m)), [])

    def test_real_async_iterator_is_driven(self) -> None:
        """A real async generator as __aiter__.return_value is driven through __anext__."""

        async def gen() -> Any:
            yield 1
            yield 2

        m = OURS.MagicMock()
        m.__aiter__.return_value = gen()
        self.assertEqual(run(collect(m)), [1, 2])

    def test_unconfigured_mock_return_value_is_iterated_synchronously(self) -> None:
        """A mock with an untouched __anext__ is iterated like the reference (no endless loop)."""
        for lib in BOTH:
            m = lib.MagicMock()
            m.__aiter__.return_value = lib.MagicMock()
            self.assertEqual(run(collect(m)), [])

    def test_anext_return_value_alone_counts_as_configured(self) -> None:
        """An __anext__ configured with side_effect exceptions stops the loop."""
        m = OURS.MagicMock()
        source = OURS.MagicMock()
        source.__anext__.side_effect = [1, StopAsyncIteration]
        m.__aiter__.return_value = source
        self.assertEqual(run(collect(m)), [1])

    def test_anext_and_aiter_are_called_like_reference(self) -> None:
        """An async for over a list records one __aiter__ call and no __anext__ awaits."""
        for lib in BOTH:
            m = lib.MagicMock()
            m.__aiter__.return_value = [1]
            run(collect(m))
            self.assertEqual(m.__aiter__.call_count, 1)
            m.__anext__.assert_not_awaited()


if __name__ == "__main__":
    unittest.main()
