"""patch applied as a decorator: functions, coroutines, classes, stacks."""

from __future__ import annotations

import asyncio
import gc
import inspect
import unittest
import weakref
from typing import Any

import mp_targets
from mock_patch import patch
from mp_support import BOTH, OURS

import mock as _mock  # noqa: F401  -- pytest finds DEFAULT via sys.modules['mock']


class FunctionDecoratorTest(unittest.TestCase):
    def test_mock_passed_and_patch_active_during_call_only(self) -> None:
        """The created mock is appended to the arguments; the patch lasts for the call."""
        for lib in BOTH:

            @lib.patch("mp_targets.function")
            def test(a: Any, mock_function: Any) -> Any:
                self.assertIs(mp_targets.function, mock_function)
                return a, mock_function

            a, m = test("first")
            self.assertEqual(a, "first")
            self.assertIsInstance(m, lib.MagicMock)
            self.assertEqual(mp_targets.function(1), "real function")

    def test_fresh_mock_on_every_call(self) -> None:
        """Each call of the decorated function gets a new mock."""

        @patch("mp_targets.function")
        def test(m: Any) -> Any:
            return m

        self.assertIsNot(test(), test())

    def test_explicit_new_is_not_passed(self) -> None:
        """With an explicit new, no argument is added."""

        @patch("mp_targets.VALUE", "patched")
        def test(*args: Any) -> Any:
            return args, mp_targets.VALUE

        self.assertEqual(test(), ((), "patched"))

    def test_stacked_decorators_pass_mocks_bottom_up(self) -> None:
        """Stacked patches share one wrapper and pass their mocks bottom-up."""
        for lib in BOTH:

            @lib.patch("mp_targets.function")
            @lib.patch("mp_targets.VALUE", "v")
            @lib.patch("mp_targets.Widget.method")
            def test(method: Any, function: Any) -> Any:
                self.assertIs(mp_targets.Widget.method, method)
                self.assertIs(mp_targets.function, function)
                self.assertEqual(mp_targets.VALUE, "v")
                return method, function

            self.assertEqual([p.attribute for p in test.patchings], ["method", "VALUE", "function"])
            self.assertFalse(hasattr(test.__wrapped__, "patchings"))
            method, function = test()
            self.assertEqual(method._mock_name, "method")
            self.assertEqual(function._mock_name, "function")

    def test_patchings_attributes_read_by_pytest(self) -> None:
        """Each patcher exposes attribute_name and new, which pytest uses to count mock args."""

        @patch("mp_targets.function")
        @patch("mp_targets.VALUE", "v")
        @patch.multiple("mp_targets", CONFIG=OURS.DEFAULT)
        def test(function: Any, CONFIG: Any) -> None:
            pass

        counted = [p for p in test.patchings if not p.attribute_name and p.new is OURS.DEFAULT]
        self.assertEqual(len(counted), 1)
        self.assertEqual([p.attribute_name for p in test.patchings], ["CONFIG", None, None])

    def test_wraps_metadata(self) -> None:
        """The wrapper keeps the name, docstring and signature of the function."""

        @patch("mp_targets.function")
        @patch.dict("mp_targets.CONFIG")
        def some_name(a: int, m: Any) -> None:
            """Doc."""

        self.assertEqual(some_name.__name__, "some_name")
        self.assertEqual(some_name.__doc__, "Doc.")
        self.assertEqual(str(inspect.signature(some_name)), "(a: 'int', m: 'Any') -> 'None'")

    def test_exception_in_body_restores(self) -> None:
        """An exception in the function restores every patch and propagates."""

        @patch("mp_targets.function")
        @patch("mp_targets.VALUE", "v")
        def test(m: Any) -> None:
            raise KeyError("boom")

        with self.assertRaises(KeyError):
            test()
        self.assertEqual(mp_targets.VALUE, "original value")
        self.assertEqual(mp_targets.function(1), "real function")

    def test_keyboard_interrupt_restores(self) -> None:
        """KeyboardInterrupt in the body still restores the patches."""

        @patch("mp_targets.VALUE", "v")
        def test() -> None:
            raise KeyboardInterrupt

        with self.assertRaises(KeyboardInterrupt):
            test()
        self.assertEqual(mp_targets.VALUE, "original value")

    def test_failing_later_patcher_unwinds_earlier_ones(self) -> None:
        """If a later patcher fails to start, those already started are undone."""
        for lib in BOTH:
            for order in range(3):
                patchers = [
                    lib.patch.object(mp_targets.Widget, "colour", 1),
                    lib.patch.object(mp_targets.Widget, "missing", 1),
                    lib.patch.object(mp_targets.Widget, "method", 1),
                ]
                patchers = patchers[order:] + patchers[:order]

                def func() -> None:
                    pass

                for p in patchers:
                    func = p(func)
                with self.assertRaises(AttributeError):
                    func()
                self.assertEqual(mp_targets.Widget.colour, "red")
                self.assertTrue(callable(mp_targets.Widget.method))

    def test_keyboard_interrupt_in_later_enter_unwinds(self) -> None:
        """KeyboardInterrupt while starting a later patcher restores the earlier ones."""

        def interrupt() -> Any:
            raise KeyboardInterrupt

        for lib in BOTH:

            @lib.patch.object(mp_targets.Widget, "method", new_callable=interrupt)
            @lib.patch("mp_targets.VALUE", "v")
            @lib.patch("mp_targets.function")
            def test(m: Any) -> None:
                raise AssertionError("not reached")

            with self.assertRaises(KeyboardInterrupt):
                test()
            self.assertEqual(mp_targets.VALUE, "original value")
            self.assertEqual(mp_targets.function(1), "real function")

    def test_swallowing_exit_suppresses_body_exception(self) -> None:
        """A patcher whose __exit__ returns true swallows the exception; the call gives None."""
        from mock_patch._patcher import _patch

        class Swallowing(_patch):
            def __exit__(self, *exc_info: Any) -> Any:
                _patch.__exit__(self, *exc_info)
                return True

        swallowing = Swallowing(lambda: mp_targets, "VALUE", 1, None, False, None, None, None, {})

        @swallowing
        def test() -> None:
            raise ValueError

        self.assertIsNone(test())
        self.assertEqual(mp_targets.VALUE, "original value")

    def test_failing_exit_raises_with_body_exception_as_context(self) -> None:
        """An __exit__ failing while the body's exception unwinds raises, chained to it."""
        for lib in BOTH:

            class Fragile:
                locked = False

                def __setattr__(self, name: str, value: Any) -> None:
                    if self.locked:
                        raise RuntimeError("locked")
                    object.__setattr__(self, name, value)

            fragile = Fragile()
            fragile.a = 1

            @lib.patch.object(fragile, "a", 2)
            @lib.patch("mp_targets.VALUE", "v")
            def test() -> None:
                object.__setattr__(fragile, "locked", True)
                raise ValueError("body")

            with self.assertRaises(RuntimeError) as caught:
                test()
            self.assertEqual(str(caught.exception), "locked")
            context = caught.exception.__context__
            self.assertEqual((type(context), str(context)), (ValueError, "body"), lib.name)
            self.assertEqual(mp_targets.VALUE, "original value")

    def test_swallowing_exit_suppresses_async_body_exception(self) -> None:
        """A swallowing __exit__ makes a decorated coroutine function return None."""
        from mock_patch._patcher import _patch

        class Swallowing(_patch):
            def __exit__(self, *exc_info: Any) -> Any:
                _patch.__exit__(self, *exc_info)
                return True

        swallowing = Swallowing(lambda: mp_targets, "VALUE", 1, None, False, None, None, None, {})

        @swallowing
        async def test() -> None:
            raise ValueError

        self.assertIsNone(asyncio.run(test()))
        self.assertEqual(mp_targets.VALUE, "original value")

    def test_prefixed_attributes_that_cannot_be_called_stay(self) -> None:
        """A class decorator leaves a test-prefixed attribute that is not callable as it is."""
        for lib in BOTH:

            class Tests:
                test_value = 3

                def test_one(self) -> Any:
                    return mp_targets.VALUE

            Tests = lib.patch("mp_targets.VALUE", "v")(Tests)  # type: ignore[misc]
            self.assertEqual((Tests.test_value, Tests().test_one()), (3, "v"))

    def test_exit_receives_exception_info(self) -> None:
        """Patchers' __exit__ gets the type, value and traceback of the body's exception."""
        from mock_patch._patcher import _patch
        from mock_patch._target import _get_target

        seen: list[Any] = []

        class Recording(_patch):
            def __exit__(self, *exc_info: Any) -> Any:
                seen.append(exc_info)
                return _patch.__exit__(self, *exc_info)

        getter, attribute = _get_target("mp_targets.VALUE")
        recording = Recording(getter, attribute, "x", None, False, None, None, None, {})

        @recording
        def test() -> None:
            raise RuntimeError("r")

        with self.assertRaises(RuntimeError):
            test()
        ((etype, value, tb),) = seen
        self.assertIs(etype, RuntimeError)
        self.assertEqual(str(value), "r")
        self.assertIsNotNone(tb)

    def test_call_arguments_not_kept_after_call(self) -> None:
        """Nothing keeps the call's arguments alive once the decorated call is over."""

        class Arg:
            pass

        @patch("mp_targets.function")
        def test(arg: Any, m: Any) -> None:
            m(arg)

        @patch("mp_targets.function")
        def failing(arg: Any, m: Any) -> None:
            raise ValueError

        for func in (test, failing):
            arg = Arg()
            ref = weakref.ref(arg)
            try:
                func(arg)
            except ValueError:
                pass
            del arg
            gc.collect()
            self.assertIsNone(ref(), func.__name__)


