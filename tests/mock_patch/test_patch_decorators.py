"""patch applied as a decorator: functions, coroutines, classes, stacks."""

from __future__ import annotations

import asyncio
import gc
import inspect
import unittest
import weakref
from types import ModuleType
from typing import Any

import mp_targets
import pytest
from mock_patch import patch
from support.differential import OURS, same

import mock as _mock  # noqa: F401  -- pytest finds DEFAULT via sys.modules['mock']


def test_mock_passed_and_patch_active_during_call_only() -> None:
    """The created mock is appended to the arguments; the patch lasts for the call."""

    def scenario(lib: ModuleType) -> None:

        @lib.patch("mp_targets.function")
        def test(a: Any, mock_function: Any) -> Any:
            assert mp_targets.function is mock_function
            return a, mock_function

        a, m = test("first")
        assert a == "first"
        assert isinstance(m, lib.MagicMock)
        assert mp_targets.function(1) == "real function"

    same(scenario)


def test_fresh_mock_on_every_call() -> None:
    """Each call of the decorated function gets a new mock."""

    @patch("mp_targets.function")
    def test(m: Any) -> Any:
        return m

    assert test() is not test()


def test_explicit_new_is_not_passed() -> None:
    """With an explicit new, no argument is added."""

    @patch("mp_targets.VALUE", "patched")
    def test(*args: Any) -> Any:
        return args, mp_targets.VALUE

    assert test() == ((), "patched")


def test_stacked_decorators_pass_mocks_bottom_up() -> None:
    """Stacked patches share one wrapper and pass their mocks bottom-up."""

    def scenario(lib: ModuleType) -> None:

        @lib.patch("mp_targets.function")
        @lib.patch("mp_targets.VALUE", "v")
        @lib.patch("mp_targets.Widget.method")
        def test(method: Any, function: Any) -> Any:
            assert mp_targets.Widget.method is method
            assert mp_targets.function is function
            assert mp_targets.VALUE == "v"
            return method, function

        assert [p.attribute for p in test.patchings] == ["method", "VALUE", "function"]
        assert not hasattr(test.__wrapped__, "patchings")
        method, function = test()
        assert method._mock_name == "method"
        assert function._mock_name == "function"

    same(scenario)


def test_patchings_attributes_read_by_pytest() -> None:
    """Each patcher exposes attribute_name and new, which pytest uses to count mock args."""

    @patch("mp_targets.function")
    @patch("mp_targets.VALUE", "v")
    @patch.multiple("mp_targets", CONFIG=OURS.DEFAULT)
    def test(function: Any, CONFIG: Any) -> None:
        pass

    counted = [p for p in test.patchings if not p.attribute_name and p.new is OURS.DEFAULT]
    assert len(counted) == 1
    assert [p.attribute_name for p in test.patchings] == ["CONFIG", None, None]


def test_wraps_metadata() -> None:
    """The wrapper keeps the name, docstring and signature of the function."""

    @patch("mp_targets.function")
    @patch.dict("mp_targets.CONFIG")
    def some_name(a: int, m: Any) -> None:
        """Doc."""

    assert some_name.__name__ == "some_name"
    assert some_name.__doc__ == "Doc."
    assert str(inspect.signature(some_name)) == "(a: 'int', m: 'Any') -> 'None'"


def test_exception_in_body_restores() -> None:
    """An exception in the function restores every patch and propagates."""

    @patch("mp_targets.function")
    @patch("mp_targets.VALUE", "v")
    def test(m: Any) -> None:
        raise KeyError("boom")

    with pytest.raises(KeyError):
        test()
    assert mp_targets.VALUE == "original value"
    assert mp_targets.function(1) == "real function"


def test_keyboard_interrupt_restores() -> None:
    """KeyboardInterrupt in the body still restores the patches."""

    @patch("mp_targets.VALUE", "v")
    def test() -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        test()
    assert mp_targets.VALUE == "original value"


def test_failing_later_patcher_unwinds_earlier_ones() -> None:
    """If a later patcher fails to start, those already started are undone."""

    def scenario(lib: ModuleType) -> None:
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
            with pytest.raises(AttributeError):
                func()
            assert mp_targets.Widget.colour == "red"
            assert callable(mp_targets.Widget.method)

    same(scenario)


def test_keyboard_interrupt_in_later_enter_unwinds() -> None:
    """KeyboardInterrupt while starting a later patcher restores the earlier ones."""

    def interrupt() -> Any:
        raise KeyboardInterrupt

    def scenario(lib: ModuleType) -> None:

        @lib.patch.object(mp_targets.Widget, "method", new_callable=interrupt)
        @lib.patch("mp_targets.VALUE", "v")
        @lib.patch("mp_targets.function")
        def test(m: Any) -> None:
            raise AssertionError("not reached")

        with pytest.raises(KeyboardInterrupt):
            test()
        assert mp_targets.VALUE == "original value"
        assert mp_targets.function(1) == "real function"

    same(scenario)


def test_swallowing_exit_suppresses_body_exception() -> None:
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

    assert test() is None
    assert mp_targets.VALUE == "original value"


