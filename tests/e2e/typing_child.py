"""Child process for the kill test: the real window, a user typing steadily into the narrative.

Prints `case <id>` once, `typed <n>` after each key and `saved <n>` whenever an
autosave has written the narrative's first n characters.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from complaintkit.flow import StepId
from complaintkit.store import CaseStore
from complaintkit.ui.main_window import MainWindow

TEXT = "At 09:31 I placed a sell order for 1000 shares and the app froze. " * 20


def main() -> None:
    app = QApplication(sys.argv)
    store = CaseStore()
    window = MainWindow(store, "en")
    window.show()
    window.new_case()
    editor = window.editor
    print("case", editor.case.id, flush=True)
    page = editor.pages[StepId.TIMELINE]
    editor.show_step(StepId.TIMELINE)
    editor.autosaver.saved.connect(
        lambda: print("saved", len(store.load(editor.case.id).problem.narrative), flush=True)
    )
    typed = 0

    def key() -> None:
        nonlocal typed
        QTest.keyClicks(page.narrative, TEXT[typed])
        typed += 1
        print("typed", typed, flush=True)

    timer = QTimer()
    timer.timeout.connect(key)
    timer.start(15)  # a fast, steady typist: no pause for the debounce to notice
    app.exec()


if __name__ == "__main__":
    main()
