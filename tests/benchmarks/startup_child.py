"""Child for the start-up benchmark: seconds from process start to the first paint.

`bare`: a bare PySide6 QMainWindow; `text`: the same showing one label. `app`:
Complaint Kit's own start-up path (`complaintkit.ui.app.run_gui`), which also
reports when the case list is ready.
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
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])

    def report_first_frame(window_class: type[QMainWindow]) -> None:
        """Print when `window_class` first paints (its children paint right after).

        Through the window's own paintEvent rather than an application-wide event
        filter: such a filter calls Python for every event of every object, and making
        Python wrappers for all of them cost the app ~60 ms the bare window never paid.
        """
        painted = window_class.paintEvent

        def paint_event(self, event) -> None:
            if not getattr(app, "_reported", False):
                app._reported = True
                print("paint", _since_start(), flush=True)
                if mode != "app":
                    QTimer.singleShot(0, app.quit)
            painted(self, event)

        window_class.paintEvent = paint_event

    if mode != "app":
        # `bare`: an empty window; `text`: one that shows a line of text, which costs
        # the first-font set-up every window with words in it pays.
        class Bare(QMainWindow):
            pass

        report_first_frame(Bare)
        window = Bare()
        window.resize(1280, 720)
        if mode == "text":
            window.setCentralWidget(QLabel("Complaint Kit"))
        window.show()
        app.exec()
        return
    from complaintkit.ui import app as gui
    from complaintkit.ui.settings import Settings

    settings = Settings()
    settings.set_welcomed()
    settings.set_language(language)
    report_first_frame(gui.MainWindow)
    attach = gui.MainWindow.attach

    def attach_and_report(self, store) -> None:
        attach(self, store)
        print("list", _since_start(), flush=True)
        QTimer.singleShot(0, app.quit)

    gui.MainWindow.attach = attach_and_report
    gui.run_gui()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "en")
