"""The scam track's documents, read back from the PDFs: every fact, every date, both languages."""

from __future__ import annotations

import io
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from complaintkit.demo import DEMO_NOW, build_demo
from complaintkit.documents.checklist import checklist_sections, compose_checklist
from complaintkit.documents.generate import generate
from complaintkit.documents.letter import compose_letter
from complaintkit.documents.police_pack import compose_police_pack
from complaintkit.documents.recovery_letters import compose_recovery_letter
from complaintkit.documents.render_pdf import render_pdf
from complaintkit.documents.wording import Words
from complaintkit.domain import Answer, TrackChoice
from complaintkit.knowledge.recovery import recovery_routes
from complaintkit.locales import lookup
from tests.unit.scam_cases import NOW, scam_case
from tests.unit.test_documents import pdf_text, squash


def rendered(document) -> str:
    buffer = io.BytesIO()
    render_pdf(document, buffer)
    return squash(pdf_text(buffer.getvalue()))


def has(text: str, *facts: str) -> None:
    for fact in facts:
        assert squash(fact) in text, fact


def words(language: str, key: str, **params: object) -> str:
    return str(lookup(language, "scam", key)).format(**params)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_police_pack_lists_every_transfer_in_full_and_where_to_report(language):
    case = scam_case(scam__home_country="UK", scam__police_reference="NFRC261100123")
    text = rendered(compose_police_pack(case, language, NOW))
    has(
        text,
        case.claimant.full_name,
        case.claimant.phone,
        case.platform.name,
        case.platform.website,
        case.platform.address_as_seen,
        "NFRC261100123",
        "500.00 GBP",
        "2,500.00 GBP",
        "0.05 BTC",  # assets are shown as entered, totals per asset
        "3,000.00 GBP",
        "Monzo Mastercard ending 1111",
        "ZGM PAYMENTS",
        "ZG-0001",
        "Brightline Services Ltd",
        "ZGM 7781",
        case.transfers[2].tx_hash,
        case.transfers[2].wallet_address,
        "0300 123 2040",
        "https://www.reportfraud.police.uk/",
        words(language, "facts.pay_to_unlock"),
        words(language, "facts.site_unreachable"),
    )


def test_police_pack_for_mainland_china_names_110_96110_and_the_app():
    case = scam_case(scam__home_country="CN")
    text = rendered(compose_police_pack(case, "zh_CN", NOW))
    has(text, "110", "96110", "国家反诈中心", "www.mps.gov.cn")


@pytest.mark.parametrize(
    ("country", "facts"),
    [
        ("US", ["ic3.gov", "reportfraud.ftc.gov"]),
        ("AU", ["cyber.gov.au/report-and-recover/report", "scamwatch.gov.au"]),
        ("SG", ["1799", "eservices1.police.gov.sg"]),
        ("HK", ["18222", "adcc.gov.hk"]),
        ("EU", ["europol.europa.eu"]),
    ],
)
def test_police_pack_names_the_users_countrys_services(country, facts):
    text = rendered(compose_police_pack(scam_case(scam__home_country=country), "en", NOW))
    has(text, *facts)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_card_chargeback_letter_has_the_payments_and_the_computed_limit(language):
    case = scam_case(scam__home_country="UK")
    route = next(r for r in recovery_routes(case) if r.kind == "card_chargeback")
    document = compose_recovery_letter(case, route, language, NOW)
    text = rendered(document)
    w = Words(language, "scam", ZoneInfo("Europe/London"))
    has(
        text,
        "Monzo Bank",
        "ZG-0001",
        "500.00 GBP",
        w.date(route.closes),  # 30 December 2026: 120 days after 1 September
        w.date(route.transfers[0].closes_if_from_service),  # counted from the withdrawal
        "120",
        "540",
        "mastercard.us",
        case.claimant.full_name,
    )
    assert "2,500.00 GBP" not in squash(text)  # the bank transfer is another letter's


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_uk_reimbursement_claim_has_the_limit_the_excess_and_the_last_day(language):
    case = scam_case(scam__home_country="UK")
    route = next(r for r in recovery_routes(case) if r.kind == "app_reimbursement")
    text = rendered(compose_recovery_letter(case, route, language, NOW))
    day = "15 October 2027" if language == "en" else "2027年10月15日"
    has(text, "NatWest", "Brightline Services Ltd", "2,500.00 GBP", "85,000.00 GBP")
    has(text, "100.00 GBP", "13", day, "psr.org.uk")


def test_recall_request_and_exchange_records_request():
    case = scam_case(scam__home_country="SG")
    routes = {r.kind: r for r in recovery_routes(case)}
    recall = rendered(compose_recovery_letter(case, routes["bank_recall"], "en", NOW))
    has(recall, "NatWest", "ZGM 7781", words("en", "recall.request_1"))
    crypto = rendered(compose_recovery_letter(case, routes["crypto_records"], "en", NOW))
    has(crypto, "Kraken", case.transfers[2].tx_hash, case.transfers[2].wallet_address)
    has(crypto, words("en", "crypto.request_1"))


def test_a_missed_card_limit_says_so():
    case = scam_case(scam__home_country="UK")
    route = next(r for r in recovery_routes(case) if r.kind == "card_chargeback")
    later = NOW.replace(year=2027, month=3)
    text = rendered(compose_recovery_letter(case, route, "en", later))
    has(text, "The limit for the first payment (30 December 2026) has passed")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_checklist_takes_the_scam_order_with_warnings_in_the_users_language(language):
    case = scam_case(scam__home_country="UK")
    sections = checklist_sections(case, language, NOW)
    titles = [section.title for section in sections]
    order = ["assessment", "preserve", "stop_paying", "recovery", "police", "warning_list"]
    order.append("letter_record")
    assert titles[:7] == [words(language, f"sections.{key}") for key in order]
    text = rendered(compose_checklist(case, language, NOW))
    has(
        text,
        words(language, "level.likely"),
        words(language, "signals.pay_to_unlock"),
        words(language, "truths.never_pay"),
        words(language, "truths.recovery_room"),
        words(language, "truths.fake_support"),
        words(language, "truths.no_ombudsman"),
        "Report Fraud",
        "0300 123 2040",
    )


