"""Recording that the complaint went out: how, when, to whom; the case now awaits a reply."""

from __future__ import annotations

from datetime import datetime, timedelta

from complaintkit.domain import Case, CaseStatus, SendingRecord, SendMethod


def record_sending(
    case: Case, method: SendMethod, at: datetime, to: str = "", note: str = ""
) -> datetime:
    """Mark the case as sent and awaiting a reply; returns the reply deadline."""
    case.sent = SendingRecord(at=at, method=method, to=to, note=note)
    case.status = CaseStatus.AWAITING_REPLY
    return at + timedelta(days=case.remedy.reply_deadline_days)
