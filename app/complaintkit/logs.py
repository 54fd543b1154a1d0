"""The app's log: a small rotating file in the data folder, and crash reports.

What is logged is what the app did (started, opened the store, a task failed), never
what the user typed: exception messages can quote case text (a validation error
repeats the rejected value), so reports keep the exception's type and where it
happened, and only an OSError's error code and file name.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import sys
import traceback
from functools import cache
from pathlib import Path
from types import TracebackType

from complaintkit import __version__, paths

LOG_NAME = "complaintkit.log"
MAX_BYTES = 512 * 1024
KEPT = 3

log = logging.getLogger("complaintkit")


def log_dir() -> Path:
    return paths.data_dir() / "logs"


def start_logging(level: int = logging.INFO) -> Path | None:
    """Log to `logs/complaintkit.log` (rotated, private). None if the folder cannot be
    written (a read-only data folder): the app runs on without a log."""
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = folder / LOG_NAME
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=KEPT, encoding="utf-8"
        )
        os.chmod(target, 0o600)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for existing in list(log.handlers):
        if isinstance(existing, logging.handlers.RotatingFileHandler):
            log.removeHandler(existing)
            existing.close()
    log.addHandler(handler)
    log.setLevel(level)
    log.info(
        "Complaint Kit %s started (Python %s, %s)",
        __version__,
        platform.python_version(),
        system_name(),
    )
    return target


@cache
def system_name() -> str:
    """The operating system and its version, cheaply: platform.platform() asks WMI on
    Windows from Python 3.12 (the release builds), which can take seconds at start."""
    if sys.platform == "win32":
        version = sys.getwindowsversion()
        return f"Windows {version.major}.{version.minor}.{version.build}"
    if sys.platform == "darwin":
        return f"macOS {platform.mac_ver()[0]}"
    uname = os.uname()
    return f"{uname.sysname} {uname.release}"


def describe_exception(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> str:
    """A crash report without case text: versions, where it happened, and what kind of
    error it was."""
    lines = [
        f"Complaint Kit {__version__}",
        f"Python {platform.python_version()} on {system_name()}",
        f"{kind.__module__}.{kind.__qualname__}",
    ]
    if isinstance(error, OSError):
        code = os.strerror(error.errno) if error.errno else ""
        name = Path(error.filename).name if isinstance(error.filename, str) else ""
        lines.append(f"  errno {error.errno} {code} {name}".rstrip())
    for frame in traceback.extract_tb(trace):
        lines.append(f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}")
    cause = error.__cause__ or error.__context__
    if cause is not None and cause is not error:
        lines.append(f"caused by {type(cause).__module__}.{type(cause).__qualname__}")
    return "\n".join(lines)


def _short(filename: str) -> str:
    # Only the part from the package on: home folders name the user.
    parts = Path(filename).parts
    for anchor in ("complaintkit", "site-packages", "lib"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) :])
    return Path(filename).name


def log_exception(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> str:
    report = describe_exception(kind, error, trace)
    log.error("unexpected error\n%s", report)
    return report
