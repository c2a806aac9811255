"""Differential behaviour tests: constructor arguments, call tracking and ``_Call``."""

from __future__ import annotations

import mock_core as core
import pytest
from support.differential import mask, outcome, records, same


class Spec:
    attr = 1

    def meth(self, a, b=2):
        return a

    def other(self):
        return None


def test_return_value_argument():
    """return_value given to the constructor is what calls return."""
    assert same(lambda lib: lib.Mock(return_value=3)(1)) == 3


def test_side_effect_exception_class_and_instance():
    """side_effect as an exception class or instance raises it and still records the call."""

    def scenario(lib):
        a = lib.Mock(side_effect=KeyError)
        b = lib.Mock(side_effect=ValueError("boom"))
        return outcome(a, 1), outcome(b), records(a), records(b)

    res = same(scenario)
    assert res[0] == ("raised", "KeyError", "")
    assert res[1] == ("raised", "ValueError", "boom")


def test_side_effect_iterable_with_exception_and_exhaustion():
    """An iterable side_effect yields values, raises exceptions in it, then StopIteration."""

    def scenario(lib):
        m = lib.Mock(side_effect=[1, KeyError("k"), 3])
        return [outcome(m) for _ in range(4)], m.call_count

    res = same(scenario)
    assert res[0][0] == ("ok", 1)
    assert res[0][3][1] == "StopIteration"
    assert res[1] == 4


def test_side_effect_callable_and_default():
    """A callable side_effect's result is returned unless it returns DEFAULT."""

    def scenario(lib):
        m = lib.Mock(side_effect=lambda x: x * 2, return_value="rv")
        n = lib.Mock(side_effect=lambda x: lib.DEFAULT, return_value="rv")
        return m(4), n(4)

    assert same(scenario) == (8, "rv")


def test_side_effect_set_to_none_restores_return_value():
    """Setting side_effect back to None makes calls return return_value again."""

    def scenario(lib):
        m = lib.Mock(side_effect=KeyError, return_value=5)
        m.side_effect = None
        return m()

    assert same(scenario) == 5


def test_wraps_passes_through_and_records():
    """wraps calls the wrapped object, records the call, and wraps children."""

    class Obj:
        def meth(self, x):
            return x + 1

    def scenario(lib):
        m = lib.Mock(wraps=Obj())
        f = lib.Mock(wraps=lambda a, b=0: a - b)
        return m.meth(1), f(5, b=2), repr(m.mock_calls), records(f), outcome(getattr, m, "nope")

    res = same(scenario)
    assert res[:2] == (2, 3)
    assert res[4][1] == "AttributeError"


def test_wraps_with_return_value_set_wins():
    """An explicitly set return_value wins over the wrapped object."""

    def scenario(lib):
        m = lib.Mock(wraps=lambda: 1)
        m.return_value = 2
        return m()

    assert same(scenario) == 2


def test_name_and_repr():
    """name appears in the repr of the mock and its children and calls."""

    def scenario(lib):
        m = lib.Mock(name="foo")
        m.bar.baz(1)
        return mask(repr(m)), mask(repr(m.bar.baz)), mask(repr(m.bar.baz())), repr(m.mock_calls)

    res = same(scenario)
    assert res[0] == "<Mock name='foo' id='ID'>"
    assert res[1] == "<Mock name='foo.bar.baz' id='ID'>"


def test_repr_with_spec_class():
    """The repr of a spec'd mock names the spec class."""

    def scenario(lib):
        return (
            mask(repr(lib.Mock(spec=Spec))),
            mask(repr(lib.Mock(spec=Spec, name="x"))),
            mask(repr(lib.MagicMock(spec=Spec()))),
            mask(repr(lib.NonCallableMock())),
        )

    res = same(scenario)
    assert res[0] == "<Mock spec='Spec' id='ID'>"


def test_parent_argument_records_calls():
    """A mock created with parent= and name= records its calls into the parent."""

    def scenario(lib):
        p = lib.Mock()
        c = lib.Mock(parent=p, name="child")
        c(1)
        c.x(2)
        return repr(p.mock_calls), repr(p.method_calls), mask(repr(c))

    res = same(scenario)
    assert res[0] == "[call(1), call.x(2)]"


def test_kwargs_configuration():
    """Extra keyword arguments configure attributes, dotted ones on children."""

    def scenario(lib):
        m = lib.Mock(**{"a.b.return_value": 3, "c": 4, "d.side_effect": KeyError})
        return m.a.b(), m.c, outcome(m.d)

    assert same(scenario) == (3, 4, ("raised", "KeyError", ""))


