"""Linking evidence to orders, contacts and the problem, both ways, and Review's link to it;
the capture time says where it came from and can be corrected."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from complaintkit.documents.letter import compose_letter
from complaintkit.documents.structure import Table
from complaintkit.domain import ProblemCategory
from complaintkit.domain.enums import CaptureTimeSource
from complaintkit.flow import StepId
from complaintkit.ui.evidence_picker import LinkPicker, contact_key, problem_key, trade_key
from tests.gui.wizard_helpers import drop_files, go, screenshot_png


def tick(qtbot, picker: LinkPicker, key: str) -> None:
    """Click the row's words, as a user ticks it."""
    item = picker.item_for(key)
    assert item is not None and picker.isVisible() and picker.isEnabled(), key
    picker.scrollToItem(item)
    where = picker.visualItemRect(item).center()
    qtbot.mouseClick(picker.viewport(), Qt.MouseButton.LeftButton, pos=where)


def rows(picker: LinkPicker) -> list[str]:
    return [picker.item(row).text() for row in range(picker.count())]


def _order_rows(case) -> dict[str, str]:
    """Order number -> the exhibits column of the letter's orders table."""
    letter = compose_letter(case, "en", datetime(2026, 12, 1, tzinfo=ZoneInfo("UTC")))
    found = {}
    for section in letter.sections:
        for block in section.blocks:
            if isinstance(block, Table) and block.rows and len(block.rows[0]) == 7:
                found.update({row[0]: row[-1] for row in block.rows})
    return found


def add_evidence(qtbot, shown, tmp_path: Path, names: list[str]) -> None:
    page = go(shown, StepId.EVIDENCE)
    files = [screenshot_png(tmp_path / name, name) for name in names]
    drop_files(page.items.viewport(), files)
    qtbot.waitUntil(lambda: len(shown.editor.case.evidence) == len(names), timeout=20_000)
    qtbot.waitUntil(lambda: not page.progress.isVisible())


def test_evidence_picked_for_an_order_is_saved(qtbot, window, store, tmp_path) -> None:
    shown = window("en")
    shown.new_case()
    add_evidence(qtbot, shown, tmp_path, ["confirmation.png", "error.png"])
    editor = shown.editor
    first, second = editor.case.evidence
    trades = go(shown, StepId.TRADES)
    trades.add_button.click()
    trades.add_button.click()
    # The picker follows the selected order and lists the exhibits by number and caption.
    trades.table.setCurrentCell(1, 0)
    assert rows(trades.evidence) == ["E1 confirmation", "E2 error"]
    tick(qtbot, trades.evidence, second.id)
    assert editor.case.trades[1].evidence_ids == [second.id]
    assert editor.case.trades[0].evidence_ids == []
    trades.table.setCurrentCell(0, 0)
    assert trades.evidence.value() == []
    tick(qtbot, trades.evidence, first.id)
    tick(qtbot, trades.evidence, second.id)
    tick(qtbot, trades.evidence, first.id)  # and off again
    assert editor.case.trades[0].evidence_ids == [second.id]
    editor.autosaver.flush()
    saved = store.load(editor.case.id)
    assert [trade.evidence_ids for trade in saved.trades] == [[second.id], [second.id]]
    # The letter's orders table cites the exhibit beside each order.
    saved.trades[0].order_id, saved.trades[1].order_id = "T-100", "T-200"
    assert _order_rows(saved) == {"T-100": "E2", "T-200": "E2"}


def test_space_ticks_the_current_row_too(qtbot, window, store, tmp_path) -> None:
    shown = window("en")
    shown.new_case()
    add_evidence(qtbot, shown, tmp_path, ["chat.png"])
    contacts = go(shown, StepId.CONTACTS)
    contacts.add_button.click()
    contacts.evidence.setFocus()
    contacts.evidence.setCurrentRow(0)
    qtbot.keyClick(contacts.evidence, Qt.Key.Key_Space)
    assert shown.editor.case.contacts[0].evidence_ids == [shown.editor.case.evidence[0].id]


def test_the_problem_and_a_contact_get_their_evidence(qtbot, window, store, tmp_path) -> None:
    shown = window("en")
    shown.new_case()
    add_evidence(qtbot, shown, tmp_path, ["status page.png", "chat.png"])
    editor = shown.editor
    status, chat = editor.case.evidence
    problem = go(shown, StepId.PROBLEM)
    tick(qtbot, problem.evidence, status.id)
    assert editor.case.problem.evidence_ids == [status.id]
    contacts = go(shown, StepId.CONTACTS)
    contacts.add_button.click()
    tick(qtbot, contacts.evidence, chat.id)
    assert editor.case.contacts[0].evidence_ids == [chat.id]
    # A contact with only evidence is no longer blank.
    assert not editor.case.contacts[0].is_blank()


