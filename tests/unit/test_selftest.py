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


def test_self_test_report_survives_a_stream_without_chinese() -> None:
    # Windows gives a pipe or file cp1252; the report's Chinese must not end it.
    result = run_self_test(env={"PYTHONIOENCODING": "cp1252"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "UnicodeEncodeError" not in result.stderr
    assert "ok   Chinese UI translation: \\u6295\\u8bc9\\u52a9\\u624b" in result.stdout
    assert result.stdout.rstrip().endswith("self-test passed")
