"""The same scenarios against unittest.mock and mock_core give the same results.

Where a Python's stdlib predates mock 5.2.0 behaviour, the differential half
is skipped with the reason; the mock_core half still runs.
"""

from __future__ import annotations

from typing import Any

import mock_core as ours
import pytest
from hypothesis import given
from hypothesis import strategies as st
from support.differential import LIBRARIES, mask, outcome, same
from support.reference_facts import reason, stdlib_matches


class Spec:
    attr = 1

    def method(self, a: int, b: int = 2) -> int:
        return a

    @classmethod
    def cmethod(cls, x: int) -> int:
        return x

    @staticmethod
    def smethod(y: int) -> int:
        return y

    @property
    def prop(self) -> int:
        raise AssertionError("properties of a spec are never run")


def test_call_records_match() -> None:
    """call_args, call_args_list, mock_calls and method_calls agree with the reference."""

    def scenario(mod: Any) -> Any:
        m = mod.Mock()
        m(1, 2, k=3)
        m.a.b(4)
        m.a().c(x=5)
        return (m.call_args, m.call_args_list, m.mock_calls, m.method_calls, m.a.mock_calls)

    same(lambda lib: mask(repr(scenario(lib))))


@pytest.mark.parametrize(
    "assertion",
    [
        lambda m: m.assert_called_with(1),
        lambda m: m.assert_called_once_with(1, 2, k=3),
        lambda m: m.assert_called_once(),
        lambda m: m.assert_not_called(),
        lambda m: m.assert_any_call(9),
        lambda m: m.assert_has_calls([ours.call(2), ours.call(1)]),
        lambda m: m.assert_has_calls([ours.call(7)], any_order=True),
    ],
)
def test_assertion_messages_match(assertion: Any) -> None:
    """Every assertion fails with the reference's message, character for character."""

    def scenario(mod: Any) -> Any:
        m = mod.Mock(name="thing")
        m(1, 2, k=3)
        m(2)
        assertion(m)

    got = same(lambda lib: outcome(scenario, lib), fact="actual_line_indent")
    assert got[:2] == ("raised", "AssertionError")
    if "Actual" in got[2]:
        assert "\n  Actual: " in got[2]


def test_assert_called_with_not_called_message() -> None:
    """assert_called_with on a fresh mock reports 'not called.'."""
    m = ours.Mock()
    with pytest.raises(AssertionError) as info:
        m.assert_called_with(1, a=2)
    assert (
        str(info.value) == "expected call not found.\nExpected: mock(1, a=2)\n  Actual: not called."
    )


@pytest.mark.parametrize(
    "name",
    ["assret_called", "asert_foo", "aseert_x", "assrt_y", "called_once_with", "assert_foo"],
)
def test_unsafe_guard(name: str) -> None:
    """Misspelt assertion names raise the reference's AttributeError unless unsafe=True."""
    got = same(lambda lib: outcome(getattr, lib.Mock(), name), fact="assert_typo_message_no_period")
    assert got == (
        "raised",
        "AttributeError",
        f"{name!r} is not a valid assertion. Use a spec for the mock if {name!r} "
        "is meant to be an attribute",
    )
    assert isinstance(getattr(ours.Mock(unsafe=True), name), ours.Mock)


@pytest.mark.parametrize(
    "op",
    [
        ("int", int),
        ("len", len),
        ("bool", bool),
        ("float", float),
        ("complex", complex),
        ("list", list),
        ("contains", lambda m: 3 in m),
        ("lt", lambda m: m < 1),
        ("eq self", lambda m: m == m),
        ("eq other", lambda m: m == 3),
        ("ne", lambda m: m != 3),
        ("enter", lambda m: m.__enter__() is m.__enter__.return_value),
        ("exit", lambda m: m.__exit__(None, None, None)),
        ("index", lambda m: [10, 20][m]),
        ("str is str", lambda m: type(str(m)) is str),
        ("hash is object hash", lambda m: hash(m) == object.__hash__(m)),
        ("sizeof is int", lambda m: isinstance(m.__sizeof__(), int)),
    ],
    ids=lambda item: item[0] if isinstance(item, tuple) else str(item),
)
def test_magic_defaults(op: Any) -> None:
    """MagicMock's default magic methods answer as the reference's do."""
    _, fn = op
    same(lambda lib: repr(outcome(fn, lib.MagicMock())))


