"""The database layout and its migrations, keyed on `PRAGMA user_version`.

Migration N (1-based) brings a file from user_version N-1 to N. Append new ones;
never edit a released one. A copy of the file is taken before any migration runs
on a file that already holds data (see CaseStore).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

V1 = """
CREATE TABLE cases (
    id TEXT PRIMARY KEY NOT NULL,
    reference TEXT NOT NULL,
    title TEXT NOT NULL,
    platform_name TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    reply_deadline TEXT,
    trashed_at TEXT,
    -- title, platform, reference, claimant and narrative, NFKC + casefolded
    search_text TEXT NOT NULL,
    body TEXT NOT NULL
) STRICT;
CREATE INDEX cases_listed ON cases (trashed_at, updated_at);
-- Which stored evidence files each case uses; kept in the same transaction as the
-- case so garbage collection can trust it.
CREATE TABLE case_attachments (
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (case_id, sha256)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_attachments_by_file ON case_attachments (sha256);
"""

# A revision per case, raised by every save: a save that started from an older
# revision (another window on the same data folder saved meanwhile) is refused.
V2 = """
ALTER TABLE cases ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
"""

# The list and the search read a small index and a table of their own instead of
# stepping through every case's JSON (2,000 cases: the list took 40 ms of SQL, a search
# 60 ms). cases.search_text stays, empty, so older code paths never see stale text.
V3 = """
CREATE TABLE case_search (
    case_id TEXT PRIMARY KEY NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    search_text TEXT NOT NULL
) STRICT;
INSERT INTO case_search (case_id, search_text) SELECT id, search_text FROM cases;
UPDATE cases SET search_text = '';
CREATE INDEX cases_list_columns ON cases (
    trashed_at, updated_at, id, reference, title, platform_name, status, reply_deadline
);
"""

# The case list shows each case's letter language and whether it is the built-in
# example, from the list index like the other columns.
V4 = """
ALTER TABLE cases ADD COLUMN letter_language TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN example INTEGER NOT NULL DEFAULT 0;
UPDATE cases SET
    letter_language = coalesce(json_extract(body, '$.letter_language'), ''),
    example = coalesce(json_extract(body, '$.example'), 0);
DROP INDEX cases_list_columns;
CREATE INDEX cases_list_columns ON cases (
    trashed_at, updated_at, id, reference, title, platform_name, status, reply_deadline,
    letter_language, example
);
"""

MIGRATIONS: tuple[str, ...] = (V1, V2, V3, V4)


def user_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def holds_data(connection: sqlite3.Connection) -> bool:
    return connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


class NewerSchema(Exception):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(f"database version {found}, this program knows up to {known}")
        self.found = found
        self.known = known


def migrate(
    connection: sqlite3.Connection,
    before_migrating: Callable[[int], None],
    migrations: Sequence[str] = MIGRATIONS,
) -> int:
    """Bring the file to the newest version; returns the version it was at.

    `before_migrating(current_version)` runs once, before the first step, and only
    if the file already holds data (an empty new file has nothing to lose).
    Each step commits on its own, so an interruption resumes at the next open.
    """
    start = user_version(connection)
    if start > len(migrations):
        raise NewerSchema(start, len(migrations))
    if start < len(migrations) and holds_data(connection):
        before_migrating(start)
    for version in range(start, len(migrations)):
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(migrations[version]):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version + 1:d}")
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    return start


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (executescript would commit early)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
