"""Imports the module: ``net.fetch_json`` is looked up in ``myapp.net`` at each call."""

from __future__ import annotations

from myapp import net


async def user_name(user_id: int) -> str:
    data = await net.fetch_json(f"https://users.example/{user_id}")
    return data["name"]


class UserService:
    async def fetch_data(self, query: str) -> dict[str, str]:
        return await net.fetch_json(f"https://users.example/?q={query}")

    async def process_data(self, data: dict[str, str]) -> str:
        return ", ".join(sorted(data.values()))

    def cache_size(self) -> int:
        return 0
