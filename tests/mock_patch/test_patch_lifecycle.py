"""Context manager, start/stop, stopall, and exact restoration of originals."""

from __future__ import annotations

from types import ModuleType, SimpleNamespace
from typing import Any

import mp_targets
import pytest
from mock_patch import patch
from mock_patch._patcher import _patch
from support.differential import OURS, outcome, same


def test_as_gives_the_mock() -> None:
    """'with patch(...) as m' binds the created mock."""
    with patch("mp_targets.function") as m:
        assert mp_targets.function is m
    assert mp_targets.function(1) == "real function"


def test_seed_context_manager_async_mock() -> None:
    """The seed's 'with patch(..., new_callable=AsyncMock) as mock_func' example works."""
    with patch("mp_targets.async_function", new_callable=OURS.AsyncMock) as mock_func:
        assert isinstance(mock_func, OURS.AsyncMock)
        assert mp_targets.async_function is mock_func


def test_exception_in_block_restores_and_propagates() -> None:
    """An exception inside the block is not swallowed and the original is back."""
    with pytest.raises(ZeroDivisionError):
        with patch("mp_targets.VALUE", 1):
            1 / 0  # noqa: B018
    assert mp_targets.VALUE == "original value"


def test_nested_patches_of_same_target() -> None:
    """Nested patches of one attribute unwind to the right values."""
    with patch("mp_targets.VALUE", 1):
        with patch("mp_targets.VALUE", 2):
            assert mp_targets.VALUE == 2
        assert mp_targets.VALUE == 1
    assert mp_targets.VALUE == "original value"


def test_overlapping_start_stop_of_same_target() -> None:
    """Out-of-order stops of overlapping patches behave like the reference."""

    def scenario(lib: ModuleType) -> tuple[Any, Any]:
        first = lib.patch("mp_targets.VALUE", 1)
        second = lib.patch("mp_targets.VALUE", 2)
        first.start()
        second.start()
        first.stop()
        after_first = mp_targets.VALUE
        second.stop()
        after_second = mp_targets.VALUE
        mp_targets.VALUE = "original value"
        return after_first, after_second

    assert same(scenario) == ("original value", 1)


def test_reentering_a_running_patcher_is_refused() -> None:
    """Starting a patcher twice raises RuntimeError."""

    def scenario(lib: ModuleType) -> None:
        p = lib.patch("mp_targets.VALUE", 1)
        with p:
            assert outcome(p.start) == ("raised", "RuntimeError", "Patch is already started")
        assert mp_targets.VALUE == "original value"

    same(scenario, fact="patch_refuses_restart")


def test_exit_is_idempotent() -> None:
    """__exit__ on a stopped patcher does nothing and returns None."""
    p = patch("mp_targets.VALUE", 1)
    with p:
        assert not p.__exit__(None, None, None)
    assert p.__exit__(None, None, None) is None


def test_start_returns_mock_and_stop_restores() -> None:
    """start() returns the mock, stop() restores and returns False."""
    p = patch("mp_targets.function")
    m = p.start()
    assert mp_targets.function is m
    assert p.stop() is False
    assert mp_targets.function(1) == "real function"


def test_stop_without_start_and_twice() -> None:
    """stop() of an unstarted or stopped patcher returns None."""

    def scenario(lib: ModuleType) -> None:
        p = lib.patch("mp_targets.VALUE", 1)
        assert p.stop() is None
        p.start()
        p.stop()
        assert p.stop() is None

    same(scenario)


def test_restart_after_stop() -> None:
    """A stopped patcher can start again, with a new mock."""
    p = patch("mp_targets.function")
    m1 = p.start()
    p.stop()
    m2 = p.start()
    p.stop()
    assert m1 is not m2


def test_stopall_is_lifo_and_covers_dicts() -> None:
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
    assert stopped == ["prop", "method", "colour"]
    assert mp_targets.CONFIG == {"mode": "prod", "level": 1}
    assert mp_targets.Widget.colour == "red"
    assert _patch._active_patches == []


def test_stopall_leaves_decorator_patches() -> None:
    """stopall inside a decorated function does not stop the decorator's patch."""

    @patch("mp_targets.function")
    def test(m: Any) -> None:
        patch("mp_targets.VALUE", 1).start()
        patch.stopall()
        assert mp_targets.function is m
        assert mp_targets.VALUE == "original value"

    test()


def check_exact(owner: Any, name: str) -> None:
    before = owner.__dict__[name]

    def scenario(lib: ModuleType) -> None:
        with lib.patch.object(owner, name):
            pass
        assert owner.__dict__[name] is before, lib.__name__

    same(scenario)


