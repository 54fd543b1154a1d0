"""The firm's offer weighed against the claim: what it covers, what is left, when to answer.

Amounts are compared only in the same currency or asset (never converted). The claim
is what the letter asks to be paid: the money the firm holds (withdrawal, frozen
balance) and the loss (the user's own total when given, else the trades' losses).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from complaintkit.domain import timing
from complaintkit.domain.models import Case, FirmOffer, FreezeDetails, WithdrawalDetails
from complaintkit.domain.money import Money


@dataclass(frozen=True)
class OfferAssessment:
    offer: FirmOffer
    claimed: tuple[Money, ...]
    # The claim in the offer's currency, and what the offer leaves unpaid (None when
    # the offer has no amount or nothing is claimed in its currency).
    claimed_same_currency: Money | None
    shortfall: Money | None
    # What is claimed in other currencies (a withdrawal held in GBP, a loss in USD).
    others: tuple[Money, ...]
    answer_by: date | None
    answer_overdue: bool

    @property
    def covers_claim(self) -> bool:
        return self.shortfall is not None and self.shortfall.amount <= 0 and not self.others


def claimed_total(case: Case) -> list[Money]:
    """Everything the complaint asks to be paid, one total per currency: the money the
    firm holds (a withdrawal not paid, a frozen balance) and the loss claimed."""
    held: list[Money] = []
    details = case.problem.details_in_use()
    withdrawal, freeze = details.get("withdrawal"), details.get("freeze")
    if isinstance(withdrawal, WithdrawalDetails) and withdrawal.amount is not None:
        held.append(withdrawal.amount)
    if isinstance(freeze, FreezeDetails) and freeze.amount_held is not None:
        held.append(freeze.amount_held)
    if case.claimed_loss is not None:
        losses = [case.claimed_loss]
    else:
        losses = case.losses_to_claim()
        if not losses and case.remedy.compensation is not None:
            losses = [case.remedy.compensation]
    totals: dict[tuple[str, str], Money] = {}
    for money in held + losses:
        key = (money.currency, money.kind)
        totals[key] = totals[key] + money if key in totals else money
    return list(totals.values())


def assess_offer(case: Case, now: datetime) -> OfferAssessment | None:
    offer = case.offer
    if offer is None:
        return None
    claimed = claimed_total(case)
    same = None
    if offer.amount is not None:
        key = (offer.amount.currency, offer.amount.kind)
        same = next((m for m in claimed if (m.currency, m.kind) == key), None)
    others = tuple(money for money in claimed if money is not same)
    shortfall = None
    if same is not None and offer.amount is not None:
        shortfall = Money(
            amount=same.amount - offer.amount.amount, currency=same.currency, kind=same.kind
        )
    answer_by = (
        timing.local_day(offer.answer_by, timing.case_zone(case)) if offer.answer_by else None
    )
    overdue = answer_by is not None and timing.is_past(answer_by, case, now)
    return OfferAssessment(offer, tuple(claimed), same, shortfall, others, answer_by, overdue)
