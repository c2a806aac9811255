"""Calling and awaiting an AsyncMock: results, side effects, await records."""

from __future__ import annotations

import asyncio
import inspect
import unittest
import warnings
from typing import Any

from ma_support import BOTH, OURS, aoutcome, run


class CallReturnsCoroutineTest(unittest.TestCase):
    def test_call_returns_coroutine_and_is_counted_not_awaited(self) -> None:
        """A call returns a coroutine; it counts as a call but not as an await."""
        for lib in BOTH:
            m = lib.AsyncMock()
            coro = m(1, k=2)
            self.assertTrue(inspect.iscoroutine(coro), lib.name)
            self.assertTrue(asyncio.iscoroutine(coro), lib.name)
            self.assertEqual((m.call_count, m.await_count), (1, 0), lib.name)
            self.assertEqual(m.call_args, lib.call(1, k=2), lib.name)
            self.assertIsNone(m.await_args, lib.name)
            self.assertEqual(m.await_args_list, [], lib.name)
            run(coro)
            self.assertEqual((m.call_count, m.await_count), (1, 1), lib.name)
            self.assertEqual(m.await_args, lib.call(1, k=2), lib.name)

    def test_never_awaited_coroutine_warns(self) -> None:
        """An unawaited call leaves the usual 'was never awaited' RuntimeWarning."""
        import gc

        m = OURS.AsyncMock()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            m()
            gc.collect()
        self.assertTrue(
            any(str(w.message).endswith("was never awaited") for w in caught),
            [str(w.message) for w in caught],
        )

    def test_awaiting_the_mock_itself_is_a_type_error(self) -> None:
        """`await mock` (not `await mock()`) fails as in the reference, recording nothing."""
        for lib in BOTH:
            m = lib.AsyncMock()

            async def main(m: Any = m) -> Any:
                return await m

            with self.assertRaises(TypeError):
                run(main())
            self.assertEqual((m.call_count, m.await_count), (0, 0))

    def test_await_order_is_recorded_not_call_order(self) -> None:
        """await_args_list follows the order of the awaits, call_args_list of the calls."""
        for lib in BOTH:
            m = lib.AsyncMock()

            async def main(m: Any = m) -> None:
                second = m(2)
                first = m(1)
                await first
                await second

            run(main())
            self.assertEqual(m.await_args_list, [lib.call(1), lib.call(2)], lib.name)
            self.assertEqual(m.call_args_list, [lib.call(2), lib.call(1)], lib.name)
            m.assert_has_awaits([lib.call(1), lib.call(2)])

    def test_coroutine_cannot_be_awaited_twice(self) -> None:
        """Awaiting the same coroutine again is a RuntimeError and records nothing more."""
        for lib in BOTH:
            m = lib.AsyncMock()
            coro = m()
            run(aoutcome(coro))
            self.assertEqual(run(aoutcome(coro))[0], "RuntimeError", lib.name)
            self.assertEqual(m.await_count, 1, lib.name)


