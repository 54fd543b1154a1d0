"""Benchmarks run on demand: `python -m pytest tests/benchmarks -s`."""
