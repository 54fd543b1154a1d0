"""The case editor's code and data, loaded while the user reads the case list.

Opening the first case used to import the editor (its steps, the delivery panel,
Qt's PDF and print modules) and parse the wording and escalation data on the GUI
thread: about 0.4 s before anything moved. A thread does that part meanwhile; it
only imports modules and fills read-only caches, never touches a widget, and the
window waits for it (`wait`) before building the editor, so no module is ever
imported by two threads at once. It starts once the user has paused (`schedule`
restarts the wait): while it runs, a search on the GUI thread takes several times
as long, as both want the interpreter.
"""

from __future__ import annotations

import importlib
import logging
import threading

from PySide6.QtCore import QObject, QTimer

MODULES = ("complaintkit.ui.case_editor",)
CATALOGS = ("domain", "knowledge", "letter", "review", "scam", "support", "completeness")

_log = logging.getLogger(__name__)


# After the list's first frame and after the last keystroke in the search box.
IDLE_MS = 250


class WarmUp(QObject):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = threading.Thread(
            target=self._load, args=(language,), name="warm-up", daemon=True
        )
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.start)

    def schedule(self) -> None:
        """Start once the user has been idle for IDLE_MS (each call restarts the wait)."""
        if self._thread.ident is None:
            self._idle.start()

    def start(self) -> None:
        if self._thread.ident is None:
            self._thread.start()

    def wait(self) -> None:
        if self._thread.is_alive():
            self._thread.join()

    @staticmethod
    def _load(language: str) -> None:
        try:
            for name in MODULES:
                importlib.import_module(name)
            from complaintkit.domain.zone_names import known_zones
            from complaintkit.knowledge.bodies import shipped_data
            from complaintkit.knowledge.scam_data import (
                shipped_recovery_data,
                shipped_reporting_data,
            )
            from complaintkit.locales import catalog

            known_zones()
            shipped_data()
            shipped_recovery_data()
            shipped_reporting_data()
            for name in CATALOGS:
                catalog(language, name)
        except Exception as error:
            # Whatever failed here fails again, visibly, when the editor is built.
            _log.warning("warm-up stopped: %s", type(error).__name__)
