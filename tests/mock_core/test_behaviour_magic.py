"""Differential behaviour tests: MagicMock magic methods."""

from __future__ import annotations

import mock_core as core
import pytest
from support.differential import outcome, same


def test_magic_defaults():
    """MagicMock magic methods have the reference default return values."""

    def scenario(lib):
        m = lib.MagicMock()
        return (
            int(m),
            len(m),
            list(iter(m)),
            bool(m),
            float(m),
            complex(m),
            m.__index__(),
            "x" in m,
            m == m,
            m != m,
            m == lib.MagicMock(),
            hash(m) == hash(m),
            type(str(m)).__name__,
            m.__sizeof__() > 0,
            m.__fspath__() is not None,
        )

    res = same(scenario)
    assert res[:8] == (1, 0, [], True, 1.0, 1j, 1, False)
    assert res[8:11] == (True, False, False)


def test_magic_lt_not_implemented_and_with():
    """Comparison magics default to NotImplemented; context manager works."""

    def scenario(lib):
        m = lib.MagicMock()
        with m as entered:
            pass
        return (
            m.__lt__(1),
            m.__gt__(1),
            outcome(lambda: m < 1)[:2],
            type(entered).__name__,
            m.__exit__.return_value,
            repr(m.mock_calls),
        )

    res = same(scenario)
    assert res[0] is NotImplemented


def test_magic_configure_by_return_value():
    """Magic methods are configured through their return_value and side_effect."""

    def scenario(lib):
        m = lib.MagicMock()
        m.__len__.return_value = 5
        m.__iter__.return_value = [1, 2]
        m.__getitem__.side_effect = lambda k: k * 2
        m.__contains__.return_value = True
        m.__int__.return_value = 7
        return len(m), list(m), list(m), m[3], 9 in m, int(m), repr(m.mock_calls)

    assert same(scenario)[:6] == (5, [1, 2], [1, 2], 6, True, 7)


def test_magic_configure_by_assignment():
    """Assigning functions or mocks to magic names configures them."""

    def scenario(lib):
        m = lib.MagicMock()
        m.__len__ = lambda self: 3
        m.__eq__ = lambda self, other: True
        n = lib.Mock()
        n.__len__ = lib.Mock(return_value=4)
        n.__iter__ = lambda self: iter([9])
        return len(m), m == 1, len(n), list(n)

    assert same(scenario) == (3, True, 4, [9])


def test_magic_eq_with_return_value_and_hash():
    """Setting __eq__ return_value changes equality; hash stays identity-based."""

    def scenario(lib):
        m = lib.MagicMock()
        m.__eq__.return_value = True
        m.__hash__.return_value = 3
        return m == 1, hash(m)

    assert same(scenario) == (True, 3)


def test_magic_on_plain_mock_unsupported():
    """Plain Mock does not support magic methods until configured."""

    def scenario(lib):
        m = lib.Mock()
        return outcome(len, m), outcome(iter, m)[:2], outcome(lambda: m[0])

    res = same(scenario)
    assert res[0] == ("raised", "TypeError", "object of type 'Mock' has no len()")


@pytest.mark.parametrize("name", ["__getattr__", "__setattr__", "__init__", "__new__", "__del__"])
def test_unsupported_magic_assignment_raises(name):
    """Assigning an unsupported magic method raises AttributeError with the reference message."""

    def scenario(lib):
        return outcome(setattr, lib.MagicMock(), name, lambda *a: None)

    res = same(scenario)
    assert res == (
        "raised",
        "AttributeError",
        f"Attempting to set unsupported magic method {name!r}.",
    )


def test_unsupported_magic_getattr_raises():
    """Getting an unknown dunder on a MagicMock raises AttributeError."""

    def scenario(lib):
        return outcome(getattr, lib.MagicMock(), "__foo__"), outcome(getattr, lib.Mock(), "__bar__")

    res = same(scenario)
    assert res[0] == ("raised", "AttributeError", "__foo__")


def test_magic_numeric_and_inplace():
    """Arithmetic magics return child mocks; inplace ones are supported."""

    def scenario(lib):
        m = lib.MagicMock()
        m.__add__.return_value = 10
        m.__iadd__.return_value = "i"
        x = m + 1
        m += 2
        return x, m, outcome(lambda: lib.MagicMock() - 1)[0]

    assert same(scenario) == (10, "i", "ok")


def test_magic_spec_restricts_magics():
    """A MagicMock with a spec only supports magic methods the spec has."""

    class Sized:
        def __len__(self):
            return 1

    def scenario(lib):
        m = lib.MagicMock(spec=Sized)
        return len(m), outcome(iter, m)[:2], outcome(int, m)[:2]

    assert same(scenario)[0] == 0


def test_non_callable_magic_mock_magics():
    """NonCallableMagicMock supports magics but not calls."""

    def scenario(lib):
        m = lib.NonCallableMagicMock()
        return len(m), int(m), outcome(m)

    same(scenario)


def test_magic_calls_recorded_in_mock_calls():
    """Magic method calls are recorded in mock_calls with their names."""

    def scenario(lib):
        m = lib.MagicMock()
        m[1]
        m["k"] = 2
        del m[3]
        len(m)
        str(m)
        return repr(m.mock_calls), repr(m.method_calls)

    res = same(scenario)
    assert res[0] == (
        "[call.__getitem__(1),\n call.__setitem__('k', 2),\n call.__delitem__(3),\n"
        " call.__len__(),\n call.__str__()]"
    )


def test_magic_reset_keeps_configuration():
    """reset_mock keeps configured magic method return values."""

    def scenario(lib):
        m = lib.MagicMock()
        m.__len__.return_value = 4
        len(m)
        m.reset_mock()
        return len(m), m.__len__.call_count

    assert same(scenario) == (4, 1)


def test_magic_mixin_exported():
    """MagicMixin is exported and a base of MagicMock."""
    assert issubclass(core.MagicMock, core.MagicMixin)
