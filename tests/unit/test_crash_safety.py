"""Killing the app mid-save never loses a save it confirmed, nor damages the file.

A child process saves one case in a loop (a counter in the title), imports an
evidence file into it every third save and creates a new case now and then; only
after `save`/`create` returns does it report the counter or the new id through a
pipe. The parent kills it with SIGKILL at random moments, reopens the store and
checks everything reported is there, evidence files included.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import random
import signal
import sqlite3
import time

import pytest

from complaintkit.domain import Case, Problem
from complaintkit.store import CaseStore

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix" or not hasattr(os, "fork"), reason="needs fork"),
]

KILLS = 200


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
        store.save(case)
        os.write(report_fd, f"saved {counter}\n".encode())
        if counter % 5 == 0:
            created = store.create(Case(title=f"new at {counter}"))
            os.write(report_fd, f"created {created.id}\n".encode())


def _read_all(fd: int) -> list[str]:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks).decode().splitlines()


def test_sigkill_during_saves_never_loses_a_confirmed_save(tmp_path):
    root = tmp_path / "home"
    with CaseStore(root) as store:
        case = store.create(Case(title="v0", problem=Problem(narrative="start")))
    fork = multiprocessing.get_context("fork")
    rng = random.Random(20261123)
    confirmed_counter = 0
    stored_counter = 0
    confirmed_ids: set[str] = {case.id}
    rounds_with_saves = 0
    started = time.monotonic()

    for round_number in range(KILLS):
        read_fd, write_fd = os.pipe()
        child = fork.Process(target=_save_forever, args=(root, case.id, write_fd, round_number))
        child.start()
        os.close(write_fd)
        time.sleep(rng.uniform(0.0, 0.04))
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        assert child.exitcode == -signal.SIGKILL
        lines = _read_all(read_fd)
        saved = [int(line.split()[1]) for line in lines if line.startswith("saved ")]
        confirmed_ids.update(line.split()[1] for line in lines if line.startswith("created "))
        if saved:
            rounds_with_saves += 1
            confirmed_counter = max(confirmed_counter, saved[-1])

        with CaseStore(root) as store:
            stored_case = store.load(case.id)
            current = int(stored_case.title.removeprefix("v"))
            listed = {summary.id for summary in store.list_cases()}
            for item in stored_case.evidence:  # present and intact (hash checked)
                assert store.attachments.open_bytes(item.sha256_stored)
        # Every confirmed save is there; at most one more that was not yet reported.
        assert confirmed_counter <= current <= max(confirmed_counter, stored_counter) + 1
        stored_counter = current
        assert confirmed_ids <= listed, f"round {round_number}: confirmed cases missing"

    elapsed = time.monotonic() - started
    with CaseStore(root) as store:
        stored_files = list(store.attachments.stored_hashes())
    # No torn evidence file anywhere: every stored file matches its name.
    assert len(stored_files) > KILLS
    for name, path in stored_files:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == name
    connection = sqlite3.connect(root / "cases.sqlite3")
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()
    # The kills really landed between saves, not only during start-up.
    assert rounds_with_saves >= KILLS // 2
    assert confirmed_counter >= KILLS
    print(f"{KILLS} kills, {confirmed_counter} confirmed saves, {elapsed:.1f} s")
