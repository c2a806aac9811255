"""patch and its family keep their types (cause 7)."""

from __future__ import annotations

import os
import unittest
from collections.abc import Callable
from typing import Any, assert_type
from unittest import mock
from unittest.mock import DEFAULT, AsyncMock, MagicMock, PropertyMock, patch


class Config:
    retries = 3
    name = "prod"

    def load(self) -> dict[str, str]:
        return {}

    async def refresh(self) -> None:
        pass

    @property
    def size(self) -> int:
        return 0


def test_patch_context_manager() -> None:
    with patch("os.getcwd") as getcwd:
        assert_type(getcwd, MagicMock | AsyncMock)
        getcwd.return_value = "/tmp"
        assert os.getcwd() == "/tmp"
        getcwd.assert_called_once_with()


def test_patch_start_stop() -> None:
    patcher = patch("os.getcwd")
    started = patcher.start()
    assert_type(started, MagicMock | AsyncMock)
    started.return_value = "/"
    patcher.stop()
    patch.stopall()


def test_patch_with_new() -> None:
    with patch("os.sep", "|") as sep:
        assert_type(sep, str)
    with patch.object(Config, "retries", 5) as retries:
        assert_type(retries, int)
    with patch.object(Config, "load") as load:
        assert_type(load, MagicMock | AsyncMock)
        load.return_value = {"a": "b"}
        assert Config().load() == {"a": "b"}


def test_patch_new_callable() -> None:
    with patch("os.getcwd", new_callable=AsyncMock) as amock:
        assert_type(amock, AsyncMock)
        amock.assert_not_awaited()
    with patch.object(Config, "size", new_callable=PropertyMock) as size:
        assert_type(size, PropertyMock)
        size.return_value = 3
        assert Config().size == 3
    with patch.object(Config, "refresh", new_callable=MagicMock, return_value=None) as ref:
        assert_type(ref, MagicMock)


def test_patch_autospec_and_spec() -> None:
    with patch.object(Config, "load", autospec=True) as load:
        load.return_value = {}
    with patch("os.getcwd", spec=True, create=False) as getcwd:
        getcwd.return_value = "/"
    with mock.patch("os.getpid", return_value=1) as getpid:
        assert os.getpid() == 1
        getpid.assert_called_once_with()


@patch("os.getcwd")
def patched_function(getcwd: MagicMock) -> str:
    getcwd.return_value = "/x"
    return os.getcwd()


@patch("os.sep", "|")
def patched_with_new(prefix: str) -> str:
    return prefix + os.sep


@patch.object(Config, "retries", 9)
def patched_object_with_new(count: int) -> int:
    return Config.retries + count


@patch.dict(os.environ, {"MODE": "test"})
def patched_environ(key: str) -> str:
    return os.environ[key]


@patch.multiple(Config, retries=DEFAULT, name=DEFAULT)
def patched_multiple(retries: MagicMock, name: MagicMock) -> None:
    assert Config.retries is retries and Config.name is name


def test_decorated_functions_keep_types() -> None:
    assert_type(patched_function(), str)
    assert_type(patched_with_new("a"), str)
    assert_type(patched_object_with_new(1), int)
    assert patched_environ("MODE") == "test"
    keep: Callable[[str], str] = patched_with_new
    assert keep("p")


def test_patch_dict_and_multiple() -> None:
    with patch.dict(os.environ, {"A": "1"}, clear=True):
        assert os.environ["A"] == "1"
    with patch.dict("os.environ", B="2") as env:
        assert env["B"] == "2"
    values: dict[str, Any]
    with patch.multiple("os", getcwd=DEFAULT, getpid=DEFAULT) as values:
        values["getcwd"].return_value = "/"
    patcher = patch.dict(os.environ, {"C": "3"})
    patcher.start()
    patcher.stop()


@patch("os.getcwd", return_value="/cls")
class PatchedCase(unittest.TestCase):
    def test_one(self, getcwd: MagicMock) -> None:
        self.assertEqual(os.getcwd(), "/cls")
        getcwd.assert_called_once_with()

    @patch.object(Config, "retries", 1)
    @patch("os.getpid")
    def test_stacked(self, getpid: MagicMock, getcwd: MagicMock) -> None:
        getpid.return_value = 4
        self.assertEqual(os.getpid(), 4)

    def test_patch_in_setup(self) -> None:
        patcher = patch("os.getcwd")
        started: MagicMock | AsyncMock = patcher.start()
        self.addCleanup(patcher.stop)
        started.return_value = "/"


def test_patched_case_is_a_class() -> None:
    assert_type(PatchedCase("test_one"), PatchedCase)


@patch("os.getcwd", new_callable=AsyncMock)
async def patched_async(getcwd: AsyncMock) -> int:
    await getcwd()
    return getcwd.await_count
