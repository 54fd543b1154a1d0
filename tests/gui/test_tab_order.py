"""Tab goes through every step from top to bottom, and never stops on a container."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QStackedWidget

from complaintkit.flow import STEP_ORDER, StepId
from tests.gui.wizard_helpers import go


def _walk(qtbot, page, steps: int = 40) -> list:
    page.focus_first_field()
    seen = []
    for _ in range(steps):
        widget = QApplication.focusWidget()
        if widget is None or not page.isAncestorOf(widget) or widget in seen:
            break
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def test_tab_walks_each_step_top_to_bottom(qtbot, window, store) -> None:
    shown = window("en")
    shown.open_demo()
    for step in STEP_ORDER:
        if step is StepId.REVIEW:
            continue
        page = go(shown, step)
        visited = _walk(qtbot, page)
        forms = {StepId.PLATFORM, StepId.CLAIMANT, StepId.PROBLEM, StepId.TIMELINE, StepId.REMEDY}
        assert len(visited) >= (3 if step in forms else 1), (step, visited)
        assert not any(isinstance(w, QScrollArea | QStackedWidget) for w in visited), step
        tops = [w.mapTo(page.body, QPoint(0, 0)).y() for w in visited if page.body.isAncestorOf(w)]
        # Widgets on one row share a top (within a few pixels); a step back up is a jump.
        jumps = [(a, b) for a, b in pairwise(tops) if b < a - 8]
        assert jumps == [], (step, [type(w).__name__ for w in visited])
