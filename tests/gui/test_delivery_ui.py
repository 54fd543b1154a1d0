"""Delivery from the review step and the Case menu: print, e-mail, copy, record the sending."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email import policy

from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from complaintkit.delivery.mail_programs import MailProgram
from complaintkit.domain import CaseStatus, SendMethod
from complaintkit.ui.flow import StepId
from tests.gui.wizard_helpers import go


def _demo(window, store):
    shown = window("en")
    shown.open_demo()
    go(shown, StepId.REVIEW)
    return shown, shown.editor.delivery


def _pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


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


def test_printing_gives_every_page_and_none_is_blank(qtbot, window, store, tmp_path) -> None:
    shown, delivery = _demo(window, store)
    printed = tmp_path / "printed.pdf"
    delivery.print_letter(_pdf_printer(printed))  # generates first, then prints page by page
    qtbot.waitUntil(lambda: getattr(delivery, "print_job", None) is not None, timeout=60_000)
    job = delivery.print_job
    qtbot.waitUntil(lambda: job.done == job.total and printed.exists(), timeout=60_000)
    qtbot.wait(50)
    letter_pages = len(PdfReader(shown.editor.review.files.letter_pdf).pages)
    assert len(PdfReader(printed).pages) == letter_pages
    assert all(_dark_fraction(printed, page) > 0.01 for page in range(letter_pages))


def test_printing_honours_the_page_range(qtbot, window, store, tmp_path) -> None:
    _shown, delivery = _demo(window, store)
    printer = _pdf_printer(tmp_path / "two.pdf")
    printer.setFromTo(2, 3)
    delivery.print_letter(printer)
    qtbot.waitUntil(lambda: getattr(delivery, "print_job", None) is not None, timeout=60_000)
    qtbot.waitUntil(lambda: delivery.print_job.done == 2, timeout=60_000)
    qtbot.wait(50)
    assert len(PdfReader(tmp_path / "two.pdf").pages) == 2


def test_email_draft_is_written_and_handed_to_the_mail_program(qtbot, window, store) -> None:
    shown, delivery = _demo(window, store)
    delivery.mail_program = None  # as on Linux: no Simple MAPI, no Apple Mail
    opened = []
    delivery.email(open_url=lambda url: opened.append(url.toString()) or True)
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    draft = shown.editor.review.files.letter_pdf.with_suffix(".eml")
    assert opened == [f"file://{draft}"]
    message = email.message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert message["To"] == shown.editor.case.platform.complaint_email
    assert message["X-Unsent"] == "1"
    assert "Press Send" in delivery.message.text() or "press Send" in delivery.message.text()


def test_without_a_mail_program_mailto_opens_and_the_user_is_told_to_attach(qtbot, window, store):
    shown, delivery = _demo(window, store)
    delivery.mail_program = None
    opened = []
    delivery.email(open_url=lambda url: opened.append(url.toString()) and False)
    qtbot.waitUntil(lambda: len(opened) == 3, timeout=60_000)
    assert opened[2].startswith("mailto:complaints@northgate-markets.example?subject=")
    assert opened[1] == f"file://{shown.editor.review.files.letter_pdf.parent}"
    assert "Attach the letter by hand" in delivery.message.text()


def test_the_native_mail_program_gets_the_message_first(qtbot, window, store, monkeypatch):
    shown, delivery = _demo(window, store)
    handed = []
    monkeypatch.setattr(
        "complaintkit.ui.delivery.compose_natively",
        lambda draft, program: handed.append((draft, program)) or True,
    )
    delivery.mail_program = MailProgram.SIMPLE_MAPI
    opened = []
    delivery.email(open_url=lambda url: opened.append(url.toString()) or True)
    qtbot.waitUntil(lambda: "press Send" in delivery.message.text(), timeout=60_000)
    ((draft, program),) = handed
    assert program is MailProgram.SIMPLE_MAPI
    assert draft.to == "complaints@northgate-markets.example"
    assert draft.attachment == shown.editor.review.files.letter_pdf
    assert "Northgate Markets Ltd" in draft.body
    assert opened == []  # no second window from the .eml


def test_when_the_native_mail_program_fails_the_draft_file_opens(qtbot, window, store, monkeypatch):
    _shown, delivery = _demo(window, store)
    monkeypatch.setattr("complaintkit.ui.delivery.compose_natively", lambda draft, program: False)
    delivery.mail_program = MailProgram.APPLE_MAIL
    opened = []
    delivery.email(open_url=lambda url: opened.append(url.toString()) or True)
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert opened[0].endswith(".eml")
    assert "press Send" in delivery.message.text()


def test_copy_and_record_sending(qtbot, window, store) -> None:
    shown, delivery = _demo(window, store)
    delivery.copy_text()
    qtbot.waitUntil(
        lambda: "Northgate Markets Ltd" in QApplication.clipboard().text(), timeout=60_000
    )
    at = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    deadline = delivery.record(SendMethod.EMAIL, at, "complaints@northgate-markets.example")
    shown.editor.autosaver.flush()
    saved = store.load(shown.editor.case.id)
    assert saved.status is CaseStatus.AWAITING_REPLY and saved.sent.at == at
    assert (deadline - at).days == saved.remedy.reply_deadline_days


def test_delivery_actions_are_in_the_case_menu(qtbot, window, store) -> None:
    shown, _delivery = _demo(window, store)
    texts = [action.text() for action in shown.case_menu.actions()]
    assert "&Print…" in texts and "&E-mail it…" in texts and "I have &sent it…" in texts
