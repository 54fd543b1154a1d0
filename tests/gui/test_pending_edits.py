"""What is still in an open editor (a table cell being typed in) is saved by every way
of leaving it that does not move the focus: Ctrl+Q, Alt+Right, generating, exporting,
switching language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from complaintkit.flow import StepId
from tests.gui.wizard_helpers import click, go


def _typing_in_first_order_cell(qtbot, shown, text: str):
    page = go(shown, StepId.TRADES)
    click(qtbot, page.add_button)
    table = page.table
    table.setCurrentCell(0, 0)
    table.editItem(table.item(0, 0))
    editor = QApplication.focusWidget()
    assert editor is not None and table.viewport().isAncestorOf(editor)
    qtbot.keyClicks(editor, text)
    return editor


def test_ctrl_q_saves_the_cell_being_typed_in(qtbot, window, store) -> None:
    shown = window("en")
    shown.new_case()
    editor = _typing_in_first_order_cell(qtbot, shown, "ORD-778")
    case_id = shown.editor.case.id
    qtbot.keyClick(editor, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not shown.isVisible(), timeout=10_000)
    assert store.load(case_id).trades[0].order_id == "ORD-778"


def test_alt_right_saves_the_cell_being_typed_in(qtbot, window, store) -> None:
    shown = window("en")
    shown.new_case()
    editor = _typing_in_first_order_cell(qtbot, shown, "ORD-779")
    qtbot.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert shown.editor.current_step() is StepId.EVIDENCE
    shown.editor.autosaver.flush()
    assert store.load(shown.editor.case.id).trades[0].order_id == "ORD-779"


def test_switching_language_saves_the_cell_being_typed_in(qtbot, window, store) -> None:
    shown = window("en")
    shown.new_case()
    _typing_in_first_order_cell(qtbot, shown, "ORD-780")
    shown.language_actions["zh_CN"].trigger()
    shown.editor.autosaver.flush()
    assert store.load(shown.editor.case.id).trades[0].order_id == "ORD-780"
    assert shown.editor.pages[StepId.TRADES].table.item(0, 0).text() == "ORD-780"


def test_generating_from_the_menu_uses_the_cell_being_typed_in(qtbot, window, store) -> None:
    shown = window("en")
    shown.open_demo()
    page = go(shown, StepId.TRADES)
    table = page.table
    table.setCurrentCell(0, 0)
    table.editItem(table.item(0, 0))
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "NEW-ORDER-1")
    delivery = shown.editor.delivery
    opened: list[str] = []
    delivery.open_url = lambda url: opened.append(url.toLocalFile()) or True
    shown.editor.review.start_generating()
    qtbot.waitUntil(lambda: shown.editor.review.files is not None, timeout=90_000)
    text = shown.editor.review.files.letter_text.read_text(encoding="utf-8")
    assert "NEW-ORDER-1" in text
