"""Differential behaviour tests: sentinel, DEFAULT, ANY, mock_open, seal, PropertyMock,
ThreadingMock."""

from __future__ import annotations

import pickle  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402

import mock_core as core
import pytest
from support.differential import mask, outcome, same
from support.reference_facts import reason, stdlib_matches


def test_sentinel_identity_and_repr():
    """sentinel attributes are unique per name, stable, and repr as sentinel.name."""

    def scenario(lib):
        return (
            lib.sentinel.foo is lib.sentinel.foo,
            lib.sentinel.foo is lib.sentinel.bar,
            repr(lib.sentinel.foo),
            outcome(lambda: repr(getattr(lib.sentinel, "__bar__"))),
        )

    assert same(scenario)[:3] == (True, False, "sentinel.foo")


@pytest.mark.parametrize("proto", range(pickle.HIGHEST_PROTOCOL + 1))
def test_sentinel_pickle_and_copy_keep_identity(proto):
    """Pickling and copying a sentinel gives back the same object."""
    import copy

    s = core.sentinel.pickled
    assert pickle.loads(pickle.dumps(s, proto)) is s
    assert copy.copy(s) is s
    assert copy.deepcopy(s) is s


def test_default_and_any_reprs():
    """DEFAULT and ANY have the reference reprs and ANY equals everything."""

    def scenario(lib):
        return (
            repr(lib.DEFAULT),
            repr(lib.ANY),
            lib.ANY == object(),
            lib.ANY != 1,
            [1, lib.ANY] == [1, 2],
            lib.DEFAULT is lib.sentinel.DEFAULT,
        )

    assert same(scenario) == ("sentinel.DEFAULT", "<ANY>", True, False, True, True)


def test_any_in_call_comparison_both_sides():
    """ANY matches when on either side of a call comparison."""

    def scenario(lib):
        m = lib.Mock()
        m(1, 2)
        return m.call_args == lib.call(lib.ANY, 2), lib.call(lib.ANY, 2) == m.call_args

    assert same(scenario) == (True, True)


def test_mock_open_read_variants():
    """mock_open supports read, read(n), readline, readlines and iteration."""

    def scenario(lib):
        m = lib.mock_open(read_data="ab\ncd\nef")
        with m("f") as h:
            a = h.read(1)
            b = h.readline()
            c = h.readlines()
        with m("f") as h:
            d = h.read()
        with m("f") as h:
            e = list(h)
        with m("f") as h:
            f = next(h)
            g = h.read()
        return a, b, c, d, e, f, g, repr(m.mock_calls)

    res = same(scenario, fact="mock_open_closes_on_exit")
    assert res[7].endswith("call().__exit__(None, None, None),\n call().close()]")
    assert res[:7] == (
        "a",
        "b\n",
        ["cd\n", "ef"],
        "ab\ncd\nef",
        ["ab\n", "cd\n", "ef"],
        "ab\n",
        "cd\nef",
    )


def test_mock_open_close_on_exit_and_write():
    """Exiting the with block calls close and write calls are recorded."""

    def scenario(lib):
        m = lib.mock_open()
        with m("f", "w") as h:
            h.write("x")
        m.return_value.close.assert_called_once_with()
        h.write.assert_called_once_with("x")
        return repr(m.mock_calls), outcome(next, iter(m("f")))[:2]

    same(scenario, fact="mock_open_closes_on_exit")


def test_mock_open_bytes_and_readline_exhausted():
    """mock_open handles bytes data and returns empty values when exhausted."""

    def scenario(lib):
        m = lib.mock_open(read_data=b"x\ny")
        h = m()
        return h.readline(), h.readline(), h.readline(), h.read(), h.readlines()

    assert same(scenario) == (b"x\n", b"y", b"", b"", [])


def test_mock_open_with_existing_mock():
    """mock_open(mock) configures the given mock."""

    def scenario(lib):
        base = lib.MagicMock(name="open")
        m = lib.mock_open(base, read_data="d")
        return m is base, m().read(), mask(repr(m()))

    assert same(scenario)[:2] == (True, "d")


