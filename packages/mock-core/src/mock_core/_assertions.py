"""The assertion methods of every mock, and the messages they fail with.

NonCallableMock takes these functions into its class body (so they are its
methods, as in the reference); mock-async's await assertions use the
matching helpers at the end.  A mock with a spec compares calls after
binding them to the spec's signature (``_call_matcher``), so positional
and keyword spellings of the same call match.
"""

from __future__ import annotations

from ._base import _Call, _CallList, _format_call_signature, call, safe_repr
from ._predicates import _extract_mock
from ._spec import Pending

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "_AnyComparer",
    "_call_matcher",
    "_calls_repr",
    "_errors",
    "_format_mock_call_signature",
    "_format_mock_failure_message",
    "_get_call_signature_from_name",
    "_unmatched_calls",
    "assert_any_call",
    "assert_called",
    "assert_called_once",
    "assert_called_once_with",
    "assert_called_with",
    "assert_has_calls",
    "assert_not_called",
]


def _format_mock_call_signature(self: Any, args: Any, kwargs: Any) -> str:
    return _format_call_signature(self._mock_name or "mock", args, kwargs)


def _format_mock_failure_message(self: Any, args: Any, kwargs: Any, action: str = "call") -> str:
    expected = self._format_mock_call_signature(args, kwargs)
    actual = self._format_mock_call_signature(*self.call_args)
    return f"expected {action} not found.\nExpected: {expected}\n  Actual: {actual}"


def _get_call_signature_from_name(self: Any, name: str) -> Any:
    if not name:
        return self._spec_signature
    sig = None
    owner: Any = self
    for part in name.replace("()", "").split("."):
        child = owner._mock_children.get(part)
        autospec = owner._mock_autospec
        if child is None and autospec is not None:
            # The reference made autospecced methods eagerly; make this one
            # now (never a pending non-function attribute).
            if autospec.entry_is_function(owner, part):
                child = getattr(owner, part)
        if child is None or isinstance(child, Pending):
            break
        owner = _extract_mock(child)
        sig = owner._spec_signature
    return sig


def _call_matcher(self: Any, _call: Any) -> Any:
    """``_call`` bound to the signature it is a call of, or the binding error."""
    named = isinstance(_call, tuple) and len(_call) > 2
    sig = self._get_call_signature_from_name(_call[0]) if named else self._spec_signature
    if sig is None:
        return _call
    name, args, kwargs = ("", *_call) if len(_call) == 2 else _call
    try:
        bound = sig.bind(*args, **kwargs)
    except TypeError as error:
        return error.with_traceback(None)
    return call(name, bound.args, bound.kwargs)


def assert_not_called(self: Any) -> None:
    """Fail unless the mock has no recorded call."""
    if self.call_count != 0:
        raise AssertionError(
            f"Expected '{self._mock_name or 'mock'}' to not have been called. "
            f"Called {self.call_count} times.{self._calls_repr()}"
        )


def assert_called(self: Any) -> None:
    """Fail unless the mock was called one time or more."""
    if self.call_count == 0:
        raise AssertionError(f"Expected '{self._mock_name or 'mock'}' to have been called.")


def assert_called_once(self: Any) -> None:
    """Fail unless the mock was called exactly one time."""
    if not self.call_count == 1:
        raise AssertionError(
            f"Expected '{self._mock_name or 'mock'}' to have been called once. "
            f"Called {self.call_count} times.{self._calls_repr()}"
        )


def assert_called_with(self: Any, /, *args: Any, **kwargs: Any) -> None:
    """Fail unless the most recent call had these arguments.

    With a spec, arguments are compared after binding them to the
    spec's signature, so positional and keyword spellings match."""
    if self.call_args is None:
        expected = self._format_mock_call_signature(args, kwargs)
        raise AssertionError(
            f"expected call not found.\nExpected: {expected}\n  Actual: not called."
        )
    expected = self._call_matcher(_Call((args, kwargs), two=True))
    actual = self._call_matcher(self.call_args)
    if actual != expected:
        cause = expected if isinstance(expected, Exception) else None
        raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause


def assert_called_once_with(self: Any, /, *args: Any, **kwargs: Any) -> None:
    """Fail unless the mock was called one time, with these arguments."""
    if not self.call_count == 1:
        raise AssertionError(
            f"Expected '{self._mock_name or 'mock'}' to be called once. "
            f"Called {self.call_count} times.{self._calls_repr()}"
        )
    self.assert_called_with(*args, **kwargs)


def assert_has_calls(self: Any, calls: Any, any_order: bool = False) -> None:
    """Fail unless ``mock_calls`` contains *calls*.

    By default *calls* must appear one after the other, other calls being
    allowed before and after them; with *any_order* true each must just
    be there somewhere (a recorded call is matched once)."""
    cause, missing, remaining = _unmatched_calls(self, calls, self.mock_calls, any_order)
    if not missing:
        return
    if not any_order:
        if cause is None:
            problem = "Calls not found."
        else:
            problem = f"Error processing expected calls.\nErrors: {_errors(missing)}"
        raise AssertionError(
            f"{problem}\nExpected: {_CallList(calls)}\n  Actual: {safe_repr(self.mock_calls)}"
        ) from cause
    raise AssertionError(
        f"{self._mock_name or 'mock'!r} does not contain all of "
        f"{tuple(missing)!r} in its call list, found {remaining!r} instead"
    ) from cause


def assert_any_call(self: Any, /, *args: Any, **kwargs: Any) -> None:
    """Fail unless some recorded call, not only the last, had these arguments."""
    expected = self._call_matcher(_Call((args, kwargs), two=True))
    cause = expected if isinstance(expected, Exception) else None
    actual = [self._call_matcher(c) for c in self.call_args_list]
    if cause or expected not in _AnyComparer(actual):
        expected_string = self._format_mock_call_signature(args, kwargs)
        raise AssertionError(f"{expected_string} call not found") from cause


def _calls_repr(self: Any) -> str:
    calls = self.mock_calls
    if not calls:
        return ""
    return f"\nCalls: {safe_repr(calls)}."


def _unmatched_calls(mock: Any, calls: Any, recorded: Any, any_order: bool) -> Any:
    """Match *calls* against *recorded* the way ``assert_has_calls`` does.

    Returns ``(cause, missing, remaining)``: the first signature error among
    *calls* (or None); nothing missing when they match, else all of *calls*
    (in order) or those not found (any order); and, with *any_order*, the
    recorded calls left over.
    """
    expected = [mock._call_matcher(c) for c in calls]
    cause = next((e for e in expected if isinstance(e, Exception)), None)
    matched = _CallList(mock._call_matcher(c) for c in recorded)
    if not any_order:
        return cause, ([] if expected in matched else expected), []
    remaining = list(matched)
    missing = [kall for kall in expected if not _take(remaining, kall)]
    return cause, missing, remaining


def _take(calls: list[Any], wanted: Any) -> bool:
    """Remove the first of ``calls`` equal to ``wanted``; whether there was one."""
    try:
        calls.remove(wanted)
    except ValueError:
        return False
    return True


def _errors(expected: list[Any]) -> list[Any]:
    """The signature errors of expected calls, None where a call was fine."""
    return [e if isinstance(e, Exception) else None for e in expected]


class _AnyComparer(list):  # type: ignore[type-arg]
    """Containment with the expected call on the left, so ANY works inside it."""

    def __contains__(self, item: object) -> bool:
        for _call in self:
            assert len(item) == len(_call)  # type: ignore[arg-type]
            if all([expected == actual for expected, actual in zip(item, _call)]):  # type: ignore[call-overload]
                return True
        return False
