"""Thread-safety of mock_core call recording under heavy contention."""

from __future__ import annotations

import sys
import threading

import mock_core as core
import pytest
from support.differential import same

THREADS = 8
CALLS = 5000


def hammer(target, *args):
    """Call target(*args) CALLS times from each of THREADS threads with tiny switch intervals."""
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        barrier = threading.Barrier(THREADS)

        def work():
            barrier.wait()
            for _ in range(CALLS):
                target(*args)

        threads = [threading.Thread(target=work) for _ in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old)
    assert sys.getswitchinterval() == old


@pytest.mark.parametrize("cls", [core.Mock, core.MagicMock])
def test_no_call_lost_under_contention(cls):
    """8x5000 threaded calls leave call_count == len(call_args_list) == len(mock_calls) == 40000."""
    m = cls()
    hammer(m, 1)
    total = THREADS * CALLS
    assert (m.call_count, len(m.call_args_list), len(m.mock_calls)) == (total, total, total)
    assert m.called


def test_no_child_call_lost_through_parents():
    """Calls on m.a.b are all recorded on m.a.b, m.a and m's mock_calls and method_calls."""
    m = core.Mock()
    child = m.a.b
    hammer(child, 1)
    total = THREADS * CALLS
    assert child.call_count == total
    assert len(child.call_args_list) == total
    assert len(child.mock_calls) == total
    assert len(m.a.mock_calls) == total
    assert len(m.mock_calls) == total
    assert len(m.method_calls) == total
    assert m.mock_calls[0] == core.call.a.b(1)


def test_no_child_call_lost_with_attribute_lookup():
    """Looking the child up on every call (m.a.b(1)) still records every call on the parent."""
    m = core.MagicMock()
    hammer(lambda: m.a.b(1))
    total = THREADS * CALLS
    assert len(m.mock_calls) == total
    assert m.a.b.call_count == total


def test_no_call_lost_with_side_effect_iterable():
    """An iterable side_effect hands out each value exactly once under contention."""
    total = THREADS * CALLS
    m = core.Mock(side_effect=range(total))
    seen = []
    hammer(lambda: seen.append(m()))
    assert sorted(seen) == list(range(total))
    assert m.call_count == total


def test_switchinterval_restored():
    """The hammer helper restores the switch interval it changed."""
    old = sys.getswitchinterval()
    hammer(core.Mock())
    assert sys.getswitchinterval() == old


def _assigned_counts(lib):
    """call_count set to an int, to another number and to a str, each followed by a call.

    From 3.14 a call sets call_count to len(call_args_list): what was assigned
    lasts until the next call."""
    m = lib.Mock()
    steps = []
    m(1)
    m.call_count = 10
    m()
    steps.append((m.call_count, len(m.call_args_list)))
    m.call_count = 2.5
    m()
    steps.append(m.call_count)
    m.call_count = "x"
    try:
        m()
    except TypeError as exc:
        steps.append(str(exc))
    steps.append((m.call_count, m.called, len(m.call_args_list)))
    m.reset_mock()
    m()
    steps.append(m.call_count)
    return steps


def test_assigned_call_count_lasts_until_the_next_call():
    """After a call, call_count is len(call_args_list), whatever was assigned (3.14+)."""
    got = same(_assigned_counts, fact="call_count_from_call_args_list")
    assert got == [(2, 2), 3, (4, True, 4), 1]


def test_assigned_call_count_reads_back_until_a_call():
    """An assigned call_count (of any type) reads back as assigned until the next call."""

    def scenario(lib):
        m = lib.Mock()
        m()
        m.call_count = "x"
        before = m.call_count
        m()
        return before, m.call_count

    assert same(scenario, fact="call_count_from_call_args_list") == ("x", 2)


def test_private_call_count_is_the_own_count():
    """_mock_call_count is call_count's own storage: it reads back, and a call resets it."""
    m = core.Mock()
    m()
    m()
    assert (m._mock_call_count, m.call_count) == (2, 2)
    m._mock_call_count = 7
    assert m.call_count == 7
    m()
    assert m.call_count == 3


def test_counted_mock_copies_with_its_count():
    """A mock that has been called deep-copies with its count, counted apart afterwards."""
    import copy

    m = core.Mock(name="m")
    m()
    m()
    duplicate = copy.deepcopy(m)
    duplicate()
    assert (duplicate.call_count, m.call_count) == (3, 2)


def _other_thread_can_use_mocks() -> bool:
    """From inside user code: can another thread make children and return values now?"""
    done = threading.Event()

    def work():
        m = core.MagicMock()
        m.child.grandchild()
        m.__len__()
        done.set()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=5)
    return done.is_set()


def test_no_lock_is_held_while_user_code_runs():
    """A subclass's _get_child_mock, a wraps= property and an autospec'd property run unlocked."""
    seen = []

    class Recording(core.Mock):
        def _get_child_mock(self, **kw):
            seen.append(("child", _other_thread_can_use_mocks()))
            return core.Mock(**kw)

    Recording().attribute
    Recording()()

    class Wrapped:
        @property
        def value(self):
            seen.append(("wraps", _other_thread_can_use_mocks()))
            return 1

    core.Mock(wraps=Wrapped()).value

    class Magic(core.MagicMock):
        def _get_child_mock(self, **kw):
            seen.append(("magic", _other_thread_can_use_mocks()))
            return core.MagicMock(**kw)

    len(Magic())
    assert seen == [("child", True), ("child", True), ("wraps", True), ("magic", True)]


def test_racing_threads_get_one_child():
    """Threads reading the same new child or return value all get the same object."""
    for _ in range(50):
        m = core.MagicMock()
        barrier = threading.Barrier(THREADS)
        got = []

        def work():
            barrier.wait()
            got.append((m.child, m.return_value, m.__len__))

        threads = [threading.Thread(target=work) for _ in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len({tuple(map(id, item)) for item in got}) == 1
        assert got[0] == (m.child, m.return_value, m.__len__)
