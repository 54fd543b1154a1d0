"""Per-user preferences (language, window geometry, first run) next to the user's data.

Kept as an INI file in the data folder rather than the registry or a plist, so a
backup of that folder keeps them and tests (COMPLAINTKIT_HOME) never touch the real ones.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from complaintkit import paths

LANGUAGES = ("zh_CN", "en")


def keep_qt_settings_in(folder: Path) -> None:
    """Qt's own settings (QFileDialog's last folder, under the organization "QtProject")
    go to `folder` instead of ~/.config/QtProject.conf: the last evidence folder says
    something about the user. On Windows and macOS the native format is the registry
    or a plist, which Qt cannot move; there the native file dialogs are used."""
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))


class Settings:
    def __init__(self) -> None:
        folder = paths.data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        keep_qt_settings_in(folder)
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
