"""Delivery as the user does it: press Preview, Print, E-mail, Copy, Calendar, "I have sent
it"; only the boundaries (the print dialog's choice, the mail program, the URL opener)
are intercepted, never the handlers behind the buttons."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email import policy

from pypdf import PdfReader
from PySide6.QtCore import QSize, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from complaintkit.delivery.mail_programs import MailProgram
from complaintkit.domain import CaseStatus
from complaintkit.flow import StepId
from complaintkit.ui.delivery import PreviewDialog, SectionsDialog, SentDialog
from tests.gui.wizard_helpers import click, go, when_modal_opens


def _demo(window, store):
    shown = window("en")
    shown.open_demo()
    go(shown, StepId.REVIEW)
    return shown, shown.editor.delivery


def _dark_fraction(pdf, page: int) -> float:
    document = QPdfDocument()
    document.load(str(pdf))
    image = document.render(page, QSize(300, 424))
    samples = [
        image.pixelColor(x, y).lightness() < 160
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
    ]
    document.close()
    return sum(samples) / len(samples)


class PrintDialogChoice:
    """Stands in for the person at the system print dialog: records what the dialog
    offered, then chooses "print to PDF file" (and maybe a range) and presses Print."""

    def __init__(self, monkeypatch, target, pages: tuple[int, int] | None = None, copies=1):
        self.offered: dict = {}
        self.target, self.pages, self.copies = target, pages, copies
        monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: self._exec(dialog))

    def _exec(self, dialog: QPrintDialog) -> int:
        options = QAbstractPrintDialog.PrintDialogOption
        self.offered = {
            "page range": dialog.testOption(options.PrintPageRange),
            "to file": dialog.testOption(options.PrintToFile),
            "pages": (dialog.minPage(), dialog.maxPage()),
        }
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))
        printer.setCopyCount(self.copies)
        if self.pages:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*self.pages)
        return QDialog.DialogCode.Accepted.value


def test_print_button_shows_the_print_dialog_and_prints_every_page(
    qtbot, window, store, tmp_path, monkeypatch
) -> None:
    shown, delivery = _demo(window, store)
    printed = tmp_path / "printed.pdf"
    choice = PrintDialogChoice(monkeypatch, printed)
    click(qtbot, delivery.buttons["print"])  # generates first, then the dialog, then pages
    qtbot.waitUntil(lambda: "Sent to the printer" in delivery.message.text() or
                    "Saved as PDF" in delivery.message.text(), timeout=90_000)
    letter_pages = len(PdfReader(shown.editor.review.files.letter_pdf).pages)
    assert choice.offered == {"page range": True, "to file": True, "pages": (1, letter_pages)}
    assert len(PdfReader(printed).pages) == letter_pages
    assert all(_dark_fraction(printed, page) > 0.01 for page in range(letter_pages))
    assert str(printed) in delivery.message.text()


def test_print_honours_the_page_range_and_copies(qtbot, window, store, tmp_path, monkeypatch):
    _shown, delivery = _demo(window, store)
    PrintDialogChoice(monkeypatch, tmp_path / "two.pdf", pages=(2, 3), copies=2)
    click(qtbot, delivery.buttons["print"])
    qtbot.waitUntil(lambda: "Saved as PDF" in delivery.message.text(), timeout=90_000)
    # The PDF printer makes its copies itself only where the driver can: 2 or 4 pages.
    assert len(PdfReader(tmp_path / "two.pdf").pages) in (2, 4)


def test_cancelling_the_print_dialog_prints_nothing(qtbot, window, store, tmp_path, monkeypatch):
    _shown, delivery = _demo(window, store)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected.value)
    click(qtbot, delivery.buttons["print"])
    qtbot.waitUntil(lambda: delivery.review.files is not None, timeout=90_000)
    qtbot.wait(200)
    assert delivery.print_task is None
    assert "printer" not in delivery.message.text()


def test_a_printer_that_cannot_start_is_explained(qtbot, window, store, tmp_path, monkeypatch):
    _shown, delivery = _demo(window, store)
    PrintDialogChoice(monkeypatch, tmp_path / "no-such-folder" / "x" / "out.pdf")
    said: list[str] = []
    answered = when_modal_opens(
        qtbot, lambda box: (said.append(box.text()), box.accept()), kind=QMessageBox
    )
    click(qtbot, delivery.buttons["print"])
    qtbot.waitUntil(lambda: bool(answered), timeout=90_000)
    assert "printer could not be started" in said[0]


def test_email_button_writes_the_draft_and_hands_it_to_the_mail_program(
    qtbot, window, store
) -> None:
    shown, delivery = _demo(window, store)
    delivery.mail_program = None  # as on Linux: no Simple MAPI, no Apple Mail
    opened: list[str] = []
    delivery.open_url = lambda url: opened.append(url.toString()) or True
    click(qtbot, delivery.buttons["email"])
    qtbot.waitUntil(lambda: bool(opened), timeout=90_000)
    draft = shown.editor.review.files.letter_pdf.with_suffix(".eml")
    assert opened == [f"file://{draft}"]
    message = email.message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert message["To"] == shown.editor.case.platform.complaint_email
    assert message["X-Unsent"] == "1"
    assert "press Send" in delivery.message.text()


def test_without_a_mail_program_mailto_opens_and_the_user_is_told_to_attach(qtbot, window, store):
    shown, delivery = _demo(window, store)
    delivery.mail_program = None
    opened: list[str] = []
    # No program takes .eml files, but one takes mailto: links.
    delivery.open_url = lambda url: opened.append(url.toString()) or url.scheme() == "mailto"
    click(qtbot, delivery.buttons["email"])
    qtbot.waitUntil(lambda: len(opened) == 3, timeout=90_000)
    assert opened[2].startswith("mailto:complaints@northgate-markets.example?subject=")
    assert opened[1] == f"file://{shown.editor.review.files.letter_pdf.parent}"
    assert "Attach the letter by hand" in delivery.message.text()


def test_with_nothing_to_handle_e_mail_the_user_is_told_what_to_do(qtbot, window, store):
    shown, delivery = _demo(window, store)
    delivery.mail_program = None
    opened: list[str] = []
    delivery.open_url = lambda url: opened.append(url.toString()) and False  # nothing opens
    click(qtbot, delivery.buttons["email"])
    qtbot.waitUntil(lambda: len(opened) == 3, timeout=90_000)
    text = delivery.message.text()
    assert "No mail program is set up" in text
    assert "complaints@northgate-markets.example" in text
    assert str(shown.editor.review.files.letter_pdf) in text
    assert "opened a new message" not in text


def test_the_native_mail_program_gets_the_message_first(qtbot, window, store, monkeypatch):
    shown, delivery = _demo(window, store)
    handed = []
    monkeypatch.setattr(
        "complaintkit.ui.delivery.compose_natively",
        lambda draft, program: handed.append((draft, program)) or True,
    )
    delivery.mail_program = MailProgram.SIMPLE_MAPI
    opened: list[str] = []
    delivery.open_url = lambda url: opened.append(url.toString()) or True
    click(qtbot, delivery.buttons["email"])
    qtbot.waitUntil(lambda: "press Send" in delivery.message.text(), timeout=90_000)
    ((draft, program),) = handed
    assert program is MailProgram.SIMPLE_MAPI
    assert draft.to == "complaints@northgate-markets.example"
    assert draft.attachment == shown.editor.review.files.letter_pdf
    assert "Northgate Markets Ltd" in draft.body
    assert opened == []  # no second window from the .eml


def test_an_instant_mail_program_result_is_never_lost(qtbot, window, store, monkeypatch):
    """The result of work that ends before the caller could connect used to vanish,
    leaving "Opening your mail program…" for ever (29 of 50 in a probe)."""
    _shown, delivery = _demo(window, store)
    monkeypatch.setattr("complaintkit.ui.delivery.compose_natively", lambda draft, program: False)
    delivery.mail_program = MailProgram.SIMPLE_MAPI
    for _attempt in range(20):
        opened: list[str] = []
        delivery.open_url = lambda url, opened=opened: opened.append(url.toString()) or True
        click(qtbot, delivery.buttons["email"])
        qtbot.waitUntil(lambda opened=opened: bool(opened), timeout=90_000)
        assert opened[0].endswith(".eml")
        assert "press Send" in delivery.message.text()


def test_preview_button_shows_the_letter_pages(qtbot, window, store) -> None:
    _shown, delivery = _demo(window, store)
    seen: dict = {}

    def look(dialog) -> None:
        seen["kind"] = type(dialog)
        seen["pages"] = dialog.document.pageCount()
        dialog.which.setCurrentIndex(1)
        seen["checklist pages"] = dialog.document.pageCount()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()

    handled = when_modal_opens(qtbot, look)
    click(qtbot, delivery.buttons["preview"])
    qtbot.waitUntil(lambda: bool(handled), timeout=90_000)
    letter_pages = len(PdfReader(delivery.review.files.letter_pdf).pages)
    assert seen["kind"] is PreviewDialog
    assert seen["pages"] == letter_pages and seen["checklist pages"] >= 1


def test_open_in_viewer_button_opens_the_letter(qtbot, window, store) -> None:
    _shown, delivery = _demo(window, store)
    opened: list[str] = []
    delivery.open_url = lambda url: opened.append(url.toLocalFile()) or True
    click(qtbot, delivery.buttons["open"])
    qtbot.waitUntil(lambda: bool(opened), timeout=90_000)
    assert opened == [str(delivery.review.files.letter_pdf)]


def test_copy_text_button_puts_the_letter_on_the_clipboard(qtbot, window, store) -> None:
    _shown, delivery = _demo(window, store)
    QApplication.clipboard().setText("")
    click(qtbot, delivery.buttons["copy"])
    qtbot.waitUntil(
        lambda: "Northgate Markets Ltd" in QApplication.clipboard().text(), timeout=90_000
    )
    assert "clipboard" in delivery.message.text()


def test_web_form_button_copies_one_section(qtbot, window, store) -> None:
    _shown, delivery = _demo(window, store)
    QApplication.clipboard().setText("")
    seen: dict = {}

    def copy_first(dialog) -> None:
        seen["kind"] = type(dialog)
        qtbot.mouseClick(dialog.copy_buttons[0], Qt.MouseButton.LeftButton)
        dialog.reject()

    handled = when_modal_opens(qtbot, copy_first)
    click(qtbot, delivery.buttons["sections"])
    qtbot.waitUntil(lambda: bool(handled), timeout=90_000)
    assert seen["kind"] is SectionsDialog
    assert QApplication.clipboard().text().strip()


def test_calendar_button_saves_reminders_and_opens_them(qtbot, window, store) -> None:
    _shown, delivery = _demo(window, store)
    opened: list[str] = []
    delivery.open_url = lambda url: opened.append(url.toLocalFile()) or True
    click(qtbot, delivery.buttons["calendar"])
    assert opened and opened[0].endswith("reminders.ics")
    text = open(opened[0], encoding="utf-8").read()
    assert "BEGIN:VEVENT" in text and "Northgate" in text


def test_sent_button_records_what_the_user_typed(qtbot, window, store) -> None:
    shown, delivery = _demo(window, store)

    def fill(dialog) -> None:
        assert isinstance(dialog, SentDialog)
        dialog.at.edit.clear()
        qtbot.keyClicks(dialog.at.edit, "23/11/2026 10:00")
        qtbot.keyClicks(dialog.note, "Sent from my own mailbox")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    handled = when_modal_opens(qtbot, fill)
    click(qtbot, delivery.buttons["sent"])
    qtbot.waitUntil(lambda: bool(handled), timeout=90_000)
    shown.editor.autosaver.flush()
    saved = store.load(shown.editor.case.id)
    assert saved.status is CaseStatus.AWAITING_REPLY
    zone = saved.problem.timezone
    assert saved.sent.at.astimezone(UTC) == datetime(2026, 11, 23, 10, 0, tzinfo=__import__(
        "zoneinfo").ZoneInfo(zone)).astimezone(UTC)
    assert saved.sent.note == "Sent from my own mailbox"
    assert "Recorded" in delivery.message.text()


def test_a_sent_time_that_cannot_be_read_keeps_the_dialog_open(qtbot, window, store) -> None:
    _shown, delivery = _demo(window, store)
    seen: dict = {}

    def fill(dialog) -> None:
        dialog.at.edit.clear()
        qtbot.keyClicks(dialog.at.edit, "the day before yesterday")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        seen["still open"] = dialog.isVisible()
        seen["error"] = dialog.error.text()
        dialog.reject()

    handled = when_modal_opens(qtbot, fill)
    click(qtbot, delivery.buttons["sent"])
    qtbot.waitUntil(lambda: bool(handled) and "error" in seen, timeout=90_000)
    assert seen["still open"] and "2026-11-20 09:31" in seen["error"]


def test_delivery_actions_are_in_the_case_menu_and_work_from_there(
    qtbot, window, store, tmp_path, monkeypatch
) -> None:
    shown, delivery = _demo(window, store)
    texts = [action.text() for action in shown.case_menu.actions()]
    assert "&Print…" in texts and "&E-mail it…" in texts and "I have &sent it…" in texts
    PrintDialogChoice(monkeypatch, tmp_path / "menu.pdf")
    delivery.menu_actions["print"].trigger()
    qtbot.waitUntil(lambda: "Saved as PDF" in delivery.message.text(), timeout=90_000)
    assert (tmp_path / "menu.pdf").exists()


def test_export_from_the_file_menu_writes_a_case_file_that_imports_again(
    qtbot, window, store, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from complaintkit.delivery.bundle import import_case

    shown, _delivery = _demo(window, store)
    target = tmp_path / "my-case.complaintkit"
    asked: list[str] = []

    def choose(parent, caption, directory, filters):
        asked.append(caption)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    shown.file_menu.setActiveAction(shown.export_action)
    shown.export_action.trigger()
    assert asked == ["Export this case"]
    assert target.exists() and target.stat().st_size > 10_000
    imported = import_case(store, target, "en")
    assert imported.platform.name == shown.editor.case.platform.name
    assert len(imported.evidence) == len(shown.editor.case.evidence)
