"""Getting the letter out: preview, print, e-mail, copy for web forms, reminders, and
recording that it was sent. Reached from the review step and the Case menu.

Every action works on freshly generated files: if the case changed since the last
generation (or nothing was generated yet), the letter is generated first.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from complaintkit.delivery.email_draft import attachment_too_large, subject_line, write_draft
from complaintkit.delivery.mail_programs import MailDraft, compose_natively, native_mail_program
from complaintkit.delivery.sending import record_sending
from complaintkit.domain import SendMethod
from complaintkit.ui.fields import DateTimeField, EnumCombo, show_error
from complaintkit.ui.printing import (
    PrintCancelled,
    ask_print_settings,
    page_count,
    print_pdf,
)

if TYPE_CHECKING:
    from complaintkit.documents.generate import GeneratedFiles
    from complaintkit.ui.steps.review import ReviewPage
    from complaintkit.ui.tasks import TaskRunner


class PreviewDialog(QDialog):
    """The letter (with its appendix) or the checklist, with zoom and page navigation."""

    def __init__(self, files: GeneratedFiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview"))
        self.resize(900, 700)
        self.files = files
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.which = QComboBox(self)
        self.which.addItems([self.tr("The letter and appendix"), self.tr("The checklist")])
        self.which.currentIndexChanged.connect(self._load)
        self.page = QSpinBox(self)
        self.page.valueChanged.connect(
            lambda number: self.view.pageNavigator().jump(
                number - 1, self.view.pageNavigator().currentLocation()
            )
        )
        self.pages = QLabel(self)
        zoom_in, zoom_out, fit = QPushButton("+", self), QPushButton("−", self), QPushButton(self)
        fit.setText(self.tr("Fit width"))
        zoom_in.setAccessibleName(self.tr("Zoom in"))
        zoom_out.setAccessibleName(self.tr("Zoom out"))
        zoom_in.clicked.connect(lambda: self._zoom(1.25))
        zoom_out.clicked.connect(lambda: self._zoom(0.8))
        fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        bar = QHBoxLayout()
        bar.addWidget(self.which)
        bar.addStretch(1)
        page_label = QLabel(self.tr("Page"), self)
        page_label.setBuddy(self.page)
        for widget in (page_label, self.page, self.pages, zoom_out, zoom_in, fit):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load()

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def _load(self) -> None:
        path = self.files.letter_pdf if self.which.currentIndex() == 0 else self.files.checklist_pdf
        self.document.close()
        self.document.load(str(path))
        count = self.document.pageCount()
        self.page.setRange(1, max(count, 1))
        self.pages.setText(self.tr("of %1").replace("%1", str(count)))


class SectionsDialog(QDialog):
    """The letter in short sections with character counts, each with its own Copy button."""

    def __init__(self, sections, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy for a web form"))
        self.resize(760, 560)
        note = QLabel(
            self.tr(
                "Many complaint forms limit each box. Copy one section at a time; the number"
                " of characters is shown for each."
            )
        )
        note.setWordWrap(True)
        inner = QWidget()
        grid = QGridLayout(inner)
        self.copy_buttons: list[QPushButton] = []
        for row, section in enumerate(sections):
            title = QLabel(f"<b>{_escape(section.title)}</b>")
            count = QLabel(self.tr("%1 characters").replace("%1", str(section.characters)))
            text = QLabel(section.text[:300] + ("…" if len(section.text) > 300 else ""))
            text.setWordWrap(True)
            button = QPushButton(self.tr("Copy"))
            button.setAccessibleName(self.tr("Copy %1").replace("%1", section.title))
            button.clicked.connect(
                lambda _=False, t=section.text: QApplication.clipboard().setText(t)
            )
            self.copy_buttons.append(button)
            grid.addWidget(title, row * 2, 0)
            grid.addWidget(count, row * 2, 1)
            grid.addWidget(button, row * 2, 2)
            grid.addWidget(text, row * 2 + 1, 0, 1, 3)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SentDialog(QDialog):
    """How and when the complaint went out; the case then awaits the reply."""

    def __init__(self, zone: str, to: str, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record that you sent it"))
        form = QFormLayout(self)
        self.method = EnumCombo(SendMethod, self)
        self.method.retranslate(language)
        self.at = DateTimeField(lambda: zone, self)
        self.at.retranslate(language)
        self.at.set_now()
        self.to = QLineEdit(to, self)
        self.note = QLineEdit(self)
        form.addRow(self.tr("&How"), self.method)
        form.addRow(self.tr("&When"), self.at)
        form.addRow(self.tr("&To"), self.to)
        form.addRow(self.tr("&Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        form.addRow(self.error)
        self._language = language
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        # A time that cannot be read keeps the dialog open, with the reason, never a guess.
        problem = self.at.invalid_message(self._language)
        if not problem and self.at.value() is None:
            self.at.set_now()
        show_error(self.error, problem)
        if not problem:
            super().accept()


class ShownMessage(QLabel):
    """A status line that scrolls itself into view when it says something new: on a
    small screen the delivery panel may sit below the fold of the review step."""

    def setText(self, text: str) -> None:
        super().setText(text)
        if not text:
            return
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(self)


class DeliveryPanel(QGroupBox):
    """The delivery actions under the review step's Generate button."""

    def __init__(
        self,
        review: ReviewPage,
        runner: TaskRunner,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.review = review
        self._runner = runner
        self._now = now
        # The boundaries with the desktop: the native mail program (tried before the .eml
        # draft) and the URL opener. Tests replace these, never the handlers.
        self.mail_program = native_mail_program()
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self._pending: Callable[[], None] | None = None
        self.print_task = None
        review.generated.connect(self._generated)
        review.generation_failed.connect(self._forget_pending)
        layout = QGridLayout(self)
        self.buttons: dict[str, QPushButton] = {}
        actions = [
            ("preview", self.preview),
            ("print", self.print_letter),
            ("open", self.open_in_viewer),
            ("email", self.email),
            ("copy", self.copy_text),
            ("sections", self.copy_sections),
            ("calendar", self.calendar),
            ("sent", self.record_sent),
        ]
        for index, (key, handler) in enumerate(actions):
            button = QPushButton(self)
            # Handlers take no arguments: clicked(bool) would otherwise fill a parameter.
            button.clicked.connect(handler)
            layout.addWidget(button, index // 4, index % 4)
            self.buttons[key] = button
        self.menu_actions: dict[str, QAction] = {}
        for key in ("preview", "print", "email", "sections", "sent"):
            action = QAction(self)
            action.triggered.connect(self.buttons[key].click)
            self.menu_actions[key] = action
        self.message = ShownMessage(self)
        self.message.setWordWrap(True)
        self.message.setOpenExternalLinks(False)
        layout.addWidget(self.message, 2, 0, 1, 4)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Send it and follow up"))
        texts = {
            "preview": self.tr("Pre&view"),
            "print": self.tr("&Print…"),
            "open": self.tr("Open &in PDF viewer"),
            "email": self.tr("&E-mail it…"),
            "copy": self.tr("Copy letter &text"),
            "sections": self.tr("Copy for a &web form…"),
            "calendar": self.tr("Add &reminders to calendar"),
            "sent": self.tr("I have &sent it…"),
        }
        for key, text in texts.items():
            self.buttons[key].setText(text)
            if key in self.menu_actions:
                self.menu_actions[key].setText(text)

    # -- making sure the files are current ----------------------------------------

    def _with_files(self, action: Callable[[], None]) -> None:
        if self.review.files_are_current():
            action()
            return
        self._pending = action
        self.message.setText(self.tr("Generating the letter first…"))
        self.review.start_generating()

    def _forget_pending(self) -> None:
        # A failed or cancelled generation must not fire the action on a later one.
        self._pending = None
        self.message.setText("")

    def _generated(self, _files: GeneratedFiles) -> None:
        self.message.setText("")
        pending, self._pending = self._pending, None
        if pending is not None:
            pending()

    @property
    def files(self) -> GeneratedFiles:
        assert self.review.files is not None
        return self.review.files

    def _language(self) -> str:
        return self.review.case.letter_language.value

    # -- the actions ------------------------------------------------------------------

    def preview(self) -> None:
        self._with_files(lambda: PreviewDialog(self.files, self).exec())

    def open_in_viewer(self) -> None:
        def run() -> None:
            if not self.open_url(QUrl.fromLocalFile(str(self.files.letter_pdf))):
                self.message.setText(
                    self.tr("No PDF viewer opened the letter. It is saved as %1.").replace(
                        "%1", str(self.files.letter_pdf)
                    )
                )

        self._with_files(run)

    def print_letter(self) -> None:
        def run() -> None:
            if self.print_task is not None:
                return
            pdf = self.files.letter_pdf
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(pdf.stem)
            if ask_print_settings(printer, page_count(pdf), self):
                self.print_to(printer)

        self._with_files(run)

    def print_to(self, printer: QPrinter) -> None:
        """Print the letter on a worker, with progress and Cancel."""
        pdf = self.files.letter_pdf
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(self.tr("Print"))
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)

        def advanced(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(
                self.tr("Printing page %1 of %2…").replace("%1", str(min(done + 1, total)))
                .replace("%2", str(total))
            )

        def finished() -> None:
            self.print_task = None
            progress.close()
            progress.deleteLater()

        def printed(pages: int) -> None:
            target = printer.outputFileName()
            self.message.setText(
                self.tr("Saved as PDF: %1").replace("%1", target)
                if target
                else self.tr("Sent to the printer (%n page(s)).", "", pages)
            )

        def failed(error: BaseException) -> None:
            if isinstance(error, PrintCancelled):
                self.message.setText(self.tr("Printing cancelled."))
                return
            QMessageBox.warning(
                self,
                self.tr("Print"),
                self.tr(
                    "The printer could not be started. Check that it is switched on and"
                    " try again, or choose another printer."
                ),
            )

        self.print_task = self._runner.run(
            lambda report, cancelled: print_pdf(pdf, printer, report, cancelled),
            on_success=printed,
            on_error=failed,
            on_progress=advanced,
            on_finished=finished,
        )
        progress.canceled.connect(self.print_task.cancel)
        self.message.setText(self.tr("Printing…"))

    def copy_text(self) -> None:
        def run() -> None:
            QApplication.clipboard().setText(self.files.letter_text.read_text(encoding="utf-8"))
            self.message.setText(self.tr("The letter is on the clipboard as plain text."))

        self._with_files(run)

    def copy_sections(self) -> None:
        case = copy.deepcopy(self.review.case)
        # Documents and calendars load when first used, not when the editor is built.
        from complaintkit.delivery.web_form import form_sections
        from complaintkit.documents.letter import compose_letter

        letter = compose_letter(case, self._language(), self._now())
        SectionsDialog(form_sections(letter), self).exec()

    def calendar(self) -> None:
        case = self.review.case
        folder = self._folder()
        from complaintkit.delivery.reminders import write_calendar

        path = write_calendar(case, self._language(), folder / "reminders.ics")
        opened = self.open_url(QUrl.fromLocalFile(str(path)))
        self.message.setText(
            self.tr("Reminders saved as %1.").replace("%1", str(path))
            + ("" if opened else " " + self.tr("Open it with your calendar app."))
        )

    def _folder(self) -> Path:
        from complaintkit.ui.steps.review import output_folder

        folder = output_folder(self.review.case)
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def email(self) -> None:
        def run() -> None:
            letter_pdf = self.files.letter_pdf
            if attachment_too_large(letter_pdf) and self.review.case.include_appendix:
                answer = QMessageBox.question(
                    self,
                    self.tr("E-mail"),
                    self.tr(
                        "The letter with its appendix is larger than many mail services"
                        " accept (about 18 MB). Send the letter without the appendix and"
                        " print or upload the evidence separately?"
                    ),
                )
                if answer == QMessageBox.StandardButton.Yes:
                    self.review.case.include_appendix = False
                    self.review.edited.emit()
                    self._with_files(run)
                    return
            self.write_and_open_email()

        self._with_files(run)

    def write_and_open_email(self) -> Path:
        """Write the `.eml` draft, then hand the message to the mail program: natively
        first where the system has a way (Simple MAPI, Apple Mail), else the draft file,
        else a `mailto:` with the PDF shown to attach by hand."""
        case, language = self.review.case, self._language()
        files = self.files
        text = files.letter_text.read_text(encoding="utf-8")
        draft = write_draft(
            case, language, text, files.letter_pdf, files.letter_pdf.with_suffix(".eml")
        )
        # One message for every route, taken now: the case may change while a native
        # mail program is being tried.
        mail = MailDraft(
            case.platform.complaint_email, subject_line(case, language), text, files.letter_pdf
        )
        program = self.mail_program
        if program is None:
            self._open_draft(draft, mail)
            return draft
        self.message.setText(self.tr("Opening your mail program…"))
        self._runner.run(
            lambda _progress, _cancelled: compose_natively(mail, program),
            on_success=lambda opened: (
                self._tell_draft_open(draft) if opened else self._open_draft(draft, mail)
            ),
            on_error=lambda _error: self._open_draft(draft, mail),
        )
        return draft

    def _tell_draft_open(self, draft: Path) -> None:
        self.message.setText(
            self.tr(
                "A draft with the letter attached is open in your mail program. Check it"
                " and press Send. (Saved as %1.)"
            ).replace("%1", str(draft))
        )

    def _open_draft(self, draft: Path, mail: MailDraft) -> None:
        open_url = self.open_url
        if open_url(QUrl.fromLocalFile(str(draft))):
            self._tell_draft_open(draft)
            return
        # No program takes .eml files: open a plain new message and show the PDF to attach.
        mailto = (
            f"mailto:{quote(mail.to, safe='@')}?subject="
            f"{quote(mail.subject)}&body={quote(mail.body[:1800])}"
        )
        open_url(QUrl.fromLocalFile(str(mail.attachment.parent)))
        if open_url(QUrl(mailto)):
            self.message.setText(
                self.tr(
                    "Your mail program opened a new message without the attachment. Attach"
                    " the letter by hand: %1"
                ).replace("%1", str(mail.attachment))
            )
            return
        # Nothing on this computer handles e-mail: say what to do instead.
        self.message.setText(
            self.tr(
                "No mail program is set up on this computer. Write to %1 from your webmail"
                " and attach the letter: %2. The same message is saved as %3."
            )
            .replace("%1", mail.to or self.tr("the firm's complaints address"))
            .replace("%2", str(mail.attachment))
            .replace("%3", str(draft))
        )

    def record_sent(self) -> None:
        case = self.review.case
        dialog = SentDialog(
            case.problem.timezone, case.platform.complaint_email, self.review.language(), self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.record(
            dialog.method.value(),
            dialog.at.value() or self._now(),
            dialog.to.text(),
            dialog.note.text(),
        )

    def record(self, method: SendMethod, at: datetime, to: str, note: str = "") -> datetime:
        # Which generated set went out: the review step's list marks it "sent".
        sent_set = self.files.letter_pdf.parent.name if self.review.files is not None else ""
        deadline = record_sending(self.review.case, method, at, to, note, sent_set)
        self.review.refresh_sets()
        self.review.edited.emit()
        self.message.setText(
            self.tr(
                "Recorded. The firm should reply by %1; the case list will show it when it is due."
            ).replace("%1", deadline.strftime("%Y-%m-%d"))  # the case zone's date
        )
        return deadline