class AsyncDecoratorTest(unittest.TestCase):
    def test_patch_active_while_coroutine_runs(self) -> None:
        """On an async def, the patch starts when the coroutine runs and ends with it."""
        for lib in BOTH:

            @lib.patch("mp_targets.function", return_value=1)
            @lib.patch("mp_targets.async_function", return_value=2)
            async def test(async_mock: Any, mock: Any) -> Any:
                await asyncio.sleep(0)
                self.assertIs(mp_targets.async_function, async_mock)
                self.assertIsInstance(async_mock, lib.AsyncMock)
                return mock(), await async_mock()

            self.assertTrue(inspect.iscoroutinefunction(test))
            coro = test()
            self.assertEqual(mp_targets.function(1), "real function")
            self.assertEqual(asyncio.run(coro), (1, 2))
            self.assertTrue(inspect.iscoroutinefunction(mp_targets.async_function))

    def test_seed_new_callable_async_mock(self) -> None:
        """The seed's @patch(..., new_callable=AsyncMock) example works."""

        @patch("mp_targets.async_function", new_callable=OURS.AsyncMock)
        async def test(mock_async_func: Any) -> None:
            mock_async_func.return_value = "mocked"
            self.assertEqual(await mp_targets.async_function("x"), "mocked")
            mock_async_func.assert_awaited_once_with("x")

        asyncio.run(test())

    def test_exception_in_coroutine_restores(self) -> None:
        """An exception raised by the coroutine restores the patch."""

        @patch("mp_targets.VALUE", "v")
        async def test() -> None:
            raise KeyError

        with self.assertRaises(KeyError):
            asyncio.run(test())
        self.assertEqual(mp_targets.VALUE, "original value")


