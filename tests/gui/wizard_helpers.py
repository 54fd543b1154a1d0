"""Shared fixtures and helpers for driving the real wizard widgets."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from complaintkit.flow import StepId
from complaintkit.store import CaseStore
from complaintkit.ui.i18n import Translations
from complaintkit.ui.main_window import MainWindow


@pytest.fixture
def store(complaintkit_home):
    with CaseStore() as opened:
        yield opened


@pytest.fixture
def window(qtbot, store):
    translations = Translations()
    made: list[MainWindow] = []

    def make(language: str = "en") -> MainWindow:
        translations.use(language)
        shown = MainWindow(store, translations.language, translations)
        qtbot.addWidget(shown)
        shown.resize(1366, 768)
        shown.show()
        # Active, as a window the user works in: focus, Tab and editingFinished then
        # behave as on a desktop (an inactive window gets no focus events).
        shown.activateWindow()
        qtbot.waitUntil(shown.isActiveWindow, timeout=5_000)
        made.append(shown)
        return shown

    yield make
    for shown in made:
        shown.editor.runner.wait(20_000)
    translations.use("en")


def screenshot_png(path: Path, text: str = "Error 504: order rejected") -> Path:
    image = Image.new("RGB", (900, 560), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 900, 60), fill=(20, 60, 120))
    draw.text((30, 200), text, fill="black")
    image.save(path, "PNG")
    return path


def png_bytes(text: str = "pasted") -> bytes:
    buffer = io.BytesIO()
    image = Image.new("RGB", (640, 400), "white")
    ImageDraw.Draw(image).text((20, 20), text, fill="black")
    image.save(buffer, "PNG")
    return buffer.getvalue()


def drop_files(widget, paths: list[Path]) -> None:
    """Drag files from a file manager onto `widget`: enter, then drop, as Qt delivers them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    position = QPoint(widget.width() // 2, widget.height() // 2)
    enter = QDragEnterEvent(
        position,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        position,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)


def go(window: MainWindow, step: StepId):
    window.editor.show_step(step)
    return window.editor.pages[step]


def when_modal_opens(qtbot, handle, timeout_ms: int = 60_000, kind=None) -> list:
    """Run `handle(dialog)` on the next modal dialog (a QDialog's exec(), a QMessageBox),
    as a user would answer it; returns a list that holds the dialog once handled."""
    from PySide6.QtCore import QTimer

    handled: list = []
    timer = QTimer()
    waited = [0]

    def poll() -> None:
        waited[0] += 20
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible() and (kind is None or isinstance(dialog, kind)):
            timer.stop()
            handled.append(dialog)
            handle(dialog)
        elif waited[0] > timeout_ms:
            timer.stop()

    timer.timeout.connect(poll)
    timer.start(20)
    _TIMERS.append(timer)  # alive until it has fired
    return handled


_TIMERS: list = []


def click(qtbot, button) -> None:
    """Press a button with the mouse, as a user does."""
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
