"""Deleting a mock's attributes: children, magic methods set as functions, links."""

from __future__ import annotations

from support.differential import mask, outcome, records, same


def test_deleting_an_attribute_twice_raises_the_second_time():
    """A deleted attribute read or deleted again raises; so does a never-made one."""

    def scenario(lib):
        m = lib.Mock()
        m.attr
        del m.attr
        del m.never
        return (
            outcome(getattr, m, "attr"),
            outcome(delattr, m, "attr"),
            outcome(delattr, m, "never"),
            "attr" in dir(m),
        )

    assert same(scenario) == (
        ("raised", "AttributeError", "attr"),
        ("raised", "AttributeError", "attr"),
        ("raised", "AttributeError", "never"),
        False,
    )


def test_deleting_a_magic_method_set_as_a_function_removes_it():
    """Deleting a __len__ that was set to a function leaves the MagicMock without __len__."""

    def scenario(lib):
        m = lib.MagicMock()
        m.__len__ = lambda self: 7
        before = len(m)
        del m.__len__
        return before, outcome(len, m), outcome(getattr, m, "__len__"), "__len__" in dir(m)

    assert same(scenario) == (
        7,
        ("raised", "TypeError", "object of type 'MagicMock' has no len()"),
        ("raised", "AttributeError", "__len__"),
        False,
    )


def test_relinking_a_child_after_deleting_its_parent_link():
    """Deleting a child's _mock_new_parent breaks its calls; a new one sends them there."""

    def scenario(lib):
        old, new = lib.Mock(name="old"), lib.Mock(name="new")
        child = old.child
        child(1)
        del child._mock_new_parent
        broken = outcome(child, 2)
        child._mock_new_parent = new
        child(3)
        return broken, records(old), records(new), records(child), mask(repr(child))

    got = same(scenario)
    assert got[0] == ("raised", "AttributeError", "_mock_new_parent")
    assert got[1][4:] == ("[call.child(1)]", "[call.child(1)]")
    # Both lists follow _mock_new_parent; _mock_parent only says method_calls is fed.
    assert got[2][4:] == ("[call.child(3)]", "[call.child(3)]")
    assert got[3][3] == "[call(1), call(2), call(3)]"
    assert got[4] == "<Mock name='new.child' id='ID'>"
