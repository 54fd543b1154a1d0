"""Registering the bundled fonts with Qt, so Chinese shows even without system CJK fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from complaintkit import fonts


def register_bundled_fonts() -> list[str]:
    """Add the bundled fonts to the application; returns the font families added.

    The CJK font also becomes the fallback of the application's font: on a Windows
    without Chinese fonts, characters the system UI font lacks (Chinese, full-width
    brackets and colons in menus, buttons and the status bar) are drawn with it
    instead of as boxes. Needs a QApplication.
    """
    families: list[str] = []
    fallback: list[str] = []
    for key in fonts.FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(fonts.font_path(key)))
        if font_id >= 0:
            added = QFontDatabase.applicationFontFamilies(font_id)
            families.extend(added)
            if key == fonts.CJK:
                fallback.extend(added)
    _fall_back_to(fallback)
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
