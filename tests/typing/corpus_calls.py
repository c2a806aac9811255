"""call_args, call_args_list, mock_calls and friends (causes 1 and 6)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, assert_type
from unittest.mock import ANY, MagicMock, Mock, call


def notify(sender: Any, user: str, *, urgent: bool = False) -> None:
    sender.send(user, urgent=urgent)


def test_call_args_attributes() -> None:
    sender = Mock()
    notify(sender, "ann", urgent=True)
    assert sender.send.call_args.args == ("ann",)
    assert sender.send.call_args.kwargs["urgent"] is True
    first: str = sender.send.call_args[0][0]
    assert first == "ann"


def test_call_args_unpacked() -> None:
    m = Mock()
    m(1, 2, key="value")
    args, kwargs = m.call_args
    assert args == (1, 2)
    assert kwargs == {"key": "value"}
    assert m.call_args == call(1, 2, key="value")
    assert m.call_args != call(3)


def test_call_args_typed() -> None:
    m = MagicMock()
    m("x")
    assert_type(m.call_count, int)
    assert_type(m.called, bool)
    record = m.call_args
    positional: tuple[Any, ...] = record.args
    keywords: Mapping[str, Any] = record.kwargs
    assert positional == ("x",) and not keywords


def test_call_args_list_items() -> None:
    m = Mock()
    m(1)
    m(2)
    assert_type(m.call_args_list[0].args, tuple[Any, ...])
    assert_type(m.call_args_list[-1].kwargs, Mapping[str, Any])
    assert [c.args[0] for c in m.call_args_list] == [1, 2]
    assert m.call_args_list == [call(1), call(2)]
    assert call(2) in m.call_args_list


def test_mock_calls_and_method_calls() -> None:
    m = Mock()
    m.first(1)
    m.second.third(key=2)
    assert_type(m.mock_calls[0].args, tuple[Any, ...])
    assert_type(m.method_calls[1].kwargs, Mapping[str, Any])
    assert m.mock_calls == [call.first(1), call.second.third(key=2)]
    names = [c[0] for c in m.method_calls]
    assert names == ["first", "second.third"]
    for recorded in m.mock_calls:
        name, args, kwargs = recorded
        assert isinstance(name, str) and isinstance(args, tuple) and isinstance(kwargs, dict)


def test_assert_helpers() -> None:
    m = Mock(return_value=3)
    assert m(1, b=2) == 3
    m.assert_called()
    m.assert_called_once()
    m.assert_called_with(1, b=2)
    m.assert_called_once_with(1, b=ANY)
    m.assert_any_call(ANY, b=2)
    m.assert_has_calls([call(1, b=2)], any_order=True)
    m.reset_mock(return_value=True, side_effect=True)
    m.assert_not_called()
    chained = call.a(1).b(2)
    assert len(chained.call_list()) == 2


def test_call_count_arithmetic() -> None:
    m = Mock()
    m()
    m()
    total: int = m.call_count + 1
    assert total == 3
