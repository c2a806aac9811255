"""What patch puts in place: default mocks, spec, autospec, new_callable, kwargs."""

from __future__ import annotations

from types import ModuleType, SimpleNamespace
from typing import Any

import mp_targets
import pytest
from mock_patch import patch
from support.differential import OURS, mask, outcome, same


def is_instance(obj: Any, klass: type) -> bool:
    """isinstance that ignores the __class__ a spec makes a mock report."""
    return issubclass(type(obj), klass)


def test_magicmock_named_after_attribute() -> None:
    """The default replacement is a MagicMock named after the attribute."""

    def scenario(lib: ModuleType) -> None:
        with lib.patch("mp_targets.function") as m:
            assert is_instance(m, lib.MagicMock)
            assert "name='function'" in repr(m)

    same(scenario)


def test_async_targets_get_async_mock() -> None:
    """Async functions, async methods, async class- and staticmethods get an AsyncMock."""

    def scenario(lib: ModuleType) -> None:
        with lib.patch("mp_targets.async_function") as m:
            assert isinstance(m, lib.AsyncMock)
        with lib.patch.object(mp_targets.Widget, "async_method") as m:
            assert isinstance(m, lib.AsyncMock)
        with lib.patch.object(mp_targets.Widget, "method") as m:
            assert not isinstance(m, lib.AsyncMock)

    same(scenario)


def test_mock_originals_replaced_by_async_mock_only_if_async_mocks() -> None:
    """A mock in place is replaced by an AsyncMock only if isinstance(it, AsyncMock) holds."""
    # A MagicMock specced on an async function awaits, but is no AsyncMock: the
    # reference replaces it by a MagicMock.

    def scenario(lib: ModuleType) -> dict[str, bool]:
        holder = SimpleNamespace(
            magic_async_spec=lib.MagicMock(spec=mp_targets.async_function),
            plain_async_spec=lib.Mock(spec=mp_targets.Widget.async_method),
            async_mock=lib.AsyncMock(),
            async_mock_class_spec=lib.AsyncMock(spec=mp_targets.Widget),
            magic=lib.MagicMock(),
            magic_asyncmock_spec=lib.MagicMock(spec=lib.AsyncMock),
        )
        made = {}
        for name in vars(holder):
            with lib.patch.object(holder, name) as m:
                made[name] = is_instance(m, lib.AsyncMock)
        return made

    assert same(scenario) == {
        "magic_async_spec": False,
        "plain_async_spec": False,
        "async_mock": True,
        "async_mock_class_spec": True,
        "magic": False,
        "magic_asyncmock_spec": False,
    }


def test_kwargs_configure_the_mock() -> None:
    """Keyword arguments configure the created mock, dotted names included."""

    def scenario(lib: ModuleType) -> None:
        with lib.patch(
            "mp_targets.function", return_value=3, **{"child.other.return_value": 4}
        ) as m:
            assert mp_targets.function() == 3
            assert m.child.other() == 4

    same(scenario)


def test_kwargs_refused_with_explicit_new() -> None:
    """kwargs with an explicit new raise TypeError at start."""

    def scenario(lib: ModuleType) -> None:
        p = lib.patch("mp_targets.function", new=object(), x=1)
        assert outcome(p.start) == (
            "raised",
            "TypeError",
            "Can't pass kwargs to a mock we aren't creating",
        )

    same(scenario)


def test_misspelled_arguments() -> None:
    """autospect/auto_spec/set_spec raise RuntimeError unless unsafe=True."""

    def scenario(lib: ModuleType) -> None:
        for typo in ("autospect", "auto_spec", "set_spec"):
            assert outcome(lib.patch, "mp_targets.function", **{typo: True}) == (
                "raised",
                "RuntimeError",
                f"{typo!r} might be a typo; use unsafe=True if this is intended",
            )
            assert (
                outcome(lib.patch.object, mp_targets, "function", **{typo: True})[1]
                == "RuntimeError"
            )
        with lib.patch("mp_targets.function", unsafe=True, autospect=True) as m:
            assert m.autospect is True

    same(scenario, fact="patch_typo_guard")


def test_spec_true_uses_original() -> None:
    """spec=True specs the mock on the replaced object; its instances too."""

    def scenario(lib: ModuleType) -> None:
        with lib.patch("mp_targets.Widget", spec=True) as m:
            m.method
            with pytest.raises(AttributeError):
                getattr(m, "nope")
            instance = m(1)
            assert is_instance(instance, lib.NonCallableMagicMock)
            with pytest.raises(AttributeError):
                getattr(instance, "nope")
            assert "name='Widget()'" in repr(instance)

    same(scenario)


