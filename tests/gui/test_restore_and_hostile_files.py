"""File › Restore from backup…, a zero-length case file at start, a deeply nested bundle."""

from __future__ import annotations

import hashlib
import json
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from complaintkit.domain import Case
from complaintkit.store import CaseStore
from complaintkit.ui.restore_dialog import RestoreDialog
from complaintkit.ui.store_opening import open_store


def _when_modal(qtbot, act) -> None:
    """Run `act(dialog)` on the modal dialog as soon as it is shown."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RestoreDialog):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_restore_from_backup_previews_then_replaces_and_keeps_the_current_file(
    qtbot, window, store: CaseStore, complaintkit_home: Path, monkeypatch
) -> None:
    store.create(Case(title="Withdrawal stuck"))
    store.backup_now()
    store.create(Case(title="Order not filled"))
    store.backup_now()
    store.create(Case(title="Typed after the last backup"))
    shown = window("en")
    assert shown.cases.rowCount() == 3
    questions: list[str] = []
    told: list[str] = []

    def yes(_parent, _title, text, *_args):
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    seen: dict[str, object] = {}

    def choose_the_older_one(dialog: RestoreDialog) -> None:
        seen["rows"] = [dialog.list.item(row).text() for row in range(dialog.list.count())]
        dialog.list.setCurrentRow(1)
        seen["summary"] = dialog.summary.text()
        seen["preview"] = [dialog.preview.item(r).text() for r in range(dialog.preview.count())]
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    _when_modal(qtbot, choose_the_older_one)
    shown.restore_action.trigger()

    assert len(seen["rows"]) == 2
    assert "2 case(s)" in seen["rows"][0] and "made by you" in seen["rows"][0]
    assert "1 case(s)" in seen["rows"][1]
    assert "It holds 1 case" in seen["summary"]
    assert seen["preview"] == ["Withdrawal stuck"]
    assert "Replace your current cases with the backup from" in questions[0]
    assert [shown.cases.item(row, 0).text() for row in range(shown.cases.rowCount())] == [
        "Withdrawal stuck"
    ]
    [kept] = complaintkit_home.glob("before-restore-*.sqlite3")
    assert str(kept) in told[0]


def test_a_zero_length_case_file_at_start_offers_the_backup(
    qtbot, complaintkit_home: Path, monkeypatch
) -> None:
    with CaseStore() as store:
        case = store.create(Case(title="Kept by the backup"))
        store.backup_now()
    (complaintkit_home / "cases.sqlite3").write_bytes(b"")
    asked: list[str] = []

    def yes(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    opened = open_store("en")
    assert opened is not None
    with opened:
        assert opened.load(case.id).title == "Kept by the backup"
    assert "empty (0 bytes)" in asked[0] and "Restore the backup from" in asked[0]


def test_a_deeply_nested_bundle_is_refused_and_the_window_stays(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    case = ('{"title": ' + "[" * 200_000 + "]" * 200_000 + "}").encode()
    manifest = {
        "format": "complaintkit-bundle",
        "version": 1,
        "files": {"case.json": {"sha256": hashlib.sha256(case).hexdigest(), "size": len(case)}},
    }
    bundle = tmp_path / "deep.complaintkit"
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("case.json", case)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    shown = window("en")
    shown.import_bundle_file(str(bundle))
    assert warned and "cannot be read" in warned[0]
    assert shown.isVisible() and shown.cases.rowCount() == 0


def test_qt_keeps_its_own_settings_in_our_data_folder(qtbot, complaintkit_home: Path) -> None:
    """QFileDialog remembers the last folder in QSettings(UserScope, "QtProject")."""
    from PySide6.QtCore import QSettings

    from complaintkit.ui.settings import Settings

    if not sys.platform.startswith("linux"):
        pytest.skip("Windows and macOS keep Qt's native settings in the registry / a plist")
    Settings()
    remembered = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert Path(remembered.fileName()).parent == complaintkit_home


def test_a_read_only_data_folder_opens_read_only_and_says_so(
    qtbot, complaintkit_home: Path, monkeypatch
) -> None:
    from complaintkit.demo import install_demo
    from complaintkit.ui.main_window import MainWindow
    from complaintkit.ui.store_opening import tell_read_only
    from tests.unit.test_store_recovery import _read_only

    with CaseStore() as store:
        case = install_demo(store, "en")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: told.append(text))
    with _read_only(complaintkit_home):
        opened = open_store("en")
        assert opened is not None and opened.read_only
        shown = MainWindow(opened, "en")
        qtbot.addWidget(shown)
        tell_read_only(opened, "en", shown)
        assert "open read-only" in told[-1] and "export and print" in told[-1]
        assert shown.cases.rowCount() == 1
        shown.open_case(case.id)
        assert shown.editor.case.title == case.title
        shown.editor.runner.wait(20_000)
        opened.close()
