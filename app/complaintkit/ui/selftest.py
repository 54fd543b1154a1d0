"""The Qt half of `complaintkit self-test`: the toolkit starts, fonts and QtPdf work."""

from __future__ import annotations

import os
from pathlib import Path

from complaintkit.selftest import Check


def qt_checks(letter_pdf: Path) -> list[Check]:
    # No screen is needed (CI, a build machine): draw offscreen unless told otherwise.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    from complaintkit.ui.fonts import register_bundled_fonts

    app = QApplication.instance() or QApplication([])
    families = register_bundled_fonts()
    from complaintkit.ui.qt_health import none_references_lost

    lost = none_references_lost()
    checks: list[Check] = [
        ("Qt widgets", app is not None, QApplication.platformName()),
        ("Qt keeps None's reference count", lost < 100, f"{lost} lost in 10000 calls"),
        ("bundled fonts in Qt", bool(families), ", ".join(families)),
    ]
    from complaintkit.ui.i18n import Translations

    translations = Translations()
    chinese = translations.use("zh_CN")
    title = QApplication.translate("MainWindow", "Complaint Kit")
    translations.use("en")
    checks.append(("Chinese UI translation", chinese and title == "投诉助手", title))
    from complaintkit.ui.app import app_icon

    icon = app_icon().pixmap(64, 64).toImage()
    blue = not icon.isNull() and icon.pixelColor(32, 4).blue() > 200
    checks.append(("app icon (SVG)", blue, f"{icon.width()}x{icon.height()}"))
    document = QPdfDocument()
    document.load(str(letter_pdf))
    pages = document.pageCount()
    checks.append(("QtPdf opens the letter", pages > 0, f"{pages} pages"))
    if pages:
        image = document.render(0, QSize(595, 842))
        dark = sum(
            1
            for y in range(0, image.height(), 7)
            for x in range(0, image.width(), 7)
            if image.pixelColor(x, y).lightness() < 128
        )
        checks.append(("QtPdf draws the first page", dark > 50, f"{dark} dark samples"))
    document.close()
    return checks
