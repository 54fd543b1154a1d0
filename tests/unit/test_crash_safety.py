"""Killing the app mid-save never loses a save it confirmed, nor damages the file; and a
confirmed save has been flushed to the disk before `save` returns.

A child process saves one case in a loop (a counter in the title), imports an
evidence file into it every third save and creates a new case now and then. It
reports through a pipe *before* each save (`saving N`) and only after `save`
returns (`saved N`). The parent waits for a `saving` line, kills the child with
SIGKILL at once or a moment later, and classifies the kill by what the child had
reported: a kill after `saving N` without `saved N` landed mid-save, whatever the
machine's load. It keeps killing until enough kills landed mid-save, reopening
the store each time: every confirmed save is there, nothing newer than the last
attempted one, evidence files intact.

SIGKILL leaves the kernel's page cache intact, so that test cannot tell a save
that reached the disk from one still in memory (it passes with synchronous=OFF).
`test_a_confirmed_save_is_flushed_before_save_returns` checks the flush itself:
under strace, the write-ahead log (and a new evidence file and its folder) is
fdatasync'ed/fsync'ed between the start of `save` and its return.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from complaintkit.domain import Case, Problem
from complaintkit.store import CaseStore

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix" or not hasattr(os, "fork"), reason="needs fork"),
]

MID_SAVE_KILLS = 100  # kills that must land inside save(), counted by protocol
MAX_ROUNDS = 1000  # a safety net: on any machine most kills land mid-save


def _save_forever(root, case_id: str, report_fd: int, seed: int) -> None:
    rng = random.Random(seed)
    store = CaseStore(root)
    case = store.load(case_id)
    counter = int(case.title.removeprefix("v"))
    for _ in range(100_000):
        counter += 1
        case.title = f"v{counter}"
        # Varying sizes: some saves fit a page, others spill into overflow pages.
        case.problem.narrative = f"save {counter} " + "数据" * rng.randrange(0, 6000)
        if counter % 3 == 0:
            # An evidence file is stored (temp, fsync, rename) before the case points at it.
            item = store.attachments.import_file(
                f"%PDF-1.4 exhibit {counter} ".encode() + rng.randbytes(rng.randrange(10, 20_000)),
                f"exhibit-{counter}.pdf",
            )
            case.evidence = [*case.evidence[-9:], item]
        os.write(report_fd, f"saving {counter}\n".encode())
        store.save(case)
        os.write(report_fd, f"saved {counter}\n".encode())
        if counter % 5 == 0:
            os.write(report_fd, b"creating\n")
            created = store.create(Case(title=f"new at {counter}"))
            os.write(report_fd, f"created {created.id}\n".encode())


class _Reports:
    """Lines from the child's pipe, read as they come."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = b""
        self.lines: list[str] = []

    def _more(self) -> bool:
        chunk = os.read(self.fd, 65536)
        if not chunk:
            return False
        self.buffer += chunk
        *complete, self.buffer = self.buffer.split(b"\n")
        self.lines += [line.decode() for line in complete]
        return True

    def wait_for_saving(self, count: int) -> bool:
        """Block until the child has announced `count` saves (False if it died first)."""
        while sum(line.startswith("saving ") for line in self.lines) < count:
            if not self._more():
                return False
        return True

    def drain(self) -> list[str]:
        while self._more():
            pass
        os.close(self.fd)
        return self.lines


