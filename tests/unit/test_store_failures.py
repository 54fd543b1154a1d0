"""A read-only or full data folder and a damaged database give a clear error and never
cost the user their last good data; recovery from a backup is offered and works."""

from __future__ import annotations

import errno
import os
import pickle
import random
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest

from complaintkit.domain import Case, Problem
from complaintkit.locales import catalog
from complaintkit.store import CaseStore, StoreCorrupted, StoreError, StoreUnavailable
from complaintkit.store import files as store_files

NOBODY = 65534


def _in_child(function, *args, unprivileged=True):
    """Run `function` in a forked child and return what it returned or raised; with
    `unprivileged`, as user nobody if we are root (root ignores permission bits)."""
    # Load the wording now: user nobody may not be able to read the source tree.
    for language in ("en", "zh_CN"):
        catalog(language, "store")
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        os.close(read_fd)
        try:
            if unprivileged and os.geteuid() == 0:
                try:
                    os.setgid(NOBODY)
                    os.setuid(NOBODY)
                except OSError as error:
                    raise CannotDropPrivileges(str(error)) from None
            outcome = ("ok", function(*args))
        except BaseException as error:
            outcome = ("raised", (type(error).__name__, getattr(error, "code", ""), str(error)))
        with os.fdopen(write_fd, "wb") as pipe:
            pickle.dump(outcome, pipe)
        os._exit(0)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    outcome = pickle.loads(data)
    if outcome[0] == "raised" and outcome[1][0] == "CannotDropPrivileges":
        pytest.skip(f"cannot switch to an unprivileged user here: {outcome[1][2]}")
    return outcome


class CannotDropPrivileges(Exception):
    pass


def _fill(root: Path) -> str:
    with CaseStore(root) as store:
        case = store.create(Case(title="last good version"))
        return case.id


