"""create_autospec at its edges: unusual specs, attributes found late or not at all."""

from __future__ import annotations

import dataclasses
import types
from types import ModuleType
from typing import Any, Callable

import pytest
from support.differential import LIBRARIES, LIBRARY_IDS, OURS, mask, outcome, same

import mock


def shown(func: Callable[..., Any], *args: Any) -> tuple[Any, ...]:
    """``outcome`` with a result shown as its masked repr."""
    found = outcome(func, *args)
    return ("ok", mask(repr(found[1]))) if found[0] == "ok" else found


def private(lib: ModuleType) -> ModuleType:
    """The module holding the library's private names (``mock.mock`` for ours)."""
    return mock.mock if lib is OURS else lib


class Methods:
    def meth(self, a: Any, b: Any = 2) -> Any:
        return a


def two(x: Any, y: Any) -> None:
    pass


def test_list_spec_is_specced_as_its_type() -> None:
    """A list spec is read as the list class, not as a list of attribute names."""

    def scenario(lib: ModuleType) -> Any:
        m = lib.create_autospec([1, 2])
        return (mask(repr(m)), shown(m.append, 3), shown(lambda: m.nope), shown(m))

    assert same(scenario) == (
        "<MagicMock spec='list' id='ID'>",
        ("ok", "<MagicMock name='mock.append()' id='ID'>"),
        ("raised", "AttributeError", "Mock object has no attribute 'nope'"),
        ("ok", "<NonCallableMagicMock name='mock()' spec='list' id='ID'>"),
    )


def test_none_spec_gives_a_non_callable_mock_without_spec() -> None:
    """create_autospec(None) makes a NonCallableMagicMock with no spec at all."""

    def scenario(lib: ModuleType) -> Any:
        m = lib.create_autospec(None)
        return (mask(repr(m)), mask(repr(m.anything(1))), shown(m))

    assert same(scenario) == (
        "<NonCallableMagicMock id='ID'>",
        "<MagicMock name='mock.anything()' id='ID'>",
        ("raised", "TypeError", "'NonCallableMagicMock' object is not callable"),
    )


def test_bound_method_spec_checks_the_signature_without_self() -> None:
    """An autospecced bound method is a function checking the arguments after self."""

    def scenario(lib: ModuleType) -> Any:
        m = lib.create_autospec(Methods().meth)
        return (
            type(m).__name__,
            shown(m, 1),
            shown(m),
            shown(m, 1, 2, 3),
            mask(repr(m.mock_calls)),
        )

    assert same(scenario) == (
        "function",
        ("ok", "<MagicMock name='mock()' id='ID'>"),
        ("raised", "TypeError", "missing a required argument: 'a'"),
        ("raised", "TypeError", "too many positional arguments"),
        "[call(1)]",
    )


def test_function_attributes_are_autospecced_on_the_inner_mock() -> None:
    """A function's own attributes are specced on its mock; function ones check signatures."""

    def func(x: Any) -> None:
        pass

    func.count = 5  # type: ignore[attr-defined]
    func.helper = two  # type: ignore[attr-defined]

    def scenario(lib: ModuleType) -> Any:
        m = lib.create_autospec(func)
        return (
            shown(lambda: m.count),
            type(m.mock.count).__name__,
            shown(lambda: m.mock.count.nope),
            shown(m.mock.helper, 1),
            shown(m.helper, 1, 2),
            sorted(m.mock._mock_children),
            mask(repr(m.mock.mock_calls)),
        )

    assert same(scenario) == (
        ("raised", "AttributeError", "'function' object has no attribute 'count'"),
        "NonCallableMagicMock",
        ("raised", "AttributeError", "Mock object has no attribute 'nope'"),
        ("raised", "TypeError", "missing a required argument: 'y'"),
        ("ok", "<MagicMock name='mock.helper()' id='ID'>"),
        ["count", "helper"],
        "[call.helper(1, 2)]",
    )


def test_bound_method_attributes_come_from_its_function() -> None:
    """An autospecced bound method's mock has the attributes of the method's function."""

    class Tagged:
        def meth(self, a: Any) -> None:
            pass

    Tagged.meth.tag = 1  # type: ignore[attr-defined]

    def scenario(lib: ModuleType) -> Any:
        m = lib.create_autospec(Tagged().meth)
        # Not its repr: the reference's fails (its parent is the function).
        return (type(m.mock.tag).__name__, shown(lambda: m.tag), shown(m))

    assert same(scenario) == (
        "NonCallableMagicMock",
        ("raised", "AttributeError", "'function' object has no attribute 'tag'"),
        ("raised", "TypeError", "missing a required argument: 'a'"),
    )


