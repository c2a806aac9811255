"""AsyncMock looks like a coroutine function, built lazily and shared."""

from __future__ import annotations

import asyncio
import inspect
import types
from types import ModuleType

import mock_backports
import pytest
from support.differential import OURS, same
from support.reference_facts import stdlib_matches


def test_every_detector_says_coroutine_function() -> None:
    """inspect, asyncio and mock_backports all recognise an AsyncMock."""
    m = OURS.AsyncMock()
    assert inspect.iscoroutinefunction(m)
    assert asyncio.iscoroutinefunction(m)
    assert mock_backports.iscoroutinefunction(m)


def test_async_children_and_magics_are_coroutine_functions() -> None:
    """__aenter__/__aexit__/__anext__ and async children are, __aiter__ is not."""

    def scenario(lib: ModuleType) -> None:
        m = lib.MagicMock()
        for name in ("__aenter__", "__aexit__", "__anext__"):
            assert mock_backports.iscoroutinefunction(getattr(m, name)), name
        assert not mock_backports.iscoroutinefunction(m.__aiter__)
        assert mock_backports.iscoroutinefunction(lib.AsyncMock().child)

    same(scenario, fact="async_function_attributes")


def test_sync_mocks_are_not_coroutine_functions() -> None:
    """Mock and MagicMock are not coroutine functions."""

    def scenario(lib: ModuleType) -> None:
        assert not mock_backports.iscoroutinefunction(lib.Mock())
        assert not inspect.iscoroutinefunction(lib.MagicMock())

    same(scenario)


def test_function_attributes_match_reference() -> None:
    """__name__, __defaults__, __kwdefaults__, __annotations__ as in the reference."""

    def scenario(lib: ModuleType) -> None:
        m = lib.AsyncMock()
        assert m.__name__ == "AsyncMock", lib.__name__
        assert m.__defaults__ == (), lib.__name__
        assert m.__kwdefaults__ == {}, lib.__name__
        assert m.__annotations__ is None, lib.__name__
        assert m.__code__.co_argcount == 0, lib.__name__
        assert m.__code__.co_varnames == ("args", "kwargs"), lib.__name__
        flags = m.__code__.co_flags
        for flag in (inspect.CO_COROUTINE, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS):
            assert flags & flag, (lib.__name__, flag)

    same(scenario, fact="async_code_arguments")


def test_code_is_a_code_mock_of_each_mock() -> None:
    """__code__ is a NonCallableMock(spec_set=CodeType) of each mock, as in the reference."""

    def scenario(lib: ModuleType) -> None:
        a, b = lib.AsyncMock(), lib.AsyncMock(spec=lambda: None)
        assert type(a.__code__).__mro__[1] is lib.NonCallableMock, lib.__name__
        assert isinstance(a.__code__, types.CodeType)
        assert a.__code__ is a.__code__
        assert a.__code__ is not b.__code__
        assert repr(a.__code__).split(" id=")[0] == "<NonCallableMock spec_set='code'"
        a.__code__.co_flags = 0
        assert not mock_backports.iscoroutinefunction(a)

    same(scenario, fact="async_function_attributes")


def test_function_attributes_in_dir() -> None:
    """dir() lists the five function attributes, as the reference's instance dict does."""
    names = ["__annotations__", "__code__", "__defaults__", "__kwdefaults__", "__name__"]

    def scenario(lib: ModuleType) -> None:
        m = lib.AsyncMock()
        assert [n for n in dir(m) if n in names] == names, lib.__name__
        del m.__name__
        assert "__name__" not in dir(m)
        with pytest.raises(AttributeError):
            m.__name__  # noqa: B018

    same(scenario, fact="async_function_attributes")


def test_nothing_is_stored_at_creation() -> None:
    """A fresh AsyncMock stores only its links; the code mock is made on first read."""
    m = OURS.AsyncMock()
    fresh = dict(vars(m))
    assert "__code__" not in fresh
    m.__name__  # noqa: B018
    m.await_count  # noqa: B018
    assert vars(m) == fresh
    code = m.__code__
    assert vars(m) == {**fresh, "__code__": code}


def test_kwdefaults_are_per_instance() -> None:
    """Mutating one mock's __kwdefaults__ does not touch another's."""
    a, b = OURS.AsyncMock(), OURS.AsyncMock()
    a.__kwdefaults__["x"] = 1
    assert a.__kwdefaults__ == {"x": 1}
    assert b.__kwdefaults__ == {}


def test_function_attributes_are_assignable() -> None:
    """Assigned function attributes stick to that one mock, as in the reference."""

    def scenario(lib: ModuleType) -> None:
        m = lib.AsyncMock()
        m.__name__ = "fetch"
        m.__defaults__ = (1,)
        assert (m.__name__, m.__defaults__) == ("fetch", (1,)), lib.__name__
        assert lib.AsyncMock().__name__ == "AsyncMock"

    same(scenario, fact="async_function_attributes")


def test_metadata_survives_spec_set() -> None:
    """spec_set does not hide the function attributes."""

    class Service:
        async def fetch(self) -> None:
            return None

    def scenario(lib: ModuleType) -> None:
        m = lib.AsyncMock(spec_set=Service)
        assert m.__name__ == "AsyncMock", lib.__name__
        assert mock_backports.iscoroutinefunction(m)

    same(scenario, fact="async_function_attributes")


def test_class_keeps_its_own_name() -> None:
    """The descriptors do not rename the AsyncMock class."""
    assert OURS.AsyncMock.__name__ == "AsyncMock"
    assert type(OURS.AsyncMock()).__name__ == "AsyncMock"


def test_signature_is_args_kwargs() -> None:
    """inspect.signature of a bare AsyncMock is (*args, **kwargs), as in the reference."""

    def scenario(lib: ModuleType) -> None:
        assert str(inspect.signature(lib.AsyncMock())) == "(*args, **kwargs)"

    same(scenario, fact="async_code_arguments")


@pytest.mark.skipif(
    stdlib_matches("inspect_without_function_class"),
    reason="from 3.10 inspect needs no FunctionType __class__ on an AsyncMock",
)
def test_39_reports_function_class_without_spec() -> None:
    """On 3.9 an unspecced AsyncMock reports FunctionType as __class__; type() is unchanged."""
    m = OURS.AsyncMock()
    assert m.__class__ is types.FunctionType
    # The core gives every instance a private subclass that keeps the name.
    assert issubclass(type(m), OURS.AsyncMock)
    assert type(m).__name__ == "AsyncMock"
    assert isinstance(m, OURS.AsyncMock)
    assert repr(m) == f"<AsyncMock id='{id(m)}'>"
    assert str(inspect.signature(m)) == "(*args, **kwargs)"
