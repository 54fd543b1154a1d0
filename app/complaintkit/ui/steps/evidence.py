"""Step 6: evidence. Files by dialog, drag and drop or paste; imported off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QEvent, QIODevice, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPalette, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QWidget,
)

from complaintkit.domain import Case, EvidenceItem, EvidenceKind
from complaintkit.domain.enums import CaptureTimeSource
from complaintkit.domain.labels import label
from complaintkit.flow import StepId
from complaintkit.store import CaseStore, StoreError
from complaintkit.ui.evidence_picker import ShownInPicker, link, shown_in
from complaintkit.ui.fields import DateTimeField, EnumCombo, error_label, show_error
from complaintkit.ui.steps.base import StepPage
from complaintkit.ui.support_panel import attach_notice_hint  # issue 20
from complaintkit.ui.tasks import TaskRunner

THUMBNAIL = 160
# A file to import: a path on disk, or (name, bytes) for a pasted picture.
Source = Path | tuple[str, bytes]


@dataclass
class ImportResult:
    items: list[tuple[EvidenceItem, Path]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # one sentence per file


def import_sources(
    store: CaseStore, sources: list[Source], language: str, zone: str | None = None
) -> Callable[[Callable[[int, int], None], Callable[[], bool]], ImportResult]:
    """The background work: copy, hash, strip metadata, make thumbnails. `zone`: the
    case's time zone, for capture times the file gives without one."""

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> ImportResult:
        result = ImportResult()
        for done, source in enumerate(sources):
            if cancelled():
                break
            progress(done, len(sources))
            name = source.name if isinstance(source, Path) else source[0]
            try:
                if isinstance(source, Path):
                    item = store.attachments.import_file(
                        source, original_name=source.name, zone=zone
                    )
                else:
                    item = store.attachments.import_file(
                        source[1], original_name=source[0], zone=zone
                    )
                thumbnail = store.attachments.thumbnail(item.sha256_stored, THUMBNAIL)
            except StoreError as error:
                result.refused.append(f"{name}: {error.message(language)}")
                continue
            except OSError as error:
                result.refused.append(f"{name}: {error.strerror or error}")
                continue
            item.caption = Path(name).stem
            result.items.append((item, thumbnail))
        progress(len(sources), len(sources))
        return result

    return work


