"""A second launch on the same data folder hands over to the running window instead of
opening a second one whose saves would overwrite the first one's."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from complaintkit.ui.single_instance import HANDOVER_DIR, hand_over

ROOT = Path(__file__).parents[2]


def _launch(home: Path, *arguments: str) -> subprocess.Popen:
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        COMPLAINTKIT_HOME=str(home),
        PYTHONPATH=os.pathsep.join(sys.path),
    )
    return subprocess.Popen(
        [sys.executable, "-m", "complaintkit", *arguments],
        env=environment,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(condition, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_a_second_launch_hands_its_file_to_the_first_and_exits(complaintkit_home, tmp_path):
    first = _launch(complaintkit_home)
    log = complaintkit_home / "logs" / "complaintkit.log"
    try:
        assert _wait_for(lambda: (complaintkit_home / HANDOVER_DIR).is_dir())
        bundle = tmp_path / "case.complaintkit"
        bundle.write_bytes(b"not really a bundle")
        second = _launch(complaintkit_home, str(bundle))
        _out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert _wait_for(lambda: "a second launch handed over a case file" in log.read_text())
        assert first.poll() is None  # the first window is still there
        assert list((complaintkit_home / HANDOVER_DIR).iterdir()) == []
    finally:
        first.kill()
        first.communicate(timeout=30)


def test_after_the_first_ends_a_new_launch_starts_normally(complaintkit_home):
    first = _launch(complaintkit_home)
    assert _wait_for(lambda: (complaintkit_home / HANDOVER_DIR).is_dir())
    first.kill()  # a crash: its lock is stale, held by a process that is gone
    first.communicate(timeout=30)
    again = _launch(complaintkit_home)
    try:
        log = complaintkit_home / "logs" / "complaintkit.log"
        assert _wait_for(lambda: log.read_text().count("started") >= 2)
        time.sleep(1.0)
        assert again.poll() is None  # it took the lock and runs
    finally:
        again.kill()
        again.communicate(timeout=30)


def test_nobody_answering_is_reported_not_waited_for_forever(tmp_path):
    (tmp_path / HANDOVER_DIR).mkdir()
    assert hand_over(tmp_path, None, timeout_s=0.5) is False
    assert list((tmp_path / HANDOVER_DIR).iterdir()) == []  # no request left behind