def _make_read_only(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        os.chmod(path, 0o500 if path.is_dir() else 0o400)


def _reopen_read_only_store(root: Path):
    with CaseStore(root) as store:
        store.create(Case(title="should not be stored"))
    return "opened"


def _import_into_read_only_store(root: Path):
    from complaintkit.store import AttachmentStore

    return AttachmentStore(root).import_file(b"%PDF-1.4 statement", "statement.pdf").size


@pytest.fixture
def unprivileged_home():
    """A folder an unprivileged child can own (pytest's tmp_path is private to root)."""
    base = Path(tempfile.mkdtemp(prefix="ck-readonly-"))
    if os.geteuid() == 0:
        os.chown(base, NOBODY, NOBODY)
    yield base / "home"
    for path in [base, *base.rglob("*")]:
        os.chmod(path, 0o700)
    shutil.rmtree(base)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX permissions")
def test_a_read_only_data_folder_gives_a_clear_error_and_keeps_the_data(unprivileged_home):
    root = unprivileged_home
    status, case_id = _in_child(_fill, root)
    assert status == "ok", case_id
    _in_child(_make_read_only, root)

    status, (kind, code, message) = _in_child(_reopen_read_only_store, root)
    assert (status, kind, code) == ("raised", "StoreUnavailable", "read_only")
    assert str(root) in message and "read-only" in message

    status, (kind, code, _) = _in_child(_import_into_read_only_store, root)
    assert (status, kind, code) == ("raised", "StoreUnavailable", "read_only")

    for path in [root, *root.rglob("*")]:
        os.chmod(path, 0o700 if path.is_dir() else 0o600)
    with CaseStore(root) as store:
        assert [summary.title for summary in store.list_cases()] == ["last good version"]
        assert store.load(case_id).title == "last good version"


def test_a_store_that_sqlite_refuses_to_write_reports_read_only(complaintkit_home):
    with CaseStore() as store:
        case = store.create(Case(title="last good version"))
        # query_only makes SQLite refuse writes exactly as on a read-only medium.
        store._connection.execute("PRAGMA query_only = ON")
        case.title = "lost edit"
        with pytest.raises(StoreUnavailable) as info:
            store.save(case)
        assert info.value.code == "read_only"
        assert "只读" in info.value.message("zh_CN")
        assert case.title == "lost edit"  # the user's typing is still in memory
        assert store.load(case.id).title == "last good version"
    with CaseStore() as store:
        assert store.load(case.id).title == "last good version"


def test_a_full_disk_refuses_the_save_and_keeps_the_previous_version(complaintkit_home):
    with CaseStore() as store:
        case = store.create(Case(title="last good version", problem=Problem(narrative="short")))
        saved_at = case.updated_at
        pages = store._connection.execute("PRAGMA page_count").fetchone()[0]
        # SQLite's own limit on the file size: growing past it fails with SQLITE_FULL,
        # the same error as a full disk.
        store._connection.execute(f"PRAGMA max_page_count = {pages}")
        case.title = "too big to fit"
        case.problem.narrative = "证据" * 25_000  # the longest narrative allowed
        with pytest.raises(StoreUnavailable) as info:
            store.save(case)
        assert info.value.code == "disk_full"
        assert "full" in str(info.value) and "已满" in info.value.message("zh_CN")
        assert case.updated_at == saved_at
        assert store.load(case.id).title == "last good version"
        store._connection.execute("PRAGMA max_page_count = 1073741823")
        store.save(case)  # once there is room again, the same save goes through
    with CaseStore() as store:
        assert store.load(case.id).title == "too big to fit"


def test_a_full_disk_during_an_evidence_import_leaves_no_partial_file(
    complaintkit_home, monkeypatch
):
    with CaseStore() as store:
        kept = store.attachments.import_file(b"%PDF-1.4 first", "first.pdf")

        def disk_full(fd):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(store_files.os, "fsync", disk_full)
        with pytest.raises(StoreUnavailable) as info:
            store.attachments.import_file(b"%PDF-1.4 second", "second.pdf")
        monkeypatch.undo()
        assert info.value.code == "disk_full"
        stored = sorted(path.name for path in (complaintkit_home / "attachments").rglob("*"))
        assert [name for name in stored if len(name) == 64] == [kept.sha256_stored]
        assert not [name for name in stored if name.startswith(".tmp-")]
        assert store.attachments.open_bytes(kept.sha256_stored) == b"%PDF-1.4 first"


def _save_and_import_while_files_cannot_grow(root: Path, case_id: str):
    """In a child: cap the file size (RLIMIT_FSIZE), so the kernel itself refuses
    to grow any file, then try to save a big edit and import a file."""
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    outcome = {}
    with CaseStore(root) as store:
        case = store.load(case_id)
        biggest = max(path.stat().st_size for path in root.iterdir() if path.is_file())
        resource.setrlimit(resource.RLIMIT_FSIZE, (biggest + 8192, resource.RLIM_INFINITY))
        case.title = "too big to fit"
        case.problem.narrative = "x" * 50_000  # the longest narrative allowed
        try:
            store.save(case)
        except StoreUnavailable as error:
            outcome["save"] = (error.code, str(error))
        try:
            store.attachments.import_file(b"%PDF-1.4" + b"y" * 200_000, "big.pdf")
        except StoreUnavailable as error:
            outcome["import"] = (error.code, str(error))
        outcome["title while full"] = store.load(case_id).title
        resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        store.save(case)  # the same store works again once there is room
        outcome["title after"] = store.load(case_id).title
    return outcome


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX resource limits")
def test_when_the_system_refuses_to_grow_files_the_last_good_version_survives(tmp_path):
    root = tmp_path / "home"
    case_id = _fill(root)
    status, outcome = _in_child(
        _save_and_import_while_files_cannot_grow, root, case_id, unprivileged=False
    )
    assert status == "ok", outcome
    save_code, save_message = outcome["save"]
    # SQLite reports a short write as "disk full" and a refused one as an I/O error.
    assert save_code in {"disk_full", "io_error"}
    assert "last saved version is safe" in save_message
    assert outcome["import"][0] == "disk_full"
    assert outcome["title while full"] == "last good version"
    assert outcome["title after"] == "too big to fit"
    with CaseStore(root) as store:
        assert store.load(case_id).title == "too big to fit"
        assert store.attachments.folder.is_dir()
        assert not list(store.attachments.folder.rglob(".tmp-*"))


def _damage_garbage(path: Path) -> None:
    path.write_bytes(b"this is not a database, it was overwritten\n" * 200)


def _damage_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle : middle + 3 * page] = random.Random(7).randbytes(3 * page)
    path.write_bytes(bytes(data))


