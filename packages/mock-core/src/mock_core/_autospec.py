"""create_autospec and signature checking.

Unlike the reference, attributes of the spec are not walked at creation:
the spec is recorded on the mock and each attribute's autospecced child is
made when it is first fetched.  Signatures are cached per function/class.
"""

from __future__ import annotations

from ._base import InvalidSpecError, _CallList
from ._deps import async_support, iscoroutinefunction
from ._magic import _is_magic
from ._magicmock import MagicMock, NonCallableMagicMock
from ._mock import _is_instance_mock
from ._predicates import _callable, _is_async_func, _is_list
from ._spec import FunctionTypes, InstanceSpecInfo, Pending, signature_of

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "Autospec",
    "_SpecState",
    "_check_spec_arg_typos",
    "_copy_func_details",
    "_setup_func",
    "create_autospec",
]


def _check_spec_arg_typos(kwargs_to_check: Any) -> None:
    for typo in ("autospect", "auto_spec", "set_spec"):
        if typo in kwargs_to_check:
            raise RuntimeError(f"{typo!r} might be a typo; use unsafe=True if this is intended")


def _instance_callable(obj: Any) -> bool:
    """Whether ``obj`` (or, for a class, its instances) can be called."""
    if not isinstance(obj, type):
        return getattr(obj, "__call__", None) is not None  # noqa: B004
    for base in (obj, *obj.__mro__):
        if base.__dict__.get("__call__") is not None:
            return True
    return False


def _isdatadescriptor(obj: Any) -> bool:
    if isinstance(obj, type) or isinstance(obj, FunctionTypes):
        return False
    kind = type(obj)
    return hasattr(kind, "__set__") or hasattr(kind, "__delete__")


def _check_signature(func: Any, mock: Any, skipfirst: bool, instance: bool = False) -> None:
    found = signature_of(func, instance, skipfirst)
    if found is None:
        return
    _, sig = found
    object.__setattr__(mock, "_mock_checksig", sig.bind)
    mock.__dict__["__signature__"] = sig


_code_by_name: dict[str, Any] = {}
_PlainFunction = FunctionTypes[0]


def _set_signature(mock: Any, original: Any, instance: bool = False) -> Any:
    """A real function with ``original``'s signature that checks and calls ``mock``."""
    skipfirst = isinstance(original, type)
    found = signature_of(original, instance, skipfirst)
    if found is None:
        return mock
    _, sig = found
    checksig = sig.bind

    def funcopy(*args: Any, **kwargs: Any) -> Any:
        checksig(*args, **kwargs)
        return mock(*args, **kwargs)

    name = original.__name__
    if not name.isidentifier():
        name = "funcopy"
    code = _code_by_name.get(name)
    if code is None:
        code = funcopy.__code__.replace(co_name=name)
        _code_by_name[name] = code
    # Every cached code is this closure's, renamed: its free variables fit.
    funcopy.__code__ = code
    funcopy.__name__ = name
    funcopy.__qualname__ = name
    _setup_func(funcopy, mock, sig)
    return funcopy


def _must_skip(spec: Any, entry: str, is_type: bool) -> bool:
    """Whether the first argument of ``spec``'s ``entry`` is bound (self/cls)."""
    if not isinstance(spec, type):
        if entry in getattr(spec, "__dict__", {}):
            return False
        spec = spec.__class__
    owners = [klass.__dict__ for klass in spec.__mro__ if entry in klass.__dict__]
    if not owners:
        return is_type
    # Only a plain function takes the instance (static and class methods,
    # other descriptors do not); through the class, nothing is bound.
    return is_type and isinstance(owners[0][entry], FunctionTypes)


