"""The built-in example is marked as such everywhere and goes in one click."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt

from complaintkit.flow import StepId
from tests.gui.wizard_helpers import click, go


def test_the_example_is_marked_in_the_list_the_title_and_the_letter(qtbot, window, store):
    shown = window("en")
    shown.open_demo()
    editor = shown.editor
    assert editor.case_title.text().startswith("Example: ")
    assert editor.remove_example_button.isVisible()
    review = go(shown, StepId.REVIEW)
    review.start_generating()
    qtbot.waitUntil(lambda: review.files is not None, timeout=90_000)
    first_page = PdfReader(review.files.letter_pdf).pages[0].extract_text()
    assert "EXAMPLE" in first_page
    shown.show_list()
    row = next(r for r in range(shown.cases.rowCount()))
    assert shown.cases.item(row, 2).text() == "Example"
    assert shown.cases.item(row, 5).text() == "English"


def test_remove_the_example_in_one_click(qtbot, window, store) -> None:
    shown = window("zh_CN")
    shown.open_demo()
    case_id = shown.editor.case.id
    click(qtbot, shown.editor.remove_example_button)
    assert shown.pages.currentWidget() is shown.list_page
    assert not store.exists(case_id)
    assert store.list_cases() == [] and store.list_trash() == []
    assert "示例" in shown.status.text()


def test_a_copy_of_the_example_is_the_users_own_case(qtbot, window, store) -> None:
    shown = window("en")
    shown.open_demo()
    shown.show_list()
    shown.duplicate_selected()
    copies = [summary for summary in store.list_cases() if not summary.example]
    assert len(copies) == 1 and copies[0].letter_language == "en"


def test_a_users_case_shows_its_letter_language_in_the_list(qtbot, window, store) -> None:
    shown = window("zh_CN")
    shown.new_case()
    shown.show_list()
    assert shown.cases.item(0, 5).text() == "中文"
    assert shown.cases.item(0, 2).text() != "示例"


def test_the_scam_example_opens_from_the_file_menu(qtbot, window, store) -> None:
    shown = window("zh_CN")
    shown.file_menu.popup(shown.mapToGlobal(shown.rect().center()))
    qtbot.waitUntil(shown.file_menu.isVisible)
    shown.file_menu.setActiveAction(shown.scam_demo_action)
    qtbot.keyClick(shown.file_menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown.pages.currentWidget() is shown.editor)
    assert "Aurelia Capital" in shown.editor.case_title.text()
    assert shown.editor.remove_example_button.isVisible()
    panel = shown.editor.pages[StepId.PLATFORM].scam_panel
    assert panel.content.isVisible()  # the warning signs of the scam track, shown at once
