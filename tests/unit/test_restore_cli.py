"""`complaintkit restore`: list the backups with date and case count, put one back."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from complaintkit.domain import Case
from complaintkit.store import CaseStore


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "complaintkit", "restore", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_restore_lists_and_restores_with_the_current_file_kept(complaintkit_home: Path) -> None:
    assert "There are no backups" in _run().stdout
    with CaseStore() as store:
        store.create(Case(title="first"))
        store.backup_now()
        store.create(Case(title="second"))
        store.backup_now()
        store.create(Case(title="third, not backed up"))
    listing = _run()
    assert listing.returncode == 0
    lines = listing.stdout.splitlines()
    assert lines[0].startswith("1. ") and "2 case(s), 0 in the trash" in lines[0]
    assert lines[1].startswith("2. ") and "1 case(s)" in lines[1]
    assert "2 个案件" in _run("--lang", "zh_CN").stdout

    restored = _run("2")
    assert restored.returncode == 0, restored.stderr
    assert "Restored the backup" in restored.stdout and "(1 case(s))" in restored.stdout
    [kept] = complaintkit_home.glob("before-restore-*.sqlite3")
    assert str(kept) in restored.stdout
    with CaseStore() as store:
        assert [s.title for s in store.list_cases()] == ["first"]
    # The replaced file still holds all three cases.
    copy = sqlite3.connect(f"{kept.as_uri()}?mode=ro", uri=True)
    try:
        assert copy.execute("SELECT count(*) FROM cases").fetchone() == (3,)
    finally:
        copy.close()


def test_restore_after_the_case_file_was_emptied(complaintkit_home: Path) -> None:
    with CaseStore() as store:
        store.create(Case(title="saved before the accident"))
        store.backup_now()
    (complaintkit_home / "cases.sqlite3").write_bytes(b"")
    result = _run("1")
    assert result.returncode == 0, result.stderr
    with CaseStore() as store:
        assert [s.title for s in store.list_cases()] == ["saved before the accident"]
    assert list(complaintkit_home.glob("corrupt-*.sqlite3"))


def test_restore_of_an_unknown_backup_says_so(complaintkit_home: Path) -> None:
    result = _run("7")
    assert result.returncode == 2
    assert "There is no backup 7" in result.stderr and "Traceback" not in result.stderr
