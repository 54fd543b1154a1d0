"""The main window: the list of cases (filled in by the wizard work)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Complaint Kit"))
        self.setMinimumSize(960, 600)
        self.setCentralWidget(QLabel(self.tr("No cases yet.")))