def test_function_without_a_signature_is_not_wrapped() -> None:
    """A function whose signature cannot be found is mocked as is, accepting any call."""

    def func(a: Any) -> None:
        pass

    func.__wrapped__ = getattr  # type: ignore[attr-defined]  # no signature for getattr

    def scenario(lib: ModuleType) -> Any:
        m = lib.create_autospec(func)
        return (type(m).__name__, mask(repr(m(1, 2, 3))), mask(repr(m.mock_calls)))

    assert same(scenario) == ("MagicMock", "<MagicMock name='mock()' id='ID'>", "[call(1, 2, 3)]")


def test_builtin_without_a_signature_accepts_any_call() -> None:
    """An autospecced builtin with no signature checks no arguments."""

    def scenario(lib: ModuleType) -> Any:
        m = lib.create_autospec(getattr)
        return (mask(repr(m)), mask(repr(m(1, 2, 3, x=4))))

    assert same(scenario) == (
        "<MagicMock spec='builtin_function_or_method' id='ID'>",
        "<MagicMock name='mock()' id='ID'>",
    )


def test_instance_attribute_function_keeps_its_first_argument() -> None:
    """A function stored on an instance spec is checked with no argument bound."""
    spec = Methods()
    spec.free = two  # type: ignore[attr-defined]

    def scenario(lib: ModuleType) -> Any:
        m = lib.create_autospec(spec)
        return (shown(m.free, 1), shown(m.free, 1, 2), shown(m.meth, 1, 2, 3))

    assert same(scenario) == (
        ("raised", "TypeError", "missing a required argument: 'y'"),
        ("ok", "<MagicMock name='mock.free()' id='ID'>"),
        ("raised", "TypeError", "too many positional arguments"),
    )


class Dynamic:
    """Has a function no class of its MRO stores: ``__getattr__`` makes it."""

    def __getattr__(self, name: str) -> Any:
        if name == "dyn":
            return two
        raise AttributeError(name)

    def __dir__(self) -> list[str]:
        return [*super().__dir__(), "dyn"]


def test_dynamic_function_of_an_instance_keeps_its_first_argument() -> None:
    """A function only ``__getattr__`` provides is checked with no argument bound."""

    def scenario(lib: ModuleType) -> Any:
        m = lib.create_autospec(Dynamic())
        return (shown(m.dyn, 1), shown(m.dyn, 1, 2))

    assert same(scenario) == (
        ("raised", "TypeError", "missing a required argument: 'y'"),
        ("ok", "<MagicMock name='mock.dyn()' id='ID'>"),
    )


class Slotted:
    __slots__ = ("unset",)


def test_unset_slot_of_an_instance_spec_is_a_plain_child() -> None:
    """A name the spec lists but cannot fetch gives an ordinary, unspecced child."""

    def scenario(lib: ModuleType) -> Any:
        m = lib.create_autospec(Slotted())
        return (mask(repr(m.unset)), mask(repr(m.unset(1, 2))), shown(lambda: m.other))

    assert same(scenario) == (
        "<MagicMock name='mock.unset' id='ID'>",
        "<MagicMock name='mock.unset()' id='ID'>",
        ("raised", "AttributeError", "Mock object has no attribute 'other'"),
    )


def test_wraps_reaches_the_methods_of_an_instance() -> None:
    """With wraps, an instance's methods are still autospecced and return mocks."""

    def scenario(lib: ModuleType) -> Any:
        wrapped = Methods()
        instance = lib.create_autospec(Methods, instance=True, wraps=wrapped)
        klass = lib.create_autospec(Methods, wraps=wrapped)
        return (
            mask(repr(instance.meth(1))),
            shown(instance.meth),
            mask(repr(klass().meth(1))),
            mask(repr(klass.meth(1))),
        )

    assert same(scenario) == (
        "<MagicMock name='mock.meth()' id='ID'>",
        ("raised", "TypeError", "missing a required argument: 'a'"),
        "<MagicMock name='mock().meth()' id='ID'>",
        "<MagicMock name='mock.meth()' id='ID'>",
    )


