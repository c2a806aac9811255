"""Thread-safety of mock_core call recording under heavy contention."""

from __future__ import annotations

import sys
import threading

import mock_core as core
import pytest

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
