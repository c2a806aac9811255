"""``patch.TEST_PREFIX``: which methods the class decorators patch.

The prefix is an attribute of the ``patch`` function that users may change
at any time; the patchers of ``_patcher`` and ``_dict`` read it here, through
the function registered by ``_api``, so that neither needs to import ``_api``.
"""

from __future__ import annotations

from typing import Any, Iterator

__all__ = ["prefixed_methods", "set_prefix_holder"]


class _DefaultPrefix:
    TEST_PREFIX = "test"


# The object whose TEST_PREFIX is read: the patch function once _api has made
# it (importing any module of the package runs _api first).
_prefix_holder: Any = _DefaultPrefix


def set_prefix_holder(holder: Any) -> None:
    """Read ``TEST_PREFIX`` from ``holder`` from now on."""
    global _prefix_holder
    _prefix_holder = holder


def prefixed_methods(klass: type, *, read_all: bool = False) -> Iterator[tuple[str, Any]]:
    """Yield the callable attributes of ``klass`` named with ``patch.TEST_PREFIX``.

    Lazily, so that each one can be replaced before the next is read; the
    prefix is read anew for each name.  ``read_all`` reads every attribute,
    prefixed or not, first: ``patch.dict`` does, and so fails where any
    descriptor of the class does.
    """
    for name in dir(klass):
        if read_all:
            value = getattr(klass, name)
        if not name.startswith(_prefix_holder.TEST_PREFIX):
            continue
        if not read_all:
            value = getattr(klass, name)
        # hasattr, not callable(): what counts is having the attribute at all.
        if hasattr(value, "__call__"):  # noqa: B004
            yield name, value