@pytest.mark.parametrize("kw", ["autospect", "auto_spec", "set_spec"])
def test_misspelled_spec_arguments_configure_attributes_on_mock(kw):
    """Mock() itself treats the misspelled spec keywords as attribute configuration."""

    def scenario(lib):
        m = lib.Mock(**{kw: 1})
        return getattr(m, kw), m.call_count

    assert same(scenario) == (1, 0)


@pytest.mark.parametrize("kw", ["spec", "spec_set"])
def test_mock_as_spec_raises_invalid_spec_error(kw):
    """Passing a mock as spec or spec_set raises InvalidSpecError."""

    def scenario(lib):
        return outcome(lib.Mock, **{kw: lib.Mock()})

    res = same(scenario, fact="mock_as_spec_refused")
    assert res[1] == "InvalidSpecError"
    assert res[2] == "Cannot spec a Mock object. [object=<Mock id='ID'>]"


def test_invalid_spec_error_is_exception():
    """InvalidSpecError is an Exception subclass."""
    assert issubclass(core.InvalidSpecError, Exception)


def test_spec_restricts_attributes_with_message():
    """Attributes not on the spec raise AttributeError with the reference message."""

    def scenario(lib):
        m = lib.Mock(spec=Spec)
        m.new_attr = 1
        return outcome(getattr, m, "missing"), m.new_attr, outcome(m.meth, 1)[0]

    res = same(scenario)
    assert res[0] == ("raised", "AttributeError", "Mock object has no attribute 'missing'")


def test_spec_list_of_names():
    """spec as a list of strings allows only those names."""

    def scenario(lib):
        m = lib.Mock(spec=["a", "b"])
        return mask(repr(m.a)), outcome(getattr, m, "c")

    same(scenario)


def test_spec_set_forbids_setting():
    """spec_set forbids setting attributes that are not on the spec."""

    def scenario(lib):
        m = lib.Mock(spec_set=Spec)
        m.attr = 5
        return outcome(setattr, m, "nope", 1), m.attr, outcome(getattr, m, "nope")

    res = same(scenario)
    assert res[0] == ("raised", "AttributeError", "Mock object has no attribute 'nope'")


def test_spec_isinstance_class_spoofing():
    """A spec'd mock passes isinstance for the spec class and reports it as __class__."""

    def scenario(lib):
        m = lib.Mock(spec=Spec)
        n = lib.Mock(spec=Spec())
        return isinstance(m, Spec), isinstance(n, Spec), m.__class__ is Spec, type(m) is Spec

    assert same(scenario) == (True, True, True, False)


def test_assign_class_spoofing():
    """Assigning __class__ makes isinstance pass for that class."""

    def scenario(lib):
        m = lib.Mock()
        m.__class__ = dict
        return isinstance(m, dict), m.__class__ is dict

    assert same(scenario) == (True, True)


def test_call_records_basic():
    """called, call_count, call_args, call_args_list, mock_calls after calls."""

    def scenario(lib):
        m = lib.Mock()
        before = records(m)
        m(1, 2, k=3)
        m()
        return before, records(m)

    res = same(scenario)
    assert res[1][3] == "[call(1, 2, k=3), call()]"


def test_call_records_through_parents_dotted():
    """Child calls are recorded on parents with dotted names, method_calls skip returns."""

    def scenario(lib):
        m = lib.Mock()
        m.a.b.c(1)
        m.a(2).d(3)
        m.x.return_value.y(4)
        m.x()()
        return records(m), records(m.a), repr(m.a.b.mock_calls)

    res = same(scenario)
    assert "call.a.b.c(1)" in res[0][4]
    assert "call.a().d(3)" in res[0][4]


def test_magicmock_child_calls_recorded():
    """MagicMock magic method calls appear in mock_calls."""

    def scenario(lib):
        m = lib.MagicMock()
        len(m)
        m[1] = 2
        m.a[3]
        return repr(m.mock_calls), repr(m.method_calls)

    same(scenario)


def test_call_object_args_kwargs():
    """call objects expose .args and .kwargs and compare to tuples."""

    def scenario(lib):
        m = lib.Mock()
        m(1, 2, a=3)
        ca = m.call_args
        return (
            ca.args,
            ca.kwargs,
            ca == ((1, 2), {"a": 3}),
            ca == lib.call(1, 2, a=3),
            ca != lib.call(1),
            tuple(ca),
            len(ca),
        )

    res = same(scenario)
    assert res[0] == (1, 2)
    assert res[1] == {"a": 3}


