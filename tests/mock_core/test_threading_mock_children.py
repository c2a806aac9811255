"""ThreadingMock's children inherit the timeout of the mock they belong to, and only theirs."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from support.differential import outcome, same


def test_child_timeout_comes_from_its_parent_only() -> None:
    """Attributes and return values take the parent's timeout; a parentless child the default."""

    def scenario(lib: ModuleType) -> Any:
        parent = lib.ThreadingMock(timeout=0.01)
        free = parent._get_child_mock(name="free")
        return (
            type(free).__name__,
            free._mock_wait_timeout,
            parent.attr._mock_wait_timeout,
            parent()._mock_wait_timeout,
            outcome(parent.attr.wait_until_called),
        )

    assert same(scenario, "threading_mock") == (
        "ThreadingMock",
        None,
        0.01,
        0.01,
        ("raised", "AssertionError", "attr was not called before timeout(0.01)."),
    )
