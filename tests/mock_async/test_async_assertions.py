"""The await assertions: pass/fail and full messages, against unittest.mock."""

from __future__ import annotations

import asyncio
import re
from types import ModuleType
from typing import Any

import pytest
from support.differential import outcome, same
from support.reference_facts import reason, stdlib_matches


def awaited(lib: Any, *calls: tuple[tuple[Any, ...], dict[str, Any]], **kw: Any) -> Any:
    """An AsyncMock of `lib` awaited once per (args, kwargs) in `calls`."""
    m = lib.AsyncMock(**kw)

    async def main() -> None:
        for args, kwargs in calls:
            await m(*args, **kwargs)

    asyncio.run(main())
    return m


def test_assert_awaited() -> None:
    """assert_awaited fails with the reference message, named or not."""
    assert same(
        lambda lib: outcome(lambda: awaited(lib).assert_awaited()), fact="actual_line_indent"
    ) == ("raised", "AssertionError", "Expected mock to have been awaited.")
    assert same(
        lambda lib: outcome(lambda: awaited(lib, name="svc").assert_awaited()),
        fact="actual_line_indent",
    ) == ("raised", "AssertionError", "Expected svc to have been awaited.")
    assert same(
        lambda lib: outcome(lambda: awaited(lib, ((), {})).assert_awaited()),
        fact="actual_line_indent",
    ) == ("ok", None)


def test_assert_awaited_once() -> None:
    """assert_awaited_once reports the count."""
    assert same(
        lambda lib: outcome(lambda: awaited(lib, ((), {}), ((), {})).assert_awaited_once()),
        fact="actual_line_indent",
    ) == ("raised", "AssertionError", "Expected mock to have been awaited once. Awaited 2 times.")
    assert same(
        lambda lib: outcome(lambda: awaited(lib).assert_awaited_once()), fact="actual_line_indent"
    ) == ("raised", "AssertionError", "Expected mock to have been awaited once. Awaited 0 times.")


def test_assert_not_awaited() -> None:
    """assert_not_awaited reports the count."""
    assert same(
        lambda lib: outcome(lambda: awaited(lib, ((), {})).assert_not_awaited()),
        fact="actual_line_indent",
    ) == ("raised", "AssertionError", "Expected mock to not have been awaited. Awaited 1 times.")
    assert same(
        lambda lib: outcome(lambda: awaited(lib).assert_not_awaited()), fact="actual_line_indent"
    ) == ("ok", None)


def test_assert_awaited_with_never_awaited() -> None:
    """assert_awaited_with on a mock never awaited says 'Not awaited'."""
    assert same(
        lambda lib: outcome(lambda: awaited(lib).assert_awaited_with("foo", k=1)),
        fact="actual_line_indent",
    ) == ("raised", "AssertionError", "Expected await: mock('foo', k=1)\nNot awaited")


def test_assert_awaited_with_mismatch_shows_last_call() -> None:
    """The mismatch message shows the expected await and (like the reference) the last call."""
    assert same(
        lambda lib: outcome(lambda: awaited(lib, ((1,), {"a": 2})).assert_awaited_with("foo")),
        fact="actual_line_indent",
    ) == (
        "raised",
        "AssertionError",
        "expected await not found.\nExpected: mock('foo')\n  Actual: mock(1, a=2)",
    )
    assert same(
        lambda lib: outcome(lambda: awaited(lib, (("foo",), {})).assert_awaited_with("foo")),
        fact="actual_line_indent",
    ) == ("ok", None)


def test_assert_awaited_once_with() -> None:
    """assert_awaited_once_with checks the count first, then the arguments."""
    assert same(
        lambda lib: outcome(
            lambda: awaited(lib, ((1,), {}), ((1,), {})).assert_awaited_once_with(1)
        ),
        fact="actual_line_indent",
    ) == ("raised", "AssertionError", "Expected mock to have been awaited once. Awaited 2 times.")
    assert same(
        lambda lib: outcome(lambda: awaited(lib, ((2,), {})).assert_awaited_once_with(1)),
        fact="actual_line_indent",
    ) == (
        "raised",
        "AssertionError",
        "expected await not found.\nExpected: mock(1)\n  Actual: mock(2)",
    )


