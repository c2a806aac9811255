"""patch.dict and patch.multiple."""

from __future__ import annotations

import asyncio
import os
from collections import OrderedDict
from types import ModuleType
from typing import Any

import mp_targets
import pytest
from mock_patch import patch
from support.differential import OURS, outcome, same


def test_values_set_and_original_restored() -> None:
    """Values are set inside, and the dict is restored after whatever happened."""

    def scenario(lib: ModuleType) -> None:
        d = {"a": 1, "b": 2}
        with lib.patch.dict(d, {"a": 9}, c=3) as patched:
            assert patched is d
            assert d == {"a": 9, "b": 2, "c": 3}
            del d["b"]
            d["z"] = 0
        assert d == {"a": 1, "b": 2}

    same(scenario)


def test_clear() -> None:
    """clear=True empties the dict first."""

    def scenario(lib: ModuleType) -> None:
        d = {"a": 1}
        with lib.patch.dict(d, [("x", 1)], clear=True):
            assert d == {"x": 1}
        assert d == {"a": 1}

    same(scenario)


def test_dict_like_object() -> None:
    """A mapping-like object without copy/update/clear is patched and restored."""

    def scenario(lib: ModuleType) -> None:
        with lib.patch.dict(mp_targets.MAPPING, {"c": 3}, clear=True):
            assert mp_targets.MAPPING.values == {"c": 3}
        assert mp_targets.MAPPING.values == {"a": 1, "b": 2}

    same(scenario)


def test_dotted_name_resolved_at_first_use() -> None:
    """A dotted name is imported when the patch first starts."""
    original = mp_targets.CONFIG
    replacement = {"fresh": True}

    @patch.dict("mp_targets.CONFIG", {"x": 1})
    def test() -> Any:
        return dict(mp_targets.CONFIG)

    mp_targets.CONFIG = replacement
    try:
        assert test() == {"fresh": True, "x": 1}
        assert replacement == {"fresh": True}
    finally:
        mp_targets.CONFIG = original


def test_os_environ() -> None:
    """patch.dict('os.environ', ...) works."""
    with patch.dict("os.environ", {"MP_TEST_VAR": "1"}):
        assert os.environ["MP_TEST_VAR"] == "1"
    assert "MP_TEST_VAR" not in os.environ


def test_restored_on_exception() -> None:
    """An exception in the decorated function still restores the dict."""
    d: dict[str, Any] = {}

    @patch.dict(d, {"a": "b"})
    def test() -> None:
        raise NameError("x")

    with pytest.raises(NameError):
        test()
    assert d == {}


def test_ordered_dict_order_kept() -> None:
    """Order of an OrderedDict is kept: originals first, then the new keys."""
    d = OrderedDict(a=1, b=2)
    with patch.dict(d, OrderedDict(c=3)):
        assert list(d) == ["a", "b", "c"]
    assert list(d) == ["a", "b"]


def test_async_function() -> None:
    """On an async def, the dict is patched while the coroutine runs."""
    d = {"a": "a"}

    @patch.dict(d, {"a": "b"})
    async def test() -> Any:
        await asyncio.sleep(0)
        return d["a"]

    assert asyncio.run(test()) == "b"
    assert d == {"a": "a"}


def test_class_decorator_uses_test_prefix() -> None:
    """As a class decorator, only TEST_PREFIX methods see the patched dict."""
    d = {"k": "orig"}

    class Tests:
        def test_a(self) -> Any:
            return dict(d)

        def other(self) -> Any:
            return dict(d)

    Tests = patch.dict(d, k="new")(Tests)  # type: ignore[misc]
    assert (Tests().test_a(), Tests().other()) == ({"k": "new"}, {"k": "orig"})


