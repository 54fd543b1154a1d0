"""Issue 20 in the PDFs, read back with pypdf in both languages: the support sentence in
the letter, the support record, stages and legal help in the checklist, and the reply
to the firm's offer written by generate()."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from complaintkit.demo import DEMO_NOW, build_demo
from complaintkit.documents.exhibit_cache import ExhibitCache
from complaintkit.documents.generate import generate
from complaintkit.documents.offer_reply import OFFER_REPLY_PDF
from complaintkit.domain import ContactChannel, ContactEvent, Money, SendingRecord
from complaintkit.domain.enums import FirmStage, OfferDecision
from complaintkit.domain.models import Case, FirmOffer, StageRecord
from tests.unit.test_caseworker_letters import checklist, letter
from tests.unit.test_documents import pdf_text, squash

LANGUAGES = ["en", "zh_CN"]


def with_support_history(language: str) -> tuple[Case, object]:
    demo = build_demo(language)
    case = demo.case.model_copy(deep=True)
    last = max(contact.at for contact in case.contacts)
    case.contacts.append(
        ContactEvent(
            at=last + timedelta(hours=2),
            channel=ContactChannel.LIVE_CHAT,
            summary="Help article <b>only</b>",
            reference="BOT-5521",
            with_bot=True,
        )
    )
    case.sent = SendingRecord(at=last + timedelta(days=1))
    return case, demo.open_bytes


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_letter_sums_up_support_in_one_sentence(language: str) -> None:
    case, _ = with_support_history(language)
    text = letter(case, language, DEMO_NOW + timedelta(days=3))
    if language == "en":
        assert squash("Over 11 days I contacted you 3 times through 2 channels; 2 promises") in text
        assert squash("(automated assistant)") in text
    else:
        assert "在4天内，本人通过3种渠道联系贵公司4次；贵公司员工作出的1项承诺未兑现" in text
        assert "(自动助手)" in text
    assert squash("Help article <b>only</b>") in text  # user text, never markup


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_checklist_follows_the_final_response_and_ends_with_legal_help(language: str) -> None:
    case, _ = with_support_history(language)
    assert case.sent is not None
    final = case.sent.at + timedelta(days=10)
    case.firm_stages = [StageRecord(stage=FirmStage.FINAL_RESPONSE, at=final)]
    text = checklist(case, language, final + timedelta(days=1))
    day = final.astimezone(case.sent.at.tzinfo)
    if language == "en":
        assert squash("How the firm's support handled it") in text
        assert squash(f"The firm's final response came on {day.day} November 2026") in text
        assert squash("Follow up on") not in text
        assert squash("County Court money claim (small claims track)") in text
        assert squash("checked 1 December 2026") in text
    else:
        assert squash("平台客服的处理情况") in text
        assert "有1次联系是与自动助手进行的" in text
        assert "12348公共法律服务" in text
        assert "基层人民法院小额诉讼程序" in text
        assert "核对日期2026年12月1日" in text
        assert "无需再催复" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_declining_the_offer_writes_a_reply_letter(language: str, tmp_path: Path) -> None:
    case, source = with_support_history(language)
    assert case.sent is not None
    currency = case.computed_loss()[0].currency
    case.offer = FirmOffer(
        received_at=case.sent.at + timedelta(days=5),
        amount=Money(amount=Decimal("100.00"), currency=currency),
        covers="fees <i>refunded</i>",
        full_and_final=True,
        decision=OfferDecision.DECLINE,
        reply_note="It does not cover the orders {loss}.",
    )
    now = case.sent.at + timedelta(days=6)
    cache = ExhibitCache(tmp_path / "cache")
    files = generate(case, language, source, tmp_path / "out", now=now, exhibit_cache=cache)
    reply = tmp_path / "out" / OFFER_REPLY_PDF
    assert reply in files.extra and reply.is_file()
    text = squash(pdf_text(reply))
    assert squash("fees <i>refunded</i>") in text
    assert squash("It does not cover the orders {loss}.") in text
    if language == "en":
        assert squash("I do not accept it.") in text
        assert squash("please send me your final response") in text
    else:
        assert "本人不接受该方案。" in text
        assert "尚有人民币4,170.00元未予补偿" in text
    checklist_text = squash(pdf_text(files.checklist_pdf))
    assert "offer-reply.pdf" in checklist_text
    # Withdrawing the decision removes the reply written before.
    case.offer.decision = OfferDecision.UNDECIDED
    files = generate(case, language, source, tmp_path / "out", now=now, exhibit_cache=cache)
    assert not reply.exists() and files.extra == []


def test_accepting_part_of_the_claim_keeps_the_rest_open(tmp_path: Path) -> None:
    case, source = with_support_history("zh_CN")
    case.offer = FirmOffer(
        amount=Money(amount=Decimal("270.00"), currency="CNY"), decision=OfferDecision.ACCEPT
    )
    files = generate(
        case, "zh_CN", source, tmp_path, now=DEMO_NOW, exhibit_cache=ExhibitCache(tmp_path / "c")
    )
    text = squash(pdf_text(files.extra[-1]))
    assert "关于贵公司的补偿方案：本人接受" in text
    assert "本人主张人民币4,270.00元，尚有人民币4,000.00元未获补偿" in text


# -- the case at a glance ---------------------------------------------------------


def test_timeline_marks_from_a_constructed_case() -> None:
    from complaintkit.documents.timeline_chart import compose_timeline_chart
    from complaintkit.knowledge.timeline import timeline_marks

    case, _ = with_support_history("en")
    assert case.sent is not None
    case.firm_stages = [
        StageRecord(stage=FirmStage.FINAL_RESPONSE, at=case.sent.at + timedelta(days=5))
    ]
    now = case.sent.at + timedelta(days=6)
    marks = timeline_marks(case, now)
    kinds = [mark.kind for mark in marks]
    assert kinds.count("contact") == 4 and kinds.count("promise") == 2
    assert kinds.count("order") == 2 and kinds[0] == "incident"
    assert "reply_due" not in kinds  # a final response: nothing left to chase
    bot = next(mark for mark in marks if mark.bot)
    assert (bot.step, bot.field) == ("contacts", "contacts.3.summary")
    assert [m.at for m in marks] == sorted(m.at for m in marks)
    chart = compose_timeline_chart(case, "en", now)
    assert chart is not None
    # The FOS time limit (six months after the final response) lies far beyond the
    # rest: drawn at the edge with its date, the others spread over the axis.
    limit = next(m for m in chart.marks if m.label == "Scheme time limit")
    assert limit.x == 1.0 and limit.beyond.endswith("2027")
    assert all(0 <= m.x <= 1 for m in chart.marks)
    assert chart.marks[0].x < 0.2 and max(m.x for m in chart.marks if not m.beyond) > 0.8


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_letter_shows_the_case_at_a_glance(language: str) -> None:
    case, _ = with_support_history(language)
    text = letter(case, language, DEMO_NOW + timedelta(days=3))
    if language == "en":
        for words in ("The case at a glance", "Problem, orders", "Promises due", "Complaint sent"):
            assert squash(words) in text
        assert squash("Automated assistant") in text and squash("Promise broken") in text
        assert text.index(squash("The case at a glance")) < text.index(squash("What happened"))
    else:
        for words in ("案件一览", "问题与委托", "承诺到期", "投诉寄出", "自动助手", "11月10日"):
            assert words in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_follow_ups_name_the_recorded_final_response(language: str) -> None:
    from complaintkit.documents.followup import FollowUpKind, compose_followup
    from tests.unit.test_caseworker_letters import read

    case, _ = with_support_history(language)
    assert case.sent is not None
    final = case.sent.at + timedelta(days=3)
    case.firm_stages = [StageRecord(stage=FirmStage.FINAL_RESPONSE, at=final)]
    now = final + timedelta(days=2)
    day = final.astimezone(case.sent.at.tzinfo).day
    reminder = read(compose_followup(case, FollowUpKind.REMINDER, language, now))
    if language == "en":
        assert squash(f"You sent your final response on {day} November 2026.") in reminder
        assert squash("I have not received a final response") not in reminder
        cover = read(compose_followup(case, FollowUpKind.COVER_NOTE, language, now))
        assert squash(f"The firm sent its final response on {day} November 2026.") in cover
    else:
        assert f"贵公司已于2026年11月{day}日作出最终答复。" in reminder
        assert "尚未收到解决本投诉的最终答复" not in reminder


def test_an_offer_in_one_currency_does_not_cover_a_withdrawal_held_in_another() -> None:
    from complaintkit.documents.checklist import checklist_sections
    from complaintkit.knowledge.offer import assess_offer

    case, _ = with_support_history("en")  # 12,500.00 GBP held, 275.00 USD loss
    case.offer = FirmOffer(amount=Money(amount=Decimal("300.00"), currency="USD"))
    assessment = assess_offer(case, DEMO_NOW)
    assert assessment is not None and not assessment.covers_claim
    assert [m.format() for m in assessment.others] == ["12,500.00 GBP"]
    section = next(
        s for s in checklist_sections(case, "en", DEMO_NOW) if s.title == "The firm's offer"
    )
    texts = [line.text for line in section.lines]
    assert "It covers the 275.00 USD of your claim in that currency." in texts
    assert any(text.startswith("Your claim also includes 12,500.00 GBP") for text in texts)
    assert not any("in full" in text for text in texts)


def test_accepting_an_offer_in_one_currency_keeps_the_withdrawal_claimed(tmp_path: Path) -> None:
    case, source = with_support_history("en")  # 12,500.00 GBP held, 275.00 USD loss
    case.offer = FirmOffer(
        amount=Money(amount=Decimal("300.00"), currency="USD"), decision=OfferDecision.ACCEPT
    )
    files = generate(
        case, "en", source, tmp_path, now=DEMO_NOW, exhibit_cache=ExhibitCache(tmp_path / "c")
    )
    text = squash(pdf_text(files.extra[-1]))
    assert squash("it does not settle the rest of my complaint") in text
    rest = "My complaint also asks for 12,500.00 GBP, which the offer does not include."
    assert squash(rest) in text
