"""Constructors evaluate to their class (cause 4), keyword configuration (cause 5)."""

from __future__ import annotations

from typing import Any, assert_type
from unittest.mock import (
    AsyncMock,
    MagicMock,
    Mock,
    NonCallableMagicMock,
    NonCallableMock,
    PropertyMock,
    ThreadingMock,
    mock_open,
    seal,
)


class Client:
    def get(self, url: str) -> str:
        raise NotImplementedError

    def close(self) -> None:
        pass


def make_mock() -> MagicMock:
    return MagicMock(name="made")


def make_async_mock() -> AsyncMock:
    return AsyncMock(return_value=3)


def make_threading_mock() -> ThreadingMock:
    return ThreadingMock(timeout=1.0)


def test_constructors_give_their_class() -> None:
    assert_type(Mock(), Mock)
    assert_type(MagicMock(), MagicMock)
    assert_type(NonCallableMock(), NonCallableMock)
    assert_type(NonCallableMagicMock(), NonCallableMagicMock)
    assert_type(AsyncMock(), AsyncMock)
    assert_type(ThreadingMock(), ThreadingMock)
    assert_type(PropertyMock(return_value=1), PropertyMock)
    assert_type(make_mock(), MagicMock)


def test_narrowing_after_assignment() -> None:
    client = Client()
    client.get = MagicMock(return_value="ok")  # type: ignore[method-assign]
    assert client.get("u") == "ok"
    client.get.assert_called_once_with("u")
    client.close = Mock()  # type: ignore[method-assign]
    client.close()
    client.close.assert_called_once_with()


def test_keyword_configuration() -> None:
    m = Mock(**{"method.return_value": 3, "other.side_effect": KeyError})
    assert m.method() == 3
    attributes: dict[str, Any] = {"fetch.return_value.status": 200}
    mm = MagicMock(name="mm", **attributes)
    assert mm.fetch().status == 200
    config: dict[str, Any] = {"a.return_value": 1}
    m.configure_mock(**config)
    am = AsyncMock(**{"read.return_value": b"data", "write.side_effect": OSError})
    assert am.read is not None


def test_constructor_arguments() -> None:
    m = Mock(spec=Client, name="client", return_value=1, side_effect=None)
    m2 = MagicMock(spec_set=["get"], wraps=None, unsafe=True)
    m3 = Mock(side_effect=[1, 2, 3])
    m4 = Mock(side_effect=ValueError("boom"))
    m.attach_mock(m2, "child")
    m3.mock_add_spec(Client)
    assert m4 is not m3


def test_threading_mock() -> None:
    tm = make_threading_mock()
    tm(1)
    tm.wait_until_called(timeout=0.5)
    tm.wait_until_any_call_with(1)


def test_property_mock() -> None:
    prop = PropertyMock(return_value="value")
    type(Mock()).attr = prop
    prop.assert_not_called()


def test_mock_open_and_seal() -> None:
    opener = mock_open(read_data="text")
    with opener("path") as handle:
        assert handle.read() == "text"
    m = Mock()
    m.child.return_value = 1
    seal(m)


async def test_async_mock() -> None:
    am = make_async_mock()
    assert await am() == 3
    am.assert_awaited()
    am.assert_awaited_once()
    am.assert_awaited_with()
    am.assert_awaited_once_with()
    am.assert_any_await()
    am.assert_has_awaits([], any_order=False)
    assert_type(am.await_count, int)
    assert am.await_args is not None
    assert am.await_args.args == ()
    assert_type(am.await_args_list[0].args, tuple[Any, ...])
    am.reset_mock(return_value=True)
    am.assert_not_awaited()
    am.child.method.return_value = 2