def test_magic_configuration_by_assignment_and_return_value() -> None:
    """Magic methods configured by assigning a function or setting return_value."""

    def scenario(mod: Any) -> Any:
        m = mod.MagicMock()
        m.__len__ = lambda self: 7
        m.__int__.return_value = 3
        m.__iter__.return_value = [1, 2]
        p = mod.Mock()
        p.__str__ = lambda self: "plain"
        return len(m), int(m), list(m), str(p), m.mock_calls

    same(lambda lib: mask(repr(scenario(lib))))


def test_magic_unsupported_and_deleted() -> None:
    """Unsupported magics raise the same error; deleting a magic removes it."""

    def set_getattr(mod: Any) -> Any:
        mod.MagicMock().__getattr__ = lambda self, name: 1

    assert same(lambda lib: outcome(set_getattr, lib)) == (
        "raised",
        "AttributeError",
        "Attempting to set unsupported magic method '__getattr__'.",
    )

    def delete(mod: Any) -> Any:
        m = mod.MagicMock()
        del m.__len__
        return hasattr(m, "__len__"), outcome(len, m)[1]

    assert same(delete) == (False, "TypeError")


def test_every_mock_has_its_own_class() -> None:
    """Each live mock has a class of its own, a direct subclass of the class asked for."""

    def shape(mod: Any) -> Any:
        a, b = mod.Mock(), mod.Mock()
        c, d = mod.MagicMock(), mod.MagicMock()
        return (
            type(a) is not type(b),
            type(c) is not type(d),
            type(a).__bases__ == (mod.Mock,),
            type(c).__bases__ == (mod.MagicMock,),
            type(a) is mod.Mock,
            type(type(a)) is type,
            type(c).__name__,
            isinstance(c, mod.MagicMock),
        )

    same(shape)


def test_class_writes_reach_one_mock() -> None:
    """type(m).x = ... (PropertyMock, magic methods, plain values) changes m alone."""

    def writes(mod: Any) -> Any:
        a, b = mod.MagicMock(), mod.MagicMock()
        type(a).p = mod.PropertyMock(return_value=1)
        m = mod.Mock()
        m.other = mod.Mock()
        type(m).foo = mod.PropertyMock(return_value=3)
        m1, m2 = mod.MagicMock(), mod.MagicMock()
        type(m1).__len__ = lambda s: 5
        x = mod.Mock()
        type(x).x = 5
        return (a.p, type(b.p).__name__, m.foo, len(m1), len(m2), x.x, type(mod.Mock().x).__name__)

    assert same(writes) == (1, "MagicMock", 3, 5, 0, 5, "Mock")


def test_user_subclass_writes_reach_every_instance() -> None:
    """A write to a user's mock subclass reaches all its instances; no metaclass conflicts."""
    import collections.abc

    def subclass(mod: Any) -> Any:
        class MyMock(mod.Mock):
            pass

        MyMock()
        MyMock.helper = lambda self: "h"

        class MockCallback(mod.Mock, collections.abc.Mapping):  # type: ignore[misc]
            def __getitem__(self, key: Any) -> Any:
                return key

            def __iter__(self) -> Any:
                return iter(())

            def __len__(self) -> int:
                return 0

        return MyMock().helper(), type(MockCallback()).__bases__ == (MockCallback,)

    assert same(subclass) == ("h", True)


def test_copies_compare_equal_to_the_original() -> None:
    """copy.copy and copy.deepcopy of a MagicMock compare equal to it, as in the reference."""
    import copy

    def copies(mod: Any) -> Any:
        m = mod.MagicMock()
        shallow, deep = copy.copy(m), copy.deepcopy(m)
        return shallow == m, m == shallow, deep == m, m == deep, type(deep).__mro__[1] is type(m)

    same(copies)


def test_mocks_do_not_pickle() -> None:
    """Like the reference's, a mock's own class cannot be found by name, so pickling fails."""
    import pickle

    for mod in LIBRARIES:
        for cls in (mod.Mock, mod.MagicMock, mod.NonCallableMagicMock, mod.PropertyMock):
            with pytest.raises(pickle.PicklingError):
                pickle.dumps(cls())


