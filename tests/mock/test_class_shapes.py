"""The mock classes, their MROs and what a spec does to them, as in the reference.

Differential: each scenario runs against unittest.mock and mock; the stdlib
half runs from the Python whose stdlib has the reference's behaviour.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any, Callable

import pytest
from support.differential import OURS, outcome, same
from support.reference_facts import reason, stdlib_matches

import mock.mock

CLASSES = [
    "NonCallableMock",
    "Mock",
    "MagicMock",
    "NonCallableMagicMock",
    "PropertyMock",
    "ThreadingMock",
    "AsyncMock",
]


async def _async_function() -> None:
    pass


def _function() -> None:
    pass


class AsyncSpec:
    async def ameth(self) -> None:
        pass

    def meth(self) -> None:
        pass


def _needs(name: str) -> Any:
    """Skip a ThreadingMock scenario where the stdlib has no ThreadingMock."""
    marks = []
    if "ThreadingMock" in name and not stdlib_matches("threading_mock"):
        marks.append(pytest.mark.skip(reason=reason("threading_mock")))
    return pytest.param(name, marks=marks, id=name)


def _names(classes: Any) -> list[str]:
    return [klass.__name__ for klass in classes]


@pytest.mark.parametrize("name", [_needs(name) for name in CLASSES])
@pytest.mark.parametrize("spec", [None, _async_function, _function], ids=["none", "async", "sync"])
def test_mro_of_every_mock_class_and_spec(name: str, spec: Any) -> None:
    """type(m).__mro__ names the reference's classes, for each class and kind of spec."""

    def mro(mod: ModuleType) -> Any:
        cls = getattr(mod, name)
        return _names(cls.__mro__), _names(type(cls(spec=spec)).__mro__)

    same(lambda lib: outcome(mro, lib))


def test_async_mock_is_no_magic_mock() -> None:
    """AsyncMock is an AsyncMagicMixin, not a MagicMock, as in the reference."""

    def kinds(lib: ModuleType) -> Any:
        # The mixins are no public names of mock: mock.mock, like unittest.mock, has them.
        mod = mock.mock if lib is OURS else lib
        m = mod.AsyncMock()
        return (
            isinstance(m, mod.MagicMock),
            isinstance(m, mod.AsyncMagicMixin),
            isinstance(m, mod.MagicMixin),
            _names(mod.AsyncMagicMixin.__mro__),
        )

    assert same(lambda lib: outcome(kinds, lib)) == (
        "ok",
        (False, True, True, ["AsyncMagicMixin", "MagicMixin", "Base", "object"]),
    )


@pytest.mark.parametrize(
    "scenario",
    [
        lambda mod: mod.Mock().__annotations__,
        lambda mod: mod.MagicMock().__annotations__,
        pytest.param(
            lambda mod: mod.ThreadingMock().__annotations__,
            marks=pytest.mark.skipif(
                not stdlib_matches("threading_mock"), reason=reason("threading_mock")
            ),
        ),
        lambda mod: len(mod.MagicMock(spec=_async_function)),
        lambda mod: len(mod.MagicMock(spec=_function)),
        lambda mod: delattr(type(mod.Mock()), "nope"),
    ],
    ids=["Mock", "MagicMock", "ThreadingMock", "len-async-spec", "len-sync-spec", "del-type"],
)
def test_missing_attributes_raise_as_in_the_reference(
    scenario: Callable[[ModuleType], Any],
) -> None:
    """__annotations__, magic methods of a function spec and class attributes are missing."""
    got = same(lambda lib: outcome(scenario, lib))
    assert got[:2] in (("raised", "AttributeError"), ("raised", "TypeError"))


def test_mock_add_spec_on_async_mock_keeps_magics_that_then_refuse() -> None:
    """AsyncMock().mock_add_spec(f) keeps the magic slots; using one raises AttributeError."""

    def add_spec(mod: ModuleType) -> Any:
        m = mod.AsyncMock()
        m.mock_add_spec(_function)
        magic = mod.MagicMock()
        magic.mock_add_spec(_function)
        return outcome(len, m), outcome(len, magic)

    assert same(lambda lib: outcome(add_spec, lib)) == (
        "ok",
        (
            ("raised", "AttributeError", "Mock object has no attribute '__len__'"),
            ("raised", "TypeError", "object of type 'MagicMock' has no len()"),
        ),
    )


@pytest.mark.skipif(not stdlib_matches("spec_set_reset_mock"), reason=reason("spec_set_reset_mock"))
@pytest.mark.parametrize(
    "make",
    [
        lambda mod: mod.AsyncMock(spec_set=AsyncSpec),
        lambda mod: mod.create_autospec(_async_function, spec_set=True),
        lambda mod: mod.create_autospec(AsyncSpec, spec_set=True, instance=True),
        lambda mod: mod.Mock(spec_set=["a"]),
    ],
    ids=["AsyncMock", "autospec-async-function", "autospec-instance", "Mock-list"],
)
def test_reset_mock_of_spec_set_mocks(make: Callable[[ModuleType], Any]) -> None:
    """reset_mock works on spec_set async mocks; the record names are always settable."""

    def reset(mod: ModuleType) -> Any:
        m = make(mod)
        m.reset_mock()
        m.await_count = 2
        return m.await_count

    assert same(lambda lib: outcome(reset, lib)) == ("ok", 2)


def test_async_children_follow_the_reference() -> None:
    """Children of async mocks: sync magics and spec names are MagicMocks, the rest AsyncMocks."""

    def children(mod: ModuleType) -> Any:
        a = mod.AsyncMock()
        specced = mod.AsyncMock(spec=AsyncSpec)
        return _names(
            type(child).__mro__[1]
            for child in (
                a.x,
                a.__aenter__,
                a.__len__,
                specced.meth,
                specced.ameth,
                mod.Mock(spec=AsyncSpec).ameth,
                mod.MagicMock().__aexit__,
                mod.Mock(spec=_async_function).x,
            )
        )

    same(lambda lib: outcome(children, lib))
