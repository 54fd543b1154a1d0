"""Which payment routes can bring money back for this case, to whom, and by when.

One `RecoveryRoute` per letter to write: the card issuer for card payments (per
issuer and scheme), the sending bank for UK push payments the reimbursement rules
cover, the bank or payment provider for other transfers (a recall), the exchange
the coins left from for crypto. Every date comes from the one date engine
(`domain.timing`) with the numbers in resources/data/scam/recovery_routes.toml.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from complaintkit.domain import Case, PaymentMethod, Transfer
from complaintkit.domain.timing import (
    case_zone,
    chargeback_closes,
    local_day,
    reimbursement_claim_closes,
    today,
)
from complaintkit.knowledge.scam_data import (
    CardSchemeLimit,
    RecoveryData,
    ReportingData,
    shipped_recovery_data,
    shipped_reporting_data,
)

RouteKind = Literal["card_chargeback", "app_reimbursement", "bank_recall", "crypto_records"]
ROUTE_ORDER: tuple[RouteKind, ...] = (
    "card_chargeback",
    "app_reimbursement",
    "bank_recall",
    "crypto_records",
)


@dataclass(frozen=True)
class TransferDeadline:
    transfer: Transfer
    # The last day under the route's rule (None: no rule with a date, or no payment date).
    closes: date | None
    # For card payments: the later date when counted from the day the service was due.
    closes_if_from_service: date | None = None


@dataclass(frozen=True)
class RecoveryRoute:
    kind: RouteKind
    # Who the letter goes to, as the user named them (bank, card issuer, exchange).
    addressee: str
    transfers: tuple[TransferDeadline, ...]
    scheme: CardSchemeLimit | None = None

    @property
    def closes(self) -> date | None:
        """The first of the payments' deadlines: act before it."""
        days = [item.closes for item in self.transfers if item.closes is not None]
        return min(days, default=None)

    def missed(self, now_day: date) -> bool:
        return self.closes is not None and self.closes < now_day


def home_country(case: Case, reporting: ReportingData | None = None) -> str:
    """Where the user lives: their answer, else a guess from the case's time zone."""
    reporting = reporting or shipped_reporting_data()
    if case.scam.home_country in reporting.countries():
        return case.scam.home_country
    return reporting.country_of_zone(case.problem.timezone)


def service_due(case: Case) -> date | None:
    """The day the platform should have paid out (when the user asked to withdraw)."""
    withdrawal = case.problem.withdrawal
    if withdrawal is None or withdrawal.requested_at is None:
        return None
    return local_day(withdrawal.requested_at, case_zone(case))


def _kind(case: Case, transfer: Transfer, country: str, data: RecoveryData) -> RouteKind | None:
    if transfer.method is PaymentMethod.CARD:
        return "card_chargeback"
    if transfer.method is PaymentMethod.CRYPTO:
        return "crypto_records"
    if transfer.method is PaymentMethod.BANK_TRANSFER:
        rule = data.app_reimbursement
        on = local_day(transfer.at, case_zone(case)) if transfer.at else None
        if (
            country == rule.country
            and not transfer.to_own_account
            and on is not None
            and on >= rule.in_force_from
        ):
            return "app_reimbursement"
        return "bank_recall"
    if transfer.method is PaymentMethod.E_WALLET:
        return "bank_recall"
    return None  # cash and other: nothing to recall through


def _deadline(
    case: Case, kind: RouteKind, transfer: Transfer, data: RecoveryData, last_payment: date | None
) -> TransferDeadline:
    zone = case_zone(case)
    paid_on = local_day(transfer.at, zone) if transfer.at else None
    if paid_on is None:
        return TransferDeadline(transfer, None)
    if kind == "card_chargeback":
        limit = data.card_limit(transfer.card_scheme)
        if limit is None:
            return TransferDeadline(transfer, None)
        closes = chargeback_closes(paid_on, limit.dispute_days, limit.max_days)
        due = service_due(case)
        later = chargeback_closes(paid_on, limit.dispute_days, limit.max_days, due)
        return TransferDeadline(transfer, closes, later if later != closes else None)
    if kind == "app_reimbursement" and last_payment is not None:
        months = data.app_reimbursement.claim_within_months
        return TransferDeadline(transfer, reimbursement_claim_closes(last_payment, months))
    return TransferDeadline(transfer, None)


def recovery_routes(
    case: Case,
    reporting: ReportingData | None = None,
    data: RecoveryData | None = None,
) -> list[RecoveryRoute]:
    """One route per addressee and kind, in the order the user should act on them."""
    data = data or shipped_recovery_data()
    country = home_country(case, reporting)
    groups: dict[tuple[RouteKind, str, str], list[Transfer]] = {}
    for transfer in sorted(case.transfers, key=lambda t: (t.at is None, t.at)):
        kind = _kind(case, transfer, country, data)
        if kind is None:
            continue
        card = kind == "card_chargeback" and transfer.card_scheme is not None
        scheme = transfer.card_scheme.value if card and transfer.card_scheme else ""
        groups.setdefault((kind, transfer.paid_through.strip(), scheme), []).append(transfer)
    routes = []
    for (kind, addressee, _scheme), transfers in groups.items():
        # The reimbursement claim runs from the last payment to the fraudster (per bank).
        days = [local_day(t.at, case_zone(case)) for t in transfers if t.at is not None]
        last = max(days, default=None)
        deadlines = tuple(_deadline(case, kind, t, data, last) for t in transfers)
        scheme = data.card_limit(transfers[0].card_scheme) if kind == "card_chargeback" else None
        routes.append(RecoveryRoute(kind, addressee, deadlines, scheme))
    return sorted(routes, key=lambda route: ROUTE_ORDER.index(route.kind))


def routes_without_payments(case: Case) -> list[RouteKind]:
    """Routes the answers point to but no payment has been entered for yet."""
    entered = {transfer.method for transfer in case.transfers}
    kinds: list[RouteKind] = []
    for method in case.scam.paid_by:
        if method in entered:
            continue
        if method is PaymentMethod.CARD:
            kinds.append("card_chargeback")
        elif method in (PaymentMethod.BANK_TRANSFER, PaymentMethod.E_WALLET):
            kinds.append("bank_recall")
        elif method is PaymentMethod.CRYPTO:
            kinds.append("crypto_records")
    return list(dict.fromkeys(kinds))


def days_left(route: RecoveryRoute, case: Case, now: datetime) -> int | None:
    closes = route.closes
    return None if closes is None else (closes - today(case, now)).days
