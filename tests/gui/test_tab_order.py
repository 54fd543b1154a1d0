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


def test_typing_after_next_or_back_adds_to_the_first_field_never_replaces_it(
    qtbot, window, store
) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.gui.wizard_helpers import click

    shown = window("en")
    shown.open_demo()
    editor = shown.editor
    title = editor.pages[StepId.PLATFORM].title_edit
    before = title.text()
    click(qtbot, editor.next_step)
    click(qtbot, editor.back_step)
    assert QApplication.focusWidget() is title
    qtbot.keyClicks(title, " (2)")
    assert title.text() == before + " (2)"
