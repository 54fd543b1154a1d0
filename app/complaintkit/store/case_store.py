"""The user's cases, kept in one SQLite file under the data folder.

Durability: WAL with synchronous=FULL, one transaction per save, so a crash or a
full disk leaves the last confirmed version of every case. A damaged file is
never overwritten or deleted: it is reported (StoreCorrupted, with the backups
on offer) and set aside when the user restores a backup.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import threading
import time
import unicodedata
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import TracebackType

from pydantic import ValidationError

from complaintkit import paths
from complaintkit.domain import Case, CaseStatus, new_case_reference, timing, utc_now
from complaintkit.locales import catalog
from complaintkit.store import backups
from complaintkit.store.attachments import ATTACHMENT_DIR, AttachmentStore
from complaintkit.store.errors import (
    CaseChangedElsewhere,
    CaseNotFound,
    StoreCorrupted,
    StoreError,
    StoreUnavailable,
    is_corruption,
    unavailable_from_os,
    unavailable_from_sqlite,
)
from complaintkit.store.files import (
    PRIVATE_FILE,
    copy_atomically,
    fsync_dir,
    private_dir,
    remove_stale_temp_files,
)
from complaintkit.store.schema import MIGRATIONS, NewerSchema, migrate

DB_NAME = "cases.sqlite3"
DAILY = timedelta(days=1)
# Files imported less than this long ago are kept even if no saved case uses them yet.
GARBAGE_GRACE = timedelta(hours=1)
# Deleting a case for good removes its files at once, except one stored this recently
# by another Complaint Kit process (this process knows its own unsaved imports).
PURGE_GRACE = timedelta(minutes=1)

# The stored JSON of one case, at most, in UTF-8 bytes. Saving a case this large takes
# about 30 ms (tests/benchmarks/bench_largest_case.py), so autosave stays quick.
MAX_CASE_BYTES = 1024 * 1024

_STATUSES = {status.value: status for status in CaseStatus}
# Summaries kept for reuse (a few hundred bytes each); edits leave old ones behind.
SUMMARY_CACHE_SIZE = 20_000
_FINISHED = frozenset({CaseStatus.RESOLVED, CaseStatus.CLOSED})
_STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list."""

    id: str
    reference: str
    title: str
    platform_name: str
    status: CaseStatus
    updated_at: datetime
    reply_deadline: date | None
    overdue: bool
    trashed_at: datetime | None
    letter_language: str = ""
    example: bool = False


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_STAMP)


def _unstamp(text: str | None) -> datetime | None:
    # fromisoformat reads _STAMP's output (with its Z) ten times faster than strptime,
    # which dominated listing 2,000 cases.
    return None if text is None else datetime.fromisoformat(text)


def searchable(text: str) -> str:
    """Width- and case-insensitive form used on both sides of a search (全角 = half-width)."""
    return unicodedata.normalize("NFKC", text).casefold()


def reply_deadline(case: Case) -> date | None:
    """The reply due date for the case list: the date engine's, in the case's own zone."""
    return timing.reply_due(case)


