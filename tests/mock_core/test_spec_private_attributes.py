"""The reference's private spec attributes, _mock_methods, _spec_signature and _spec_asyncs."""

from __future__ import annotations

import inspect

from support.differential import outcome, same


class WithAsync:
    async def fetch(self):
        return None

    def close(self):
        return None


def test_assigned_mock_methods_limit_the_attributes():
    """Assigning _mock_methods a list of names makes it the spec: others raise, dir() shows them."""

    def scenario(lib):
        m = lib.Mock()
        m._mock_methods = ["read", "write"]
        return (
            type(m.read).__name__,
            outcome(getattr, m, "close"),
            [name for name in dir(m) if name in ("read", "write", "close")],
            m._mock_methods,
        )

    assert same(scenario) == (
        "Mock",
        ("raised", "AttributeError", "Mock object has no attribute 'close'"),
        ["read", "write"],
        ["read", "write"],
    )


def test_assigned_spec_signature_matches_calls_by_binding():
    """An assigned _spec_signature makes assert_called_with match calls bound to it."""

    def two(a, b):
        return None

    def scenario(lib):
        m = lib.Mock()
        m(1, b=2)
        unbound = outcome(m.assert_called_with, a=1, b=2)
        m._spec_signature = inspect.signature(two)
        return unbound, outcome(m.assert_called_with, a=1, b=2), m._spec_signature

    assert same(scenario, "actual_line_indent") == (
        (
            "raised",
            "AssertionError",
            "expected call not found.\nExpected: mock(a=1, b=2)\n  Actual: mock(1, b=2)",
        ),
        ("ok", None),
        inspect.signature(two),
    )


def test_spec_asyncs_lists_the_async_methods_of_the_spec():
    """_spec_asyncs names the spec's async methods; none without a spec or for a name list."""

    def scenario(lib):
        return (
            lib.Mock(spec=WithAsync)._spec_asyncs,
            lib.Mock(spec=WithAsync())._spec_asyncs,
            lib.Mock()._spec_asyncs,
            lib.Mock(spec=["fetch"])._spec_asyncs,
            type(lib.Mock(spec=WithAsync).fetch).__name__,
        )

    assert same(scenario) == (["fetch"], ["fetch"], [], [], "AsyncMock")
