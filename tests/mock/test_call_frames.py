"""User code that a mock runs sees the reference's call frames above it.

A side effect, a ``wraps`` target, a child's creation or an awaited side
effect runs as many frames below the line that used the mock as with
``unittest.mock``, so ``warnings.warn(..., stacklevel=N)`` inside it points
at the same line (pytest-mock warns with ``stacklevel=5`` from an
``__enter__`` side effect).
"""

from __future__ import annotations

import asyncio
import sys
import warnings
from types import ModuleType
from typing import Any, Callable

import pytest
from support.differential import same
from support.reference_facts import stdlib_matches

MARK = "scenario_"


def _depth() -> int:
    """Frames between the caller of this function and the scenario's own frame."""
    frame = sys._getframe(1)
    depth = 0
    while frame is not None and not frame.f_code.co_name.startswith(MARK):
        frame = frame.f_back  # type: ignore[assignment]
        depth += 1
    return depth


class Spec:
    def meth(self, x: Any) -> None:
        pass

    async def ameth(self, x: Any) -> None:
        pass


def _function(a: Any, b: Any = 1) -> None:
    pass


def scenario_call(mod: ModuleType, seen: list[int]) -> None:
    def effect(*args: Any) -> Any:
        seen.append(_depth())
        return mod.DEFAULT

    mod.Mock(side_effect=effect)()
    m = mod.Mock()
    m.a.b.side_effect = effect
    m.a.b(1)
    mod.Mock(wraps=effect)()
    spec = mod.MagicMock(spec=Spec)
    spec.meth.side_effect = effect
    spec.meth(1)
    if stdlib_matches("threading_mock"):
        mod.ThreadingMock(side_effect=effect)()


def scenario_child_creation(mod: ModuleType, seen: list[int]) -> None:
    class Recording(mod.Mock):  # type: ignore[name-defined,misc]
        def _get_child_mock(self, **kw: Any) -> Any:
            seen.append(_depth())
            return mod.Mock(**kw)

    Recording()()
    Recording().attribute  # noqa: B018 -- the read makes the child

    class Wrapped:
        @property
        def attribute(self) -> Any:
            seen.append(_depth())
            return 1

    mod.Mock(wraps=Wrapped()).attribute  # noqa: B018


def scenario_magic(mod: ModuleType, seen: list[int]) -> None:
    m = mod.MagicMock()
    m.__enter__.side_effect = lambda: seen.append(_depth())
    with m:
        pass
    m.__len__.side_effect = lambda: seen.append(_depth()) or 0
    len(m)


def scenario_property_and_autospec(mod: ModuleType, seen: list[int]) -> None:
    def effect(*args: Any) -> Any:
        seen.append(_depth())
        return mod.DEFAULT

    m = mod.Mock()
    type(m).p = mod.PropertyMock(side_effect=effect)
    m.p  # noqa: B018 -- the read runs the side effect
    mod.create_autospec(_function, side_effect=effect)(1)
    klass = mod.create_autospec(Spec)
    klass.meth.side_effect = effect
    klass.meth(1)
    instance = mod.create_autospec(Spec, instance=True)
    instance.meth.side_effect = effect
    instance.meth(1)


def scenario_patch(mod: ModuleType, seen: list[int]) -> None:
    import os

    with mod.patch("os.getcwd", side_effect=lambda: seen.append(_depth())):
        os.getcwd()


def scenario_await(mod: ModuleType, seen: list[int]) -> None:
    def effect(*args: Any) -> Any:
        seen.append(_depth())
        return 1

    async def aeffect(*args: Any) -> Any:
        seen.append(_depth())
        return 1

    async def scenario_inner() -> None:
        await mod.AsyncMock(side_effect=effect)()
        await mod.AsyncMock(side_effect=aeffect)()
        m = mod.MagicMock()
        m.__aenter__.side_effect = effect
        async with m:
            pass
        klass = mod.create_autospec(Spec)
        klass.ameth.side_effect = effect
        await klass.ameth(1)

    asyncio.run(scenario_inner())


SCENARIOS = [
    scenario_call,
    scenario_child_creation,
    scenario_magic,
    scenario_property_and_autospec,
    scenario_patch,
    scenario_await,
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.__name__)
def test_user_code_runs_at_the_reference_depth(
    scenario: Callable[[ModuleType, list[int]], None],
) -> None:
    """Each side effect, wrapped call and child creation sees the reference's frame count."""

    def depths(lib: ModuleType) -> list[int]:
        seen: list[int] = []
        scenario(lib, seen)
        return seen

    assert same(depths)


def test_warning_from_enter_side_effect_points_at_the_with_line() -> None:
    """pytest-mock's stacklevel=5 warning from __enter__ names the line of the with."""

    def warned_at(lib: ModuleType) -> tuple[tuple[str, int], int]:
        m = lib.MagicMock()
        m.__enter__.side_effect = lambda: warnings.warn("entered", UserWarning, stacklevel=5)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            line = sys._getframe().f_lineno + 1
            with m:
                pass
        return (caught[0].filename, caught[0].lineno), line

    where, line = same(warned_at)
    assert where == (__file__, line)
