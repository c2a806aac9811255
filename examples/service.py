"""A small module for the examples to patch: one async and one sync function."""

from __future__ import annotations


async def async_function(*args: object) -> str:
    raise RuntimeError("the real service is not reachable from the examples")


def current_user() -> str:
    raise RuntimeError("the real lookup is not reachable from the examples")


async def greet() -> str:
    return f"hello {await async_function('greeting')}"
