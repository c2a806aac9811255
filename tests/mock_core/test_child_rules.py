"""Which class a child gets, and what subclasses and threads see of children."""

from __future__ import annotations

import threading
import unittest.mock

from support.differential import OURS, outcome, records, same

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


def test_threads_racing_for_a_magic_method_get_the_same_child():
    """Two threads making one magic method's child at once both get the child installed."""
    barrier = threading.Barrier(2, timeout=5)

    class Slow(mock.MagicMock):
        def _get_child_mock(self, /, **kw):
            if kw.get("name") == "__len__":
                # Both threads are making the child before either installs it.
                barrier.wait()
            return mock.MagicMock(**kw)

    m = Slow()
    got = []

    def work():
        got.append(m.__len__)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(got) == 2
    assert got[0] is got[1] is m.__len__
    assert len(m) == 0
    assert m.mock_calls == [mock.call.__len__()]
