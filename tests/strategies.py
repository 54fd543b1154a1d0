"""Hypothesis strategies for whole cases, shared by the model, store and document tests.

Text deliberately includes markup characters, emoji, CJK, right-to-left scripts
and, now and then, very long strings.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

from hypothesis import strategies as st

from complaintkit.domain import (
    Case,
    Claimant,
    ContactEvent,
    DisputeDetails,
    EvidenceItem,
    FreezeDetails,
    Money,
    OutageDetails,
    Platform,
    Problem,
    Promise,
    Remedy,
    SecurityDetails,
    SendingRecord,
    Trade,
    WithdrawalDetails,
)
from complaintkit.domain.enums import (
    ContactChannel,
    Direction,
    EvidenceKind,
    Language,
    OrderSide,
    PlatformKind,
    ProblemCategory,
    RemedyKind,
)

NASTY_SAMPLES = [
    "<b>bold</b>",
    "a & b < c > d",
    '<img src="/etc/passwd"/>',
    '<onDraw name="x"/>',
    "<para><font",
    "投诉：服务器延迟导致损失 ¥1,234.56",
    "مرحبا بالعالم",
    "שלום עולם",
    "😡📉💸 emoji",
    "x" * 300,
    "\u202eRTL override",
]

text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(NASTY_SAMPLES),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=80),
)
# At the longest domain.limits allows for free text (the narrative may be longer).
long_text = st.one_of(text, st.just("长" * 10_000), st.just("a<&>" * 2_500))

zones = st.sampled_from([UTC, timezone(timedelta(hours=8)), timezone(timedelta(hours=-5))])
aware = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=zones
)
decimals = st.decimals(min_value=0, max_value=Decimal("1e12"), allow_nan=False, places=4)
currencies = st.sampled_from(["CNY", "HKD", "USD", "EUR", "JPY"])
money = st.builds(Money, amount=decimals, currency=currencies)


def _emails():
    return st.sampled_from(["", "li.wei@example.com", "张三@例子.中国", "a+b@mail.example.org"])


claimants = st.builds(
    Claimant, full_name=text, email=_emails(), phone=text, postal_address=long_text
)
platforms = st.builds(
    Platform,
    kind=st.sampled_from(PlatformKind),
    name=text,
    account_id=text,
    website=text,
    complaint_email=_emails(),
    hotline=text,
    jurisdiction=text,
    licence_number=text,
)


@st.composite
def problems(draw):
    start = draw(st.none() | aware)
    end = None if start is None else draw(st.none() | st.just(start + timedelta(hours=2)))
    return Problem(
        categories=draw(st.lists(st.sampled_from(ProblemCategory), max_size=4)),
        started_at=start,
        ended_at=end,
        ongoing=end is None and draw(st.booleans()),
        timezone=draw(st.sampled_from(["Asia/Shanghai", "Europe/London", "UTC"])),
        narrative=draw(st.one_of(long_text, st.just("长" * 50_000))),
        error_messages=draw(st.lists(text, max_size=3)),
        withdrawal=draw(
            st.none()
            | st.builds(
                WithdrawalDetails,
                amount=money,
                destination=text,
                status_shown=text,
                reasons_given=text,
            )
        ),
        freeze=draw(
            st.none()
            | st.builds(
                FreezeDetails,
                reason_given=text,
                documents_requested=text,
                documents_supplied=text,
            )
        ),
        security=draw(
            st.none()
            | st.builds(SecurityDetails, unauthorised_activity=text, platform_response=text)
        ),
        outage=draw(st.none() | st.builds(OutageDetails, what_tried=text, positions_affected=text)),
        dispute=draw(
            st.none()
            | st.builds(DisputeDetails, rule_relied_on=text, platform_ruling=text, why_wrong=text)
        ),
    )


trades = st.builds(
    Trade,
    order_id=text,
    instrument=text,
    side=st.sampled_from(OrderSide),
    quantity=decimals,
    currency=currencies,
    intended_price=st.none() | decimals,
    executed_price=st.none() | decimals,
    fees=decimals,
    note=text,
)
evidence = st.builds(
    EvidenceItem,
    kind=st.sampled_from(EvidenceKind),
    caption=text,
    original_name=text,
    media_type=st.just("image/png"),
    size=st.integers(min_value=0, max_value=10**9),
    captured_at=st.none() | aware,
)
promises = st.builds(Promise, text=text, due=st.none() | aware, kept=st.none() | st.booleans())
contacts = st.builds(
    ContactEvent,
    at=aware,
    channel=st.sampled_from(ContactChannel),
    direction=st.sampled_from(Direction),
    agent=text,
    reference=text,
    summary=long_text,
    promises=st.lists(promises, max_size=2),
    outcome=text,
)
remedies = st.builds(
    Remedy,
    kinds=st.lists(st.sampled_from(RemedyKind), max_size=3),
    compensation=st.none() | money,
    details=text,
    reply_deadline_days=st.integers(min_value=1, max_value=90),
)


@st.composite
def cases(draw):
    return Case(
        title=draw(text),
        reference=draw(text),
        letter_language=draw(st.sampled_from(Language)),
        claimant=draw(claimants),
        platform=draw(platforms),
        problem=draw(problems()),
        trades=draw(st.lists(trades, max_size=3)),
        evidence=draw(st.lists(evidence, max_size=3)),
        contacts=draw(st.lists(contacts, max_size=3)),
        remedy=draw(remedies),
        claimed_loss=draw(st.none() | money),
        sent=draw(st.none() | st.builds(SendingRecord, at=aware, to=text, note=text)),
    )
