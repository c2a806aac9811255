"""patch.dict and patch.multiple."""

from __future__ import annotations

import asyncio
import os
import unittest
from collections import OrderedDict
from typing import Any

import mp_targets
from mock_patch import patch
from mp_support import BOTH, OURS, outcome


class PatchDictTest(unittest.TestCase):
    def test_values_set_and_original_restored(self) -> None:
        """Values are set inside, and the dict is restored after whatever happened."""
        for lib in BOTH:
            d = {"a": 1, "b": 2}
            with lib.patch.dict(d, {"a": 9}, c=3) as patched:
                self.assertIs(patched, d)
                self.assertEqual(d, {"a": 9, "b": 2, "c": 3})
                del d["b"]
                d["z"] = 0
            self.assertEqual(d, {"a": 1, "b": 2})

    def test_clear(self) -> None:
        """clear=True empties the dict first."""
        for lib in BOTH:
            d = {"a": 1}
            with lib.patch.dict(d, [("x", 1)], clear=True):
                self.assertEqual(d, {"x": 1})
            self.assertEqual(d, {"a": 1})

    def test_dict_like_object(self) -> None:
        """A mapping-like object without copy/update/clear is patched and restored."""
        for lib in BOTH:
            with lib.patch.dict(mp_targets.MAPPING, {"c": 3}, clear=True):
                self.assertEqual(mp_targets.MAPPING.values, {"c": 3})
            self.assertEqual(mp_targets.MAPPING.values, {"a": 1, "b": 2})

    def test_dotted_name_resolved_at_first_use(self) -> None:
        """A dotted name is imported when the patch first starts."""
        original = mp_targets.CONFIG
        replacement = {"fresh": True}

        @patch.dict("mp_targets.CONFIG", {"x": 1})
        def test() -> Any:
            return dict(mp_targets.CONFIG)

        mp_targets.CONFIG = replacement
        try:
            self.assertEqual(test(), {"fresh": True, "x": 1})
            self.assertEqual(replacement, {"fresh": True})
        finally:
            mp_targets.CONFIG = original

    def test_os_environ(self) -> None:
        """patch.dict('os.environ', ...) works."""
        with patch.dict("os.environ", {"MP_TEST_VAR": "1"}):
            self.assertEqual(os.environ["MP_TEST_VAR"], "1")
        self.assertNotIn("MP_TEST_VAR", os.environ)

    def test_restored_on_exception(self) -> None:
        """An exception in the decorated function still restores the dict."""
        d: dict[str, Any] = {}

        @patch.dict(d, {"a": "b"})
        def test() -> None:
            raise NameError("x")

        self.assertRaises(NameError, test)
        self.assertEqual(d, {})

    def test_ordered_dict_order_kept(self) -> None:
        """Order of an OrderedDict is kept: originals first, then the new keys."""
        d = OrderedDict(a=1, b=2)
        with patch.dict(d, OrderedDict(c=3)):
            self.assertEqual(list(d), ["a", "b", "c"])
        self.assertEqual(list(d), ["a", "b"])

    def test_async_function(self) -> None:
        """On an async def, the dict is patched while the coroutine runs."""
        d = {"a": "a"}

        @patch.dict(d, {"a": "b"})
        async def test() -> Any:
            await asyncio.sleep(0)
            return d["a"]

        self.assertEqual(asyncio.run(test()), "b")
        self.assertEqual(d, {"a": "a"})

    def test_class_decorator_uses_test_prefix(self) -> None:
        """As a class decorator, only TEST_PREFIX methods see the patched dict."""
        d = {"k": "orig"}

        class Tests:
            def test_a(self) -> Any:
                return dict(d)

            def other(self) -> Any:
                return dict(d)

        Tests = patch.dict(d, k="new")(Tests)  # type: ignore[misc]
        self.assertEqual((Tests().test_a(), Tests().other()), ({"k": "new"}, {"k": "orig"}))

    def test_class_decorator_reads_changed_prefix(self) -> None:
        """patch.dict's class decorator follows a changed patch.TEST_PREFIX."""
        for lib in BOTH:
            d = {"k": "orig"}

            class Tests:
                def foo_a(self) -> Any:
                    return dict(d)

                def test_a(self) -> Any:
                    return dict(d)

            with lib.patch.object(lib.patch, "TEST_PREFIX", "foo"):
                Tests = lib.patch.dict(d, k="new")(Tests)  # type: ignore[misc]
            self.assertEqual((Tests().foo_a(), Tests().test_a()), ({"k": "new"}, {"k": "orig"}))

    def test_class_decorator_reads_every_attribute(self) -> None:
        """patch.dict reads unprefixed attributes too (a failing one fails); patch does not."""

        class Failing:
            def __get__(self, obj: Any, owner: Any) -> Any:
                raise AttributeError("no reading")

        for lib in BOTH:

            class Tests:
                other = Failing()

                def test_a(self) -> Any:
                    return None

            self.assertEqual(
                outcome(lib.patch.dict({}, k=1), Tests), ("AttributeError", "no reading")
            )
            decorated = lib.patch("mp_targets.VALUE", "v")(Tests)
            self.assertIs(decorated, Tests)

    def test_start_stop(self) -> None:
        """start/stop and stop-without-start (returns None)."""
        for lib in BOTH:
            d = {"a": 1}
            p = lib.patch.dict(d, a=2)
            self.assertIsNone(p.stop())
            self.assertIs(p.start(), d)
            self.assertEqual(d, {"a": 2})
            self.assertIs(p.stop(), False)
            self.assertEqual(d, {"a": 1})


