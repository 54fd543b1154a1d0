"""Cases for the scam-track tests, built here (not taken from the demo)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from complaintkit.domain import (
    CardScheme,
    Case,
    Chain,
    Claimant,
    Money,
    PaymentMethod,
    Platform,
    PlatformKind,
    Problem,
    ProblemCategory,
    Transfer,
    WithdrawalDetails,
)

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 17, 9, 0, tzinfo=ZoneInfo("UTC"))
BTC_TX = "a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d48d"
EVM_TX = "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060"
TRON_TX = "0d8f3b2c9a7e6d5c4b3a29181706f5e4d3c2b1a09f8e7d6c5b4a392817060504"
BTC_ADDRESS = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
EVM_ADDRESS = "0x742d35Cc6634C0532925a3b844Bc454e4438f44e"
TRON_ADDRESS = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"


def at(month: int, day: int, hour: int = 12, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, 0, tzinfo=LONDON)


def gbp(amount: str) -> Money:
    return Money(amount=Decimal(amount), currency="GBP")


def plain_case(narrative: str = "", **platform: object) -> Case:
    """A case with only a narrative and platform details: no signs unless the test adds them."""
    details = {"kind": PlatformKind.SECURITIES_BROKER, "name": "Test Broker"} | platform
    return Case(
        claimant=Claimant(full_name="Alex Tester"),
        platform=Platform(**details),
        problem=Problem(timezone="Europe/London", narrative=narrative),
    )


def scam_case(**changes: object) -> Case:
    """An offshore platform, paid by card, UK bank transfer and crypto, asked for a 'tax'."""
    case = Case(
        reference="CK-TEST-SCAM",
        claimant=Claimant(
            full_name="Priya Natarajan",
            email="priya@example.org",
            phone="+44 7700 900777",
            postal_address="5 Test Road\nLeeds LS2 9JT",
        ),
        platform=Platform(
            kind=PlatformKind.FOREX_CFD,
            name="Zenith Global Markets",
            website="https://zenith-global.example",
            address_as_seen="https://trade.zenith-gm.example/login",
            jurisdiction="OFFSHORE",
        ),
        problem=Problem(
            categories=[ProblemCategory.WITHDRAWAL],
            started_at=at(10, 1),
            timezone="Europe/London",
            narrative=(
                "They said I must pay a 20% tax of 1,900.50 GBP before the withdrawal is "
                "released. The website is down now."
            ),
            withdrawal=WithdrawalDetails(requested_at=at(10, 1), amount=gbp("9502.50")),
        ),
        transfers=[
            Transfer(
                id="t-card",
                at=at(9, 1),
                amount=gbp("500.00"),
                method=PaymentMethod.CARD,
                card_scheme=CardScheme.MASTERCARD,
                from_account="Monzo Mastercard ending 1111",
                to_account="ZGM PAYMENTS",
                paid_through="Monzo Bank",
                reference="ZG-0001",
            ),
            Transfer(
                id="t-bank",
                at=at(9, 15),
                amount=gbp("2500.00"),
                method=PaymentMethod.BANK_TRANSFER,
                from_account="NatWest account ending 2222",
                to_account="Brightline Services Ltd",
                paid_through="NatWest",
                reference="ZGM 7781",
            ),
            Transfer(
                id="t-crypto",
                at=at(9, 20),
                amount=Money(amount=Decimal("0.05"), currency="BTC", kind="asset"),
                method=PaymentMethod.CRYPTO,
                chain=Chain.BITCOIN,
                from_account="My Kraken account",
                paid_through="Kraken",
                tx_hash=BTC_TX,
                wallet_address=BTC_ADDRESS,
            ),
        ],
    )
    for path, value in changes.items():
        owner, _, name = path.rpartition("__")
        target = case
        for part in owner.split("__") if owner else ():
            target = getattr(target, part)
        setattr(target, name, value)
    return case
