"""The names of a mock's own state, and the properties that reach it.

A mock keeps its links and its other state in its instance dict; most of
that state has a class-level default, so that a fresh ``Mock()`` stores
nothing it has not changed.  ``__setattr__`` writes the
internal names straight through; what a user sets becomes a child or an
attribute.  A mock with a delegate (the function ``create_autospec`` wraps
around it) keeps its records on that function, which the properties below
read and write instead.
"""

from __future__ import annotations

from ._base import Base, _Call, _CallList

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

__all__ = [
    "_MockBase",
    "_allowed_names",
    "_delegating",
    "_delegating_list",
    "_internal_names",
    "_link_state",
    "_never_children",
    "_state_defaults",
]

# Written straight to the instance, whatever the spec: the configuration
# and the records (AsyncMock's await records too, so that resetting any mock
# with spec_set works, and so that this never depends on what was imported).
_allowed_names = frozenset(
    (
        "return_value",
        "_mock_return_value",
        "side_effect",
        "_mock_side_effect",
        "_mock_parent",
        "_mock_new_parent",
        "_mock_name",
        "_mock_new_name",
        "called",
        "call_args",
        "call_count",
        "call_args_list",
        "mock_calls",
        "await_count",
        "await_args",
        "await_args_list",
    )
)

# Set on every mock at creation: its links, children and class shape.
_link_state = (
    "__dict__",
    "__weakref__",
    "_mock_shape",
    "_mock_parent",
    "_mock_name",
    "_mock_new_name",
    "_mock_new_parent",
    "_mock_children",
)
# State that usually keeps its default lives on the class and is written to
# the instance dict only when it changes: a plain Mock() stays small.
_state_defaults: dict[str, Any] = {
    "_mock_sealed": False,
    "_mock_wraps": None,
    "_mock_delegate": None,
    "_mock_called": False,
    "_mock_call_count": 0,
    "_mock_call_args": None,
    "_mock_calls_list": None,
    "_mock_mock_calls_list": None,
    "_mock_method_calls_list": None,
    "_mock_unsafe": False,
    "_spec_class": None,
    "_spec_set": None,
    "_mock_spec_src": None,
    "_mock_spec_info": None,
    "_mock_sig": None,
    "_spec_as_instance": False,
    "_mock_eat_self": False,
    "_mock_checksig": None,
    "_mock_autospec": None,
}
_internal_names = (
    frozenset(_link_state)
    | frozenset(_state_defaults)
    | _allowed_names
    | {
        "_mock_methods",
        "_spec_signature",
        "_spec_asyncs",
        "_mock_call_args_list",
        "_mock_call_count",
        "_mock_chain",
        "_mock_mock_calls",
        "method_calls",
    }
)

_never_children = frozenset(_link_state) | {"_mock_methods", "_mock_unsafe"}


def _delegating(name: str) -> property:
    own = "_mock_" + name

    def fget(self: Any) -> Any:
        delegate = self._mock_delegate
        return getattr(self, own) if delegate is None else getattr(delegate, name)

    def fset(self: Any, value: Any) -> None:
        delegate = self._mock_delegate
        if delegate is not None:
            setattr(delegate, name, value)
        else:
            self.__dict__[own] = value

    return property(fget, fset)


def _delegating_list(name: str, getter: Any, setter: Any) -> property:
    def fget(self: Any) -> Any:
        delegate = self._mock_delegate
        if delegate is None:
            return getter(self)
        return getattr(delegate, name)

    def fset(self: Any, value: Any) -> None:
        delegate = self._mock_delegate
        if delegate is None:
            setter(self, value)
        else:
            setattr(delegate, name, value)

    return property(fget, fset)


if TYPE_CHECKING:
    # What type checkers see (typeshed's contract): a mock stands in for any
    # type, so its class has an Any base; the call records have their types.
    class _MockBase(Base, Any):  # type: ignore[misc]
        return_value: Any
        side_effect: Any
        called: bool
        call_count: int
        call_args: _Call | Any
        call_args_list: _CallList
        method_calls: _CallList
        mock_calls: _CallList

        # Written in _assertions and _naming, taken into NonCallableMock.
        def assert_not_called(self) -> None: ...
        def assert_called(self) -> None: ...
        def assert_called_once(self) -> None: ...
        def assert_called_with(self, /, *args: Any, **kwargs: Any) -> None: ...
        def assert_called_once_with(self, /, *args: Any, **kwargs: Any) -> None: ...
        def assert_has_calls(self, calls: Sequence[_Call], any_order: bool = False) -> None: ...
        def assert_any_call(self, /, *args: Any, **kwargs: Any) -> None: ...
        def _format_mock_call_signature(self, args: Any, kwargs: Any) -> str: ...
        def _format_mock_failure_message(
            self, args: Any, kwargs: Any, action: str = "call"
        ) -> str: ...
        def _get_call_signature_from_name(self, name: str) -> Any: ...
        def _call_matcher(self, _call: Any) -> Any: ...
        def _calls_repr(self) -> str: ...
        def _extract_mock_name(self) -> str: ...

else:
    _MockBase = Base