def test_assert_any_await() -> None:
    """assert_any_await looks through every await."""
    assert same(
        lambda lib: outcome(lambda: awaited(lib, (("baz",), {})).assert_any_await("foo")),
        fact="actual_line_indent",
    ) == ("raised", "AssertionError", "mock('foo') await not found")
    assert same(
        lambda lib: outcome(
            lambda: awaited(lib, (("foo",), {}), (("x",), {})).assert_any_await("foo")
        ),
        fact="actual_line_indent",
    ) == ("ok", None)


def test_assert_has_awaits_in_order() -> None:
    """assert_has_awaits needs a consecutive run of awaits, and says what it saw."""
    assert same(
        lambda lib: outcome(
            lambda: awaited(lib, ((1,), {}), ((3,), {}), ((2,), {})).assert_has_awaits(
                [lib.call(1), lib.call(2)]
            )
        ),
        fact="actual_line_indent",
    ) == (
        "raised",
        "AssertionError",
        "Awaits not found.\nExpected: [call(1), call(2)]\nActual: [call(1), call(3), call(2)]",
    )
    assert same(
        lambda lib: outcome(
            lambda: awaited(lib, ((0,), {}), ((1,), {}), ((2,), {})).assert_has_awaits(
                [lib.call(1), lib.call(2)]
            )
        ),
        fact="actual_line_indent",
    ) == ("ok", None)


def test_assert_has_awaits_any_order() -> None:
    """any_order=True needs each await somewhere, and lists the missing ones."""
    assert same(
        lambda lib: outcome(
            lambda: awaited(lib, ((2,), {})).assert_has_awaits(
                [lib.call(1), lib.call(2), lib.call(3)], any_order=True
            )
        ),
        fact="actual_line_indent",
    ) == ("raised", "AssertionError", "(call(1), call(3)) not all found in await list")
    assert same(
        lambda lib: outcome(
            lambda: awaited(lib, ((2,), {}), ((1,), {})).assert_has_awaits(
                [lib.call(1), lib.call(2)], any_order=True
            )
        ),
        fact="actual_line_indent",
    ) == ("ok", None)


@pytest.mark.skipif(
    not stdlib_matches("has_awaits_errors_list"), reason=reason("has_awaits_errors_list")
)
def test_assert_has_awaits_spec_errors() -> None:
    """With a spec, expected awaits that do not bind are reported as errors, with a cause."""

    async def f(x: Any = None) -> None:
        return None

    def scenario(lib: Any) -> None:
        m = lib.AsyncMock(spec=f)
        asyncio.run(m(1))
        try:
            m.assert_has_awaits([lib.call(), lib.call(1, 2)])
        except AssertionError as exc:
            assert isinstance(exc.__cause__, TypeError), exc.__cause__
            raise

    kind, message = same(lambda lib: outcome(scenario, lib), fact="has_awaits_errors_list")[1:]
    assert kind == "AssertionError"
    assert re.search(
        r"^Error processing expected awaits\.\nErrors: \[None, TypeError\('too many "
        r"positional arguments',?\)\]\nExpected: \[call\(\), call\(1, 2\)\]\n"
        r"Actual: \[call\(1\)\]$",
        message,
    )


def test_matchers_on_the_expected_side() -> None:
    """ANY in the expected call matches even objects whose __eq__ is broken."""

    class Foo:
        def __eq__(self, other: object) -> Any:
            return None

    def scenario(lib: ModuleType) -> None:
        m = awaited(lib, ((Foo(), 1), {}))
        m.assert_has_awaits([lib.call(lib.ANY, 1)])
        m.assert_awaited_with(lib.ANY, 1)
        m.assert_any_await(lib.ANY, 1)

    same(scenario)


def test_spec_signature_matches_positional_and_keyword() -> None:
    """With an async function spec, awaits compare by bound arguments."""

    async def f(a: int, b: int = 0) -> None:
        return None

    def scenario(lib: ModuleType) -> None:
        m = lib.AsyncMock(spec=f)
        asyncio.run(m(1, b=2))
        m.assert_awaited_with(a=1, b=2)
        m.assert_any_await(1, 2)
        m.assert_has_awaits([lib.call(a=1, b=2)])

    same(scenario)
