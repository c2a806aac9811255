"""patch's target strings: resolution, laziness and errors for bad targets."""

from __future__ import annotations

import os
import sys
from types import ModuleType

import mp_targets
import pytest
from mock_patch import patch
from mock_patch._target import _dot_lookup, _get_target, _importer
from support.differential import OURS, STDLIB, outcome, same
from support.reference_facts import reason, stdlib_matches


def test_module_attribute_patched_and_restored() -> None:
    """A dotted module attribute is replaced inside the block and restored after it."""

    def scenario(lib: ModuleType) -> None:
        original = os.getcwd
        with lib.patch("os.getcwd", return_value="/x") as m:
            assert os.getcwd is m, lib.__name__
            assert os.getcwd() == "/x"
        assert os.getcwd is original, lib.__name__

    same(scenario)


def test_nested_attribute_of_class() -> None:
    """'module.Class.attr' patches the class attribute."""
    with patch("mp_targets.Widget.colour", "blue"):
        assert mp_targets.Widget.colour == "blue"
    assert mp_targets.Widget.colour == "red"


def test_target_looked_up_at_start_not_at_creation() -> None:
    """The target object is resolved when the patch starts, not when patch() is called."""
    patcher = patch("mp_targets.CONFIG", "patched")
    original = mp_targets.CONFIG
    replacement = {"other": True}
    mp_targets.CONFIG = replacement
    try:
        with patcher:
            assert mp_targets.CONFIG == "patched"
        assert mp_targets.CONFIG is replacement
    finally:
        mp_targets.CONFIG = original


def test_unimported_module_is_imported() -> None:
    """A module not yet imported is imported by the lookup."""
    name = "json.tool"
    saved = sys.modules.pop(name, None)
    try:
        with patch("json.tool.main") as m:
            assert sys.modules[name].main is m
    finally:
        if saved is not None:
            sys.modules[name] = saved


def test_module_replaced_in_sys_modules_is_used() -> None:
    """A fake module placed in sys.modules is the object patched."""
    fake = OURS.Mock()
    fake.thing = 6
    sys.modules["mp_fake_module"] = fake
    try:
        patcher = patch("mp_fake_module.thing", 3)
        fake.thing = 5
        patcher.start()
        assert fake.thing == 3
        patcher.stop()
        assert fake.thing == 5
    finally:
        del sys.modules["mp_fake_module"]


def test_missing_module_raises_import_error() -> None:
    """An unimportable target raises ModuleNotFoundError at start, as the reference."""

    def scenario(lib: ModuleType) -> None:
        p = lib.patch("mp_no_such_module.attr")
        assert outcome(p.start) == (
            "raised",
            "ModuleNotFoundError",
            "No module named 'mp_no_such_module'",
        )

    same(scenario)


def test_bad_targets_raise_type_error() -> None:
    """Empty, dot-less, non-string targets raise TypeError naming the target."""

    def scenario(lib: ModuleType) -> None:
        for target, shown in (("", "''"), ("nodot", "'nodot'"), (12, "12"), (None, "None")):
            assert outcome(lib.patch, target) == (
                "raised",
                "TypeError",
                f"Need a valid target to patch. You supplied: {shown}",
            ), lib.__name__

    same(scenario)


def test_missing_attribute_message() -> None:
    """A missing attribute raises AttributeError naming target and attribute."""

    def scenario(lib: ModuleType) -> None:
        result = outcome(lib.patch("mp_targets.Widget.nope").start)
        assert result == (
            "raised",
            "AttributeError",
            f"{mp_targets.Widget} does not have the attribute 'nope'",
        )

    same(scenario)


def test_builtin_names_created_on_modules() -> None:
    """A builtin name missing from a module is created there, and removed after."""

    def scenario(lib: ModuleType) -> None:
        with lib.patch("mp_targets.open") as m:
            assert mp_targets.open is m  # type: ignore[attr-defined]
        assert "open" not in vars(mp_targets)

    same(scenario)


def test_builtin_replaced_via_builtins_module() -> None:
    """'builtins.x' patches a builtin everywhere."""
    with patch("builtins.ascii", return_value=42):
        assert ascii("x") == 42
    assert ascii("x") == "'x'"


def test_get_target_returns_getter_and_attribute() -> None:
    """_get_target splits the name and returns a getter for the owner."""
    getter, attribute = _get_target("os.path.join")
    assert attribute == "join"
    assert getter() is os.path


def test_class_of_a_package() -> None:
    """'package.Class.attr' patches the class when no submodule has the class's name."""
    import json

    def scenario(lib: ModuleType) -> None:
        with lib.patch("json.JSONEncoder.encode", return_value="x"):
            assert json.dumps(1) == "x"
        assert json.dumps(1) == "1"

    same(scenario)


