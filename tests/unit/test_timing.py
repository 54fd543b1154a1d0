"""The date engine: one set of dates, in the case's own zone, business days where a rule says so."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from complaintkit.demo import build_demo
from complaintkit.domain import SendingRecord, timing


def _sent_case(at: datetime, zone: str = "Asia/Shanghai", days: int = 15):
    case = build_demo("zh_CN").case.model_copy(deep=True)
    case.problem.timezone = zone
    case.remedy.reply_deadline_days = days
    case.sent = SendingRecord(at=at)
    return case


def test_sent_late_utc_evening_counts_from_the_next_day_in_shanghai() -> None:
    case = _sent_case(datetime(2026, 11, 22, 23, 30, tzinfo=UTC))
    assert timing.sent_on(case) == date(2026, 11, 23)
    assert timing.reply_due(case) == date(2026, 12, 8)
    assert timing.follow_up_on(case) == date(2026, 12, 9)


def test_the_letter_keeps_the_date_it_was_sent() -> None:
    case = _sent_case(datetime(2026, 11, 22, 23, 30, tzinfo=UTC))
    later = datetime(2027, 2, 1, tzinfo=UTC)
    assert timing.letter_date(case, later) == date(2026, 11, 23)
    assert timing.letter_reply_due(case, later) == date(2026, 12, 8)
    case.sent = None
    assert timing.letter_date(case, later) == date(2027, 2, 1)


def test_uk_business_days_skip_weekends_and_bank_holidays() -> None:
    wait = timing.Wait(15, "business_days", "GB-ENG")
    # From Friday 11 December 2026: Christmas Day (Fri 25) and Boxing Day observed (Mon 28)
    # and New Year's Day are not business days: the 15th is Wednesday 6 January 2027.
    assert wait.after(date(2026, 12, 11)) == date(2027, 1, 6)
    assert timing.Wait(15).after(date(2026, 12, 11)) == date(2026, 12, 26)
    assert not timing.is_business_day(date(2026, 12, 28), "GB-ENG")
    assert timing.is_business_day(date(2026, 12, 28))  # no calendar named: weekdays only


def test_months_clamp_to_the_end_of_the_month() -> None:
    assert timing.add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert timing.limit_closes(date(2026, 11, 10), 24) == date(2028, 11, 10)


def test_past_is_judged_in_the_case_zone() -> None:
    case = _sent_case(datetime(2026, 11, 22, 23, 30, tzinfo=UTC))
    # 8 December 23:00 in Shanghai is 15:00 UTC: the reply may still come that day.
    assert not timing.is_past(date(2026, 12, 8), case, datetime(2026, 12, 8, 15, tzinfo=UTC))
    assert timing.is_past(date(2026, 12, 8), case, datetime(2026, 12, 8, 16, 30, tzinfo=UTC))
    assert timing.at_time(date(2026, 12, 8), ZoneInfo("Asia/Shanghai")).utcoffset() is not None