class ClassDecoratorTest(unittest.TestCase):
    def test_only_test_prefixed_methods_patched(self) -> None:
        """A class decorator patches the methods starting with patch.TEST_PREFIX only."""
        for lib in BOTH:

            class Tests:
                not_a_test = "x"

                def test_one(self, m: Any) -> Any:
                    return m

                def helper(self) -> Any:
                    return mp_targets.function

            Tests = lib.patch("mp_targets.function")(Tests)  # type: ignore[misc]
            t = Tests()
            self.assertIsInstance(t.test_one(), lib.MagicMock)
            self.assertIs(t.helper(), mp_targets.function)
            self.assertEqual(Tests.not_a_test, "x")

    def test_test_prefix_is_read_at_decoration(self) -> None:
        """Changing patch.TEST_PREFIX changes which methods a class decorator wraps."""

        class Tests:
            def foo_one(self) -> Any:
                return mp_targets.VALUE

            def test_one(self) -> Any:
                return mp_targets.VALUE

        with patch.object(patch, "TEST_PREFIX", "foo"):
            Tests = patch("mp_targets.VALUE", "v")(Tests)  # type: ignore[misc]
        self.assertEqual(Tests().foo_one(), "v")
        self.assertEqual(Tests().test_one(), "original value")
        self.assertEqual(patch.TEST_PREFIX, "test")

    def test_testcase_class(self) -> None:
        """Decorating a unittest.TestCase patches its tests but not setUp."""
        results: list[Any] = []

        @patch("mp_targets.VALUE", "v")
        class Case(unittest.TestCase):
            def setUp(self) -> None:
                results.append(("setUp", mp_targets.VALUE))

            def test_it(self) -> None:
                results.append(("test", mp_targets.VALUE))

        outcome = unittest.TestResult()
        Case("test_it").run(outcome)
        self.assertTrue(outcome.wasSuccessful())
        self.assertEqual(results, [("setUp", "original value"), ("test", "v")])


@patch("mp_targets.VALUE", "class-level")
class DecoratedTestCase(unittest.TestCase):
    """Under both pytest and unittest, a decorated TestCase's tests run patched."""

    def test_patched_in_test(self) -> None:
        """The class-level patch is active in the test method."""
        self.assertEqual(mp_targets.VALUE, "class-level")

    @patch("mp_targets.function")
    def test_with_method_patch(self, m: Any) -> None:
        """Method and class patches combine; the method's mock comes first."""
        self.assertIs(mp_targets.function, m)
        self.assertEqual(mp_targets.VALUE, "class-level")


@patch("mp_targets.function")
def test_pytest_counts_mock_arguments(m: Any) -> None:
    """pytest does not mistake the mock argument for a fixture."""
    assert mp_targets.function is m


if __name__ == "__main__":
    unittest.main()
