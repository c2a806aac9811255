"""Every public object of every package, and its methods, report the package as module."""

from __future__ import annotations

from types import FunctionType, ModuleType
from typing import Any

import mock_async
import mock_backports
import mock_core
import mock_patch
import pytest
from support.differential import same

import mock as ours

PACKAGES = [mock_core, mock_async, mock_patch, mock_backports]


def _functions(member: Any) -> list[Any]:
    if isinstance(member, (staticmethod, classmethod)):
        member = member.__func__
    if isinstance(member, property):
        return [f for f in (member.fget, member.fset, member.fdel) if f is not None]
    return [member] if isinstance(member, FunctionType) else []


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.__name__)
def test_public_objects_and_their_methods_report_the_package(package: ModuleType) -> None:
    """A class, a function and every function in a class's body name the public module."""
    wrong = []
    for name in package.__all__:
        obj = getattr(package, name)
        if not isinstance(obj, (type, FunctionType)) or not obj.__module__.startswith("mock"):
            continue
        if obj.__module__ != package.__name__:
            wrong.append((name, obj.__module__))
        if isinstance(obj, type):
            for key, member in vars(obj).items():
                for func in _functions(member):
                    if func.__module__.startswith(package.__name__ + "."):
                        wrong.append((f"{name}.{key}", func.__module__))
    assert wrong == []


def test_patch_helpers_report_mock_patch() -> None:
    """patch and patch.object/dict/multiple/stopall report mock_patch."""
    helpers = (ours.patch, ours.patch.object, ours.patch.dict, ours.patch.multiple)
    assert {f.__module__ for f in (*helpers, ours.patch.stopall)} == {"mock_patch"}


def test_a_mock_and_its_methods_report_one_module() -> None:
    """pytest-mock's check: stub.assert_called_with.__module__ == stub.__module__."""

    def scenario(lib: ModuleType) -> None:
        stub = lib.MagicMock(spec=lambda *args, **kwargs: None, name="stub")
        assert stub.assert_called_with.__module__ == stub.__module__
        m = lib.Mock()
        assert m.reset_mock.__module__ == type(m).__module__ == m.__module__

    same(scenario)


def test_private_helpers_keep_a_module_they_can_be_found_in() -> None:
    """Objects found only in a private module keep it, so pickling finds them."""
    import pickle

    assert type(ours.ANY).__module__ == "mock_core._base"
    assert pickle.loads(pickle.dumps(ours.ANY)) == 1
    assert pickle.loads(pickle.dumps(ours.sentinel.thing)) is ours.sentinel.thing
