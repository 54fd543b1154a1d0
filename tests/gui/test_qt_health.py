"""The Qt binding must not eat references to None (PySide6 6.12.0 on CPython 3.11 did)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

from complaintkit.ui.qt_health import none_references_lost


def test_ten_thousand_void_qt_calls_leave_nones_reference_count_alone(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    lost = 0
    for step in range(10_000):
        label.setText("typed" if step % 2 else "text")
        lost = before - sys.getrefcount(None)
        if lost >= 200:
            break  # stop before None itself is freed and the interpreter aborts
    # A few references come and go with the interpreter's own work; the fault lost one
    # per call, so 10,000 calls would lose 10,000.
    assert lost < 50


def test_the_self_test_probe_reports_a_healthy_binding(qtbot):
    lost = none_references_lost()
    assert lost < 50