def test_class_decorator_reads_changed_prefix() -> None:
    """patch.dict's class decorator follows a changed patch.TEST_PREFIX."""

    def scenario(lib: ModuleType) -> None:
        d = {"k": "orig"}

        class Tests:
            def foo_a(self) -> Any:
                return dict(d)

            def test_a(self) -> Any:
                return dict(d)

        with lib.patch.object(lib.patch, "TEST_PREFIX", "foo"):
            Tests = lib.patch.dict(d, k="new")(Tests)  # type: ignore[misc]
        assert (Tests().foo_a(), Tests().test_a()) == ({"k": "new"}, {"k": "orig"})

    same(scenario)


def test_class_decorator_reads_every_attribute() -> None:
    """patch.dict reads unprefixed attributes too (a failing one fails); patch does not."""

    class Failing:
        def __get__(self, obj: Any, owner: Any) -> Any:
            raise AttributeError("no reading")

    def scenario(lib: ModuleType) -> None:

        class Tests:
            other = Failing()

            def test_a(self) -> Any:
                return None

        assert outcome(lib.patch.dict({}, k=1), Tests) == ("raised", "AttributeError", "no reading")
        decorated = lib.patch("mp_targets.VALUE", "v")(Tests)
        assert decorated is Tests

    same(scenario)


def test_start_stop() -> None:
    """start/stop and stop-without-start (returns None)."""

    def scenario(lib: ModuleType) -> None:
        d = {"a": 1}
        p = lib.patch.dict(d, a=2)
        assert p.stop() is None
        assert p.start() is d
        assert d == {"a": 2}
        assert p.stop() is False
        assert d == {"a": 1}

    same(scenario)


def test_values_and_defaults() -> None:
    """DEFAULT values become mocks returned in a dict; others are set as given."""

    def scenario(lib: ModuleType) -> None:
        with lib.patch.multiple(mp_targets.Widget, colour="blue", method=lib.DEFAULT) as r:
            assert set(r) == {"method"}
            assert mp_targets.Widget.method is r["method"]
            assert mp_targets.Widget.colour == "blue"
        assert mp_targets.Widget.colour == "red"

    same(scenario)


def test_decorator_passes_mocks_by_keyword() -> None:
    """As a decorator, created mocks are passed by keyword, stacking with patch."""

    @patch.multiple("mp_targets", function=OURS.DEFAULT, VALUE=1)
    @patch("mp_targets.Widget.method")
    def test(method: Any, **kwargs: Any) -> Any:
        assert mp_targets.VALUE == 1
        return method, kwargs

    method, kwargs = test()
    assert set(kwargs) == {"function"}
    assert method is not kwargs["function"]


def test_needs_keywords() -> None:
    """patch.multiple without attributes raises ValueError."""

    def scenario(lib: ModuleType) -> None:
        assert outcome(lib.patch.multiple, mp_targets) == (
            "raised",
            "ValueError",
            "Must supply at least one keyword argument with patch.multiple",
        )

    same(scenario)


def test_failure_restores_all() -> None:
    """A missing attribute fails the whole patch.multiple and restores the others."""

    def scenario(lib: ModuleType) -> None:
        p = lib.patch.multiple(mp_targets.Widget, colour=1, missing=2)
        assert outcome(p.start)[1] == "AttributeError"
        assert mp_targets.Widget.colour == "red"

    same(scenario)


def test_create_spec_set_and_new_callable_apply_to_all() -> None:
    """create, spec_set and new_callable apply to every attribute."""
    with patch.multiple(mp_targets.Widget, colour=OURS.DEFAULT, spec_set=["x"]) as r:
        r["colour"].x()
        with pytest.raises(AttributeError):
            setattr(r["colour"], "y", 1)
    with patch.multiple(mp_targets.Widget, a=1, b=OURS.DEFAULT, create=True) as r:
        assert mp_targets.Widget.a == 1  # type: ignore[attr-defined]
    assert not hasattr(mp_targets.Widget, "a")
    assert not hasattr(mp_targets.Widget, "b")
    with patch.multiple(
        mp_targets.Widget, colour=OURS.DEFAULT, method=OURS.DEFAULT, new_callable=list
    ) as r:
        assert r == {"colour": [], "method": []}
