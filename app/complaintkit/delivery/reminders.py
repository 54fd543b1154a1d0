"""Follow-up reminders as an iCalendar file (RFC 5545) the user opens in their calendar.

One all-day-free, timed event per date that matters: the firm's reply deadline
and every promise the firm made with a due date. Each has an alarm a day before
and a UID derived from the case, so importing the file again updates the events
instead of duplicating them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone

from complaintkit.domain import Case, timing, utc_now
from complaintkit.locales import lookup
from complaintkit.store.files import write_atomically


def _text(language: str, key: str, **params: object) -> str:
    return str(lookup(language, "delivery", f"calendar.{key}")).format(**params)


def reply_due(case: Case) -> datetime | None:
    """The reply due date (the date engine's) as a morning event in the case's zone."""
    due = timing.reply_due(case)
    return timing.at_time(due, timing.case_zone(case)) if due is not None else None


def _event(uid: str, start: datetime, summary: str, description: str, zone: ZoneInfo) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", utc_now())
    local = start.astimezone(zone)
    event.add("dtstart", local)
    event.add("dtend", local + timedelta(minutes=30))
    event.add("summary", summary)
    event.add("description", description)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", timedelta(days=-1))
    event.add_component(alarm)
    return event


def _timezone(zone: ZoneInfo, moments: list[datetime]) -> Timezone:
    """The zone's VTIMEZONE for the years around the events, one change per RDATE line.

    Thunderbird reads only the first date of a multi-date RDATE (icalendar writes
    them that way), which put every event after the first change an hour off. One
    date per line, which RFC 5545 equally allows, reads the same in every client.
    """
    years = [moment.astimezone(zone).year for moment in moments]
    component = Timezone.from_tzinfo(
        zone, first_date=date(min(years) - 1, 1, 1), last_date=date(max(years) + 2, 1, 1)
    )
    for observance in component.subcomponents:
        rdates = observance.pop("RDATE", [])  # one vDDDLists, or a list of them
        for value in rdates if isinstance(rdates, list) else [rdates]:
            for moment in value.dts:
                observance.add("rdate", moment.dt)
    return component


def build_calendar(case: Case, language: str) -> Calendar:
    zone = ZoneInfo(case.problem.timezone)
    calendar = Calendar()
    calendar.add("prodid", "-//Complaint Kit//complaintkit//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _text(language, "name", reference=case.reference))
    platform = case.platform.name
    due = reply_due(case)
    # Once the firm's final response is recorded there is no reply left to wait for.
    if due is not None and timing.final_response_on(case) is None:
        calendar.add_component(
            _event(
                f"{case.id}-reply@complaintkit",
                due,
                _text(language, "reply_summary", platform=platform),
                _text(language, "reply_description", reference=case.reference),
                zone,
            )
        )
    for contact in case.contacts:
        for index, promise in enumerate(contact.promises):
            if promise.due is None or promise.kept is True:
                continue
            calendar.add_component(
                _event(
                    f"{case.id}-{contact.id}-{index}@complaintkit",
                    promise.due,
                    _text(language, "promise_summary", platform=platform, promise=promise.text),
                    _text(
                        language,
                        "promise_description",
                        agent=contact.agent or "-",
                        reference=contact.reference or "-",
                    ),
                    zone,
                )
            )
    starts = [event.DTSTART for event in calendar.walk("VEVENT")]
    if starts:  # first, before the events that refer to it, as clients expect
        calendar.subcomponents.insert(0, _timezone(zone, starts))
    return calendar


def write_calendar(case: Case, language: str, target: Path) -> Path:
    # 0600: the reminders name the firm and the complaint (store.files: atomic write).
    write_atomically(target, build_calendar(case, language).to_ical())
    return target
