"""Context manager, start/stop, stopall, and exact restoration of originals."""

from __future__ import annotations

import unittest
from types import SimpleNamespace
from typing import Any

import mp_targets
from mock_patch import patch
from mock_patch._patcher import _patch
from mp_support import BOTH, OURS, outcome


class ContextManagerTest(unittest.TestCase):
    def test_as_gives_the_mock(self) -> None:
        """'with patch(...) as m' binds the created mock."""
        with patch("mp_targets.function") as m:
            self.assertIs(mp_targets.function, m)
        self.assertEqual(mp_targets.function(1), "real function")

    def test_seed_context_manager_async_mock(self) -> None:
        """The seed's 'with patch(..., new_callable=AsyncMock) as mock_func' example works."""
        with patch("mp_targets.async_function", new_callable=OURS.AsyncMock) as mock_func:
            self.assertIsInstance(mock_func, OURS.AsyncMock)
            self.assertIs(mp_targets.async_function, mock_func)

    def test_exception_in_block_restores_and_propagates(self) -> None:
        """An exception inside the block is not swallowed and the original is back."""
        with self.assertRaises(ZeroDivisionError):
            with patch("mp_targets.VALUE", 1):
                1 / 0  # noqa: B018
        self.assertEqual(mp_targets.VALUE, "original value")

    def test_nested_patches_of_same_target(self) -> None:
        """Nested patches of one attribute unwind to the right values."""
        with patch("mp_targets.VALUE", 1):
            with patch("mp_targets.VALUE", 2):
                self.assertEqual(mp_targets.VALUE, 2)
            self.assertEqual(mp_targets.VALUE, 1)
        self.assertEqual(mp_targets.VALUE, "original value")

    def test_overlapping_start_stop_of_same_target(self) -> None:
        """Out-of-order stops of overlapping patches behave like the reference."""
        results = []
        for lib in BOTH:
            first = lib.patch("mp_targets.VALUE", 1)
            second = lib.patch("mp_targets.VALUE", 2)
            first.start()
            second.start()
            first.stop()
            after_first = mp_targets.VALUE
            second.stop()
            results.append((after_first, mp_targets.VALUE))
            mp_targets.VALUE = "original value"
        self.assertEqual(results[0], results[1])
        self.assertEqual(results[0], ("original value", 1))

    def test_reentering_a_running_patcher_is_refused(self) -> None:
        """Starting a patcher twice raises RuntimeError."""
        # unittest.mock gained this check after 3.13 (mock 5.2.0 has it): ours only.
        for lib in (OURS,):
            p = lib.patch("mp_targets.VALUE", 1)
            with p:
                self.assertEqual(outcome(p.start), ("RuntimeError", "Patch is already started"))
            self.assertEqual(mp_targets.VALUE, "original value")

    def test_exit_is_idempotent(self) -> None:
        """__exit__ on a stopped patcher does nothing and returns None."""
        p = patch("mp_targets.VALUE", 1)
        with p:
            self.assertFalse(p.__exit__(None, None, None))
        self.assertIsNone(p.__exit__(None, None, None))


class StartStopTest(unittest.TestCase):
    def test_start_returns_mock_and_stop_restores(self) -> None:
        """start() returns the mock, stop() restores and returns False."""
        p = patch("mp_targets.function")
        m = p.start()
        self.assertIs(mp_targets.function, m)
        self.assertIs(p.stop(), False)
        self.assertEqual(mp_targets.function(1), "real function")

    def test_stop_without_start_and_twice(self) -> None:
        """stop() of an unstarted or stopped patcher returns None."""
        for lib in BOTH:
            p = lib.patch("mp_targets.VALUE", 1)
            self.assertIsNone(p.stop())
            p.start()
            p.stop()
            self.assertIsNone(p.stop())

    def test_restart_after_stop(self) -> None:
        """A stopped patcher can start again, with a new mock."""
        p = patch("mp_targets.function")
        m1 = p.start()
        p.stop()
        m2 = p.start()
        p.stop()
        self.assertIsNot(m1, m2)

    def test_stopall_is_lifo_and_covers_dicts(self) -> None:
        """patch.stopall stops started patches (attribute and dict) most recent first."""
        stopped: list[str] = []

        class Recording(_patch):
            def stop(self) -> Any:
                stopped.append(self.attribute)
                return super().stop()

        def make(name: str) -> Recording:
            return Recording(lambda: mp_targets.Widget, name, 0, None, False, None, None, None, {})

        for name in ("colour", "method", "prop"):
            make(name).start()
        patch.dict(mp_targets.CONFIG, mode="test").start()
        patch.stopall()
        self.assertEqual(stopped, ["prop", "method", "colour"])
        self.assertEqual(mp_targets.CONFIG, {"mode": "prod", "level": 1})
        self.assertEqual(mp_targets.Widget.colour, "red")
        self.assertEqual(_patch._active_patches, [])

    def test_stopall_leaves_decorator_patches(self) -> None:
        """stopall inside a decorated function does not stop the decorator's patch."""

        @patch("mp_targets.function")
        def test(m: Any) -> None:
            patch("mp_targets.VALUE", 1).start()
            patch.stopall()
            self.assertIs(mp_targets.function, m)
            self.assertEqual(mp_targets.VALUE, "original value")

        test()