def test_attribute_that_is_a_mock_fails_when_first_read() -> None:
    """An attribute of the spec that is already a mock raises InvalidSpecError when read."""

    def scenario(lib: ModuleType) -> Any:
        class Target:
            attr = lib.Mock()

        anonymous = lib.create_autospec(Target)
        named = lib.create_autospec(Target, name="target")
        return (shown(lambda: anonymous.attr), shown(lambda: named.attr))

    assert same(scenario, "autospec_rejects_mocked_out_attribute") == (
        (
            "raised",
            "InvalidSpecError",
            "Cannot autospec attr 'attr' from target <MagicMock spec='Target' id='ID'> as it"
            " has already been mocked out. [target=<MagicMock spec='Target' id='ID'>,"
            " attr=<Mock id='ID'>]",
        ),
        (
            "raised",
            "InvalidSpecError",
            "Cannot autospec attr 'attr' from target 'target' as it has already been mocked"
            " out. [target=<MagicMock name='target' spec='Target' id='ID'>,"
            " attr=<Mock id='ID'>]",
        ),
    )


def test_reset_mock_of_a_function_keeps_a_plain_return_value() -> None:
    """Resetting an autospecced function whose return value is no mock keeps that value."""

    def scenario(lib: ModuleType) -> Any:
        m = lib.create_autospec(two)
        m.return_value = 3
        m(1, 2)
        m.reset_mock()
        return (m.called, m.call_count, m(3, 4), mask(repr(m.mock_calls)))

    assert same(scenario) == (False, 0, 3, "[call(3, 4)]")


def test_copy_func_details_copies_the_public_details_only() -> None:
    """_copy_func_details copies name, doc, module and defaults, skipping what is missing."""

    def source(a: Any, b: Any = 1, *, c: Any = 2) -> None:
        "The doc."

    def scenario(lib: ModuleType) -> Any:
        def target() -> None:
            pass

        holder = type("Holder", (), {})()
        private(lib)._copy_func_details(source, target)
        private(lib)._copy_func_details(len, holder)
        return (
            target.__name__,
            target.__doc__,
            target.__module__,
            target.__defaults__,
            target.__kwdefaults__,
            hasattr(target, "__text_signature__"),
            sorted(vars(holder)),
            holder.__text_signature__,
        )

    assert same(scenario) == (
        "source",
        "The doc.",
        __name__,
        (1,),
        {"c": 2},
        False,
        ["__doc__", "__module__", "__name__", "__text_signature__"],
        "($module, obj, /)",
    )


class Inner:
    def im(self, a: Any) -> None:
        pass


class Outer:
    number = 5
    inner = Inner()

    def meth(self, a: Any) -> None:
        pass


def test_seal_stops_at_attributes_not_read_yet() -> None:
    """seal leaves an autospecced attribute not read yet to be made, then sealed by its spec."""

    def scenario(lib: ModuleType) -> Any:
        m = lib.create_autospec(Outer)
        lib.seal(m)
        return (
            mask(repr(m.number.real)),
            shown(lambda: m.number.nope),
            mask(repr(m.inner.im(1))),
            shown(lambda: m.inner.other),
            shown(m.meth, 1, 2),
            shown(lambda: m.nope),
        )

    assert same(scenario, "seal_spares_autospecced_methods") == (
        "<NonCallableMagicMock name='mock.number.real' spec='int' id='ID'>",
        ("raised", "AttributeError", "Mock object has no attribute 'nope'"),
        "<MagicMock name='mock.inner.im()' id='ID'>",
        ("raised", "AttributeError", "Mock object has no attribute 'other'"),
        ("raised", "TypeError", "too many positional arguments"),
        ("raised", "AttributeError", "Mock object has no attribute 'nope'"),
    )


def test_seal_after_reading_autospecced_attributes() -> None:
    """Autospecced attributes read before seal keep their spec's attributes after it."""

    def scenario(lib: ModuleType) -> Any:
        m = lib.create_autospec(Outer)
        m.number, m.inner  # noqa: B018 - made before sealing
        m.plain = None
        lib.seal(m)
        return (
            mask(repr(m.number.real)),
            shown(lambda: m.number.nope),
            mask(repr(m.inner.im(1))),
            shown(lambda: m.inner.other),
        )

    assert same(scenario, "seal_spares_autospecced_methods") == (
        "<NonCallableMagicMock name='mock.number.real' spec='int' id='ID'>",
        ("raised", "AttributeError", "Mock object has no attribute 'nope'"),
        "<MagicMock name='mock.inner.im()' id='ID'>",
        ("raised", "AttributeError", "Mock object has no attribute 'other'"),
    )


