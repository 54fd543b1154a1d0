"""The third demo case: the platform itself is the problem.

A UK resident paid an offshore "forex and binary options" platform by card, by
bank transfer and in USDT sent from her own exchange account; a Telegram
"account manager" moved her to a second site; after a profitable week her
withdrawal went "under security review" and she was asked for a 15% "tax" to
release it; the site then stopped opening and a "recovery" firm wrote to her.
Every name, account and address here is invented (example.com-style domains,
numbers that belong to no one); the transaction ids only have the right shape.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from complaintkit.demo import DemoCase, _evidence, _Screen
from complaintkit.domain import (
    Answer,
    CardScheme,
    Case,
    Chain,
    Claimant,
    ContactChannel,
    ContactEvent,
    Direction,
    Language,
    Money,
    PaymentMethod,
    Platform,
    PlatformKind,
    Problem,
    ProblemCategory,
    Promise,
    Remedy,
    RemedyKind,
    ScamAnswers,
    Transfer,
    WithdrawalDetails,
)
from complaintkit.domain.models import FreezeDetails, new_case_reference

SCAM_CASE_ID = "d3m0c0de000000000000000000000003"
TRON_ADDRESS = "TQ4yX8rVnBh2m7KpZc9WdFs3LtJe6UaN5P"
TRON_TX = "7c1f3a9e4b2d8f60a5e7c3b19d4f2e8a6c0b5d7e9f1a3c5e7b9d1f3a5c7e9b1d"


def _gbp(amount: str) -> Money:
    return Money(amount=Decimal(amount), currency="GBP")


def scam_demo(language: str) -> DemoCase:
    """The scam-track demo; `language` sets the letter language (the facts are the same)."""
    tz = ZoneInfo("Europe/London")

    def at(month: int, day: int, hour: int, minute: int) -> datetime:
        return datetime(2026, month, day, hour, minute, tzinfo=tz)

    created = at(11, 12, 20, 0)
    demo = DemoCase(case=Case(id=SCAM_CASE_ID, created_at=created))
    imported = at(11, 12, 20, 15)
    e_review = _evidence(
        demo,
        "evidence-scam-1",
        _Screen(
            "Aurelia Trade · Withdrawal",
            (
                "Balance: 18,400.00 GBP",
                "Withdrawal W-30917: 18,400.00 GBP",
                "Status: Under security review",
            ),
            ("Notice", "Pay the 15% capital gains tax", "(2,760.00 GBP) to release funds"),
            size=(1080, 1500),
            accent="#8250df",
        ),
        "Withdrawal W-30917 'under security review', with the demand for a 15% 'tax'",
        "aurelia-withdrawal.png",
        at(10, 28, 18, 5),
        imported,
    )
    e_chat = _evidence(
        demo,
        "evidence-scam-2",
        _Screen(
            "Telegram · Leo | Aurelia Senior Manager",
            (
                "Leo: our new platform is app.aurelia-trade.example",
                "Leo: pay the tax first, then the funds are released",
                "Leo: the bonus terms mean profits can be cancelled",
            ),
            size=(1080, 1500),
            accent="#229ed9",
        ),
        "Telegram chat with 'Leo', the account manager, moving me to the new site",
        "telegram-leo.png",
        at(10, 28, 18, 20),
        imported,
    )
    e_down = _evidence(
        demo,
        "evidence-scam-3",
        _Screen(
            "app.aurelia-trade.example",
            ("This site can't be reached", "DNS_PROBE_FINISHED_NXDOMAIN"),
            size=(1600, 1000),
            accent="#57606a",
        ),
        "The platform's site no longer opens (5 November)",
        "site-down.png",
        at(11, 5, 9, 40),
        imported,
    )
    narrative = (
        "In August 2026 a man called Leo contacted me on Telegram and said he was a senior "
        "account manager at Aurelia Capital. I opened an account at aurelia-capital.example "
        "and paid in by Visa debit card, then by bank transfer to the accounts Leo gave me, "
        "and finally in USDT that I bought on my own Coinbase account.\n"
        "In October Leo moved me to a new platform, app.aurelia-trade.example. After a "
        "profitable week my balance showed 18,400.00 GBP. On 20 October I asked to withdraw "
        "it; the withdrawal has been 'under security review' since.\n"
        "On 28 October Leo told me I had to pay a 15% capital gains tax of 2,760.00 GBP "
        "before the funds could be released, and that the bonus terms meant my profits could "
        "be cancelled. I did not pay. Since 5 November the site no longer opens.\n"
        "On 10 November a company called FundsBack Recovery e-mailed me offering to recover "
        "my money for an upfront fee of 500 GBP."
    )
    demo.case = Case(
        id=SCAM_CASE_ID,
        reference=new_case_reference(created, SCAM_CASE_ID),
        title="Aurelia Capital: withdrawal blocked, 'tax' demanded, site gone",
        created_at=created,
        updated_at=at(11, 14, 21, 0),
        letter_language=Language(language),
        claimant=Claimant(
            full_name="Margaret Hale",
            email="margaret.hale@example.co.uk",
            phone="+44 7700 900456",
            postal_address="27 Orchard Lane\nYork YO1 7HH\nUnited Kingdom",
        ),
        platform=Platform(
            kind=PlatformKind.BINARY_OPTIONS,
            name="Aurelia Capital",
            account_id="AC-551903",
            website="https://aurelia-capital.example",
            address_as_seen="https://app.aurelia-trade.example/account",
            complaint_email="support@aurelia-capital.example",
            jurisdiction="OFFSHORE",
        ),
        problem=Problem(
            categories=[ProblemCategory.WITHDRAWAL, ProblemCategory.FROZEN],
            started_at=at(10, 20, 11, 5),
            ongoing=True,
            timezone="Europe/London",
            narrative=narrative,
            error_messages=["Under security review", "This site can't be reached"],
            evidence_ids=[e_review.id, e_down.id],
            withdrawal=WithdrawalDetails(
                requested_at=at(10, 20, 11, 5),
                amount=_gbp("18400.00"),
                destination="Lloyds current account ending 8830",
                status_shown="Under security review",
                reasons_given="Pay the 15% capital gains tax (2,760.00 GBP) to release the funds",
            ),
            freeze=FreezeDetails(
                frozen_at=at(10, 28, 18, 0),
                reason_given="Security review; tax to be paid before release",
            ),
        ),
        transfers=[
            Transfer(
                id="transfer-scam-1",
                at=at(8, 12, 19, 30),
                amount=_gbp("250.00"),
                method=PaymentMethod.CARD,
                card_scheme=CardScheme.VISA,
                from_account="Lloyds Visa debit card ending 2291",
                to_account="AUR*CAPITAL LTD",
                paid_through="Lloyds Bank",
                reference="AUR-77120",
            ),
            Transfer(
                id="transfer-scam-2",
                at=at(8, 26, 20, 10),
                amount=_gbp("1000.00"),
                method=PaymentMethod.CARD,
                card_scheme=CardScheme.VISA,
                from_account="Lloyds Visa debit card ending 2291",
                to_account="AUR*CAPITAL LTD",
                paid_through="Lloyds Bank",
                reference="AUR-78342",
            ),
            Transfer(
                id="transfer-scam-3",
                at=at(9, 9, 12, 45),
                amount=_gbp("4500.00"),
                method=PaymentMethod.BANK_TRANSFER,
                from_account="Lloyds current account ending 8830",
                to_account="Westbay Trading Ltd, account ending 5521",
                paid_through="Lloyds Bank",
                reference="AUR 55310",
            ),
            Transfer(
                id="transfer-scam-4",
                at=at(9, 30, 17, 20),
                amount=_gbp("6000.00"),
                method=PaymentMethod.BANK_TRANSFER,
                from_account="Lloyds current account ending 8830",
                to_account="K Novak, account ending 0172",
                paid_through="Lloyds Bank",
                reference="INVEST",
            ),
            Transfer(
                id="transfer-scam-5",
                at=at(10, 14, 16, 2),
                amount=Money(amount=Decimal("5000"), currency="USDT", kind="asset"),
                method=PaymentMethod.CRYPTO,
                chain=Chain.TRON,
                from_account="My Coinbase account",
                to_account="Deposit address given by Leo",
                paid_through="Coinbase",
                tx_hash=TRON_TX,
                wallet_address=TRON_ADDRESS,
            ),
        ],
        scam=ScamAnswers(
            paid_by=[PaymentMethod.CARD, PaymentMethod.BANK_TRANSFER, PaymentMethod.CRYPTO],
            licence_known=Answer.NO,
            asked_to_pay=Answer.YES,
            home_country="UK",
        ),
        evidence=[e_review, e_chat, e_down],
        contacts=[
            ContactEvent(
                id="contact-scam-1",
                at=at(8, 10, 18, 0),
                channel=ContactChannel.SOCIAL_MEDIA,
                direction=Direction.FROM_FIRM,
                agent="Leo, 'Senior Account Manager' (Telegram @aurelia_leo)",
                summary="First message on Telegram offering a managed trading account.",
            ),
            ContactEvent(
                id="contact-scam-2",
                at=at(10, 28, 18, 20),
                channel=ContactChannel.SOCIAL_MEDIA,
                direction=Direction.FROM_FIRM,
                agent="Leo (Telegram @aurelia_leo)",
                summary="Told me to pay a 15% tax of 2,760.00 GBP before the withdrawal is paid.",
                promises=[
                    Promise(
                        text="Release withdrawal W-30917 once the tax is paid",
                        due=at(10, 31, 12, 0),
                        kept=False,
                    )
                ],
                outcome="I refused to pay",
                evidence_ids=[e_chat.id],
            ),
            # FundsBack's e-mail is not a contact with the firm (the letter would say
            # "you contacted me"): it is in the narrative, where the recovery-scam sign
            # is read from.
        ],
        remedy=Remedy(
            kinds=[RemedyKind.PROCESS_WITHDRAWAL, RemedyKind.UNFREEZE],
            details="Return all the money I paid in, without any further payment from me.",
            reply_deadline_days=14,
        ),
    )
    return demo
