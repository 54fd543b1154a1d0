"""Per-user preferences (language, window geometry, first run) next to the user's data.

Kept as an INI file in the data folder rather than the registry or a plist, so a
backup of that folder keeps them and tests (COMPLAINTKIT_HOME) never touch the real ones.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from complaintkit import paths

LANGUAGES = ("zh_CN", "en")


class Settings:
    def __init__(self) -> None:
        folder = paths.data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self._qsettings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)

    def language(self, default: str) -> str:
        value = self._qsettings.value("ui/language", default)
        return value if value in LANGUAGES else default

    def set_language(self, language: str) -> None:
        self._qsettings.setValue("ui/language", language)
        self._qsettings.sync()

    def geometry(self) -> QByteArray | None:
        value = self._qsettings.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._qsettings.setValue("ui/geometry", geometry)
        self._qsettings.sync()

    def first_run(self) -> bool:
        return self._qsettings.value("ui/welcomed", "false") != "true"

    def set_welcomed(self) -> None:
        self._qsettings.setValue("ui/welcomed", "true")
        self._qsettings.sync()