class ResultTest(unittest.TestCase):
    def results(self, make: Any, awaits: int = 1, *args: Any) -> list[Any]:
        """Per library, the outcomes of `awaits` awaits of the mock `make(lib)` builds."""
        out = []
        for lib in BOTH:
            m = make(lib)

            async def main(m: Any = m) -> list[Any]:
                return [await aoutcome(m(*args)) for _ in range(awaits)]

            out.append(run(main()))
        return out

    def test_return_value(self) -> None:
        """return_value is what the await gives."""
        ours, ref = self.results(lambda lib: lib.AsyncMock(return_value=10))
        self.assertEqual(ours, ref)
        self.assertEqual(ours, [("ok", 10)])

    def test_default_return_value_is_async_mock_child(self) -> None:
        """With nothing configured, the await gives the return_value child, an AsyncMock."""
        for lib in BOTH:
            m = lib.AsyncMock()
            result = run(m())
            self.assertIs(result, m.return_value)
            self.assertIsInstance(result, lib.AsyncMock)

    def test_awaitable_return_value_is_returned_as_is(self) -> None:
        """A Future or an AsyncMock as return_value is returned, not awaited."""
        for lib in BOTH:

            async def main(lib: Any = lib) -> tuple[Any, Any]:
                fut = asyncio.get_running_loop().create_future()
                fut.set_result(None)
                other = lib.AsyncMock(return_value=10)
                return (await lib.AsyncMock(return_value=fut)(), fut), (
                    await lib.AsyncMock(return_value=other)(),
                    other,
                )

            (got_fut, fut), (got_mock, other) = run(main())
            self.assertIs(got_fut, fut)
            self.assertIs(got_mock, other)

    def test_sync_function_side_effect_result_is_returned(self) -> None:
        """A sync side effect's result is returned, not awaited."""
        ours, ref = self.results(lambda lib: lib.AsyncMock(side_effect=lambda v: v + 1), 1, 5)
        self.assertEqual(ours, ref)
        self.assertEqual(ours, [("ok", 6)])

    def test_async_function_side_effect_is_awaited(self) -> None:
        """An async def side effect is awaited and its result returned."""

        async def addition(v: int) -> int:
            await asyncio.sleep(0)
            return v + 1

        ours, ref = self.results(lambda lib: lib.AsyncMock(side_effect=addition), 1, 5)
        self.assertEqual(ours, ref)
        self.assertEqual(ours, [("ok", 6)])

    def test_async_mock_side_effect_is_awaited(self) -> None:
        """An AsyncMock side effect is awaited."""
        ours, ref = self.results(
            lambda lib: lib.AsyncMock(side_effect=lib.AsyncMock(return_value=10))
        )
        self.assertEqual(ours, ref)
        self.assertEqual(ours, [("ok", 10)])

    def test_exception_side_effects_raise_when_awaited(self) -> None:
        """An exception class or instance is raised by the await, not the call."""
        for effect in (ValueError("async error"), KeyError):
            ours, ref = self.results(lambda lib, e=effect: lib.AsyncMock(side_effect=e))
            self.assertEqual(ours, ref)
        self.assertEqual(
            self.results(lambda lib: lib.AsyncMock(side_effect=KeyError))[0], [("KeyError", "")]
        )
        m = OURS.AsyncMock(side_effect=ValueError("x"))
        coro = m()
        self.assertEqual(run(aoutcome(coro)), ("ValueError", "x"))
        self.assertEqual(m.await_count, 1)

    def test_iterable_side_effect_then_stop_async_iteration(self) -> None:
        """An iterable gives one item per await, raises its exceptions, then StopAsyncIteration."""
        ours, ref = self.results(
            lambda lib: lib.AsyncMock(side_effect=[1, ValueError("two"), 3]), 4
        )
        self.assertEqual(ours, ref)
        self.assertEqual(
            ours, [("ok", 1), ("ValueError", "two"), ("ok", 3), ("StopAsyncIteration", "")]
        )

    def test_side_effect_returning_default_falls_back_to_return_value(self) -> None:
        """A side effect that returns DEFAULT lets return_value through."""
        ours, ref = self.results(
            lambda lib: lib.AsyncMock(side_effect=lambda: lib.DEFAULT, return_value=7)
        )
        self.assertEqual(ours, ref)
        self.assertEqual(ours, [("ok", 7)])
        ours, ref = self.results(
            lambda lib: lib.AsyncMock(side_effect=[lib.DEFAULT], return_value=3)
        )
        self.assertEqual(ours, [("ok", 3)])
        self.assertEqual(ours, ref)

    def test_wraps_async_and_sync_functions(self) -> None:
        """wraps= awaits an async wrapped function and calls a sync one."""

        async def inner_async(x: int) -> int:
            return x * 2

        def inner_sync(x: int) -> int:
            return x * 3

        for wrapped, expected in ((inner_async, 4), (inner_sync, 6)):
            ours, ref = self.results(lambda lib, w=wrapped: lib.AsyncMock(wraps=w), 1, 2)
            self.assertEqual(ours, ref)
            self.assertEqual(ours, [("ok", expected)])

    def test_return_value_wins_over_wraps(self) -> None:
        """A configured return_value is returned without calling the wrapped function."""
        ours, ref = self.results(lambda lib: lib.AsyncMock(wraps=lambda: 1, return_value=2))
        self.assertEqual(ours, ref)
        self.assertEqual(ours, [("ok", 2)])


class ResetTest(unittest.TestCase):
    def test_reset_mock_forgets_awaits(self) -> None:
        """reset_mock clears await_count, await_args and await_args_list too."""
        for lib in BOTH:
            m = lib.AsyncMock(return_value=1)
            run(m(1))
            m.reset_mock()
            self.assertEqual((m.await_count, m.await_args, m.await_args_list), (0, None, []))
            self.assertEqual(m.call_count, 0)
            m.assert_not_awaited()
            self.assertEqual(run(m()), 1, lib.name)

    def test_reset_mock_keyword_arguments(self) -> None:
        """reset_mock(return_value=True, side_effect=True) also resets what they say."""
        for lib in BOTH:
            m = lib.AsyncMock(return_value=1, side_effect=[5])
            run(m())
            m.reset_mock(return_value=True, side_effect=True)
            self.assertIsNone(m.side_effect)
            self.assertIsInstance(run(m()), lib.AsyncMock)
            self.assertEqual(m.await_count, 1)

    def test_await_state_can_be_assigned(self) -> None:
        """await_count, await_args and await_args_list are assignable like the reference's."""
        for lib in BOTH:
            m = lib.AsyncMock()
            m.await_count = 5
            m.await_args = lib.call(1)
            self.assertEqual((m.await_count, m.await_args), (5, lib.call(1)))
            run(m(2))
            self.assertEqual((m.await_count, m.await_args), (6, lib.call(2)))


if __name__ == "__main__":
    unittest.main()
