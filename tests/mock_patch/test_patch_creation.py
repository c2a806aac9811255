"""What patch puts in place: default mocks, spec, autospec, new_callable, kwargs."""

from __future__ import annotations

import sys
import unittest
from types import SimpleNamespace
from typing import Any

import mp_targets
from mock_patch import patch
from mp_support import BOTH, OURS, STDLIB_IS_REFERENCE, outcome


def is_instance(obj: Any, klass: type) -> bool:
    """isinstance that ignores the __class__ a spec makes a mock report."""
    return issubclass(type(obj), klass)


class DefaultReplacementTest(unittest.TestCase):
    def test_magicmock_named_after_attribute(self) -> None:
        """The default replacement is a MagicMock named after the attribute."""
        for lib in BOTH:
            with lib.patch("mp_targets.function") as m:
                self.assertTrue(is_instance(m, lib.MagicMock))
                self.assertIn("name='function'", repr(m))

    def test_async_targets_get_async_mock(self) -> None:
        """Async functions, async methods, async class- and staticmethods get an AsyncMock."""
        for lib in BOTH:
            with lib.patch("mp_targets.async_function") as m:
                self.assertIsInstance(m, lib.AsyncMock)
            with lib.patch.object(mp_targets.Widget, "async_method") as m:
                self.assertIsInstance(m, lib.AsyncMock)
            with lib.patch.object(mp_targets.Widget, "method") as m:
                self.assertNotIsInstance(m, lib.AsyncMock)

    def test_mock_originals_replaced_by_async_mock_only_if_async_mocks(self) -> None:
        """A mock in place is replaced by an AsyncMock only if isinstance(it, AsyncMock) holds.

        A MagicMock specced on an async function awaits, but is no AsyncMock: the
        reference replaces it by a MagicMock.
        """
        made = {}
        for lib in BOTH:
            holder = SimpleNamespace(
                magic_async_spec=lib.MagicMock(spec=mp_targets.async_function),
                plain_async_spec=lib.Mock(spec=mp_targets.Widget.async_method),
                async_mock=lib.AsyncMock(),
                async_mock_class_spec=lib.AsyncMock(spec=mp_targets.Widget),
                magic=lib.MagicMock(),
                magic_asyncmock_spec=lib.MagicMock(spec=lib.AsyncMock),
            )
            for name in vars(holder):
                with lib.patch.object(holder, name) as m:
                    made[lib.name, name] = is_instance(m, lib.AsyncMock)
        expected = {
            "magic_async_spec": False,
            "plain_async_spec": False,
            "async_mock": True,
            "async_mock_class_spec": True,
            "magic": False,
            "magic_asyncmock_spec": False,
        }
        for lib in BOTH:
            self.assertEqual({name: made[lib.name, name] for name in expected}, expected)

    def test_kwargs_configure_the_mock(self) -> None:
        """Keyword arguments configure the created mock, dotted names included."""
        for lib in BOTH:
            with lib.patch(
                "mp_targets.function", return_value=3, **{"child.other.return_value": 4}
            ) as m:
                self.assertEqual(mp_targets.function(), 3)
                self.assertEqual(m.child.other(), 4)

    def test_kwargs_refused_with_explicit_new(self) -> None:
        """kwargs with an explicit new raise TypeError at start."""
        for lib in BOTH:
            p = lib.patch("mp_targets.function", new=object(), x=1)
            self.assertEqual(
                outcome(p.start), ("TypeError", "Can't pass kwargs to a mock we aren't creating")
            )

    def test_misspelled_arguments(self) -> None:
        """autospect/auto_spec/set_spec raise RuntimeError unless unsafe=True."""
        # unittest.mock of 3.9 does not check for these typos.
        for lib in BOTH if sys.version_info >= (3, 10) else (OURS,):
            for typo in ("autospect", "auto_spec", "set_spec"):
                self.assertEqual(
                    outcome(lib.patch, "mp_targets.function", **{typo: True}),
                    (
                        "RuntimeError",
                        f"{typo!r} might be a typo; use unsafe=True if this is intended",
                    ),
                )
                self.assertEqual(
                    outcome(lib.patch.object, mp_targets, "function", **{typo: True})[0],
                    "RuntimeError",
                )
            with lib.patch("mp_targets.function", unsafe=True, autospect=True) as m:
                self.assertIs(m.autospect, True)