def _row(case: Case) -> dict[str, object]:
    body = case.model_dump_json()
    size = len(body.encode("utf-8"))
    if size > MAX_CASE_BYTES:
        # Each field is within domain.limits, but all of them at once would make every
        # autosave slow; no honest case comes near this.
        raise StoreError("case_too_large", size=size // 1024, limit=MAX_CASE_BYTES // 1024)
    deadline = reply_deadline(case)
    search_text = "\n".join(
        [
            case.title,
            case.platform.name,
            case.reference,
            case.claimant.full_name,
            case.problem.narrative,
        ]
    )
    return {
        "id": case.id,
        "reference": case.reference,
        "title": case.title,
        "platform_name": case.platform.name,
        "status": case.status.value,
        "created_at": _stamp(case.created_at),
        "updated_at": _stamp(case.updated_at),
        "reply_deadline": deadline.isoformat() if deadline else None,
        "letter_language": case.letter_language.value,
        "example": int(case.example),
        "search_text": searchable(search_text),
        "body": body,
    }


def _files_of(case: Case) -> set[str]:
    return {item.sha256_stored for item in case.evidence if item.sha256_stored}


class CaseStore:
    """Create, save, list, search, trash and back up cases. Thread-safe (one lock).

    Opening raises StoreCorrupted (damaged file; `.backups` lists what
    `CaseStore.recover(root, backup)` can restore) or StoreUnavailable (folder
    read-only, disk full, file written by a newer version).
    """

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root is not None else paths.data_dir()
        self.database_path = self.root / DB_NAME
        self.attachments = AttachmentStore(self.root)
        self._lock = threading.RLock()
        self._connection: sqlite3.Connection | None = None
        self._damaged = False
        # True when the data folder cannot be written: cases can be read, exported and
        # printed; every change raises StoreUnavailable("read_only").
        self.read_only = False
        self._changes_backed_up = 0
        # List rows (as read) -> their CaseSummary, for the day they were made (overdue).
        self._summary_cache: dict[tuple, CaseSummary] = {}
        self._summary_day: date | None = None
        # case id -> the revision this store last read or wrote (see `save`).
        self._revisions: dict[str, int] = {}
        self._connection = self._open()

    # -- opening, closing ------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        self._refuse_empty_file()
        if self._folder_is_read_only():
            return self._open_read_only()
        try:
            private_dir(self.root)
            private_dir(backups.backup_dir(self.root))
            private_dir(self.root / ATTACHMENT_DIR)
            self._create_private_file()
            for folder in (self.root, backups.backup_dir(self.root)):
                remove_stale_temp_files(folder, GARBAGE_GRACE.total_seconds())
        except OSError as error:
            raise unavailable_from_os(error, self.root) from error
        try:
            connection = sqlite3.connect(
                self.database_path, timeout=10, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as error:
            raise self._translate(error) from error
        try:
            self._prepare(connection)
        except BaseException as error:
            connection.close()
            if isinstance(error, sqlite3.Error):
                raise self._translate(error) from error
            if isinstance(error, OSError):
                raise unavailable_from_os(error, self.root) from error
            raise
        return connection

    def _refuse_empty_file(self) -> None:
        """SQLite takes a zero-length file for a new, empty database. With backups on
        hand, an empty file is a lost one (a crash or a sync tool truncated it)."""
        try:
            empty = self.database_path.stat().st_size == 0
        except OSError:
            return
        if empty and not _has_log(self.database_path):
            found = self.list_backups()
            if found:
                self._damaged = True
                raise StoreCorrupted("empty_file", backups=found)

    def _folder_is_read_only(self) -> bool:
        if not self.database_path.is_file():
            return False  # nothing to read: opening creates it, or reports why it cannot
        return not (os.access(self.root, os.W_OK) and os.access(self.database_path, os.W_OK))

    def _open_read_only(self) -> sqlite3.Connection:
        """Open without writing anything: not the -wal/-shm, not a backup, not a migration.

        A log left by an unclean exit is read through (mode=ro); without one, SQLite
        needs `immutable` to open a WAL database in a folder where it cannot make -shm."""
        uri = self.database_path.resolve().as_uri()
        uri += "?mode=ro" if _has_log(self.database_path) else "?immutable=1"
        try:
            connection = sqlite3.connect(
                uri, uri=True, timeout=10, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as error:
            raise self._translate(error) from error
        try:
            problems = connection.execute("PRAGMA integrity_check").fetchall()
            if problems != [("ok",)]:
                self._damaged = True
                raise StoreCorrupted(
                    "corrupted", backups=self.list_backups(), detail=problems[0][0]
                )
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version != len(MIGRATIONS):
                raise StoreUnavailable(
                    "newer_version" if version > len(MIGRATIONS) else "read_only",
                    folder=self.root,
                )
        except BaseException as error:
            connection.close()
            if isinstance(error, sqlite3.Error):
                raise self._translate(error) from error
            raise
        self.read_only = True
        # Thumbnails are a cache; with the data folder read-only they go to a private
        # temp folder for this session (removed on close).
        self.attachments.read_only_thumbnails = Path(
            tempfile.mkdtemp(prefix="complaintkit-thumbnails-")
        )
        return connection

    def _create_private_file(self) -> None:
        """SQLite gives -wal/-shm the database file's mode, so the file starts at 0600."""
        try:
            fd = os.open(self.database_path, os.O_RDWR | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        except FileExistsError:
            if os.name == "posix":
                mode = self.database_path.stat().st_mode & 0o777
                if mode & 0o077:
                    os.chmod(self.database_path, mode & ~0o077)
            return
        os.close(fd)
        fsync_dir(self.root)

    def _prepare(self, connection: sqlite3.Connection) -> None:
        connection.execute("PRAGMA foreign_keys = ON")
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreUnavailable("read_only", folder=self.root)
        connection.execute("PRAGMA synchronous = FULL")
        problems = connection.execute("PRAGMA integrity_check").fetchall()
        if problems != [("ok",)]:
            self._damaged = True
            raise StoreCorrupted(
                "corrupted", backups=self.list_backups(), detail=problems[0][0] if problems else ""
            )
        try:
            migrate(connection, lambda version: self._backup(connection, f"before-v{version + 1}"))
        except NewerSchema as newer:
            raise StoreUnavailable("newer_version", folder=self.root) from newer
        self._daily_backup(connection)

    def _daily_backup(self, connection: sqlite3.Connection) -> None:
        self._changes_backed_up = connection.total_changes
        has_cases = connection.execute("SELECT EXISTS (SELECT 1 FROM cases)").fetchone()[0]
        if not has_cases:
            return
        last = backups.newest_backup_time(self.root, backups.ROTATING_REASONS)
        if last is None or utc_now() - last >= DAILY:
            # A failed routine backup (full disk) must not lock the user out of their
            # cases; the next open tries again. Migration backups, in contrast, are
            # required (see migrate).
            with contextlib.suppress(OSError, sqlite3.Error):
                self._backup(connection, "daily")

    def _backup(self, connection: sqlite3.Connection, reason: str) -> Path:
        taken = backups.take_backup(connection, self.root, reason)
        self._changes_backed_up = connection.total_changes
        backups.prune(self.root)
        return taken

    def maintain(self, reason: str = "hourly") -> None:
        """Routine care during a long session and at its end: a backup if anything changed
        since the last one (the newest KEEP_ROTATING are kept), then garbage collection.
        Never raises for a full or read-only disk: this is not what the user asked for."""
        if self.read_only:
            return
        with self._lock:
            connection = self._connection
            if connection is None:
                return
            with contextlib.suppress(OSError, sqlite3.Error, StoreError):
                if connection.total_changes != self._changes_backed_up:
                    self._backup(connection, reason)
            with contextlib.suppress(OSError, sqlite3.Error, StoreError):
                self.collect_garbage()

    def close(self, maintain: bool = False) -> None:
        """Close the file; with `maintain`, take a closing backup and collect garbage first
        (the app does this when its window closes)."""
        with self._lock:
            if maintain:
                self.maintain("closing")
            if self._connection is not None:
                self._connection.close()
                self._connection = None
            spare = self.attachments.read_only_thumbnails
            if spare is not None:
                shutil.rmtree(spare, ignore_errors=True)
                self.attachments.read_only_thumbnails = None

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- error handling --------------------------------------------------------------

    def _translate(self, error: sqlite3.Error) -> StoreError:
        if is_corruption(error):
            self._damaged = True
            return StoreCorrupted("corrupted", backups=self.list_backups(), detail=str(error))
        unavailable = unavailable_from_sqlite(error, self.root)
        if unavailable is not None:
            return unavailable
        return StoreUnavailable("io_error", folder=self.root)

    @contextlib.contextmanager
    def _use(self) -> Iterator[sqlite3.Connection]:
        """The open connection, under the lock, with SQLite/OS errors made user-facing."""
        with self._lock:
            if self._connection is None:
                raise StoreUnavailable("closed", folder=self.root)
            try:
                yield self._connection
            except (sqlite3.ProgrammingError, sqlite3.InterfaceError):
                raise  # a bug in this module, not a problem with the user's disk
            except sqlite3.Error as error:
                raise self._translate(error) from error
            except OSError as error:
                raise unavailable_from_os(error, self.root) from error

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._use() as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        connection.execute("ROLLBACK")
                raise

    # -- cases ---------------------------------------------------------------------

    def create(self, case: Case) -> Case:
        """Store a new case (a reference is assigned if it has none); returns the stored copy."""
        stored = case.model_copy(deep=True)
        if not stored.reference:
            stored.reference = new_case_reference(stored.created_at, stored.id)
        stored.touch()
        row = _row(stored)
        with self._transaction() as connection:
            exists = connection.execute("SELECT 1 FROM cases WHERE id = ?", (stored.id,)).fetchone()
            if exists:
                raise StoreError("case_exists", case=stored.reference or stored.id)
            connection.execute(
                "INSERT INTO cases (id, reference, title, platform_name, status, created_at,"
                " updated_at, reply_deadline, trashed_at, search_text, body, revision,"
                " letter_language, example) VALUES"
                " (:id, :reference, :title, :platform_name, :status, :created_at, :updated_at,"
                " :reply_deadline, NULL, '', :body, 0, :letter_language, :example)",
                row,
            )
            connection.execute(
                "INSERT INTO case_search (case_id, search_text) VALUES (:id, :search_text)", row
            )
            self._link_files(connection, stored)
        self.attachments.unsaved -= _files_of(stored)
        self._revisions[stored.id] = 0
        return stored

    def save(self, case: Case) -> None:
        """Write `case` over its stored version; durable when this returns.

        Sets `case.updated_at` to now. The case must exist (see `create`), so a late
        autosave cannot bring back a case deleted for good. If the save fails, the
        previous version stays intact and `case.updated_at` is put back.
        """
        previous = case.updated_at
        case.touch()
        try:
            row = _row(case)
            with self._transaction() as connection:
                found = connection.execute(
                    "SELECT revision FROM cases WHERE id = ?", (case.id,)
                ).fetchone()
                if found is None:
                    raise CaseNotFound(case.id)
                # The revision this process last read or wrote; another process (a second
                # window on the same folder) may have saved since: never overwrite that.
                expected = self._revisions.get(case.id, found[0])
                if found[0] != expected:
                    raise CaseChangedElsewhere(case.id)
                connection.execute(
                    "UPDATE cases SET reference = :reference, title = :title,"
                    " platform_name = :platform_name, status = :status, created_at = :created_at,"
                    " updated_at = :updated_at, reply_deadline = :reply_deadline,"
                    " letter_language = :letter_language, example = :example,"
                    " body = :body, revision = revision + 1 WHERE id = :id",
                    row,
                )
                connection.execute(
                    "INSERT OR REPLACE INTO case_search (case_id, search_text)"
                    " VALUES (:id, :search_text)",
                    row,
                )
                self._link_files(connection, case)
            self._revisions[case.id] = expected + 1
            self.attachments.unsaved -= _files_of(case)
        except BaseException:
            case.updated_at = previous
            raise

    @staticmethod
    def _link_files(connection: sqlite3.Connection, case: Case) -> None:
        connection.execute("DELETE FROM case_attachments WHERE case_id = ?", (case.id,))
        connection.executemany(
            "INSERT INTO case_attachments (case_id, sha256) VALUES (?, ?)",
            [(case.id, sha256) for sha256 in sorted(_files_of(case))],
        )

    def load(self, case_id: str) -> Case:
        with self._use() as connection:
            row = connection.execute(
                "SELECT body, revision FROM cases WHERE id = ?", (case_id,)
            ).fetchone()
        if row is None:
            raise CaseNotFound(case_id)
        self._revisions[case_id] = row[1]
        try:
            return Case.model_validate_json(row[0])
        except ValidationError as error:
            raise StoreCorrupted(
                "case_damaged", backups=self.list_backups(), case=case_id
            ) from error

    def exists(self, case_id: str) -> bool:
        with self._use() as connection:
            return (
                connection.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone()
                is not None
            )

    def list_cases(self, query: str = "") -> list[CaseSummary]:
        """Cases not in the trash, most recently changed first; `query` words must all match."""
        terms = searchable(query).split()
        # Without words, the list comes from the index cases_list_columns alone; with
        # words, only case_search's text is read, not the cases' JSON.
        sql = (
            "SELECT id, reference, title, platform_name, status, updated_at, reply_deadline,"
            " trashed_at, letter_language, example FROM cases WHERE trashed_at IS NULL"
        )
        if terms:
            # Only "?" placeholders are repeated here; the words go in as parameters.
            matches = " AND instr(search_text, ?) > 0" * len(terms)
            sql += " AND id IN (SELECT case_id FROM case_search WHERE 1" + matches + ")"  # noqa: S608
        sql += " ORDER BY updated_at DESC, id"
        with self._use() as connection:
            rows = connection.execute(sql, terms).fetchall()
        return self._summaries(rows)

    def list_trash(self) -> list[CaseSummary]:
        """Cases in the trash, most recently deleted first."""
        with self._use() as connection:
            rows = connection.execute(
                "SELECT id, reference, title, platform_name, status, updated_at, reply_deadline,"
                " trashed_at, letter_language, example FROM cases WHERE trashed_at IS NOT NULL"
                " ORDER BY trashed_at DESC, id"
            ).fetchall()
        return self._summaries(rows)

    def _summaries(self, rows: list[tuple]) -> list[CaseSummary]:
        """Summaries for list rows, reusing those of unchanged rows: every search keystroke
        lists up to all cases, and making 2,000 of them took 40 ms."""
        today = date.today()
        if self._summary_day != today or len(self._summary_cache) > SUMMARY_CACHE_SIZE:
            self._summary_cache = {}
            self._summary_day = today
        cache = self._summary_cache
        found = []
        for row in rows:
            summary = cache.get(row)
            if summary is None:
                summary = cache[row] = self._summary(row, today)
            found.append(summary)
        return found

    @staticmethod
    def _summary(row: tuple, today: date) -> CaseSummary:
        status = _STATUSES[row[4]]
        deadline = date.fromisoformat(row[6]) if row[6] else None
        overdue = deadline is not None and deadline < today and status not in _FINISHED
        return CaseSummary(
            id=row[0],
            reference=row[1],
            title=row[2],
            platform_name=row[3],
            status=status,
            updated_at=_unstamp(row[5]) or utc_now(),
            reply_deadline=deadline,
            overdue=overdue,
            trashed_at=_unstamp(row[7]),
            letter_language=row[8],
            example=bool(row[9]),
        )

    def duplicate(self, case_id: str) -> Case:
        """A new draft with the same content, a new reference and "(copy)" in the title."""
        original = self.load(case_id)
        copy = original.model_copy(deep=True)
        copy.id = uuid.uuid4().hex
        copy.created_at = utc_now()
        copy.reference = new_case_reference(copy.created_at, copy.id)
        template = catalog(original.letter_language.value, "store")["case"]["copy_title"]
        copy.title = template.format(title=original.title).strip()
        copy.status = CaseStatus.DRAFT
        copy.sent = None
        copy.example = False  # a copy of the example is the user's own case
        return self.create(copy)

    def delete(self, case_id: str) -> None:
        """Move a case to the trash (restorable until purged)."""
        with self._transaction() as connection:
            connection.execute(
                "UPDATE cases SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL",
                (_stamp(utc_now()), case_id),
            )
            if not connection.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone():
                raise CaseNotFound(case_id)

    def restore(self, case_id: str) -> None:
        with self._transaction() as connection:
            changed = connection.execute(
                "UPDATE cases SET trashed_at = NULL WHERE id = ?", (case_id,)
            ).rowcount
            if not changed:
                raise CaseNotFound(case_id)

    def purge(self, case_id: str) -> None:
        """Delete a trashed case for good, with the evidence files only it used.

        A file an unsaved case may still use stays (see AttachmentStore.unsaved and
        PURGE_GRACE); the next garbage collection takes it."""
        with self._lock:
            with self._transaction() as connection:
                row = connection.execute(
                    "SELECT trashed_at FROM cases WHERE id = ?", (case_id,)
                ).fetchone()
                if row is None:
                    raise CaseNotFound(case_id)
                if row[0] is None:
                    raise StoreError("purge_not_in_trash")
                files = {
                    sha256
                    for (sha256,) in connection.execute(
                        "SELECT sha256 FROM case_attachments WHERE case_id = ?", (case_id,)
                    )
                }
                connection.execute("DELETE FROM cases WHERE id = ?", (case_id,))
            # Deleting the case is what the user asked for; its files are tidying up.
            with contextlib.suppress(StoreError, OSError):
                self.remove_files_if_unused(files, PURGE_GRACE)

    # -- evidence files --------------------------------------------------------------

    def referenced_files(self) -> set[str]:
        """Hashes of stored files any case uses, trashed cases included."""
        with self._use() as connection:
            linked = connection.execute("SELECT sha256 FROM case_attachments").fetchall()
            # Read from the case bodies as well: a file is only deleted if both agree.
            in_bodies = connection.execute(
                "SELECT json_extract(item.value, '$.sha256_stored') FROM cases,"
                " json_each(cases.body, '$.evidence') AS item"
            ).fetchall()
        return {value for (value,) in linked + in_bodies if value}

    def remove_files_if_unused(self, hashes: Iterable[str], grace: timedelta | None = None) -> int:
        """Delete those of `hashes` that no case (trashed ones included) refers to and,
        with a `grace`, that were not stored or re-imported within it; count them."""
        cutoff = None if grace is None else time.time() - grace.total_seconds()
        removed = 0
        with self._lock:
            referenced = self.referenced_files()
            for sha256 in set(hashes) - referenced - self.attachments.unsaved:
                path = self.attachments.path_for(sha256)
                try:
                    if cutoff is not None and path.stat().st_mtime > cutoff:
                        continue
                except FileNotFoundError:
                    continue
                self.attachments.remove(sha256)
                removed += 1
        return removed

    def collect_garbage(self, grace: timedelta = GARBAGE_GRACE) -> int:
        """Remove stored evidence files no case uses (and untouched for `grace`); count them."""
        with self._lock:
            return self.attachments.remove_unreferenced(self.referenced_files(), grace)

    # -- backups and recovery ----------------------------------------------------------

    def backup_now(self) -> Path:
        with self._use() as connection:
            return self._backup(connection, "manual")

    def list_backups(self) -> list[Path]:
        """Backups newest first; each file name carries its UTC time."""
        return backups.list_backups(self.root)

    def recover_from_backup(self, backup: Path) -> Path | None:
        """Replace the database with `backup` (one of `list_backups()`); returns where the
        file it replaced was kept.

        The current file (with its -wal/-shm) is first copied aside as
        corrupt-<time>.sqlite3 (or before-restore-<time>.sqlite3 if it was healthy).
        """
        with self._lock:
            if self.read_only:
                raise StoreUnavailable("read_only", folder=self.root)
            _check_backup(self.root, backup)
            self.close()
            try:
                return restore_backup(
                    self.root, backup, "corrupt" if self._damaged else "before-restore"
                )
            finally:
                # Reopen whatever is in place now: the restored copy, or, if restoring
                # failed, the file as it was (which may raise StoreCorrupted again).
                self._damaged = False
                self._connection = self._open()

    @classmethod
    def recover(cls, root: Path | None, backup: Path) -> CaseStore:
        """After opening failed with StoreCorrupted: set the damaged file aside, restore
        `backup` and open the store."""
        folder = Path(root) if root is not None else paths.data_dir()
        restore_backup(folder, backup, "corrupt")
        return cls(folder)


def _has_log(database: Path) -> bool:
    """True if a write-ahead log with content sits next to `database` (unclean exit)."""
    try:
        return Path(f"{database}-wal").stat().st_size > 0
    except OSError:
        return False


def _check_backup(root: Path, backup: Path) -> None:
    if not backups.is_backup_of(root, backup):
        raise StoreError("backup_unknown")
    if not backups.is_healthy(Path(backup)):
        raise StoreCorrupted("backup_damaged", backups=backups.list_backups(root))


def restore_backup(root: Path, backup: Path, aside_prefix: str) -> Path | None:
    """Put `backup` in place of root/cases.sqlite3; returns the set-aside copy, if any."""
    _check_backup(root, backup)
    database = root / DB_NAME
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    aside = root / f"{aside_prefix}-{stamp}.sqlite3"
    companions = [Path(f"{database}{suffix}") for suffix in ("-wal", "-shm")]
    try:
        set_aside = None
        if database.exists():
            copy_atomically(database, aside)
            set_aside = aside
        for companion in companions:
            if companion.exists():
                copy_atomically(companion, Path(f"{aside}{companion.name[len(DB_NAME) :]}"))
        restored = root / f".restore-{stamp}.sqlite3"
        copy_atomically(Path(backup), restored)
        # The old write-ahead log belongs to the damaged file; replaying it over
        # the restored copy would damage that too.
        for companion in companions:
            with contextlib.suppress(FileNotFoundError):
                companion.unlink()
        os.replace(restored, database)
        fsync_dir(root)
    except OSError as error:
        raise unavailable_from_os(error, root) from error
    return set_aside
