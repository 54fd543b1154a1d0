"""Recording that the complaint went out: how, when, to whom; the case now awaits a reply."""

from __future__ import annotations

from datetime import datetime

from complaintkit.domain import Case, CaseStatus, SendingRecord, SendMethod, timing


def record_sending(
    case: Case, method: SendMethod, at: datetime, to: str = "", note: str = "", files: str = ""
) -> datetime:
    """Mark the case as sent (`files`: the generated set's folder) and awaiting a reply;
    returns the reply deadline."""
    case.sent = SendingRecord(at=at, method=method, to=to, note=note, files=files)
    case.status = CaseStatus.AWAITING_REPLY
    due = timing.reply_due(case)
    assert due is not None  # just recorded as sent
    # The due date's morning in the case's zone (the date engine's date, whatever the
    # computer's zone): callers show its date.
    return timing.at_time(due, timing.case_zone(case))
