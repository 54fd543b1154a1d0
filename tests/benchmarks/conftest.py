"""Benchmarks run on demand: `python -m pytest tests/benchmarks -s`."""

from tests.gui.wizard_helpers import store, window  # noqa: F401 (pytest fixtures)
