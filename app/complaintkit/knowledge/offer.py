"""The firm's offer weighed against the claim: what it covers, what is left, when to answer.

Amounts are compared only in the same currency or asset (never converted); the
claim is the user's own total when given, else the trades' losses, as in the letter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from complaintkit.domain import timing
from complaintkit.domain.models import Case, FirmOffer
from complaintkit.domain.money import Money


@dataclass(frozen=True)
class OfferAssessment:
    offer: FirmOffer
    claimed: tuple[Money, ...]
    # The claim in the offer's currency, and what the offer leaves unpaid (None when
    # the offer has no amount or the claim is in another currency).
    claimed_same_currency: Money | None
    shortfall: Money | None
    answer_by: date | None
    answer_overdue: bool

    @property
    def covers_claim(self) -> bool:
        return self.shortfall is not None and self.shortfall.amount <= 0


def claimed_total(case: Case) -> list[Money]:
    if case.claimed_loss is not None:
        return [case.claimed_loss]
    losses = case.computed_loss()
    positive = [loss for loss in losses if loss.amount > 0]
    if case.remedy.compensation is not None and not positive:
        return [case.remedy.compensation]
    return positive


def assess_offer(case: Case, now: datetime) -> OfferAssessment | None:
    offer = case.offer
    if offer is None:
        return None
    claimed = claimed_total(case)
    same = None
    if offer.amount is not None:
        same = next(
            (
                money
                for money in claimed
                if money.currency == offer.amount.currency and money.kind == offer.amount.kind
            ),
            None,
        )
    shortfall = None
    if same is not None and offer.amount is not None:
        shortfall = Money(
            amount=same.amount - offer.amount.amount, currency=same.currency, kind=same.kind
        )
    answer_by = (
        timing.local_day(offer.answer_by, timing.case_zone(case)) if offer.answer_by else None
    )
    overdue = answer_by is not None and timing.is_past(answer_by, case, now)
    return OfferAssessment(offer, tuple(claimed), same, shortfall, answer_by, overdue)