def test_assert_has_calls_checks_methods_not_read_yet() -> None:
    """assert_has_calls binds expected calls of methods never read to their signatures."""

    def scenario(lib: ModuleType) -> Any:
        m = lib.create_autospec(Outer)
        return (
            shown(m.assert_has_calls, [lib.call.meth(1)]),
            shown(m.assert_has_calls, [lib.call.meth(1, 2, 3)]),
            shown(m.assert_has_calls, [lib.call.number(1)]),
            shown(m.assert_has_calls, [lib.call.missing(1)]),
        )

    assert same(scenario, "has_calls_message_always_shows_actual") == (
        ("raised", "AssertionError", "Calls not found.\nExpected: [call.meth(1)]\n  Actual: []"),
        (
            "raised",
            "AssertionError",
            "Error processing expected calls.\nErrors: [TypeError('too many positional"
            " arguments')]\nExpected: [call.meth(1, 2, 3)]\n  Actual: []",
        ),
        ("raised", "AssertionError", "Calls not found.\nExpected: [call.number(1)]\n  Actual: []"),
        (
            "raised",
            "AssertionError",
            "Calls not found.\nExpected: [call.missing(1)]\n  Actual: []",
        ),
    )


def test_assert_has_calls_reports_binding_errors_of_recorded_methods() -> None:
    """A call that cannot bind to its method's signature is reported with the error."""

    def scenario(lib: ModuleType) -> Any:
        m = lib.create_autospec(Outer)
        m.meth(1)
        return (
            shown(m.assert_has_calls, [lib.call.meth(a=1)]),
            shown(m.assert_has_calls, [lib.call.meth(b=1)]),
        )

    assert same(scenario, "actual_line_indent") == (
        ("ok", "None"),
        (
            "raised",
            "AssertionError",
            'Error processing expected calls.\nErrors: [TypeError("missing a required'
            " argument: 'a'\")]\nExpected: [call.meth(b=1)]\n  Actual: [call.meth(1)]",
        ),
    )


@pytest.mark.parametrize("lib", LIBRARIES, ids=LIBRARY_IDS)
def test_dataclass_method_added_after_autospec_is_unknown(lib: ModuleType) -> None:
    """A method added to a dataclass after autospeccing an instance of it is not an attribute."""

    @dataclasses.dataclass
    class Record:
        x: int = 0

    m = lib.create_autospec(Record, instance=True)
    Record.later = lambda self, b: None  # type: ignore[attr-defined]
    Record.later_value = 5  # type: ignore[attr-defined]
    assert shown(lambda: m.later) == (
        "raised",
        "AttributeError",
        "Mock object has no attribute 'later'",
    )
    assert shown(lambda: m.later_value) == (
        "raised",
        "AttributeError",
        "Mock object has no attribute 'later_value'",
    )


@dataclasses.dataclass
class Fields:
    x: int

    def meth(self, a: Any) -> None:
        pass


def test_assert_has_calls_on_a_dataclass_field_not_read_yet() -> None:
    """An expected call of a dataclass field, never read, binds to no signature."""

    def scenario(lib: ModuleType) -> Any:
        m = lib.create_autospec(Fields, instance=True)
        return (
            shown(m.assert_has_calls, [lib.call.x(1)]),
            shown(m.assert_has_calls, [lib.call.meth(1, 2)]),
        )

    assert same(scenario, "has_calls_message_always_shows_actual") == (
        ("raised", "AssertionError", "Calls not found.\nExpected: [call.x(1)]\n  Actual: []"),
        (
            "raised",
            "AssertionError",
            "Error processing expected calls.\nErrors: [TypeError('too many positional"
            " arguments')]\nExpected: [call.meth(1, 2)]\n  Actual: []",
        ),
    )


def test_autospec_children_outlive_removing_the_spec() -> None:
    """After mock_add_spec(None) an autospecced mock still makes its spec's children."""

    def scenario(lib: ModuleType) -> Any:
        m = lib.create_autospec(Outer)
        m.mock_add_spec(None)
        checked = shown(m.assert_has_calls, [lib.call.meth(1, 2, 3)])
        lib.seal(m)
        return (
            checked,
            mask(repr(m.number.real)),
            shown(m.meth, 1, 2, 3),
            mask(repr(m.meth)),
        )

    assert same(scenario, "has_calls_message_always_shows_actual") == (
        (
            "raised",
            "AssertionError",
            "Error processing expected calls.\nErrors: [TypeError('too many positional"
            " arguments')]\nExpected: [call.meth(1, 2, 3)]\n  Actual: []",
        ),
        "<NonCallableMagicMock name='mock.number.real' spec='int' id='ID'>",
        ("raised", "TypeError", "too many positional arguments"),
        "<MagicMock name='mock.meth' spec='function' id='ID'>",
    )


class CallableInstances:
    def __call__(self) -> None:
        pass


class NoneCall:
    __call__ = None


