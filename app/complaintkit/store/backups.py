"""Copies of the case database that recovery can offer.

Backups are taken with SQLite's online backup API (consistent even while the
store is open), converted to a plain rollback-journal file so they can be opened
read-only, and checked before a restore. Daily and manual backups rotate (the
newest few are kept); the copy taken before a schema migration is never pruned.
`describe` reads a backup (read-only) for the restore dialog and command.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from complaintkit.locales import catalog
from complaintkit.store.files import atomic_file, private_dir

BACKUP_DIR = "backups"
# Daily, hourly (long sessions), closing and manual backups share one rotation; a
# backup is only taken when something changed, so ten reach back over several sessions.
KEEP_ROTATING = 10
ROTATING_REASONS = ("daily", "hourly", "closing", "manual")

_NAME = re.compile(r"^cases-(\d{8}T\d{12})Z-([a-z0-9-]+)\.sqlite3$")


def backup_dir(root: Path) -> Path:
    return root / BACKUP_DIR


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%S%f") + "Z"


def _parse(path: Path) -> tuple[datetime, str] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    taken = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
    return taken, match.group(2)


def list_backups(root: Path) -> list[Path]:
    """Every backup in root/backups, newest first (temp files and strangers ignored)."""
    folder = backup_dir(root)
    if not folder.is_dir():
        return []
    found = [(parsed[0], path) for path in folder.iterdir() if (parsed := _parse(path))]
    return [path for _, path in sorted(found, reverse=True)]


def is_backup_of(root: Path, candidate: Path) -> bool:
    """True if `candidate` is a backup file of this store (not a path from elsewhere)."""
    try:
        resolved = Path(candidate).resolve(strict=True)
    except OSError:
        return False
    return resolved.parent == backup_dir(root).resolve() and _parse(resolved) is not None


def newest_backup_time(root: Path, reasons: tuple[str, ...]) -> datetime | None:
    for path in list_backups(root):
        parsed = _parse(path)
        if parsed and parsed[1] in reasons:
            return parsed[0]
    return None


def take_backup(connection: sqlite3.Connection, root: Path, reason: str) -> Path:
    """Copy the live database into root/backups/cases-<UTC time>-<reason>.sqlite3."""
    folder = private_dir(backup_dir(root))
    target = folder / f"cases-{_stamp(datetime.now(UTC))}-{reason}.sqlite3"
    with atomic_file(target) as temp:
        copy = sqlite3.connect(temp, isolation_level=None)
        try:
            connection.backup(copy)
            # The copy inherits WAL mode from the live file; a plain journal lets
            # recovery open it read-only without creating -wal/-shm next to it.
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
    return target


def prune(root: Path, keep: int = KEEP_ROTATING) -> None:
    rotating = [
        path
        for path in list_backups(root)
        if (parsed := _parse(path)) and parsed[1] in ROTATING_REASONS
    ]
    for old in rotating[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()


def is_healthy(path: Path) -> bool:
    """Open `path` read-only and run SQLite's integrity check; never modifies it."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        return rows == [("ok",)]
    except sqlite3.Error:
        return False
    finally:
        connection.close()


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, for choosing one to restore."""

    path: Path
    taken_at: datetime
    reason: str
    healthy: bool
    case_count: int
    trashed_count: int
    titles: tuple[str, ...]  # cases not in the trash, most recently changed first


def describe(path: Path, max_titles: int = 200) -> BackupInfo:
    """Open `path` read-only and say what it holds (healthy=False if it cannot be read)."""
    parsed = _parse(path)
    taken, reason = parsed if parsed else (datetime.fromtimestamp(0, UTC), "?")
    empty = BackupInfo(path, taken, reason, False, 0, 0, ())
    if not is_healthy(path):
        return empty
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return empty
    try:
        live, trashed = connection.execute(
            "SELECT count(*) FILTER (WHERE trashed_at IS NULL),"
            " count(*) FILTER (WHERE trashed_at IS NOT NULL) FROM cases"
        ).fetchone()
        titles = tuple(
            row[0]
            for row in connection.execute(
                "SELECT title FROM cases WHERE trashed_at IS NULL"
                " ORDER BY updated_at DESC, id LIMIT ?",
                (max_titles,),
            )
        )
    except sqlite3.Error:
        return empty
    finally:
        connection.close()
    return BackupInfo(path, taken, reason, True, live, trashed, titles)


def reason_label(reason: str, language: str) -> str:
    """Why a backup was taken, in words (store.toml [backup_reason])."""
    labels = catalog(language, "store")["backup_reason"]
    key = "migration" if reason.startswith("before-v") else reason
    return str(labels.get(key, reason))