def create_autospec(
    spec: Any,
    spec_set: Any = False,
    instance: bool = False,
    _parent: Any = None,
    _name: Any = None,
    *,
    unsafe: bool = False,
    **kwargs: Any,
) -> Any:
    """Build a mock shaped like *spec*, all the way down.

    Each attribute is itself specced on the matching attribute of *spec*, and
    every function, method or class in it checks its arguments against the
    real signature: a wrong call raises ``TypeError`` as the real one would.
    A class gives a mock class whose return value (the "instance") has the
    same spec; ``instance=True`` treats a class as an instance instead, which
    is callable only if the class defines ``__call__``.  An ``async def``
    gives an ``AsyncMock``.

    With *spec_set* true, assigning an attribute *spec* lacks fails.
    Keywords that look like a misspelt ``autospec`` or ``spec_set`` raise
    ``RuntimeError`` unless *unsafe* is true.  Other keyword arguments go to
    the mock's constructor.
    """
    if _is_list(spec):
        # A list would be read as a list of attribute names.
        spec = type(spec)
    is_type = isinstance(spec, type)
    if _is_instance_mock(spec):
        raise InvalidSpecError(f"Cannot autospec a Mock object. [object={spec!r}]")
    is_async_func = _is_async_func(spec)

    # A dataclass instance's fields need not be class attributes: they join
    # the names of the spec (the class itself, so isinstance() holds), with
    # their annotated types as what to autospec them from.
    extra: dict[str, Any] = {}
    is_dataclass_spec = False
    if is_type and instance and hasattr(spec, "__dataclass_fields__"):
        from dataclasses import fields, is_dataclass

        if is_dataclass(spec):
            is_dataclass_spec = True
            extra = {f.name: f.type for f in fields(spec)}
    # The constructor's arguments: the spec (none for None), then the caller's.
    _kwargs: dict[str, Any] = {}
    if spec_set or spec is not None:
        _kwargs["spec_set" if spec_set else "spec"] = spec
        if instance:
            _kwargs["_spec_as_instance"] = True
    if not unsafe:
        _check_spec_arg_typos(kwargs)
    _name = kwargs.pop("name", _name)
    _new_name = "" if _parent is None else _name
    _kwargs.update(kwargs)

    klass: Any = MagicMock
    if _isdatadescriptor(spec):
        # What a descriptor returns is unknown, so it gets no spec.
        _kwargs = {}
    elif is_async_func:
        if instance:
            raise RuntimeError(
                "Instance can not be True when create_autospec is mocking an async function"
            )
        klass = async_support().AsyncMock
    elif not _callable(spec):
        klass = NonCallableMagicMock
    elif is_type and instance and not _instance_callable(spec):
        klass = NonCallableMagicMock

    mock = klass(
        parent=_parent,
        _new_parent=_parent,
        _new_name=_new_name,
        name=_name,
        **_kwargs,
    )
    inner = mock
    if is_dataclass_spec:
        _add_spec_names(mock, extra)
    if not isinstance(spec, FunctionTypes):
        _check_signature(spec, mock, is_type, instance)
    elif is_async_func:
        # A function (only at the top level: not recursed into) is wrapped.
        mock = async_support().autospec_async_function(mock, spec, instance)
    else:
        mock = _set_signature(mock, spec)
    if not instance and _parent is not None:
        _parent._mock_children[_name] = mock
    # wraps goes to the instance's autospec, not to configure_mock.
    wrapped = kwargs.pop("wraps", None)
    if is_type and not instance and "return_value" not in kwargs:
        mock.return_value = create_autospec(
            spec, spec_set, instance=True, _name="()", _parent=mock, wraps=wrapped
        )
    if spec is not None:
        info = Autospec(spec, spec_set, instance, is_type, wrapped, extra)
        if isinstance(spec, FunctionTypes):
            # A function's attributes cannot be made on access: do them now
            # (usually there are none).
            entries: Any
            if type(spec) is _PlainFunction:
                # A plain function's type has only dunder attributes, so
                # its own __dict__ (usually empty) holds every candidate.
                own = spec.__dict__
                entries = sorted(own) if own else ()
            else:
                entries = dir(spec)
            for entry in entries:
                if _is_magic(entry):
                    continue
                new = info.child(inner, entry)
                if new is not None:
                    inner._mock_children[entry] = new
                    if isinstance(new, FunctionTypes):
                        setattr(mock, entry, new)
        else:
            object.__setattr__(inner, "_mock_autospec", info)
    if _is_instance_mock(mock) and kwargs:
        mock.configure_mock(**kwargs)
    return mock


def _add_spec_names(mock: Any, names: Any) -> None:
    """Let ``mock``, specced with a class, also have the attributes ``names``."""
    known = mock._mock_names()
    info = InstanceSpecInfo(sorted(known.union(names)), {})
    object.__setattr__(mock, "_mock_spec_info", info)


