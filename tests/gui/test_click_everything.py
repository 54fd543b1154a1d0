"""Click every enabled button and trigger every enabled action, on every step of each
demo case, through the real signals: no exception (pytest-qt's capture is on) and no
warning from Qt. Only the desktop's boundaries are stood in for: every modal dialog is
closed as a user pressing Esc would, URLs are recorded instead of opened, the native
mail program is absent, the print dialog prints to a PDF file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog

from complaintkit.flow import STEP_ORDER

# The offscreen platform's own remarks (raise(), grabbing the keyboard, size hints), not
# the app's.
PLATFORM_NOISE = ("This plugin does not support",)


class ModalCloser:
    """Closes every modal dialog shortly after it opens (Esc), counting them."""

    def __init__(self) -> None:
        self.closed: list[str] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._close)
        self.timer.start(30)

    def _close(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            self.closed.append(type(dialog).__name__)
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()


@pytest.fixture
def boundaries(monkeypatch, tmp_path):
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )

    def print_to_file(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"printed-{len(opened)}.pdf"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    monkeypatch.setattr("complaintkit.ui.delivery.native_mail_program", lambda: None)
    closer = ModalCloser()
    yield opened, closer
    closer.timer.stop()


def _settle(qtbot, shown) -> None:
    qtbot.wait(20)
    editor = shown._editor
    if editor is not None:
        qtbot.waitUntil(lambda: editor.runner.active == 0, timeout=120_000)
    qtbot.wait(20)


def _buttons(widget) -> list[QAbstractButton]:
    return [
        button
        for button in widget.findChildren(QAbstractButton)
        if button.isVisible() and button.isEnabled() and button.window() is widget.window()
    ]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_button_and_action_on_every_step_of_the_demo(
    qtbot, window, store, boundaries, qtlog, language
) -> None:
    opened, closer = boundaries
    shown = window(language)
    shown.open_demo()
    editor = shown.editor
    editor.delivery.mail_program = None
    pressed: list[str] = []
    for step in STEP_ORDER:
        editor.show_step(step)
        page = editor.pages[step]
        for button in _buttons(page):
            if not (button.isVisible() and button.isEnabled()):
                continue  # an earlier click hid or disabled it
            pressed.append(f"{step.value}: {button.text()}")
            button.click()
            _settle(qtbot, shown)
            if shown.editor.case is None or editor.current_step() is not step:
                # A link moved to another step, or the case was closed: come back.
                if shown.editor.case is None:
                    shown.open_demo()
                editor.show_step(step)
    # The window's own buttons and the Next/Back bar.
    for button in (editor.next_step, editor.back_step):
        if button.isEnabled():
            button.click()
            _settle(qtbot, shown)
    menus = [shown.file_menu, shown.case_menu, shown.language_menu, shown.help_menu]
    for menu in menus:
        for action in menu.actions():
            if action.isSeparator() or not action.isEnabled() or action is shown.quit_action:
                continue
            pressed.append(f"menu: {action.text()}")
            action.trigger()
            _settle(qtbot, shown)
            if shown.editor.case is None and shown.pages.currentWidget() is shown.list_page:
                shown.open_demo()
    # Back to the list, and the list's own buttons.
    editor.back_button.click()
    _settle(qtbot, shown)
    for button in _buttons(shown.list_page):
        if button.isVisible() and button.isEnabled():
            pressed.append(f"list: {button.text()}")
            button.click()
            _settle(qtbot, shown)
            if shown.pages.currentWidget() is not shown.list_page:
                shown.show_list()
    assert len(pressed) > 40, pressed
    assert opened, "no button reached the desktop (preview, e-mail, folders)"
    warnings = [
        record.message
        for record in qtlog.records
        if record.type.name in ("QtWarningMsg", "QtCriticalMsg", "QtFatalMsg")
        and not record.message.startswith(PLATFORM_NOISE)
    ]
    assert warnings == []
    assert {"PreviewDialog", "SectionsDialog", "SentDialog"} <= set(closer.closed)
