"""Killing the app mid-typing loses at most what was typed since the last autosave."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from complaintkit.store import CaseStore
from tests.e2e.typing_child import TEXT

CHILD = Path(__file__).with_name("typing_child.py")


def test_case_reopens_with_what_was_typed_up_to_the_last_autosave(complaintkit_home) -> None:
    environment = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.pathsep.join(sys.path)
    )
    child = subprocess.Popen(
        [sys.executable, str(CHILD)],
        stdout=subprocess.PIPE,
        text=True,
        env=environment,
        cwd=Path(__file__).parents[2],
    )
    case_id, saves, last_saved, typed = None, 0, 0, 0
    try:
        for line in child.stdout:
            word, value = line.split()
            if word == "case":
                case_id = value
            elif word == "saved":
                saves, last_saved = saves + 1, int(value)
            elif word == "typed":
                typed = int(value)
            # Kill while typing goes on, after a few saves made during continuous typing.
            if saves >= 3 and typed > last_saved:
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert case_id is not None and saves >= 3
    with CaseStore() as store:
        narrative = store.load(case_id).problem.narrative
    assert TEXT.startswith(narrative)
    assert len(narrative) >= last_saved > 0
