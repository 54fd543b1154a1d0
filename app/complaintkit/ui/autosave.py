"""Saving every edit without a Save button.

Edits are debounced (a pause in typing saves), but continuous typing still saves
at least once a second, so killing the app loses at most the last second.
A failed save keeps the edit in memory, says so, and is retried on the next edit.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from complaintkit.domain import Case
from complaintkit.store import CaseStore, StoreError

QUIET_MS = 300
MAX_DELAY_MS = 1000


class Autosaver(QObject):
    saved = Signal()
    failed = Signal(str)  # the message, in the user's language

    def __init__(
        self, store: CaseStore, language: Callable[[], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._language = language
        self._case: Case | None = None
        self._first_pending: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    def watch(self, case: Case | None) -> None:
        self.flush()
        self._case = case

    def changed(self) -> None:
        now = time.monotonic()
        if self._first_pending is None:
            self._first_pending = now
        waited_ms = (now - self._first_pending) * 1000
        self._timer.start(int(max(0, min(QUIET_MS, MAX_DELAY_MS - waited_ms))))

    def flush(self) -> bool:
        """Save now if anything is pending; True when nothing is left unsaved."""
        self._timer.stop()
        if self._first_pending is None or self._case is None:
            return True
        try:
            self._store.save(self._case)
        except StoreError as error:
            self.failed.emit(error.message(self._language()))
            return False
        self._first_pending = None
        self.saved.emit()
        return True