class EvidencePage(StepPage):
    step_id = StepId.EVIDENCE

    def __init__(
        self,
        language: Callable[[], str],
        store: CaseStore,
        runner: TaskRunner,
        undo: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(language, parent)
        self._store = store
        self._runner = runner
        self._undo = undo
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.text(
            self.hint.setText,
            lambda: self.tr(
                'Drag screenshots, statements or e-mails here, choose them with "Add files", or'
                " copy a screenshot and press Ctrl+V. Pictures, PDFs, text and e-mail files work."
            ),
        )
        self.body_layout.addWidget(self.hint)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.choose_files)
        self.paste_button = QPushButton()
        self.paste_button.clicked.connect(self.paste)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.add_button, self.paste_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body_layout.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.body_layout.addWidget(self.progress)
        self.refused = error_label(self.body)
        self.body_layout.addWidget(self.refused)
        self.items = QListWidget()
        self.items.setViewMode(QListView.ViewMode.IconMode)
        self.items.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.items.setGridSize(QSize(THUMBNAIL + 40, THUMBNAIL + 48))
        self.items.setResizeMode(QListView.ResizeMode.Adjust)
        self.items.setMovement(QListView.Movement.Static)
        self.items.setWordWrap(True)
        # Every cell the same size, captions cut to fit: a caption being typed no longer
        # makes the thumbnails jump.
        self.items.setUniformItemSizes(True)
        self.items.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.items.setMinimumHeight(THUMBNAIL + 70)
        self.items.currentRowChanged.connect(lambda _row: self._select())
        self.body_layout.addWidget(self.items, 1)
        self.empty_hint(
            self.items,
            lambda: self.tr(
                "No evidence yet: drag screenshots or statements here, press Add files…, or"
                " copy a screenshot and press Ctrl+V."
            ),
        )
        # The list would take drops as moves of its own items; here they add evidence.
        self.items.setDragEnabled(False)
        for target in (self.viewport(), self.body, self.items.viewport()):
            target.setAcceptDrops(True)
            target.installEventFilter(self)
        # The selected item's details.
        form = self.add_form()
        selected = self._selected_or_blank
        self.caption = QLineEdit()
        self.bind(
            form, lambda: self.tr("Caption (&what it shows)"), self.caption, selected, "caption"
        )
        self.kind = EnumCombo(EvidenceKind)
        self.bind(form, lambda: self.tr("&Kind"), self.kind, selected, "kind")
        self.firm_notice_hint = attach_notice_hint(self.kind, self)  # issue 20
        self.captured = DateTimeField(self.zone)
        captured = self.bind(
            form, lambda: self.tr("Taken or received &on"), self.captured, selected, "captured_at"
        )
        captured.edited.connect(self._capture_time_typed)
        # Where the time came from (the picture's data, its name, the file's date), under it.
        self.capture_source = QLabel()
        self.capture_source.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.text(
            self.capture_source.setToolTip,
            lambda: self.tr("Correct the time above if it is wrong: the letter gives this time."),
        )
        # A time guessed from the file can be confirmed as it is, without retyping it.
        self.confirm_capture = QPushButton()
        self.confirm_capture.clicked.connect(self._capture_time_confirmed)
        self.text(self.confirm_capture.setText, lambda: self.tr("This time is right"))
        note = QWidget()
        note_layout = QHBoxLayout(note)
        note_layout.setContentsMargins(0, 0, 0, 0)
        note_layout.addWidget(self.capture_source)
        note_layout.addWidget(self.confirm_capture)
        note_layout.addStretch(1)
        self.captured.parentWidget().layout().insertWidget(1, note)
        self.include = QCheckBox()
        self.bind(
            form,
            lambda: self.tr("&Include in the letter"),
            self.include,
            selected,
            "include_in_letter",
        )
        # Only evidence marked here gets its own row in the letter's time line; the
        # rest is cited where it is used (orders, contacts, the problem).
        self.timeline_event = QCheckBox()
        self.bind(
            form,
            lambda: self.tr("&Time line event: a row of its own in the letter"),
            self.timeline_event,
            selected,
            "timeline_event",
        )
        # What this item shows: the problem itself, orders, contacts (the reverse of
        # the evidence pickers on those steps).
        self.shown_in = ShownInPicker()
        self.shown_in.changed.connect(self._shown_in_changed)
        self.add_row_widget(form, lambda: self.tr("What it &shows"), self.shown_in)
        self._details_form = [
            self.caption,
            self.kind,
            self.captured,
            self.include,
            self.timeline_event,
            self.shown_in,
            self.confirm_capture,
        ]
        self.text(self.add_button.setText, lambda: self.tr("&Add files…"))
        self.text(self.paste_button.setText, lambda: self.tr("&Paste screenshot"))
        self.text(self.remove_button.setText, lambda: self.tr("Re&move"))
        self.text(self.items.setAccessibleName, lambda: self.tr("Evidence"))
        self._thumbnails: dict[str, QIcon] = {}
        self.task = None
        paste = QShortcut(QKeySequence.StandardKey.Paste, self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self._paste_unless_typing)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.items)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)

    # -- showing ----------------------------------------------------------------------

    def _selected(self) -> EvidenceItem | None:
        row = self.items.currentRow()
        if self.case is None or not 0 <= row < len(self.case.evidence):
            return None
        return self.case.evidence[row]

    def _selected_or_blank(self, _case: Case) -> EvidenceItem:
        return self._selected() or EvidenceItem()

    def _icon(self, item: EvidenceItem) -> QIcon:
        if item.sha256_stored not in self._thumbnails and item.sha256_stored:
            try:
                path = self._store.attachments.thumbnail(item.sha256_stored, THUMBNAIL)
                self._thumbnails[item.sha256_stored] = QIcon(str(path))
            except (StoreError, OSError, ValueError):
                self._thumbnails[item.sha256_stored] = QIcon()
        return self._thumbnails.get(item.sha256_stored or "", QIcon())

    def load(self, case: Case) -> None:
        self.case = case
        row = self.items.currentRow()
        self.items.blockSignals(True)
        self.items.clear()
        numbers = case.exhibit_numbers()
        for item in case.evidence:
            number = numbers.get(item.id, "—")
            entry = QListWidgetItem(
                self._icon(item), f"{number} {item.caption or item.original_name}"
            )
            entry.setToolTip(item.original_name)
            self.items.addItem(entry)
        self.items.blockSignals(False)
        if case.evidence:
            self.items.setCurrentRow(min(max(row, 0), len(case.evidence) - 1))
        self._select()

    def _select(self) -> None:
        item = self._selected()
        for widget in self._details_form:
            widget.setEnabled(item is not None)
        if self.case is not None:
            for binding in self.bindings:
                binding.load(self.case)
            self.shown_in.show_subjects(self.case, self.show_time, self.language())
            self.shown_in.set_value(shown_in(self.case, item.id) if item is not None else [])
        self._show_capture_source(item)
        self.remove_button.setEnabled(item is not None)

    def _show_capture_source(self, item: EvidenceItem | None) -> None:
        known = item is not None and item.captured_at is not None
        source = item.captured_at_source if item is not None else CaptureTimeSource.UNKNOWN
        shown = known and source is not CaptureTimeSource.UNKNOWN
        self.capture_source.setText(label(source, self.language()) if shown else "")
        self.capture_source.setVisible(shown)
        guessed = (CaptureTimeSource.FILE_NAME, CaptureTimeSource.FILE_DATE)
        self.confirm_capture.setVisible(shown and source in guessed)

    def _capture_time_confirmed(self) -> None:
        item = self._selected()
        if item is None or item.captured_at is None:
            return
        item.captured_at_source = CaptureTimeSource.TYPED
        self._show_capture_source(item)
        self.captured.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()

    def _capture_time_typed(self) -> None:
        """The user typed or corrected the time: it is theirs now, whatever it came from."""
        item = self._selected()
        if item is None:
            return
        typed = CaptureTimeSource.TYPED if item.captured_at else CaptureTimeSource.UNKNOWN
        item.captured_at_source = typed
        self._show_capture_source(item)

    def focus_field(self, path: str) -> bool:
        """Review's links: "evidence" goes to Add files; "evidence.2.caption" selects the
        third item and puts the cursor in its caption ("evidence.2.shown_in": what it shows)."""
        parts = path.split(".")
        if parts == ["evidence"]:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if len(parts) == 3 and parts[0] == "evidence" and parts[1].isdigit():
            row = int(parts[1])
            if self.case is None or row >= len(self.case.evidence):
                return False
            self.items.setCurrentRow(row)
            if parts[2] == "shown_in":
                self.shown_in.setFocus(Qt.FocusReason.OtherFocusReason)
                self.shown_in.reveal()
                return True
        return super().focus_field(path)

    def on_field_edited(self) -> None:
        # The caption and "include" change the list's labels and exhibit numbers.
        row = self.items.currentRow()
        if self.case is not None and 0 <= row < self.items.count():
            numbers = self.case.exhibit_numbers()
            for index, item in enumerate(self.case.evidence):
                number = numbers.get(item.id, "—")
                self.items.item(index).setText(f"{number} {item.caption or item.original_name}")
        super().on_field_edited()

    def _shown_in_changed(self) -> None:
        item = self._selected()
        if item is None or self.case is None:
            return
        if link(self.case, item.id, self.shown_in.value()):
            self.edited.emit()

    # -- adding -----------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add evidence"),
            "",
            self.tr(
                "Evidence (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf *.txt *.eml);;All files (*)"
            ),
        )
        self.import_sources([Path(name) for name in names])

    def _paste_unless_typing(self) -> None:
        if isinstance(QApplication.focusWidget(), QLineEdit):
            QApplication.focusWidget().paste()
            return
        self.paste()

    def paste(self) -> None:
        mime = QApplication.clipboard().mimeData()
        if mime is not None and mime.hasUrls():
            self.import_sources(
                [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
            )
            return
        image = QApplication.clipboard().image()
        if image.isNull():
            show_error(self.refused, self.tr("The clipboard holds no picture or file to paste."))
            return
        self.import_sources([("clipboard.png", _png_bytes(image))])

    def eventFilter(self, watched, event) -> bool:
        """Files dropped anywhere on the page (the list, the empty space) are imported."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            mime = event.mimeData()
            if mime.hasUrls() or mime.hasImage():
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            self._dropped(event.mimeData())
            event.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)

    def _dropped(self, mime) -> None:
        sources: list[Source] = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if not sources and mime.hasImage():
            sources = [("dropped.png", _png_bytes(QImage(mime.imageData())))]
        self.import_sources(sources)

    def import_sources(self, sources: list[Source]) -> None:
        if not sources or self.case is None:
            return
        show_error(self.refused, "")
        self.progress.setRange(0, len(sources))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.progress.setFormat(self.tr("Adding %v of %m…"))
        case = self.case
        self.task = self._runner.run(
            import_sources(self._store, sources, self.language(), self.zone()),
            on_success=lambda result: self._imported(case, result),
            on_error=lambda error: self._import_failed(str(error)),
            on_progress=lambda done, _total: self.progress.setValue(done),
            on_finished=self._import_finished,
        )

    def _import_finished(self) -> None:
        self.task = None
        self.progress.setVisible(False)

    def _imported(self, case: Case, result: ImportResult) -> None:
        show_error(self.refused, "\n".join(result.refused))
        if case is not self.case or not result.items:
            return
        for item, thumbnail in result.items:
            case.evidence.append(item)
            # Made on the worker: showing it needs no image work on the GUI thread.
            self._thumbnails[item.sha256_stored] = QIcon(str(thumbnail))
        self.load(case)
        self.items.setCurrentRow(len(case.evidence) - 1)
        self.edited.emit()

    def _import_failed(self, detail: str) -> None:
        show_error(self.refused, self.tr("The files could not be added: %1").replace("%1", detail))

    def remove_selected(self) -> None:
        self.remove_undoably(
            self._undo, "evidence", self.items.currentRow(), self.tr("Remove evidence")
        )

    def title(self) -> str:
        return self.tr("Evidence")

    def help_text(self) -> str:
        return self.tr(
            "<p>Evidence is what makes a complaint hard to brush aside: screenshots of error"
            " messages and order screens with the time visible, statements, confirmation"
            " e-mails, chat transcripts.</p>"
            "<p>Give each a caption saying what it shows. Originals are copied here, so"
            " deleting them elsewhere is safe; location data is removed from photos.</p>"
        )


def _png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())
