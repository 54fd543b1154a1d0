"""Every test runs against its own data folder and never sees a real profile or display."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def complaintkit_home(tmp_path, monkeypatch):
    home = tmp_path / "ck-home"
    monkeypatch.setenv("COMPLAINTKIT_HOME", str(home))
    return home
