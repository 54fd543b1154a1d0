"""One Complaint Kit per data folder: a second launch hands over to the first.

Two windows on one data folder each saved their own copy of a case, and the last
save won. The first process holds a lock file in the data folder; a second one
leaves a request (the file it was asked to open, if any) in `handover/` and
exits once the first has taken it, and the first brings its window to the front.
Only files and a lock, no sockets: nothing here can reach a network.

On macOS a double-clicked `.complaintkit` file reaches the running app as a
`QFileOpenEvent` instead; `FileOpenFilter` passes it on the same way.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
import uuid
from pathlib import Path

from PySide6.QtCore import QEvent, QFileSystemWatcher, QLockFile, QObject, QTimer, Signal

LOCK_NAME = "instance.lock"
HANDOVER_DIR = "handover"
POLL_MS = 1000  # in case a file system does not report changes

log = logging.getLogger(__name__)


class InstanceGuard(QObject):
    """Held by the first process on a data folder; `opened(path or "")` for each
    later launch that handed over."""

    opened = Signal(str)

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self._lock = QLockFile(str(root / LOCK_NAME))
        # Stale only when its process is gone: a long session must keep its lock.
        self._lock.setStaleLockTime(0)
        self._watcher: QFileSystemWatcher | None = None
        self._poll: QTimer | None = None

    def acquire(self) -> bool:
        """True when this process is the first (or the folder cannot hold a lock: a
        read-only folder, where nothing can be saved over anyway)."""
        try:
            self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError:
            return True
        if self._lock.tryLock(0):
            return True
        return self._lock.error() == QLockFile.LockError.PermissionError

    def listen(self) -> None:
        inbox = self.root / HANDOVER_DIR
        try:
            inbox.mkdir(exist_ok=True, mode=0o700)
        except OSError:
            return
        self._watcher = QFileSystemWatcher([str(inbox)], self)
        self._watcher.directoryChanged.connect(lambda _path: self.take_requests())
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.take_requests)
        self._poll.start()
        self.take_requests()

    def take_requests(self) -> None:
        inbox = self.root / HANDOVER_DIR
        try:
            requests = sorted(inbox.glob("*.json"))
        except OSError:
            return
        for request in requests:
            try:
                wanted = json.loads(request.read_text(encoding="utf-8")).get("open") or ""
                request.unlink()
            except (OSError, ValueError, AttributeError):
                request.unlink(missing_ok=True)
                continue
            wanted = wanted if isinstance(wanted, str) else ""
            log.info("a second launch handed over%s", " a case file" if wanted else "")
            self.opened.emit(wanted)

    def release(self) -> None:
        if self._poll is not None:
            self._poll.stop()
        self._lock.unlock()


def hand_over(root: Path, bundle: str | None, timeout_s: float = 8.0) -> bool:
    """Ask the process holding `root` to come forward (and open `bundle`); True once
    it has taken the request, False if it did not within `timeout_s`."""
    inbox = root / HANDOVER_DIR
    inbox.mkdir(parents=True, exist_ok=True, mode=0o700)
    name = f"{time.time_ns()}-{uuid.uuid4().hex}"
    partial, request = inbox / f"{name}.part", inbox / f"{name}.json"
    target = str(Path(bundle).resolve()) if bundle else ""
    partial.write_text(json.dumps({"open": target}), encoding="utf-8")
    if sys.platform == "win32":
        # Windows lets only the foreground process give the foreground away.
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
    os.replace(partial, request)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not request.exists():
            return True
        time.sleep(0.05)
    request.unlink(missing_ok=True)
    return False


class FileOpenFilter(QObject):
    """macOS: a document opened from Finder while the app runs."""

    opened = Signal(str)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            path = event.file()
            if path:
                self.opened.emit(path)
                return True
        return super().eventFilter(watched, event)


def tell_already_running() -> None:
    """The first window did not answer (busy with a dialog, or hung): say so plainly."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(
        None,
        QCoreApplication.translate("SingleInstance", "Complaint Kit"),
        QCoreApplication.translate(
            "SingleInstance",
            "Complaint Kit is already open on this computer. Switch to its window (it may"
            " be showing a dialog), or close it and start Complaint Kit again.",
        ),
    )
