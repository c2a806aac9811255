"""Benchmark harness comparing this repository's mock with ``unittest.mock``."""
