"""The support record (issue 20): figures from constructed contact logs, the letter's
sentence and the checklist's lines in both languages, stage-driven dates, the offer,
and the legal-help rows."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from complaintkit.documents.checklist import checklist_sections
from complaintkit.documents.support_text import checklist_lines, duration, letter_sentence
from complaintkit.documents.wording import Words
from complaintkit.domain import (
    Case,
    ContactChannel,
    ContactEvent,
    Direction,
    Money,
    PlatformKind,
    Promise,
    SendingRecord,
    timing,
)
from complaintkit.domain.enums import EvidenceKind, FirmStage, OfferDecision
from complaintkit.domain.models import FirmOffer, StageRecord
from complaintkit.knowledge.legal_help import legal_help_for, shipped_legal_help
from complaintkit.knowledge.offer import assess_offer
from complaintkit.knowledge.plan import escalation_plan
from complaintkit.knowledge.support_record import support_record

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def at(day: int, hour: int = 10, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=LONDON)


def contact(
    when: datetime,
    channel: ContactChannel,
    direction: Direction = Direction.TO_FIRM,
    agent: str = "",
    summary: str = "asked about my withdrawal",
    promises: list[Promise] | None = None,
    with_bot: bool = False,
) -> ContactEvent:
    return ContactEvent(
        at=when,
        channel=channel,
        direction=direction,
        agent=agent,
        summary=summary,
        promises=promises or [],
        with_bot=with_bot,
    )


def uk_case(contacts: list[ContactEvent]) -> Case:
    case = Case(contacts=contacts)
    case.problem.timezone = "Europe/London"
    case.platform.jurisdiction = "UK"
    case.platform.kind = PlatformKind.SECURITIES_BROKER
    case.platform.name = "Example Markets Ltd"
    return case


def seven_contacts() -> Case:
    """Over 23 days, 7 contacts from the user through 3 channels; 4 promises broken."""
    due_passed = [Promise(text=f"call back {n}", due=at(2 + n)) for n in range(3)]
    return uk_case(
        [
            contact(at(1), ContactChannel.PHONE, agent="Agent 4471", promises=due_passed),
            contact(at(2), ContactChannel.EMAIL),
            contact(at(4, 15), ContactChannel.EMAIL, Direction.FROM_FIRM, agent="Complaints"),
            contact(at(6), ContactChannel.LIVE_CHAT, with_bot=True),
            contact(at(9), ContactChannel.EMAIL),
            contact(
                at(12),
                ContactChannel.PHONE,
                agent="Agent 9",
                promises=[Promise(text="refund fees", kept=False), Promise(text="x", kept=True)],
            ),
            contact(at(20), ContactChannel.EMAIL),
            contact(at(24), ContactChannel.PHONE, summary="no answer after 40 minutes"),
            # Added but never filled in: not counted anywhere.
            ContactEvent(at=at(25), summary=""),
        ]
    )


def test_figures_from_a_constructed_contact_log() -> None:
    record = support_record(seven_contacts(), NOW)
    assert record.contacts == 8 and record.from_user == 7 and record.from_firm == 1
    assert record.span_days == 23  # 1 to 24 November in London
    tried = {use.channel: (use.tried, use.answered) for use in record.channels}
    assert tried == {
        ContactChannel.PHONE: (3, True),
        ContactChannel.LIVE_CHAT: (1, True),  # a bot answered
        ContactChannel.EMAIL: (3, True),  # the firm wrote back once by e-mail
    }
    # Written messages: 2 Nov answered on 4 Nov 15:00 (53 h); 9 and 20 Nov never.
    assert [wait.waited for wait in record.waits] == [timedelta(hours=53), None, None]
    assert record.unanswered == 2
    assert record.longest_wait == timedelta(hours=53)
    assert (record.promises.made, record.promises.kept) == (5, 1)
    assert (record.promises.broken, record.promises.open) == (4, 0)
    assert record.human == "yes" and record.bot_contacts == 1
    assert record.stage is None


def test_the_letter_says_it_in_one_sentence_in_both_languages() -> None:
    record = support_record(seven_contacts(), NOW)
    en = letter_sentence(record, Words("en", "support", LONDON))
    assert en == (
        "Over 23 days I contacted you 7 times through 3 channels; 4 promises your staff made"
        " were not kept; 2 of my written messages have had no answer."
    )
    zh = letter_sentence(record, Words("zh_CN", "support", LONDON))
    assert zh == (
        "在23天内，本人通过3种渠道联系贵公司7次；贵公司员工作出的4项承诺未兑现；"
        "本人的书面来函中有2封至今未获答复。"
    )


def test_only_a_bot_answered_and_a_single_contact_reads_naturally() -> None:
    case = uk_case([contact(at(3), ContactChannel.LIVE_CHAT, with_bot=True, agent="")])
    record = support_record(case, NOW)
    assert record.human == "bot_only"
    assert letter_sentence(record, Words("en", "support", LONDON)) == (
        "I contacted you once through one channel; I never reached a person:"
        " only an automated assistant answered."
    )
    lines = [line.text for line in checklist_lines(record, Words("en", "support", LONDON))]
    assert any(text.startswith("You never reached a person") for text in lines)
    assert any("automated assistant: keep its transcript" in text for text in lines)


def test_no_contacts_no_sentence_and_the_checklist_says_where_the_record_comes_from() -> None:
    record = support_record(uk_case([]), NOW)
    assert letter_sentence(record, Words("en", "support", LONDON)) == ""
    lines = checklist_lines(record, Words("en", "support", LONDON))
    assert "made from the contact log" in lines[0].text


def test_the_checklist_has_every_figure() -> None:
    texts = [
        line.text
        for line in checklist_lines(
            support_record(seven_contacts(), NOW), Words("en", "support", LONDON)
        )
    ]
    assert texts[0] == (
        "8 contact(s) recorded from 1 November 2026 to 24 November 2026: 7 by you, 1 by the firm"
    )
    assert "Phone: tried 3 time(s), answered" in texts
    assert "Written messages answered: 1 of 3; typical wait 2 days, longest 2 days" in texts
    assert "Promises: 5 made, 1 kept, 4 broken, 0 still open" in texts


def test_durations_are_minutes_hours_or_days() -> None:
    w = Words("en", "support", LONDON)
    assert duration(w, timedelta(minutes=5)) == "5 min"
    assert duration(w, timedelta(hours=47)) == "47 h"
    assert duration(w, timedelta(days=2)) == "2 days"
    assert duration(Words("zh_CN", "support", LONDON), timedelta(days=3)) == "3天"


# -- stages drive the dates -----------------------------------------------------


def sent_uk_case() -> Case:
    case = seven_contacts()
    case.sent = SendingRecord(at=at(1, month=10))
    return case


def fos(case: Case):
    return next(step for step in escalation_plan(case, NOW) if step.body.id == "uk_fos")


def test_a_final_response_ends_the_wait_and_starts_the_six_months() -> None:
    case = sent_uk_case()
    assert timing.follow_up_on(case) == date(2026, 10, 16)  # reply due 15 Oct + 1
    # Without a recorded final response the FOS opens after eight weeks (26 Nov), and
    # the firm's latest written reply (4 Nov) is offered as "if it was final".
    before = fos(case)
    assert before.prerequisites[1].code == "final_response"
    case.firm_stages = [
        StageRecord(stage=FirmStage.ACKNOWLEDGED, at=at(3, month=10)),
        StageRecord(stage=FirmStage.FINAL_RESPONSE, at=at(10, 9)),
    ]
    assert timing.final_response_on(case) == date(2026, 11, 10)
    assert timing.follow_up_on(case) is None  # nothing left to chase
    after = fos(case)
    codes = {item.code: item for item in after.prerequisites}
    # Inside the eight weeks (26 Nov): the scheme opens on the day of the final response.
    assert codes["final_response_recorded"].on == date(2026, 11, 10)
    assert after.available_from == date(2026, 11, 10)
    assert codes["within_limit_final_response"].on == date(2027, 5, 10)
    assert after.refer_by == date(2027, 5, 10)
    assert before.refer_by == date(2027, 5, 4)  # counted from the 4 Nov reply before


def test_a_final_response_after_the_wait_leaves_the_wait_date_and_moves_the_limit() -> None:
    case = sent_uk_case()
    case.firm_stages = [StageRecord(stage=FirmStage.FINAL_RESPONSE, at=at(28))]
    step = fos(case)
    codes = {item.code: item for item in step.prerequisites}
    assert codes["waiting_period"].on == date(2026, 11, 26)
    assert codes["within_limit_final_response"].on == date(2027, 5, 28)


def test_a_final_response_inside_the_wait_opens_the_scheme_that_day() -> None:
    case = sent_uk_case()
    case.firm_stages = [StageRecord(stage=FirmStage.FINAL_RESPONSE, at=at(20, month=10))]
    step = fos(case)
    assert step.prerequisites[1].code == "final_response_recorded"
    assert step.available_from == date(2026, 10, 20)
    assert step.refer_by == date(2027, 4, 20)


def test_afca_counts_two_years_from_the_recorded_final_response() -> None:
    case = sent_uk_case()
    case.platform.jurisdiction = "AU"
    case.problem.timezone = "Australia/Sydney"
    case.firm_stages = [StageRecord(stage=FirmStage.FINAL_RESPONSE, at=at(20, month=10))]
    step = next(s for s in escalation_plan(case, NOW) if s.body.id == "au_afca")
    limits = {i.code: i.on for i in step.prerequisites}
    assert limits["within_limit_final_response"] == date(2028, 10, 20)


def test_checklist_follows_the_stage_in_both_languages() -> None:
    case = sent_uk_case()
    case.firm_stages = [StageRecord(stage=FirmStage.FINAL_RESPONSE, at=at(10, 9))]
    for language, expected in (
        ("en", "The firm's final response came on 10 November 2026"),
        ("zh_CN", "公司已于2026年11月10日作出最终答复"),
    ):
        sections = checklist_sections(case, language, NOW)
        texts = [line.text for section in sections for line in section.lines]
        assert any(text.startswith(expected) for text in texts), language
        assert not any("Follow up on" in text for text in texts)
    texts = [line.text for s in checklist_sections(case, "en", NOW) for line in s.lines]
    assert "The firm's stage: Final response (on 10 November 2026)" in texts


def test_the_furthest_stage_is_shown_whatever_the_order_entered() -> None:
    case = sent_uk_case()
    case.firm_stages = [
        StageRecord(stage=FirmStage.REMEDY_PAID, at=at(28)),
        StageRecord(stage=FirmStage.ACKNOWLEDGED, at=at(2)),
    ]
    record = support_record(case, NOW)
    assert record.stage is not None and record.stage.stage is FirmStage.REMEDY_PAID
    assert record.remedy_paid_on == date(2026, 11, 28)


def test_cases_saved_before_issue_20_load_unchanged() -> None:
    data = json.loads(uk_case([contact(at(1), ContactChannel.PHONE)]).model_dump_json())
    del data["firm_stages"], data["offer"]
    del data["contacts"][0]["with_bot"]
    case = Case.model_validate(data)
    assert case.firm_stages == [] and case.offer is None
    assert case.contacts[0].with_bot is False
    assert EvidenceKind("firm_notice") is EvidenceKind.FIRM_NOTICE


def test_stage_evidence_must_be_in_the_case() -> None:
    with pytest.raises(ValueError, match="refers to evidence"):
        Case(firm_stages=[StageRecord(at=at(1), evidence_ids=["missing"])])


# -- the offer ------------------------------------------------------------------


def test_an_offer_against_the_claim() -> None:
    case = sent_uk_case()
    case.claimed_loss = Money(amount=Decimal("1200.00"), currency="GBP")
    case.offer = FirmOffer(
        received_at=at(25),
        amount=Money(amount=Decimal("150.00"), currency="GBP"),
        covers="fees refunded",
        full_and_final=True,
        answer_by=at(30),
    )
    assessment = assess_offer(case, NOW)
    assert assessment is not None
    assert assessment.shortfall == Money(amount=Decimal("1050.00"), currency="GBP")
    assert assessment.answer_by == date(2026, 11, 30) and assessment.answer_overdue
    section = next(s for s in checklist_sections(case, "en", NOW) if s.title == "The firm's offer")
    texts = [line.text for line in section.lines]
    assert texts[0] == "The firm offered 150.00 GBP on 25 November 2026"
    assert "Against your claim of 1,200.00 GBP it leaves 1,050.00 GBP unpaid." in texts
    assert any(text.startswith("It is offered in full and final settlement") for text in texts)
    assert any("(30 November 2026) has passed" in text for text in texts)
    case.offer.amount = Money(amount=Decimal("150"), currency="USD")
    texts = [
        line.text
        for s in checklist_sections(case, "zh_CN", NOW)
        if s.title == "公司提出的补偿方案"
        for line in s.lines
    ]
    assert any(text.startswith("您的主张以其他币种计算") for text in texts)
    assert case.offer.decision is OfferDecision.UNDECIDED


# -- legal help -----------------------------------------------------------------


def test_every_legal_help_row_has_a_source_and_the_date_checked() -> None:
    rows = shipped_legal_help().help
    assert {row.jurisdiction for row in rows} >= {"CN", "HK", "SG", "UK", "US", "EU", "AU"}
    for row in rows:
        assert row.source.startswith(("https://", "http://"))
        assert row.last_checked == date(2026, 12, 1)
        assert row.note("en") and row.note("zh_CN")


def test_the_last_escalation_step_points_to_legal_help_for_the_jurisdiction() -> None:
    case = sent_uk_case()
    sections = checklist_sections(case, "en", NOW)
    titles = [section.title for section in sections]
    escalation = titles.index("If the firm does not resolve it")
    legal = sections[escalation + 1]
    assert legal.title == "Legal help, if the schemes cannot help"
    texts = [line.text for line in legal.lines]
    url = "https://www.gov.uk/make-court-claim-for-money"
    assert f"County Court money claim (small claims track): {url}" in texts
    details = [line.detail for line in legal.lines if line.detail]
    assert all("checked 1 December 2026" in detail for detail in details)
    assert sections[escalation].lines[-1].text.startswith("If no scheme takes your case")


def test_an_offshore_firm_gets_the_help_where_the_user_lives() -> None:
    case = sent_uk_case()
    case.platform.jurisdiction = "OFFSHORE"
    case.problem.timezone = "Asia/Hong_Kong"
    rows, abroad = legal_help_for(case)
    assert abroad and {row.jurisdiction for row in rows} == {"HK"}