def test_failing_exit_raises_with_body_exception_as_context() -> None:
    """An __exit__ failing while the body's exception unwinds raises, chained to it."""

    def scenario(lib: ModuleType) -> None:

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

        with pytest.raises(RuntimeError) as caught:
            test()
        assert str(caught.value) == "locked"
        context = caught.value.__context__
        assert (type(context), str(context)) == (ValueError, "body"), lib.__name__
        assert mp_targets.VALUE == "original value"

    same(scenario)


def test_swallowing_exit_suppresses_async_body_exception() -> None:
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

    assert asyncio.run(test()) is None
    assert mp_targets.VALUE == "original value"


def test_prefixed_attributes_that_cannot_be_called_stay() -> None:
    """A class decorator leaves a test-prefixed attribute that is not callable as it is."""

    def scenario(lib: ModuleType) -> None:

        class Tests:
            test_value = 3

            def test_one(self) -> Any:
                return mp_targets.VALUE

        Tests = lib.patch("mp_targets.VALUE", "v")(Tests)  # type: ignore[misc]
        assert (Tests.test_value, Tests().test_one()) == (3, "v")

    same(scenario)


def test_exit_receives_exception_info() -> None:
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

    with pytest.raises(RuntimeError):
        test()
    ((etype, value, tb),) = seen
    assert etype is RuntimeError
    assert str(value) == "r"
    assert tb is not None


def test_call_arguments_not_kept_after_call() -> None:
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
        assert ref() is None, func.__name__


def test_patch_active_while_coroutine_runs() -> None:
    """On an async def, the patch starts when the coroutine runs and ends with it."""

    def scenario(lib: ModuleType) -> None:

        @lib.patch("mp_targets.function", return_value=1)
        @lib.patch("mp_targets.async_function", return_value=2)
        async def test(async_mock: Any, mock: Any) -> Any:
            await asyncio.sleep(0)
            assert mp_targets.async_function is async_mock
            assert isinstance(async_mock, lib.AsyncMock)
            return mock(), await async_mock()

        assert inspect.iscoroutinefunction(test)
        coro = test()
        assert mp_targets.function(1) == "real function"
        assert asyncio.run(coro) == (1, 2)
        assert inspect.iscoroutinefunction(mp_targets.async_function)

    same(scenario)


def test_seed_new_callable_async_mock() -> None:
    """The seed's @patch(..., new_callable=AsyncMock) example works."""

    @patch("mp_targets.async_function", new_callable=OURS.AsyncMock)
    async def test(mock_async_func: Any) -> None:
        mock_async_func.return_value = "mocked"
        assert await mp_targets.async_function("x") == "mocked"
        mock_async_func.assert_awaited_once_with("x")

    asyncio.run(test())


def test_exception_in_coroutine_restores() -> None:
    """An exception raised by the coroutine restores the patch."""

    @patch("mp_targets.VALUE", "v")
    async def test() -> None:
        raise KeyError

    with pytest.raises(KeyError):
        asyncio.run(test())
    assert mp_targets.VALUE == "original value"


def test_only_test_prefixed_methods_patched() -> None:
    """A class decorator patches the methods starting with patch.TEST_PREFIX only."""

    def scenario(lib: ModuleType) -> None:

        class Tests:
            not_a_test = "x"

            def test_one(self, m: Any) -> Any:
                return m

            def helper(self) -> Any:
                return mp_targets.function

        Tests = lib.patch("mp_targets.function")(Tests)  # type: ignore[misc]
        t = Tests()
        assert isinstance(t.test_one(), lib.MagicMock)
        assert t.helper() is mp_targets.function
        assert Tests.not_a_test == "x"

    same(scenario)


def test_test_prefix_is_read_at_decoration() -> None:
    """Changing patch.TEST_PREFIX changes which methods a class decorator wraps."""

    class Tests:
        def foo_one(self) -> Any:
            return mp_targets.VALUE

        def test_one(self) -> Any:
            return mp_targets.VALUE

    with patch.object(patch, "TEST_PREFIX", "foo"):
        Tests = patch("mp_targets.VALUE", "v")(Tests)  # type: ignore[misc]
    assert Tests().foo_one() == "v"
    assert Tests().test_one() == "original value"
    assert patch.TEST_PREFIX == "test"


def test_testcase_class() -> None:
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
    assert outcome.wasSuccessful()
    assert results == [("setUp", "original value"), ("test", "v")]


@patch("mp_targets.VALUE", "class-level")
class DecoratedTestCase(unittest.TestCase):
    """Under both pytest and unittest, a decorated TestCase's tests run patched."""

    def test_patched_in_test(self) -> None:
        """The class-level patch is active in the test method."""
        assert mp_targets.VALUE == "class-level"

    @patch("mp_targets.function")
    def test_with_method_patch(self, m: Any) -> None:
        """Method and class patches combine; the method's mock comes first."""
        assert mp_targets.function is m
        assert mp_targets.VALUE == "class-level"


@patch("mp_targets.function")
def test_pytest_counts_mock_arguments(m: Any) -> None:
    """pytest does not mistake the mock argument for a fixture."""
    assert mp_targets.function is m