def test_magic_assigned_to_plain_mock_stays_private() -> None:
    """Assigning a magic to one Mock does not give other Mocks that magic."""
    a, b = ours.Mock(), ours.Mock()
    a.__len__ = lambda self: 2
    assert len(a) == 2
    with pytest.raises(TypeError):
        len(b)


def test_type_level_property_mock_reaches_one_mock() -> None:
    """type(m).attr = PropertyMock() (the documented idiom) affects m only."""
    m = ours.MagicMock()
    p = ours.PropertyMock(return_value=42)
    type(m).foo = p
    other = ours.MagicMock()
    assert m.foo == 42
    assert isinstance(other.foo, ours.MagicMock)
    p.assert_called_once_with()


def test_spec_and_spec_set() -> None:
    """spec limits attributes; spec_set limits setting; __class__ is spoofed."""

    def scenario(mod: Any) -> Any:
        m = mod.Mock(spec=Spec)
        n = mod.Mock(spec_set=Spec)
        out = [isinstance(m, Spec), m.__class__ is Spec, outcome(lambda: m.nope)]
        out.append(outcome(lambda: setattr(n, "nope", 1)))
        out.append(mask(repr(n)))
        out.append(sorted(x for x in dir(m) if not x.startswith("_"))[:12])
        return out

    same(lambda lib: mask(repr(scenario(lib))))


def test_spec_is_mock_raises_invalid_spec_error() -> None:
    """A mock given as a spec raises InvalidSpecError."""
    m = ours.Mock()
    with pytest.raises(ours.InvalidSpecError, match=r"Cannot spec a Mock object. \[object="):
        ours.Mock(spec=m)
    with pytest.raises(ours.InvalidSpecError, match=r"Cannot autospec a Mock object."):
        ours.create_autospec(m)


def test_side_effects() -> None:
    """side_effect as exception, iterable, callable and DEFAULT."""

    def scenario(mod: Any) -> Any:
        m = mod.Mock(side_effect=[1, ValueError("x"), 3])
        f = mod.Mock(side_effect=lambda a: mod.DEFAULT if a else "no", return_value="rv")
        e = mod.Mock(side_effect=KeyError)
        return [outcome(m), outcome(m), outcome(m), outcome(m), f(1), f(0), outcome(e)]

    same(lambda lib: mask(repr(scenario(lib))))


def test_wraps_and_return_value() -> None:
    """wraps passes calls and attributes through unless return_value is set."""

    def scenario(mod: Any) -> Any:
        m = mod.Mock(wraps=Spec())
        n = mod.Mock(wraps=lambda: 5, return_value=6)
        return m.method(3), outcome(lambda: m.missing), n()

    same(lambda lib: mask(repr(scenario(lib))))


def test_reset_mock_and_configure() -> None:
    """reset_mock with return_value/side_effect; configure_mock with dotted names."""

    def scenario(mod: Any) -> Any:
        m = mod.Mock()
        m.configure_mock(**{"a.b.return_value": 3, "c.side_effect": KeyError, "d": 1})
        m(1)
        m.a.b()
        rv = m.a.b()
        m.return_value = 9
        m.side_effect = [5]
        m.reset_mock(return_value=True, side_effect=True)
        return rv, m.call_count, m.mock_calls, m.a.b.call_count, m.d, outcome(m.c)

    same(lambda lib: mask(repr(scenario(lib))))


def test_attach_mock_and_delete() -> None:
    """attach_mock records through the parent; deleted attributes stay deleted."""

    def scenario(mod: Any) -> Any:
        m = mod.Mock()
        child = mod.Mock(name="orphan")
        m.attach_mock(child, "kid")
        m.kid(1)
        m.gone
        del m.gone
        return m.mock_calls, outcome(lambda: m.gone), "gone" in dir(m), mask(repr(child))

    same(lambda lib: mask(repr(scenario(lib))))


def test_reprs() -> None:
    """Reprs of mocks, children, return values and calls match."""

    def scenario(mod: Any) -> Any:
        m = mod.MagicMock(name="top", spec=Spec)
        return [
            mask(repr(x)) for x in (m, m.method, m.method(), mod.Mock()().x, mod.call.a(1).b(k=2))
        ]

    same(scenario)