class PatchMultipleTest(unittest.TestCase):
    def test_values_and_defaults(self) -> None:
        """DEFAULT values become mocks returned in a dict; others are set as given."""
        for lib in BOTH:
            with lib.patch.multiple(mp_targets.Widget, colour="blue", method=lib.DEFAULT) as r:
                self.assertEqual(set(r), {"method"})
                self.assertIs(mp_targets.Widget.method, r["method"])
                self.assertEqual(mp_targets.Widget.colour, "blue")
            self.assertEqual(mp_targets.Widget.colour, "red")

    def test_decorator_passes_mocks_by_keyword(self) -> None:
        """As a decorator, created mocks are passed by keyword, stacking with patch."""

        @patch.multiple("mp_targets", function=OURS.DEFAULT, VALUE=1)
        @patch("mp_targets.Widget.method")
        def test(method: Any, **kwargs: Any) -> Any:
            self.assertEqual(mp_targets.VALUE, 1)
            return method, kwargs

        method, kwargs = test()
        self.assertEqual(set(kwargs), {"function"})
        self.assertIsNot(method, kwargs["function"])

    def test_needs_keywords(self) -> None:
        """patch.multiple without attributes raises ValueError."""
        for lib in BOTH:
            self.assertEqual(
                outcome(lib.patch.multiple, mp_targets),
                ("ValueError", "Must supply at least one keyword argument with patch.multiple"),
            )

    def test_failure_restores_all(self) -> None:
        """A missing attribute fails the whole patch.multiple and restores the others."""
        for lib in BOTH:
            p = lib.patch.multiple(mp_targets.Widget, colour=1, missing=2)
            self.assertEqual(outcome(p.start)[0], "AttributeError")
            self.assertEqual(mp_targets.Widget.colour, "red")

    def test_create_spec_set_and_new_callable_apply_to_all(self) -> None:
        """create, spec_set and new_callable apply to every attribute."""
        with patch.multiple(mp_targets.Widget, colour=OURS.DEFAULT, spec_set=["x"]) as r:
            r["colour"].x()
            self.assertRaises(AttributeError, setattr, r["colour"], "y", 1)
        with patch.multiple(mp_targets.Widget, a=1, b=OURS.DEFAULT, create=True) as r:
            self.assertEqual(mp_targets.Widget.a, 1)  # type: ignore[attr-defined]
        self.assertFalse(hasattr(mp_targets.Widget, "a"))
        self.assertFalse(hasattr(mp_targets.Widget, "b"))
        with patch.multiple(
            mp_targets.Widget, colour=OURS.DEFAULT, method=OURS.DEFAULT, new_callable=list
        ) as r:
            self.assertEqual(r, {"colour": [], "method": []})


if __name__ == "__main__":
    unittest.main()
