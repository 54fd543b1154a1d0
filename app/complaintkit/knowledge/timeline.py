"""The case on one horizontal time line (issue 20): what happened, every contact, every
promise and its due date, the firm's stages and offer, and the dates that matter.

Plain data: each mark has its moment, its lane, what it is, and where in the wizard
the item is (step and field path), so the PDF figure and the app's view draw the same
marks and a click in the app goes to the item. Dates without a time (reply due, the
scheme's dates) are placed at the reminder time of that day in the case's zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from complaintkit.domain import timing
from complaintkit.domain.enums import ContactChannel, Direction, FirmStage
from complaintkit.domain.models import Case
from complaintkit.knowledge.bodies import chosen_or_suggested_body
from complaintkit.knowledge.plan import escalation_plan_for

Lane = Literal["problem", "contacts", "promises", "firm", "deadlines"]
# The lanes drawn, top to bottom; "deadlines" are lines drawn across all of them.
LANES: tuple[Lane, ...] = ("problem", "contacts", "promises", "firm")

MarkKind = Literal[
    "incident",  # the problem, from its start to its end (or to now while ongoing)
    "order",
    "contact",
    "promise",
    "stage",
    "offer",
    "offer_answer_by",
    "sent",
    "reply_due",
    "scheme_opens",
    "scheme_closes",
]

PromiseState = Literal["kept", "broken", "open"]


@dataclass(frozen=True)
class Mark:
    lane: Lane
    kind: MarkKind
    at: datetime
    # Where the item is edited: a step id and a field path its page can focus ("": a
    # date the case computes, nothing to edit there).
    step: str
    field: str
    # For the incident: where its bar ends.
    until: datetime | None = None
    channel: ContactChannel | None = None
    from_firm: bool = False
    bot: bool = False
    promise: PromiseState | None = None
    stage: FirmStage | None = None


def _promise_state(kept: bool | None, overdue: bool) -> PromiseState:
    if kept is True:
        return "kept"
    return "broken" if kept is False or overdue else "open"


def timeline_marks(case: Case, now: datetime) -> list[Mark]:
    """Every mark of the case, in time order."""
    zone = timing.case_zone(case)
    marks: list[Mark] = []
    problem = case.problem
    if problem.started_at is not None:
        until = problem.ended_at or (now if problem.ongoing else None)
        marks.append(
            Mark("problem", "incident", problem.started_at, "timeline", "problem.started_at", until)
        )
    for index, trade in enumerate(case.trades):
        if trade.sent_at is not None and not trade.is_blank():
            marks.append(
                Mark("problem", "order", trade.sent_at, "trades", f"trades.{index}.sent_at")
            )
    for index, contact in enumerate(case.contacts):
        if contact.is_blank():
            continue
        marks.append(
            Mark(
                "contacts",
                "contact",
                contact.at,
                "contacts",
                f"contacts.{index}.summary",
                channel=contact.channel,
                from_firm=contact.direction is Direction.FROM_FIRM,
                bot=contact.with_bot,
            )
        )
        for promise in contact.promises:
            if promise.due is not None:
                state = _promise_state(promise.kept, promise.is_overdue(now))
                marks.append(
                    Mark(
                        "promises",
                        "promise",
                        promise.due,
                        "contacts",
                        f"contacts.{index}.summary",
                        promise=state,
                    )
                )
    for record in case.firm_stages:
        marks.append(
            Mark("firm", "stage", record.at, "contacts", "firm_stages", stage=record.stage)
        )
    offer = case.offer
    if offer is not None and offer.received_at is not None:
        marks.append(Mark("firm", "offer", offer.received_at, "contacts", "offer.received_at"))
    if offer is not None and offer.answer_by is not None:
        marks.append(
            Mark("deadlines", "offer_answer_by", offer.answer_by, "contacts", "offer.answer_by")
        )
    if case.sent is not None:
        marks.append(Mark("deadlines", "sent", case.sent.at, "", ""))
        due = timing.reply_due(case)
        if due is not None and timing.final_response_on(case) is None:
            marks.append(
                Mark(
                    "deadlines",
                    "reply_due",
                    timing.at_time(due, zone),
                    "remedy",
                    "reply_deadline_days",
                )
            )
    body = chosen_or_suggested_body(case)
    if body is not None and body.takes_complaints and case.sent is not None:
        step = escalation_plan_for(case, body, now)
        if step.available_from is not None:
            opens = timing.at_time(step.available_from, zone)
            marks.append(Mark("deadlines", "scheme_opens", opens, "", ""))
        if step.refer_by is not None:
            closes = timing.at_time(step.refer_by, zone)
            marks.append(Mark("deadlines", "scheme_closes", closes, "", ""))
    return sorted(marks, key=lambda mark: mark.at)
