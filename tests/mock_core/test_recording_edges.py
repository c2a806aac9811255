"""Call records off the fast path: overridden hooks, assigned records, resets through cycles."""

from __future__ import annotations

from support.differential import outcome, records, same


def test_overridden_increment_hook_runs_for_every_call_and_still_records():
    """A subclass's _increment_mock_call runs for its and its children's calls, which record."""

    def scenario(lib):
        seen = []

        class Counting(lib.Mock):
            def _increment_mock_call(self, /, *args, **kwargs):
                seen.append(args)
                super()._increment_mock_call(*args, **kwargs)

        m = Counting()
        m(1)
        m(2)
        m.child(3)
        m.child(4)
        return seen, records(m), records(m.child)

    assert same(scenario) == (
        [(1,), (2,), (3,), (4,)],
        (
            True,
            2,
            "call(2)",
            "[call(1), call(2)]",
            "[call(1), call(2), call.child(3), call.child(4)]",
            "[call.child(3), call.child(4)]",
        ),
        (True, 2, "call(4)", "[call(3), call(4)]", "[call(3), call(4)]", "[]"),
    )


def test_assigned_call_records_are_read_back_and_extended():
    """called, call_args and the call lists can be assigned; later calls append to the lists set."""

    def scenario(lib):
        m = lib.Mock()
        m.called = True
        m.call_args = lib.call(5)
        assigned = (m.called, repr(m.call_args), outcome(m.assert_called_with, 5))
        m.call_args_list = [lib.call(0)]
        m.mock_calls = [lib.call.earlier()]
        m.method_calls = [lib.call.earlier()]
        m(1)
        m.child(2)
        # Not call_count: see the next test.
        return assigned, records(m)[:1] + records(m)[2:]

    assert same(scenario) == (
        (True, "call(5)", ("ok", None)),
        (
            True,
            "call(1)",
            "[call(0), call(1)]",
            "[call.earlier(), call(1), call.child(2)]",
            "[call.earlier(), call.child(2)]",
        ),
    )


def test_call_count_after_a_call_is_the_length_of_an_extended_call_args_list():
    """After a call, call_count is len(call_args_list), entries assigned or appended counted;
    an entry appended after the last call is not counted until the next."""

    def scenario(lib):
        assigned = lib.Mock()
        assigned.call_args_list = [lib.call(0)]
        assigned(1)
        appended = lib.Mock()
        appended.call_args_list.append(lib.call(0))
        appended(1)
        later = lib.Mock()
        later(1)
        later.call_args_list.append(lib.call(0))
        return assigned.call_count, appended.call_count, later.call_count

    assert same(scenario, "call_count_from_call_args_list") == (2, 2, 1)


def test_reset_mock_visits_a_mock_reachable_twice_once():
    """reset_mock ends on a mock reachable twice (two names, a return value back to the root)."""

    def scenario(lib):
        m = lib.Mock()
        shared = lib.Mock()
        m.attach_mock(shared, "a")
        m.attach_mock(shared, "b")
        m.c.return_value = m
        m.a(1)
        m.c()(2)
        m(3)
        m.reset_mock()
        return records(m), records(shared), records(m.c), m.c() is m

    assert same(scenario) == (
        (False, 0, "None", "[]", "[]", "[]"),
        (False, 0, "None", "[]", "[]", "[]"),
        (False, 0, "None", "[]", "[]", "[]"),
        True,
    )


def test_reset_mock_skips_deleted_and_unmade_autospec_children():
    """reset_mock passes over deleted children and unmade autospec attributes, which stay so."""

    def target(a):
        return a

    target.attribute = 5

    def scenario(lib):
        m = lib.Mock()
        m.gone(1)
        del m.gone
        m.reset_mock()
        f = lib.create_autospec(target)
        f(1)
        f.mock.reset_mock()
        # (Not its repr: the reference names it through the function, which has no name.)
        attribute = f.mock.attribute
        return (
            outcome(getattr, m, "gone"),
            records(f.mock),
            type(attribute).__name__,
            outcome(getattr, attribute, "nope"),
        )

    assert same(scenario) == (
        ("raised", "AttributeError", "gone"),
        (False, 0, "None", "[]", "[]", "[]"),
        "NonCallableMagicMock",
        ("raised", "AttributeError", "Mock object has no attribute 'nope'"),
    )


def test_autospec_function_with_wraps_answers_a_return_value_set_on_it():
    """An autospecced function made with wraps calls the original until its return_value is set."""

    def target(a):
        return a * 10

    def scenario(lib):
        f = lib.create_autospec(target, wraps=target)
        first = f(1)
        f.return_value = 5
        return first, f(2), records(f.mock)

    assert same(scenario, "autospec_honours_wraps") == (
        10,
        5,
        (True, 2, "call(2)", "[call(1), call(2)]", "[call(1), call(2)]", "[]"),
    )


def _awaited_count(value):
    async def scenario(lib):
        m = lib.AsyncMock()
        m.await_count = value
        first = None
        try:
            await m()
            first = m.await_count
            await m()
        except TypeError as exc:
            return "raised", str(exc), m.call_count
        return first, m.await_count, m.call_count

    return scenario


def test_assigned_float_await_count_keeps_counting():
    """An await_count assigned a float is bumped by one per await."""
    assert same(_awaited_count(1.5)) == (2.5, 3.5, 2)


def test_assigned_str_await_count_fails_the_await():
    """An await_count assigned a str fails the await as ``+= 1`` would, the call still counted."""
    assert same(_awaited_count("x")) == ("raised", 'can only concatenate str (not "int") to str', 1)


class Constructed:
    def __init__(self, a):
        self.a = a

    def method(self, x, y=1):
        return x


def test_mock_check_sig_checks_arguments_against_the_autospec_signature():
    """_mock_check_sig binds its arguments to the autospec's signature; a plain mock takes any."""

    def scenario(lib):
        m = lib.create_autospec(Constructed)
        return (
            outcome(m._mock_check_sig, 1),
            outcome(m._mock_check_sig),
            outcome(m.method._mock_check_sig, 1, y=2),
            outcome(m.method._mock_check_sig, 1, 2, 3),
            outcome(lib.Mock()._mock_check_sig, 1, x=2),
            records(m),
        )

    assert same(scenario) == (
        ("ok", None),
        ("raised", "TypeError", "missing a required argument: 'a'"),
        ("ok", None),
        ("raised", "TypeError", "too many positional arguments"),
        ("ok", None),
        (False, 0, "None", "[]", "[]", "[]"),
    )
