"""Which children are async, specs, autospec and seal with AsyncMock."""

from __future__ import annotations

import asyncio
import inspect
import sys
import unittest
from typing import Any

import mock_backports
from ma_support import BOTH, OURS, STDLIB_IS_REFERENCE, run

# Before 3.13 the stdlib's create_autospec(async fn) is a plain function that
# checks the signature at call time; mock 5.2.0 (and we) return a coroutine
# function that checks it when awaited, so the stdlib half runs on 3.13+ only.
AUTOSPEC_LIBS = BOTH if STDLIB_IS_REFERENCE else (OURS,)
# The 3.9 stdlib's seal lets a sealed spec'd mock create its spec attributes;
# mock 5.2.0 raises AttributeError, so the stdlib half runs on 3.10+ only.
SEAL_LIBS = BOTH if sys.version_info >= (3, 10) else (OURS,)


class AsyncClass:
    def __init__(self) -> None:
        pass

    async def async_method(self, x: int) -> int:
        return x

    def normal_method(self) -> None:
        return None

    @classmethod
    async def async_class_method(cls) -> None:
        return None

    @staticmethod
    async def async_static_method() -> None:
        return None


async def async_func(a: int, b: int, *, c: int) -> None:
    return None


def normal_func() -> None:
    return None


class ChildrenTest(unittest.TestCase):
    def test_children_of_async_mock(self) -> None:
        """An AsyncMock's attributes are AsyncMocks, its sync magics MagicMocks."""
        for lib in BOTH:
            m = lib.AsyncMock()
            self.assertIsInstance(m.anything, lib.AsyncMock)
            for name in ("__enter__", "__exit__", "__next__", "__len__"):
                child = getattr(m, name)
                self.assertIsInstance(child, lib.MagicMock)
                self.assertNotIsInstance(child, lib.AsyncMock)
            self.assertIsInstance(run(m()), lib.AsyncMock)

    def test_spec_methods(self) -> None:
        """A class spec gives AsyncMock children for async def (incl. class/static) methods."""
        # 3.9's stdlib misses async classmethods/staticmethods; mock 5.2.0 wins there.
        for lib in BOTH if sys.version_info >= (3, 10) else (OURS,):
            for kind in (lib.AsyncMock, lib.MagicMock, lib.Mock):
                m = kind(spec=AsyncClass)
                for name in ("async_method", "async_class_method", "async_static_method"):
                    self.assertIsInstance(getattr(m, name), lib.AsyncMock, (lib.name, kind, name))
                self.assertNotIsInstance(m.normal_method, lib.AsyncMock)
            self.assertIsInstance(lib.AsyncMock(spec=AsyncClass).normal_method, lib.MagicMock)
            self.assertIsInstance(lib.Mock(spec=AsyncClass).normal_method, lib.Mock)

    def test_spec_set_instance_uses_shape_at_creation(self) -> None:
        """Only the spec's attributes at mock creation decide what is async."""
        for lib in BOTH:
            self._check_shape_at_creation(lib)

    def _check_shape_at_creation(self, lib: Any) -> None:
        inst = AsyncClass()
        inst.later = normal_func  # type: ignore[attr-defined]
        m = lib.Mock(spec_set=inst)
        inst.later = async_func  # type: ignore[attr-defined]
        self.assertIsInstance(m.async_method, lib.AsyncMock)
        self.assertNotIsInstance(m.later, lib.AsyncMock)

    def test_async_function_spec_makes_any_mock_async(self) -> None:
        """Mock/MagicMock(spec=async_fn) are awaitable but keep their class."""
        for lib in BOTH:
            for kind in (lib.Mock, lib.MagicMock, lib.AsyncMock):
                m = kind(spec=async_func)
                self.assertIsInstance(m, kind)
                self.assertTrue(mock_backports.iscoroutinefunction(m))
                result = m(1, 2, c=3)
                self.assertTrue(inspect.isawaitable(result))
                run(result)
                m.assert_awaited_once_with(1, 2, c=3)
                self.assertIn(type(m).__name__, repr(m))

    def test_sync_spec_on_async_mock_is_still_async(self) -> None:
        """AsyncMock(spec=sync function) still returns awaitables."""
        for lib in BOTH:
            m = lib.AsyncMock(normal_func)
            coro = m()
            self.assertTrue(inspect.isawaitable(coro))
            run(coro)

    def test_future_spec(self) -> None:
        """AsyncMock(spec=future) passes isinstance(asyncio.Future)."""
        loop = asyncio.new_event_loop()
        fut = loop.create_future()
        loop.close()
        for lib in BOTH:
            self.assertIsInstance(lib.AsyncMock(fut), asyncio.Future)

    def test_seal_with_async_mock(self) -> None:
        """seal stops new attributes on AsyncMocks too."""
        for lib in SEAL_LIBS:
            m = lib.Mock(AsyncClass)
            lib.seal(m)
            with self.assertRaises(AttributeError):
                m.async_method
            a = lib.AsyncMock()
            a.configured.return_value = 1
            lib.seal(a)
            self.assertEqual(run(a.configured()), 1)
            with self.assertRaises(AttributeError):
                a.other