def test_call_repr_and_chaining():
    """call reprs, attribute chaining, and call_list() expansion."""

    def scenario(lib):
        c = lib.call(1).method(2)(3)
        return (
            repr(lib.call),
            repr(lib.call(1, a=2)),
            repr(lib.call.foo.bar(x=1)),
            repr(c),
            repr(c.call_list()),
            repr(lib.call.x().call_list()),
        )

    res = same(scenario)
    assert res[4] == "[call(1), call().method(2), call().method()(3)]"


def test_call_list_matches_mock_calls():
    """call_list() of a chained call equals the mock_calls of the equivalent calls."""

    def scenario(lib):
        m = lib.MagicMock()
        m(1).method(arg="foo").other("bar")(2.0)
        kall = lib.call(1).method(arg="foo").other("bar")(2.0)
        return m.mock_calls == kall.call_list(), repr(m.mock_calls)

    assert same(scenario)[0] is True


def test_call_comparisons_with_any_and_names():
    """Call comparisons honour names, ANY and tuple shapes."""

    def scenario(lib):
        c = lib.call.foo(1, b=2)
        return (
            c == lib.call.foo(lib.ANY, b=2),
            c == lib.call.bar(1, b=2),
            c == ("foo", (1,), {"b": 2}),
            lib.call(1) == ((1,),),
            lib.call(1) == (1,),
            lib.call() == {},
            lib.call(a=1) == ({"a": 1},),
            lib.call.foo == lib.call.foo,
            lib.call(1) in [lib.call(2), lib.call(1)],
        )

    same(scenario)


def test_call_getattr_count_index():
    """call.count and call.index are attributes on named calls but tuple methods on calls."""

    def scenario(lib):
        return repr(lib.call.count()), repr(lib.call.index(1)), lib.call(1, 2).args

    same(scenario)


def test_call_args_list_contains_and_repr():
    """call_args_list supports containment of calls and sub-lists and has a list repr."""

    def scenario(lib):
        m = lib.Mock()
        m(1)
        m(2)
        m(3)
        return (
            lib.call(2) in m.call_args_list,
            [lib.call(2), lib.call(3)] in m.mock_calls,
            [lib.call(3), lib.call(2)] in m.mock_calls,
            repr(m.call_args_list),
            type(m.call_args_list).__name__,
        )

    assert same(scenario)[:3] == (True, True, False)


def test_call_compares_with_spec_signature():
    """Call records of spec'd mocks compare by binding to the signature."""

    def f(a, b, c=3):
        return None

    def scenario(lib):
        m = lib.Mock(spec=f)
        m(1, 2)
        return (
            m.call_args == lib.call(a=1, b=2),
            m.call_args == lib.call(1, b=2),
            m.call_args == lib.call(1, 3),
            outcome(m.assert_called_with, a=1, b=2),
        )

    res = same(scenario)
    assert res[:3] == (False, False, False)
    assert res[3] == ("ok", None)


def test_return_value_child_repr_and_identity():
    """return_value is a child mock named with ()."""

    def scenario(lib):
        m = lib.Mock(name="m")
        return m() is m.return_value, mask(repr(m())), mask(repr(lib.Mock()()))

    res = same(scenario)
    assert res[1] == "<Mock name='m()' id='ID'>"


def test_non_callable_mock_not_callable():
    """NonCallableMock instances raise TypeError when called."""

    def scenario(lib):
        return outcome(lib.NonCallableMock()), outcome(lib.NonCallableMagicMock())

    res = same(scenario)
    assert res[0] == ("raised", "TypeError", "'NonCallableMock' object is not callable")


def test_child_mock_types():
    """Children of each mock type have the right type."""

    def scenario(lib):
        return [
            type(getattr(lib, n)().child).__name__
            for n in ("Mock", "MagicMock", "NonCallableMock", "NonCallableMagicMock")
        ]

    assert same(scenario) == ["Mock", "MagicMock", "Mock", "MagicMock"]


def test_callable_mixin_exported():
    """CallableMixin is a base of Mock in both libraries."""
    assert issubclass(core.Mock, core.CallableMixin)
    assert issubclass(core.Mock, core.NonCallableMock)
    assert issubclass(core.MagicMock, core.Mock)


def test_call_names_follow_parent_links_changed_after_calls():
    """Names recorded up the parent chain follow attach_mock and link changes made between calls."""

    def scenario(mod):
        top = mod.Mock()
        other = mod.Mock()
        child = top.a.b
        child(1)
        other.attach_mock(top, "t")
        child(2)
        child._mock_new_name = "z"
        child(3)
        return [
            repr(top.mock_calls),
            repr(top.method_calls),
            repr(other.mock_calls),
            repr(other.method_calls),
        ]

    same(scenario)
