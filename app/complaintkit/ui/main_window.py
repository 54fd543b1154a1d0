"""The main window: the list of the user's cases."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from complaintkit.store import CaseStore
from complaintkit.ui.case_list import CaseListView


class MainWindow(QMainWindow):
    def __init__(self, store: CaseStore, ui_language: Callable[[], str]) -> None:
        super().__init__()
        self._store = store
        self.setMinimumSize(960, 600)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.search = QLineEdit(central)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.cases = CaseListView(ui_language, central)
        self.empty_hint = QLabel(central)
        self.empty_hint.setWordWrap(True)
        layout.addWidget(self.search)
        layout.addWidget(self.cases)
        layout.addWidget(self.empty_hint)
        self.setCentralWidget(central)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Complaint Kit"))
        self.search.setPlaceholderText(self.tr("Search cases"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.empty_hint.setText(self.tr("No cases yet."))
        self.cases.retranslate()

    def refresh(self) -> None:
        summaries = self._store.list_cases(self.search.text())
        self.cases.show_cases(summaries)
        self.empty_hint.setVisible(not summaries)

    def select_case(self, case_id: str) -> None:
        for row in range(self.cases.rowCount()):
            if self.cases.item(row, 0).data(Qt.ItemDataRole.UserRole) == case_id:
                self.cases.selectRow(row)
                return
