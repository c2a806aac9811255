"""A tiny application that the documentation's examples test."""
