"""When something unexpected goes wrong: keep the details in the log, tell the user
calmly, and keep the app running (their typing is already saved by autosave).

Installed as `sys.excepthook` and `threading.excepthook`. An error raised in a
worker thread reaches the GUI thread through a queued signal before any dialog.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from complaintkit.logs import log_dir, log_exception


class CrashReporter(QObject):
    """Shows one calm dialog per unexpected error (never a stack of them)."""

    reported = Signal(str)  # the report, queued to the GUI thread

    def __init__(self, parent_window: Callable[[], QWidget | None]) -> None:
        super().__init__()
        self._parent_window = parent_window
        self._showing = False
        self.last_report = ""
        self.box: QMessageBox | None = None
        self.copy_button: QAbstractButton | None = None
        self.folder_button: QAbstractButton | None = None
        self.reported.connect(self._show)
        # Tests answer the dialog; the app shows it modally.
        self.ask: Callable[[QMessageBox], None] = lambda box: box.exec()

    def install(self) -> None:
        sys.excepthook = self.hook
        threading.excepthook = lambda args: self.hook(
            args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
        )

    def hook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        report = log_exception(kind, error, trace)
        self.reported.emit(report)

    def _show(self, report: str) -> None:
        self.last_report = report
        if self._showing:
            return  # one dialog at a time; every error is in the log
        self._showing = True
        try:
            box = QMessageBox(self._parent_window())
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Complaint Kit"))
            box.setText(self.tr("Something went wrong, but your cases are safe."))
            box.setInformativeText(
                self.tr(
                    "Everything you typed before this was saved as you went. You can carry"
                    " on working. If it happens again, copy the details and keep them with"
                    " the log folder; they contain no case text."
                )
            )
            box.setDetailedText(report)
            copy = box.addButton(self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
            folder = box.addButton(
                self.tr("Open the log folder"), QMessageBox.ButtonRole.ActionRole
            )
            box.addButton(QMessageBox.StandardButton.Ok)
            self.box, self.copy_button, self.folder_button = box, copy, folder
            # Any button closes a message box: copying or opening the folder shows it again.
            while True:
                self.ask(box)
                if box.clickedButton() is copy:
                    QApplication.clipboard().setText(report)
                elif box.clickedButton() is folder:
                    QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))
                else:
                    break
        finally:
            self._showing = False
