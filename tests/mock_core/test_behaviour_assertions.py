"""Differential behaviour tests: assertions, reset, configure, attach, add_spec, dir."""

from __future__ import annotations

import pytest
from support.differential import mask, outcome, records, same


class Spec:
    attr = 1

    def meth(self, a, b=2):
        return a


def f3(a, b, c=None):
    return None


def test_assert_called_and_message():
    """assert_called passes after a call and fails before with the reference message."""

    def scenario(lib):
        m = lib.Mock(name="m")
        before = outcome(m.assert_called)
        m()
        return before, outcome(m.assert_called)

    res = same(scenario)
    assert res == (("raised", "AssertionError", "Expected 'm' to have been called."), ("ok", None))


def test_assert_called_once_messages():
    """assert_called_once fails for zero and two calls, listing the calls."""

    def scenario(lib):
        m = lib.Mock()
        zero = outcome(m.assert_called_once)
        m(1)
        one = outcome(m.assert_called_once)
        m(2)
        return zero, one, outcome(m.assert_called_once)

    res = same(scenario)
    assert res[0] == (
        "raised",
        "AssertionError",
        "Expected 'mock' to have been called once. Called 0 times.",
    )
    assert res[2] == (
        "raised",
        "AssertionError",
        "Expected 'mock' to have been called once. Called 2 times.\nCalls: [call(1), call(2)].",
    )


def test_assert_not_called_message():
    """assert_not_called fails after a call with the reference message."""

    def scenario(lib):
        m = lib.Mock(name="nc")
        ok = outcome(m.assert_not_called)
        m(1, x=2)
        return ok, outcome(m.assert_not_called)

    res = same(scenario)
    assert res[1] == (
        "raised",
        "AssertionError",
        "Expected 'nc' to not have been called. Called 1 times.\nCalls: [call(1, x=2)].",
    )


def test_assert_called_with_messages():
    """assert_called_with: not called, mismatching args, and success."""

    def scenario(lib):
        m = lib.Mock()
        never = outcome(m.assert_called_with, 1)
        m(1, 2, a=3)
        return never, outcome(m.assert_called_with, 1, 2), outcome(m.assert_called_with, 1, 2, a=3)

    res = same(scenario, fact="actual_line_indent")
    assert res[0] == (
        "raised",
        "AssertionError",
        "expected call not found.\nExpected: mock(1)\n  Actual: not called.",
    )
    assert res[1] == (
        "raised",
        "AssertionError",
        "expected call not found.\nExpected: mock(1, 2)\n  Actual: mock(1, 2, a=3)",
    )
    assert res[2] == ("ok", None)


def test_assert_called_with_on_child_names_the_child():
    """Assertion messages on children use the dotted name."""

    def scenario(lib):
        m = lib.Mock()
        m.a.b(1)
        return outcome(m.a.b.assert_called_with, 2), outcome(m.a.b.assert_called_once_with, 2)

    res = same(scenario, fact="actual_line_indent")
    assert res[0][2] == "expected call not found.\nExpected: b(2)\n  Actual: b(1)"


def test_assert_called_with_spec_signature():
    """With a function spec, calls match by binding and bad calls explain the TypeError."""

    def scenario(lib):
        m = lib.Mock(spec=f3)
        m(1, 2)
        return (
            outcome(m.assert_called_with, a=1, b=2),
            outcome(m.assert_called_with, 1, 2, None),
            outcome(m.assert_called_with, 1, 3),
            outcome(m.assert_called_with, 1, 2, d=4),
        )

    res = same(scenario, fact="actual_line_indent")
    assert res[0] == ("ok", None)
    assert res[1] == (
        "raised",
        "AssertionError",
        "expected call not found.\nExpected: mock(1, 2, None)\n  Actual: mock(1, 2)",
    )
    assert res[2][1] == "AssertionError"


def test_assert_called_with_autospec_signature():
    """Autospecced function assertions bind to the signature."""

    def scenario(lib):
        m = lib.create_autospec(f3)
        m(1, b=2)
        return (
            outcome(m.assert_called_with, 1, 2),
            outcome(m.assert_called_once_with, a=1, b=2, c=None),
            outcome(m.assert_called_with, 2, 2),
            outcome(m.assert_any_call, 1, 2),
        )

    res = same(scenario, fact="actual_line_indent")
    assert res[0] == ("ok", None)
    assert res[2] == (
        "raised",
        "AssertionError",
        "expected call not found.\nExpected: mock(2, 2)\n  Actual: mock(1, b=2)",
    )


