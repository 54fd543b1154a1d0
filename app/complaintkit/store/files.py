"""Writing files so that a crash leaves either the old file or the new one, never half.

Private folders are 0700 and files 0600 on POSIX: a complaint holds account
numbers, addresses and screenshots of balances.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def private_dir(path: Path) -> Path:
    """Create `path` (and parents) if needed; drop group/other access to it."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    if os.name == "posix":
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            # Only take access away: a folder the user made read-only stays read-only.
            os.chmod(path, mode & ~0o077)
    return path


def fsync_dir(path: Path) -> None:
    """Make a rename or new file in `path` survive a power cut (no-op where unsupported)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """Yield a private temp path next to `target`; on success it replaces `target` durably.

    The caller writes the temp file (any way it likes); it is fsynced, renamed over
    `target` and the folder is fsynced. On any error the temp file is removed and
    `target` is untouched.
    """
    fd, name = tempfile.mkstemp(prefix=".tmp-", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        os.chmod(temp, PRIVATE_FILE)
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
        fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def write_atomically(target: Path, data: bytes) -> None:
    with atomic_file(target) as temp, temp.open("wb") as handle:
        handle.write(data)


def copy_atomically(source: Path, target: Path) -> None:
    with atomic_file(target) as temp:
        shutil.copyfile(source, temp)


def remove_stale_temp_files(folder: Path, older_than_seconds: float) -> None:
    """Delete `.tmp-*`/`.restore-*` leftovers of an interrupted write (not recent ones:
    another Complaint Kit window may be writing one right now)."""
    if not folder.is_dir():
        return
    cutoff = time.time() - older_than_seconds
    for pattern in (".tmp-*", ".restore-*"):
        for leftover in folder.glob(pattern):
            with contextlib.suppress(OSError):
                if leftover.is_file() and leftover.stat().st_mtime < cutoff:
                    leftover.unlink()
