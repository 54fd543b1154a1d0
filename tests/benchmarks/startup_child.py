"""Child for the start-up benchmark: seconds from process start to the first paint.

`bare`: a bare PySide6 QMainWindow. `app`: Complaint Kit's own start-up path
(`complaintkit.ui.app.run_gui`), which also reports when the case list is ready.
Prints `paint <s>` (and `list <s>` for the app).
"""

from __future__ import annotations

import os
import sys
import time


def _process_start() -> float:
    try:
        with open("/proc/self/stat") as stat:
            ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as uptime:
            up = float(uptime.read().split()[0])
        return time.time() - up + ticks / os.sysconf("SC_CLK_TCK")
    except OSError:
        return time.time() - time.perf_counter()


def _since_start() -> str:
    return f"{time.time() - _process_start():.3f}"


def main(mode: str, language: str) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])

    class FirstPaint(QObject):
        def eventFilter(self, _watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                print("paint", _since_start(), flush=True)
                app.removeEventFilter(self)
                if mode == "bare":
                    app.quit()
            return False

    spy = FirstPaint()
    app.installEventFilter(spy)
    if mode == "bare":
        window = QMainWindow()
        window.resize(1280, 720)
        window.show()
        app.exec()
        return
    from complaintkit.ui import app as gui
    from complaintkit.ui.settings import Settings

    settings = Settings()
    settings.set_welcomed()
    settings.set_language(language)
    attach = gui.MainWindow.attach

    def attach_and_report(self, store) -> None:
        attach(self, store)
        print("list", _since_start(), flush=True)
        QTimer.singleShot(0, app.quit)

    gui.MainWindow.attach = attach_and_report
    gui.run_gui()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "en")
