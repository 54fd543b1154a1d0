"""Starting the GUI: the QApplication, the store, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from complaintkit.ui.fonts import register_bundled_fonts
from complaintkit.ui.main_window import MainWindow
from complaintkit.ui.store_opening import open_store


def system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def run_gui(demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Complaint Kit")
    app.setOrganizationName("ComplaintKit")
    register_bundled_fonts()
    language = system_language()
    store = open_store(language)
    if store is None:
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
