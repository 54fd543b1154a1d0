"""The one date engine: every date a document, the case list or a calendar shows.

Rules count calendar dates in the case's own time zone (`Problem.timezone`, the
zone the user lives the complaint in), never in UTC and never in the computer's
zone: a complaint sent at 23:30 UTC from Shanghai was sent on the next day there.

- the letter's date: the day it was sent once it was sent (re-rendering a sent
  case never re-dates it), otherwise today;
- the reply the letter asks for: the letter's date + `reply_deadline_days`;
- when a scheme opens: the complaint's date + the scheme's wait (`Wait`), in
  calendar days or in business days of a holiday calendar;
- when a time limit closes: a start date + months (`add_months`);
- follow-up dates: the day after the reply was due.

Callers pass the rule's numbers in (the knowledge layer reads them from
resources/data); this module knows arithmetic and zones, not schemes.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Literal
from zoneinfo import ZoneInfo

from complaintkit.domain.enums import FirmStage
from complaintkit.domain.models import Case

DayUnit = Literal["days", "business_days"]

# When a calendar event or a "due" moment needs a time of day on a due date.
REMINDER_TIME = time(9, 0)


# -- zones -------------------------------------------------------------------------


def case_zone(case: Case) -> ZoneInfo:
    return ZoneInfo(case.problem.timezone)


def local_day(moment: datetime, zone: ZoneInfo) -> date:
    """The calendar date of `moment` in `zone` (a timezone-aware datetime)."""
    return moment.astimezone(zone).date()


def today(case: Case, now: datetime) -> date:
    return local_day(now, case_zone(case))


def at_time(day: date, zone: ZoneInfo, at: time = REMINDER_TIME) -> datetime:
    """A moment on `day` in `zone` (e.g. for a calendar event on a due date)."""
    return datetime.combine(day, at, tzinfo=zone)


# -- arithmetic --------------------------------------------------------------------


def add_days(day: date, days: int) -> date:
    return day + timedelta(days=days)


def add_months(day: date, months: int) -> date:
    """Same day of the month `months` later, clamped to the month's last day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@cache
def _holiday_calendar(key: str, year: int) -> frozenset[date]:
    """Public holidays of `key` ("GB-ENG": country, then optional subdivision) in `year`."""
    import holidays  # loaded on first use: only business-day rules need it

    country, _, subdivision = key.partition("-")
    found = holidays.country_holidays(country, subdiv=subdivision or None, years=year)
    return frozenset(found)


def is_business_day(day: date, holiday_calendar: str = "") -> bool:
    """Monday to Friday and not a public holiday of `holiday_calendar` (if one is named)."""
    if day.weekday() >= 5:
        return False
    return not holiday_calendar or day not in _holiday_calendar(holiday_calendar, day.year)


def add_business_days(day: date, days: int, holiday_calendar: str = "") -> date:
    """The `days`-th business day after `day` (the day itself does not count)."""
    current, counted = day, 0
    while counted < days:
        current += timedelta(days=1)
        if is_business_day(current, holiday_calendar):
            counted += 1
    return current


@dataclass(frozen=True)
class Wait:
    """How long a firm has before a scheme opens (or a rule's period runs out)."""

    amount: int
    unit: DayUnit = "days"
    # For business days: the public-holiday calendar, e.g. "GB-ENG" (England and Wales).
    holiday_calendar: str = ""

    def after(self, start: date) -> date:
        """The first day on which the wait is over, counted from `start`."""
        if self.unit == "business_days":
            return add_business_days(start, self.amount, self.holiday_calendar)
        return add_days(start, self.amount)


def limit_closes(start: date, months: int) -> date:
    """The last day of a time limit of `months` counted from `start`."""
    return add_months(start, months)


# -- the complaint and its reply ---------------------------------------------------


def sent_on(case: Case) -> date | None:
    """The day the complaint was sent, in the case's zone."""
    return local_day(case.sent.at, case_zone(case)) if case.sent is not None else None


def letter_date(case: Case, now: datetime) -> date:
    """The date the complaint letter carries: the day it was sent, else today."""
    return sent_on(case) or today(case, now)


def reply_due_from(case: Case, day: date) -> date:
    """The reply date a letter dated `day` asks for (calendar days, as the letter says)."""
    return add_days(day, case.remedy.reply_deadline_days)


def reply_due(case: Case) -> date | None:
    """The reply date of the complaint that was sent; None while it has not been sent."""
    sent = sent_on(case)
    return reply_due_from(case, sent) if sent is not None else None


def letter_reply_due(case: Case, now: datetime) -> date:
    """The reply date printed in the letter (the sent letter's, else a letter dated today)."""
    return reply_due_from(case, letter_date(case, now))


def follow_up_on(case: Case) -> date | None:
    """The day to chase the firm if no reply came: the day after the reply was due.

    None once the firm's final response is recorded: there is nothing left to chase,
    and the scheme dates count from the final response instead.
    """
    due = reply_due(case)
    if due is None or final_response_on(case) is not None:
        return None
    return add_days(due, 1)


# -- the firm's handling stages (issue 20) -------------------------------------------


def stage_reached(case: Case, stage: FirmStage) -> datetime | None:
    """When the firm first reached `stage`, as the user recorded it (None: not recorded)."""
    return min((record.at for record in case.firm_stages if record.stage is stage), default=None)


def stage_on(case: Case, stage: FirmStage) -> date | None:
    """The day, in the case's zone, the firm first reached `stage`."""
    moment = stage_reached(case, stage)
    return local_day(moment, case_zone(case)) if moment is not None else None


def final_response_on(case: Case) -> date | None:
    """The day of the firm's final response: scheme waits end and time limits start there."""
    return stage_on(case, FirmStage.FINAL_RESPONSE)


def is_past(day: date, case: Case, now: datetime) -> bool:
    """`day` has ended in the case's zone (a reply due on `day` may still come that day)."""
    return today(case, now) > day


# -- payment-route recovery (the scam track) ----------------------------------------


def chargeback_closes(
    transaction_day: date, dispute_days: int, max_days: int, service_due: date | None = None
) -> date:
    """The last day a card scheme lets the issuer raise a dispute for a payment.

    `dispute_days` calendar days after the transaction, or after the day the service
    was due when that is later, but never more than `max_days` after the transaction
    (the schemes' rule for services paid for in advance).
    """
    start = transaction_day if service_due is None else max(transaction_day, service_due)
    return min(add_days(start, dispute_days), add_days(transaction_day, max_days))


def reimbursement_claim_closes(last_payment_day: date, months: int) -> date:
    """The last day to claim reimbursement counted in months from the last payment."""
    return add_months(last_payment_day, months)
