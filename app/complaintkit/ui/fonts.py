"""Registering the bundled fonts with Qt, so Chinese shows even without system CJK fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from complaintkit import fonts


def register_bundled_fonts() -> list[str]:
    """Add the bundled fonts to the application; returns the font families added.

    They also become the fallbacks of the application's font, in the PDFs' order
    (Noto Sans, then the CJK font, then DejaVu Sans): on a Windows without Chinese
    fonts, Qt draws a Chinese run with the CJK font, which has no Latin brackets or
    curly quotes, and found nothing for those (boxes in menus, buttons and the status
    bar, seen under Wine); now Noto Sans draws them. Needs a QApplication.
    """
    families: list[str] = []
    added: dict[str, list[str]] = {}
    for key in fonts.FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(fonts.font_path(key)))
        if font_id >= 0:
            added[key] = QFontDatabase.applicationFontFamilies(font_id)
            families.extend(added[key])
    _fall_back_to(
        [f for key in (fonts.REGULAR, fonts.CJK, fonts.SYMBOLS) for f in added.get(key, [])]
    )
    return sorted(set(families))


def _fall_back_to(fallback: list[str]) -> None:
    font = QApplication.font()
    chain = font.families() or [font.family()]
    missing = [family for family in fallback if family not in chain]
    if not missing:
        return
    # Qt tries a font's families in order for each character it cannot draw; the
    # substitution covers widgets that name the system family themselves.
    for family in chain:
        QFont.insertSubstitutions(family, missing)
    font.setFamilies([*chain, *missing])
    QApplication.setFont(font)
