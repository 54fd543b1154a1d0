"""Screenshots of every wizard step in both languages, for docs/screenshots/.

Run under a real X server at 1366x768 (not offscreen), e.g.:
    Xvfb :77 -screen 0 1366x768x24 & DISPLAY=:77 .venv/bin/python tools/take_screenshots.py
and for a small laptop screen (docs/screenshots/small/):
    Xvfb :78 -screen 0 1024x600x24 & DISPLAY=:78 .venv/bin/python tools/take_screenshots.py small
Uses a throwaway data folder; the demo case is the content.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("COMPLAINTKIT_HOME", tempfile.mkdtemp(prefix="ck-shots-"))

from PySide6.QtWidgets import QApplication

from complaintkit.flow import STEP_ORDER
from complaintkit.store import CaseStore
from complaintkit.ui.fonts import register_bundled_fonts
from complaintkit.ui.i18n import Translations
from complaintkit.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents()


def main() -> int:
    app = QApplication(sys.argv)
    register_bundled_fonts()
    translations = Translations()
    store = CaseStore()
    small = sys.argv[1:] == ["small"]
    out = OUT / "small" if small else OUT
    width, height = (1024, 600) if small else (1366, 768)
    out.mkdir(parents=True, exist_ok=True)
    for language in ("en", "zh_CN"):
        translations.use(language)
        window = MainWindow(store, language, translations)
        window.setGeometry(0, 0, width, height)
        window.showMaximized()
        window.open_demo()
        demo_id = window.editor.case.id  # this language's demo, not the other one
        window.show_list()
        settle(app)
        screen = app.primaryScreen()
        screen.grabWindow(0).save(str(out / f"{language}-00-cases.png"))
        window.open_case(demo_id)
        for number, step in enumerate(STEP_ORDER, start=1):
            window.editor.show_step(step)
            if step.value == "review":
                window.editor.review.start_generating()
                window.editor.runner.wait(60_000)
            settle(app)
            screen.grabWindow(0).save(str(out / f"{language}-{number:02d}-{step.value}.png"))
        window.editor.close_case()
        window.close()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
