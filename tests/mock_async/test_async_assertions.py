"""The await assertions: pass/fail and full messages, against unittest.mock."""

from __future__ import annotations

import sys
import unittest
from typing import Any

from ma_support import BOTH, OURS, STDLIB, outcome, run


def awaited(lib: Any, *calls: tuple[tuple[Any, ...], dict[str, Any]], **kw: Any) -> Any:
    """An AsyncMock of `lib` awaited once per (args, kwargs) in `calls`."""
    m = lib.AsyncMock(**kw)

    async def main() -> None:
        for args, kwargs in calls:
            await m(*args, **kwargs)

    run(main())
    return m


class MessageTest(unittest.TestCase):
    def same(self, scenario: Any) -> tuple[str, Any]:
        """Run scenario(lib) for both libraries; they must agree; return ours."""
        ours = outcome(scenario, OURS)
        # The 3.9/3.10 stdlib indents "Actual:" differently; mock 5.2.0 wins
        # there, so only our half runs (the expected values are 5.2.0's).
        if sys.version_info >= (3, 11):
            self.assertEqual(ours, outcome(scenario, STDLIB))
        return ours

    def test_assert_awaited(self) -> None:
        """assert_awaited fails with the reference message, named or not."""
        self.assertEqual(
            self.same(lambda lib: awaited(lib).assert_awaited()),
            ("AssertionError", "Expected mock to have been awaited."),
        )
        self.assertEqual(
            self.same(lambda lib: awaited(lib, name="svc").assert_awaited()),
            ("AssertionError", "Expected svc to have been awaited."),
        )
        self.assertEqual(
            self.same(lambda lib: awaited(lib, ((), {})).assert_awaited()), ("ok", None)
        )

    def test_assert_awaited_once(self) -> None:
        """assert_awaited_once reports the count."""
        self.assertEqual(
            self.same(lambda lib: awaited(lib, ((), {}), ((), {})).assert_awaited_once()),
            ("AssertionError", "Expected mock to have been awaited once. Awaited 2 times."),
        )
        self.assertEqual(
            self.same(lambda lib: awaited(lib).assert_awaited_once()),
            ("AssertionError", "Expected mock to have been awaited once. Awaited 0 times."),
        )

    def test_assert_not_awaited(self) -> None:
        """assert_not_awaited reports the count."""
        self.assertEqual(
            self.same(lambda lib: awaited(lib, ((), {})).assert_not_awaited()),
            ("AssertionError", "Expected mock to not have been awaited. Awaited 1 times."),
        )
        self.assertEqual(self.same(lambda lib: awaited(lib).assert_not_awaited()), ("ok", None))

    def test_assert_awaited_with_never_awaited(self) -> None:
        """assert_awaited_with on a mock never awaited says 'Not awaited'."""
        self.assertEqual(
            self.same(lambda lib: awaited(lib).assert_awaited_with("foo", k=1)),
            ("AssertionError", "Expected await: mock('foo', k=1)\nNot awaited"),
        )

    def test_assert_awaited_with_mismatch_shows_last_call(self) -> None:
        """The mismatch message shows the expected await and (like the reference) the last call."""
        self.assertEqual(
            self.same(lambda lib: awaited(lib, ((1,), {"a": 2})).assert_awaited_with("foo")),
            (
                "AssertionError",
                "expected await not found.\nExpected: mock('foo')\n  Actual: mock(1, a=2)",
            ),
        )
        self.assertEqual(
            self.same(lambda lib: awaited(lib, (("foo",), {})).assert_awaited_with("foo")),
            ("ok", None),
        )

    def test_assert_awaited_once_with(self) -> None:
        """assert_awaited_once_with checks the count first, then the arguments."""
        self.assertEqual(
            self.same(lambda lib: awaited(lib, ((1,), {}), ((1,), {})).assert_awaited_once_with(1)),
            ("AssertionError", "Expected mock to have been awaited once. Awaited 2 times."),
        )
        self.assertEqual(
            self.same(lambda lib: awaited(lib, ((2,), {})).assert_awaited_once_with(1)),
            ("AssertionError", "expected await not found.\nExpected: mock(1)\n  Actual: mock(2)"),
        )

    def test_assert_any_await(self) -> None:
        """assert_any_await looks through every await."""
        self.assertEqual(
            self.same(lambda lib: awaited(lib, (("baz",), {})).assert_any_await("foo")),
            ("AssertionError", "mock('foo') await not found"),
        )
        self.assertEqual(
            self.same(
                lambda lib: awaited(lib, (("foo",), {}), (("x",), {})).assert_any_await("foo")
            ),
            ("ok", None),
        )

    def test_assert_has_awaits_in_order(self) -> None:
        """assert_has_awaits needs a consecutive run of awaits, and says what it saw."""
        self.assertEqual(
            self.same(
                lambda lib: awaited(lib, ((1,), {}), ((3,), {}), ((2,), {})).assert_has_awaits(
                    [lib.call(1), lib.call(2)]
                )
            ),
            (
                "AssertionError",
                "Awaits not found.\nExpected: [call(1), call(2)]\n"
                "Actual: [call(1), call(3), call(2)]",
            ),
        )
        self.assertEqual(
            self.same(
                lambda lib: awaited(lib, ((0,), {}), ((1,), {}), ((2,), {})).assert_has_awaits(
                    [lib.call(1), lib.call(2)]
                )
            ),
            ("ok", None),
        )

    def test_assert_has_awaits_any_order(self) -> None:
        """any_order=True needs each await somewhere, and lists the missing ones."""
        self.assertEqual(
            self.same(
                lambda lib: awaited(lib, ((2,), {})).assert_has_awaits(
                    [lib.call(1), lib.call(2), lib.call(3)], any_order=True
                )
            ),
            ("AssertionError", "(call(1), call(3)) not all found in await list"),
        )
        self.assertEqual(
            self.same(
                lambda lib: awaited(lib, ((2,), {}), ((1,), {})).assert_has_awaits(
                    [lib.call(1), lib.call(2)], any_order=True
                )
            ),
            ("ok", None),
        )

    @unittest.skipIf(
        sys.version_info < (3, 11),
        "3.9/3.10 stdlib formats the errors list differently; mock 5.2.0 wins",
    )
    def test_assert_has_awaits_spec_errors(self) -> None:
        """With a spec, expected awaits that do not bind are reported as errors, with a cause."""

        async def f(x: Any = None) -> None:
            return None

        def scenario(lib: Any) -> None:
            m = lib.AsyncMock(spec=f)
            run(m(1))
            try:
                m.assert_has_awaits([lib.call(), lib.call(1, 2)])
            except AssertionError as exc:
                assert isinstance(exc.__cause__, TypeError), exc.__cause__
                raise

        kind, message = self.same(scenario)
        self.assertEqual(kind, "AssertionError")
        self.assertRegex(
            message,
            r"^Error processing expected awaits\.\nErrors: \[None, TypeError\('too many "
            r"positional arguments',?\)\]\nExpected: \[call\(\), call\(1, 2\)\]\n"
            r"Actual: \[call\(1\)\]$",
        )

    def test_matchers_on_the_expected_side(self) -> None:
        """ANY in the expected call matches even objects whose __eq__ is broken."""

        class Foo:
            def __eq__(self, other: object) -> Any:
                return None

        for lib in BOTH:
            m = awaited(lib, ((Foo(), 1), {}))
            m.assert_has_awaits([lib.call(lib.ANY, 1)])
            m.assert_awaited_with(lib.ANY, 1)
            m.assert_any_await(lib.ANY, 1)

    def test_spec_signature_matches_positional_and_keyword(self) -> None:
        """With an async function spec, awaits compare by bound arguments."""

        async def f(a: int, b: int = 0) -> None:
            return None

        for lib in BOTH:
            m = lib.AsyncMock(spec=f)
            run(m(1, b=2))
            m.assert_awaited_with(a=1, b=2)
            m.assert_any_await(1, 2)
            m.assert_has_awaits([lib.call(a=1, b=2)])


if __name__ == "__main__":
    unittest.main()
