"""mock_open at its edges: fixed return values, replaced side effects, __exit__."""

from __future__ import annotations

import contextlib
import itertools
import sys
from types import ModuleType
from typing import Any

from support.differential import outcome, same


def test_fixed_readline_return_value_is_what_iteration_yields() -> None:
    """With readline's return value set, iterating the handle yields it for ever."""

    def scenario(lib: ModuleType) -> Any:
        handle = lib.mock_open(read_data="a\nb\n")()
        handle.readline.return_value = "X"
        return (list(itertools.islice(iter(handle), 3)), next(handle), handle.readline())

    assert same(scenario) == (["X", "X", "X"], "X", "X")


def test_replaced_readline_side_effect_survives_reopening() -> None:
    """A readline side effect the user set is kept when the file is opened again."""

    def scenario(lib: ModuleType) -> Any:
        opener = lib.mock_open(read_data="a\nb\n")
        handle = opener()
        handle.readline.side_effect = ["u1", "u2", "u3"]
        first = handle.readline()
        again = opener()
        return (first, again.readline(), again.read(), again.readline())

    assert same(scenario) == ("u1", "u2", "a\nb\n", "u3")


def test_exit_with_wrong_arguments_fails_as_a_function_of_three() -> None:
    """The handle's __exit__ takes exactly the three exception arguments, and closes."""
    # Before 3.10 CPython names a function by __name__, not __qualname__, in these messages.
    name = "_exit_side_effect"
    if sys.version_info >= (3, 10):
        name = "mock_open.<locals>._exit_side_effect"

    def scenario(lib: ModuleType) -> Any:
        handle = lib.mock_open(read_data="x")()
        return (
            outcome(handle.__exit__, None, None),
            outcome(handle.__exit__, 1, 2, 3, 4),
            outcome(handle.__exit__, None, None, None),
            handle.close.call_count,
        )

    assert same(scenario, "mock_open_exit_takes_three") == (
        ("raised", "TypeError", f"{name}() missing 1 required positional argument: 'exctb'"),
        ("raised", "TypeError", f"{name}() takes 3 positional arguments but 4 were given"),
        ("ok", None),
        1,
    )


def test_exit_stack_closes_the_handle() -> None:
    """A handle entered through contextlib.ExitStack is closed once when the stack exits."""

    def scenario(lib: ModuleType) -> Any:
        opener = lib.mock_open(read_data="x")

        def read() -> Any:
            with contextlib.ExitStack() as stack:
                return stack.enter_context(opener()).read()

        return (outcome(read), opener.return_value.close.call_count)

    assert same(scenario, "exit_stack_exits_mock_open") == (("ok", "x"), 1)
