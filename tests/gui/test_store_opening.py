"""A damaged case file at start-up: the user is offered a backup, nothing is destroyed."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from complaintkit.demo import install_demo
from complaintkit.store import CaseStore
from complaintkit.ui.store_opening import open_store


def _damage(home) -> bytes:
    database = home / "cases.sqlite3"
    data = bytearray(database.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    database.write_bytes(bytes(data))
    return bytes(data)


def test_damaged_database_offers_the_backup_and_keeps_the_damaged_file(
    qtbot, complaintkit_home, monkeypatch
) -> None:
    with CaseStore() as store:
        case = install_demo(store, "en")
        store.backup_now()
    damaged = _damage(complaintkit_home)
    asked: list[str] = []

    def answer_yes(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    store = open_store("en")
    assert store is not None
    with store:
        assert store.load(case.id).claimant.full_name == "Daniel Carter"
    assert "damaged" in asked[0] and "Restore the backup from" in asked[0]
    kept = list(complaintkit_home.glob("corrupt-*.sqlite3"))
    assert kept and kept[0].read_bytes() == damaged


def test_declining_recovery_changes_nothing(qtbot, complaintkit_home, monkeypatch) -> None:
    with CaseStore() as store:
        install_demo(store, "en")
        store.backup_now()
    damaged = _damage(complaintkit_home)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    assert open_store("en") is None
    assert (complaintkit_home / "cases.sqlite3").read_bytes() == damaged
