"""NonCallableMock and Mock: attributes, children, specs, configuration.

Every mock has a class of its own, reused once its mock has died
(``_classes``); internal state lives in the instance dict and in
class-level defaults, written to the instance only when it changes; children, call
lists and spec data are made on first use; the magic methods of a magic
mock are descriptors on its class that make the child on first use.  Call
recording is ``_recorder``'s, the assertions ``_assertions``', the spec
caches ``_spec``'s.
"""

from __future__ import annotations

import sys
from _weakref import ref as _weakref

from . import _assertions, _classes, _naming
from ._base import (
    DEFAULT,
    InvalidSpecError,
    _Call,
    _CallList,
    _deleted,
    _missing,
)
from ._deps import async_support, iscoroutinefunction
from ._magic import (
    _all_magics,
    _as_method,
    _is_magic,
    _set_default,
    _unsupported_magics,
)
from ._predicates import _extract_mock, _is_exception, _is_list, _isawaitable, _MockIter, _try_iter
from ._recorder import CallableMixin, _link_names, _links_changed, _links_token, _lock
from ._spec import (
    FunctionTypes,
    Pending,
    attr_is_async,
    instance_spec_info,
    signature_of,
    spec_info,
)
from ._state import (
    _delegating,
    _delegating_list,
    _internal_names,
    _MockBase,
    _never_children,
    _state_defaults,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

_UNSET: Any = object()


def _is_instance_mock(obj: Any) -> bool:
    # isinstance is fooled by __class__ spoofing; the real type is not.
    return issubclass(type(obj), NonCallableMock)


def _is_async_obj(obj: Any) -> bool:
    """Whether ``obj`` is async to the reference: of mocks, only an ``AsyncMock``."""
    if _is_instance_mock(obj):
        # isinstance, as the reference: a spec may make a mock pass for one.
        # Without mock_async loaded there is no AsyncMock to pass for.
        provider = sys.modules.get("mock_async")
        if provider is None or not isinstance(obj, provider.AsyncMock):
            return False
    if hasattr(obj, "__func__"):
        obj = obj.__func__
    return bool(iscoroutinefunction(obj)) or _isawaitable(obj)


_new_object = object.__new__


# PropertyMock, which _magicmock (importing this module) defines and hands
# over; until then no value is one: isinstance(value, ()) is False.
_PropertyMock: Any = ()


def property_mock_class(cls: type) -> None:
    """Tell __setattr__ which class is PropertyMock."""
    global _PropertyMock
    _PropertyMock = cls


def _check_and_set_parent(parent: Any, value: Any, name: Any, new_name: Any) -> bool:
    value = _extract_mock(value)
    if not _is_instance_mock(value):
        return False
    if (
        (value._mock_name or value._mock_new_name)
        or value._mock_parent is not None
        or value._mock_new_parent is not None
    ):
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            # A mock set as its own child or return value is left alone.
            return False
        ancestor = ancestor._mock_new_parent
    _links_changed()
    links: dict[str, Any] = {}
    if new_name:
        links.update(_mock_new_parent=parent, _mock_new_name=new_name)
    if name:
        links.update(_mock_parent=parent, _mock_name=name)
    for link, target in links.items():
        setattr(value, link, target)
    return True


if TYPE_CHECKING:
    from typing_extensions import Self


class NonCallableMock(_MockBase):
    """The base of every mock: a ``Mock`` that cannot be called."""

    # No __slots__: on 3.13 a class with a __dict__ slot reads its instance
    # dict and class defaults about 4 times slower than a plain class.
    _lock = _lock
    locals().update(_state_defaults)
    _mock_is_async = False

    def __new__(
        cls,
        spec: Any = None,
        wraps: Any = None,
        name: Any = None,
        spec_set: Any = None,
        parent: Any = None,
        _spec_state: Any = None,
        _new_name: Any = "",
        _new_parent: Any = None,
        _spec_as_instance: Any = False,
        _eat_self: Any = None,
        unsafe: Any = False,
        **kwargs: Any,
    ) -> Self:
        # Every instance gets a class of its own: an idle one of the right
        # template when there is one (see _classes).  The parameters are
        # NonCallableMock.__init__'s, as in the reference.
        if spec is None and spec_set is None:
            template = _classes.plain_templates.get(cls)
            if template is None:
                template = _classes.mock_template(cls, None, None, _is_async_obj)
        else:
            template = _classes.mock_template(cls, spec, spec_set, _is_async_obj)
        try:
            shape = template.free.pop()
        except IndexError:
            shape = template.build()
        self: Any = _new_object(shape.cls)
        self.__dict__["_mock_shape"] = shape
        shape.owner = _weakref(self, shape.callback)
        return self  # type: ignore[no-any-return]

    def __init__(
        self,
        spec: Any = None,
        wraps: Any = None,
        name: Any = None,
        spec_set: Any = None,
        parent: Any = None,
        _spec_state: Any = None,
        _new_name: Any = "",
        _new_parent: Any = None,
        _spec_as_instance: bool = False,
        _eat_self: Any = None,
        unsafe: bool = False,
        **kwargs: Any,
    ) -> None:
        if _new_parent is None:
            _new_parent = parent
        state = self.__dict__
        if "_mock_children" in state:
            # Initialised before: its links may be in chains cached below it
            # (a new mock is in none yet).
            _links_token[0] = object()
        state["_mock_parent"] = parent
        state["_mock_name"] = name
        state["_mock_new_name"] = _new_name
        state["_mock_new_parent"] = _new_parent
        state["_mock_children"] = {}
        if wraps is not None:
            state["_mock_wraps"] = wraps
        if unsafe:
            state["_mock_unsafe"] = unsafe
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if spec is not None:
            if _eat_self is None:
                _eat_self = parent is not None
            self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
            set_magics = getattr(type(self), "_mock_set_magics", None)
            if set_magics is not None:
                # A magic mock (MagicMixin): the spec decides its magic methods.
                set_magics(self)
        if kwargs:
            self.configure_mock(**kwargs)

    # -- spec ---------------------------------------------------------------

    def attach_mock(self, mock: Any, attribute: str) -> None:
        """Make *mock* the child *attribute* of this mock.

        The child's own name and parent are dropped, so that from then on its
        calls are recorded here too (``mock_calls``, ``method_calls``)."""
        inner = _extract_mock(mock)
        _links_changed()
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ""
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec: Any, spec_set: bool = False) -> None:
        """Restrict the mock's attributes to those of *spec*, after creation.

        *spec* is an object whose attribute names are allowed, or a list of
        names.  Reading any other attribute raises ``AttributeError``; with
        *spec_set* true, assigning one does too."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(
        self,
        spec: Any,
        spec_set: Any,
        _spec_as_instance: bool = False,
        _eat_self: bool = False,
    ) -> None:
        if _is_instance_mock(spec):
            raise InvalidSpecError(f"Cannot spec a Mock object. [object={spec!r}]")
        spec_class = None
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
        state = self.__dict__
        state["_spec_class"] = spec_class
        state["_spec_set"] = spec_set
        state["_mock_spec_src"] = spec
        state["_mock_spec_info"] = None
        if spec_class is not None and spec_class is not spec:
            # Only the shape of an instance spec at this moment matters.
            state["_mock_spec_info"] = instance_spec_info(spec)
        state["_mock_sig"] = _UNSET if spec_class is not None else None
        state["_spec_as_instance"] = _spec_as_instance
        state["_mock_eat_self"] = _eat_self

    def _mock_names(self) -> Any:
        """The spec's attribute names as a container, or None without a spec."""
        src = self._mock_spec_src
        if src is None:
            return None
        if _is_list(src):
            return src
        info = self._mock_spec_info
        if info is None:
            info = spec_info(src)
            object.__setattr__(self, "_mock_spec_info", info)
        return info.names_set

    @property
    def _mock_methods(self) -> Any:
        src = self._mock_spec_src
        if src is None or _is_list(src):
            return src
        self._mock_names()
        return self._mock_spec_info.names

    @_mock_methods.setter
    def _mock_methods(self, value: Any) -> None:
        object.__setattr__(self, "_mock_spec_src", value)
        object.__setattr__(self, "_mock_spec_info", None)

    @property
    def _spec_signature(self) -> Any:
        sig = self._mock_sig
        if sig is _UNSET:
            result = signature_of(self._mock_spec_src, self._spec_as_instance, self._mock_eat_self)
            sig = result and result[1]
            object.__setattr__(self, "_mock_sig", sig)
        return sig

    @_spec_signature.setter
    def _spec_signature(self, value: Any) -> None:
        object.__setattr__(self, "_mock_sig", value)

    @property
    def _spec_asyncs(self) -> list[str]:
        src = self._mock_spec_src
        if src is None or _is_list(src):
            return []
        self._mock_names()
        info = self._mock_spec_info
        return [name for name in info.names if attr_is_async(src, info, name)]

    def _mock_attr_is_async(self, name: str) -> bool:
        src = self._mock_spec_src
        if src is None or _is_list(src):
            return False
        names = self._mock_names()
        if name not in names:
            return False
        return attr_is_async(src, self._mock_spec_info, name)

    # -- return value and side effect ----------------------------------------

    def __get_return_value(self) -> Any:
        ret = self._mock_return_value
        delegate = self._mock_delegate
        if delegate is not None:
            ret = delegate.return_value
        if ret is DEFAULT and self._mock_wraps is None:
            # Made without the lock (a subclass's _get_child_mock or __init__
            # is user code); installed under it, so that every thread gets
            # the same return value (the loser's child is dropped).
            made = self._get_child_mock(_new_parent=self, _new_name="()")
            with _lock:
                ret = self._mock_return_value if delegate is None else delegate.return_value
                if ret is DEFAULT:
                    ret = made
                    if delegate is not None:
                        delegate.return_value = made
                    else:
                        object.__setattr__(self, "_mock_return_value", made)
            if ret is made:
                _check_and_set_parent(self, made, None, "()")
        return ret

    def __set_return_value(self, value: Any) -> None:
        delegate = self._mock_delegate
        if delegate is not None:
            delegate.return_value = value
        else:
            object.__setattr__(self, "_mock_return_value", value)
            _check_and_set_parent(self, value, None, "()")

    _return_value_doc = "What a call of the mock returns; a child mock until it is set."
    # Type comments, not annotations: see Base.
    return_value = property(__get_return_value, __set_return_value, None, _return_value_doc)  # type: Any
    del _return_value_doc

    @property  # type: ignore[misc]
    def __class__(self) -> Any:
        spec_class = self._spec_class
        if spec_class is None:
            return type(self)
        return spec_class

    def __get_side_effect(self) -> Any:
        delegate = self._mock_delegate
        if delegate is None:
            return self._mock_side_effect
        effect = delegate.side_effect
        if (
            effect is not None
            and not callable(effect)
            and not isinstance(effect, _MockIter)
            and not _is_exception(effect)
        ):
            effect = _MockIter(effect)
            delegate.side_effect = effect
        return effect

    def __set_side_effect(self, value: Any) -> None:
        value = _try_iter(value)
        delegate = self._mock_delegate
        if delegate is None:
            object.__setattr__(self, "_mock_side_effect", value)
        else:
            delegate.side_effect = value

    side_effect = property(__get_side_effect, __set_side_effect)  # type: Any

    # -- call records ----------------------------------------------------------

    def _get_calls_list(self) -> Any:
        found = self._mock_calls_list
        if found is None:
            found = self.__dict__.setdefault("_mock_calls_list", _CallList())
        return found

    def _get_mock_calls_list(self) -> Any:
        found = self._mock_mock_calls_list
        if found is None:
            found = self.__dict__.setdefault("_mock_mock_calls_list", _CallList())
        return found

    def _get_method_calls_list(self) -> Any:
        found = self._mock_method_calls_list
        if found is None:
            found = self.__dict__.setdefault("_mock_method_calls_list", _CallList())
        return found

    def _set_calls_list(self, value: Any) -> None:
        object.__setattr__(self, "_mock_calls_list", value)

    def _set_mock_calls_list(self, value: Any) -> None:
        object.__setattr__(self, "_mock_mock_calls_list", value)

    def _set_method_calls_list(self, value: Any) -> None:
        object.__setattr__(self, "_mock_method_calls_list", value)

    _mock_call_args_list = property(_get_calls_list, _set_calls_list)
    _mock_mock_calls = property(_get_mock_calls_list, _set_mock_calls_list)
    method_calls = property(_get_method_calls_list, _set_method_calls_list)  # type: _CallList  # type: ignore[assignment]
    if not TYPE_CHECKING:
        # Typed in _MockBase (typeshed's types); a delegate is the function
        # create_autospec wraps around the mock, which holds plain values.
        call_args = _delegating("call_args")

        # called and call_count are read after most calls: attribute reads
        # with fixed names, cheaper than _delegating's getattr.
        def _get_called(self: Any) -> Any:
            delegate = self._mock_delegate
            return self._mock_called if delegate is None else delegate.called

        def _set_called(self: Any, value: Any) -> None:
            delegate = self._mock_delegate
            if delegate is None:
                self.__dict__["_mock_called"] = value
            else:
                delegate.called = value

        def _get_call_count(self: Any) -> Any:
            delegate = self._mock_delegate
            return self._mock_call_count if delegate is None else delegate.call_count

        def _set_call_count(self: Any, value: Any) -> None:
            delegate = self._mock_delegate
            if delegate is None:
                self.__dict__["_mock_call_count"] = value
            else:
                delegate.call_count = value

        called = property(_get_called, _set_called)
        call_count = property(_get_call_count, _set_call_count)
        del _get_called, _set_called, _get_call_count, _set_call_count
        call_args_list = _delegating_list("call_args_list", _get_calls_list, _set_calls_list)
        mock_calls = _delegating_list("mock_calls", _get_mock_calls_list, _set_mock_calls_list)

    def reset_mock(
        self,
        visited: Any = None,
        *,
        return_value: bool = False,
        side_effect: bool = False,
    ) -> None:
        """Forget every recorded call, here and in all the children.

        The configuration is kept, unless *return_value* or *side_effect* is
        true: then that setting is cleared as well.  *visited* is internal."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        with _lock:
            state = self.__dict__
            if self._mock_delegate is None:
                pop = state.pop
                pop("_mock_called", None)
                pop("_mock_call_args", None)
                pop("_mock_call_count", None)
                pop("_mock_mock_calls_list", None)
                pop("_mock_calls_list", None)
            else:
                self.called = False
                self.call_args: _Call | Any = None
                self.call_count = 0
                self.mock_calls: _CallList = _CallList()
                self.call_args_list: _CallList = _CallList()
            state.pop("_mock_method_calls_list", None)
            if return_value:
                state.pop("_mock_return_value", None)
            if side_effect:
                state.pop("_mock_side_effect", None)
            children = list(self._mock_children.values())
        for child in children:
            if child is _deleted or isinstance(child, Pending):
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self._mock_return_value
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs: Any) -> None:
        """Set one attribute per keyword argument; dotted names reach children.

        ``m.configure_mock(**{"db.get.return_value": 7})`` is
        ``m.db.get.return_value = 7``; parents are set before children."""
        # Fewer dots first: parents are configured before their children.
        for dotted, value in sorted(kwargs.items(), key=lambda item: item[0].count(".")):
            *parents, last = dotted.split(".")
            target = self
            for name in parents:
                target = getattr(target, name)
            setattr(target, last, value)

    # -- attributes --------------------------------------------------------------

    def __getattr__(self, name: str) -> Any:
        if name in _never_children:
            # Unset internal state (during construction), never a child.
            raise AttributeError(name)
        if self._mock_spec_src is None:
            # Fast path: without a spec an existing child passed every check
            # when it was made.
            # (Only autospec makes _SpecState children, and it always has a spec.)
            found = self._mock_children.get(name)
            if found is not None and found is not _deleted:
                return found
        names = self._mock_names()
        if names is not None:
            if name not in names or name in _all_magics:
                raise AttributeError(f"Mock object has no attribute {name!r}")
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not names or name not in names):
            if name.startswith(("assert", "assret", "asert", "aseert", "assrt")) or (
                name in _ATTRIB_DENY_LIST
            ):
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec "
                    f"for the mock if {name!r} is meant to be an attribute"
                )
        # Children are made without the lock (wraps, autospec and subclasses
        # run user code) and installed under it: every thread gets the one
        # child that won; a loser's is dropped.
        children = self._mock_children
        result = children.get(name)
        if result is None:
            # Straight from here, as in the reference: wraps and a subclass's
            # _get_child_mock see its call frames.
            result = None
            autospec = self._mock_autospec
            if autospec is not None:
                result = autospec.child(self, name)
            autospecced = result is not None
            if result is None:
                wraps = None
                if self._mock_wraps is not None:
                    wraps = getattr(self._mock_wraps, name)
                result = self._get_child_mock(
                    parent=self, name=name, wraps=wraps, _new_name=name, _new_parent=self
                )
            with _lock:
                found = children.get(name)
                if found is None:
                    children[name] = result
                    if autospecced and not isinstance(result, Pending):
                        # The reference stores autospecced methods in the
                        # instance dict too (its isinstance check is fooled
                        # by the spec'd __class__).
                        self.__dict__[name] = result
                else:
                    result = found
        if result is _deleted:
            raise AttributeError(name)
        if isinstance(result, Pending):
            pending = result
            result = pending.build(self, name)
            with _lock:
                found = children.get(name)
                if found is pending:
                    children[name] = result
                elif found is not None:
                    result = found
        return result

    def _mock_make_magic(self, name: str) -> Any:
        names = self._mock_names()
        if names is not None and name not in names:
            # A spec added after creation, without dropping the magic methods
            # (AsyncMock's mock_add_spec): as the reference, refuse on use.
            raise AttributeError(f"Mock object has no attribute '{name}'")
        # Made and given its default without the lock (a subclass's
        # _get_child_mock is user code), then installed if no thread was first.
        child = self._get_child_mock(name=name, _new_name=name, _new_parent=self)
        _set_default(self, child, name)
        with _lock:
            found = self.__dict__.get(name)
            if found is not None:
                return found
            self._mock_children[name] = child
            self.__dict__[name] = child
        return child

    if not TYPE_CHECKING:  # typed in _state._MockBase
        _extract_mock_name = _naming._extract_mock_name
        __repr__ = _naming.__repr__
        __dir__ = _naming.__dir__

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _internal_names:
            if name in _link_names:
                _links_changed()
            elif name == "_mock_shape":
                # A mock keeps its own (a copy is offered the original's).
                return None
            return object.__setattr__(self, name, value)
        if (
            self._spec_set
            and self._mock_spec_src is not None
            and name not in self._mock_names()
            and name not in self.__dict__
        ):
            raise AttributeError(f"Mock object has no attribute '{name}'")
        if name in _unsupported_magics:
            raise AttributeError(f"Attempting to set unsupported magic method {name!r}.")
        if name in _all_magics:
            names = self._mock_names()
            if names is not None and name not in names:
                raise AttributeError(f"Mock object has no attribute '{name}'")
            # Magic methods are looked up on the class: this mock's own.
            if not _is_instance_mock(value):
                setattr(type(self), name, _as_method(name, value))
                original = value

                def value(*args: Any, **kw: Any) -> Any:
                    return original(self, *args, **kw)

            else:
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif name == "__class__":
            object.__setattr__(self, "_spec_class", value)
            return None
        elif (
            # Only a mock, or a function carrying one, can become a child.
            issubclass(type(value), NonCallableMock) or isinstance(value, FunctionTypes)
        ) and _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value

        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError(f"Cannot set {self._extract_mock_name()}.{name}")
        if isinstance(value, _PropertyMock):
            self.__dict__[name] = value
            return None
        return object.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        if name in _link_names:
            _links_changed()
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        children = self._mock_children
        found = children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif found is _deleted:
            raise AttributeError(name)
        if found is not _missing:
            del children[name]
        children[name] = _deleted

    # -- assertions (written in _assertions) ------------------------------------

    if not TYPE_CHECKING:  # typed in _state._MockBase
        _format_mock_call_signature = _assertions._format_mock_call_signature
        _format_mock_failure_message = _assertions._format_mock_failure_message
        _get_call_signature_from_name = _assertions._get_call_signature_from_name
        _call_matcher = _assertions._call_matcher
        _calls_repr = _assertions._calls_repr
        assert_not_called = _assertions.assert_not_called
        assert_called = _assertions.assert_called
        assert_called_once = _assertions.assert_called_once
        assert_called_with = _assertions.assert_called_with
        assert_called_once_with = _assertions.assert_called_once_with
        assert_has_calls = _assertions.assert_has_calls
        assert_any_call = _assertions.assert_any_call

    # -- children ---------------------------------------------------------------

    def _get_child_mock(self, /, **kw: Any) -> Any:
        """Make a child (attribute or return value) from these constructor keywords.

        Children take the class of their parent, a non-callable parent giving
        its callable counterpart; override this to make other children."""
        if self._mock_sealed:
            attribute = f".{kw['name']}" if "name" in kw else "()"
            raise AttributeError(self._extract_mock_name() + attribute)
        new_name = kw.get("_new_name")
        if self._mock_spec_src is not None and self._mock_attr_is_async(str(new_name)):
            return async_support().AsyncMock(**kw)
        return self._mock_child_class(new_name)(**kw)

    def _mock_child_class(self, name: Any) -> Any:
        """The class of the child ``name``: the callable counterpart of this mock's.

        MagicMock, NonCallableMagicMock and AsyncMock have rules of their own."""
        cls = type(self)
        if issubclass(cls, CallableMixin):
            # The class asked for (the own class's base), as in the reference.
            return cls.__mro__[1]
        return Mock


_ATTRIB_DENY_LIST = frozenset(
    name[len("assert_") :] for name in dir(NonCallableMock) if name.startswith("assert_")
)


class Mock(CallableMixin, NonCallableMock):
    """A callable stand-in that records its calls and makes child mocks on demand.

    Every argument is optional:

    * *spec*: an object (class, instance, module) or a list of names; only
      those attributes can be read, and ``__class__`` answers the object's
      class so that ``isinstance`` checks pass.
    * *spec_set*: as *spec*, and assigning an unknown attribute fails too.
    * *side_effect*: what a call does instead of returning: an exception
      (class or instance) is raised, an iterable gives one item per call, a
      function is called with the same arguments and its result returned
      (unless it returns ``DEFAULT``).
    * *return_value*: what a call returns; a child mock when not set.
    * *wraps*: an object that calls and attribute reads are passed to.
    * *name*: shown in the repr and in the names of the children.
    * *unsafe*: allow attributes named like misspelt assertions
      (``assret_called``, ``called_once_with``).

    Any other keyword argument is set as an attribute, dotted names
    reaching children (see :meth:`configure_mock`).
    """

    __slots__ = ()


_classes.register(NonCallableMock, Mock)
