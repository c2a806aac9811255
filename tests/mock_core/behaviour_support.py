"""Helpers shared by the differential behaviour tests of mock_core."""

from __future__ import annotations

import re
import sys
import unittest.mock as std

import mock_core as core

_ID = re.compile(r"(?<=id=')\d+|0x[0-9a-f]+")


def mask(text: str) -> str:
    """Replace ids and addresses in reprs."""
    return _ID.sub("ID", text)


def outcome(fn, *args, **kwargs):
    """Result of fn, or (exception type name, masked message)."""
    try:
        return ("ok", fn(*args, **kwargs))
    except BaseException as exc:
        return ("raise", type(exc).__name__, mask(str(exc)))


def same(scenario, std_since=(3, 9)):
    """Run scenario against mock_core and, on Pythons whose stdlib has the 5.2.0 behaviour
    (``std_since`` and later), against unittest.mock too; assert equal results."""
    got = scenario(core)
    if sys.version_info >= std_since:
        assert got == scenario(std)
    return got


def records(m):
    """Repr strings of the call records of a mock."""
    return (
        m.called,
        m.call_count,
        repr(m.call_args),
        repr(m.call_args_list),
        repr(m.mock_calls),
        repr(m.method_calls),
    )