def test_instance_callable_of_classes_and_instances() -> None:
    """_instance_callable: for a class, whether its instances are; else whether it is."""

    def scenario(lib: ModuleType) -> Any:
        check = private(lib)._instance_callable
        return [
            check(spec)
            for spec in (CallableInstances, Methods, CallableInstances(), Methods(), NoneCall())
        ]

    assert same(scenario) == [True, False, True, False, False]


def test_assert_has_calls_binds_to_an_attached_autospecced_function() -> None:
    """A child that is an autospecced function binds expected calls to its signature."""

    def scenario(lib: ModuleType) -> Any:
        m = lib.Mock()
        m.f = lib.create_autospec(two)
        m.f(1, 2)
        return (
            shown(m.assert_has_calls, [lib.call.f(1, y=2)]),
            shown(m.assert_has_calls, [lib.call.f(2, y=2)]),
        )

    assert same(scenario, "actual_line_indent") == (
        ("ok", "None"),
        (
            "raised",
            "AssertionError",
            "Calls not found.\nExpected: [call.f(2, y=2)]\n  Actual: [call.f(1, 2)]",
        ),
    )


def test_assert_has_calls_of_magic_and_unfetchable_names() -> None:
    """Expected calls of a magic method or of a slot the spec cannot fetch bind to nothing."""

    def scenario(lib: ModuleType) -> Any:
        m = lib.create_autospec(Outer)
        slotted = lib.create_autospec(Slotted())
        return (
            shown(m.assert_has_calls, [lib.call.__len__()]),
            shown(m.assert_has_calls, [lib.call.__enter__(1)]),
            shown(slotted.assert_has_calls, [lib.call.unset(1)]),
        )

    assert same(scenario, "has_calls_message_always_shows_actual") == (
        ("raised", "AssertionError", "Calls not found.\nExpected: [call.__len__()]\n  Actual: []"),
        (
            "raised",
            "AssertionError",
            "Calls not found.\nExpected: [call.__enter__(1)]\n  Actual: []",
        ),
        ("raised", "AssertionError", "Calls not found.\nExpected: [call.unset(1)]\n  Actual: []"),
    )


def test_seal_skips_a_child_whose_namesake_attribute_is_pending() -> None:
    """seal leaves unsealed a child whose own attribute of the same name is still pending."""

    def func(x: Any) -> None:
        pass

    func.attr = 5  # type: ignore[attr-defined]

    def scenario(lib: ModuleType) -> Any:
        parent = lib.Mock()
        inner = lib.create_autospec(func).mock
        parent.attr = inner
        lib.seal(parent)
        # Not parent.attr.attr itself: the reference fails to make it (its parent
        # is the function).
        return (parent._mock_sealed, inner._mock_sealed, shown(lambda: parent.other))

    assert same(scenario) == (
        True,
        False,
        ("raised", "AttributeError", "mock.other"),
    )


class HidingCallable:
    """A callable whose instance dict holds a name its class's property refuses to give."""

    __name__ = "hiding"

    @property
    def hidden(self) -> Any:
        raise AttributeError("hidden")

    def __call__(self, a: Any) -> None:
        pass


def test_method_attribute_that_cannot_be_fetched_is_a_plain_child() -> None:
    """A method's listed attribute that raises AttributeError is not autospecced."""
    target = HidingCallable()
    target.__dict__["hidden"] = 1
    bound = types.MethodType(target, object())

    def scenario(lib: ModuleType) -> Any:
        m = lib.create_autospec(bound)
        return ("hidden" in dir(bound), mask(repr(m.mock.hidden)), shown(m), shown(m, 1))

    assert same(scenario) == (
        True,
        "<MagicMock name='mock.hidden' id='ID'>",
        ("ok", "<MagicMock name='mock()' id='ID'>"),
        ("raised", "TypeError", "too many positional arguments"),
    )


@dataclasses.dataclass
class Generic:
    x: int = 0
    __class_getitem__ = classmethod(types.GenericAlias)  # type: ignore[var-annotated]


def test_alias_of_a_dataclass_is_not_a_dataclass_spec() -> None:
    """An alias such as Generic[int] (a class to 3.9 and 3.10) is not specced as a dataclass."""

    def scenario(lib: ModuleType) -> Any:
        m = lib.create_autospec(Generic[int], instance=True)  # type: ignore[misc]
        return (mask(repr(m.x)), shown(lambda: m.y))

    assert same(scenario) == (
        "<NonCallableMagicMock name='mock.x' spec='int' id='ID'>",
        ("raised", "AttributeError", "Mock object has no attribute 'y'"),
    )
