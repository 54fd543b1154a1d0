"""The build fails when the layers leak or the code is not ruff clean."""

from __future__ import annotations

import os
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



OPEN_A_CASE = """
import sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
from complaintkit.domain import Case
from complaintkit.store import CaseStore
from complaintkit.ui.main_window import MainWindow
from complaintkit.ui.i18n import Translations
from complaintkit.ui.warm_up import WarmUp

app = QApplication([])
with tempfile.TemporaryDirectory() as home, CaseStore(Path(home)) as store:
    case = store.create(Case(title="Withdrawal"))
    translations = Translations()
    window = MainWindow(store, translations.language, translations)
    window.warm_up = WarmUp("en")
    window.warm_up.start()
    window.open_case(case.id)
    app.processEvents()
    print(window.editor.case.title)
    print("reportlab" if "reportlab" in sys.modules else "no-reportlab")
"""


def test_opening_a_case_leaves_the_pdf_library_for_when_it_is_needed() -> None:
    # The editor is loaded by the warm-up thread; the PDF layout library (~0.2 s) only
    # when something is generated, so it must not come with opening a case.
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", OPEN_A_CASE],
        cwd=ROOT, capture_output=True, text=True, check=False, env=environment, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Withdrawal", "no-reportlab"], result.stderr
