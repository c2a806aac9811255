"""Objects the mock_patch tests patch by dotted name (``mp_targets.X``)."""

from __future__ import annotations

from typing import Any

CONFIG = {"mode": "prod", "level": 1}
VALUE = "original value"


def function(a: Any, b: Any = None) -> str:
    return "real function"


async def async_function(a: Any) -> str:
    return "real async function"


class Widget:
    colour = "red"

    def __init__(self, size: int) -> None:
        self.size = size

    def method(self, x: Any) -> str:
        return "real method"

    async def async_method(self) -> str:
        return "real async method"

    @classmethod
    def class_method(cls, a: Any) -> str:
        return "real classmethod"

    @staticmethod
    def static_method(a: Any, b: Any = 10, *, c: Any) -> str:
        return "real staticmethod"

    @property
    def prop(self) -> str:
        return "real property"


class SubWidget(Widget):
    pass


class CallableWidget:
    def __call__(self) -> str:
        return "called"


def _inaccessible(*args: Any, **kwargs: Any) -> Any:
    raise AttributeError


class OpaqueProxy:
    """Like werkzeug's LocalProxy when unbound: every attribute access fails."""

    __getattribute__ = _inaccessible


proxy = OpaqueProxy()


class Mapping:
    """Dict-like object with only item access and key iteration."""

    def __init__(self, **values: Any) -> None:
        self.values = dict(values)

    def __getitem__(self, key: Any) -> Any:
        return self.values[key]

    def __setitem__(self, key: Any, value: Any) -> None:
        self.values[key] = value

    def __delitem__(self, key: Any) -> None:
        del self.values[key]

    def __iter__(self) -> Any:
        return iter(self.values)


MAPPING = Mapping(a=1, b=2)