def test_assert_called_once_with_messages():
    """assert_called_once_with fails for zero calls, two calls and wrong args."""

    def scenario(lib):
        m = lib.Mock()
        zero = outcome(m.assert_called_once_with, 1)
        m(1)
        ok = outcome(m.assert_called_once_with, 1)
        wrong = outcome(m.assert_called_once_with, 2)
        m(1)
        return zero, ok, wrong, outcome(m.assert_called_once_with, 1)

    res = same(scenario, fact="actual_line_indent")
    assert res[0] == (
        "raised",
        "AssertionError",
        "Expected 'mock' to be called once. Called 0 times.",
    )
    assert res[1] == ("ok", None)
    assert res[3] == (
        "raised",
        "AssertionError",
        "Expected 'mock' to be called once. Called 2 times.\nCalls: [call(1), call(1)].",
    )


def test_assert_any_call_messages():
    """assert_any_call finds any earlier call and reports a miss."""

    def scenario(lib):
        m = lib.Mock()
        m(1)
        m(2, k=3)
        return (
            outcome(m.assert_any_call, 1),
            outcome(m.assert_any_call, 2, k=3),
            outcome(m.assert_any_call, 9),
        )

    res = same(scenario)
    assert res[2] == ("raised", "AssertionError", "mock(9) call not found")


def test_assert_has_calls_in_order_and_messages():
    """assert_has_calls checks a contiguous ordered sub-sequence and reports misses."""

    def scenario(lib):
        m = lib.Mock()
        m(1)
        m.x(2)
        m(3)
        return (
            outcome(m.assert_has_calls, [lib.call(1), lib.call.x(2)]),
            outcome(m.assert_has_calls, [lib.call.x(2), lib.call(1)]),
            outcome(m.assert_has_calls, [lib.call(1), lib.call(3)]),
            outcome(m.assert_has_calls, []),
        )

    res = same(scenario, fact="actual_line_indent")
    assert res[0] == ("ok", None)
    assert res[1] == (
        "raised",
        "AssertionError",
        "Calls not found.\nExpected: [call.x(2), call(1)]\n  Actual: [call(1), call.x(2), call(3)]",
    )


def test_assert_has_calls_any_order():
    """assert_has_calls(any_order=True) accepts any order and lists missing calls."""

    def scenario(lib):
        m = lib.Mock()
        m(1)
        m(2)
        return (
            outcome(m.assert_has_calls, [lib.call(2), lib.call(1)], any_order=True),
            outcome(m.assert_has_calls, [lib.call(2), lib.call(5)], any_order=True),
            outcome(m.assert_has_calls, [lib.call(1), lib.call(1)], any_order=True),
        )

    res = same(scenario)
    assert res[0] == ("ok", None)
    assert res[1] == (
        "raised",
        "AssertionError",
        "'mock' does not contain all of (call(5),) in its call list, found [call(1)] instead",
    )


def test_assert_has_calls_not_called_message():
    """assert_has_calls on a never-called mock names the expected calls."""

    def scenario(lib):
        m = lib.Mock(name="n")
        return outcome(m.assert_has_calls, [lib.call(1)])

    res = same(scenario, fact="assertion_messages_of_mock_5_2")
    assert res == (
        "raised",
        "AssertionError",
        "Calls not found.\nExpected: [call(1)]\n  Actual: []",
    )


def test_assertion_with_any():
    """ANY matches any argument in assertions."""

    def scenario(lib):
        m = lib.Mock()
        m(1, object(), k=[1])
        return (
            outcome(m.assert_called_with, 1, lib.ANY, k=lib.ANY),
            outcome(m.assert_any_call, lib.ANY, lib.ANY, k=[1]),
            outcome(m.assert_called_with, 2, lib.ANY, k=lib.ANY)[:2],
        )

    res = same(scenario)
    assert res[:2] == (("ok", None), ("ok", None))


def test_assertion_side_effect_exception_in_cause():
    """A mismatching signature call shows the TypeError as the assertion's cause."""

    def scenario(lib):
        m = lib.Mock(spec=f3)
        m(1, 2)
        try:
            m.assert_called_with(1, 2, 3, 4)
        except AssertionError as exc:
            return type(exc.__cause__).__name__, str(exc)
        return None

    res = same(scenario, fact="actual_line_indent")
    assert res[0] == "TypeError"


@pytest.mark.parametrize(
    "attr",
    ["assert_foo", "assret_called", "asert_called", "aseert_called", "assrt_called"],
)
def test_unsafe_guard_on_misspelled_assertions(attr):
    """Names starting with assert/assret/... raise AttributeError unless unsafe=True."""

    def scenario(lib):
        return outcome(getattr, lib.Mock(), attr), mask(repr(getattr(lib.Mock(unsafe=True), attr)))

    res = same(scenario, fact="assert_typo_message_no_period")
    assert res[0][1] == "AttributeError"
    assert res[0][2] == (
        f"{attr!r} is not a valid assertion. Use a spec for the mock if {attr!r} is meant"
        " to be an attribute"
    )


