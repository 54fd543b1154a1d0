"""The wizard's steps, driven through the real widgets: what a user types is what is saved."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from complaintkit.domain import ProblemCategory, RemedyKind
from complaintkit.flow import StepId
from tests.gui.wizard_helpers import drop_files, go, png_bytes, screenshot_png


def _saved(window, store):
    window.editor.autosaver.flush()
    return store.load(window.editor.case.id)


def test_new_case_opens_on_the_first_step_and_typing_is_saved(qtbot, window, store) -> None:
    shown = window("en")
    qtbot.mouseClick(shown.new_button, Qt.MouseButton.LeftButton)
    page = shown.editor.current_page()
    assert shown.editor.current_step() is StepId.PLATFORM
    qtbot.keyClicks(page.name, "Acme Securities")
    qtbot.keyClicks(page.title_edit, "Order stuck")
    # The debounced autosave writes without any Save button.
    qtbot.waitUntil(lambda: store.load(shown.editor.case.id).platform.name == "Acme Securities")
    assert shown.editor.save_state.text() == "All changes saved"
    assert shown.editor.case_title.text() == "Order stuck"


def test_a_typo_is_explained_beside_the_field_and_never_saved(qtbot, window, store, monkeypatch):
    shown = window("en")
    shown.new_case()
    modal = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: modal.append(a))
    page = go(shown, StepId.CLAIMANT)
    qtbot.keyClicks(page.email, "me@example")
    error = page.bindings[1].error
    assert error.isVisibleTo(page) and "e-mail" in error.text()
    assert page.email.text() == "me@example"  # what was typed stays in the field
    qtbot.keyClicks(page.email, ".com")
    assert not error.isVisibleTo(page)
    assert _saved(shown, store).claimant.email == "me@example.com"
    assert modal == []


def test_problem_details_follow_the_categories_ticked(qtbot, window, store) -> None:
    shown = window("en")
    shown.new_case()
    page = go(shown, StepId.PROBLEM)
    withdrawal = page.groups[ProblemCategory.WITHDRAWAL]
    freeze = page.groups[ProblemCategory.FROZEN]
    assert not withdrawal.isVisibleTo(page) and not freeze.isVisibleTo(page)
    page.categories.boxes[ProblemCategory.WITHDRAWAL].click()
    assert withdrawal.isVisibleTo(page) and not freeze.isVisibleTo(page)
    qtbot.keyClicks(page.withdrawal_amount.amount, "12500")
    page.withdrawal_amount.currency.setCurrentText("GBP")
    qtbot.keyClicks(page.withdrawal_destination, "Barclays ending 4471")
    saved = _saved(shown, store)
    assert saved.problem.categories == [ProblemCategory.WITHDRAWAL]
    assert saved.problem.withdrawal.amount.amount == Decimal("12500")
    assert saved.problem.withdrawal.amount.currency == "GBP"
    assert saved.problem.freeze is None  # nothing invented for unticked categories
    page.categories.boxes[ProblemCategory.WITHDRAWAL].click()
    assert not withdrawal.isVisibleTo(page)
    page.categories.boxes[ProblemCategory.FROZEN].click()
    assert freeze.isVisibleTo(page)


def _type_time(qtbot, field, text: str) -> None:
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)  # leaving the field, as a user does


def test_times_are_kept_in_the_zone_the_user_chose(qtbot, window, store) -> None:
    shown = window("en")
    shown.new_case()
    page = go(shown, StepId.TIMELINE)
    page.timezone.set_value("Europe/London")
    _type_time(qtbot, page.started, "2026-11-20 09:31")
    _type_time(qtbot, page.ended, "20/11/2026 9:00")  # before the start
    end_error = page.bindings[3].error
    assert end_error.isVisibleTo(page)
    _type_time(qtbot, page.ended, "20 Nov 2026 9:35")
    assert not end_error.isVisibleTo(page)
    page.errors.setPlainText("E504 gateway timeout\n\nOrder rejected")
    saved = _saved(shown, store)
    assert saved.problem.timezone == "Europe/London"
    assert saved.problem.started_at == datetime(2026, 11, 20, 9, 31, tzinfo=UTC)
    assert saved.problem.ended_at == datetime(2026, 11, 20, 9, 35, tzinfo=UTC)
    assert saved.problem.error_messages == ["E504 gateway timeout", "Order rejected"]
    assert page.started.edit.text() == "20 Nov 2026 09:31"  # shown back as it was read


def test_orders_table_works_out_the_loss_and_accepts_a_typed_one(qtbot, window, store) -> None:
    shown = window("en")
    shown.new_case()
    page = go(shown, StepId.TRADES)
    page.add_button.click()
    table = page.table

    def cell(column: int, text: str) -> None:
        table.item(0, column).setText(text)

    cell(0, "T-1001")
    cell(3, "1000")
    cell(5, "10.45")
    cell(6, "10.20")
    page.table.cellWidget(0, 2).setCurrentIndex(1)  # sell
    assert table.item(0, 11).text() == "250.00"
    assert "250.00 CNY" in page.total.text()
    cell(5, "ten")
    assert page.error.isVisible() or page.error.text()
    cell(5, "10.45")
    cell(11, "300")  # the user knows better (a missed fill)
    saved = _saved(shown, store)
    trade = saved.trades[0]
    assert trade.order_id == "T-1001" and trade.loss_override == Decimal("300")
    assert trade.intended_price == Decimal("10.45")
    cell(11, "")
    assert table.item(0, 11).text() == "250.00"


def test_evidence_by_drag_and_drop_and_by_paste_then_undo(qtbot, window, store, tmp_path):
    shown = window("en")
    shown.new_case()
    page = go(shown, StepId.EVIDENCE)
    first = screenshot_png(tmp_path / "order-screen.png")
    refused = tmp_path / "setup.exe"
    refused.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)
    drop_files(page.items.viewport(), [first, refused])
    qtbot.waitUntil(lambda: len(shown.editor.case.evidence) == 1, timeout=20_000)
    qtbot.waitUntil(lambda: not page.progress.isVisible())
    assert "setup.exe" in page.refused.text()  # refused, with the reason, not a traceback
    assert page.items.count() == 1 and not page.items.item(0).icon().isNull()
    # A screenshot copied with the OS's screenshot key arrives as an image on the clipboard.
    from PySide6.QtGui import QImage

    QApplication.clipboard().setImage(QImage.fromData(png_bytes("copied")))
    page.items.setFocus()
    page.paste_button.click()
    qtbot.waitUntil(lambda: len(shown.editor.case.evidence) == 2, timeout=20_000)
    page.caption.setText("Order screen at 09:31")
    saved = _saved(shown, store)
    assert [item.original_name for item in saved.evidence] == ["order-screen.png", "clipboard.png"]
    assert saved.evidence[1].caption == "Order screen at 09:31"
    assert store.attachments.exists(saved.evidence[0].sha256_stored)
    page.items.setCurrentRow(0)
    page.remove_button.click()
    assert len(_saved(shown, store).evidence) == 1
    shown.editor.undo_action.trigger()
    assert _saved(shown, store).evidence[0].original_name == "order-screen.png"


def test_contacts_default_to_now_flag_broken_promises_and_undo_deletion(qtbot, window, store):
    shown = window("en")
    shown.new_case()
    page = go(shown, StepId.CONTACTS)
    before = datetime.now(UTC) - timedelta(minutes=1)
    page.add_button.click()
    contact = shown.editor.case.contacts[0]
    assert before <= contact.at <= datetime.now(UTC)
    qtbot.keyClicks(page.reference, "NM-55102")
    qtbot.keyClicks(page.summary, "They promised a call back")
    page.add_promise_button.click()
    page.promises.item(0, 0).setText("Call back within 24 hours")
    page.promises.item(0, 1).setText("2020-01-02 10:00")
    assert page.timeline.item(0, 5).text() == "1 overdue"
    saved = _saved(shown, store)
    assert saved.contacts[0].reference == "NM-55102"
    assert saved.contacts[0].promises[0].is_overdue(datetime.now(UTC))
    page.remove_button.click()
    assert _saved(shown, store).contacts == []
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    page.timeline.setFocus()
    qtbot.keyClick(page.timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _saved(shown, store).contacts[0].reference == "NM-55102"


def test_review_lists_what_is_missing_and_links_to_the_step(qtbot, window) -> None:
    shown = window("en")
    shown.new_case()
    page = go(shown, StepId.REVIEW)
    shown_items = page.findings_shown()
    steps = {step for step, _text in shown_items}
    assert {"platform", "claimant", "problem", "timeline", "evidence", "remedy"} <= steps
    assert any("platform" in text.lower() for _step, text in shown_items)
    row = next(i for i, (step, _t) in enumerate(shown_items) if step == "claimant")
    page.findings.setCurrentRow(row)
    qtbot.keyClick(page.findings, Qt.Key.Key_Return)
    assert shown.editor.current_step() is StepId.CLAIMANT
    # Fixing it removes the item.
    claimant = shown.editor.current_page()
    qtbot.keyClicks(claimant.full_name, "Li Wei")
    qtbot.keyClicks(claimant.email, "li.wei@example.com")
    go(shown, StepId.REVIEW)
    assert "claimant" not in {step for step, _text in page.findings_shown()}
    remedy = go(shown, StepId.REMEDY)
    remedy.kinds.boxes[RemedyKind.COMPENSATION].click()
    assert shown.editor.step_state(StepId.REMEDY) == "!"


def test_inline_errors_stay_readable_on_a_dark_theme(qtbot) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication, QWidget

    from complaintkit.ui.fields import error_label, show_error

    parent = QWidget()
    qtbot.addWidget(parent)
    error = error_label(parent)
    light = QApplication.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#2d2d2d"))
    try:
        QApplication.setPalette(dark)
        show_error(error, "Type a number, like 1250.50")
        on_dark = QColor(error.styleSheet().split(":")[1].strip(" ;"))
    finally:
        QApplication.setPalette(light)
    show_error(error, "Type a number, like 1250.50")
    on_light = QColor(error.styleSheet().split(":")[1].strip(" ;"))
    assert on_dark.lightness() > 160 > on_light.lightness()