def test_sigkill_during_saves_never_loses_a_confirmed_save(tmp_path):
    root = tmp_path / "home"
    with CaseStore(root) as store:
        case = store.create(Case(title="v0", problem=Problem(narrative="start")))
    fork = multiprocessing.get_context("fork")
    rng = random.Random(20261123)
    confirmed_counter = 0
    confirmed_ids: set[str] = {case.id}
    kills = {"mid-save": 0, "mid-create": 0, "between": 0}
    rounds = 0
    started = time.monotonic()

    while kills["mid-save"] < MID_SAVE_KILLS and rounds < MAX_ROUNDS:
        rounds += 1
        read_fd, write_fd = os.pipe()
        child = fork.Process(target=_save_forever, args=(root, case.id, write_fd, rounds))
        child.start()
        os.close(write_fd)
        reports = _Reports(read_fd)
        reports.wait_for_saving(rng.randrange(1, 8))
        # Mostly at once (inside the save's write or its fsync), sometimes a little later.
        if rng.random() < 0.5:
            time.sleep(rng.uniform(0.0, 0.004))
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        assert child.exitcode == -signal.SIGKILL
        lines = reports.drain()
        saved = [int(line.split()[1]) for line in lines if line.startswith("saved ")]
        attempted = [int(line.split()[1]) for line in lines if line.startswith("saving ")]
        confirmed_ids.update(line.split()[1] for line in lines if line.startswith("created "))
        last = lines[-1] if lines else ""
        if last.startswith("saving "):
            kills["mid-save"] += 1
        elif last == "creating":
            kills["mid-create"] += 1
        else:
            kills["between"] += 1
        if saved:
            confirmed_counter = max(confirmed_counter, saved[-1])

        with CaseStore(root) as store:
            stored_case = store.load(case.id)
            current = int(stored_case.title.removeprefix("v"))
            listed = {summary.id for summary in store.list_cases()}
            for item in stored_case.evidence:  # present and intact (hash checked)
                assert store.attachments.open_bytes(item.sha256_stored)
        # Every confirmed save is there, and nothing the child had not yet attempted.
        newest_attempt = max(attempted, default=confirmed_counter)
        assert confirmed_counter <= current <= newest_attempt, f"round {rounds}"
        assert confirmed_ids <= listed, f"round {rounds}: confirmed cases missing"

    elapsed = time.monotonic() - started
    assert kills["mid-save"] >= MID_SAVE_KILLS, kills
    with CaseStore(root) as store:
        stored_files = list(store.attachments.stored_hashes())
    # No torn evidence file anywhere: every stored file matches its name.
    assert stored_files
    for name, path in stored_files:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == name
    connection = sqlite3.connect(root / "cases.sqlite3")
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()
    print(f"{rounds} kills {kills}, {confirmed_counter} confirmed saves, {elapsed:.1f} s")


# -- the flush, traced ---------------------------------------------------------------------

TRACED_SAVE = """
import sys
from complaintkit.domain import Case
from complaintkit.store import CaseStore

store = CaseStore(sys.argv[1])
case = store.create(Case(title="before"))
for marker in ("save", "import"):
    sys.stderr.write(f"BEGIN {marker}\\n"); sys.stderr.flush()
    if marker == "save":
        case.title = "after"
        store.save(case)
    else:
        store.attachments.import_file(b"%PDF-1.4 traced", "traced.pdf")
    sys.stderr.write(f"END {marker}\\n"); sys.stderr.flush()
store.close()
"""


def _traced(root: Path, tmp_path: Path) -> list[str]:
    log = tmp_path / "strace.log"
    result = subprocess.run(
        [
            "strace",
            "-f",
            "-y",
            "-s",
            "64",
            "-o",
            str(log),
            "-e",
            "trace=write,pwrite64,fsync,fdatasync,rename,renameat,renameat2",
            sys.executable,
            "-c",
            TRACED_SAVE,
            str(root),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not log.exists():
        pytest.skip(f"strace cannot trace here: {result.stderr[-300:]}")
    return log.read_text().splitlines()


def _between(lines: list[str], marker: str) -> list[str]:
    begin = next(i for i, line in enumerate(lines) if f'"BEGIN {marker}' in line)
    end = next(i for i, line in enumerate(lines) if f'"END {marker}' in line)
    return lines[begin:end]


def _where(lines: list[str], pattern: str) -> list[int]:
    return [index for index, line in enumerate(lines) if re.search(pattern, line)]


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace")
def test_a_confirmed_save_is_flushed_before_save_returns(tmp_path: Path) -> None:
    root = tmp_path / "home"
    lines = _traced(root, tmp_path)
    wal = re.escape(f"{root / 'cases.sqlite3'}-wal") + ">"
    saving = _between(lines, "save")
    wrote = _where(saving, rf"write(64)?\(\d+<{wal}")
    synced = _where(saving, rf"f(data)?sync\(\d+<{wal}")
    assert wrote, "save() did not write the write-ahead log"
    # The commit's frames are written, then flushed, all before save() returns.
    assert synced and max(synced) > max(wrote), "\n".join(saving)

    importing = _between(lines, "import")
    shard = re.escape(str(root / "attachments")) + "/[0-9a-f]{2}"
    file_synced = _where(importing, rf"fsync\(\d+<{shard}/\.tmp-")
    renamed = _where(importing, rf"rename.*{shard}/\.tmp-")
    folder_synced = _where(importing, rf"fsync\(\d+<{shard}>\)")
    assert file_synced and renamed and folder_synced, "\n".join(importing)
    # The file's bytes, then its name, then the folder entry: durable when import returns.
    assert max(file_synced) < min(renamed) < max(folder_synced)
