"""Setting attributes of a mock: attach_mock, odd names, PropertyMock values, seal, magics."""

from __future__ import annotations

from support.differential import mask, outcome, records, same


def test_attached_autospec_function_records_in_the_parent():
    """An autospecced function attached with attach_mock records its calls in the parent too."""

    def target(a, b=2):
        return a

    def scenario(lib):
        manager = lib.Mock()
        f = lib.create_autospec(target)
        manager.attach_mock(f, "f")
        f(1)
        manager.f(3, b=4)
        return records(manager), records(f), outcome(f, 1, 2, 3)

    got = same(scenario)
    assert got[0][4] == "[call.f(1), call.f(3, b=4)]"
    assert got[0][5] == "[call.f(1), call.f(3, b=4)]"
    assert got[1][:2] == (True, 2)
    assert got[2] == ("raised", "TypeError", "too many positional arguments")


def test_mock_set_under_the_empty_name_stays_unparented():
    """A mock set as the attribute '' gets no parent: its calls reach no one else's records."""

    def scenario(lib):
        parent = lib.Mock()
        child = lib.Mock()
        setattr(parent, "", child)
        child(1)
        return (
            mask(repr(child)),
            repr(parent.mock_calls),
            "" in dir(parent),
            getattr(parent, "") is child,
        )

    got = same(scenario)
    assert got == ("<Mock id='ID'>", "[]", True, True)


def test_property_mock_set_on_an_instance_is_a_plain_child():
    """A PropertyMock set on a mock instance reads back as itself (not called) and is its child."""

    def scenario(lib):
        m = lib.Mock()
        prop = lib.PropertyMock(return_value=3)
        m.size = prop
        read = m.size
        answer = read()
        return read is prop, answer, "size" in vars(m), records(m), mask(repr(prop))

    got = same(scenario)
    assert got[:3] == (True, 3, True)
    assert got[3][4:] == ("[call.size()]", "[call.size()]")
    assert got[4] == "<PropertyMock name='mock.size' id='ID'>"


def test_sealed_mock_refuses_new_attributes_but_not_existing_ones():
    """After seal() a new attribute cannot be set (the error names it in full); a known one can."""

    def scenario(lib):
        m = lib.Mock(name="db")
        m.conn.host = "a"
        lib.seal(m)
        m.conn.host = "b"
        return outcome(setattr, m, "user", 1), outcome(setattr, m.conn, "port", 5), m.conn.host

    assert same(scenario) == (
        ("raised", "AttributeError", "Cannot set db.user"),
        ("raised", "AttributeError", "Cannot set db.conn.port"),
        "b",
    )


def test_magic_method_outside_the_spec_cannot_be_set():
    """A magic method the spec list lacks cannot be assigned, so len() stays unsupported."""

    def scenario(lib):
        m = lib.MagicMock(spec=["read"])
        return outcome(setattr, m, "__len__", lambda self: 3), outcome(len, m)

    assert same(scenario) == (
        ("raised", "AttributeError", "Mock object has no attribute '__len__'"),
        ("raised", "TypeError", "object of type 'MagicMock' has no len()"),
    )


def test_function_set_as_magic_method_gets_the_mock_both_ways():
    """A function set as __len__ is called with the mock by len() and by m.__len__() alike."""

    def scenario(lib):
        m = lib.Mock()
        seen = []

        def length(self, *args):
            seen.append((self is m, args))
            return 7

        m.__len__ = length
        return len(m), m.__len__(), seen, "__len__" in dir(m)

    assert same(scenario) == (7, 7, [(True, ()), (True, ())], True)


def test_configure_mock_with_dotted_names_and_a_return_value_chain():
    """configure_mock sets parents before children, dotted names reaching return values too."""

    def scenario(lib):
        m = lib.Mock()
        m.configure_mock(
            **{"a.b.c.return_value": 3, "a.b.side_effect": KeyError("x"), "a.name": "n"}
        )
        return m.a.b.c(), outcome(m.a.b), m.a.name, records(m)

    assert same(scenario) == (
        3,
        ("raised", "KeyError", "'x'"),
        "n",
        (
            False,
            0,
            "None",
            "[]",
            "[call.a.b.c(), call.a.b()]",
            "[call.a.b.c(), call.a.b()]",
        ),
    )
