"""Letters a caseworker accepts (issue 14): right dates, right rights, right words.

Each test renders the document to PDF and reads the text back with pypdf, in both
languages where the point is worded, as a complaints handler would read it.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from complaintkit.delivery.reminders import build_calendar
from complaintkit.demo import DEMO_NOW, build_demo
from complaintkit.documents.checklist import compose_checklist
from complaintkit.documents.data_access import compose_data_access_request
from complaintkit.documents.followup import FollowUpKind, compose_followup
from complaintkit.documents.letter import compose_letter
from complaintkit.documents.render_pdf import render_pdf
from complaintkit.documents.structure import Document
from complaintkit.domain import (
    Case,
    ContactChannel,
    ContactEvent,
    Direction,
    OrderSide,
    OrderStatus,
    PlatformKind,
    ProblemCategory,
    RemedyKind,
    SendingRecord,
    Trade,
    timing,
)
from complaintkit.domain.consistency import contradictions
from complaintkit.knowledge.strength_review import review_case
from complaintkit.store.case_store import reply_deadline
from tests.unit.test_documents import pdf_text, squash

LANGUAGES = ["en", "zh_CN"]
# The demo sent late in the evening UTC: already the next morning in Shanghai.
SENT_LATE_UTC = datetime(2026, 11, 22, 23, 30, tzinfo=UTC)


def read(document: Document) -> str:
    buffer = io.BytesIO()
    render_pdf(document, buffer)
    return squash(pdf_text(buffer.getvalue()))


def case_in(language: str, jurisdiction: str, kind: PlatformKind | None = None) -> Case:
    case = build_demo(language).case.model_copy(deep=True)
    case.platform.jurisdiction = jurisdiction
    if kind is not None:
        case.platform.kind = kind
    return case


def letter(case: Case, language: str, now: datetime = DEMO_NOW) -> str:
    return read(compose_letter(case, language, now))


def checklist(case: Case, language: str, now: datetime = DEMO_NOW) -> str:
    return read(compose_checklist(case, language, now))


# -- timing -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_document_shows_the_same_reply_date_in_the_case_zone(language: str) -> None:
    case = build_demo("zh_CN").case.model_copy(deep=True)
    case.sent = SendingRecord(at=SENT_LATE_UTC)
    due = date(2026, 12, 8)  # 23 November in Shanghai + 15 days
    assert timing.reply_due(case) == due
    assert reply_deadline(case) == due  # the case list's column
    shown = "2026年12月8日" if language == "zh_CN" else "8December2026"
    later = datetime(2026, 12, 20, tzinfo=UTC)
    assert shown in checklist(case, language, later)
    assert shown in read(compose_followup(case, FollowUpKind.REMINDER, language, later))
    assert shown in letter(case, language, later)
    event = build_calendar(case, language).walk("VEVENT")[0]
    start = event.decoded("dtstart")
    assert start.astimezone(ZoneInfo("Asia/Shanghai")).date() == due


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_sent_letter_keeps_its_date_and_deadline_when_rendered_again(language: str) -> None:
    case = build_demo(language).case.model_copy(deep=True)
    case.sent = SendingRecord(at=DEMO_NOW)
    months_later = DEMO_NOW + timedelta(days=90)
    text = letter(case, language, months_later)
    sent, due = (
        ("2026年11月17日", "2026年12月2日")
        if language == "zh_CN"
        else (
            "17November2026",
            "1December2026",
        )
    )
    assert sent in text and due in text
    assert ("2027年2月15日" if language == "zh_CN" else "15February2027") not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_uk_payment_firms_are_counted_in_business_days(language: str) -> None:
    case = case_in(language, "UK", PlatformKind.BANK_PAYMENT)
    case.sent = SendingRecord(at=datetime(2026, 12, 11, 10, tzinfo=UTC))  # a Friday
    # 15 business days: Christmas, Boxing Day (observed 28th) and New Year's Day skipped.
    text = checklist(case, language, datetime(2026, 12, 12, tzinfo=UTC))
    assert ("2027年1月6日" if language == "zh_CN" else "6January2027") in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_time_limits_for_afca_cftc_and_finra(language: str) -> None:
    afca = case_in(language, "AU")
    afca.sent = SendingRecord(at=DEMO_NOW - timedelta(days=40))
    afca.contacts.append(
        ContactEvent(
            at=DEMO_NOW - timedelta(days=5),
            channel=ContactChannel.EMAIL,
            direction=Direction.FROM_FIRM,
        )
    )
    # Two years from the firm's final (IDR) response, as well as six from the loss.
    assert ("2028年11月12日" if language == "zh_CN" else "12November2028") in checklist(
        afca, language
    )
    cftc = checklist(case_in(language, "US", PlatformKind.FUTURES_BROKER), language)
    assert ("CFTC注册" if language == "zh_CN" else "registeredwiththeCFTC") in cftc
    # Two years from the event (the demos' problems began on 10 November / 20 October 2026).
    assert ("2028年11月10日" if language == "zh_CN" else "20October2028") in cftc
    finra = checklist(case_in(language, "US", PlatformKind.SECURITIES_BROKER), language)
    assert "12206" in finra
    assert ("2032年11月10日" if language == "zh_CN" else "20October2032") in finra  # 6 years


# -- no premature escalation -----------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_letter_and_reminder_name_the_day_the_ombudsman_opens(language: str) -> None:
    case = case_in(language, "UK")
    # Letter dated 17 November: reply asked by 1 December, the ombudsman opens after
    # eight weeks, on 12 January 2027.
    opens = "2027年1月12日" if language == "zh_CN" else "12January2027"
    text = letter(case, language)
    assert opens in text
    if language == "en":
        assert "IfIhavenofinalresponsefromyouby12January2027,Imayrefermycomplaintto" in text
        assert "theFinancialOmbudsmanService" in text
        assert "Iwillrefer" not in text
    case.sent = SendingRecord(at=DEMO_NOW)
    reminder = read(
        compose_followup(case, FollowUpKind.REMINDER, language, DEMO_NOW + timedelta(days=20))
    )
    assert opens in reminder


@pytest.mark.parametrize("language", LANGUAGES)
def test_cover_note_summarises_the_withdrawal_held(language: str) -> None:
    case = build_demo("en").case.model_copy(deep=True)
    case.sent = SendingRecord(at=DEMO_NOW)
    text = read(
        compose_followup(case, FollowUpKind.COVER_NOTE, language, DEMO_NOW + timedelta(days=60))
    )
    assert "WD-88412" in text
    assert ("12,500.00英镑" if language == "zh_CN" else "12,500.00GBP") in text
    assert ("该公司至今未予支付" if language == "zh_CN" else "whichthefirmhasnotpaid") in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_reminder_does_not_call_an_acknowledgement_a_written_reply(language: str) -> None:
    case = build_demo(language).case.model_copy(deep=True)
    case.sent = SendingRecord(at=DEMO_NOW)
    case.contacts.append(
        ContactEvent(
            at=DEMO_NOW + timedelta(hours=1),
            channel=ContactChannel.EMAIL,
            direction=Direction.FROM_FIRM,
            summary="Automatic acknowledgement",
        )
    )
    text = read(
        compose_followup(case, FollowUpKind.REMINDER, language, DEMO_NOW + timedelta(days=20))
    )
    assert ("书面答复，但" if language == "zh_CN" else "repliedinwriting") not in text
    assert (
        "尚未收到解决本投诉的最终答复" if language == "zh_CN" else "notreceivedafinalresponse"
    ) in text


# -- rights and routes ------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_uk_crypto_exchange_is_not_sent_to_the_ombudsman(language: str) -> None:
    case = case_in(language, "UK", PlatformKind.CRYPTO_EXCHANGE)
    assert (
        "FinancialOmbudsmanService" if language == "en" else "英国金融申诉专员服务"
    ) not in letter(case, language)
    text = checklist(case, language)
    assert ("MoneyLaunderingRegulations" if language == "en" else "反洗钱条例") in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_fos_award_limit_phone_and_address(language: str) -> None:
    text = checklist(case_in(language, "UK"), language)
    assert "08000234567" in text and "ExchangeTower,LondonE149SR" in text
    assert ("43万英镑" if language == "zh_CN" else "£430,000") in text
    assert "2026-12-01" in text  # checked against its source on that date


@pytest.mark.parametrize("language", LANGUAGES)
def test_us_broker_letter_names_the_regulator_not_the_fee_based_forum(language: str) -> None:
    case = case_in(language, "US", PlatformKind.SECURITIES_BROKER)
    text = letter(case, language)
    assert "SEC" in text and "FINRA" not in text
    assert ("收费的仲裁" if language == "zh_CN" else "fee-basedarbitration") in checklist(
        case, language
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_i_scan_is_a_place_to_check_never_ticked(language: str) -> None:
    case = case_in(language, "OFFSHORE", PlatformKind.BINARY_OPTIONS)
    document = compose_checklist(case, language, DEMO_NOW)
    lines = [b for s in document.sections for b in s.blocks if hasattr(b, "done")]
    scan = [line for line in lines if "I-SCAN" in line.text]
    assert scan and not any(line.done for line in scan)
    assert "I-SCAN" not in letter(case, language)
    assert ("InvestorAlertsPortal" if language == "en" else "投资者警示门户") not in read(document)


@pytest.mark.parametrize("language", LANGUAGES)
def test_hong_kong_sfc_by_form_and_fdrc_fees(language: str) -> None:
    text = checklist(case_in(language, "HK"), language)
    assert "22311222" not in text
    assert ("网上投诉表格" if language == "zh_CN" else "onlinecomplaintform") in text
    assert ("申请费200港元" if language == "zh_CN" else "applicationHK$200") in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_mainland_routes_and_the_crypto_notice(language: str) -> None:
    text = checklist(case_in(language, "CN", PlatformKind.FUTURES_BROKER), language)
    for name in (
        ("12386", "中证中小投资者服务中心", "证监局", "中国期货业协会", "仲裁")
        if language == "zh_CN"
        else (
            "12386",
            "ChinaSecuritiesInvestorServicesCenter",
            "CSRC'slocalbureau",
            "ChinaFuturesAssociation",
            "Arbitration",
        )
    ):
        assert name in text, name
    crypto = case_in(language, "CN", PlatformKind.CRYPTO_EXCHANGE)
    text = checklist(crypto, language)
    assert "银发〔2021〕237号" in text if language == "zh_CN" else "Yinfa[2021]No.237" in text
    assert ("公安机关" if language == "zh_CN" else "police") in text
    # No advice that contradicts the notice (no regulator, scheme or licence to look for).
    assert (
        "向平台所在地的监管机构" if language == "zh_CN" else "Takethecomplainttotheregulator"
    ) not in text
    assert "237" not in letter(crypto, language)  # advice for the user, not the firm


@pytest.mark.parametrize("language", LANGUAGES)
def test_eu_letter_has_no_placeholder_body_and_cites_mica_for_crypto(language: str) -> None:
    case = case_in(language, "EU")
    text = letter(case, language)
    assert "ESMAguidance" not in text and "欧洲证券和市场管理局指引" not in text
    assert "FIN-NET" in checklist(case, language)
    crypto = letter(case_in(language, "EU", PlatformKind.CRYPTO_EXCHANGE), language)
    assert ("第71条" if language == "zh_CN" else "Article71") in crypto


@pytest.mark.parametrize("language", LANGUAGES)
def test_12386_gets_web_form_text_not_a_letter_to_a_complaints_department(language: str) -> None:
    case = case_in(language, "CN", PlatformKind.SECURITIES_BROKER)
    case.sent = SendingRecord(at=DEMO_NOW)
    text = read(
        compose_followup(case, FollowUpKind.COVER_NOTE, language, DEMO_NOW + timedelta(days=20))
    )
    assert "12386" in text
    assert ("客户投诉处理部门" if language == "zh_CN" else "ComplaintsDepartment") not in text
    assert ("网上投诉表格" if language == "zh_CN" else "onlinecomplaintform") in text


# -- the claim --------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_correct_or_compensate_not_both(language: str) -> None:
    case = build_demo("en").case.model_copy(deep=True)
    assert {RemedyKind.TRADE_CORRECTION, RemedyKind.COMPENSATION} <= set(case.remedy.kinds)
    text = letter(case, language)
    expected = (
        "如不予更正，请赔偿本人损失" if language == "zh_CN" else "or,ifyoudonot,compensatemyloss"
    )
    assert expected in text
    assert ("•赔偿本人损失" if language == "zh_CN" else "Paymecompensationof") not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_never_sent_order_is_not_called_filled_and_its_note_reaches_the_letter(
    language: str,
) -> None:
    case = build_demo(language).case.model_copy(deep=True)
    trade = case.trades[0]
    trade.status, trade.replaced_by, trade.note = OrderStatus.NOT_SENT, "R-2", "app froze"
    trade.executed_price = trade.executed_at = None
    text = letter(case, language)
    assert ("未能报送至交易所" if language == "zh_CN" else "neverreachedthemarket") in text
    assert "R-2" in text and "appfroze" in text
    executed = (
        f"委托{trade.order_id}成交" if language == "zh_CN" else f"Order{trade.order_id}wasexecuted"
    )
    assert executed not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_withdrawal_case_leads_with_the_money_held_and_drops_empty_sections(language: str) -> None:
    case = build_demo("en").case.model_copy(deep=True)
    case.trades = []
    case.remedy.kinds = [RemedyKind.PROCESS_WITHDRAWAL]
    case.remedy.compensation = None
    case.problem.categories = [ProblemCategory.WITHDRAWAL]
    document = compose_letter(case, language, DEMO_NOW)
    opening = squash(document.opening[-1].text)
    assert (
        "WD-88412" in opening
        and ("12,500.00英镑" if language == "zh_CN" else "12,500.00GBP") in opening
    )
    text = read(document)
    for empty in (
        ("受影响的委托", "未就单笔委托主张")
        if language == "zh_CN"
        else ("Ordersaffected", "Idonotclaim")
    ):
        assert empty not in text
    assert (
        "暂扣本人资金所依据的法律或合同条款" if language == "zh_CN" else "legalorcontractualbasis"
    ) in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_letter_asks_for_the_records_the_firm_holds(language: str) -> None:
    text = letter(build_demo(language).case, language)
    assert ("审计记录" if language == "zh_CN" else "orderaudittrail") in text
    assert ("订单执行政策" if language == "zh_CN" else "order-executionpolicy") in text


@pytest.mark.parametrize(
    ("jurisdiction", "en", "zh"),
    [
        ("UK", "Article15oftheUKGDPR", "第15条"),
        ("EU", "Article15oftheGeneralDataProtectionRegulation", "第15条"),
        ("CN", "Article45", "第四十五条"),
    ],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_data_access_request_cites_the_law_that_applies(
    language: str, jurisdiction: str, en: str, zh: str
) -> None:
    case = case_in(language, jurisdiction)
    text = read(compose_data_access_request(case, language, DEMO_NOW))
    assert (zh if language == "zh_CN" else en) in text
    assert case.platform.account_id.replace(" ", "") in text
    assert ("通话录音" if language == "zh_CN" else "Recordingsofmytelephonecalls") in text


# -- words ------------------------------------------------------------------------------


def test_chinese_letter_words() -> None:
    case = build_demo("zh_CN").case
    document = compose_letter(case, "zh_CN", DEMO_NOW)
    text = read(document)
    assert "此致敬礼！王丽华2026年11月17日" in text  # closing, then name and date below
    assert "人民币4,270.00元" in text and "CNY" not in text
    assert "200股" in text and "500股" in text
    assert "北京时间2026年11月10日09:30" in text and "UTC+08:00" not in text
    assert "问题问题" not in text and "我们" not in text
    checklist_text = checklist(case, "zh_CN")
    assert "你" not in checklist_text
    sent = case.model_copy(deep=True)
    sent.sent = SendingRecord(at=DEMO_NOW)
    reminder = read(
        compose_followup(sent, FollowUpKind.REMINDER, "zh_CN", DEMO_NOW + timedelta(days=20))
    )
    assert "通过电子邮件" in reminder and "（电子邮件）" not in reminder
    assert "索偿" not in checklist(case_in("zh_CN", "HK"), "zh_CN")


def test_english_letter_words() -> None:
    case = build_demo("en").case
    text = read(compose_letter(case, "en", DEMO_NOW))
    assert "20October2026at10:12(UKtime)" in text
    assert "Whathappened" in text and "Whatwassaid" in text  # timeline vs contacts table
    sent = case.model_copy(deep=True)
    sent.sent = SendingRecord(at=DEMO_NOW)
    reminder = read(
        compose_followup(sent, FollowUpKind.REMINDER, "en", DEMO_NOW + timedelta(days=20))
    )
    assert "youragent,Priya(ClientServices),promised" in reminder


def test_demo_cases_are_possible() -> None:
    for language in LANGUAGES:
        case = build_demo(language).case
        assert "限价委托" not in case.problem.narrative
        assert case.platform.hotline not in ("95500",)
        assert not contradictions(case, DEMO_NOW)
    chinese = build_demo("zh_CN").case
    assert "市价委托" in chinese.problem.narrative


# -- contradictions ---------------------------------------------------------------------


def test_contradictions_are_found_without_qt() -> None:
    case = build_demo("en").case.model_copy(deep=True)
    case.trades[0].status = OrderStatus.REJECTED  # but it has an executed price
    case.contacts[0].at = case.problem.started_at - timedelta(days=3)
    case.trades.append(Trade(order_id="F-1", sent_at=DEMO_NOW + timedelta(days=2)))
    codes = {(item.code, item.field) for item in contradictions(case, DEMO_NOW)}
    assert ("order_not_executed_has_fill", "trades.0.executed_price") in codes
    assert ("contact_before_incident", "contacts.0.at") in codes
    assert ("date_in_future", "trades.2.sent_at") in codes


@pytest.mark.parametrize("language", LANGUAGES)
def test_review_reports_contradictions_in_both_languages(language: str) -> None:
    case = build_demo(language).case.model_copy(deep=True)
    case.trades[0].status = OrderStatus.REJECTED
    findings = {f.code: f for f in review_case(case, language, DEMO_NOW)}
    found = findings["order_not_executed_has_fill"]
    assert case.trades[0].order_id in found.what and found.step == "trades"


# -- fills in the user's favour ---------------------------------------------------------


def _fills_in_favour(language: str) -> Case:
    case = build_demo(language).case.model_copy(deep=True)
    case.remedy.compensation = None
    case.claimed_loss = None
    for trade in case.trades:  # Buy and Sell swapped, as a user might enter them
        trade.side = OrderSide.BUY if trade.side is OrderSide.SELL else OrderSide.SELL
    return case


@pytest.mark.parametrize("language", LANGUAGES)
def test_fills_in_the_users_favour_are_never_claimed_as_a_loss(language: str) -> None:
    case = _fills_in_favour(language)
    assert all(money.amount < 0 for money in case.computed_loss())
    text = letter(case, language)
    claims = {
        "en": ("Myloss,workedoutorderbyorderbelow", "Inaddition,Iclaim"),
        "zh_CN": ("本人的损失为", "本人就下列委托主张损失"),
    }
    assert not [words for words in claims[language] if words in text]
    in_favour = {"en": "Iclaimnolossfromthepricedifference", "zh_CN": "本人不就价差主张损失"}
    assert in_favour[language] in text
    found = [f for f in review_case(case, language, DEMO_NOW) if f.code == "fills_in_favour"]
    assert [(f.step, f.field) for f in found] == [("trades", "trades.0.side")]
    assert case.trades[0].order_id in found[0].why


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_real_loss_is_claimed_and_raises_no_favour_finding(language: str) -> None:
    case = build_demo(language).case.model_copy(deep=True)
    case.remedy.compensation = None
    text = letter(case, language)
    claimed = {"en": "Iclaim275.00USDfortheorders", "zh_CN": "本人的损失为人民币4,270.00元"}
    assert claimed[language] in text
    assert "fills_in_favour" not in {f.code for f in review_case(case, language, DEMO_NOW)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_firms_stages_are_in_the_chronology_with_the_users_note(language: str) -> None:
    from complaintkit.domain.enums import FirmStage
    from complaintkit.domain.models import StageRecord

    case = build_demo(language).case.model_copy(deep=True)
    case.firm_stages = [
        StageRecord(
            stage=FirmStage.ACKNOWLEDGED,
            at=datetime(2026, 11, 12, 10, 0, tzinfo=UTC),
            note="reference ACK-5521",
            evidence_ids=[case.evidence[0].id],
        )
    ]
    text = letter(case, language)
    row = {
        "en": "12November2026at10:00(UKtime)Yourfirmacknowledgedmycomplaint.Mynote:"
        "referenceACK-5521(seeE1)",
        "zh_CN": "北京时间2026年11月12日18:00贵公司确认受理本人的投诉。本人备注："
        "referenceACK-5521（见E1）",
    }
    assert row[language] in text


def test_a_promises_state_reads_as_part_of_the_sentence() -> None:
    text = letter(build_demo("en").case, "en")
    assert "17:00(UKtime);notkept." in text and ";Notkept" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_checklist_calls_the_letters_deadline_a_request_not_the_rules(language: str) -> None:
    # The letter asks for a reply in 14 days; the UK rules give the firm eight weeks
    # before the ombudsman takes the complaint. The checklist must not confuse the two.
    case = case_in(language, "UK")
    case.sent = None
    text = checklist(case, language)
    days = case.remedy.reply_deadline_days
    asked = {
        "en": f"Yourletterasksforareplywithin{days}daysofsending.Thatisyourrequest",
        "zh_CN": f"投诉信请平台在发送后{days}天内答复。这是您提出的期限",
    }
    assert asked[language] in text
    assert "Thefirmwillhave" not in text and "天时间答复" not in text
