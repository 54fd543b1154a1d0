"""Recovery routes and reporting data: sourced rows, the time limits, which route fits a payment."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from complaintkit.domain import Case, Chain, PaymentMethod, Transfer
from complaintkit.domain.chains import guess_chain
from complaintkit.domain.messages import explain
from complaintkit.domain.timing import chargeback_closes, reimbursement_claim_closes
from complaintkit.knowledge.recovery import home_country, recovery_routes, routes_without_payments
from complaintkit.knowledge.scam_data import (
    load_reporting_data,
    shipped_recovery_data,
    shipped_reporting_data,
)
from complaintkit.paths import resources_dir
from tests.unit.scam_cases import (
    BTC_ADDRESS,
    BTC_TX,
    EVM_ADDRESS,
    EVM_TX,
    TRON_ADDRESS,
    TRON_TX,
    at,
    gbp,
    scam_case,
)

CHECKED = date(2026, 12, 1)


# -- the data ----------------------------------------------------------------------


def test_every_recovery_row_is_sourced_and_dated():
    data = shipped_recovery_data()
    rows = [*data.card_scheme, data.app_reimbursement, data.bank_recall, data.crypto_records]
    for row in rows:
        assert row.source.startswith("https://") and row.last_checked == CHECKED


def test_the_uk_push_payment_rules_are_as_published():
    rule = shipped_recovery_data().app_reimbursement
    assert rule.country == "UK" and rule.in_force_from == date(2024, 10, 7)
    assert rule.claim_limit.money().format() == "85,000.00 GBP"
    assert rule.max_excess.money().format() == "100.00 GBP"
    assert rule.claim_within_months == 13


@pytest.mark.parametrize("scheme", ["visa", "mastercard"])
def test_card_scheme_limits(scheme):
    from complaintkit.domain import CardScheme

    limit = shipped_recovery_data().card_limit(CardScheme(scheme))
    assert (limit.dispute_days, limit.max_days) == (120, 540)


def test_every_country_has_its_police_route_with_the_published_numbers():
    data = shipped_reporting_data()
    assert set(data.countries()) == {"UK", "US", "AU", "SG", "HK", "CN", "EU"}
    by_id = {service.id: service for service in data.service}
    assert by_id["uk_report_fraud"].hotline == "0300 123 2040"
    assert "reportfraud.police.uk" in by_id["uk_report_fraud"].website
    assert "ic3.gov" in by_id["us_ic3"].website
    assert "cyber.gov.au" in by_id["au_reportcyber"].website
    assert "scamwatch.gov.au" in by_id["au_scamwatch"].website
    assert by_id["sg_scamshield"].hotline == "1799"
    assert "police.gov.sg" in by_id["sg_police_report"].website
    assert by_id["hk_adcc"].hotline == "18222"
    assert by_id["cn_110"].hotline == "110" and by_id["cn_96110"].hotline == "96110"
    assert "国家反诈中心" in by_id["cn_app"].name.zh_CN
    assert "europol" in by_id["eu_national_police"].website
    for service in data.service:
        assert service.last_checked == CHECKED and service.source.startswith("https://")


def test_a_reporting_row_without_a_source_is_refused(tmp_path: Path):
    text = (resources_dir() / "data" / "scam" / "reporting.toml").read_text(encoding="utf-8")
    broken = text.replace('source = "https://www.ic3.gov/"\n', "", 1)
    assert broken != text
    (tmp_path / "reporting.toml").write_text(broken, encoding="utf-8")
    with pytest.raises(ValidationError):
        load_reporting_data(tmp_path / "reporting.toml")


def test_the_users_country_comes_from_the_answer_else_the_time_zone():
    case = Case()
    assert home_country(case) == "CN"  # the default zone is Asia/Shanghai
    case.problem.timezone = "Europe/Berlin"
    assert home_country(case) == "EU"
    case.scam.home_country = "SG"
    assert home_country(case) == "SG"


# -- the date engine ---------------------------------------------------------------


def test_chargeback_limit_from_the_payment_from_the_service_date_and_capped():
    assert chargeback_closes(date(2026, 9, 1), 120, 540) == date(2026, 12, 30)
    assert chargeback_closes(date(2026, 9, 1), 120, 540, date(2026, 10, 20)) == date(2027, 2, 17)
    # A service due long after the payment: never beyond 540 days after it.
    assert chargeback_closes(date(2025, 1, 1), 120, 540, date(2026, 6, 1)) == date(2026, 6, 25)
    # A service date before the payment does not shorten the limit.
    assert chargeback_closes(date(2026, 9, 1), 120, 540, date(2026, 8, 1)) == date(2026, 12, 30)


def test_reimbursement_claim_limit_counts_months_and_clamps_to_month_end():
    assert reimbursement_claim_closes(date(2026, 9, 30), 13) == date(2027, 10, 30)
    assert reimbursement_claim_closes(date(2026, 1, 31), 13) == date(2027, 2, 28)


# -- routes ------------------------------------------------------------------------


def test_each_payment_goes_to_its_route_with_its_deadline():
    case = scam_case(scam__home_country="UK")
    routes = {route.kind: route for route in recovery_routes(case)}
    assert list(routes) == ["card_chargeback", "app_reimbursement", "crypto_records"]
    card = routes["card_chargeback"]
    assert card.addressee == "Monzo Bank" and card.scheme.scheme.value == "mastercard"
    assert card.closes == date(2026, 12, 30)  # 1 September + 120 days
    # The withdrawal was asked for on 1 October: counted from then, until 29 January.
    assert card.transfers[0].closes_if_from_service == date(2027, 1, 29)
    app = routes["app_reimbursement"]
    assert app.addressee == "NatWest" and app.closes == date(2027, 10, 15)
    assert (
        routes["crypto_records"].addressee == "Kraken" and routes["crypto_records"].closes is None
    )


def test_push_payments_outside_the_uk_rules_get_a_recall_request():
    before = scam_case(scam__home_country="UK")
    before.transfers[1].at = at(10, 1, year=2024)  # before 7 October 2024
    own = scam_case(scam__home_country="UK")
    own.transfers[1].to_own_account = True
    abroad = scam_case(scam__home_country="SG")
    for case in (before, own, abroad):
        kinds = [route.kind for route in recovery_routes(case)]
        assert "bank_recall" in kinds and "app_reimbursement" not in kinds


def test_payments_are_grouped_per_issuer_and_scheme_and_cash_has_no_route():
    case = scam_case(scam__home_country="UK")
    case.transfers.append(
        Transfer(
            at=at(9, 3),
            amount=gbp("100.00"),
            method=PaymentMethod.CARD,
            card_scheme=case.transfers[0].card_scheme,
            paid_through="Monzo Bank",
        )
    )
    case.transfers.append(Transfer(at=at(9, 4), amount=gbp("50"), method=PaymentMethod.CASH))
    case.transfers.append(
        Transfer(
            at=at(9, 5), amount=gbp("75"), method=PaymentMethod.E_WALLET, paid_through="PayPal"
        )
    )
    routes = recovery_routes(case)
    card = [r for r in routes if r.kind == "card_chargeback"]
    assert len(card) == 1 and len(card[0].transfers) == 2
    assert [r.addressee for r in routes if r.kind == "bank_recall"] == ["PayPal"]
    assert sum(len(r.transfers) for r in routes) == 5  # the cash payment is in none


def test_answers_without_payments_name_the_missing_routes():
    case = scam_case(transfers=[])
    case.scam.paid_by = [PaymentMethod.CARD, PaymentMethod.CRYPTO, PaymentMethod.CASH]
    assert routes_without_payments(case) == ["card_chargeback", "crypto_records"]


# -- transaction ids and addresses -------------------------------------------------


@pytest.mark.parametrize(
    ("chain", "tx", "address"),
    [
        (Chain.BITCOIN, BTC_TX, BTC_ADDRESS),
        (Chain.BITCOIN, BTC_TX, "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"),
        (Chain.BITCOIN, BTC_TX, "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"),
        (Chain.EVM, EVM_TX, EVM_ADDRESS),
        (Chain.TRON, TRON_TX, TRON_ADDRESS),
    ],
)
def test_well_formed_ids_and_addresses_are_accepted(chain, tx, address):
    transfer = Transfer(chain=chain, tx_hash=f"  {tx} ", wallet_address=address)
    assert transfer.tx_hash == tx  # pasted spaces are trimmed
    assert guess_chain(address) in (chain, None)


@pytest.mark.parametrize(
    ("chain", "tx", "address", "error"),
    [
        (Chain.BITCOIN, BTC_TX[:-1], BTC_ADDRESS, "ck_bad_tx_hash_bitcoin"),
        (Chain.EVM, EVM_TX[2:], EVM_ADDRESS, "ck_bad_tx_hash_evm"),
        (Chain.TRON, "0x" + TRON_TX, TRON_ADDRESS, "ck_bad_tx_hash_tron"),
        (
            Chain.BITCOIN,
            BTC_TX,
            "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdo",
            "ck_bad_address_bitcoin",
        ),
        (Chain.EVM, EVM_TX, EVM_ADDRESS[:-2], "ck_bad_address_evm"),
        (Chain.TRON, TRON_TX, "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6", "ck_bad_address_tron"),
        (Chain.TRON, TRON_TX, EVM_ADDRESS, "ck_bad_address_tron"),
    ],
)
def test_malformed_ids_and_addresses_are_explained_in_both_languages(chain, tx, address, error):
    with pytest.raises(ValidationError) as raised:
        Transfer(chain=chain, tx_hash=tx, wallet_address=address)
    assert raised.value.errors()[0]["type"] == error
    en, zh = explain(raised.value, "en")[0].message, explain(raised.value, "zh_CN")[0].message
    shown = tx if "tx_hash" in error else address
    assert shown in en and shown in zh
    assert zh != en


def test_other_chains_are_not_checked():
    assert Transfer(chain=Chain.OTHER, tx_hash="anything", wallet_address="xyz").tx_hash


def test_a_case_saved_before_payments_existed_still_loads():
    old = Case().model_dump(mode="json")
    del old["transfers"], old["scam"]
    del old["platform"]["address_as_seen"]
    case = Case.model_validate(old)
    assert case.transfers == [] and case.scam.track.value == "automatic"


def test_a_payment_may_only_cite_evidence_in_the_case():
    case = scam_case()
    with pytest.raises(ValidationError):
        Case.model_validate(case.model_dump() | {"transfers": [{"evidence_ids": ["missing"]}]})
