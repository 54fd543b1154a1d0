"""Starting Qt's window system, with a plain sentence when its Linux plugin cannot load.

Qt ends the process (abort, exit status 134) when no platform plugin starts, after
a hint that names `libxcb-cursor0` whatever is really missing. While the
QApplication is made, Qt's messages are held back; if it is about to give up, the
app names the libraries the loader cannot find (`complaintkit.platform_libraries`)
and exits with status 1 instead. Any other failure shows Qt's own messages.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QLibraryInfo, QMessageLogContext, QtMsgType, qInstallMessageHandler

from complaintkit.platform_libraries import explain, missing_libraries

EXIT_NO_WINDOW = 1


def xcb_plugin() -> Path:
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    return plugins / "platforms" / "libqxcb.so"


def _as_qt_prints_it(context: QMessageLogContext, message: str) -> str:
    category = context.category
    return f"{category}: {message}" if category and category != "default" else message


@contextmanager
def platform_plugin_watch(
    language: str,
    stderr: TextIO | None = None,
    missing: Callable[[], list[str]] | None = None,
    end: Callable[[int], object] = os._exit,
) -> Iterator[None]:
    """Around `QApplication(...)`: on Qt's fatal platform error, explain and `end(1)`."""
    out = stderr or sys.stderr
    held: list[str] = []

    def find_missing() -> list[str]:
        if missing is not None:
            return missing()
        return missing_libraries(xcb_plugin()) if sys.platform.startswith("linux") else []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        line = _as_qt_prints_it(context, message)
        if kind != QtMsgType.QtFatalMsg:
            held.append(line)
            return
        libraries = find_missing()
        print(explain(libraries, language) if libraries else "\n".join([*held, line]), file=out)
        out.flush()
        # Returning would let Qt abort() (status 134, perhaps a core dump) after our words.
        end(EXIT_NO_WINDOW)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
        for line in held:  # Qt started: its warnings (e.g. a plugin it fell back from) stand
            print(line, file=out)
