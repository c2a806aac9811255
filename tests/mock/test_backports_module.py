"""mock.backports: mock 5.2.0's names, with unittest and asyncio loaded on first use."""

from __future__ import annotations

import subprocess
import sys

import mock_backports
import pytest


def _run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_import_mock_loads_neither_asyncio_nor_unittest() -> None:
    """import mock leaves asyncio and unittest unimported (unittest.mock imports both)."""
    code = (
        "import sys, mock\n"
        "print([m for m in ('asyncio', 'unittest', 'mock_backports._asynctest',"
        " 'mock_backports._policy') if m in sys.modules])"
    )
    assert _run(code) == "[]"


def test_backports_names_load_on_first_use() -> None:
    """The asyncio helpers of mock.backports are mock_backports' own, loaded when first read."""
    code = (
        "import sys, mock.backports as b, mock_backports as m\n"
        "before = 'asyncio' in sys.modules\n"
        "same = (b.IsolatedAsyncioTestCase is m.IsolatedAsyncioTestCase,"
        " b.set_event_loop_policy is m.set_event_loop_policy)\n"
        "print(before, same, 'asyncio' in sys.modules)"
    )
    assert _run(code) == "False (True, True) True"


def test_backports_dir_and_star_import_list_the_four_names() -> None:
    """dir() shows the four names and the module attributes only; * imports the four."""
    import mock.backports

    names = [
        "IsolatedAsyncioTestCase",
        "iscoroutinefunction",
        "markcoroutinefunction",
        "set_event_loop_policy",
    ]
    # The module attributes Python gives every module (3.15 has no __cached__), and __all__.
    machinery = {"__getattr__", "__dir__"}
    dunders = [n for n in vars(mock.backports) if n.startswith("__") and n not in machinery]
    assert "__file__" in dunders and "__all__" in dunders
    assert dir(mock.backports) == sorted(names + dunders)
    assert mock.backports.__all__ == names
    star: dict[str, object] = {}
    exec("from mock.backports import *", star)
    assert sorted(set(star) - {"__builtins__"}) == names
    assert star["iscoroutinefunction"] is mock_backports.iscoroutinefunction


def test_backports_unknown_name_error() -> None:
    """Any other name raises the usual AttributeError of a module."""
    import mock.backports

    with pytest.raises(AttributeError) as caught:
        mock.backports.nothing_here  # noqa: B018
    assert str(caught.value) == "module 'mock.backports' has no attribute 'nothing_here'"
