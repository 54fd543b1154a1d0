"""What can go wrong with the user's saved cases, in words they can act on.

Every error carries a `code` (a key in resources/locales/<lang>/store.toml
[errors]) and the values its sentence needs, so the UI shows `message(lang)` and
never a traceback. `str(error)` is the English sentence, for logs and the CLI.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from complaintkit.locales import catalog

# sqlite3 primary result codes (the low byte of an extended code).
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26

_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


class StoreError(Exception):
    """Base of every store error. `message(language)` is the sentence to show."""

    catalog_section = "errors"

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = {key: str(value) for key, value in params.items()}
        super().__init__(self.message("en"))

    def message(self, language: str = "en") -> str:
        errors = catalog(language, "store")[self.catalog_section]
        template = errors.get(self.code, errors["generic"])
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return errors["generic"]


class CaseChangedElsewhere(StoreError):
    """The stored case is newer than the one being saved: another window saved it."""

    def __init__(self, case_id: str) -> None:
        super().__init__("case_changed_elsewhere", case=case_id)


class CaseNotFound(StoreError):
    def __init__(self, case_id: str) -> None:
        self.case_id = case_id
        super().__init__("case_not_found", case=case_id)


class StoreUnavailable(StoreError):
    """The data folder cannot be written now (read-only, full, busy); data is unharmed."""


class StoreCorrupted(StoreError):
    """The database file is damaged. `backups` (newest first) can be restored."""

    def __init__(self, code: str, backups: list[Path], **params: object) -> None:
        self.backups = list(backups)
        super().__init__(code, **params)


class AttachmentMissing(StoreError):
    """An evidence file the case refers to is gone or no longer matches its fingerprint."""


class UnsupportedEvidence(StoreError):
    """A file refused as evidence. Image codes (image_*) share domain.toml's wording."""

    catalog_section = "evidence"

    def message(self, language: str = "en") -> str:
        if self.code.startswith("image_"):
            images = catalog(language, "domain")["errors"]["image"]
            if self.code in images:
                try:
                    return images[self.code].format(**self.params)
                except (KeyError, IndexError):
                    pass
        return super().message(language)


def sqlite_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_corruption(error: sqlite3.Error) -> bool:
    code = sqlite_code(error)
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return True
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


def unavailable_from_sqlite(error: sqlite3.Error, folder: Path) -> StoreUnavailable | None:
    """The StoreUnavailable an SQLite error stands for, or None if it is something else."""
    code = sqlite_code(error)
    text = str(error).lower()
    if code == _SQLITE_FULL or "disk is full" in text:
        return StoreUnavailable("disk_full", folder=folder)
    if code == _SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return StoreUnavailable("read_only", folder=folder)
    if code == _SQLITE_CANTOPEN or "unable to open" in text:
        return StoreUnavailable("cannot_open", folder=folder)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text:
        return StoreUnavailable("busy", folder=folder)
    if code == _SQLITE_IOERR or "disk i/o error" in text:
        return StoreUnavailable("io_error", folder=folder)
    return None


def unavailable_from_os(error: OSError, folder: Path) -> StoreUnavailable:
    if error.errno in _FULL_ERRNOS:
        return StoreUnavailable("disk_full", folder=folder)
    if error.errno in _READ_ONLY_ERRNOS:
        return StoreUnavailable("read_only", folder=folder)
    return StoreUnavailable("io_error", folder=folder)
