"""An unexpected error: kept in the log without case text, told calmly, app goes on."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from complaintkit.logs import log_dir, start_logging
from complaintkit.ui.crash_report import CrashReporter

SECRET = "my account 4471-SECRET and my narrative"


@pytest.fixture
def reporter(qtbot, monkeypatch):
    start_logging()
    shown = CrashReporter(lambda: None)
    answered: list[tuple[str, str]] = []

    def answer(box: QMessageBox) -> None:
        answered.append((box.text(), box.detailedText()))
        # First "Copy details" (the box comes back), then OK; whatever the UI language.
        if len(answered) == 1:
            shown.copy_button.click()
        else:
            box.button(QMessageBox.StandardButton.Ok).click()

    def ask(box: QMessageBox) -> None:
        # Answered from the event loop the box runs, as a user would; closed after a
        # while whatever happens, so a broken answer fails the test instead of hanging it.
        QTimer.singleShot(0, lambda: answer(box))
        guard = QTimer(box)  # goes with the box
        guard.setSingleShot(True)
        guard.timeout.connect(box.reject)
        guard.start(20_000)
        box.exec()

    shown.ask = ask
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    shown.install()
    shown.answered = answered
    return shown


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_told_and_the_app_goes_on(qtbot, reporter):
    def broken() -> None:
        raise ValueError(SECRET)

    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: len(reporter.answered) == 2, timeout=10_000)
    text, details = reporter.answered[0]
    assert "your cases are safe" in text
    assert "builtins.ValueError" in details and "in broken" in details
    assert SECRET not in details
    assert QApplication.clipboard().text() == details
    log = (log_dir() / "complaintkit.log").read_text(encoding="utf-8")
    assert "builtins.ValueError" in log and SECRET not in log
    # Still running: the event loop delivers the next event.
    ran = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: ran == [True])


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_worker_thread_reaches_the_dialog(qtbot, reporter):
    def broken() -> None:
        raise OSError(28, "No space left on device", "/home/someone/private.pdf")

    worker = threading.Thread(target=broken)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(reporter.answered) == 2, timeout=10_000)
    details = reporter.answered[0][1]
    assert "builtins.OSError" in details and "errno 28" in details
    assert "/home/someone" not in details and "private.pdf" in details


def test_the_log_names_the_system_without_asking_wmi(monkeypatch, tmp_path):
    # platform.platform() runs a WMI query on Windows from Python 3.12 (the release
    # builds): seconds at every start on some machines. The log must not need it.
    import platform

    from complaintkit.logs import describe_exception, system_name

    def refuse(*args, **kwargs):
        raise AssertionError("platform.platform() was called")

    monkeypatch.setattr(platform, "platform", refuse)
    monkeypatch.setenv("COMPLAINTKIT_HOME", str(tmp_path))
    system_name.cache_clear()
    start_logging()
    try:
        raise ValueError("secret case text")
    except ValueError as error:
        report = describe_exception(ValueError, error, error.__traceback__)
    assert f"on {system_name()}" in report
    assert "secret" not in report
    assert system_name() in (log_dir() / "complaintkit.log").read_text(encoding="utf-8")