def _damage_truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


@pytest.mark.parametrize("damage", [_damage_garbage, _damage_middle, _damage_truncate])
def test_a_damaged_database_offers_backups_and_is_kept_aside_on_recovery(complaintkit_home, damage):
    with CaseStore() as store:
        ids = [
            store.create(Case(title=f"case {n}", problem=Problem(narrative="记录" * 3000))).id
            for n in range(30)
        ]
        backup = store.backup_now()
    database = complaintkit_home / "cases.sqlite3"
    damage(database)
    damaged_bytes = database.read_bytes()

    with pytest.raises(StoreCorrupted) as info:
        CaseStore()
    assert info.value.backups == [backup]
    assert "backup" in str(info.value) and "备份" in info.value.message("zh_CN")
    assert database.read_bytes() == damaged_bytes  # opening never rewrote it

    with CaseStore.recover(complaintkit_home, info.value.backups[0]) as store:
        assert sorted(summary.id for summary in store.list_cases()) == sorted(ids)
        store.create(Case(title="after recovery"))
    aside = list(complaintkit_home.glob("corrupt-*.sqlite3"))
    assert len(aside) == 1
    assert aside[0].read_bytes() == damaged_bytes
    with CaseStore() as store:
        assert len(store.list_cases()) == 31


def test_a_damaged_database_without_backups_is_reported_and_left_alone(complaintkit_home):
    with CaseStore() as store:
        store.create(Case(title="only copy"))
    database = complaintkit_home / "cases.sqlite3"
    _damage_garbage(database)
    damaged_bytes = database.read_bytes()
    with pytest.raises(StoreCorrupted) as info:
        CaseStore()
    assert info.value.backups == []
    assert database.read_bytes() == damaged_bytes


def test_a_damaged_case_record_is_reported_not_silently_dropped(complaintkit_home):
    with CaseStore() as store:
        good = store.create(Case(title="good"))
        bad = store.create(Case(title="bad"))
        store._connection.execute("UPDATE cases SET body = '{\"id\": 1' WHERE id = ?", (bad.id,))
        with pytest.raises(StoreCorrupted) as info:
            store.load(bad.id)
        assert info.value.code == "case_damaged"
        assert store.load(good.id).title == "good"
        assert {summary.title for summary in store.list_cases()} == {"good", "bad"}


def test_restoring_a_backup_keeps_the_replaced_file_and_refuses_foreign_paths(
    complaintkit_home, tmp_path
):
    with CaseStore() as store:
        first = store.create(Case(title="in the backup"))
        backup = store.backup_now()
        store.create(Case(title="after the backup"))
        with pytest.raises(StoreError) as info:
            store.recover_from_backup(tmp_path / "elsewhere.sqlite3")
        assert info.value.code == "backup_unknown"
        assert len(store.list_cases()) == 2  # refusing did not close or change anything

        store.recover_from_backup(backup)
        assert [summary.id for summary in store.list_cases()] == [first.id]
    before = list(complaintkit_home.glob("before-restore-*.sqlite3"))
    assert len(before) == 1
    kept = sqlite3.connect(before[0])
    try:
        titles = {row[0] for row in kept.execute("SELECT title FROM cases")}
    finally:
        kept.close()
    assert titles == {"in the backup", "after the backup"}


def test_a_damaged_backup_is_not_restored(complaintkit_home):
    with CaseStore() as store:
        store.create(Case(title="x"))
        backup = store.backup_now()
        _damage_garbage(backup)
        with pytest.raises(StoreCorrupted) as info:
            store.recover_from_backup(backup)
        assert info.value.code == "backup_damaged"
        assert [summary.title for summary in store.list_cases()] == ["x"]
