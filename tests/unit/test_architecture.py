"""The build fails when the layers leak or the code is not ruff clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)


def test_only_the_ui_package_imports_qt() -> None:
    result = _run(str(Path(sys.executable).with_name("lint-imports")), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_qt_import_outside_ui_even_lazily() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "app" / "complaintkit").rglob("*.py")
        if "ui" not in path.relative_to(ROOT / "app" / "complaintkit").parts
        and ("import PySide6" in path.read_text() or "from PySide6" in path.read_text())
    ]
    assert offenders == []


def test_ruff_is_clean() -> None:
    folders = [name for name in ("app", "tests", "packaging") if (ROOT / name).is_dir()]
    result = _run(sys.executable, "-m", "ruff", "check", *folders)
    assert result.returncode == 0, result.stdout + result.stderr
