"""Facts in a case that cannot all be true: a caseworker stops trusting a letter at the first.

Plain rules, no wording (the review's sentences are in review.toml under the codes):

- `order_not_executed_has_fill`: an order marked rejected, cancelled or never sent
  that also has an executed price or time;
- `contact_before_incident`: a contact with the firm about the problem, dated before
  the problem started;
- `date_in_future`: a date of something that already happened (the problem, an order,
  a contact, a withdrawal, a capture) after now. Promised dates may be
  in the future.

Each finding names the wizard step (a flow.StepId value) and the field to fix.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from complaintkit.domain.enums import OrderStatus
from complaintkit.domain.models import Case

# Every code `contradictions` can report.
CODES = frozenset({"order_not_executed_has_fill", "contact_before_incident", "date_in_future"})

# Orders that never traded: an executed price or time contradicts the status.
NOT_EXECUTED = frozenset({OrderStatus.REJECTED, OrderStatus.CANCELLED, OrderStatus.NOT_SENT})


@dataclass(frozen=True)
class Contradiction:
    code: str
    step: str
    field: str
    # Values the sentence names (an order id, the date as entered), already as text.
    order_id: str = ""


def _past_moments(case: Case) -> Iterator[tuple[str, str, datetime | None, str]]:
    """(step, field, moment, order id) for everything that has already happened."""
    problem = case.problem
    yield "timeline", "problem.started_at", problem.started_at, ""
    yield "timeline", "problem.ended_at", problem.ended_at, ""
    for index, trade in enumerate(case.trades):
        yield "trades", f"trades.{index}.sent_at", trade.sent_at, trade.order_id
        yield "trades", f"trades.{index}.executed_at", trade.executed_at, trade.order_id
    for index, contact in enumerate(case.contacts):
        yield "contacts", f"contacts.{index}.at", contact.at, ""
    details = problem.details_in_use()
    withdrawal, freeze, security = (
        details.get("withdrawal"),
        details.get("freeze"),
        details.get("security"),
    )
    if withdrawal is not None:
        yield "problem", "problem.withdrawal.requested_at", withdrawal.requested_at, ""
    if freeze is not None:
        yield "problem", "problem.freeze.frozen_at", freeze.frozen_at, ""
    if security is not None:
        yield "problem", "problem.security.noticed_at", security.noticed_at, ""
        yield "problem", "problem.security.reported_at", security.reported_at, ""
    for index, item in enumerate(case.evidence):
        yield "evidence", f"evidence.{index}.captured_at", item.captured_at, ""


def contradictions(case: Case, now: datetime) -> list[Contradiction]:
    """Every contradiction in the case, in wizard step order of discovery."""
    found: list[Contradiction] = []
    for index, trade in enumerate(case.trades):
        if trade.status in NOT_EXECUTED and (
            trade.executed_price is not None or trade.executed_at is not None
        ):
            field = "executed_price" if trade.executed_price is not None else "executed_at"
            found.append(
                Contradiction(
                    "order_not_executed_has_fill",
                    "trades",
                    f"trades.{index}.{field}",
                    trade.order_id or str(index + 1),
                )
            )
    started = case.problem.started_at
    if started is not None:
        for index, contact in enumerate(case.contacts):
            if contact.at < started:
                found.append(
                    Contradiction("contact_before_incident", "contacts", f"contacts.{index}.at")
                )
    for step, field, moment, order_id in _past_moments(case):
        if moment is not None and moment > now:
            found.append(Contradiction("date_in_future", step, field, order_id))
    return found