def test_specced_class_from_unnamed_factory_fails() -> None:
    """A class specced through a new_callable that is no mock class fails with KeyError."""

    def scenario(lib: ModuleType) -> None:
        p = lib.patch("mp_targets.Widget", spec=True, new_callable=lambda **kw: lib.MagicMock(**kw))
        assert outcome(p.start) == ("raised", "KeyError", "'name'")
        assert p.stop() is None

    same(scenario)


def test_callable_class_instances_stay_callable() -> None:
    """A spec class with __call__ gives callable instances."""

    def scenario(lib: ModuleType) -> None:
        with lib.patch("mp_targets.CallableWidget", spec=True) as m:
            assert callable(m())

    same(scenario)


def test_spec_set_true_refuses_new_attributes() -> None:
    """spec_set=True refuses setting attributes the original lacks."""

    def scenario(lib: ModuleType) -> None:
        with lib.patch("mp_targets.Widget", spec_set=True) as m:
            with pytest.raises(AttributeError):
                setattr(m, "z", 1)
            with pytest.raises(AttributeError):
                setattr(m(1), "z", 1)

    same(scenario)


def test_spec_list() -> None:
    """A list spec limits attributes; '__call__' decides callability."""

    def scenario(lib: ModuleType) -> None:
        with lib.patch("mp_targets.Widget", spec=["a"]) as m:
            assert not callable(m)
            m.a
            with pytest.raises(AttributeError):
                getattr(m, "b")
        with lib.patch("mp_targets.Widget", spec=["__call__"]) as m:
            assert callable(m)

    same(scenario)


def test_spec_with_create_fails() -> None:
    """spec/spec_set/autospec with create=True on a missing attribute raise TypeError."""

    def scenario(lib: ModuleType) -> None:
        for kwarg, message in (
            ("spec", "Can't use 'spec' with create=True"),
            ("spec_set", "Can't use 'spec' with create=True"),
            ("autospec", "Can't use 'autospec' with create=True"),
        ):
            p = lib.patch("mp_targets.missing", create=True, **{kwarg: True})
            assert outcome(p.start) == ("raised", "TypeError", message)
            assert not hasattr(mp_targets, "missing")

    same(scenario)


def test_conflicting_specs() -> None:
    """spec with autospec, or an explicit spec_set with either, raise TypeError."""

    def scenario(lib: ModuleType) -> None:
        p = lib.patch("mp_targets.Widget", spec=0, autospec=0)
        assert outcome(p.start) == ("raised", "TypeError", "Can't specify spec and autospec")
        p = lib.patch("mp_targets.Widget", spec=0, spec_set=0)
        assert outcome(p.start) == (
            "raised",
            "TypeError",
            "Can't provide explicit spec_set *and* spec or autospec",
        )
        assert mp_targets.Widget.__name__ == "Widget"

    same(scenario)


def test_false_means_none() -> None:
    """spec=False, spec_set=False, autospec=False behave as not given."""
    with patch("mp_targets.Widget", spec=False, spec_set=False, autospec=False) as m:
        m.anything = 1


def test_mock_as_spec_refused() -> None:
    """A mock as spec raises InvalidSpecError at patch creation."""
    spec = OURS.Mock()
    result = outcome(patch, "mp_targets.Widget", spec=spec)
    assert result[1] == "InvalidSpecError"
    assert result[2].startswith(
        "Cannot spec attr 'Widget' as the spec has already been mocked out. [spec=<Mock"
    ), result[2]


def test_mock_as_spec_set_refused() -> None:
    """A mock as spec_set raises InvalidSpecError at patch creation."""

    def scenario(lib: ModuleType) -> None:
        spec_set = lib.Mock(name="m")
        kind, message = outcome(lib.patch, "mp_targets.Widget", spec_set=spec_set)[1:]
        assert kind == "InvalidSpecError"
        assert message == mask(
            "Cannot spec attr 'Widget' as the spec_set target has already been mocked out."
            f" [spec_set={spec_set!r}]"
        )

    same(scenario, fact="patch_fixes_of_mock_5_2")


def test_async_spec_gives_async_mock() -> None:
    """An async function as spec makes an AsyncMock, whatever the original."""

    def scenario(lib: ModuleType) -> None:
        with lib.patch("mp_targets.function", spec=mp_targets.async_function) as m:
            assert is_instance(m, lib.AsyncMock), lib.__name__

    same(scenario)


def test_function_signature_checked() -> None:
    """autospec=True on a function checks call signatures."""

    def scenario(lib: ModuleType) -> None:
        with lib.patch("mp_targets.function", autospec=True, return_value=5) as m:
            assert mp_targets.function(1) == 5
            with pytest.raises(TypeError):
                mp_targets.function()
            m.assert_called_once_with(1)

    same(scenario)