def test_unsafe_guard_on_called_once_with():
    """called_once_with (a missing assert_) is refused unless unsafe=True."""

    def scenario(lib):
        return outcome(getattr, lib.Mock(), "called_once_with"), outcome(
            getattr, lib.Mock(), "called_once"
        )[0]

    res = same(scenario, fact="assert_typo_message_no_period")
    assert res[0] == (
        "raised",
        "AttributeError",
        "'called_once_with' is not a valid assertion. Use a spec for the mock if"
        " 'called_once_with' is meant to be an attribute",
    )


def test_unsafe_guard_spec_allows_real_attribute():
    """A spec with an attribute named like an assertion makes it accessible."""

    class S:
        def assert_thing(self):
            return None

    def scenario(lib):
        return mask(repr(lib.Mock(spec=S).assert_thing))

    same(scenario, fact="spec_allows_assertion_names")


def test_reset_mock_clears_records():
    """reset_mock clears call records on the mock and its children."""

    def scenario(lib):
        m = lib.Mock(return_value=5)
        m(1)
        m.a.b(2)
        m.reset_mock()
        return records(m), records(m.a.b), m()

    res = same(scenario)
    assert res[0][1] == 0
    assert res[2] == 5


def test_reset_mock_return_value_and_side_effect():
    """reset_mock(return_value=True, side_effect=True) resets both."""

    def scenario(lib):
        m = lib.Mock(return_value=5, side_effect=KeyError)
        m.child.return_value = 3
        m.reset_mock(return_value=True, side_effect=True)
        return type(m()).__name__, m.side_effect, type(m.child()).__name__

    assert same(scenario) == ("Mock", None, "Mock")


def test_configure_mock_dotted():
    """configure_mock sets attributes, dotted paths configure children."""

    def scenario(lib):
        m = lib.Mock()
        m.configure_mock(**{"a.b.return_value": 1, "x": 2, "c.side_effect": ValueError("v")})
        return m.a.b(), m.x, outcome(m.c)

    assert same(scenario) == (1, 2, ("raised", "ValueError", "v"))


def test_attach_mock_records_calls():
    """attach_mock makes the child record its calls under the given name."""

    def scenario(lib):
        m = lib.Mock()
        a = lib.Mock(name="orig")
        m.attach_mock(a, "child")
        a(1)
        a.x(2)
        return repr(m.mock_calls), repr(m.method_calls), mask(repr(a))

    res = same(scenario)
    assert res[0] == "[call.child(1), call.child.x(2)]"


def test_attach_mock_return_value():
    """attach_mock with a return_value child is recorded as call()."""

    def scenario(lib):
        m = lib.MagicMock()
        m.attach_mock(lib.MagicMock(), "return_value")
        m.return_value(1)
        return repr(m.mock_calls)

    same(scenario)


def test_mock_add_spec():
    """mock_add_spec restricts attributes and spec_set, and changes isinstance."""

    def scenario(lib):
        m = lib.Mock()
        m.foo
        m.mock_add_spec(["attr", "meth"])
        a = outcome(getattr, m, "foo")
        m.mock_add_spec(Spec, spec_set=True)
        return a, outcome(setattr, m, "nope", 1), isinstance(m, Spec), mask(repr(m.meth))

    res = same(scenario)
    assert res[0] == ("raised", "AttributeError", "Mock object has no attribute 'foo'")


def test_delete_attributes():
    """Deleted attributes raise AttributeError and can be re-set; deleting twice raises."""

    def scenario(lib):
        m = lib.Mock()
        m.x
        del m.x
        a = outcome(getattr, m, "x")
        b = outcome(delattr, m, "x")
        del m.y
        c = outcome(getattr, m, "y")
        m.y = 4
        return a, b, c, m.y

    res = same(scenario)
    assert res[0] == ("raised", "AttributeError", "x")
    assert res[3] == 4


def test_delete_magic_method():
    """Deleting a configured magic method removes support for it."""

    def scenario(lib):
        m = lib.MagicMock()
        del m.__len__
        return outcome(len, m), hasattr(m, "__len__")

    res = same(scenario)
    assert res[0][1] == "TypeError"


def test_dir_filter():
    """dir() hides mock internals with FILTER_DIR and shows spec and child names."""

    def scenario(lib):
        m = lib.Mock(spec=Spec)
        n = lib.Mock()
        n.zzz
        result = (
            [x for x in dir(m) if not x.startswith("__")],
            [x for x in dir(n) if not x.startswith("__")],
        )
        old = lib.FILTER_DIR
        lib.FILTER_DIR = False
        try:
            unfiltered = "_mock_children" in dir(lib.Mock()) or "_mock_methods" in dir(lib.Mock())
        finally:
            lib.FILTER_DIR = old
        return result, unfiltered

    res = same(scenario)
    assert "meth" in res[0][0]
    assert "zzz" in res[0][1]


def test_dir_deleted_attribute_hidden():
    """Deleted attributes do not appear in dir()."""

    def scenario(lib):
        m = lib.Mock()
        m.a
        m.b
        del m.a
        return "a" in dir(m), "b" in dir(m)

    assert same(scenario) == (False, True)
