"""Files Complaint Kit writes outside its store stay private, and a killed render leaves
nothing in the shared temp folder (and nothing that outlives the next start)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from complaintkit import scratch
from complaintkit.delivery.email_draft import write_draft
from complaintkit.delivery.reminders import write_calendar
from complaintkit.demo import build_demo
from complaintkit.documents.generate import generate

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def desktop_umask():
    previous = os.umask(0o022)  # the usual desktop umask, which made them 0644 / 0755
    yield
    os.umask(previous)


@pytest.mark.usefixtures("desktop_umask")
def test_letters_email_draft_and_calendar_are_private(tmp_path: Path) -> None:
    demo = build_demo("en")
    demo.case.sent = None
    out = tmp_path / "letters" / demo.case.reference
    files = generate(demo.case, "en", demo.open_bytes, out)
    assert _mode(out) == 0o700
    for path in (files.letter_pdf, files.checklist_pdf, files.letter_text):
        assert _mode(path) == 0o600, path
    draft = write_draft(demo.case, "en", "letter", files.letter_pdf, out / "complaint.eml")
    assert _mode(draft) == 0o600
    calendar = write_calendar(demo.case, "en", out / "reminders.ics")
    assert _mode(calendar) == 0o600


def test_a_folder_the_user_chose_keeps_its_permissions(tmp_path: Path) -> None:
    chosen = tmp_path / "Documents"
    chosen.mkdir(mode=0o755)
    chosen.chmod(0o755)
    demo = build_demo("en")
    generate(demo.case, "en", demo.open_bytes, chosen)
    assert _mode(chosen) == 0o755


def test_a_killed_render_leaves_nothing_in_the_system_temp_folder(
    tmp_path: Path, complaintkit_home: Path
) -> None:
    """Kill `render --demo` once its re-encoded screenshots exist (seen on disk, not
    guessed by timing): they are under the data folder, the partial PDF is hidden
    next to the letters, and both go at the next start."""
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    out = complaintkit_home / "letters" / "CK-DEMO" / "2026-12-01 0930 en"  # as the app does
    environment = dict(os.environ, TMPDIR=str(system_temp))
    child = subprocess.Popen(
        [sys.executable, "-m", "complaintkit", "render", "--demo", "--out", str(out)],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    scratch_folder = complaintkit_home / scratch.SCRATCH_DIR
    try:
        deadline = time.monotonic() + 120  # a safety net only, not a measurement
        while not any(scratch_folder.glob("ck-render-*/*")) and child.poll() is None:
            assert time.monotonic() < deadline, "the render never wrote an exhibit"
            time.sleep(0.005)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    if child.returncode == 0:
        pytest.skip("the render finished before it could be killed")
    assert list(system_temp.iterdir()) == []
    assert any(scratch_folder.glob("ck-render-*"))
    assert _mode(scratch_folder) == 0o700
    partial = list(out.glob(f"{scratch.PARTIAL_PREFIX}*"))
    assert partial, "the half-written letter should be hidden next to the letters"

    assert scratch.clean_leftovers(older_than=0) >= 2
    assert list(scratch_folder.iterdir()) == []
    assert not list(out.glob(f"{scratch.PARTIAL_PREFIX}*"))
    assert not list(out.glob("complaint-letter.pdf"))


def test_recent_leftovers_are_kept_for_another_window_still_rendering(
    complaintkit_home: Path,
) -> None:
    folder = scratch.scratch_dir()
    assert folder is not None
    busy = folder / "ck-render-other-window"
    busy.mkdir()
    (busy / "exhibit.jpg").write_bytes(b"\xff\xd8")
    assert scratch.clean_leftovers() == 0
    assert busy.exists()