def test_class_autospec() -> None:
    """autospec=True on a class specs methods and instances, with names."""

    def scenario(lib: ModuleType) -> None:
        with lib.patch("mp_targets.Widget", autospec=True) as m:
            instance = m(1)
            instance.method(2)
            with pytest.raises(TypeError):
                instance.method()
            with pytest.raises(AttributeError):
                getattr(instance, "nope")
            assert "name='Widget().method'" in repr(instance.method)

    same(scenario)


def test_staticmethod_and_classmethod_signatures() -> None:
    """Autospecced static and class methods keep their signatures and are restored."""
    before = dict(vars(mp_targets.Widget))

    def scenario(lib: ModuleType) -> None:
        with lib.patch.object(mp_targets.Widget, "static_method", autospec=True) as m:
            mp_targets.Widget.static_method(1, c=3)
            with pytest.raises(TypeError):
                m(1)
            m.assert_called_once_with(1, c=3)
        with lib.patch.object(mp_targets.Widget, "class_method", autospec=True) as m:
            mp_targets.Widget.class_method(1)
            with pytest.raises(TypeError):
                m()

    same(scenario, fact="autospec_static_method_signature")
    assert dict(vars(mp_targets.Widget)) == before


def test_autospec_with_new_refused() -> None:
    """autospec together with new raises TypeError at start."""

    def scenario(lib: ModuleType) -> None:
        p = lib.patch("mp_targets.function", new=3, autospec=True)
        assert outcome(p.start) == (
            "raised",
            "TypeError",
            "autospec creates the mock for you. Can't specify autospec and new.",
        )

    same(scenario)


def test_autospec_object() -> None:
    """autospec=<object> specs on that object instead of the original."""
    with patch("mp_targets.Widget", autospec=mp_targets.SubWidget) as m:
        assert isinstance(m(1), mp_targets.SubWidget)


def test_autospec_of_mocked_target_refused() -> None:
    """autospec on an attribute of a mock raises InvalidSpecError."""
    target = OURS.MagicMock()
    p = patch.object(target, "attr", autospec=True)
    result = outcome(p.start)
    assert result[1] == "InvalidSpecError"
    assert result[2].startswith(
        "Cannot autospec attr 'attr' as the patch target has already been mocked out."
    ), result[2]


def test_autospec_of_a_mock_refused() -> None:
    """autospec given a mock raises InvalidSpecError naming the target."""

    def scenario(lib: ModuleType) -> None:
        spec = lib.Mock(name="m")
        p = lib.patch.object(mp_targets, "function", autospec=spec)
        assert outcome(p.start) == (
            "raised",
            "InvalidSpecError",
            mask(
                "Cannot autospec attr 'function' from target 'mp_targets' as it has already"
                f" been mocked out. [target={mp_targets!r}, attr={spec!r}]"
            ),
        )

    same(scenario, fact="patch_fixes_of_mock_5_2")


def test_new_callable_called_with_kwargs_and_specs() -> None:
    """new_callable receives the kwargs and spec/spec_set, never the target."""

    def scenario(lib: ModuleType) -> None:
        received: list[dict[str, Any]] = []

        def factory(**kwargs: Any) -> Any:
            received.append(kwargs)
            return "made"

        with lib.patch("mp_targets.Widget", new_callable=factory, a=1) as m:
            assert m == "made"
        with lib.patch("mp_targets.Widget", new_callable=factory, spec=True):
            pass
        assert received == [{"a": 1}, {"spec": mp_targets.Widget}]

    same(scenario)


def test_new_callable_conflicts() -> None:
    """new_callable with new or autospec raises ValueError at creation."""

    def scenario(lib: ModuleType) -> None:
        assert outcome(lib.patch, "mp_targets.Widget", new=1, new_callable=dict) == (
            "raised",
            "ValueError",
            "Cannot use 'new' and 'new_callable' together",
        )
        assert outcome(lib.patch, "mp_targets.Widget", autospec=True, new_callable=dict) == (
            "raised",
            "ValueError",
            "Cannot use 'autospec' and 'new_callable' together",
        )

    same(scenario)


def test_new_callable_failure_unwinds_stack() -> None:
    """A crashing new_callable in a stack restores every patch already made."""

    def crasher() -> Any:
        raise NameError("crasher")

    @patch.object(mp_targets.Widget, "colour", 1)
    @patch.object(mp_targets.Widget, "method", new_callable=crasher)
    @patch.object(mp_targets, "VALUE", 2)
    def func() -> None:
        pass

    with pytest.raises(NameError):
        func()
    assert (mp_targets.Widget.colour, mp_targets.VALUE) == ("red", "original value")


def test_non_callable_mock_class() -> None:
    """new_callable=NonCallableMagicMock gives a non-callable mock."""
    with patch("mp_targets.function", new_callable=OURS.NonCallableMagicMock) as m:
        with pytest.raises(TypeError):
            m()
