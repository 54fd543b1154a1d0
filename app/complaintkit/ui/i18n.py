"""Switching the UI language at run time with Qt Linguist translations.

The sources are `resources/translations/complaintkit_<lang>.ts` (committed); the
compiled `.qm` files are built, never committed: by the PyInstaller build, or on
first use from a source checkout into the data folder with the `lrelease` that
ships in the PySide6 wheel.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from complaintkit import paths

SOURCE_LANGUAGE = "en"


def system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def _lrelease() -> str | None:
    import shutil

    import PySide6

    bundled = Path(PySide6.__file__).parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    if bundled.exists():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_translation(language: str, name: str = "complaintkit") -> Path | None:
    """The .qm for `language`: shipped next to the .ts (frozen app) or compiled on demand.
    `name` "qtextra" is our supplement to Qt's own translation of its dialogs."""
    folder = paths.resources_dir() / "translations"
    shipped = folder / f"{name}_{language}.qm"
    source = folder / f"{name}_{language}.ts"
    if shipped.exists() and (
        not source.exists() or shipped.stat().st_mtime >= source.stat().st_mtime
    ):
        return shipped
    if not source.exists():
        return None
    cache = paths.data_dir() / "translations"
    compiled = cache / shipped.name
    if compiled.exists() and compiled.stat().st_mtime >= source.stat().st_mtime:
        return compiled
    tool = _lrelease()
    if tool is None:
        return None
    import subprocess

    cache.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [tool, "-silent", str(source), "-qm", str(compiled)], capture_output=True, check=False
    )
    return compiled if result.returncode == 0 and compiled.exists() else None


class Translations:
    """Holds the installed translators; `use(language)` swaps them."""

    def __init__(self) -> None:
        self.language = SOURCE_LANGUAGE
        self._installed: list[QTranslator] = []

    def use(self, language: str) -> bool:
        """Install `language`; returns False (and stays in English) if it cannot be loaded."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.language = language
        if language == SOURCE_LANGUAGE:
            return True
        ours = QTranslator()
        qm = compiled_translation(language)
        if qm is None or not ours.load(str(qm)):
            self.language = SOURCE_LANGUAGE
            return False
        self._installed.append(ours)
        # Qt's own strings (standard buttons, dialogs) in the same language.
        qt_own = QTranslator()
        if qt_own.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            self._installed.append(qt_own)
        # What Qt's translation leaves in English ("Look in:", "Files of type:"). Installed
        # last, so it is asked first.
        extra, extra_qm = QTranslator(), compiled_translation(language, "qtextra")
        if extra_qm is not None and extra.load(str(extra_qm)):
            self._installed.append(extra)
        for translator in self._installed:
            app.installTranslator(translator)
        return True