def test_importer_and_dot_lookup() -> None:
    """_importer follows attributes; _dot_lookup imports submodules when needed."""
    assert _importer("os.path") is os.path
    assert _importer("mp_targets.Widget") is mp_targets.Widget
    assert _dot_lookup(os, "path", "os.path") is os.path


def test_replaced_dunder_import_is_not_used() -> None:
    """Targets are imported through importlib (as pkgutil.resolve_name): __import__ sees none."""
    import builtins

    real_import = builtins.__import__

    def scenario(lib: ModuleType) -> None:
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
        assert "mp_targets" not in seen, lib.__name__

    same(scenario, fact="patch_resolve_name")


def test_modules_come_from_sys_modules_not_parent_attributes() -> None:
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

        def scenario(lib: ModuleType) -> None:
            for name, owner in (
                ("mp_rebound.sub.A.attr", submodule.A),  # type: ignore[attr-defined]
                ("mp_rebound.sub:A.attr", submodule.A),  # type: ignore[attr-defined]
                ("mp_rebound:sub.B.attr", package.sub.B),  # type: ignore[attr-defined]
            ):
                with lib.patch(name, 5):
                    assert owner.attr == 5, (lib.__name__, name)
            assert outcome(lib.patch("mp_rebound.sub.B.attr").start)[1] == "AttributeError"
            assert outcome(lib.patch("mp_rebound.su-b.attr").start) == (
                "raised",
                "ValueError",
                "invalid format: 'mp_rebound.su-b'",
            )

        same(scenario, fact="patch_resolve_name")
    finally:
        del sys.modules["mp_rebound"], sys.modules["mp_rebound.sub"]


def test_missing_attribute_of_a_plain_module_is_attribute_error() -> None:
    """'os.nonexistent.x': os is not a package, so nonexistent is an attribute (as 3.11+)."""

    def scenario(lib: ModuleType) -> None:
        assert outcome(lib.patch("os.nonexistent.x").start) == (
            "raised",
            "AttributeError",
            "module 'os' has no attribute 'nonexistent'",
        )

    same(scenario, fact="patch_resolve_name")


def test_patch_object_refuses_strings() -> None:
    """patch.object with a str target raises TypeError."""

    def scenario(lib: ModuleType) -> None:
        assert outcome(lib.patch.object, "Something", "x") == (
            "raised",
            "TypeError",
            "'Something' must be the actual object to be patched, not a str",
        )

    same(scenario)


@pytest.mark.skipif(
    not stdlib_matches("patch_fixes_of_mock_5_2"), reason=reason("patch_fixes_of_mock_5_2")
)
def test_opaque_proxy_with_new_callable_stdlib() -> None:
    """Patching a proxy that raises on attribute access works with new_callable (stdlib)."""
    with STDLIB.patch("mp_targets.proxy", new_callable=STDLIB.MagicMock()):
        pass
    assert isinstance(mp_targets.proxy, mp_targets.OpaqueProxy)


def test_opaque_proxy_with_new_callable() -> None:
    """A proxy raising on every attribute access is replaced and restored."""
    original = mp_targets.proxy
    with patch("mp_targets.proxy", new_callable=OURS.MagicMock()) as m:
        assert mp_targets.proxy is m
    assert mp_targets.proxy is original
    with patch("mp_targets.proxy", "plain") as m:
        assert mp_targets.proxy == "plain"
    assert mp_targets.proxy is original


def test_opaque_proxy_default_replacement_like_the_stdlib() -> None:
    """Patching a proxy that raises on every attribute fails or works as the stdlib's does."""
    # Choosing the default mock class asks whether the proxy is awaitable: before 3.14
    # isinstance(proxy, Awaitable) reads the proxy's attributes and raises, so the patch
    # fails as in mock 5.2.0 and the stdlib; from 3.14 it works.
    if stdlib_matches("awaitable_check_reads_no_attributes"):
        expected: tuple[str, ...] = ("ok", "MagicMock")
    else:
        expected = ("raised", "AttributeError", "")

    def scenario(lib: ModuleType) -> None:
        p = lib.patch("mp_targets.proxy")
        got = outcome(p.start)
        if got[0] == "ok":
            p.stop()
            got = ("ok", type(got[1]).__name__)
        assert got == expected, lib.__name__
        assert isinstance(mp_targets.proxy, mp_targets.OpaqueProxy)
        assert not getattr(p, "is_started", False)  # 3.14 added is_started

    same(scenario, fact="patch_fixes_of_mock_5_2")