def test_call_objects() -> None:
    """call, _Call args/kwargs, call_list and tuple comparisons."""

    def scenario(mod: Any) -> Any:
        c = mod.call(1, a=2)
        chained = mod.call.x(1).y(2)
        return (
            c.args,
            c.kwargs,
            c == ((1,), {"a": 2}),
            c == mod.call(1, a=mod.ANY),
            chained.call_list(),
            mod.call.count,
            mod.call.index(1),
            c != mod.call(2),
        )

    same(lambda lib: mask(repr(scenario(lib))))


def test_create_autospec_behaviour() -> None:
    """Autospec checks signatures, does not run properties, honours instance= and _name."""

    def scenario(mod: Any) -> Any:
        m = mod.create_autospec(Spec)
        inst = m()
        inst.method(1)
        out = [
            outcome(lambda: inst.method()),
            outcome(lambda: m.cmethod(1)),
            outcome(lambda: m.smethod(1, 2)),
            mask(repr(m.prop)),
            inst.method.call_args_list,
            m.mock_calls,
        ]
        i = mod.create_autospec(Spec, instance=True)
        out.append(outcome(lambda: i()))
        f = mod.create_autospec(lambda a, b=1: None, return_value=3)
        out.append((f(1), outcome(lambda: f()), f.call_count))
        named = mod.create_autospec(Spec, _name="n")
        out.append(mask(repr(named)))
        return out

    same(lambda lib: mask(repr(scenario(lib))))


def test_create_autospec_typo_guard() -> None:
    """Misspelt autospec arguments raise RuntimeError unless unsafe=True."""
    got = same(
        lambda lib: outcome(lib.create_autospec, Spec, set_spec=True), fact="autospec_typo_guard"
    )
    assert got == (
        "raised",
        "RuntimeError",
        "'set_spec' might be a typo; use unsafe=True if this is intended",
    )
    assert ours.create_autospec(Spec, unsafe=True, set_spec=True).set_spec is True


def test_autospec_dataclass_fields() -> None:
    """An autospecced dataclass instance has its fields and methods."""
    from dataclasses import dataclass

    @dataclass
    class Point:
        x: int

        def norm(self) -> int:
            return self.x  # pragma: no cover

    # No stdlib before 3.14 knows dataclass fields here, so the expected
    # values are mock 5.2.0's, written out.
    m = ours.create_autospec(Point, instance=True)
    # The annotation is the string 'int' (postponed annotations), so the
    # field is specced by a str, as mock 5.2.0 does.
    assert mask(repr(m.x)) == "<NonCallableMagicMock name='mock.x' spec='str' id='ID'>"
    assert mask(repr(m.norm())) == "<MagicMock name='mock.norm()' id='ID'>"
    assert outcome(lambda: m.y) == ("raised", "AttributeError", "Mock object has no attribute 'y'")


def test_seal() -> None:
    """seal stops new children, keeps existing ones, and names the attribute."""

    def scenario(mod: Any) -> Any:
        m = mod.Mock()
        m.a.b.return_value = 1
        mod.seal(m)
        return m.a.b(), outcome(lambda: m.a.c), outcome(lambda: m.z), outcome(lambda: m.a.b().x)

    same(lambda lib: mask(repr(scenario(lib))))


def test_mock_open() -> None:
    """mock_open supports read, readline, readlines, iteration, read(n) and closes on exit."""

    def scenario(mod: Any) -> Any:
        m = mod.mock_open(read_data="a\nb\nc\n")
        with m("f") as h:
            first = h.readline()
            rest = h.read(2)
            lines = h.readlines()
        with m("f") as h2:
            it = list(h2)
        return first, rest, lines, it, m.mock_calls[:2]

    same(lambda lib: mask(repr(scenario(lib))))


def test_sentinel_and_default() -> None:
    """sentinel objects are unique per name, keep identity through copy and pickle."""
    import copy
    import pickle

    s = ours.sentinel.thing
    assert s is ours.sentinel.thing
    assert repr(s) == "sentinel.thing"
    assert copy.copy(s) is s
    assert pickle.loads(pickle.dumps(s)) is s
    assert repr(ours.DEFAULT) == "sentinel.DEFAULT"


