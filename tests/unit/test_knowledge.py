"""Escalation data: sourced rows, both languages, dates of the plan, and that the
bodies reach the letter and the checklist for every jurisdiction."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from complaintkit.demo import DEMO_NOW, build_demo
from complaintkit.documents.checklist import checklist_sections
from complaintkit.documents.letter import compose_letter
from complaintkit.documents.render_text import render_text
from complaintkit.domain import Case
from complaintkit.domain.enums import ContactChannel, Direction, PlatformKind
from complaintkit.domain.models import ContactEvent, SendingRecord
from complaintkit.knowledge import bodies_for_case, jurisdictions, load_escalation_data
from complaintkit.knowledge.advice import platform_advice
from complaintkit.knowledge.bodies import data_path
from complaintkit.knowledge.plan import add_months, escalation_plan
from tests.strategies import cases

KEYS = ["CN", "HK", "SG", "UK", "US", "EU", "AU", "OFFSHORE"]
# A platform kind every shipped jurisdiction has a body for.
KIND = PlatformKind.SECURITIES_BROKER


def test_every_row_has_an_official_source_and_a_last_checked_date() -> None:
    data = load_escalation_data()
    assert list(data.jurisdictions) == KEYS
    for body in data.body:
        assert body.source.startswith(("https://", "http://")), body.id
        assert body.last_checked <= date.today(), body.id
        assert body.name("en") != body.name("zh_CN"), body.id
        assert body.note("en") and body.note("zh_CN"), body.id


@pytest.mark.parametrize("drop", ["source = ", "last_checked = "])
def test_a_row_without_source_or_date_is_refused(tmp_path: Path, drop: str) -> None:
    text = data_path().read_text(encoding="utf-8")
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith(drop))
    del lines[first]
    broken = tmp_path / "bodies.toml"
    broken.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ValidationError) as error:
        load_escalation_data(broken)
    assert drop.split()[0] in str(error.value)


def test_an_unknown_key_in_a_row_is_refused(tmp_path: Path) -> None:
    text = (
        data_path()
        .read_text(encoding="utf-8")
        .replace('role = "hotline"', 'role = "hotline"\nphone_guess = "123"', 1)
    )
    broken = tmp_path / "bodies.toml"
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(ValidationError):
        load_escalation_data(broken)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_jurisdictions_are_listed_in_the_users_language(language: str) -> None:
    listed = jurisdictions(language)
    assert [key for key, _ in listed] == KEYS
    assert all(label.strip() for _, label in listed)
    other = dict(jurisdictions("en" if language == "zh_CN" else "zh_CN"))
    assert all(label != other[key] for key, label in listed)


def _case_in(key: str, language: str) -> Case:
    case = build_demo(language).case
    case.platform.jurisdiction = key
    case.platform.kind = KIND
    case.escalation_body = ""
    return case


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("key", KEYS)
def test_each_jurisdictions_body_reaches_the_letter_and_the_checklist(
    key: str, language: str
) -> None:
    case = _case_in(key, language)
    bodies = bodies_for_case(case)
    assert bodies, key
    letter = render_text(compose_letter(case, language, DEMO_NOW))
    if not bodies[0].takes_complaints:
        # A warning list or a pointer is checked, not complained to: no placeholder name.
        assert bodies[0].name(language) not in letter
    else:
        assert bodies[0].in_sentence(language) in letter
    lines = [
        line.text + line.detail
        for section in checklist_sections(case, language, DEMO_NOW)
        for line in section.lines
    ]
    for body in bodies:
        assert any(body.name(language) in line for line in lines), body.id
        assert any(body.source in line for line in lines), body.id


def test_a_chosen_body_is_named_in_the_letter_instead_of_the_suggestion() -> None:
    case = _case_in("HK", "en")
    case.escalation_body = "hk_sfc"
    letter = render_text(compose_letter(case, "en", DEMO_NOW))
    assert "Securities and Futures Commission" in letter


def _sent(case: Case, at: datetime) -> Case:
    case.sent = SendingRecord(at=at)
    return case


def _step(case: Case, now: datetime, body_id: str):
    return next(step for step in escalation_plan(case, now) if step.body.id == body_id)


def _day(moment: datetime, case: Case) -> date:
    from zoneinfo import ZoneInfo

    return moment.astimezone(ZoneInfo(case.problem.timezone)).date()


def test_uk_ombudsman_opens_eight_weeks_after_the_written_complaint() -> None:
    case = _case_in("UK", "en")
    sent = DEMO_NOW - timedelta(days=10)
    _sent(case, sent)
    case.contacts = [c for c in case.contacts if c.at < sent]
    step = _step(case, DEMO_NOW, "uk_fos")
    expected = _day(sent, case) + timedelta(days=56)
    assert step.available_from == expected
    assert not step.ready
    codes = {item.code: item for item in step.prerequisites}
    assert codes["written_complaint"].met is True
    assert codes["waiting_period"].met is False and codes["waiting_period"].on == expected
    later = _step(case, DEMO_NOW + timedelta(days=60), "uk_fos")
    assert later.ready


def test_payment_firms_wait_is_shorter_for_the_uk_ombudsman() -> None:
    case = _case_in("UK", "en")
    case.platform.kind = PlatformKind.BANK_PAYMENT
    _sent(case, DEMO_NOW)
    step = _step(case, DEMO_NOW, "uk_fos")
    # 15 business days (England and Wales bank holidays), not 15 calendar days.
    from complaintkit.domain.timing import add_business_days

    sent = _day(DEMO_NOW, case)
    assert step.available_from == add_business_days(sent, 15, "GB-ENG")
    assert step.available_from == date(2026, 12, 8)  # sent Tuesday 17 November 2026


def test_a_written_reply_before_the_wait_is_over_starts_the_six_month_limit() -> None:
    case = _case_in("UK", "en")
    sent = DEMO_NOW - timedelta(days=30)
    reply = DEMO_NOW - timedelta(days=20)
    _sent(case, sent)
    case.contacts = [
        ContactEvent(at=reply, channel=ContactChannel.EMAIL, direction=Direction.FROM_FIRM)
    ]
    step = _step(case, DEMO_NOW, "uk_fos")
    reply_day = _day(reply, case)
    assert step.available_from == reply_day
    assert step.refer_by == add_months(reply_day, 6)
    assert step.ready
    # Seven months later the time limit has passed.
    late = _step(case, reply + timedelta(days=215), "uk_fos")
    assert not late.ready


def test_hong_kong_mediation_waits_sixty_days_and_counts_24_months_from_the_loss() -> None:
    case = _case_in("HK", "zh_CN")
    _sent(case, DEMO_NOW)
    step = _step(case, DEMO_NOW, "hk_fdrc")
    assert step.available_from == _day(DEMO_NOW, case) + timedelta(days=60)
    started = _day(case.problem.started_at, case)
    assert step.refer_by == add_months(started, 24)
    too_late = _step(case, case.problem.started_at + timedelta(days=800), "hk_fdrc")
    limit = next(i for i in too_late.prerequisites if i.code == "within_limit_knowledge")
    assert limit.met is False


def test_before_sending_the_plan_says_the_wait_has_not_started() -> None:
    case = _case_in("UK", "en")
    case.sent = None
    step = _step(case, DEMO_NOW, "uk_fos")
    assert step.available_from is None and not step.ready


def test_months_are_added_on_the_calendar() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 23), 6) == date(2027, 5, 23)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_platform_kind_advice(language: str) -> None:
    binary = platform_advice(PlatformKind.BINARY_OPTIONS, "OFFSHORE", language)
    crypto = platform_advice(PlatformKind.CRYPTO_EXCHANGE, "HK", language)
    broker = platform_advice(PlatformKind.SECURITIES_BROKER, "UK", language)
    assert len(binary) == 4 and len(crypto) == 2 and broker == []
    police = "police" if language == "en" else "警方"
    assert any(police in line for line in binary)
    assert not set(binary) & set(crypto)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases(), key=st.sampled_from(KEYS), days=st.integers(-3000, 3000))
def test_plan_never_fails_and_its_dates_are_consistent(case: Case, key: str, days: int) -> None:
    case.platform.jurisdiction = key
    now = DEMO_NOW + timedelta(days=days)
    for step in escalation_plan(case, now):
        if step.ready:
            assert all(item.met for item in step.prerequisites)
        if case.sent is not None and step.available_from is not None:
            assert step.available_from >= _day(case.sent.at, case) or (
                not step.body.requires_written_complaint and step.body.wait is None
            )


@pytest.mark.parametrize(
    ("key", "kind", "expected"),
    [
        ("US", PlatformKind.SECURITIES_BROKER, ["us_sec", "us_finra_drs"]),
        ("US", PlatformKind.FUTURES_BROKER, ["us_cftc"]),
        ("US", PlatformKind.BINARY_OPTIONS, ["us_cftc"]),
        ("HK", PlatformKind.SECURITIES_BROKER, ["hk_fdrc", "hk_sfc"]),
        ("HK", PlatformKind.CRYPTO_EXCHANGE, ["hk_sfc"]),
        ("CN", PlatformKind.CRYPTO_EXCHANGE, ["cn_crypto_notice"]),
    ],
)
def test_bodies_are_chosen_by_platform_kind(key: str, kind: PlatformKind, expected) -> None:
    case = _case_in(key, "en")
    case.platform.kind = kind
    assert [body.id for body in bodies_for_case(case)] == expected


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_checklist_says_what_to_do_when_no_body_fits(language: str) -> None:
    case = _case_in("", language)
    texts = [x.text for s in checklist_sections(case, language, DEMO_NOW) for x in s.lines]
    choose = "jurisdiction" if language == "en" else "司法管辖区"
    assert any(choose in text for text in texts)
    case = _case_in("CN", language)
    case.platform.kind = PlatformKind.CRYPTO_EXCHANGE
    sections = checklist_sections(case, language, DEMO_NOW)
    lines = [x.text + x.detail for s in sections for x in s.lines]
    # Mainland crypto: no route, but the plain facts: illegal business, police for fraud.
    assert any("237" in line for line in lines)
    police = "police" if language == "en" else "公安机关"
    assert any(police in line for line in lines)
    case.platform.kind = PlatformKind.OTHER
    texts = [x.text for s in checklist_sections(case, language, DEMO_NOW) for x in s.lines]
    ask = "ask the regulator" if language == "en" else "向当地监管机构查询"
    assert any(ask in text for text in texts)
