"""Configuring the magic methods of magic mocks: specs added later, resets, __ne__, copies."""

from __future__ import annotations

import copy
import gc

from support.differential import mask, outcome, same


def test_mock_add_spec_none_gives_a_specced_magic_mock_its_magic_methods_back():
    """mock_add_spec(None) on a MagicMock specced without magic methods restores all of them."""

    def scenario(lib):
        m = lib.MagicMock(spec=["read"])
        before = outcome(len, m), outcome(iter, m)
        m.mock_add_spec(None)
        return before, len(m), list(m), int(m), bool(m.anything)

    assert same(scenario) == (
        (
            ("raised", "TypeError", "object of type 'MagicMock' has no len()"),
            ("raised", "TypeError", "'MagicMock' object is not iterable"),
        ),
        0,
        [],
        1,
        True,
    )


def test_mock_add_spec_adds_the_magic_methods_of_a_later_spec():
    """A MagicMock specced with one magic method, re-specced with another, has only the new one."""

    def scenario(lib):
        m = lib.MagicMock(spec=["__iter__"])
        m.mock_add_spec(["__len__", "read"])
        return len(m), outcome(iter, m), outcome(getattr, m, "write"), m.read() is m.read()

    assert same(scenario) == (
        0,
        ("raised", "TypeError", "'MagicMock' object is not iterable"),
        ("raised", "AttributeError", "Mock object has no attribute 'write'"),
        True,
    )


def test_non_callable_magic_mock_add_spec_limits_its_magic_methods():
    """NonCallableMagicMock.mock_add_spec keeps the spec's magic methods and names only."""

    def scenario(lib):
        m = lib.NonCallableMagicMock()
        m.mock_add_spec(["__iter__", "read"])
        return (
            list(m),
            outcome(len, m),
            outcome(getattr, m, "write"),
            outcome(m),
            mask(repr(m.read)),
        )

    assert same(scenario) == (
        [],
        ("raised", "TypeError", "object of type 'NonCallableMagicMock' has no len()"),
        ("raised", "AttributeError", "Mock object has no attribute 'write'"),
        ("raised", "TypeError", "'NonCallableMagicMock' object is not callable"),
        "<MagicMock name='mock.read' id='ID'>",
    )


def _reset_keeping_magic_defaults(lib):
    m = lib.MagicMock()
    m.__len__.return_value = 5
    m.method.return_value = 1
    m.return_value = 2
    str(m)
    m.reset_mock(return_value=True)
    return (
        outcome(len, m),
        type(str(m)).__name__,
        type(m.method()).__name__,
        type(m()).__name__,
    )


def test_reset_mock_return_value_keeps_the_magic_methods_return_values():
    """reset_mock(return_value=True) clears return values, except those of magic methods."""
    assert same(_reset_keeping_magic_defaults, "magic_reset_keeps_return_value") == (
        ("ok", 5),
        "str",
        "MagicMock",
        "MagicMock",
    )


def test_configured_ne_return_value_answers_every_comparison():
    """A return value set on __ne__ answers != with any operand, the mock itself included."""

    def scenario(lib):
        m = lib.MagicMock()
        default = (m != m, m != 1)
        m.__ne__.return_value = "x"
        return default, m != 1, m != m, m.__ne__.call_count

    assert same(scenario) == ((False, True), "x", "x", 4)


def test_copy_of_a_magic_mock_configures_its_magic_methods_once_the_original_is_gone():
    """A copy of a MagicMock, its original deleted, still has and configures its magic methods."""

    def scenario(lib):
        m = lib.MagicMock()
        c = copy.copy(m)
        del m
        gc.collect()
        c.__len__.return_value = 3
        return len(c), bool(c), int(c), type(str(c)).__name__, repr(c.mock_calls)

    assert same(scenario) == (
        3,
        True,
        1,
        "str",
        "[call.__len__(), call.__bool__(), call.__int__(), call.__str__()]",
    )
