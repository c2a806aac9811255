"""An autospecced function and its mock share one configuration: set on either, seen by both."""

from __future__ import annotations

from support.differential import mask, outcome, records, same


def target(a):
    return a


def test_default_return_value_set_on_the_function_is_made_by_the_mock():
    """A DEFAULT return value set on the function becomes a child the mock makes, shared by both."""

    def scenario(lib):
        f = lib.create_autospec(target)
        f.return_value = lib.DEFAULT
        made = f.mock.return_value
        return made is f.return_value, f(1) is made, mask(repr(made)), records(f.mock)

    assert same(scenario) == (
        True,
        True,
        "<MagicMock name='mock()' id='ID'>",
        (True, 1, "call(1)", "[call(1)]", "[call(1)]", "[]"),
    )


def test_return_value_set_on_the_mock_is_the_functions():
    """A return value set on an autospecced function's mock is the function's; calls answer it."""

    def scenario(lib):
        f = lib.create_autospec(target)
        f.mock.return_value = 7
        return f.return_value, f(1), f.mock.return_value

    assert same(scenario) == (7, 7, 7)


def test_iterable_side_effect_set_on_the_function_is_consumed_by_calls():
    """A list set as the function's side_effect gives one item per call, then StopIteration."""

    def scenario(lib):
        f = lib.create_autospec(target)
        f.side_effect = [1, 2]
        return f(0), f(0), outcome(f, 0), type(f.mock.side_effect).__name__

    assert same(scenario) == (1, 2, ("raised", "StopIteration", ""), "_MockIter")


def test_side_effect_set_on_the_mock_is_the_functions():
    """A side effect set on the mock is the function's: one item per call, exceptions raised."""

    def scenario(lib):
        f = lib.create_autospec(target)
        f.mock.side_effect = [3, KeyError("k")]
        first = f(0), outcome(f, 0)
        f.mock.side_effect = None
        return first, f.side_effect, type(f(0)).__name__

    assert same(scenario) == ((3, ("raised", "KeyError", "'k'")), None, "MagicMock")
