"""Which class a child gets, and what subclasses and threads see of children."""

from __future__ import annotations

import threading
import unittest.mock

import pytest
from support.differential import OURS, mask, outcome, records, same

import mock
import mock.mock


def _full(lib):
    # CallableMixin is in mock.mock (ours) and unittest.mock, not in mock's __all__.
    return mock.mock if lib is OURS else unittest.mock


def test_callable_mixin_on_a_non_callable_magic_mock_makes_children_of_its_class():
    """CallableMixin over NonCallableMagicMock: its arguments work, children take the class."""

    def scenario(lib):
        class Callable(_full(lib).CallableMixin, lib.NonCallableMagicMock):
            pass

        m = Callable(return_value=3)
        effects = Callable(side_effect=[1, KeyError("k")])
        return (
            m(1),
            outcome(effects),
            outcome(effects),
            len(m),
            type(m.child).__mro__[1].__name__,
            type(m.child()).__mro__[1].__name__,
            records(m),
        )

    assert same(scenario) == (
        3,
        ("ok", 1),
        ("raised", "KeyError", "'k'"),
        0,
        "Callable",
        "Callable",
        (
            True,
            1,
            "call(1)",
            "[call(1)]",
            "[call(1), call.__len__(), call.child()]",
            "[call.child()]",
        ),
    )


def test_dir_of_a_subclass_instance_shows_the_subclass_methods_as_they_change():
    """dir() of a Mock subclass's instance lists the subclass's public names, later ones too."""

    def scenario(lib):
        class Sub(lib.Mock):
            def helper(self):
                return None

        first = dir(Sub())
        Sub.added = 1
        second = dir(Sub())
        return first, [name for name in second if name not in first]

    got = same(scenario)
    assert "helper" in got[0]
    assert got[1] == ["added"]


def _race(read, made_as):
    """What two threads get from ``read(m)`` when both make the child ``made_as`` at once."""
    barrier = threading.Barrier(2, timeout=5)

    class Slow(mock.MagicMock):
        def _get_child_mock(self, /, **kw):
            if kw.get("_new_name") == made_as:
                # Both threads are making the child before either installs it.
                barrier.wait()
            return mock.MagicMock(**kw)

    m = Slow()
    got = []
    threads = [threading.Thread(target=lambda: got.append(read(m))) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return m, got


@pytest.mark.parametrize(
    ("read", "made_as", "name", "recorded"),
    [
        (lambda m: m.attribute, "attribute", "mock.attribute", mock.call.attribute()),
        (lambda m: m.return_value, "()", "mock()", mock.call()()),
        (lambda m: m.__len__, "__len__", "mock.__len__", mock.call.__len__()),
    ],
    ids=["attribute", "return value", "magic method"],
)
def test_threads_racing_to_make_a_child_get_the_one_installed(read, made_as, name, recorded):
    """Two threads making one child at once (attribute, return value, magic) get the same one."""
    m, got = _race(read, made_as)
    assert len(got) == 2
    assert got[0] is got[1] is read(m)
    assert mask(repr(got[0])) == f"<MagicMock name='{name}' id='ID'>"
    got[0]()
    assert m.mock_calls == [recorded]