class SpecTest(unittest.TestCase):
    def test_spec_true_uses_original(self) -> None:
        """spec=True specs the mock on the replaced object; its instances too."""
        for lib in BOTH:
            with lib.patch("mp_targets.Widget", spec=True) as m:
                m.method
                self.assertRaises(AttributeError, getattr, m, "nope")
                instance = m(1)
                self.assertTrue(is_instance(instance, lib.NonCallableMagicMock))
                self.assertRaises(AttributeError, getattr, instance, "nope")
                self.assertIn("name='Widget()'", repr(instance))

    def test_specced_class_from_unnamed_factory_fails(self) -> None:
        """A class specced through a new_callable that is no mock class fails with KeyError."""
        for lib in BOTH:
            p = lib.patch(
                "mp_targets.Widget", spec=True, new_callable=lambda **kw: lib.MagicMock(**kw)
            )
            self.assertEqual(outcome(p.start), ("KeyError", "'name'"))
            self.assertIs(p.stop(), None)

    def test_callable_class_instances_stay_callable(self) -> None:
        """A spec class with __call__ gives callable instances."""
        for lib in BOTH:
            with lib.patch("mp_targets.CallableWidget", spec=True) as m:
                self.assertTrue(callable(m()))

    def test_spec_set_true_refuses_new_attributes(self) -> None:
        """spec_set=True refuses setting attributes the original lacks."""
        for lib in BOTH:
            with lib.patch("mp_targets.Widget", spec_set=True) as m:
                self.assertRaises(AttributeError, setattr, m, "z", 1)
                self.assertRaises(AttributeError, setattr, m(1), "z", 1)

    def test_spec_list(self) -> None:
        """A list spec limits attributes; '__call__' decides callability."""
        for lib in BOTH:
            with lib.patch("mp_targets.Widget", spec=["a"]) as m:
                self.assertFalse(callable(m))
                m.a
                self.assertRaises(AttributeError, getattr, m, "b")
            with lib.patch("mp_targets.Widget", spec=["__call__"]) as m:
                self.assertTrue(callable(m))

    def test_spec_with_create_fails(self) -> None:
        """spec/spec_set/autospec with create=True on a missing attribute raise TypeError."""
        for lib in BOTH:
            for kwarg, message in (
                ("spec", "Can't use 'spec' with create=True"),
                ("spec_set", "Can't use 'spec' with create=True"),
                ("autospec", "Can't use 'autospec' with create=True"),
            ):
                p = lib.patch("mp_targets.missing", create=True, **{kwarg: True})
                self.assertEqual(outcome(p.start), ("TypeError", message))
                self.assertFalse(hasattr(mp_targets, "missing"))

    def test_conflicting_specs(self) -> None:
        """spec with autospec, or an explicit spec_set with either, raise TypeError."""
        for lib in BOTH:
            p = lib.patch("mp_targets.Widget", spec=0, autospec=0)
            self.assertEqual(outcome(p.start), ("TypeError", "Can't specify spec and autospec"))
            p = lib.patch("mp_targets.Widget", spec=0, spec_set=0)
            self.assertEqual(
                outcome(p.start),
                ("TypeError", "Can't provide explicit spec_set *and* spec or autospec"),
            )
            self.assertIs(mp_targets.Widget.__name__, "Widget")

    def test_false_means_none(self) -> None:
        """spec=False, spec_set=False, autospec=False behave as not given."""
        with patch("mp_targets.Widget", spec=False, spec_set=False, autospec=False) as m:
            m.anything = 1

    def test_mock_as_spec_refused(self) -> None:
        """A mock as spec raises InvalidSpecError at patch creation."""
        spec = OURS.Mock()
        result = outcome(patch, "mp_targets.Widget", spec=spec)
        self.assertEqual(result[0], "InvalidSpecError")
        self.assertTrue(
            result[1].startswith(
                "Cannot spec attr 'Widget' as the spec has already been mocked out. [spec=<Mock"
            ),
            result[1],
        )

    def test_mock_as_spec_set_refused(self) -> None:
        """A mock as spec_set raises InvalidSpecError at patch creation."""
        for lib in BOTH if STDLIB_IS_REFERENCE else (OURS,):
            spec_set = lib.Mock(name="m")
            kind, message = outcome(lib.patch, "mp_targets.Widget", spec_set=spec_set)
            self.assertEqual(kind, "InvalidSpecError")
            self.assertEqual(
                message,
                "Cannot spec attr 'Widget' as the spec_set target has already been mocked out."
                f" [spec_set={spec_set!r}]",
            )

    def test_async_spec_gives_async_mock(self) -> None:
        """An async function as spec makes an AsyncMock, whatever the original."""
        for lib in BOTH:
            with lib.patch("mp_targets.function", spec=mp_targets.async_function) as m:
                self.assertTrue(is_instance(m, lib.AsyncMock), lib.name)