def test_an_evidence_item_says_and_sets_what_it_shows(qtbot, window, store, tmp_path) -> None:
    shown = window("en")
    shown.new_case()
    add_evidence(qtbot, shown, tmp_path, ["fills.png"])
    editor = shown.editor
    trades = go(shown, StepId.TRADES)
    trades.add_button.click()
    editor.case.trades[0].order_id = "T-7730921"
    contacts = go(shown, StepId.CONTACTS)
    contacts.add_button.click()
    editor.case.contacts[0].reference = "HCX-TK-4410"
    evidence = go(shown, StepId.EVIDENCE)
    evidence.items.setCurrentRow(0)
    item = editor.case.evidence[0]
    trade, contact = editor.case.trades[0], editor.case.contacts[0]
    labels = rows(evidence.shown_in)
    assert labels[0].startswith("The problem itself")
    assert labels[1].startswith("Order T-7730921")
    assert labels[2].startswith("Contact: ") and "HCX-TK-4410" in labels[2]
    tick(qtbot, evidence.shown_in, trade_key(trade.id))
    tick(qtbot, evidence.shown_in, contact_key(contact.id))
    tick(qtbot, evidence.shown_in, problem_key())
    assert trade.evidence_ids == [item.id]
    assert contact.evidence_ids == [item.id]
    assert editor.case.problem.evidence_ids == [item.id]
    tick(qtbot, evidence.shown_in, contact_key(contact.id))
    assert contact.evidence_ids == []
    # The order's own picker shows the same link.
    trades = go(shown, StepId.TRADES)
    assert trades.evidence.value() == [item.id]
    editor.autosaver.flush()
    saved = store.load(editor.case.id)
    assert saved.trades[0].evidence_ids == [item.id] and saved.contacts[0].evidence_ids == []


def test_removing_evidence_unlinks_it_and_undo_links_it_again(
    qtbot, window, store, tmp_path
) -> None:
    shown = window("en")
    shown.new_case()
    add_evidence(qtbot, shown, tmp_path, ["a.png", "b.png"])
    editor = shown.editor
    a, b = editor.case.evidence
    trades = go(shown, StepId.TRADES)
    trades.add_button.click()
    tick(qtbot, trades.evidence, a.id)
    tick(qtbot, trades.evidence, b.id)
    evidence = go(shown, StepId.EVIDENCE)
    evidence.items.setCurrentRow(0)
    evidence.remove_button.click()
    assert editor.case.trades[0].evidence_ids == [b.id]
    editor.autosaver.flush()
    assert store.load(editor.case.id).trades[0].evidence_ids == [b.id]  # still loads
    editor.undo_action.trigger()
    assert [item.id for item in editor.case.evidence] == [a.id, b.id]
    assert editor.case.trades[0].evidence_ids == [a.id, b.id]
    trades = go(shown, StepId.TRADES)
    assert trades.evidence.value() == [a.id, b.id]
    # Removing the order takes its links with it; undo brings both back.
    trades.remove_selected()
    assert editor.case.trades == []
    editor.undo_action.trigger()
    assert editor.case.trades[0].evidence_ids == [a.id, b.id]


def test_review_s_link_lands_on_the_picker_that_fixes_it(qtbot, window, store) -> None:
    shown = window("en")
    shown.open_demo()
    editor = shown.editor
    case = editor.case
    case.problem.categories = [ProblemCategory.WRONG_EXECUTION]
    for cites in (case.problem, *case.trades, *case.contacts):
        cites.evidence_ids = []
    review = go(shown, StepId.REVIEW)
    texts = [text for _step, text in review.findings_shown() if "linked to" in text]
    assert texts and "→  Affected orders" in texts[0]
    listed = [review.findings.item(i).text() for i in range(review.findings.count())]
    review.findings.setCurrentRow(listed.index(texts[0]))
    qtbot.keyClick(review.findings, Qt.Key.Key_Return)
    trades = editor.pages[StepId.TRADES]
    assert editor.current_step() is StepId.TRADES
    assert QApplication.focusWidget() is trades.evidence
    assert trades.table.currentRow() == 0
    requote = next(item for item in case.evidence if item.caption.startswith("Requote"))
    tick(qtbot, trades.evidence, requote.id)
    review = go(shown, StepId.REVIEW)
    assert not [text for _step, text in review.findings_shown() if "linked to" in text]


def test_a_link_to_a_contact_field_selects_that_contact(qtbot, window, store) -> None:
    shown = window("en")
    shown.resize(1024, 600)  # the picker sits below the fold on a small screen
    shown.open_demo()
    editor = shown.editor
    editor.show_finding("contacts", "contacts.2.evidence_ids")
    contacts = editor.pages[StepId.CONTACTS]
    assert contacts.timeline.currentRow() == 2
    assert QApplication.focusWidget() is contacts.evidence
    assert contacts.evidence.currentRow() == 0  # where Space ticks

    def whole_picker_shows() -> bool:
        view = contacts.viewport()
        top_left = contacts.evidence.mapTo(view, contacts.evidence.rect().topLeft())
        bottom_right = contacts.evidence.mapTo(view, contacts.evidence.rect().bottomRight())
        return view.rect().contains(top_left) and view.rect().contains(bottom_right)

    qtbot.waitUntil(whole_picker_shows)
    editor.show_finding("problem", "problem.evidence_ids")
    assert QApplication.focusWidget() is editor.pages[StepId.PROBLEM].evidence


