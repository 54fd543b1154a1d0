"""Starting the GUI: the QApplication, the store, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from complaintkit.store import CaseStore, StoreError
from complaintkit.ui.main_window import MainWindow


def system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def run_gui(demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Complaint Kit")
    app.setOrganizationName("ComplaintKit")
    language = system_language()
    try:
        store = CaseStore()
    except StoreError as error:
        QMessageBox.critical(None, app.tr("Complaint Kit"), error.message(language))
        return 1
    opened = None
    if demo:
        from complaintkit.demo import install_demo

        opened = install_demo(store, language)
    window = MainWindow(store, lambda: language)
    if opened is not None:
        window.refresh()
        window.select_case(opened.id)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