def test_seal_blocks_new_attributes():
    """After seal, new attributes raise with the reference message; existing ones work."""

    def scenario(lib):
        m = lib.Mock()
        m.a.b.return_value = 1
        m.c = lib.Mock()
        lib.seal(m)
        return (
            m.a.b(),
            outcome(getattr, m, "z"),
            outcome(getattr, m.a, "z"),
            outcome(getattr, m.c, "z"),
            outcome(lambda: m.a.b().foo),
        )

    res = same(scenario)
    assert res[1] == ("raised", "AttributeError", "mock.z")
    assert res[2] == ("raised", "AttributeError", "mock.a.z")


def test_seal_return_value_and_magic():
    """Sealed mocks refuse new return values; configured magics still work."""

    def scenario(lib):
        m = lib.MagicMock()
        m.__len__.return_value = 2
        lib.seal(m)
        return len(m), outcome(m)[:2], outcome(lambda: m.x)[:2]

    same(scenario)


def test_property_mock():
    """PropertyMock on a type records gets and sets as calls."""

    def scenario(lib):
        class C:
            pass

        p = lib.PropertyMock(return_value=3)
        C.prop = p
        c = C()
        v = c.prop
        c.prop = 6
        return v, repr(p.mock_calls), mask(repr(p))

    assert same(scenario)[:2] == (3, "[call(), call(6)]")


def test_threading_mock_wait_until_called():
    """wait_until_called returns once another thread calls the mock."""
    m = core.ThreadingMock()
    t = threading.Timer(0.05, m, args=(1,))
    t.start()
    m.wait_until_called(timeout=5)
    t.join()
    m.assert_called_once_with(1)


def test_threading_mock_wait_until_any_call_with():
    """wait_until_any_call_with waits for a call with specific arguments."""
    m = core.ThreadingMock()
    t = threading.Thread(target=lambda: (m(1), time.sleep(0.02), m(2, k=3)))
    t.start()
    m.wait_until_any_call_with(2, k=3)
    t.join()
    assert m.call_count == 2


@pytest.mark.skipif(not stdlib_matches("threading_mock"), reason=reason("threading_mock"))
def test_threading_mock_timeout_messages_match_stdlib():
    """Timeout errors of wait_until_called and wait_until_any_call_with match the reference."""

    def scenario(lib):
        m = lib.ThreadingMock(name="tm", timeout=0.01)
        return (
            outcome(m.wait_until_called),
            outcome(m.wait_until_any_call_with, 1),
            outcome(m.wait_until_called, timeout=0.01),
        )

    res = same(scenario)
    assert res[0] == ("raised", "AssertionError", "tm was not called before timeout(0.01).")


def test_threading_mock_timeout_message():
    """mock_core's timeout errors carry the reference messages on every Python."""
    m = core.ThreadingMock(name="tm", timeout=0.01)
    assert outcome(m.wait_until_called) == (
        "raised",
        "AssertionError",
        "tm was not called before timeout(0.01).",
    )
    assert outcome(m.wait_until_any_call_with, 1, a=2) == (
        "raised",
        "AssertionError",
        "tm(1, a=2) call not found",
    )


def test_threading_mock_default_timeout_and_children():
    """DEFAULT_TIMEOUT is used when no timeout is given; children are ThreadingMocks."""
    assert core.ThreadingMock.DEFAULT_TIMEOUT is None
    m = core.ThreadingMock(timeout=0.5)
    assert type(m.child).__name__ == "ThreadingMock"
    m.child()
    m.child.wait_until_called()
    old = core.ThreadingMock.DEFAULT_TIMEOUT
    core.ThreadingMock.DEFAULT_TIMEOUT = 0.01
    try:
        n = core.ThreadingMock()
        started = time.monotonic()
        assert outcome(n.wait_until_called)[:2] == ("raised", "AssertionError")
        assert time.monotonic() - started < 2
    finally:
        core.ThreadingMock.DEFAULT_TIMEOUT = old


def test_threading_mock_reset_and_already_called():
    """wait_until_called returns at once when already called, and waits again after reset."""
    m = core.ThreadingMock(timeout=0.01)
    m()
    m.wait_until_called()
    m.wait_until_any_call_with()
    m.reset_mock()
    assert outcome(m.wait_until_called)[:2] == ("raised", "AssertionError")
