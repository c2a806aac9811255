"""MagicMock, NonCallableMagicMock and PropertyMock.

A magic mock's class starts with a descriptor for each magic method it
supports (``_classes.MagicSlot``), which makes that method's child on first
use, with the reference's default (``len()`` 0, ``int()`` 1 ...).  With a
spec, only the spec's magic methods are there.
"""

from __future__ import annotations

from . import _classes
from ._base import Base
from ._deps import async_support
from ._magic import _async_method_magics, _default_magics, _is_magic
from ._mock import Mock, NonCallableMock, property_mock_class
from ._predicates import _is_list
from ._recorder import CallableMixin

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

__all__ = ["MagicMixin", "MagicMock", "NonCallableMagicMock", "PropertyMock"]


class MagicMixin(Base):
    """What gives a mock the magic methods; combine with a mock class to make one."""

    __slots__ = ()

    def __init__(self, /, *args: Any, **kw: Any) -> None:
        # Only for the reference's signature: a class's magic methods are
        # installed when it is built, and a spec's by NonCallableMock.__init__.
        super().__init__(*args, **kw)

    def _mock_set_magics(self) -> None:
        me: Any = self
        src = me._mock_spec_src
        if src is None:
            wanted = _default_magics
        elif _is_list(src):
            wanted = _default_magics.intersection(src)
        else:
            me._mock_names()
            wanted = me._mock_spec_info.magics
        cls = type(me)
        shape = me._mock_shape
        if shape.magics == wanted and shape.cls is cls and shape.pristine():
            # The class was built with exactly these (the usual case).
            return
        own = cls.__dict__
        if src is not None:
            for name in [name for name in _default_magics - wanted if name in own]:
                delattr(me, name)
        for name in wanted:
            if name not in own:
                type.__setattr__(cls, name, _classes.MagicSlot(name, shape))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A ``MagicMock`` that cannot be called."""

    __slots__ = ()

    def _mock_child_class(self, name: Any) -> Any:
        if issubclass(type(self), CallableMixin):
            return super()._mock_child_class(name)
        return MagicMock

    def mock_add_spec(self, spec: Any, spec_set: bool = False) -> None:
        """Restrict the mock's attributes to those of *spec*, after creation.

        *spec* is an object or a list of names, as for ``Mock.mock_add_spec``;
        the magic methods the mock supports become those *spec* has."""
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A ``Mock`` that also supports the magic methods, with useful defaults.

    ``len(m)`` is 0, ``int(m)`` 1, ``iter(m)`` empty, ``with m:`` works and so
    on; each magic method is a child mock that can be configured and
    asserted on (``m.__len__.return_value = 3``).  With a *spec*, only the
    magic methods the spec has are supported.  Children and the return
    value are ``MagicMock`` objects too.
    """

    __slots__ = ()

    def mock_add_spec(self, spec: Any, spec_set: bool = False) -> None:
        """Restrict the mock's attributes to those of *spec*, after creation.

        *spec* is an object or a list of names, as for ``Mock.mock_add_spec``;
        the magic methods the mock supports become those *spec* has."""
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()

    def _mock_child_class(self, name: Any) -> Any:
        # Its async magic methods are AsyncMocks.
        if name in _async_method_magics:
            return async_support().AsyncMock
        return super()._mock_child_class(name)

    def reset_mock(self, /, *args: Any, return_value: bool = False, **kwargs: Any) -> None:
        name = self._mock_name
        if return_value and name and _is_magic(name):
            # A magic method's default return value is kept, so that
            # str(m) still returns a str after a reset.
            return_value = False
        super().reset_mock(*args, return_value=return_value, **kwargs)


class PropertyMock(Mock):
    """A mock to put on a class as a property.

    Reading the attribute through an instance calls the mock with no
    arguments and gives its result; assigning calls it with the new value.
    Put it on the type, not on the instance: ``type(m).size =
    PropertyMock(return_value=3)``.
    """

    __slots__ = ()

    def _get_child_mock(self, /, **kwargs: Any) -> Any:
        return MagicMock(**kwargs)

    def __get__(self, obj: Any, obj_type: Any = None) -> Any:
        return self()

    def __set__(self, obj: Any, val: Any) -> None:
        self(val)


_classes.register(MagicMock, NonCallableMagicMock, PropertyMock)


property_mock_class(PropertyMock)
