"""File › Restore from backup…: choose a backup by its date and contents, then replace.

Each backup is listed with when and why it was taken and how many cases it holds;
selecting one lists its cases, so the user sees what they would get back before
anything changes. The dialog only chooses: the caller restores (the store keeps
the replaced file aside).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from complaintkit.store import backups


class RestoreDialog(QDialog):
    def __init__(
        self, root: Path, language: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._language = language
        self.chosen: Path | None = None
        self.found = [backups.describe(path) for path in backups.list_backups(root)]
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Complaint Kit keeps copies of your cases: once a day, every hour while you"
                " work and when you close it. Choose the copy to go back to; your current"
                " cases are kept aside in a file, not deleted."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        splitter = QSplitter(self)
        self.list = QListWidget(splitter)
        self.list.setAccessibleName(self.tr("Backups"))
        preview = QWidget(splitter)
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(preview)
        self.summary.setWordWrap(True)
        self.preview = QListWidget(preview)
        self.preview.setAccessibleName(self.tr("Cases in this backup"))
        preview_layout.addWidget(self.summary)
        preview_layout.addWidget(self.preview, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(self.tr("&Restore this backup…"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for info in self.found:
            self.list.addItem(QListWidgetItem(self._label(info)))
        self.list.currentRowChanged.connect(self._show)
        if self.found:
            self.list.setCurrentRow(0)
        else:
            self.summary.setText(self.tr("There are no backups yet."))
            self.restore_button.setEnabled(False)

    def _when(self, info: backups.BackupInfo) -> str:
        return info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")

    def _label(self, info: backups.BackupInfo) -> str:
        reason = backups.reason_label(info.reason, self._language())
        if not info.healthy:
            return (
                self.tr("%1 · %2 · damaged").replace("%1", self._when(info)).replace("%2", reason)
            )
        return (
            self.tr("%1 · %2 · %n case(s)", "", info.case_count)
            .replace("%1", self._when(info))
            .replace("%2", reason)
        )

    def selected(self) -> backups.BackupInfo | None:
        row = self.list.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    def _show(self, _row: int) -> None:
        info = self.selected()
        self.preview.clear()
        if info is None:
            return
        self.restore_button.setEnabled(info.healthy)
        if not info.healthy:
            self.summary.setText(self.tr("This backup is damaged and cannot be restored."))
            return
        self.summary.setText(
            self.tr("Taken %1. It holds %n case(s):", "", info.case_count).replace(
                "%1", self._when(info)
            )
            + (
                " " + self.tr("(and %n in the trash)", "", info.trashed_count)
                if info.trashed_count
                else ""
            )
        )
        for title in info.titles:
            self.preview.addItem(title or self.tr("(untitled case)"))

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or not info.healthy:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace your current cases with the backup from %1? Changes made after it"
                " will not be in the restored cases; the current case file is kept aside"
                " in the data folder."
            ).replace("%1", self._when(info)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.chosen = info.path
        self.accept()
