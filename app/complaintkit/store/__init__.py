"""The case store: cases in SQLite, evidence files by content, backups. No Qt."""

from complaintkit.store.attachments import AttachmentStore
from complaintkit.store.case_store import CaseStore, CaseSummary
from complaintkit.store.errors import (
    AttachmentMissing,
    CaseChangedElsewhere,
    CaseNotFound,
    StoreCorrupted,
    StoreError,
    StoreUnavailable,
    UnsupportedEvidence,
)

__all__ = [
    "AttachmentMissing",
    "AttachmentStore",
    "CaseChangedElsewhere",
    "CaseNotFound",
    "CaseStore",
    "CaseSummary",
    "StoreCorrupted",
    "StoreError",
    "StoreUnavailable",
    "UnsupportedEvidence",
]
