"""side_effect values that are iterables, or neither iterable nor callable."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from support.differential import outcome, same


def three(a: Any) -> None:
    pass


def test_iterable_side_effect_of_an_autospecced_function() -> None:
    """An autospecced function's list side_effect is returned item by item, then exhausted."""

    def scenario(lib: ModuleType) -> Any:
        m = lib.create_autospec(three)
        m.side_effect = [1, 2]
        return (outcome(m, 1), outcome(m, 2), outcome(m, 3), type(m.mock.side_effect).__name__)

    assert same(scenario) == (("ok", 1), ("ok", 2), ("raised", "StopIteration", ""), "_MockIter")


def test_side_effect_neither_iterable_nor_callable_fails_when_called() -> None:
    """A side_effect such as 5 is kept as it is, and calling the mock raises TypeError."""

    def scenario(lib: ModuleType) -> Any:
        m = lib.Mock(side_effect=5)
        return (outcome(m), m.side_effect)

    assert same(scenario) == (("raised", "TypeError", "'int' object is not an iterator"), 5)
