"""Mocks stand in for the objects they replace (cause 2), sentinels and ANY (cause 8)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol
from unittest.mock import ANY, DEFAULT, MagicMock, Mock, NonCallableMock, create_autospec, sentinel


class Database:
    def fetch(self, key: str) -> int:
        raise NotImplementedError


class Closeable(Protocol):
    def close(self) -> None: ...


class Service:
    def __init__(self, db: Database) -> None:
        self.db = db

    def lookup(self, key: str) -> int:
        return self.db.fetch(key) + 1


def shutdown(resource: Closeable) -> None:
    resource.close()


def apply(callback: Callable[[int], str], value: int) -> str:
    return callback(value)


@dataclass
class Point:
    x: int
    y: int


def test_spec_mock_passed_as_the_real_type() -> None:
    db = Mock(spec=Database)
    db.fetch.return_value = 41
    assert Service(db).lookup("k") == 42
    db.fetch.assert_called_once_with("k")


def test_annotated_as_the_real_type() -> None:
    db: Database = Mock()
    other: Database = MagicMock(spec=Database)
    plain: Database = NonCallableMock(spec=Database)
    assert Service(db).db is db and other is not plain


def test_protocol_and_callable() -> None:
    resource = MagicMock()
    shutdown(resource)
    resource.close.assert_called_once_with()
    shutdown(Mock())
    callback = Mock(return_value="one")
    assert apply(callback, 1) == "one"


def test_attribute_replaced_with_a_mock() -> None:
    service = Service(Database())
    service.db = Mock()
    service.db = MagicMock(spec=Database)
    assert isinstance(service.db, MagicMock)


def test_autospec_stands_in() -> None:
    db = create_autospec(Database, instance=True)
    db.fetch.return_value = 1
    assert Service(db).lookup("a") == 2


def test_sentinels_stand_in() -> None:
    service = Service(sentinel.database)
    assert service.db is sentinel.database
    m = Mock(return_value=sentinel.result)
    assert m() is sentinel.result
    m.side_effect = lambda: DEFAULT
    assert m() is sentinel.result
    assert sentinel.result.name == "result"


def test_any_in_a_typed_value() -> None:
    m = Mock()
    m(Point(1, 2))
    m.assert_called_once_with(Point(x=1, y=ANY))
    assert Point(1, 2) == Point(ANY, 2)
    assert ANY == 3
