"""Temporary work kept with the user's data, and what an interrupted run leaves behind.

Rendering re-encodes evidence screenshots into temporary JPEGs; the system temp
folder may be shared, backed up or kept for days, so they are written under the
data folder (0700) instead, and `clean_leftovers` (at start-up) removes what a
killed run left there and the hidden partial files a killed render leaves next
to the letters.
"""

from __future__ import annotations

import contextlib
import shutil
import time
from pathlib import Path

from complaintkit import paths

SCRATCH_DIR = "scratch"
# Prefix of a file being written next to its final name (renamed when complete).
PARTIAL_PREFIX = ".partial-"
# Another Complaint Kit window may be rendering right now: only older leftovers go.
LEFTOVER_AGE_SECONDS = 15 * 60
# <letters>/<case>/<set made, language>/ plus one level of slack.
LETTER_FOLDER_DEPTH = 3


def scratch_dir() -> Path | None:
    """A private folder for temporary files under the data folder, or None (then the
    system temp folder is used) when the data folder cannot be written."""
    folder = paths.data_dir() / SCRATCH_DIR
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder.chmod(0o700)
    except OSError:
        return None
    return folder


def remove_partial_files(folder: Path, older_than: float = LEFTOVER_AGE_SECONDS) -> int:
    """Delete `.partial-*` files in `folder` older than `older_than` seconds; count them."""
    cutoff = time.time() - older_than
    removed = 0
    with contextlib.suppress(OSError):
        for leftover in folder.glob(f"{PARTIAL_PREFIX}*"):
            with contextlib.suppress(OSError):
                if leftover.is_file() and leftover.stat().st_mtime < cutoff:
                    leftover.unlink()
                    removed += 1
    return removed


def clean_leftovers(older_than: float = LEFTOVER_AGE_SECONDS) -> int:
    """Remove what interrupted runs left: scratch files and partial letters. Counted."""
    cutoff = time.time() - older_than
    removed = 0
    scratch = paths.data_dir() / SCRATCH_DIR
    with contextlib.suppress(OSError):
        for entry in scratch.iterdir():
            with contextlib.suppress(OSError):
                if entry.lstat().st_mtime >= cutoff:
                    continue
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
                removed += 1
    for folder in _letter_folders(paths.letters_dir()):
        removed += remove_partial_files(folder, older_than)
    return removed


def _letter_folders(root: Path, depth: int = LETTER_FOLDER_DEPTH) -> list[Path]:
    """Folders under the letters folder, `depth` levels down at most (letters go in
    <letters>/<case>/<set>/), never following links."""
    found: list[Path] = []
    level = [root]
    for _ in range(depth):
        below = []
        for folder in level:
            with contextlib.suppress(OSError):
                below += [
                    entry for entry in folder.iterdir() if entry.is_dir() and not entry.is_symlink()
                ]
        found += below
        level = below
    return found
