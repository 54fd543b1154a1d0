"""When the user may go to each escalation body, and whether its conditions are met.

Every date comes from the one date engine (domain.timing), in the case's own
zone, the same dates the letter, checklist, follow-ups and calendar print. When
the user recorded the firm's final response (`Case.firm_stages`), waits end and
time limits start on its date; otherwise the latest written reply from the firm
is offered as "if this was the final response" rather than assumed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal
from zoneinfo import ZoneInfo

from complaintkit.domain import timing
from complaintkit.domain.enums import ContactChannel, Direction, FirmStage
from complaintkit.domain.models import Case
from complaintkit.domain.timing import add_months  # noqa: F401  (kept for callers)
from complaintkit.knowledge.bodies import (
    EscalationBody,
    EscalationData,
    bodies_for_case,
    shipped_data,
)

PrerequisiteCode = Literal[
    "written_complaint",
    "waiting_period",
    "final_response",
    "final_response_recorded",
    "within_limit_final_response",
    "within_limit_knowledge",
    "within_limit_event",
]

# Channels that leave the user a written copy of the firm's answer.
_WRITTEN = {
    ContactChannel.EMAIL,
    ContactChannel.LETTER,
    ContactChannel.IN_APP,
    ContactChannel.WEB_FORM,
}


@dataclass(frozen=True)
class Prerequisite:
    code: PrerequisiteCode
    # None: cannot be known from the case yet (e.g. not sent).
    met: bool | None
    # The date the condition was met, becomes met, or runs out.
    on: date | None = None


@dataclass(frozen=True)
class EscalationStep:
    body: EscalationBody
    prerequisites: tuple[Prerequisite, ...]
    # First day the user may go there; None when it depends on something not yet done.
    available_from: date | None
    # Last day under the body's time limits known from the case; None when unknown.
    refer_by: date | None

    @property
    def ready(self) -> bool:
        """Conditions met: only ever true for a body that takes complaints."""
        return self.body.takes_complaints and all(
            item.met is True for item in self.prerequisites
        )

    def open_on(self, today: date) -> bool:
        return self.ready and self.available_from is not None and self.available_from <= today


def firm_written_reply(case: Case) -> datetime | None:
    """The firm's final response as recorded, else its latest written answer after the
    complaint was sent."""
    recorded = timing.stage_reached(case, FirmStage.FINAL_RESPONSE)
    if recorded is not None:
        return recorded
    if case.sent is None:
        return None
    replies = [
        contact.at
        for contact in case.contacts
        if contact.direction is Direction.FROM_FIRM
        and contact.channel in _WRITTEN
        and contact.at >= case.sent.at
    ]
    return max(replies, default=None)


def scheme_opens(case: Case, body: EscalationBody, sent: date) -> date | None:
    """The day the firm's time is over for `body`, for a complaint sent on `sent`."""
    wait = body.wait_for(case.platform.kind)
    return wait.after(sent) if wait is not None else None


def _step(case: Case, body: EscalationBody, now: datetime, zone: ZoneInfo) -> EscalationStep:
    if not body.takes_complaints:
        return EscalationStep(body, (), None, None)
    today = timing.local_day(now, zone)
    sent = timing.sent_on(case)
    reply_at = firm_written_reply(case)
    reply = timing.local_day(reply_at, zone) if reply_at else None
    recorded_final = timing.final_response_on(case) is not None
    items: list[Prerequisite] = []
    starts: list[date] = []
    unknown_start = False
    if body.requires_written_complaint:
        items.append(Prerequisite("written_complaint", sent is not None, sent))
        if sent is not None:
            starts.append(sent)
        else:
            unknown_start = True
    wait = body.wait_for(case.platform.kind)
    if wait is not None:
        if sent is None:
            items.append(Prerequisite("waiting_period", None))
            unknown_start = True
        else:
            wait_over = wait.after(sent)
            if body.final_response_ends_wait and reply is not None and reply < wait_over:
                # The firm answered in writing first: the user may go once it is final.
                code: PrerequisiteCode = (
                    "final_response_recorded" if recorded_final else "final_response"
                )
                items.append(Prerequisite(code, True, reply))
                starts.append(reply)
            else:
                items.append(Prerequisite("waiting_period", today >= wait_over, wait_over))
                starts.append(wait_over)
    refer_by: list[date] = []
    for limit in body.time_limits:
        if limit.from_ == "final_response":
            if reply is None:
                continue  # the clock has not started
            last = timing.limit_closes(reply, limit.months)
            items.append(Prerequisite("within_limit_final_response", today <= last, last))
        else:
            code = (
                "within_limit_event" if limit.from_ == "event" else "within_limit_knowledge"
            )
            started = case.problem.started_at
            if started is None:
                items.append(Prerequisite(code, None))
                continue
            last = timing.limit_closes(timing.local_day(started, zone), limit.months)
            items.append(Prerequisite(code, today <= last, last))
        refer_by.append(last)
    available = None if unknown_start else max(starts, default=today)
    return EscalationStep(body, tuple(items), available, min(refer_by, default=None))


def escalation_plan(
    case: Case, now: datetime, data: EscalationData | None = None
) -> list[EscalationStep]:
    """One step per body that fits the case, most useful first (ombudsman before regulator)."""
    zone = timing.case_zone(case)
    return [_step(case, body, now, zone) for body in bodies_for_case(case, data or shipped_data())]


def escalation_plan_for(case: Case, body: EscalationBody, now: datetime) -> EscalationStep:
    """The step for one body (e.g. one the user chose outside the case's jurisdiction)."""
    return _step(case, body, now, timing.case_zone(case))