class AutospecTest(unittest.TestCase):
    def test_autospec_async_function(self) -> None:
        """create_autospec(async fn) is a coroutine function that checks arguments when awaited."""
        for lib in AUTOSPEC_LIBS:
            spec = lib.create_autospec(async_func)
            self.assertTrue(inspect.iscoroutinefunction(spec))
            self.assertTrue(mock_backports.iscoroutinefunction(spec))
            self.assertEqual(
                (spec.await_count, spec.await_args, spec.await_args_list), (0, None, [])
            )
            spec.assert_not_awaited()
            awaitable = spec(1, 2, c=3)
            self.assertTrue(asyncio.iscoroutine(awaitable))
            run(awaitable)
            self.assertEqual(spec.await_args_list, [lib.call(1, 2, c=3)])
            spec.assert_awaited_once_with(1, 2, c=3)
            spec.assert_awaited_with(1, 2, c=3)
            spec.assert_any_await(1, 2, c=3)
            spec.assert_has_awaits([lib.call(1, 2, c=3)])
            self.assertIsInstance(spec.mock, lib.AsyncMock)
            with self.assertRaises(AssertionError):
                spec.assert_any_await(e=1)
            spec.reset_mock()
            self.assertEqual(
                (spec.await_count, spec.await_args, spec.await_args_list), (0, None, [])
            )

    def test_autospec_checks_signature_when_awaited(self) -> None:
        """A bad call is only a TypeError when awaited, and nothing is recorded."""
        for lib in AUTOSPEC_LIBS:
            spec = lib.create_autospec(async_func)
            bad = spec()
            self.assertEqual(spec.mock_calls, [])
            with self.assertRaises(TypeError):
                run(bad)
            self.assertEqual((spec.call_count, spec.await_count), (0, 0))

    def test_autospec_async_function_instance_is_runtime_error(self) -> None:
        """create_autospec(async fn, instance=True) raises RuntimeError."""
        for lib in BOTH:
            with self.assertRaises(RuntimeError):
                lib.create_autospec(async_func, instance=True)

    def test_autospec_class_and_instance(self) -> None:
        """Autospecced classes and instances have awaitable, signature-checked async methods."""
        for lib in BOTH:
            for m in (lib.create_autospec(AsyncClass), lib.create_autospec(AsyncClass())):
                self.assertIsInstance(m.async_method, lib.AsyncMock)
                self.assertNotIsInstance(m.normal_method, lib.AsyncMock)
                m.async_method.return_value = 5
                self.assertEqual(run(m.async_method(1)), 5)
                m.async_method.assert_awaited_once_with(1)
                with self.assertRaises(TypeError):
                    m.async_method(1, 2)
            instance = lib.create_autospec(AsyncClass)()
            self.assertIsInstance(instance.async_method, lib.AsyncMock)


if __name__ == "__main__":
    unittest.main()