def test_checklist_of_a_possible_case_adds_one_section_and_keeps_the_route():
    case = scam_case(scam__home_country="UK", problem__narrative="We talked on WhatsApp.")
    case.platform.jurisdiction = "UK"
    case.platform.licence_number = "FRN 1"
    case.platform.address_as_seen = ""
    case.scam.licence_known = Answer.YES
    sections = checklist_sections(case, "en", NOW)
    assert sections[0].title == words("en", "sections.worth_checking")
    assert len(sections) == 8  # the seven of the complaint route follow


def test_checklist_of_a_licensed_firm_is_unchanged_when_the_user_says_so():
    case = scam_case()
    case.scam.track = TrackChoice.LICENSED
    titles = [section.title for section in checklist_sections(case, "en", NOW)]
    assert words("en", "sections.police") not in titles


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_letter_to_the_platform_is_a_record_naming_the_police(language):
    case = scam_case(scam__home_country="UK")
    text = rendered(compose_letter(case, language, NOW))
    has(text, words(language, "letter.record"))
    police = (
        "Report Fraud (formerly Action Fraud), the national fraud and cyber crime reporting service"
    )
    if language == "zh_CN":
        police = "Report Fraud（原Action Fraud），英国全国欺诈与网络犯罪报案服务"
    # Not yet reported (no crime reference): the letter says so, not that it was.
    has(text, words(language, "letter.reporting", bodies=police))
    case.scam.police_reference = "NFRC26110099"
    text = rendered(compose_letter(case, language, NOW))
    has(text, words(language, "letter.reported", bodies=police, reference="NFRC26110099"))


def test_generate_writes_the_pack_and_one_letter_per_route_and_removes_stale_ones(tmp_path: Path):
    case = scam_case(scam__home_country="UK")
    (tmp_path / "recovery-9-bank-recall-request.pdf").write_bytes(b"old")
    (tmp_path / "my-own-notes.pdf").write_bytes(b"mine")
    files = generate(case, "en", lambda item: b"", tmp_path, now=NOW)
    assert [p.name for p in files.extra] == [
        "police-report-pack.pdf",
        "recovery-1-card-chargeback.pdf",
        "recovery-2-bank-reimbursement-claim.pdf",
        "recovery-3-exchange-records-request.pdf",
    ]
    for path in files.extra:
        assert path.read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "recovery-9-bank-recall-request.pdf").exists()
    assert (tmp_path / "my-own-notes.pdf").read_bytes() == b"mine"
    case.scam.track = TrackChoice.LICENSED
    again = generate(case, "en", lambda item: b"", tmp_path, now=NOW)
    assert again.extra == [] and not (tmp_path / "police-report-pack.pdf").exists()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_complaint_demos_get_no_extra_documents(tmp_path: Path, language):
    demo = build_demo(language)
    files = generate(demo.case, language, demo.open_bytes, tmp_path, now=DEMO_NOW)
    assert files.extra == []


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_scam_demo_documents_carry_its_facts(tmp_path: Path, language):
    demo = build_demo(language, scam=True)
    files = generate(demo.case, language, demo.open_bytes, tmp_path, now=DEMO_NOW)
    assert len(files.extra) == 4
    pack = squash(pdf_text(files.extra[0]))
    case = demo.case
    for transfer in case.transfers:
        has(pack, transfer.amount.format(), transfer.from_account, transfer.reference)
    has(pack, case.transfers[-1].tx_hash, case.transfers[-1].wallet_address)
    card = squash(pdf_text(files.extra[1]))
    has(card, "Lloyds Bank", "AUR-77120", "AUR-78342")
    has(card, "10 December 2026" if language == "en" else "2026年12月10日")


def test_render_verb_writes_the_scam_demo_documents(tmp_path: Path, capsys):
    from complaintkit.cli import main

    assert main(["render", "--scam-demo", "--lang", "en", "--out", str(tmp_path)]) == 0
    written = capsys.readouterr().out
    for name in ("police-report-pack.pdf", "recovery-1-card-chargeback.pdf"):
        assert (tmp_path / name).is_file() and name in written


@pytest.mark.parametrize(
    "hostile", ["<b>bold</b> & <para>", "{platform} {0} %s", "警告：付款\u200b失败"]
)
def test_user_text_in_payments_comes_back_as_typed_never_as_markup(hostile):
    case = scam_case(scam__home_country="UK")
    case.transfers[1].to_account = hostile
    case.transfers[1].reference = hostile
    case.platform.address_as_seen = hostile
    pack = rendered(compose_police_pack(case, "en", NOW))
    route = next(r for r in recovery_routes(case) if r.kind == "app_reimbursement")
    letter = rendered(compose_recovery_letter(case, route, "en", NOW))
    for text in (pack, letter):
        has(text, hostile)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_police_pack_names_each_platform_detail(language):
    case = scam_case()
    case.platform.jurisdiction = "OFFSHORE"
    case.platform.account_id = "AC-551903"
    text = rendered(compose_police_pack(case, language, NOW))
    has(
        text,
        words(language, "pack.website", value=case.platform.website),
        words(language, "pack.account", value="AC-551903"),
        words(language, "pack.offshore"),
    )
    # Not "Says it is regulated in: Offshore or unlicensed platform".
    assert squash(words(language, "pack.jurisdiction", jurisdiction="")) not in text
