"""`complaintkit self-test` passes on a complete installation and names what is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_self_test(*args: str, env: dict[str, str] | None = None):
    return subprocess.run(
        [sys.executable, "-m", "complaintkit", "self-test", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def test_self_test_passes_with_everything_installed() -> None:
    result = run_self_test()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "ok   QtPdf opens the letter" in result.stdout
    assert "ok   app icon (SVG)" in result.stdout


def test_self_test_fails_and_says_why_when_resources_are_missing(tmp_path: Path) -> None:
    result = run_self_test("--no-qt", env={"COMPLAINTKIT_RESOURCES": str(tmp_path)})
    assert result.returncode == 1
    assert "FAIL resource fonts/DroidSansFallbackFull.ttf" in result.stdout
    assert "self-test FAILED" in result.stdout
    assert "Traceback" not in result.stderr
