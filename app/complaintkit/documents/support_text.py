"""The support record in words: one sentence for the letter, every figure for the checklist.

The figures come from `knowledge.support_record`; wording from
resources/locales/<lang>/support.toml.
"""

from __future__ import annotations

from datetime import timedelta

from complaintkit.documents.structure import ChecklistLine
from complaintkit.documents.wording import Words
from complaintkit.knowledge.support_record import SupportRecord


def _counted(w: Words, key: str, count: int) -> str:
    return w(f"{key}_one" if count == 1 else f"{key}_many", count=count)


def duration(w: Words, waited: timedelta) -> str:
    """A wait as the reader thinks of it: minutes, hours, or whole days."""
    minutes = int(waited.total_seconds() // 60)
    if minutes < 60:
        return w("duration.minutes", count=max(minutes, 0))
    if minutes < 48 * 60:
        return w("duration.hours", count=minutes // 60)
    days = minutes // (24 * 60)
    return w("duration.day") if days == 1 else w("duration.days", count=days)


def letter_sentence(record: SupportRecord, w: Words) -> str:
    """'Over 23 days I contacted you 7 times through 3 channels; 4 promises ... not kept.'

    `w` reads the support catalog. Empty when the user never contacted the firm.
    """
    if record.from_user == 0:
        return ""
    times = _counted(w, "letter.times", record.from_user)
    channels = _counted(w, "letter.channels", len(record.channels_tried))
    if record.span_days >= 1:
        parts = [w("letter.span_many", days=record.span_days, times=times, channels=channels)]
    else:
        parts = [w("letter.span_same_day", times=times, channels=channels)]
    if record.promises.broken:
        parts.append(_counted(w, "letter.broken", record.promises.broken))
    if record.unanswered:
        parts.append(_counted(w, "letter.unanswered", record.unanswered))
    if record.human == "bot_only":
        parts.append(w("letter.bot_only"))
    return w("letter.separator").join(parts) + w("letter.end")


def checklist_lines(record: SupportRecord, w: Words) -> list[ChecklistLine]:
    """Every figure of the record, each a line the user can check against the log."""
    lines: list[ChecklistLine] = []
    if record.contacts == 0:
        lines.append(ChecklistLine(False, w("checklist.none")))
    else:
        assert record.first_day is not None and record.last_day is not None
        lines.append(
            ChecklistLine(
                True,
                w(
                    "checklist.contacts",
                    count=record.contacts,
                    first=w.date(record.first_day),
                    last=w.date(record.last_day),
                    from_user=record.from_user,
                    from_firm=record.from_firm,
                ),
            )
        )
        for use in record.channels:
            if not use.tried:
                text = w("checklist.channel_firm_only", channel=w.enum(use.channel))
                lines.append(ChecklistLine(True, text))
                continue
            answered = w(
                "checklist.channel_answered" if use.answered else "checklist.channel_not_answered"
            )
            text = w(
                "checklist.channel", channel=w.enum(use.channel), tried=use.tried, answered=answered
            )
            lines.append(ChecklistLine(use.answered, text))
        lines += _wait_lines(record, w)
        if record.promises.made:
            promises = record.promises
            lines.append(
                ChecklistLine(
                    promises.broken == 0,
                    w(
                        "checklist.promises",
                        made=promises.made,
                        kept=promises.kept,
                        broken=promises.broken,
                        open=promises.open,
                    ),
                )
            )
        lines.append(ChecklistLine(record.human == "yes", w(f"checklist.human_{record.human}")))
        if record.bot_contacts:
            lines.append(ChecklistLine(False, w("checklist.bots", count=record.bot_contacts)))
    lines += stage_lines(record, w)
    return lines


def _wait_lines(record: SupportRecord, w: Words) -> list[ChecklistLine]:
    total = len(record.waits)
    if not total:
        return []
    answered = record.answered_waits
    if not answered:
        key = "checklist.waits_none_answered_one" if total == 1 else "checklist.waits_none_answered"
        return [ChecklistLine(False, w(key, total=total))]
    assert record.median_wait is not None and record.longest_wait is not None
    text = w(
        "checklist.waits",
        answered=len(answered),
        total=total,
        median=duration(w, record.median_wait),
        longest=duration(w, record.longest_wait),
    )
    return [ChecklistLine(len(answered) == total, text)]


def stage_lines(record: SupportRecord, w: Words) -> list[ChecklistLine]:
    stage = record.stage
    if stage is None:
        return [ChecklistLine(False, w("checklist.stage_none"))]
    day = w.date(stage.at.astimezone(w.zone).date())
    lines = [ChecklistLine(True, w("checklist.stage", stage=w.enum(stage.stage), date=day))]
    if record.final_response_on is not None:
        final = w.date(record.final_response_on)
        lines.append(ChecklistLine(True, w("checklist.final_response", date=final)))
    if record.remedy_paid_on is not None:
        paid = w.date(record.remedy_paid_on)
        lines.append(ChecklistLine(False, w("checklist.remedy_paid", date=paid)))
    return lines
