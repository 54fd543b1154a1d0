"""The trash: deleted cases, restorable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from complaintkit.store import CaseStore
from complaintkit.ui.case_list import CaseListView


class TrashDialog(QDialog):
    def __init__(
        self, store: CaseStore, language: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.restored: list[str] = []
        self.setWindowTitle(self.tr("Deleted cases"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Deleted cases stay here until you empty the trash."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.cases = CaseListView(language, self)
        layout.addWidget(self.cases)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(self.tr("&Empty the trash…"))
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.empty_button.clicked.connect(self.empty_trash)
        self.cases.case_activated.connect(lambda _id: self.restore_selected())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.cases.show_cases(self._store.list_trash())
        self.restore_button.setEnabled(self.cases.rowCount() > 0)
        self.empty_button.setEnabled(self.cases.rowCount() > 0)
        if self.cases.rowCount():
            self.cases.selectRow(0)

    def empty_trash(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Empty the trash"),
            self.tr("Delete these cases and their evidence for good? This cannot be undone."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for summary in self._store.list_trash():
            self._store.purge(summary.id)
        self.refresh()

    def restore_selected(self) -> None:
        case_id = self.cases.selected_case_id()
        if case_id is not None:
            self._store.restore(case_id)
            self.restored.append(case_id)
            self.refresh()
