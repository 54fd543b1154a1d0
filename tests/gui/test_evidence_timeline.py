"""A screenshot the user marks as an event gets a row in the letter's time line."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt

from complaintkit.documents.letter import compose_letter
from complaintkit.documents.structure import Table
from complaintkit.flow import StepId
from tests.gui.wizard_helpers import drop_files, go, screenshot_png


def _timeline_rows(case) -> list[str]:
    facts = compose_letter(case, "en", datetime(2026, 11, 20, tzinfo=UTC)).sections[0]
    tables = [block for block in facts.blocks if isinstance(block, Table)]
    return [row[1] for table in tables[:1] for row in table.rows]


def test_marking_a_screenshot_as_an_event_puts_it_in_the_time_line(
    qtbot, window, tmp_path: Path
) -> None:
    shown = window("en")
    shown.new_case()
    page = go(shown, StepId.EVIDENCE)
    drop_files(page.items.viewport(), [screenshot_png(tmp_path / "error.png")])
    qtbot.waitUntil(lambda: len(shown.editor.case.evidence) == 1, timeout=20_000)
    qtbot.waitUntil(lambda: not page.progress.isVisible())
    page.items.setCurrentRow(0)
    page.caption.setText("The app showed error 504")
    page.captured.setFocus()
    item = shown.editor.case.evidence[0]
    item.captured_at = datetime(2026, 11, 10, 9, 31, tzinfo=UTC)
    assert not page.timeline_event.isChecked()
    assert not any("error 504" in row for row in _timeline_rows(shown.editor.case))
    qtbot.mouseClick(page.timeline_event, Qt.MouseButton.LeftButton)
    assert shown.editor.case.evidence[0].timeline_event is True
    assert any("error 504" in row for row in _timeline_rows(shown.editor.case))
