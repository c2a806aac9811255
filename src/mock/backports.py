"""The ``mock.backports`` module of mock 5.2.0, served by mock-backports."""

from mock_backports import (
    IsolatedAsyncioTestCase,
    iscoroutinefunction,
    markcoroutinefunction,
    set_event_loop_policy,
)

__all__ = [
    "IsolatedAsyncioTestCase",
    "iscoroutinefunction",
    "markcoroutinefunction",
    "set_event_loop_policy",
]
