"""patch's target strings: resolution, laziness and errors for bad targets."""

from __future__ import annotations

import os
import sys
import unittest

import mp_targets
from mock_patch import patch
from mock_patch._target import _dot_lookup, _get_target, _importer
from mp_support import BOTH, OURS, STDLIB, STDLIB_IS_REFERENCE, outcome
from support.reference_facts import stdlib_matches


class TargetResolutionTest(unittest.TestCase):
    def test_module_attribute_patched_and_restored(self) -> None:
        """A dotted module attribute is replaced inside the block and restored after it."""
        for lib in BOTH:
            original = os.getcwd
            with lib.patch("os.getcwd", return_value="/x") as m:
                self.assertIs(os.getcwd, m, lib.name)
                self.assertEqual(os.getcwd(), "/x")
            self.assertIs(os.getcwd, original, lib.name)

    def test_nested_attribute_of_class(self) -> None:
        """'module.Class.attr' patches the class attribute."""
        with patch("mp_targets.Widget.colour", "blue"):
            self.assertEqual(mp_targets.Widget.colour, "blue")
        self.assertEqual(mp_targets.Widget.colour, "red")

    def test_target_looked_up_at_start_not_at_creation(self) -> None:
        """The target object is resolved when the patch starts, not when patch() is called."""
        patcher = patch("mp_targets.CONFIG", "patched")
        original = mp_targets.CONFIG
        replacement = {"other": True}
        mp_targets.CONFIG = replacement
        try:
            with patcher:
                self.assertEqual(mp_targets.CONFIG, "patched")
            self.assertIs(mp_targets.CONFIG, replacement)
        finally:
            mp_targets.CONFIG = original

    def test_unimported_module_is_imported(self) -> None:
        """A module not yet imported is imported by the lookup."""
        name = "json.tool"
        saved = sys.modules.pop(name, None)
        try:
            with patch("json.tool.main") as m:
                self.assertIs(sys.modules[name].main, m)
        finally:
            if saved is not None:
                sys.modules[name] = saved

    def test_module_replaced_in_sys_modules_is_used(self) -> None:
        """A fake module placed in sys.modules is the object patched."""
        fake = OURS.Mock()
        fake.thing = 6
        sys.modules["mp_fake_module"] = fake
        try:
            patcher = patch("mp_fake_module.thing", 3)
            fake.thing = 5
            patcher.start()
            self.assertEqual(fake.thing, 3)
            patcher.stop()
            self.assertEqual(fake.thing, 5)
        finally:
            del sys.modules["mp_fake_module"]

    def test_missing_module_raises_import_error(self) -> None:
        """An unimportable target raises ModuleNotFoundError at start, as the reference."""
        for lib in BOTH:
            p = lib.patch("mp_no_such_module.attr")
            self.assertEqual(
                outcome(p.start), ("ModuleNotFoundError", "No module named 'mp_no_such_module'")
            )

    def test_bad_targets_raise_type_error(self) -> None:
        """Empty, dot-less, non-string targets raise TypeError naming the target."""
        for lib in BOTH:
            for target, shown in (("", "''"), ("nodot", "'nodot'"), (12, "12"), (None, "None")):
                self.assertEqual(
                    outcome(lib.patch, target),
                    ("TypeError", f"Need a valid target to patch. You supplied: {shown}"),
                    lib.name,
                )

    def test_missing_attribute_message(self) -> None:
        """A missing attribute raises AttributeError naming target and attribute."""
        for lib in BOTH:
            result = outcome(lib.patch("mp_targets.Widget.nope").start)
            self.assertEqual(
                result,
                ("AttributeError", f"{mp_targets.Widget} does not have the attribute 'nope'"),
            )

    def test_builtin_names_created_on_modules(self) -> None:
        """A builtin name missing from a module is created there, and removed after."""
        for lib in BOTH:
            with lib.patch("mp_targets.open") as m:
                self.assertIs(mp_targets.open, m)  # type: ignore[attr-defined]
            self.assertNotIn("open", vars(mp_targets))

    def test_builtin_replaced_via_builtins_module(self) -> None:
        """'builtins.x' patches a builtin everywhere."""
        with patch("builtins.ascii", return_value=42):
            self.assertEqual(ascii("x"), 42)
        self.assertEqual(ascii("x"), "'x'")

    def test_get_target_returns_getter_and_attribute(self) -> None:
        """_get_target splits the name and returns a getter for the owner."""
        getter, attribute = _get_target("os.path.join")
        self.assertEqual(attribute, "join")
        self.assertIs(getter(), os.path)

    def test_class_of_a_package(self) -> None:
        """'package.Class.attr' patches the class when no submodule has the class's name."""
        import json

        for lib in BOTH:
            with lib.patch("json.JSONEncoder.encode", return_value="x"):
                self.assertEqual(json.dumps(1), "x")
            self.assertEqual(json.dumps(1), "1")

    def test_importer_and_dot_lookup(self) -> None:
        """_importer follows attributes; _dot_lookup imports submodules when needed."""
        self.assertIs(_importer("os.path"), os.path)
        self.assertIs(_importer("mp_targets.Widget"), mp_targets.Widget)
        self.assertIs(_dot_lookup(os, "path", "os.path"), os.path)

    def test_replaced_dunder_import_is_not_used(self) -> None:
        """Targets are imported through importlib, as pkgutil.resolve_name does: a replaced
        __import__ sees nothing (the reference's behaviour since 3.11)."""
        import builtins

        real_import = builtins.__import__
        libs = BOTH if stdlib_matches("patch_resolve_name") else (OURS,)
        for lib in libs:
            seen = []

            def spy(name, *args, **kwargs):  # type: ignore[no-untyped-def]
                seen.append(name)
                return real_import(name, *args, **kwargs)

            builtins.__import__ = spy
            try:
                with lib.patch("mp_targets.VALUE", 1):
                    pass
            finally:
                builtins.__import__ = real_import
            self.assertNotIn("mp_targets", seen, lib.name)

    def test_modules_come_from_sys_modules_not_parent_attributes(self) -> None:
        """A package attribute rebound over its submodule does not hide the submodule."""
        import sys
        import types

        package = types.ModuleType("mp_rebound")
        package.__path__ = []  # type: ignore[attr-defined]
        submodule = types.ModuleType("mp_rebound.sub")
        submodule.A = types.SimpleNamespace(attr=1)  # type: ignore[attr-defined]
        package.sub = types.SimpleNamespace(B=types.SimpleNamespace(attr=2))  # type: ignore[attr-defined]
        sys.modules.update({"mp_rebound": package, "mp_rebound.sub": submodule})
        try:
            libs = BOTH if stdlib_matches("patch_resolve_name") else (OURS,)
            for lib in libs:
                for name, owner in (
                    ("mp_rebound.sub.A.attr", submodule.A),  # type: ignore[attr-defined]
                    ("mp_rebound.sub:A.attr", submodule.A),  # type: ignore[attr-defined]
                    ("mp_rebound:sub.B.attr", package.sub.B),  # type: ignore[attr-defined]
                ):
                    with lib.patch(name, 5):
                        self.assertEqual(owner.attr, 5, (lib.name, name))
                self.assertEqual(
                    outcome(lib.patch("mp_rebound.sub.B.attr").start)[0], "AttributeError"
                )
                self.assertEqual(
                    outcome(lib.patch("mp_rebound.su-b.attr").start),
                    ("ValueError", "invalid format: 'mp_rebound.su-b'"),
                )
        finally:
            del sys.modules["mp_rebound"], sys.modules["mp_rebound.sub"]

    def test_missing_attribute_of_a_plain_module_is_attribute_error(self) -> None:
        """'os.nonexistent.x': os is not a package, so nonexistent is an attribute (as 3.11+)."""
        libs = BOTH if stdlib_matches("patch_resolve_name") else (OURS,)
        for lib in libs:
            self.assertEqual(
                outcome(lib.patch("os.nonexistent.x").start),
                ("AttributeError", "module 'os' has no attribute 'nonexistent'"),
            )

    def test_patch_object_refuses_strings(self) -> None:
        """patch.object with a str target raises TypeError."""
        for lib in BOTH:
            self.assertEqual(
                outcome(lib.patch.object, "Something", "x"),
                ("TypeError", "'Something' must be the actual object to be patched, not a str"),
            )

    @unittest.skipUnless(
        STDLIB_IS_REFERENCE,
        "unittest.mock < 3.13 fails on proxies raising on attribute access",
    )
    def test_opaque_proxy_with_new_callable_stdlib(self) -> None:
        """Patching a proxy that raises on attribute access works with new_callable (stdlib)."""
        with STDLIB.patch("mp_targets.proxy", new_callable=STDLIB.MagicMock()):
            pass
        self.assertIsInstance(mp_targets.proxy, mp_targets.OpaqueProxy)

    def test_opaque_proxy_with_new_callable(self) -> None:
        """A proxy raising on every attribute access is replaced and restored."""
        original = mp_targets.proxy
        with patch("mp_targets.proxy", new_callable=OURS.MagicMock()) as m:
            self.assertIs(mp_targets.proxy, m)
        self.assertIs(mp_targets.proxy, original)
        with patch("mp_targets.proxy", "plain") as m:
            self.assertEqual(mp_targets.proxy, "plain")
        self.assertIs(mp_targets.proxy, original)

    def test_opaque_proxy_default_replacement_like_the_stdlib(self) -> None:
        """Choosing the default mock class asks whether the proxy is awaitable. Before 3.14
        isinstance(proxy, Awaitable) reads the proxy's attributes and raises: the patch fails
        as in mock 5.2.0 and the stdlib; from 3.14 it does not, and the patch works."""
        expected = ("ok", "MagicMock") if sys.version_info >= (3, 14) else ("AttributeError", "")
        for lib in BOTH if STDLIB_IS_REFERENCE else (OURS,):
            p = lib.patch("mp_targets.proxy")
            got = outcome(p.start)
            if got[0] == "ok":
                p.stop()
                got = ("ok", type(got[1]).__name__)
            self.assertEqual(got, expected, lib.name)
            self.assertIsInstance(mp_targets.proxy, mp_targets.OpaqueProxy)
            self.assertFalse(getattr(p, "is_started", False))  # 3.14 added is_started


if __name__ == "__main__":
    unittest.main()
