"""Call recording: the hot path of every mock call, and what keeps it right.

``CallableMixin.__call__`` records a call and answers it.  For a plain mock
(nothing below overridden, no autospec delegate) it calls ``_record``
directly, as ``_increment_mock_call`` would.

Invariants, and why each write is safe between threads without a lock:

* A call appends its records: one ``_Call`` to ``call_args_list`` and one
  to ``mock_calls`` of the mock, and one to ``mock_calls`` (and, for an
  attribute chain, ``method_calls``) of every ancestor.  Each is a single
  ``list.append`` or dict store: atomic under the GIL, so concurrent calls
  never lose a record (their order between threads is whatever ran first).
* A list is made on first use with ``dict.setdefault``: of two threads
  racing there, both append to the one list that won.
* ``call_count`` is ``len(call_args_list)`` after each call, as from 3.14:
  the append and the count are taken together under ``_count_lock`` (a
  plain lock held for those two steps only), so no count is lost or stale.
* ``called`` and ``call_args`` are plain stores: the last writer wins, as
  with any attribute.
* The ancestors and the names a call is recorded under are computed once
  per mock (``_parent_chain``, the only walk up the parents) and cached in
  the mock's dict with a token; any change of a parent link anywhere makes
  a new token, so no cached chain outlives the links it was made from.
* A mock with an autospec delegate (the function ``create_autospec`` wraps
  around it) keeps plain counts on that function: that path takes the lock.

The fast path is off (and the overridable methods run, as in the
reference) when a class overrides ``_increment_mock_call``, ``_mock_call``
or ``_execute_mock_call``; a side effect, ``wraps`` or a return value still
to be made always go through ``_mock_call`` -> ``_execute_mock_call``, so
that user code sees the reference's call frames.
"""

from __future__ import annotations

# threading's RLock is this one; importing threading would cost more than the core.
from _thread import RLock
from _thread import allocate_lock as _allocate_lock

from ._base import DEFAULT, Base, _Call, _CallList
from ._predicates import _callable, _is_exception, _try_iter

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "CallableMixin",
    "_count_lock",
    "_link_names",
    "_links_changed",
    "_links_token",
    "_lock",
    "_record",
]

_new_tuple = tuple.__new__

# Recording a call takes no lock: every write it makes is a single atomic
# step under the GIL (a dict store, a list append, a tally tick).  This
# re-entrant lock guards what must happen once: creating a child or a
# default return value, and the rarer paths that change several fields.
_lock = RLock()
# Held while a call appends to call_args_list and sets call_count from it.
_count_lock = _allocate_lock()

# Each mock caches, in its instance dict, the names its calls are recorded
# under in every ancestor (see _parent_chain).  Any change of a parent link
# anywhere replaces this token, which makes every cached chain stale.
_links_token: list[Any] = [object()]
_link_names = frozenset(("_mock_parent", "_mock_name", "_mock_new_name", "_mock_new_parent"))


def _links_changed() -> None:
    _links_token[0] = object()


class CallableMixin(Base):
    """What makes a mock callable: call recording, return values and side effects."""

    __slots__ = ()

    def __init__(
        self,
        spec: Any = None,
        side_effect: Any = None,
        return_value: Any = DEFAULT,
        wraps: Any = None,
        name: Any = None,
        spec_set: Any = None,
        parent: Any = None,
        _spec_state: Any = None,
        _new_name: Any = "",
        _new_parent: Any = None,
        **kwargs: Any,
    ) -> None:
        # The reference's order: the return value first, the side effect last.
        state = self.__dict__
        if return_value is not DEFAULT:
            state["_mock_return_value"] = return_value
        super().__init__(
            spec, wraps, name, spec_set, parent, _spec_state, _new_name, _new_parent, **kwargs
        )
        if side_effect is not None:
            state["_mock_side_effect"] = _try_iter(side_effect)

    def _mock_check_sig(self, /, *args: Any, **kwargs: Any) -> None:
        check = self._mock_checksig  # type: ignore[attr-defined]
        if check is not None:
            check(*args, **kwargs)

    def __call__(self, /, *args: Any, **kwargs: Any) -> Any:
        me: Any = self
        check = me._mock_checksig
        if check is not None:
            check(*args, **kwargs)
        cls = type(me)
        if cls._increment_mock_call is _plain_increment and me._mock_delegate is None:
            # What _increment_mock_call would do, one call fewer.
            _record(me, args, kwargs)
        else:
            me._increment_mock_call(*args, **kwargs)
        # Only a configured return value is answered here: whatever may run
        # user code (a side effect, wraps, a child's creation) goes through
        # _mock_call and _execute_mock_call, so it sees the reference's frames.
        if (
            me._mock_side_effect is None
            and me._mock_delegate is None
            and me._mock_wraps is None
            and cls._mock_call is _plain_mock_call
            and cls._execute_mock_call is _plain_execute
        ):
            ret = me._mock_return_value
            if ret is not DEFAULT:
                return ret
        return me._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args: Any, **kwargs: Any) -> Any:
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args: Any, **kwargs: Any) -> None:
        me: Any = self
        if me._mock_delegate is None:
            _record(me, args, kwargs)
            return
        # The records live on autospec's function (a delegate is never
        # removed), in plain attributes: several steps, so under the lock.
        pair = _new_tuple(_Call, (args, kwargs))
        with _lock:
            me.called = True
            me.call_args = pair
            me.call_args_list.append(pair)
            me.call_count = len(me.call_args_list)
            me.mock_calls.append(_new_tuple(_Call, ("", args, kwargs)))
            if me._mock_new_parent is not None:
                _record_up(me, me.__dict__, args, kwargs)

    def _execute_mock_call(self, /, *args: Any, **kwargs: Any) -> Any:
        me: Any = self
        effect = me.side_effect
        # The side effect runs right here (user code: its frames count).
        if effect is None:
            outcome = DEFAULT
        elif _is_exception(effect):
            raise effect
        elif _callable(effect):
            outcome = effect(*args, **kwargs)
        else:
            outcome = next(effect)
            if _is_exception(outcome):
                raise outcome
        if outcome is not DEFAULT:
            return outcome
        # A return value set here or on autospec's function wins over wraps.
        wrapped = me._mock_wraps
        if wrapped is None or me._mock_return_value is not DEFAULT:
            return me.return_value
        delegate = me._mock_delegate
        if delegate is not None and delegate.return_value is not DEFAULT:
            return me.return_value
        return wrapped(*args, **kwargs)


