"""Step 9: what is still missing or weak (each linked to its step), then generate."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from complaintkit import paths
from complaintkit.domain import Case, Language
from complaintkit.flow import Severity, StepId, Unaccepted
from complaintkit.flow import findings as flow_findings
from complaintkit.store import CaseStore
from complaintkit.ui.fields import EnumCombo, error_label, show_error
from complaintkit.ui.steps.base import StepPage
from complaintkit.ui.tasks import Task, TaskRunner
from complaintkit.ui.timeline_view import attach_timeline  # issue 20

if TYPE_CHECKING:
    from complaintkit.documents.generate import GeneratedFiles
    from complaintkit.documents.generated_sets import GeneratedSet

STEP_ROLE = Qt.ItemDataRole.UserRole + 1  # the step an item links to
FIELD_ROLE = Qt.ItemDataRole.UserRole + 2  # the field in it that fixes the finding


def output_folder(case: Case) -> Path:
    return paths.letters_dir() / (case.reference or case.id)


class ReviewPage(StepPage):
    step_id = StepId.REVIEW
    go_to_step = Signal(str, str)  # the step, and the field a finding names
    generated = Signal(object)  # GeneratedFiles
    generation_failed = Signal()  # cancelled or could not be written

    def __init__(
        self,
        language: Callable[[], str],
        store: CaseStore,
        runner: TaskRunner,
        step_titles: Callable[[], dict[str, str]],
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(language, parent)
        self._store = store
        self._runner = runner
        self._step_titles = step_titles
        self._now = now
        self.task: Task | None = None
        # Set by the editor: writes what is still in an open editor to the case.
        self.before_generating: Callable[[], None] = lambda: None
        # Set by the editor: values on the pages that the case refused.
        self.refused_on_pages: Callable[[], list[Unaccepted]] = list
        self.files: GeneratedFiles | None = None
        self.files_case: Case | None = None  # the case as it was when `files` were made

        self.findings_title = QLabel()
        bold = QFont(self.findings_title.font())
        bold.setBold(True)
        self.findings_title.setFont(bold)
        self.body_layout.addWidget(self.findings_title)
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setMinimumHeight(160)
        self.findings.itemActivated.connect(self._activated)
        self.findings.itemDoubleClicked.connect(self._activated)
        self.body_layout.addWidget(self.findings, 1)
        self.fix_hint = QLabel()
        self.fix_hint.setWordWrap(True)
        self.body_layout.addWidget(self.fix_hint)

        options = QGroupBox()
        self.options = options
        form = self.add_form(options)
        options.setLayout(form)
        self.letter_language = EnumCombo(Language)
        chosen = self.bind(
            form,
            lambda: self.tr("Lang&uage of the letter"),
            self.letter_language,
            lambda c: c,
            "letter_language",
        )
        chosen.edited.connect(
            lambda: self.case is not None
            and setattr(self.case, "letter_language_chosen", True)
        )
        self.appendix = QCheckBox()
        self.bind(
            form,
            lambda: self.tr("Attach the evidence &appendix"),
            self.appendix,
            lambda c: c,
            "include_appendix",
        )
        self.mask = QCheckBox()
        self.bind(
            form,
            lambda: self.tr("Show only the last &digits of the account number"),
            self.mask,
            lambda c: c,
            "mask_account_id",
        )
        self.body_layout.addWidget(options)

        row = QHBoxLayout()
        self.generate_button = QPushButton()
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.start_generating)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        row.addWidget(self.generate_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        self._generate_row = row
        self.body_layout.addLayout(row)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body_layout.addWidget(self.result)
        self.error = error_label(self.body)
        self.body_layout.addWidget(self.error)
        self.after_row = QHBoxLayout()
        self.open_folder_button = QPushButton()
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.setVisible(False)
        self.after_row.addWidget(self.open_folder_button)
        self.after_row.addStretch(1)
        self.body_layout.addLayout(self.after_row)
        self.sets_title = QLabel()
        self.body_layout.addWidget(self.sets_title)
        self.sets = QListWidget()
        self.sets.setMaximumHeight(110)
        self.sets.itemActivated.connect(self._open_set)
        self.sets.itemDoubleClicked.connect(self._open_set)
        self.body_layout.addWidget(self.sets)
        # Delivery actions (preview, print, e-mail, ...) are added here by the editor.
        self.actions = QVBoxLayout()
        self.body_layout.addLayout(self.actions)

        self.text(
            self.findings_title.setText, lambda: self.tr("Still missing or could be stronger")
        )
        self.text(
            self.fix_hint.setText,
            lambda: self.tr(
                "Double-click an item (or select it and press Enter) to go to the step"
                " that fixes it."
            ),
        )
        self.text(self.options.setTitle, lambda: self.tr("The letter"))
        self.text(
            self.generate_button.setText, lambda: self.tr("&Generate the letter and checklist")
        )
        self.text(self.cancel_button.setText, lambda: self.tr("Cancel"))
        self.text(self.open_folder_button.setText, lambda: self.tr("&Open the folder"))
        self.text(
            self.sets_title.setText,
            lambda: self.tr("Letters made for this case (double-click to open the folder)"),
        )
        self.text(
            self.findings.setAccessibleName, lambda: self.tr("Still missing or could be stronger")
        )
        # The case at a glance, above the findings; a click goes to the item (issue 20).
        self.timeline_view = attach_timeline(  # issue 20
            self.body, lambda view: self.body_layout.insertWidget(0, view), self.go_to_step.emit
        )  # issue 20

    # -- the findings ----------------------------------------------------------------

    def load(self, case: Case) -> None:
        super().load(case)
        self.refresh_findings()
        self.timeline_view.show_case(case, self.language(), self._now())  # issue 20
        self.refresh_sets()

    def refresh_sets(self) -> None:
        """Every set made, newest first: when, which language, sent or not, and whether
        the case has changed since."""
        from complaintkit.documents.generated_sets import case_digest, list_sets

        self.sets.clear()
        if self.case is None:
            return
        made = list_sets(output_folder(self.case))
        self._reuse_latest(made)
        self.sets_title.setVisible(bool(made))
        self.sets.setVisible(bool(made))
        now_digest = case_digest(self.case)
        sent = self.case.sent.files if self.case.sent is not None else ""
        names = {"zh_CN": "中文", "en": "English"}
        for entry in made:
            state = (
                self.tr("sent")
                if entry.folder.name == sent
                else self.tr("matches the case now")
                if entry.digest == now_digest
                else self.tr("the case has changed since")
            )
            text = f"{entry.made_at.astimezone():%Y-%m-%d %H:%M}  ·  "
            text += f"{names.get(entry.language, entry.language)}  ·  {state}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(entry.folder))
            self.sets.addItem(item)

    def _reuse_latest(self, made: list[GeneratedSet]) -> None:
        """A case reopened unchanged since its last set: that set is current (no need to
        generate again before printing or e-mailing it)."""
        if self.files is not None or not made or self.case is None:
            return
        from complaintkit.documents.generated_sets import case_digest

        latest = made[0]
        from complaintkit.documents.generate import (
            CHECKLIST_PDF,
            LETTER_PDF,
            LETTER_TEXT,
            GeneratedFiles,
        )

        files = GeneratedFiles(
            latest.folder / LETTER_PDF, latest.folder / CHECKLIST_PDF, latest.folder / LETTER_TEXT
        )
        if (
            latest.language == self.case.letter_language.value
            and latest.digest == case_digest(self.case)
            and all(path.exists() for path in (files.letter_pdf, files.checklist_pdf))
        ):
            self.files, self.files_case = files, copy.deepcopy(self.case)

    def _open_set(self, item: QListWidgetItem) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(item.data(Qt.ItemDataRole.UserRole)))

    def retranslate(self) -> None:
        super().retranslate()
        self.refresh_findings()
        if self.files is not None:
            self._show_files(self.files)

    def take_generate_button(self) -> QPushButton:
        """The Generate button, for the editor's always-visible button bar."""
        self._generate_row.removeWidget(self.generate_button)
        return self.generate_button

    def files_are_current(self) -> bool:
        """True when the files were made from the case as it is now (saving aside)."""
        self.before_generating()
        if self.files is None or self.files_case is None or self.case is None:
            return False
        unsaved = {"updated_at"}
        return self.files_case.model_dump(exclude=unsaved) == self.case.model_dump(exclude=unsaved)

    def findings_shown(self) -> list[tuple[str, str]]:
        """(step, text) of each item listed, as the user reads them."""
        return [
            (item.data(STEP_ROLE), item.text())
            for item in (self.findings.item(i) for i in range(self.findings.count()))
        ]

    def refresh_findings(self) -> None:
        if self.case is None:
            return
        language, now = self.language(), self._now()
        titles = self._step_titles()
        self.findings.clear()
        kinds = {
            Severity.WRONG: self.tr("Check"),
            Severity.MISSING: self.tr("Missing"),
            Severity.WEAK: self.tr("Weak"),
        }
        listed = flow_findings(self.case, language, now, self.refused_on_pages())
        for finding in listed:
            shown = f"{kinds[finding.severity]}: {finding.what}  →  "
            shown += titles.get(finding.step.value, finding.step.value)
            if finding.why:
                shown += f"\n{finding.why}"
            entry = QListWidgetItem(shown)
            entry.setData(STEP_ROLE, finding.step.value)
            entry.setData(FIELD_ROLE, finding.field)
            entry.setToolTip(finding.why)
            self.findings.addItem(entry)
        if not listed:
            entry = QListWidgetItem(self.tr("Nothing is missing. The letter is ready to generate."))
            self.findings.addItem(entry)

    def _activated(self, item: QListWidgetItem) -> None:
        step = item.data(STEP_ROLE)
        if step:
            self.go_to_step.emit(step, item.data(FIELD_ROLE) or "")

    # -- generating ------------------------------------------------------------------

    def start_generating(self) -> None:
        if self.case is None or self.task is not None:
            return
        self.before_generating()
        case = copy.deepcopy(self.case)  # edits while generating do not mix into this letter
        language = case.letter_language.value
        attachments = self._store.attachments
        now = self._now()
        from complaintkit.documents.generated_sets import new_set_folder, record_set

        # A folder per set: earlier letters (another language, the one sent) are kept.
        folder = new_set_folder(output_folder(case), now.astimezone(), language)

        def work(progress, cancelled) -> GeneratedFiles:
            from complaintkit.documents.generate import generate  # reportlab: on first use

            files = generate(
                case,
                language,
                lambda item: attachments.open_bytes(item.sha256_stored or ""),
                folder,
                progress,
                cancelled,
                now,
            )
            record_set(folder, case, language, now)
            return files

        show_error(self.error, "")
        self.result.setText("")
        self.progress.setRange(0, 4)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.generate_button.setEnabled(False)
        self.task = self._runner.run(
            work,
            on_success=lambda files: self._succeeded(files, case),
            on_error=self._failed,
            on_progress=lambda done, _total: self.progress.setValue(done),
            on_finished=self._finished,
        )

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _finished(self) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.generate_button.setEnabled(True)

    def _succeeded(self, files: GeneratedFiles, case: Case) -> None:
        self.files, self.files_case = files, case
        self._show_files(files)
        self.refresh_sets()
        self.generated.emit(files)

    def _show_files(self, files: GeneratedFiles) -> None:
        lines = [
            self.tr("Done. Your files are in:"),
            str(files.letter_pdf.parent),
            "  • " + files.letter_pdf.name + " — " + self.tr("the letter, with the evidence"),
            "  • " + files.checklist_pdf.name + " — " + self.tr("your checklist of next steps"),
            "  • " + files.letter_text.name + " — " + self.tr("the letter as plain text"),
        ]
        for path in files.extra:
            lines.append("  • " + path.name + " — " + self._extra_purpose(path.name))
        lines += files.warnings
        self.result.setText("\n".join(lines))
        self.open_folder_button.setVisible(True)

    def _extra_purpose(self, name: str) -> str:
        """What a scam-track file is for: none of them goes to the platform."""
        from complaintkit.documents.scam_track import extra_kind

        purposes = {
            "police_pack": self.tr(
                "for the police or the fraud reporting service, not the platform"
            ),
            "card_chargeback": self.tr("to your card issuer, not the platform"),
            "app_reimbursement": self.tr("to your bank, not the platform"),
            "bank_recall": self.tr("to your bank, not the platform"),
            "crypto_records": self.tr("to the exchange you paid from, not the platform"),
        }
        return purposes.get(extra_kind(name), self.tr("not for the platform"))

    def _failed(self, error: BaseException) -> None:
        self.generation_failed.emit()
        from complaintkit.documents.generate import GenerationCancelled

        if isinstance(error, GenerationCancelled):
            show_error(self.error, self.tr("Cancelled. Nothing was written."))
            return
        detail = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        show_error(self.error, self.tr("The letter could not be written: %1").replace("%1", detail))

    def open_folder(self) -> None:
        if self.files is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.files.letter_pdf.parent)))

    def title(self) -> str:
        return self.tr("Review and generate")

    def help_text(self) -> str:
        return self.tr(
            "<p>This list shows what a complaints handler would ask for first. You can"
            " generate the letter at any time, but each item you fix makes it harder to"
            " refuse.</p>"
            "<p>The letter, a checklist of next steps and the evidence appendix are saved as"
            " PDF files you can print or attach to an e-mail.</p>"
        )
