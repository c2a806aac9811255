"""Which children are async, specs, autospec and seal with AsyncMock."""

from __future__ import annotations

import asyncio
import inspect
from types import ModuleType
from typing import Any

import mock_backports
import pytest
from support.differential import same


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


def test_children_of_async_mock() -> None:
    """An AsyncMock's attributes are AsyncMocks, its sync magics MagicMocks."""

    def scenario(lib: ModuleType) -> None:
        m = lib.AsyncMock()
        assert isinstance(m.anything, lib.AsyncMock)
        for name in ("__enter__", "__exit__", "__next__", "__len__"):
            child = getattr(m, name)
            assert isinstance(child, lib.MagicMock)
            assert not isinstance(child, lib.AsyncMock)
        assert isinstance(asyncio.run(m()), lib.AsyncMock)

    same(scenario)


def test_spec_methods() -> None:
    """A class spec gives AsyncMock children for async def (incl. class/static) methods."""

    def scenario(lib: ModuleType) -> None:
        for kind in (lib.AsyncMock, lib.MagicMock, lib.Mock):
            m = kind(spec=AsyncClass)
            for name in ("async_method", "async_class_method", "async_static_method"):
                assert isinstance(getattr(m, name), lib.AsyncMock), (lib.__name__, kind, name)
            assert not isinstance(m.normal_method, lib.AsyncMock)
        assert isinstance(lib.AsyncMock(spec=AsyncClass).normal_method, lib.MagicMock)
        assert isinstance(lib.Mock(spec=AsyncClass).normal_method, lib.Mock)

    same(scenario, fact="async_spec_class_and_static_methods")


def test_spec_set_instance_uses_shape_at_creation() -> None:
    """Only the spec's attributes at mock creation decide what is async."""

    def scenario(lib: ModuleType) -> None:
        _check_shape_at_creation(lib)

    same(scenario)


def _check_shape_at_creation(lib: Any) -> None:
    inst = AsyncClass()
    inst.later = normal_func  # type: ignore[attr-defined]
    m = lib.Mock(spec_set=inst)
    inst.later = async_func  # type: ignore[attr-defined]
    assert isinstance(m.async_method, lib.AsyncMock)
    assert not isinstance(m.later, lib.AsyncMock)


def test_async_function_spec_makes_any_mock_async() -> None:
    """Mock/MagicMock(spec=async_fn) are awaitable but keep their class."""

    def scenario(lib: ModuleType) -> None:
        for kind in (lib.Mock, lib.MagicMock, lib.AsyncMock):
            m = kind(spec=async_func)
            assert isinstance(m, kind)
            assert mock_backports.iscoroutinefunction(m)
            result = m(1, 2, c=3)
            assert inspect.isawaitable(result)
            asyncio.run(result)
            m.assert_awaited_once_with(1, 2, c=3)
            assert type(m).__name__ in repr(m)

    same(scenario)


def test_sync_spec_on_async_mock_is_still_async() -> None:
    """AsyncMock(spec=sync function) still returns awaitables."""

    def scenario(lib: ModuleType) -> None:
        m = lib.AsyncMock(normal_func)
        coro = m()
        assert inspect.isawaitable(coro)
        asyncio.run(coro)

    same(scenario)


def test_future_spec() -> None:
    """AsyncMock(spec=future) passes isinstance(asyncio.Future)."""
    loop = asyncio.new_event_loop()
    fut = loop.create_future()
    loop.close()

    def scenario(lib: ModuleType) -> None:
        assert isinstance(lib.AsyncMock(fut), asyncio.Future)

    same(scenario)


def test_seal_with_async_mock() -> None:
    """seal stops new attributes on AsyncMocks too."""

    def scenario(lib: ModuleType) -> None:
        m = lib.Mock(AsyncClass)
        lib.seal(m)
        with pytest.raises(AttributeError):
            m.async_method
        a = lib.AsyncMock()
        a.configured.return_value = 1
        lib.seal(a)
        assert asyncio.run(a.configured()) == 1
        with pytest.raises(AttributeError):
            a.other

    same(scenario, fact="seal_refuses_spec_attributes")


def test_autospec_async_function() -> None:
    """create_autospec(async fn) is a coroutine function that checks arguments when awaited."""

    def scenario(lib: ModuleType) -> None:
        spec = lib.create_autospec(async_func)
        assert inspect.iscoroutinefunction(spec)
        assert mock_backports.iscoroutinefunction(spec)
        assert (spec.await_count, spec.await_args, spec.await_args_list) == (0, None, [])
        spec.assert_not_awaited()
        awaitable = spec(1, 2, c=3)
        assert asyncio.iscoroutine(awaitable)
        asyncio.run(awaitable)
        assert spec.await_args_list == [lib.call(1, 2, c=3)]
        spec.assert_awaited_once_with(1, 2, c=3)
        spec.assert_awaited_with(1, 2, c=3)
        spec.assert_any_await(1, 2, c=3)
        spec.assert_has_awaits([lib.call(1, 2, c=3)])
        assert isinstance(spec.mock, lib.AsyncMock)
        with pytest.raises(AssertionError):
            spec.assert_any_await(e=1)
        spec.reset_mock()
        assert (spec.await_count, spec.await_args, spec.await_args_list) == (0, None, [])

    same(scenario, fact="autospec_async_function")


def test_autospec_checks_signature_when_awaited() -> None:
    """A bad call is only a TypeError when awaited, and nothing is recorded."""

    def scenario(lib: ModuleType) -> None:
        spec = lib.create_autospec(async_func)
        bad = spec()
        assert spec.mock_calls == []
        with pytest.raises(TypeError):
            asyncio.run(bad)
        assert (spec.call_count, spec.await_count) == (0, 0)

    same(scenario, fact="autospec_async_function")


def test_autospec_async_function_instance_is_runtime_error() -> None:
    """create_autospec(async fn, instance=True) raises RuntimeError."""

    def scenario(lib: ModuleType) -> None:
        with pytest.raises(RuntimeError):
            lib.create_autospec(async_func, instance=True)

    same(scenario)


def test_autospec_class_and_instance() -> None:
    """Autospecced classes and instances have awaitable, signature-checked async methods."""

    def scenario(lib: ModuleType) -> None:
        for m in (lib.create_autospec(AsyncClass), lib.create_autospec(AsyncClass())):
            assert isinstance(m.async_method, lib.AsyncMock)
            assert not isinstance(m.normal_method, lib.AsyncMock)
            m.async_method.return_value = 5
            assert asyncio.run(m.async_method(1)) == 5
            m.async_method.assert_awaited_once_with(1)
            with pytest.raises(TypeError):
                m.async_method(1, 2)
        instance = lib.create_autospec(AsyncClass)()
        assert isinstance(instance.async_method, lib.AsyncMock)

    same(scenario)
