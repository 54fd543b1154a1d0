"""Follow-up letters cite the original letter's date, the passed deadline and broken promises."""

from __future__ import annotations

import io
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from complaintkit.demo import DEMO_NOW, build_demo
from complaintkit.documents.followup import (
    FollowUpKind,
    FollowUpNotPossible,
    broken_promises,
    compose_followup,
)
from complaintkit.documents.plain_text import printable
from complaintkit.documents.render_pdf import render_pdf
from complaintkit.documents.render_text import render_text
from complaintkit.documents.wording import Words
from complaintkit.domain.models import SendingRecord
from tests.strategies import cases

LATER = DEMO_NOW + timedelta(days=40)
# After the schemes' waits (eight weeks for the UK ombudsman, 60 days for the FDRC).
ELIGIBLE = DEMO_NOW + timedelta(days=70)


def _sent_case(language: str):
    case = build_demo(language).case
    case.sent = SendingRecord(at=DEMO_NOW)
    if language == "zh_CN":
        # A jurisdiction whose scheme has conditions to show (mainland 12386 has none).
        case.platform.jurisdiction = "HK"
    return case


def _date(case, language: str, moment) -> str:
    zone = ZoneInfo(case.problem.timezone)
    return Words(language, "followup", zone).date(moment.astimezone(zone).date())


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("kind", list(FollowUpKind))
def test_follow_up_cites_sent_date_deadline_and_broken_promises(
    kind: FollowUpKind, language: str
) -> None:
    case = _sent_case(language)
    now = ELIGIBLE if kind is FollowUpKind.COVER_NOTE else LATER
    text = render_text(compose_followup(case, kind, language, now))
    assert _date(case, language, DEMO_NOW) in text
    deadline = DEMO_NOW + timedelta(days=case.remedy.reply_deadline_days)
    assert _date(case, language, deadline) in text
    broken = broken_promises(case, now)
    assert broken
    for promise in broken:
        assert promise.text in text
        assert _date(case, language, promise.due) in text
    assert case.claimant.full_name in text


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_cover_note_addresses_the_body_and_lists_conditions_and_exhibits(language: str) -> None:
    case = _sent_case(language)
    text = render_text(compose_followup(case, FollowUpKind.COVER_NOTE, language, ELIGIBLE))
    lines = text.splitlines()
    # The body, not the firm, is the addressee; the firm is spoken of in the third person.
    assert any(line.startswith(("Financial Ombudsman", "金融纠纷调解中心")) for line in lines)
    if language == "en":
        assert "Exchange Tower, London E14 9SR" in text  # by name and address
        assert " you " not in text.split("Dear Sir or Madam,", 1)[1]
    numbers = case.exhibit_numbers()
    for item in case.evidence:
        assert any(numbers[item.id] in line and item.caption in line for line in lines)
    met = "[met]" if language == "en" else "【已满足】"
    assert met in text


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_follow_ups_render_to_pdf(language: str) -> None:
    case = _sent_case(language)
    for kind in FollowUpKind:
        buffer = io.BytesIO()
        render_pdf(compose_followup(case, kind, language, ELIGIBLE), buffer)
        assert buffer.getvalue().startswith(b"%PDF")


def test_reminder_before_the_deadline_does_not_claim_it_has_passed() -> None:
    case = _sent_case("en")
    for contact in case.contacts:
        for promise in contact.promises:
            promise.kept = True
    text = render_text(compose_followup(case, FollowUpKind.REMINDER, "en", DEMO_NOW))
    assert "That date has passed" not in text
    assert "have not been kept" not in text


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_follow_up_before_the_complaint_was_sent(language: str) -> None:
    case = build_demo(language).case
    case.sent = None
    with pytest.raises(FollowUpNotPossible) as error:
        compose_followup(case, FollowUpKind.REMINDER, language, LATER)
    assert error.value.code == "not_sent"
    assert ("Send" in error.value.message) == (language == "en")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    case=cases(),
    kind=st.sampled_from(list(FollowUpKind)),
    language=st.sampled_from(["en", "zh_CN"]),
)
def test_follow_ups_of_hostile_cases_compose_and_quote_the_user_verbatim(
    case, kind: FollowUpKind, language: str
) -> None:
    if case.sent is None:
        case.sent = SendingRecord(at=DEMO_NOW)
    try:
        text = render_text(compose_followup(case, kind, language, LATER))
    except FollowUpNotPossible as refused:
        # Only the cover note waits for the scheme to be open (or for a scheme to exist).
        assert kind is FollowUpKind.COVER_NOTE and refused.code in ("not_eligible", "no_body")
        return
    for promise in broken_promises(case, LATER):
        # Verbatim, less control characters (NUL, ESC, ...), which never reach a letter.
        assert printable(promise.text) in text


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_cover_note_is_offered_only_once_the_scheme_opens(language: str) -> None:
    case = _sent_case(language)
    with pytest.raises(FollowUpNotPossible) as refused:
        compose_followup(case, FollowUpKind.COVER_NOTE, language, LATER)
    assert refused.value.code == "not_eligible"
    wait = 56 if language == "en" else 60
    assert _date(case, language, DEMO_NOW + timedelta(days=wait)) in refused.value.message


def test_no_final_response_request_once_the_firm_has_sent_it() -> None:
    from datetime import UTC, datetime, timedelta

    from complaintkit.demo import build_demo
    from complaintkit.documents.followup import FollowUpKind, followup_options
    from complaintkit.domain import SendMethod
    from complaintkit.domain.enums import FirmStage
    from complaintkit.domain.models import SendingRecord, StageRecord

    case = build_demo("en").case
    now = datetime(2026, 12, 20, 12, tzinfo=UTC)
    case.sent = SendingRecord(at=now - timedelta(days=30), method=SendMethod.EMAIL)
    assert followup_options(case, "en", now)[FollowUpKind.FINAL_RESPONSE_REQUEST] == ""
    case.firm_stages.append(StageRecord(stage=FirmStage.FINAL_RESPONSE, at=now - timedelta(days=2)))
    for language in ("en", "zh_CN"):
        why = followup_options(case, language, now)[FollowUpKind.FINAL_RESPONSE_REQUEST]
        assert "18 December 2026" in why or "2026年12月18日" in why
