"""Running slow work (evidence import, PDF generation, printing, the mail program)
off the GUI thread.

`TaskRunner.run(work, on_success, on_error, on_progress)` connects every callback
before the work starts, so a task that finishes at once still reaches its caller
(starting first and connecting after lost 29 of 50 instant results). `work`
receives `progress(done, total)` and `cancelled()` callables and must never touch
widgets; the callbacks run on the GUI thread. The outcome travels as one
`TaskOutcome` object, never as a bare value through a signal.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TaskOutcome:
    """What a finished task produced: its value, or the exception it raised."""

    value: Any = None
    error: BaseException | None = None


class Task(QObject):
    """A handle on running work: cancel it."""

    progressed = Signal(int, int)
    ended = Signal(object)  # TaskOutcome

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _run(self) -> None:
        try:
            outcome = TaskOutcome(value=self._work(self.progressed.emit, self._cancel.is_set))
        except Exception as error:  # reported to the GUI, which explains it
            outcome = TaskOutcome(error=error)
        self.ended.emit(outcome)


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

    def run(
        self,
        work: Work,
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
        on_finished: Callable[[], None] | None = None,
    ) -> Task:
        """Run `work` on the pool. When it ends, on the GUI thread: `on_finished`,
        then exactly one of `on_success(value)` / `on_error(exception)`."""
        task = Task(work, self)  # lives on the GUI thread, so its signals queue there
        if on_progress is not None:
            task.progressed.connect(on_progress)
        task.ended.connect(
            lambda outcome: self._deliver(task, outcome, on_success, on_error, on_finished)
        )
        self._active.add(task)
        # The cyclic collector holds the GIL for a full pass over every tracked object,
        # and the GUI thread waits for it: 75-95 ms when a worker's fonts and images
        # trigger one. Frozen, what exists now is left out of those passes, so they
        # only walk what the worker makes. Objects alive now stay uncollected if they
        # later form unreachable cycles; reference counting still frees the rest.
        gc.freeze()
        self._pool.start(_Runnable(task))
        return task

    def _deliver(
        self,
        task: Task,
        outcome: TaskOutcome,
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_finished: Callable[[], None] | None,
    ) -> None:
        self._active.discard(task)
        task.deleteLater()
        # The caller's busy state is cleared first, so a result handler may start the
        # next task (generate again without the appendix, say) at once.
        if on_finished is not None:
            on_finished()
        if outcome.error is not None:
            log.info("background task failed: %s", type(outcome.error).__name__)
            on_error(outcome.error)
        else:
            on_success(outcome.value)

    @property
    def active(self) -> int:
        return len(self._active)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task has finished (used when closing and by tests)."""
        return self._pool.waitForDone(msecs)