def test_property_mock() -> None:
    """PropertyMock is called on get and on set."""

    def scenario(mod: Any) -> Any:
        class Holder:
            pass

        p = mod.PropertyMock(return_value=3)
        Holder.value = p
        h = Holder()
        got = h.value
        h.value = 5
        return got, p.mock_calls

    same(lambda lib: mask(repr(scenario(lib))))


@pytest.mark.skipif(not stdlib_matches("threading_mock"), reason=reason("threading_mock"))
def test_threading_mock_differential() -> None:
    """ThreadingMock's wait helpers fail with the reference's messages."""

    def scenario(mod: Any) -> Any:
        m = mod.ThreadingMock(timeout=0.01)
        return outcome(m.wait_until_called), outcome(lambda: m.wait_until_any_call_with(1))

    same(scenario)


def test_threading_mock() -> None:
    """ThreadingMock waits for calls from other threads; children inherit the timeout."""
    import threading

    m = ours.ThreadingMock(timeout=5)
    threading.Timer(0.01, m.child, args=(1,)).start()
    m.child.wait_until_any_call_with(1)
    m.child.wait_until_called()
    assert m.child._mock_wait_timeout == 5
    with pytest.raises(AssertionError, match=r"^mock was not called before timeout\(0.01\).$"):
        ours.ThreadingMock().wait_until_called(timeout=0.01)


@given(
    args=st.lists(st.integers() | st.text(max_size=3), max_size=3),
    kwargs=st.dictionaries(st.sampled_from("abc"), st.integers(), max_size=2),
)
def test_recording_any_arguments(args: list[Any], kwargs: dict[str, Any]) -> None:
    """For any arguments, records and assertion failures match the reference."""

    def scenario(mod: Any) -> Any:
        m = mod.Mock()
        m.x.y(*args, **kwargs)
        m(*args, **kwargs)
        out: list[Any] = [mask(repr(x)) for x in (m.mock_calls, m.method_calls, m.call_args)]
        out.append(outcome(lambda: m.assert_called_with(*args, 0, **kwargs)))
        return out

    got = same(scenario, fact="actual_line_indent")
    assert "  Actual: mock(" in got[-1][2]


def test_signatures_are_plain() -> None:
    """inspect.signature of a mock and of the helpers shows no annotations."""
    import inspect

    same(lambda lib: str(inspect.signature(lib.Mock())))
    assert str(inspect.signature(ours.mock_open)) == "(mock=None, read_data='')"
    assert str(inspect.signature(ours.create_autospec)) == (
        "(spec, spec_set=False, instance=False, _parent=None, _name=None, "
        "*, unsafe=False, **kwargs)"
    )


def test_type_level_call_reaches_one_mock() -> None:
    """type(m).__call__ = f changes how m is called, not other mocks."""

    def scenario(mod: Any) -> Any:
        m = mod.Mock()

        def __call__(self: Any, a: Any) -> Any:
            self._increment_mock_call(a)
            return self._mock_call(a)

        type(m).__call__ = __call__
        m("one")
        other = mod.Mock()
        return (
            mask(repr(m.call_args)),
            outcome(lambda: m("one", "two"))[:2],
            other(1, 2) is other.return_value,
        )

    same(lambda lib: mask(repr(scenario(lib))))


def test_spec_from_instance_is_a_snapshot() -> None:
    """Attributes added to an instance spec after creation are not part of the spec."""

    class Plain:
        attr = 1

    def scenario(mod: Any) -> Any:
        obj = Plain()
        m = mod.Mock(spec=obj)
        obj.later = 1  # type: ignore[attr-defined]
        return outcome(lambda: m.later), isinstance(m.attr, mod.Mock)

    same(scenario)


def test_filter_dir_switch() -> None:
    """FILTER_DIR = False makes dir() list everything, from any module it is set on."""
    ours.FILTER_DIR = False  # type: ignore[misc]
    try:
        assert "_mock_children" in dir(ours.Mock())
    finally:
        ours.FILTER_DIR = True  # type: ignore[misc]
    assert "_mock_children" not in dir(ours.Mock())
