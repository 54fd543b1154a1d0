"""Running slow work (evidence import, PDF generation) off the GUI thread.

A `Task` wraps a plain function that receives `progress(done, total)` and
`cancelled()` callables. Its signals are delivered on the GUI thread (queued),
so the window stays responsive and widgets are only touched there.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class Task(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.running = False

    def cancel(self) -> None:
        self._cancel.set()

    def _run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._cancel.is_set)
        except Exception as error:  # reported to the GUI, which explains it
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()


class TaskRunner(QObject):
    """Starts tasks on a thread pool and keeps them alive until they finish."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._active: set[Task] = set()

    def start(self, work: Work) -> Task:
        # The cyclic collector holds the GIL for a full pass over every tracked object,
        # and the GUI thread waits for it: 75-95 ms when a worker's fonts and images
        # trigger one. Frozen, what exists now is left out of those passes, so they
        # only walk what the worker makes. Objects alive now stay uncollected if they
        # later form unreachable cycles; reference counting still frees the rest.
        gc.freeze()
        task = Task(work)
        task.running = True
        self._active.add(task)
        task.finished.connect(lambda: self._done(task))
        self._pool.start(_Runnable(task))
        return task

    def _done(self, task: Task) -> None:
        task.running = False
        self._active.discard(task)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task has finished (used when closing and by tests)."""
        return self._pool.waitForDone(msecs)
