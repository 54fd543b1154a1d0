"""Registering the bundled fonts with Qt, so Chinese shows even without system CJK fonts."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from complaintkit import fonts


def register_bundled_fonts() -> list[str]:
    """Add the bundled fonts to the application; returns the font families added."""
    families: list[str] = []
    for key in fonts.FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(fonts.font_path(key)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))
