"""What a spec tells a mock, where mock_core's caches must not change the answer."""

from __future__ import annotations

import inspect
import types
from types import ModuleType
from typing import Any, Callable

from support.differential import mask, outcome, same


def shown(func: Callable[..., Any], *args: Any) -> tuple[Any, ...]:
    """``outcome`` with a result shown as its masked repr."""
    found = outcome(func, *args)
    return ("ok", mask(repr(found[1]))) if found[0] == "ok" else found


class ListingMeta(type):
    """A metaclass whose ``dir`` of a class adds the names in ``extra``."""

    extra = ["ghost"]

    def __dir__(cls) -> list[str]:
        return [*type.__dir__(cls), *ListingMeta.extra]


class Listed(metaclass=ListingMeta):
    real = 1


def test_class_names_follow_a_metaclass_dir_that_changes() -> None:
    """A class spec whose metaclass defines __dir__ is listed afresh for every mock."""

    def scenario(lib: ModuleType) -> Any:
        first = lib.Mock(spec=Listed)
        before = (shown(lambda: first.ghost), shown(lambda: first.phantom))
        ListingMeta.extra = ["phantom"]
        try:
            second = lib.Mock(spec=Listed)
            after = (shown(lambda: second.ghost), shown(lambda: second.phantom))
        finally:
            ListingMeta.extra = ["ghost"]
        return before, after

    assert same(scenario) == (
        (
            ("ok", "<Mock name='mock.ghost' id='ID'>"),
            ("raised", "AttributeError", "Mock object has no attribute 'phantom'"),
        ),
        (
            ("raised", "AttributeError", "Mock object has no attribute 'ghost'"),
            ("ok", "<Mock name='mock.phantom' id='ID'>"),
        ),
    )


class MroHiding(type):
    @property
    def __mro__(cls) -> Any:
        raise RuntimeError("no mro")


class FlagsHiding(type):
    @property
    def __flags__(cls) -> Any:
        raise RuntimeError("no flags")


class HiddenMro(metaclass=MroHiding):
    attr = 1

    async def coro(self) -> None:
        pass


class HiddenFlags(metaclass=FlagsHiding):
    attr = 1

    async def coro(self) -> None:
        pass


def test_metaclass_properties_do_not_hide_a_class_spec() -> None:
    """A metaclass __mro__ or __flags__ property that raises changes nothing a spec tells."""

    def scenario(lib: ModuleType) -> Any:
        found = []
        for spec in (HiddenMro, HiddenFlags):
            m = lib.Mock(spec=spec)
            magic = lib.MagicMock(spec=spec)
            found.append(
                (
                    mask(repr(m.attr)),
                    shown(lambda: m.nope),  # noqa: B023 - called at once
                    type(m.coro).__name__,
                    type(magic.coro).__name__,
                )
            )
        return found

    assert (
        same(scenario)
        == [
            (
                "<Mock name='mock.attr' id='ID'>",
                ("raised", "AttributeError", "Mock object has no attribute 'nope'"),
                "AsyncMock",
                "AsyncMock",
            ),
        ]
        * 2
    )


class OwnDir:
    def __dir__(self) -> list[str]:
        return ["only"]


class Plain:
    pass


def test_instance_spec_with_its_own_dir() -> None:
    """An instance spec is listed by its class's __dir__; one set on the instance is ignored."""

    def scenario(lib: ModuleType) -> Any:
        listed = lib.Mock(spec=OwnDir())
        spec = Plain()
        spec.__dir__ = lambda: ["x"]  # type: ignore[method-assign]
        spec.y = 1  # type: ignore[attr-defined]
        ignored = lib.Mock(spec=spec)
        return (
            shown(lambda: listed.only),
            shown(lambda: listed.other),
            shown(lambda: ignored.x),
            shown(lambda: ignored.y),
        )

    assert same(scenario) == (
        ("ok", "<Mock name='mock.only' id='ID'>"),
        ("raised", "AttributeError", "Mock object has no attribute 'other'"),
        ("raised", "AttributeError", "Mock object has no attribute 'x'"),
        ("ok", "<Mock name='mock.y' id='ID'>"),
    )


def wraps_itself() -> None:
    pass


wraps_itself.__wrapped__ = wraps_itself  # type: ignore[attr-defined]


async def coroutine_function() -> None:
    pass


class Unwrapping:
    cycle = wraps_itself
    coro = coroutine_function


def test_wrapped_cycle_is_not_async() -> None:
    """An attribute whose __wrapped__ chain is a cycle is checked as it is, not unwrapped."""

    def scenario(lib: ModuleType) -> Any:
        m = lib.MagicMock(spec=Unwrapping)
        return (type(m.cycle).__name__, type(m.coro).__name__, type(m.cycle).__name__)

    assert same(scenario) == ("MagicMock", "AsyncMock", "MagicMock")


class AsyncMeta(type):
    """Lists a coroutine function that only the metaclass stores."""

    async def from_meta(cls) -> None:
        pass

    def __dir__(cls) -> list[str]:
        return [*type.__dir__(cls), "from_meta"]


class MetaListed(metaclass=AsyncMeta):
    pass


def test_async_attribute_stored_on_the_metaclass() -> None:
    """An async function a class lists but only its metaclass stores gives an AsyncMock."""

    def scenario(lib: ModuleType) -> Any:
        return type(lib.MagicMock(spec=MetaListed).from_meta).__name__

    assert same(scenario) == "AsyncMock"


async def coroutine() -> None:
    pass


@types.coroutine
def generator_coroutine() -> Any:
    yield


def generator() -> Any:
    yield


def test_awaitable_instances_as_specs() -> None:
    """A coroutine, or a generator made a coroutine, as spec makes calls return coroutines."""

    def returns_coroutine(m: Any) -> bool:
        returned = m()
        if inspect.iscoroutine(returned):
            returned.close()
            return True
        return False

    def scenario(lib: ModuleType) -> Any:
        running = coroutine()
        try:
            specs = (running, generator_coroutine(), generator())
            return [returns_coroutine(lib.MagicMock(spec=spec)) for spec in specs]
        finally:
            running.close()

    assert same(scenario) == [True, True, False]
