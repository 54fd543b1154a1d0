"""Starting the GUI: the QApplication, translators, fonts, the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from complaintkit.ui.main_window import MainWindow


def run_gui(demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Complaint Kit")
    app.setOrganizationName("ComplaintKit")
    window = MainWindow()
    window.show()
    return app.exec()