def test_classmethod_staticmethod_property_restored_exactly() -> None:
    """The very descriptor object in the class __dict__ is put back."""
    for name in ("class_method", "static_method", "prop", "method"):
        check_exact(mp_targets.Widget, name)


def test_inherited_attribute_removed_from_subclass() -> None:
    """Patching an inherited attribute on a subclass leaves no trace on the subclass."""

    def scenario(lib: ModuleType) -> None:
        with lib.patch.object(mp_targets.SubWidget, "class_method") as m:
            assert mp_targets.SubWidget.class_method is m
        assert "class_method" not in vars(mp_targets.SubWidget)
        assert mp_targets.SubWidget.class_method(1) == "real classmethod"

    same(scenario)


def test_instance_attribute_shadowing_method() -> None:
    """Patching a method on an instance removes the instance attribute afterwards."""
    w = mp_targets.Widget(1)
    with patch.object(w, "method", return_value=3):
        assert w.method() == 3
    assert "method" not in vars(w)
    assert w.method(1) == "real method"


def test_create_removes_attribute() -> None:
    """create=True adds the attribute and removes it afterwards."""

    def scenario(lib: ModuleType) -> None:
        with lib.patch.object(mp_targets.Widget, "brand_new", 1, create=True):
            assert mp_targets.Widget.brand_new == 1  # type: ignore[attr-defined]
        assert not hasattr(mp_targets.Widget, "brand_new")

    same(scenario)


def test_function_special_attributes() -> None:
    """__defaults__, __doc__, __module__ and __kwdefaults__ are restored."""

    def f(x: int = 0, *, y: int = 1) -> Any:
        """doc"""
        return x, y

    def scenario(lib: ModuleType) -> None:
        with lib.patch.object(f, "__defaults__", (5,)):
            assert f() == (5, 1)
        with lib.patch.object(f, "__kwdefaults__", {"y": 7}):
            assert f() == (0, 7)
        with lib.patch.object(f, "__doc__", "other"):
            assert f.__doc__ == "other"
        with lib.patch.object(f, "__module__", "elsewhere"):
            pass
        assert (f(), f.__doc__, f.__module__) == ((0, 1), "doc", __name__)

    same(scenario)


def test_slots_attribute() -> None:
    """Attributes held in __slots__ are restored."""

    class Slotted:
        __slots__ = ("a",)

    s = Slotted()
    s.a = 1
    with patch.object(s, "a", 2):
        assert s.a == 2
    assert s.a == 1


def test_get_only_proxy() -> None:
    """On a proxy forwarding only reads, the patch lives on the proxy and goes away."""

    class Proxy:
        def __getattr__(self, name: str) -> Any:
            return getattr(mp_targets.Widget, name)

    proxy = Proxy()
    with patch.object(proxy, "colour", "blue"):
        assert proxy.colour == "blue"
    assert proxy.colour == "red"
    assert "colour" not in vars(proxy)


def test_exit_probes_a_reset_name_after_deleting_it() -> None:
    """Restoring a non-local __doc__ reads it back from the target after the delete."""

    def scenario(lib: ModuleType) -> None:
        asked: list[str] = []

        class Watched:
            """class doc"""

            def __getattribute__(self, name: str) -> Any:
                asked.append(name)
                return object.__getattribute__(self, name)

        watched = Watched()
        with lib.patch.object(watched, "__doc__", "other"):
            asked.clear()
        assert asked == ["__doc__"], lib.__name__
        assert watched.__doc__ == "class doc"

    same(scenario)


def test_get_original_of_the_instance_is_used() -> None:
    """A get_original set on the patcher itself gives the value restored on exit."""

    def scenario(lib: ModuleType) -> None:
        holder = SimpleNamespace(x=1)
        p = lib.patch.object(holder, "x", 2)
        assert p.get_original() == (1, True)
        p.get_original = lambda: ("fake", True)
        with p:
            assert holder.x == 2
        assert holder.x == "fake", lib.__name__

    same(scenario)


def test_dict_exit_without_enter() -> None:
    """patch.dict's __exit__ before any __enter__ changes nothing and returns False."""

    def scenario(lib: ModuleType) -> None:
        d = {"a": 1}
        assert lib.patch.dict(d, a=2).__exit__(None, None, None) is False
        assert d == {"a": 1}

    same(scenario)


def test_state_attributes() -> None:
    """While started, target, temp_original and is_local describe the patch."""
    p = patch.object(mp_targets.Widget, "colour", "blue")
    with p:
        assert p.target is mp_targets.Widget
        assert p.temp_original == "red"
        assert p.is_local
        assert p.is_started
    assert not p.is_started
    assert not hasattr(p, "target")
    assert not hasattr(p, "temp_original")
