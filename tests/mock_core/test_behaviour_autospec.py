"""Differential behaviour tests: create_autospec."""

from __future__ import annotations

import dataclasses  # noqa: E402

from support.differential import mask, outcome, same

RAN = []


def func(a, b, *, c=1):
    return a


class Thing:
    x = 1

    def __init__(self, v):
        self.v = v

    def meth(self, a):
        return a

    @classmethod
    def cm(cls, a):
        return a

    @staticmethod
    def sm(a, b):
        return a

    @property
    def prop(self):
        RAN.append(1)
        return 1


# Built with make_dataclass so that the field types are classes, not the
# strings this module's postponed annotations would make of them.
DC = dataclasses.make_dataclass("DC", [("name", str), ("count", int, dataclasses.field(default=0))])


def test_autospec_function_signature_checked():
    """An autospecced function checks call signatures with the reference TypeError."""

    def scenario(lib):
        m = lib.create_autospec(func, return_value=3)
        return (
            m(1, 2),
            outcome(m, 1),
            outcome(m, 1, 2, 3),
            outcome(m, 1, 2, d=4),
            repr(m.mock_calls),
            mask(repr(m)),
        )

    res = same(scenario)
    assert res[0] == 3
    assert res[1] == ("raised", "TypeError", "missing a required argument: 'b'")


def test_autospec_function_attributes_and_assertions():
    """Autospecced functions expose mock attributes and assertion methods."""

    def scenario(lib):
        m = lib.create_autospec(func)
        m(1, 2, c=3)
        m.assert_called_once_with(1, 2, c=3)
        return m.called, m.call_count, outcome(getattr, m, "nope")[:2], m.__name__

    assert same(scenario)[:2] == (True, 1)


def test_autospec_class_and_instance():
    """A class autospec checks __init__ and its instance checks methods."""

    def scenario(lib):
        m = lib.create_autospec(Thing)
        inst = m(1)
        inst.meth(2)
        return (
            outcome(m),
            outcome(inst.meth),
            outcome(inst.meth, 1, 2),
            inst is m.return_value,
            isinstance(inst, Thing),
            outcome(getattr, inst, "nope"),
            repr(m.mock_calls),
            mask(repr(inst)),
        )

    res = same(scenario)
    assert res[0] == ("raised", "TypeError", "missing a required argument: 'v'")
    assert res[5] == ("raised", "AttributeError", "Mock object has no attribute 'nope'")


def test_autospec_instance_true():
    """instance=True gives a non-callable instance mock."""

    def scenario(lib):
        m = lib.create_autospec(Thing, instance=True)
        return outcome(m), m.meth(1) is m.meth.return_value, type(m).__name__

    res = same(scenario)
    assert res[0] == ("raised", "TypeError", "'NonCallableMagicMock' object is not callable")


def test_autospec_classmethod_staticmethod():
    """Classmethods and staticmethods are autospecced with their own signatures."""

    def scenario(lib):
        m = lib.create_autospec(Thing)
        return (
            outcome(m.cm, 1)[0],
            outcome(m.cm),
            outcome(m.sm, 1, 2)[0],
            outcome(m.sm, 1),
            outcome(m.return_value.cm, 1)[0],
            outcome(m.return_value.sm, 1, 2)[0],
        )

    res = same(scenario)
    assert res[1] == ("raised", "TypeError", "missing a required argument: 'a'")


def test_autospec_property_not_run():
    """Autospec does not execute property getters."""

    def scenario(lib):
        RAN.clear()
        m = lib.create_autospec(Thing)
        m.return_value.prop
        lib.create_autospec(Thing, instance=True).prop
        return list(RAN)

    assert same(scenario) == []


def test_autospec_dataclass_fields():
    """Dataclass fields with class types become MagicMock children specced on that type."""

    def scenario(lib):
        m = lib.create_autospec(DC, instance=True)
        return (
            type(m.name).__name__,
            type(m.count).__name__,
            outcome(getattr, m, "other")[:2],
            mask(repr(m.name)),
        )

    res = same(scenario, fact="autospec_dataclass_fields")
    assert res == (
        "MagicMock",
        "MagicMock",
        ("raised", "AttributeError"),
        "<MagicMock name='mock.name' spec='str' id='ID'>",
    )


def test_autospec_name_and_spec_set():
    """_name names the mock; spec_set=True refuses setting unknown attributes."""

    def scenario(lib):
        m = lib.create_autospec(Thing, spec_set=True, _name="named")
        return mask(repr(m)), outcome(setattr, m, "zzz", 1), mask(repr(m.meth))

    res = same(scenario)
    assert res[0] == "<MagicMock name='named' spec_set='Thing' id='ID'>"


def test_autospec_kwargs_configuration():
    """Extra keyword arguments configure the autospecced mock."""

    def scenario(lib):
        m = lib.create_autospec(Thing, **{"x": 5, "meth.return_value": 2})
        return m.x, m.meth(1)

    assert same(scenario, fact="autospec_keeps_child_configuration") == (5, 2)


def test_autospec_wraps():
    """wraps= passes calls of an autospecced function through."""

    def scenario(lib):
        m = lib.create_autospec(func, wraps=func)
        return m(7, 2)

    assert same(scenario, fact="autospec_honours_wraps") == 7


def test_autospec_of_mock_raises():
    """Autospeccing a mock raises InvalidSpecError with the reference message."""

    def scenario(lib):
        return outcome(lib.create_autospec, lib.Mock())

    res = same(scenario, fact="autospec_of_mock_refused")
    assert res == (
        "raised",
        "InvalidSpecError",
        "Cannot autospec a Mock object. [object=<Mock id='ID'>]",
    )


def test_autospec_methods_record_on_parent():
    """Calls of autospecced methods are recorded on the parent with dotted names."""

    def scenario(lib):
        m = lib.create_autospec(Thing, instance=True)
        m.meth(1)
        m.sm(1, 2)
        return repr(m.mock_calls), repr(m.method_calls)

    assert same(scenario)[0] == "[call.meth(1), call.sm(1, 2)]"


def test_autospec_builtin_and_non_callable():
    """Autospec of a non-callable instance attribute and of a builtin."""

    def scenario(lib):
        m = lib.create_autospec(len)
        n = lib.create_autospec(1)
        return m("ab") is m.return_value, outcome(n)[:2], type(n).__name__

    same(scenario)
