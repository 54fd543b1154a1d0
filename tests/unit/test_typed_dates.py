"""Dates and times typed the way people write them, in the case's own zone."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from complaintkit.domain.typed_dates import TypedDateError, format_typed, parse_typed

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
SHANGHAI = "Asia/Shanghai"


def at(*parts: int, zone: str = SHANGHAI) -> datetime:
    return datetime(*parts, tzinfo=ZoneInfo(zone))


@pytest.mark.parametrize(
    "typed",
    [
        "2026-11-20 09:31",
        "2026/11/20 9:31",
        "2026.11.20 9:31",
        "2026-11-20T09:31",
        "20/11/2026 09:31",
        "20/11/2026, 9:31 am",
        "20 Nov 2026 09:31",
        "20 November 2026 at 9:31",
        "Nov 20, 2026 9:31am",
        "2026年11月20日 09:31",
        "11月20日 09:31",
        "11月20日9点31分",
        "上午9:31".join(["11月20日 ", ""]),
        "２０２６－１１－２０　０９：３１",
        "  2026-11-20   09:31  ",
    ],
)
def test_common_ways_of_typing_the_same_moment(typed: str) -> None:
    assert parse_typed(typed, SHANGHAI, NOW) == at(2026, 11, 20, 9, 31)


def test_afternoon_and_midnight() -> None:
    assert parse_typed("20/11/2026 9:31pm", SHANGHAI, NOW) == at(2026, 11, 20, 21, 31)
    assert parse_typed("11月20日 下午3点05分", SHANGHAI, NOW) == at(2026, 11, 20, 15, 5)
    assert parse_typed("20 Nov 2026 12:10 am", SHANGHAI, NOW) == at(2026, 11, 20, 0, 10)


def test_a_date_alone_is_the_start_of_that_day() -> None:
    assert parse_typed("2026-11-20", SHANGHAI, NOW) == at(2026, 11, 20, 0, 0)


def test_month_first_only_when_the_day_cannot_be_a_month() -> None:
    assert parse_typed("11/20/2026 09:31", SHANGHAI, NOW) == at(2026, 11, 20, 9, 31)
    assert parse_typed("03/04/2026 10:00", SHANGHAI, NOW) == at(2026, 4, 3, 10, 0)


def test_a_missing_year_is_the_latest_that_is_not_in_the_future() -> None:
    assert parse_typed("11月20日 09:31", SHANGHAI, NOW).year == 2026
    assert parse_typed("12月25日 09:31", SHANGHAI, NOW).year == 2025
    assert parse_typed("12月2日 09:31", SHANGHAI, NOW).year == 2026  # tomorrow is allowed


def test_the_time_is_read_in_the_cases_zone() -> None:
    london = parse_typed("2026-07-01 09:00", "Europe/London", NOW)
    assert london.astimezone(UTC) == datetime(2026, 7, 1, 8, 0, tzinfo=UTC)


def test_empty_is_no_date() -> None:
    assert parse_typed("   ", SHANGHAI, NOW) is None


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("yesterday", "format"),
        ("0261120 09:31", "format"),
        ("2026-02-30 09:00", "date"),
        ("2026-13-01 09:00", "date"),
        ("2026-11-20 25:00", "time"),
        ("2026-11-20 09:61", "time"),
        ("20/11/26 09:31", "format"),
    ],
)
def test_what_cannot_be_read_says_why(typed: str, reason: str) -> None:
    with pytest.raises(TypedDateError) as raised:
        parse_typed(typed, SHANGHAI, NOW)
    assert raised.value.reason == reason


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_what_is_shown_reads_back_unchanged(language: str) -> None:
    moment = at(2026, 11, 20, 9, 31)
    shown = format_typed(moment, SHANGHAI, language)
    assert parse_typed(shown, SHANGHAI, NOW) == moment
    assert shown == {"en": "20 Nov 2026 09:31", "zh_CN": "2026年11月20日 09:31"}[language]
