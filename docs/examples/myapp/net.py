"""The network layer: what tests replace."""

from __future__ import annotations


def fetch(url: str) -> str:
    raise RuntimeError(f"no network in tests: {url}")


async def fetch_json(url: str) -> dict[str, str]:
    raise RuntimeError(f"no network in tests: {url}")
