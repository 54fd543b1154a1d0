"""Recognising a scam platform from the case: each warning sign, the level, the answers."""

from __future__ import annotations

import pytest

from complaintkit.demo import build_demo
from complaintkit.domain import (
    Answer,
    ContactChannel,
    ContactEvent,
    PaymentMethod,
    PlatformKind,
    TrackChoice,
)
from complaintkit.knowledge.scam_signals import assess
from tests.unit.scam_cases import at, plain_case, scam_case


def codes(case) -> list[str]:
    return [signal.code for signal in assess(case).signals]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("They told me to pay a 15% tax before the withdrawal can be released.", "pay_to_unlock"),
        ("Support asked for a verification deposit of 500 USD.", "pay_to_unlock"),
        ("客服说必须先缴纳20%的个人所得税才能提现。", "pay_to_unlock"),
        ("账户被冻结，要求交解冻金。", "pay_to_unlock"),
        ("After a profitable week my withdrawal was blocked.", "blocked_after_profit"),
        ("我盈利之后提现一直在审核中。", "blocked_after_profit"),
        ("They said the bonus terms mean my profits are voided.", "bonus_voids_profits"),
        ("平台说因为领取了赠金，盈利全部作废。", "bonus_voids_profits"),
        ("We only ever talked on WhatsApp.", "messenger_only"),
        ("对方只用纸飞机联系我。", "messenger_only"),
        ("My account manager moved me to a new website to trade.", "moved_to_other_site"),
        ("导师让我下载另一个平台的App。", "moved_to_other_site"),
        ("The website is no longer reachable.", "site_unreachable"),
        ("现在网站打不开了。", "site_unreachable"),
        ("A company contacted me offering to recover my money for a fee.", "recovery_offer"),
        ("有一家公司联系我，说可以帮我追回，收费5000元。", "recovery_offer"),
    ],
)
def test_each_sign_is_found_in_the_users_words_with_the_sentence(text, code):
    case = plain_case(f"Background first. {text} Nothing else.")
    found = [s for s in assess(case).signals if s.code == code]
    assert found, codes(case)
    assert found[0].where == "narrative"
    assert text.strip() in found[0].excerpt


def test_signs_are_found_in_messages_details_contacts_and_captions():
    case = plain_case()
    case.problem.error_messages = ["Pay the release fee to unlock your withdrawal"]
    case.contacts = [
        ContactEvent(at=at(10, 2), summary="The site is down and the app is gone."),
    ]
    where = {s.code: s.where for s in assess(case).signals}
    assert where["pay_to_unlock"] == "error_messages"
    assert where["site_unreachable"] == "contacts"


def test_a_decimal_amount_does_not_split_the_sentence():
    case = plain_case("I had to pay a tax of 2,760.00 GBP before the funds could be released.")
    signal = next(s for s in assess(case).signals if s.code == "pay_to_unlock")
    assert "2,760.00 GBP before the funds" in signal.excerpt


def test_neighbouring_sentences_count_for_profit_then_blocked():
    case = plain_case("After a profitable week my balance grew. Then my withdrawal was blocked.")
    assert "blocked_after_profit" in codes(case)


def test_answers_and_facts_raise_signs_too():
    case = plain_case(kind=PlatformKind.BINARY_OPTIONS, jurisdiction="OFFSHORE")
    case.scam.asked_to_pay = Answer.YES
    case.scam.licence_known = Answer.NO
    case.contacts = [ContactEvent(at=at(10, 2), channel=ContactChannel.SOCIAL_MEDIA)]
    case.platform.website = "https://broker.example"
    case.platform.address_as_seen = "http://broker-trade.example/app"
    found = {s.code: s.where for s in assess(case).signals}
    assert found == {
        "pay_to_unlock": "answers",
        "messenger_only": "contacts",
        "no_licence": "answers",
        "binary_options": "platform",
        "address_differs": "platform",
    }


def test_a_subdomain_of_the_official_site_is_not_a_different_address():
    case = plain_case(website="https://www.broker.example", address_as_seen="app.broker.example")
    assert "address_differs" not in codes(case)


def test_one_strong_sign_makes_it_likely_and_puts_the_case_on_the_scam_track():
    case = plain_case("The website is no longer reachable.")
    result = assess(case)
    assert result.level == "likely" and result.on_track


def test_one_weak_sign_only_asks():
    case = plain_case("We only ever talked on WhatsApp.", kind=PlatformKind.FOREX_CFD)
    result = assess(case)
    assert result.level == "possible" and not result.on_track and result.worth_showing
    assert result.questions == ("paid_by", "licence_known", "asked_to_pay")


def test_weak_signs_of_a_named_licensed_firm_stay_possible():
    case = plain_case(
        "We only ever talked on WhatsApp. After a profitable month my withdrawal was on hold.",
        kind=PlatformKind.FOREX_CFD,
        jurisdiction="UK",
        licence_number="FRN 123456",
    )
    case.scam.licence_known = Answer.YES
    assert assess(case).level == "possible"
    case.scam.licence_known = Answer.UNANSWERED
    case.platform.licence_number = ""
    case.platform.jurisdiction = "OFFSHORE"
    assert assess(case).level == "likely"


def test_the_users_correction_wins():
    case = scam_case()
    assert assess(case).on_track
    case.scam.track = TrackChoice.LICENSED
    assert not assess(case).on_track
    quiet = plain_case()
    quiet.scam.track = TrackChoice.SCAM
    assert assess(quiet).on_track and assess(quiet).worth_showing


def test_a_dismissed_sign_is_dropped():
    case = plain_case("The website is no longer reachable.")
    case.scam.dismissed_signals = ["site_unreachable"]
    result = assess(case)
    assert result.signals == () and result.level == "none"


def test_questions_go_away_once_answered():
    case = plain_case(kind=PlatformKind.CRYPTO_EXCHANGE)
    assert assess(case).questions == ("paid_by", "licence_known", "asked_to_pay")
    case.scam.paid_by = [PaymentMethod.CARD]
    case.scam.licence_known = Answer.NOT_SURE
    case.scam.asked_to_pay = Answer.NO
    assert assess(case).questions == ()


def test_a_licensed_securities_broker_raises_nothing_and_asks_nothing():
    case = plain_case("The order was filled two seconds late at a worse price.")
    result = assess(case)
    assert (result.level, result.signals, result.questions) == ("none", (), ())


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_two_complaint_demos_stay_on_the_complaint_route(language):
    result = assess(build_demo(language).case)
    assert result.level == "none" and not result.on_track


def test_the_scam_demo_is_on_the_track_with_every_kind_of_sign():
    result = assess(build_demo("en", scam=True).case)
    assert result.on_track and result.level == "likely"
    assert {
        "pay_to_unlock",
        "blocked_after_profit",
        "bonus_voids_profits",
        "messenger_only",
        "moved_to_other_site",
        "site_unreachable",
        "recovery_offer",
    } <= {s.code for s in result.signals}


def test_an_address_that_is_not_a_url_is_simply_not_compared():
    case = plain_case(website="https://broker.example", address_as_seen="警告：付款\u200b失败")
    assert "address_differs" not in codes(case)
