"""Call objects, sentinels, Base and safe reprs against unittest.mock."""

from __future__ import annotations

import copy
import pickle
from types import ModuleType
from typing import Any

from support.differential import OURS, outcome, same

import mock


def private(lib: ModuleType) -> ModuleType:
    """The module holding the library's private names (``mock.mock`` for ours)."""
    return mock.mock if lib is OURS else lib


def test_call_compares_with_every_tuple_shape() -> None:
    """A call equals the one-, two- and three-item tuples that describe it, and no longer one."""

    def scenario(lib: ModuleType) -> Any:
        call = lib.call
        return [
            call.foo() == ("foo",),
            call.foo(1) == ("foo",),
            call() == ("",),
            call(a=1) == ({"a": 1},),
            call.foo(1) == ("foo", (1,)),
            call.foo(a=1) == ("foo", {"a": 1}),
            call.foo(1) == ("bar", (1,)),
            call(1) == ((1,), {}),
            call(1) == ("", (1,), {}),
            call(1) == (1, 2, 3, 4),
            call(1) == ("", (1,), {}, None),
        ]

    assert same(scenario) == [
        True,
        False,
        True,
        True,
        True,
        True,
        False,
        True,
        True,
        False,
        False,
    ]


def test_call_built_from_tuples_of_each_length() -> None:
    """_Call reads a name, positional and keyword arguments from tuples of one to four items."""

    def scenario(lib: ModuleType) -> Any:
        made = private(lib)._Call
        return [
            (repr(found), tuple(found))
            for found in (
                made(("name", (1,))),
                made(("name", {"a": 1})),
                made(((1,),)),
                made(({"a": 1},)),
                made(("name",)),
                made((1, 2, 3, 4)),
                made(("name", (1,), {}, 4)),
                made((1, 2, 3, 4), name="given"),
            )
        ] + [repr(made(((1,), {"b": 2}), two=True)), repr(made(("n", (1,)), two=True))]

    assert same(scenario) == [
        ("call.name(1)", ("name", (1,), {})),
        ("call.name(a=1)", ("name", (), {"a": 1})),
        ("call(1)", ("", (1,), {})),
        ("call(a=1)", ("", (), {"a": 1})),
        ("call.name()", ("name", (), {})),
        ("call()", ("", (), {})),
        ("call()", ("", (), {})),
        ("call.given()", ("given", (), {})),
        "call(1, b=2)",
        "call(1)",
    ]


def test_repr_of_attributes_of_calls() -> None:
    """An attribute of a call, not called yet, shows the path it was reached by."""

    def scenario(lib: ModuleType) -> Any:
        call = lib.call
        return [repr(call().foo), repr(call().foo.bar), repr(call(1).x), repr(call.x), repr(call)]

    assert same(scenario) == ["call().foo", "call().foo.bar", "call().x", "x", "call"]


def test_sentinel_registry_survives_copy_and_pickle() -> None:
    """sentinel has no __bases__, copies and unpickles to itself; deepcopy fails as upstream."""

    def scenario(lib: ModuleType) -> Any:
        registry = lib.sentinel
        return (
            hasattr(registry, "__bases__"),
            copy.copy(registry) is registry,
            pickle.loads(pickle.dumps(registry)) is registry,
            pickle.loads(pickle.dumps(registry.marker)) is registry.marker,
            outcome(copy.deepcopy, registry),
        )

    assert same(scenario) == (
        False,
        True,
        True,
        True,
        ("raised", "TypeError", "'_SentinelObject' object is not callable"),
    )


def test_base_takes_any_arguments() -> None:
    """Base, the root of the mock classes, accepts and ignores any arguments."""

    def scenario(lib: ModuleType) -> Any:
        base = private(lib).Base

        class Derived(base):  # type: ignore[misc, valid-type]
            pass

        made = Derived(1, 2, a=3)
        return (type(made).__name__, base._mock_return_value is lib.DEFAULT, base._mock_side_effect)

    assert same(scenario) == ("Derived", True, None)


class BadRepr:
    def __repr__(self) -> str:
        raise RuntimeError("no repr")


def test_assert_has_calls_shows_calls_it_cannot_repr_by_their_type() -> None:
    """When the recorded calls cannot be shown, assert_has_calls shows the list's bare repr."""

    def scenario(lib: ModuleType) -> Any:
        m = lib.Mock()
        m(BadRepr())
        calls = type(m.mock_calls)
        found = outcome(m.assert_has_calls, [lib.call(2)])
        # The list class lives in a different module in each library.
        return found[2].replace(f"{calls.__module__}.{calls.__qualname__}", "CALLS")

    assert same(scenario, "actual_line_indent") == (
        "Calls not found.\nExpected: [call(2)]\n  Actual: <CALLS object at ID>"
    )
