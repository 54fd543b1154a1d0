"""Child for the 2,000-case benchmark: Complaint Kit's own start-up on a full store.

Prints `paint <s>` (process start to the window's first frame), `list <s>` (to the
case list's first frame with its rows), then, typed into the search box, one
`search <wall ms> <cpu ms>` per search the list ran, and `open <wall ms>` for the
first case opened (the editor built, its imports included, and painted) after the
user has looked at the list for PAUSE_BEFORE_OPEN_MS (the warm-up thread loads the
editor's code meanwhile; the argument `0` opens without a pause).
"""

from __future__ import annotations

import sys
import time

from tests.benchmarks.startup_child import _since_start

PAUSE_BEFORE_OPEN_MS = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000


def main() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from complaintkit.ui import app as gui
    from complaintkit.ui.case_list import CaseListView
    from complaintkit.ui.settings import Settings

    Settings().set_welcomed()
    window_paint = gui.MainWindow.paintEvent
    list_paint = CaseListView.paintEvent
    seen: set[str] = set()

    def window_painted(self, event) -> None:
        if "paint" not in seen:
            seen.add("paint")
            print("paint", _since_start(), flush=True)
        window_paint(self, event)

    def list_painted(self, event) -> None:
        list_paint(self, event)
        if "list" not in seen and self.rowCount():
            seen.add("list")
            print("list", _since_start(), flush=True)
            QTimer.singleShot(0, lambda: interact(self.window()))

    gui.MainWindow.paintEvent = window_painted
    CaseListView.paintEvent = list_painted
    refresh = gui.MainWindow.refresh

    def timed_refresh(self) -> None:
        started, cpu = time.perf_counter(), time.process_time()
        refresh(self)
        app.processEvents()  # the list painted with the new rows
        wall = (time.perf_counter() - started) * 1000
        print(f"search {wall:.1f} {(time.process_time() - cpu) * 1000:.1f}", flush=True)

    gui.MainWindow.refresh = timed_refresh

    def interact(window) -> None:
        for word in ("withdrawal", "富途", "zzz"):
            window.search.clear()
            for character in word:
                if word == "富途":
                    window.search.insert(character)  # an input method commits text
                else:
                    QTest.keyClicks(window.search, character)
                window.refresh()  # as when the typing pauses after this key
        window.search.clear()
        window.refresh()
        # The user reads the list before choosing a case (the event loop runs, as in
        # the app): the editor's code loads then.
        QTimer.singleShot(PAUSE_BEFORE_OPEN_MS, lambda: open_first(window))

    def open_first(window) -> None:
        case_id = window.cases.selected_case_id()
        started = time.perf_counter()
        window.open_case(case_id)
        app.processEvents()
        print(f"open {(time.perf_counter() - started) * 1000:.1f}", flush=True)
        window.editor.runner.wait(10_000)
        app.quit()

    gui.run_gui()


if __name__ == "__main__":
    main()
