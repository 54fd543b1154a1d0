"""Damaged, emptied and read-only stores; backups taken during and at the end of a session;
evidence files removed when no case needs them."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image

from complaintkit.delivery.bundle import export_case, read_bundle
from complaintkit.domain import Case
from complaintkit.store import CaseStore, StoreCorrupted, StoreUnavailable, backups


def _png(colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(buffer, "PNG")
    return buffer.getvalue()


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


# -- a zero-length case file ------------------------------------------------------------


def test_an_emptied_case_file_offers_the_backup_instead_of_starting_empty(tmp_path: Path) -> None:
    root = tmp_path / "home"
    with CaseStore(root) as store:
        case = store.create(Case(title="my complaint"))
        store.backup_now()
    (root / "cases.sqlite3").write_bytes(b"")
    with pytest.raises(StoreCorrupted) as raised:
        CaseStore(root)
    assert raised.value.code == "empty_file"
    assert "restore a backup" in raised.value.message("en")
    assert raised.value.message("zh_CN") != raised.value.message("en")
    assert raised.value.backups
    # Nothing was written over the empty file while refusing it.
    assert (root / "cases.sqlite3").stat().st_size == 0

    with CaseStore.recover(root, raised.value.backups[0]) as store:
        assert store.load(case.id).title == "my complaint"
    kept = list(root.glob("corrupt-*.sqlite3"))
    assert len(kept) == 1 and kept[0].stat().st_size == 0


def test_an_empty_file_without_backups_is_a_new_store(tmp_path: Path) -> None:
    root = tmp_path / "home"
    root.mkdir()
    (root / "cases.sqlite3").write_bytes(b"")
    with CaseStore(root) as store:
        assert store.list_cases() == []


# -- backups during and at the end of a session ----------------------------------------


def test_maintenance_backs_up_only_after_changes_and_keeps_a_bounded_number(
    tmp_path: Path,
) -> None:
    root = tmp_path / "home"
    with CaseStore(root) as store:
        case = store.create(Case(title="v0"))
        store.maintain()
        assert len(store.list_backups()) == 1
        store.maintain()  # nothing changed since: no new copy
        assert len(store.list_backups()) == 1
        for version in range(1, 15):
            case.title = f"v{version}"
            store.save(case)
            store.maintain()
        assert len(store.list_backups()) == backups.KEEP_ROTATING
        newest = backups.describe(store.list_backups()[0])
        assert newest.titles == ("v14",) and newest.reason == "hourly"


def test_closing_the_session_takes_a_backup_of_what_changed(tmp_path: Path) -> None:
    root = tmp_path / "home"
    store = CaseStore(root)
    store.create(Case(title="kept at close"))
    store.close(maintain=True)
    [closing] = store.list_backups()
    info = backups.describe(closing)
    assert info.reason == "closing" and info.titles == ("kept at close",)
    with CaseStore(root) as again:  # the daily backup is not repeated on the same day
        again.close(maintain=True)
    assert len(backups.list_backups(root)) == 1


def test_describe_gives_the_date_and_case_count_of_each_backup(tmp_path: Path) -> None:
    root = tmp_path / "home"
    with CaseStore(root) as store:
        first = store.create(Case(title="first"))
        store.create(Case(title="second"))
        store.delete(first.id)
        taken = store.backup_now()
    info = backups.describe(taken)
    assert info.healthy and info.case_count == 1 and info.trashed_count == 1
    assert info.titles == ("second",)
    assert abs(time.time() - info.taken_at.timestamp()) < 600
    damaged = taken.with_name(taken.name.replace("manual", "daily"))
    damaged.write_bytes(b"not a database" * 100)
    assert backups.describe(damaged).healthy is False


# -- evidence files of a case deleted for good --------------------------------------------


def test_delete_for_good_removes_the_evidence_only_that_case_used(tmp_path: Path) -> None:
    root = tmp_path / "home"
    with CaseStore(root) as store:
        own = store.attachments.import_file(_png((1, 2, 3)), "own.png")
        shared = store.attachments.import_file(_png((4, 5, 6)), "shared.png")
        doomed = store.create(Case(title="doomed", evidence=[own, shared]))
        keeper = store.create(Case(title="keeper", evidence=[shared]))
        store.attachments.thumbnail(own.sha256_stored)
    for _, path in CaseStore(root).attachments.stored_hashes():
        _age(path, 3600)  # imported an hour ago, in an earlier session
    with CaseStore(root) as store:
        store.delete(doomed.id)
        store.purge(doomed.id)
        assert not store.attachments.exists(own.sha256_stored)
        assert not list(store.attachments.thumbnail_folder.glob(f"{own.sha256_stored}-*"))
        assert store.attachments.open_bytes(shared.sha256_stored)
        assert store.load(keeper.id).evidence[0].sha256_stored == shared.sha256_stored


def test_delete_for_good_spares_a_file_an_unsaved_case_just_imported_again(
    tmp_path: Path,
) -> None:
    root = tmp_path / "home"
    data = _png((7, 8, 9))
    with CaseStore(root) as store:
        item = store.attachments.import_file(data, "a.png")
        doomed = store.create(Case(title="doomed", evidence=[item]))
        store.delete(doomed.id)
    for _, path in CaseStore(root).attachments.stored_hashes():
        _age(path, 3600)
    with CaseStore(root) as store:
        # An editor imports the same screenshot into a new case, not saved yet.
        again = store.attachments.import_file(data, "same.png")
        store.purge(doomed.id)
        assert store.attachments.open_bytes(again.sha256_stored)
        store.create(Case(title="new", evidence=[again]))
        assert store.collect_garbage(grace=timedelta(0)) == 0


def test_maintenance_collects_files_no_case_uses(tmp_path: Path) -> None:
    root = tmp_path / "home"
    with CaseStore(root) as store:
        orphan = store.attachments.import_file(_png((9, 9, 9)), "orphan.png")
        store.create(Case(title="x"))
    _age(CaseStore(root).attachments.path_for(orphan.sha256_stored), 2 * 3600)
    with CaseStore(root) as store:
        store.maintain()
        assert not store.attachments.exists(orphan.sha256_stored)


# -- a read-only data folder --------------------------------------------------------------


@contextlib.contextmanager
def _read_only(folder: Path) -> Iterator[None]:
    """Make `folder` unwritable: a read-only bind mount as root, permissions otherwise."""
    if os.geteuid() == 0:
        mounted = subprocess.run(
            ["mount", "--bind", str(folder), str(folder)], capture_output=True, check=False
        )
        if mounted.returncode != 0:
            pytest.skip("root without mount: cannot make a folder read-only")
        try:
            subprocess.run(
                ["mount", "-o", "remount,ro,bind", str(folder)], capture_output=True, check=True
            )
            yield
        finally:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)
        return
    modes = {path: path.stat().st_mode for path in [folder, *folder.rglob("*")]}
    for path in modes:
        path.chmod(modes[path] & ~0o222)
    try:
        yield
    finally:
        for path, mode in sorted(modes.items(), key=lambda item: len(item[0].parts)):
            path.chmod(mode)


def _fingerprint(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in folder.rglob("*")
        if path.is_file()
    }


@pytest.mark.parametrize("unclean", [False, True], ids=["closed cleanly", "left a log"])
def test_a_read_only_data_folder_opens_read_only(tmp_path: Path, unclean: bool) -> None:
    root = tmp_path / "home"
    writer = CaseStore(root)
    item = writer.attachments.import_file(_png((10, 20, 30)), "shot.png")
    case = writer.create(Case(title="readable", evidence=[item]))
    if unclean:
        # As after a crash: the latest save is still only in the write-ahead log.
        shutil.copytree(root, tmp_path / "crashed")
        writer.close()
        root = tmp_path / "crashed"
        assert (root / "cases.sqlite3-wal").stat().st_size > 0
    else:
        writer.close()
    before = _fingerprint(root)
    with _read_only(root):
        with CaseStore(root) as store:
            assert store.read_only
            assert [s.title for s in store.list_cases()] == ["readable"]
            loaded = store.load(case.id)
            assert store.attachments.open_bytes(item.sha256_stored)
            assert store.attachments.thumbnail(item.sha256_stored).is_file()
            bundle = export_case(store, case.id, tmp_path / "out.complaintkit")
            assert read_bundle(bundle).title == "readable"
            loaded.title = "changed"
            with pytest.raises(StoreUnavailable) as refused:
                store.save(loaded)
            assert refused.value.code == "read_only"
            store.maintain()  # quietly does nothing
        assert _fingerprint(root) == before