class AutospecTest(unittest.TestCase):
    def test_function_signature_checked(self) -> None:
        """autospec=True on a function checks call signatures."""
        for lib in BOTH:
            with lib.patch("mp_targets.function", autospec=True, return_value=5) as m:
                self.assertEqual(mp_targets.function(1), 5)
                self.assertRaises(TypeError, mp_targets.function)
                m.assert_called_once_with(1)

    def test_class_autospec(self) -> None:
        """autospec=True on a class specs methods and instances, with names."""
        for lib in BOTH:
            with lib.patch("mp_targets.Widget", autospec=True) as m:
                instance = m(1)
                instance.method(2)
                self.assertRaises(TypeError, instance.method)
                self.assertRaises(AttributeError, getattr, instance, "nope")
                self.assertIn("name='Widget().method'", repr(instance.method))

    def test_staticmethod_and_classmethod_signatures(self) -> None:
        """Autospecced static and class methods keep their signatures and are restored."""
        before = dict(vars(mp_targets.Widget))
        # unittest.mock before 3.11 autospecs static methods without their signature.
        for lib in BOTH if sys.version_info >= (3, 11) else (OURS,):
            with lib.patch.object(mp_targets.Widget, "static_method", autospec=True) as m:
                mp_targets.Widget.static_method(1, c=3)
                self.assertRaises(TypeError, m, 1)
                m.assert_called_once_with(1, c=3)
            with lib.patch.object(mp_targets.Widget, "class_method", autospec=True) as m:
                mp_targets.Widget.class_method(1)
                self.assertRaises(TypeError, m)
        self.assertEqual(dict(vars(mp_targets.Widget)), before)

    def test_autospec_with_new_refused(self) -> None:
        """autospec together with new raises TypeError at start."""
        for lib in BOTH:
            p = lib.patch("mp_targets.function", new=3, autospec=True)
            self.assertEqual(
                outcome(p.start),
                ("TypeError", "autospec creates the mock for you. Can't specify autospec and new."),
            )

    def test_autospec_object(self) -> None:
        """autospec=<object> specs on that object instead of the original."""
        with patch("mp_targets.Widget", autospec=mp_targets.SubWidget) as m:
            self.assertIsInstance(m(1), mp_targets.SubWidget)

    def test_autospec_of_mocked_target_refused(self) -> None:
        """autospec on an attribute of a mock raises InvalidSpecError."""
        target = OURS.MagicMock()
        p = patch.object(target, "attr", autospec=True)
        result = outcome(p.start)
        self.assertEqual(result[0], "InvalidSpecError")
        self.assertTrue(
            result[1].startswith(
                "Cannot autospec attr 'attr' as the patch target has already been mocked out."
            ),
            result[1],
        )

    def test_autospec_of_a_mock_refused(self) -> None:
        """autospec given a mock raises InvalidSpecError naming the target."""
        for lib in BOTH if STDLIB_IS_REFERENCE else (OURS,):
            spec = lib.Mock(name="m")
            p = lib.patch.object(mp_targets, "function", autospec=spec)
            self.assertEqual(
                outcome(p.start),
                (
                    "InvalidSpecError",
                    "Cannot autospec attr 'function' from target 'mp_targets' as it has already"
                    f" been mocked out. [target={mp_targets!r}, attr={spec!r}]",
                ),
            )


class NewCallableTest(unittest.TestCase):
    def test_new_callable_called_with_kwargs_and_specs(self) -> None:
        """new_callable receives the kwargs and spec/spec_set, never the target."""
        for lib in BOTH:
            received: list[dict[str, Any]] = []

            def factory(**kwargs: Any) -> Any:
                received.append(kwargs)
                return "made"

            with lib.patch("mp_targets.Widget", new_callable=factory, a=1) as m:
                self.assertEqual(m, "made")
            with lib.patch("mp_targets.Widget", new_callable=factory, spec=True):
                pass
            self.assertEqual(received, [{"a": 1}, {"spec": mp_targets.Widget}])

    def test_new_callable_conflicts(self) -> None:
        """new_callable with new or autospec raises ValueError at creation."""
        for lib in BOTH:
            self.assertEqual(
                outcome(lib.patch, "mp_targets.Widget", new=1, new_callable=dict),
                ("ValueError", "Cannot use 'new' and 'new_callable' together"),
            )
            self.assertEqual(
                outcome(lib.patch, "mp_targets.Widget", autospec=True, new_callable=dict),
                ("ValueError", "Cannot use 'autospec' and 'new_callable' together"),
            )

    def test_new_callable_failure_unwinds_stack(self) -> None:
        """A crashing new_callable in a stack restores every patch already made."""

        def crasher() -> Any:
            raise NameError("crasher")

        @patch.object(mp_targets.Widget, "colour", 1)
        @patch.object(mp_targets.Widget, "method", new_callable=crasher)
        @patch.object(mp_targets, "VALUE", 2)
        def func() -> None:
            pass

        self.assertRaises(NameError, func)
        self.assertEqual((mp_targets.Widget.colour, mp_targets.VALUE), ("red", "original value"))

    def test_non_callable_mock_class(self) -> None:
        """new_callable=NonCallableMagicMock gives a non-callable mock."""
        with patch("mp_targets.function", new_callable=OURS.NonCallableMagicMock) as m:
            self.assertRaises(TypeError, m)


if __name__ == "__main__":
    unittest.main()
