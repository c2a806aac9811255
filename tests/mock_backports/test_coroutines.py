"""iscoroutinefunction and markcoroutinefunction answer as Python 3.13's inspect does."""

from __future__ import annotations

import functools
import inspect
import types

import pytest
from mock_backports import iscoroutinefunction, markcoroutinefunction
from support.reference_facts import reason, stdlib_matches


async def coro_func(a, b=1):
    return a


def plain_func():
    return None


async def async_gen_func():
    yield 1


class Service:
    async def fetch(self):
        return 1

    def sync(self):
        return 2

    @classmethod
    async def cfetch(cls):
        return 3

    @staticmethod
    async def sfetch():
        return 4

    pfetch = functools.partialmethod(fetch)

    async def __call__(self):
        return 5


class FunctionLike:
    """Carries a function's attributes, as AsyncMock does."""

    __name__ = "function_like"
    __defaults__ = None
    __kwdefaults__ = None
    __annotations__ = None

    def __init__(self, code):
        self.__code__ = code

    def __call__(self):
        return None


CASES = {
    "async def": (coro_func, True),
    "def": (plain_func, False),
    "lambda": (lambda: None, False),
    "async generator": (async_gen_func, False),
    "bound async method": (Service().fetch, True),
    "unbound async method": (Service.fetch, True),
    "bound sync method": (Service().sync, False),
    "async classmethod": (Service.cfetch, True),
    "async staticmethod": (Service.sfetch, True),
    "partial of async def": (functools.partial(coro_func, 1), True),
    "nested partial": (functools.partial(functools.partial(coro_func, 1), 2), True),
    "partial of def": (functools.partial(plain_func), False),
    "partialmethod of async method": (Service().pfetch, True),
    "class": (Service, False),
    "instance with async __call__": (Service(), False),
    "builtin": (len, False),
    "function-like with coroutine code": (FunctionLike(coro_func.__code__), True),
    "function-like with plain code": (FunctionLike(plain_func.__code__), False),
    "non-callable with coroutine code": (types.SimpleNamespace(__code__=coro_func.__code__), False),
    "None": (None, False),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_iscoroutinefunction_answers_as_python_313(name):
    """Each kind of object gets the answer Python 3.13's inspect gives it."""
    obj, expected = CASES[name]
    assert iscoroutinefunction(obj) is expected


@pytest.mark.skipif(
    not stdlib_matches("inspect_iscoroutinefunction"), reason=reason("inspect_iscoroutinefunction")
)
@pytest.mark.parametrize("name", sorted(CASES))
def test_iscoroutinefunction_agrees_with_inspect_on_313(name):
    """On 3.13 ours and inspect.iscoroutinefunction agree on every case."""
    obj, _ = CASES[name]
    assert iscoroutinefunction(obj) is inspect.iscoroutinefunction(obj)


def test_markcoroutinefunction_marks_a_plain_function():
    """A marked sync function counts as a coroutine function, and is returned."""

    def handler():
        return None

    assert markcoroutinefunction(handler) is handler
    assert iscoroutinefunction(handler) is True


def test_markcoroutinefunction_marks_the_function_behind_a_method():
    """Marking a bound method marks its function, so every binding answers True."""

    class Handler:
        def handle(self):
            return None

    marked = markcoroutinefunction(Handler().handle)
    assert marked is Handler.handle
    assert iscoroutinefunction(Handler().handle) is True


@pytest.mark.skipif(
    not stdlib_matches("inspect_markcoroutinefunction"),
    reason=reason("inspect_markcoroutinefunction"),
)
def test_marks_are_shared_with_inspect():
    """On 3.12+ a function marked by either side is recognised by both."""

    def ours():
        return None

    def theirs():
        return None

    markcoroutinefunction(ours)
    inspect.markcoroutinefunction(theirs)
    assert inspect.iscoroutinefunction(ours) is True
    assert iscoroutinefunction(theirs) is True


def test_unrelated_marker_attribute_is_not_a_mark():
    """An object with some other _is_coroutine_marker value is not a coroutine function."""

    def func():
        return None

    func._is_coroutine_marker = object()
    assert iscoroutinefunction(func) is False


def test_mark_is_seen_through_methods_and_partials():
    """A marked function stays a coroutine function when bound or wrapped in partial."""

    class Handler:
        def handle(self, x):
            return x

    markcoroutinefunction(Handler.handle)
    assert iscoroutinefunction(Handler().handle) is True
    assert iscoroutinefunction(functools.partial(Handler().handle, 1)) is True