def test_the_capture_time_says_where_it_came_from_and_can_be_corrected(
    qtbot, window, store, tmp_path
) -> None:
    shown = window("en")
    shown.new_case()
    shanghai = ZoneInfo("Asia/Shanghai")
    add_evidence(qtbot, shown, tmp_path, ["Screenshot_20261110_093147.png", "error.png"])
    editor = shown.editor
    page = editor.pages[StepId.EVIDENCE]
    page.items.setCurrentRow(0)
    named = editor.case.evidence[0]
    assert named.captured_at == datetime(2026, 11, 10, 9, 31, 47, tzinfo=shanghai)
    assert page.capture_source.isVisible()
    assert page.capture_source.text() == "From the file name"
    page.items.setCurrentRow(1)
    assert page.capture_source.text().startswith("From the file's date")
    # Passing through the field without typing leaves the time and its source alone.
    page.captured.edit.setFocus()
    qtbot.keyClick(page.captured.edit, Qt.Key.Key_Tab)
    assert editor.case.evidence[1].captured_at_source is CaptureTimeSource.FILE_DATE
    # The user corrects it: the time is theirs now.
    page.captured.edit.setFocus()
    page.captured.edit.selectAll()
    qtbot.keyClick(page.captured.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(page.captured.edit, "10 Nov 2026 09:40")
    qtbot.keyClick(page.captured.edit, Qt.Key.Key_Tab)
    corrected = editor.case.evidence[1]
    assert corrected.captured_at == datetime(2026, 11, 10, 9, 40, tzinfo=shanghai)
    assert corrected.captured_at_source is CaptureTimeSource.TYPED
    assert page.capture_source.text() == "Typed or checked by you"
    assert not page.confirm_capture.isVisible()
    editor.autosaver.flush()
    saved = store.load(editor.case.id)
    assert saved.evidence[1].captured_at_source is CaptureTimeSource.TYPED
    assert saved.evidence[0].captured_at_source is CaptureTimeSource.FILE_NAME


def test_review_sends_a_time_line_capture_dated_by_its_file_to_its_time(
    qtbot, window, store, tmp_path
) -> None:
    shown = window("en")
    shown.new_case()
    add_evidence(qtbot, shown, tmp_path, ["a.png", "error.png"])
    editor = shown.editor
    page = editor.pages[StepId.EVIDENCE]
    page.items.setCurrentRow(1)
    qtbot.mouseClick(page.timeline_event, Qt.MouseButton.LeftButton)
    review = go(shown, StepId.REVIEW)
    texts = [text for step, text in review.findings_shown() if "time line at its" in text]
    assert texts and texts[0].startswith("Weak: E2 is in the letter's time line")
    page.items.setCurrentRow(0)
    editor.show_finding("evidence", "evidence.1.captured_at")
    assert page.items.currentRow() == 1
    assert QApplication.focusWidget() is page.captured.edit
    # The user looks at the picture: the time is right, and says so without retyping it.
    before = editor.case.evidence[1].captured_at
    qtbot.mouseClick(page.confirm_capture, Qt.MouseButton.LeftButton)
    assert editor.case.evidence[1].captured_at == before
    assert page.capture_source.text() == "Typed or checked by you"
    review = go(shown, StepId.REVIEW)
    assert not [text for _step, text in review.findings_shown() if "time line at its" in text]


def test_the_source_note_is_in_chinese_in_the_chinese_ui(qtbot, window, store, tmp_path) -> None:
    shown = window("zh_CN")
    shown.new_case()
    add_evidence(qtbot, shown, tmp_path, ["微信图片_20261110093147.png"])
    page = shown.editor.pages[StepId.EVIDENCE]
    page.items.setCurrentRow(0)
    assert page.capture_source.text() == "取自文件名"


def test_removing_evidence_a_payment_cites_leaves_a_case_that_loads(qtbot) -> None:
    from PySide6.QtGui import QUndoStack

    from complaintkit.domain import Case, EvidenceItem, Transfer
    from complaintkit.ui.undo import RemoveFromCase

    receipt, other = EvidenceItem(caption="bank receipt"), EvidenceItem(caption="chat")
    case = Case(
        evidence=[receipt, other], transfers=[Transfer(evidence_ids=[other.id, receipt.id])]
    )
    stack = QUndoStack()
    stack.push(RemoveFromCase(case, "evidence", 0, "Remove evidence", lambda: None))
    assert case.transfers[0].evidence_ids == [other.id]
    Case.model_validate_json(case.model_dump_json())  # no citation of a missing item
    stack.undo()
    assert case.transfers[0].evidence_ids == [other.id, receipt.id]
