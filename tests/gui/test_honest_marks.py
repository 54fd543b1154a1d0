"""The step marks and Review tell the truth about what the user typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from complaintkit.flow import StepId
from tests.gui.wizard_helpers import go


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def test_a_refused_value_marks_its_step_and_review_links_to_the_field(qtbot, window, store):
    shown = window("en")
    shown.open_demo()
    editor = shown.editor
    assert editor.step_state(StepId.CLAIMANT) == "✓"
    page = go(shown, StepId.CLAIMANT)
    _type(qtbot, page.email, "daniel.carter@")
    assert editor.step_state(StepId.CLAIMANT) == "!"
    assert editor.steps.item(1).text().endswith("!")
    review = go(shown, StepId.REVIEW)
    texts = [text for step, text in review.findings_shown() if step == "claimant"]
    assert texts and texts[0].startswith("Check: ") and "not saved" in texts[0]
    # The link lands on the field that fixes it.
    row = next(i for i in range(review.findings.count())
               if review.findings.item(i).text() == texts[0])
    review.findings.setCurrentRow(row)
    qtbot.keyClick(review.findings, Qt.Key.Key_Return)
    assert editor.current_step() is StepId.CLAIMANT
    assert QApplication.focusWidget() is page.email
    _type(qtbot, page.email, "daniel.carter@example.co.uk")
    assert editor.step_state(StepId.CLAIMANT) == "✓"


def test_an_end_before_the_start_is_not_complete(qtbot, window, store) -> None:
    shown = window("en")
    shown.open_demo()
    page = go(shown, StepId.TIMELINE)
    page.ongoing.setChecked(False)
    _type(qtbot, page.ended.edit, "1 Jan 2026 09:00")
    assert "before" in page.bindings[3].error.text() or page.bindings[3].error.text()
    assert shown.editor.step_state(StepId.TIMELINE) == "!"


def test_a_new_case_shows_no_tick_for_steps_nobody_filled(qtbot, window, store) -> None:
    shown = window("en")
    shown.new_case()
    marks = {step: shown.editor.step_state(step) for step in StepId if step is not StepId.REVIEW}
    assert "✓" not in marks.values()
    assert marks[StepId.TRADES] == ""
    contacts = go(shown, StepId.CONTACTS)
    contacts.add_button.click()  # one empty contact
    assert shown.editor.step_state(StepId.CONTACTS) != "✓"


def test_the_letter_language_is_asked_first_and_follows_the_regulator(qtbot, window, store):
    from complaintkit.domain import Language

    shown = window("en")
    shown.new_case()
    page = shown.editor.current_page()
    assert page.letter_language.isVisibleTo(page)
    def choose(key: str) -> None:  # as picked from the list
        page.jurisdiction.setCurrentIndex(page.jurisdiction.findData(key))

    choose("CN")  # a mainland broker
    assert shown.editor.case.letter_language is Language.ZH_CN
    assert page.letter_language.value() == Language.ZH_CN
    # Once the user picks a language, the regulator no longer changes it.
    page.letter_language.set_value(Language.EN)  # the user picks English
    choose("HK")
    choose("CN")
    assert shown.editor.case.letter_language is Language.EN
    shown.editor.autosaver.flush()
    saved = store.load(shown.editor.case.id)
    assert saved.letter_language is Language.EN and saved.letter_language_chosen