_acquire_count = _count_lock.acquire
_release_count = _count_lock.release


def _record(me: Any, args: Any, kwargs: Any) -> None:
    """Record one call of ``me`` (no delegate) on it and up its parent chain."""
    pair = _new_tuple(_Call, (args, kwargs))
    state = me.__dict__
    state["_mock_called"] = True
    calls = me._mock_calls_list
    if calls is None:
        calls = state.setdefault("_mock_calls_list", _CallList())
    _acquire_count()
    try:
        state["_mock_call_args"] = pair
        calls.append(pair)
        state["_mock_call_count"] = len(calls)
    finally:
        _release_count()
    calls = me._mock_mock_calls_list
    if calls is None:
        calls = state.setdefault("_mock_mock_calls_list", _CallList())
    calls.append(_new_tuple(_Call, ("", args, kwargs)))
    if me._mock_new_parent is not None:
        _record_up(me, state, args, kwargs)


def _record_up(me: Any, state: Any, args: Any, kwargs: Any) -> None:
    """Record a call of ``me`` in its ancestors."""
    chain = state.get("_mock_chain")
    if chain is None or chain[0] is not _links_token[0]:
        chain = state["_mock_chain"] = _parent_chain(me)
    new = _new_tuple
    call_cls = _Call
    for parent, mock_name, method_name in chain[1]:
        entry = new(call_cls, (mock_name, args, kwargs))
        if method_name is not None:
            calls = parent._mock_method_calls_list
            if calls is None:
                calls = parent.method_calls
            # The same record serves both lists when the names agree
            # (the usual attribute chain): one allocation fewer per level.
            if method_name is mock_name:
                calls.append(entry)
            else:
                calls.append(new(call_cls, (method_name, args, kwargs)))
        calls = parent._mock_mock_calls_list
        if calls is None or parent._mock_delegate is not None:
            calls = parent.mock_calls
        calls.append(entry)


def _parent_chain(me: Any) -> tuple[Any, tuple[tuple[Any, str, Any], ...]]:
    """Each ancestor of ``me`` with the names a call of ``me`` gets there.

    The second name (for ``method_calls``) is None where that list is not
    fed, and the very same string as the first when they agree.
    """
    token = _links_token[0]
    levels = []
    parent = me._mock_new_parent
    do_method_calls = me._mock_parent is not None
    method_name = me._mock_name
    mock_name = me._mock_new_name
    is_a_call = mock_name == "()"
    while parent is not None:
        if do_method_calls:
            levels.append(
                (parent, mock_name, mock_name if method_name == mock_name else method_name)
            )
            do_method_calls = parent._mock_parent is not None
            if do_method_calls:
                method_name = parent._mock_name + "." + method_name
        else:
            levels.append((parent, mock_name, None))
        parent_new_name = parent._mock_new_name
        if parent_new_name:
            dot = "" if is_a_call else "."
            is_a_call = parent_new_name == "()"
            mock_name = parent_new_name + dot + mock_name
        parent = parent._mock_new_parent
    return token, tuple(levels)


_plain_increment = CallableMixin._increment_mock_call
_plain_mock_call = CallableMixin._mock_call
_plain_execute = CallableMixin._execute_mock_call
