"""Imports ``fetch`` by name: the name ``myapp.weather.fetch`` is what it calls."""

from myapp.net import fetch


def forecast(city: str) -> str:
    return fetch(f"https://weather.example/{city}").upper()
