"""Dates and times as people type them, read in the case's own time zone.

Accepted (digits may be full-width, separators `-`, `/` or `.`, the time optional):
  2026-11-20 09:31     2026/11/20 9:31     2026.11.20 9:31pm
  20/11/2026 09:31     (day first, as in the UK, Hong Kong, Singapore, Australia;
                        month first only when the day could not be a month: 11/20/2026)
  20 Nov 2026 09:31    Nov 20, 2026 9:31 am    20 November 2026
  2026年11月20日 09:31  11月20日 09:31 (the year inferred: the latest not in the future)
  11月20日 下午3点05分  2026年11月20日9时31分
What `format_typed` shows reads back through `parse_typed` unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

_TIME = (
    r"(?:(?P<meridiem_before>上午|下午|早上|晚上|中午|凌晨)\s*)?"
    r"(?P<hour>\d{1,2})\s*(?::|时|点)\s*(?P<minute>\d{1,2})?\s*分?"
    r"(?:\s*:\s*(?P<second>\d{1,2})\s*秒?)?"
    r"\s*(?P<meridiem_after>am|pm|a\.m\.|p\.m\.)?"
)
_NUMERIC = re.compile(
    r"^(?P<a>\d{1,4})\s*[-/.]\s*(?P<b>\d{1,2})\s*[-/.]\s*(?P<c>\d{1,4})"
    r"(?:\s*(?:,|t|\s)\s*" + _TIME + r")?$"
)
_CHINESE = re.compile(
    r"^(?:(?P<year>\d{4})\s*年\s*)?(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号]?"
    r"(?:\s*" + _TIME + r")?$"
)
_DAY_MONTH_NAME = re.compile(
    r"^(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[a-z]+)\.?,?\s+(?P<year>\d{4})?"
    r"(?:\s*(?:,|at|\s)\s*" + _TIME + r")?$"
)
_MONTH_NAME_DAY = re.compile(
    r"^(?P<month>[a-z]+)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s*(?P<year>\d{4})?"
    r"(?:\s*(?:,|at|\s)\s*" + _TIME + r")?$"
)


class TypedDateError(ValueError):
    """The text is not a date and time we can read; `reason` says which part."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # "format", "date" (no such day) or "time"

    def message(self, language: str) -> str:
        """What to show under the field, in the user's language."""
        from complaintkit.locales import lookup

        return str(lookup(language, "domain", f"errors.typed_date_{self.reason}"))


def _normalise(text: str) -> str:
    # Full-width digits and punctuation (２０２６／１１／２０ ９：３１) become ASCII.
    text = unicodedata.normalize("NFKC", text).strip().lower()
    return re.sub(r"\s+", " ", text)


def _hour(match: re.Match[str]) -> tuple[int, int, int]:
    if match.group("hour") is None:
        return 0, 0, 0
    hour = int(match.group("hour"))
    minute = int(match.group("minute") or 0)
    second = int(match.group("second") or 0)
    before = match.group("meridiem_before") or ""
    after = (match.group("meridiem_after") or "").replace(".", "")
    if after or before:
        afternoon = after == "pm" or before in ("下午", "晚上") or (before == "中午" and hour < 11)
        if not 1 <= hour <= 12 and after:
            raise TypedDateError("time")
        if afternoon and hour < 12:
            hour += 12
        elif (after == "am" or before in ("上午", "早上", "凌晨")) and hour == 12:
            hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59):
        raise TypedDateError("time")
    return hour, minute, second


def _year_for(month: int, day: int, now: datetime) -> int:
    """The latest year in which month/day is not after tomorrow: a complaint's dates
    are in the past, or very near."""
    year = now.year
    try:
        if date(year, month, day) > now.date() + timedelta(days=1):
            year -= 1
    except ValueError:
        raise TypedDateError("date") from None
    return year


def _day_first(first: int, second: int) -> tuple[int, int]:
    """(day, month) from a numeric d/m or m/d pair."""
    if first > 12 >= second:
        return first, second
    if second > 12 >= first:
        return second, first  # 11/20/2026: only a month can come first
    return first, second  # ambiguous: day first, as the UK and Asia-Pacific write it


def _fields(text: str, now: datetime) -> tuple[int, int, int, int, int, int]:
    if match := _NUMERIC.match(text):
        a, b, c = match.group("a"), match.group("b"), match.group("c")
        if len(a) == 4:
            year, month, day = int(a), int(b), int(c)
        elif len(c) == 4:
            day, month = _day_first(int(a), int(b))
            year = int(c)
        else:
            raise TypedDateError("format")
        return (year, month, day, *_hour(match))
    if match := _CHINESE.match(text):
        month, day = int(match.group("month")), int(match.group("day"))
        year = int(match.group("year")) if match.group("year") else _year_for(month, day, now)
        return (year, month, day, *_hour(match))
    for pattern in (_DAY_MONTH_NAME, _MONTH_NAME_DAY):
        if (match := pattern.match(text)) and match.group("month") in MONTHS:
            month, day = MONTHS[match.group("month")], int(match.group("day"))
            year = int(match.group("year")) if match.group("year") else _year_for(month, day, now)
            return (year, month, day, *_hour(match))
    raise TypedDateError("format")


def parse_typed(text: str, zone: str, now: datetime) -> datetime | None:
    """The moment `text` names in `zone`; None for empty text; TypedDateError otherwise.
    `now` (aware) settles a missing year."""
    text = _normalise(text)
    if not text:
        return None
    local_now = now.astimezone(ZoneInfo(zone))
    year, month, day, hour, minute, second = _fields(text, local_now)
    if not 1900 <= year <= 2999:
        raise TypedDateError("date")
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=ZoneInfo(zone))
    except ValueError:
        raise TypedDateError("date") from None


def format_typed(moment: datetime | None, zone: str, language: str) -> str:
    """How a field shows a moment, in the UI language; reads back through parse_typed."""
    if moment is None:
        return ""
    local = moment.astimezone(ZoneInfo(zone))
    time = f"{local.hour:02d}:{local.minute:02d}"
    if local.second:
        time += f":{local.second:02d}"
    if language.startswith("zh"):
        return f"{local.year}年{local.month}月{local.day}日 {time}"
    return f"{local.day} {_SHORT_MONTHS[local.month - 1]} {local.year} {time}"
