"""Random scenarios run against unittest.mock and ours must leave identical records.

Hypothesis draws a sequence of operations (calls with arguments, child calls,
configuration, resets and every assertion); both libraries run it and every
observable result is compared: return values, call records, reprs with ids
masked, and exception types and messages.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.differential import mask, outcome, records, same
from support.reference_facts import reason, stdlib_matches

pytestmark = pytest.mark.skipif(
    not stdlib_matches("assertion_messages_of_mock_5_2"),
    reason=reason("assertion_messages_of_mock_5_2"),
)

values = st.one_of(st.integers(-3, 3), st.sampled_from(["a", "b", ""]), st.none())
args = st.lists(values, max_size=3).map(tuple)
kwargs = st.dictionaries(st.sampled_from(["k", "x", "y"]), values, max_size=2)
paths = st.lists(st.sampled_from(["a", "b", "c"]), max_size=2).map(tuple)

operations = st.one_of(
    st.tuples(st.just("call"), paths, args, kwargs),
    st.tuples(st.just("return_value"), paths, values),
    st.tuples(st.just("side_effect_list"), paths, st.lists(values, min_size=1, max_size=3)),
    st.tuples(st.just("reset"), paths, st.booleans(), st.booleans()),
    st.tuples(
        st.sampled_from(
            [
                "assert_called_with",
                "assert_called_once_with",
                "assert_any_call",
            ]
        ),
        paths,
        args,
        kwargs,
    ),
    st.tuples(st.sampled_from(["assert_called", "assert_called_once", "assert_not_called"]), paths),
    st.tuples(
        st.just("assert_has_calls"),
        paths,
        st.lists(st.tuples(args, kwargs), max_size=3),
        st.booleans(),
    ),
)


def _walk(mock, path):
    for name in path:
        mock = getattr(mock, name)
    return mock


def _apply(lib, target, op):
    if op[0] == "call":
        return target(*op[2], **op[3])
    if op[0] == "return_value":
        target.return_value = op[2]
    elif op[0] == "side_effect_list":
        target.side_effect = list(op[2])
    elif op[0] == "reset":
        target.reset_mock(return_value=op[2], side_effect=op[3])
    elif op[0] == "assert_has_calls":
        calls = [lib.call(*a, **k) for a, k in op[2]]
        return target.assert_has_calls(calls, any_order=op[3])
    elif len(op) == 2:
        return getattr(target, op[0])()
    else:
        return getattr(target, op[0])(*op[2], **op[3])
    return None


def _scenario(kind, steps):
    """Run ``steps`` on a fresh ``kind`` mock: each step's outcome, then the records."""

    def scenario(lib):
        root = getattr(lib, kind)(name="root")
        seen = []
        for op in steps:
            result = outcome(_apply, lib, _walk(root, op[1]), op)
            if result[0] == "ok" and isinstance(result[1], lib.NonCallableMock):
                result = ("ok", mask(repr(result[1])))
            seen.append(result)
        return seen, records(root), mask(repr(root))

    return scenario


@pytest.mark.parametrize("kind", ["Mock", "MagicMock"])
@settings(max_examples=150, deadline=None)
@given(steps=st.lists(operations, max_size=8))
def test_random_scenarios_match_unittest_mock(kind, steps):
    """Every drawn scenario gives the same results, records, reprs and errors in both."""
    same(_scenario(kind, steps))
