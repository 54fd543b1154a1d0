"""Opening the case store at start-up, offering recovery when the file is damaged.

A damaged database is never overwritten: the user is told what happened and
offered the newest backup; the damaged file is kept aside by the store.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import QMessageBox, QWidget

from complaintkit.store import CaseStore, StoreCorrupted, StoreError, StoreUnavailable


def _backup_time(backup: Path) -> str:
    moment = QDateTime.fromSecsSinceEpoch(int(backup.stat().st_mtime))
    return moment.toString("yyyy-MM-dd HH:mm")


def open_store(language: str, parent: QWidget | None = None) -> CaseStore | None:
    """The opened store, or None when the user could not be helped (they were told why)."""
    try:
        return CaseStore()
    except StoreCorrupted as error:
        return _offer_recovery(error, language, parent)
    except StoreError as error:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("StoreOpening", "Complaint Kit"),
            error.message(language),
        )
        return None


def _offer_recovery(
    error: StoreCorrupted, language: str, parent: QWidget | None
) -> CaseStore | None:
    for backup in error.backups:
        question = (
            error.message(language)
            + "\n\n"
            + QCoreApplication.translate(
                "StoreOpening", "Restore the backup from %1? Changes made after it will be missing."
            ).replace("%1", _backup_time(backup))
        )
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("StoreOpening", "Complaint Kit"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            return CaseStore.recover(None, backup)
        except StoreCorrupted as again:
            error = again  # that backup is damaged too: offer the next one
        except StoreError as failure:
            QMessageBox.critical(
                parent,
                QCoreApplication.translate("StoreOpening", "Complaint Kit"),
                failure.message(language),
            )
            return None
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("StoreOpening", "Complaint Kit"),
        error.message(language)
        + "\n\n"
        + QCoreApplication.translate("StoreOpening", "No usable backup was found."),
    )
    return None


def tell_read_only(store: CaseStore, language: str, parent: QWidget | None = None) -> None:
    """The data folder cannot be written: say so once, and what still works."""
    QMessageBox.information(
        parent,
        QCoreApplication.translate("StoreOpening", "Complaint Kit"),
        StoreUnavailable("read_only", folder=store.root).message(language)
        + "\n\n"
        + QCoreApplication.translate(
            "StoreOpening",
            "Your cases are open read-only: you can read, export and print them, but"
            " changes will not be saved until the folder can be written again.",
        ),
    )
