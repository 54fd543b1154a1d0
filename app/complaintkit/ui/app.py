"""Starting the GUI: the QApplication, language, fonts, the window, then the store.

The window is shown before the case model, the store and the documents are
imported, so the user sees Complaint Kit at once; the case list follows.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from complaintkit import paths
from complaintkit.ui.fonts import register_bundled_fonts
from complaintkit.ui.i18n import Translations, system_language
from complaintkit.ui.main_window import MainWindow
from complaintkit.ui.qt_platform import platform_plugin_watch
from complaintkit.ui.settings import Settings

MAINTENANCE_INTERVAL_MS = 60 * 60 * 1000  # hourly


def app_icon() -> QIcon:
    """The app's icon, drawn from SVG so it is sharp at any DPI (empty if missing)."""
    return QIcon(str(paths.resources_dir() / "icons" / "complaintkit.svg"))


def run_gui(demo: bool = False, bundle: str | None = None) -> int:
    app = QApplication.instance()
    if app is None:
        with platform_plugin_watch(system_language()):
            app = QApplication(sys.argv)
    app.setApplicationName("Complaint Kit")
    app.setOrganizationName("ComplaintKit")
    app.setWindowIcon(app_icon())
    settings = Settings()
    translations = Translations()
    translations.use(settings.language(system_language()))
    from complaintkit.logs import start_logging
    from complaintkit.ui.single_instance import (
        FileOpenFilter,
        InstanceGuard,
        hand_over,
        tell_already_running,
    )

    start_logging()
    guard = InstanceGuard(paths.data_dir(), app)
    if not guard.acquire():
        # Complaint Kit already runs on this data folder: bring it forward instead of a
        # second window whose saves would overwrite the first one's.
        if hand_over(paths.data_dir(), bundle):
            return 0
        tell_already_running()
        return 0
    if translations.language == "zh_CN":
        # Chinese must render in the very first frame, even without system CJK fonts.
        register_bundled_fonts()
    window = MainWindow(None, translations.language, translations, settings)
    from complaintkit.ui.crash_report import CrashReporter

    reporter = CrashReporter(lambda: window)
    reporter.install()
    guard.opened.connect(window.bring_forward)
    guard.listen()
    if sys.platform == "darwin":
        # Only macOS sends FileOpen; elsewhere an application-wide filter would only
        # cost a Python call for every event of every widget.
        file_opened = FileOpenFilter(app)
        file_opened.opened.connect(window.bring_forward)
        app.installEventFilter(file_opened)
    geometry = settings.geometry()
    if geometry is not None:
        window.restoreGeometry(geometry)
        window.fit_to_screen()  # saved on another monitor, or a larger one
    window.show()
    app.processEvents()  # paint the frame before the slower imports below
    if translations.language != "zh_CN":
        register_bundled_fonts()  # before the case list, which may hold Chinese names

    from complaintkit.ui.store_opening import open_store, tell_read_only

    store = open_store(translations.language, window)
    if store is None:
        return 1
    window.attach(store)
    from complaintkit.ui.warm_up import WarmUp

    window.warm_up = WarmUp(translations.language, window)
    window.warm_up.schedule()
    window.search.textEdited.connect(window.warm_up.schedule)
    if store.read_only:
        tell_read_only(store, translations.language, window)
    # Backups while the user works (only when something changed), and tidying up.
    maintenance = QTimer(window)
    maintenance.setInterval(MAINTENANCE_INTERVAL_MS)
    maintenance.timeout.connect(store.maintain)
    maintenance.start()
    from complaintkit.scratch import clean_leftovers

    clean_leftovers()
    bundle = bundle or window.pending_bundle
    if demo:
        window.open_demo()
    elif bundle:
        window.import_bundle_file(bundle)
    elif settings.first_run():
        window.show_welcome()
    try:
        return app.exec()
    finally:
        store.close(maintain=True)  # a backup of this session's changes
        guard.release()