class Autospec:
    """What ``create_autospec`` recorded on a mock, to make its children on first read."""

    __slots__ = ("extra", "instance", "is_type", "spec", "spec_set", "wrapped")

    def __init__(
        self,
        spec: Any,
        spec_set: Any,
        instance: bool,
        is_type: bool,
        wrapped: Any,
        extra: dict[str, Any],
    ) -> None:
        self.spec = spec
        self.spec_set = spec_set
        self.instance = instance
        self.is_type = is_type
        self.wrapped = wrapped
        # A dataclass instance's fields, by name, with their types.
        self.extra = extra

    def child(self, mock: Any, name: str) -> Any:
        """The autospecced child ``name`` of ``mock`` (or None: an ordinary child)."""
        if _is_magic(name):
            return None
        if name in self.extra:
            original = self.extra[name]
        else:
            try:
                original = getattr(self.spec, name)
            except AttributeError:
                return None
        if not isinstance(original, FunctionTypes):
            # The reference passes ``instance`` where ``ids`` goes, so the
            # attribute is always autospecced as a non-instance.
            return _SpecState(original, self.spec_set, mock, name, self.instance)
        child_kwargs: dict[str, Any] = {"spec": original}
        if self.wrapped and hasattr(self.wrapped, name):
            child_kwargs["wraps"] = original
        if self.spec_set:
            child_kwargs = {"spec_set": original}
        skipfirst = _must_skip(self.spec, name, self.is_type)
        child_kwargs["_eat_self"] = skipfirst
        child_klass: Any = MagicMock
        if iscoroutinefunction(original):
            child_klass = async_support().AsyncMock
        new = child_klass(parent=mock, name=name, _new_name=name, _new_parent=mock, **child_kwargs)
        new.return_value = child_klass()
        _check_signature(original, new, skipfirst=skipfirst)
        return new

    def _entry(self, mock: Any, name: str) -> Any:
        """The spec's attribute ``name`` that is still to be made, or _absent."""
        if _is_magic(name):
            return _absent
        if name in self.extra:
            return self.extra[name]
        names = mock._mock_names()
        if names is not None and name not in names:
            return _absent
        try:
            return getattr(self.spec, name)
        except AttributeError:
            return _absent

    def entry_is_state(self, mock: Any, name: str) -> bool:
        """Whether the not yet made entry ``name`` is a non-function (seal asks)."""
        found = self._entry(mock, name)
        return found is not _absent and not isinstance(found, FunctionTypes)

    def entry_is_function(self, mock: Any, name: str) -> bool:
        """Whether the not yet made entry ``name`` is a function."""
        found = self._entry(mock, name)
        return found is not _absent and isinstance(found, FunctionTypes)


_absent = object()


class _SpecState(Pending):
    """An autospecced attribute that is not a function: autospecced on first read."""

    spec: Any
    spec_set: Any
    parent: Any
    name: Any
    ids: Any
    instance: bool

    def __init__(
        self,
        spec: Any,
        spec_set: Any = False,
        parent: Any = None,
        name: Any = None,
        ids: Any = None,
        instance: bool = False,
    ) -> None:
        # The reference's attribute names (code written for it reads them).
        vars(self).update(
            spec=spec, spec_set=spec_set, parent=parent, name=name, ids=ids, instance=instance
        )

    def build(self, owner: Any, name: str) -> Any:
        try:
            return create_autospec(self.spec, self.spec_set, self.instance, self.parent, self.name)
        except InvalidSpecError:
            target_name = owner._mock_name or owner
            # Chained implicitly, as the reference does.
            raise InvalidSpecError(  # noqa: B904
                f"Cannot autospec attr {name!r} from target "
                f"{target_name!r} as it has already been mocked out. "
                f"[target={owner!r}, attr={self.spec!r}]"
            )


def _copy_func_details(func: Any, funcopy: Any) -> None:
    # Not __dict__: the copy must not expose attributes that should be mocked.
    for attribute in (
        "__name__",
        "__doc__",
        "__text_signature__",
        "__module__",
        "__defaults__",
        "__kwdefaults__",
    ):
        try:
            setattr(funcopy, attribute, getattr(func, attribute))
        except AttributeError:
            pass


def _setup_func(funcopy: Any, mock: Any, sig: Any) -> None:
    def reset_mock():  # type: () -> None
        # The function's own records, then its mock, then what it returns.
        for records in ("method_calls", "mock_calls"):
            setattr(funcopy, records, _CallList())
        mock.reset_mock()
        returned = funcopy.return_value
        if returned is not mock and _is_instance_mock(returned):
            returned.reset_mock()

    # One dict update instead of a dozen attribute stores; the assertions
    # are the mock's own bound methods rather than a new closure each.
    funcopy.__dict__.update(
        {
            "mock": mock,
            "called": False,
            "call_count": 0,
            "call_args": None,
            "call_args_list": _CallList(),
            "method_calls": _CallList(),
            "mock_calls": _CallList(),
            "return_value": mock.return_value,
            "side_effect": mock.side_effect,
            "_mock_children": mock._mock_children,
            "assert_called_with": mock.assert_called_with,
            "assert_called_once_with": mock.assert_called_once_with,
            "assert_has_calls": mock.assert_has_calls,
            "assert_any_call": mock.assert_any_call,
            "assert_called": mock.assert_called,
            "assert_not_called": mock.assert_not_called,
            "assert_called_once": mock.assert_called_once,
            "reset_mock": reset_mock,
            "__signature__": sig,
        }
    )
    object.__setattr__(mock, "_mock_delegate", funcopy)