class RestorationTest(unittest.TestCase):
    def check_exact(self, owner: Any, name: str) -> None:
        before = owner.__dict__[name]
        for lib in BOTH:
            with lib.patch.object(owner, name):
                pass
            self.assertIs(owner.__dict__[name], before, lib.name)

    def test_classmethod_staticmethod_property_restored_exactly(self) -> None:
        """The very descriptor object in the class __dict__ is put back."""
        for name in ("class_method", "static_method", "prop", "method"):
            self.check_exact(mp_targets.Widget, name)

    def test_inherited_attribute_removed_from_subclass(self) -> None:
        """Patching an inherited attribute on a subclass leaves no trace on the subclass."""
        for lib in BOTH:
            with lib.patch.object(mp_targets.SubWidget, "class_method") as m:
                self.assertIs(mp_targets.SubWidget.class_method, m)
            self.assertNotIn("class_method", vars(mp_targets.SubWidget))
            self.assertEqual(mp_targets.SubWidget.class_method(1), "real classmethod")

    def test_instance_attribute_shadowing_method(self) -> None:
        """Patching a method on an instance removes the instance attribute afterwards."""
        w = mp_targets.Widget(1)
        with patch.object(w, "method", return_value=3):
            self.assertEqual(w.method(), 3)
        self.assertNotIn("method", vars(w))
        self.assertEqual(w.method(1), "real method")

    def test_create_removes_attribute(self) -> None:
        """create=True adds the attribute and removes it afterwards."""
        for lib in BOTH:
            with lib.patch.object(mp_targets.Widget, "brand_new", 1, create=True):
                self.assertEqual(mp_targets.Widget.brand_new, 1)  # type: ignore[attr-defined]
            self.assertFalse(hasattr(mp_targets.Widget, "brand_new"))

    def test_function_special_attributes(self) -> None:
        """__defaults__, __doc__, __module__ and __kwdefaults__ are restored."""

        def f(x: int = 0, *, y: int = 1) -> Any:
            """doc"""
            return x, y

        for lib in BOTH:
            with lib.patch.object(f, "__defaults__", (5,)):
                self.assertEqual(f(), (5, 1))
            with lib.patch.object(f, "__kwdefaults__", {"y": 7}):
                self.assertEqual(f(), (0, 7))
            with lib.patch.object(f, "__doc__", "other"):
                self.assertEqual(f.__doc__, "other")
            with lib.patch.object(f, "__module__", "elsewhere"):
                pass
            self.assertEqual((f(), f.__doc__, f.__module__), ((0, 1), "doc", __name__))

    def test_slots_attribute(self) -> None:
        """Attributes held in __slots__ are restored."""

        class Slotted:
            __slots__ = ("a",)

        s = Slotted()
        s.a = 1
        with patch.object(s, "a", 2):
            self.assertEqual(s.a, 2)
        self.assertEqual(s.a, 1)

    def test_get_only_proxy(self) -> None:
        """On a proxy forwarding only reads, the patch lives on the proxy and goes away."""

        class Proxy:
            def __getattr__(self, name: str) -> Any:
                return getattr(mp_targets.Widget, name)

        proxy = Proxy()
        with patch.object(proxy, "colour", "blue"):
            self.assertEqual(proxy.colour, "blue")
        self.assertEqual(proxy.colour, "red")
        self.assertNotIn("colour", vars(proxy))

    def test_exit_probes_a_reset_name_after_deleting_it(self) -> None:
        """Restoring a non-local __doc__ reads it back from the target after the delete."""
        for lib in BOTH:
            asked: list[str] = []

            class Watched:
                """class doc"""

                def __getattribute__(self, name: str) -> Any:
                    asked.append(name)
                    return object.__getattribute__(self, name)

            watched = Watched()
            with lib.patch.object(watched, "__doc__", "other"):
                asked.clear()
            self.assertEqual(asked, ["__doc__"], lib.name)
            self.assertEqual(watched.__doc__, "class doc")

    def test_get_original_of_the_instance_is_used(self) -> None:
        """A get_original set on the patcher itself gives the value restored on exit."""
        for lib in BOTH:
            holder = SimpleNamespace(x=1)
            p = lib.patch.object(holder, "x", 2)
            self.assertEqual(p.get_original(), (1, True))
            p.get_original = lambda: ("fake", True)
            with p:
                self.assertEqual(holder.x, 2)
            self.assertEqual(holder.x, "fake", lib.name)

    def test_dict_exit_without_enter(self) -> None:
        """patch.dict's __exit__ before any __enter__ changes nothing and returns False."""
        for lib in BOTH:
            d = {"a": 1}
            self.assertIs(lib.patch.dict(d, a=2).__exit__(None, None, None), False)
            self.assertEqual(d, {"a": 1})

    def test_state_attributes(self) -> None:
        """While started, target, temp_original and is_local describe the patch."""
        p = patch.object(mp_targets.Widget, "colour", "blue")
        with p:
            self.assertIs(p.target, mp_targets.Widget)
            self.assertEqual(p.temp_original, "red")
            self.assertTrue(p.is_local)
            self.assertTrue(p.is_started)
        self.assertFalse(p.is_started)
        self.assertFalse(hasattr(p, "target"))
        self.assertFalse(hasattr(p, "temp_original"))


if __name__ == "__main__":
    unittest.main()
