"""The case model keeps what the user typed and refuses what cannot be right."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from pydantic import ValidationError

from complaintkit.domain import (
    Case,
    Claimant,
    ContactEvent,
    Money,
    OrderSide,
    Problem,
    Promise,
    Trade,
)
from complaintkit.domain.messages import explain
from tests.strategies import cases

T0 = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(cases())
def test_every_case_round_trips_through_json_unchanged(case: Case) -> None:
    again = Case.model_validate_json(case.model_dump_json())
    assert again == case
    assert again.model_dump_json() == case.model_dump_json()


def test_money_keeps_exact_decimals_and_never_uses_floats() -> None:
    loss = Money(amount="1234.56", currency="cny")
    assert loss.amount == Decimal("1234.56")
    assert loss.currency == "CNY"
    assert loss.format() == "1,234.56 CNY"
    assert Money(amount=0.1, currency="USD").amount == Decimal("0.1")
    assert Money(amount="0.00012345", kind="asset", currency="usdt").format() == "0.00012345 USDT"


def _messages(error: pytest.ExceptionInfo[ValidationError], language: str) -> str:
    return " | ".join(str(problem) for problem in explain(error.value, language))


def test_negative_quantity_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ValidationError) as error:
        Trade(order_id="A1", quantity=Decimal(-5))
    assert "Quantity: The quantity cannot be negative" in _messages(error, "en")
    assert "数量不能为负数" in _messages(error, "zh_CN")


def test_end_before_start_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        Problem(started_at=T0, ended_at=T0 - timedelta(minutes=1))
    assert "End is earlier than the start" in _messages(error, "en")
    assert "结束时间早于开始时间" in _messages(error, "zh_CN")


def test_unknown_currency_is_refused_but_a_crypto_asset_is_allowed() -> None:
    with pytest.raises(ValidationError) as error:
        Money(amount=1, currency="XYZ")
    assert "XYZ is not a known currency code" in _messages(error, "en")
    assert "XYZ 不是可识别的货币代码" in _messages(error, "zh_CN")
    assert Money(amount=1, currency="USDT", kind="asset").currency == "USDT"


def test_malformed_email_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        Claimant(email="li.wei at example")
    assert "Your e-mail: li.wei at example does not look like an e-mail" in _messages(error, "en")
    assert "您的电子邮箱" in _messages(error, "zh_CN")


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValidationError) as error:
        ContactEvent(at=datetime(2026, 11, 20, 9, 30))
    assert "time zone" in _messages(error, "en")


def test_validation_of_a_list_item_names_the_row() -> None:
    with pytest.raises(ValidationError) as error:
        Case.model_validate({"trades": [{"quantity": "1"}, {"quantity": "-1"}]})
    assert "Quantity (item 2)" in _messages(error, "en")


def test_trade_loss_is_size_times_adverse_price_difference_without_fees() -> None:
    # Fees would have been paid on the intended fill too: they are not part of the loss.
    buy = Trade(quantity=100, intended_price="10.00", executed_price="10.35", fees="5")
    sell = Trade(side=OrderSide.SELL, quantity=10, intended_price=50, executed_price=48)
    assert buy.loss() == Money(amount=Decimal("35.00"), currency="CNY")
    assert sell.loss() == Money(amount=Decimal(20), currency="CNY")
    assert Trade(quantity=1, intended_price=1).loss() is None
    assert Trade(quantity=1, loss_override="99.5").loss().amount == Decimal("99.5")


def test_case_totals_losses_per_currency_without_mixing() -> None:
    case = Case(
        trades=[
            Trade(quantity=1, intended_price=1, executed_price=2, currency="USD"),
            Trade(quantity=2, intended_price=1, executed_price=2, currency="USD"),
            Trade(quantity=1, intended_price=1, executed_price=3, currency="HKD"),
        ]
    )
    assert sorted(m.format() for m in case.computed_loss()) == ["2.00 HKD", "3.00 USD"]


def test_overdue_promise() -> None:
    promise = Promise(text="call back", due=T0)
    assert promise.is_overdue(T0 + timedelta(days=1))
    assert not promise.is_overdue(T0 - timedelta(days=1))
    assert not Promise(text="x", due=T0, kept=True).is_overdue(T0 + timedelta(days=1))
