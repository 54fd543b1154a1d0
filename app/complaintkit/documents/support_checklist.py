"""The checklist's support-record parts (issue 20): how the firm handled it, its offer,
and legal help as the last step. `documents/checklist.py` places them."""

from __future__ import annotations

from datetime import datetime

from complaintkit.documents.structure import ChecklistLine
from complaintkit.documents.support_text import checklist_lines
from complaintkit.documents.wording import Words
from complaintkit.domain import Case, timing
from complaintkit.domain.enums import OfferDecision
from complaintkit.knowledge.channel_advice import advice_key, channel_advice
from complaintkit.knowledge.legal_help import legal_help_for
from complaintkit.knowledge.offer import assess_offer
from complaintkit.knowledge.support_record import support_record


def support_lines(case: Case, now: datetime, w: Words) -> tuple[str, list[ChecklistLine]]:
    """The section title and every figure of the support record. `w`: any catalog."""
    s = w.of("support")
    advice = [ChecklistLine(False, s(advice_key(category))) for category, _ in channel_advice(case)]
    return s("checklist.section"), advice + checklist_lines(support_record(case, now), s)


def final_response_line(case: Case, w: Words) -> ChecklistLine | None:
    """Replaces 'reply due / follow up' once the firm's final response is recorded."""
    day = timing.final_response_on(case)
    if day is None:
        return None
    return ChecklistLine(True, w.of("support")("sending.final_response", date=w.date(day)))


def legal_help_pointer(w: Words) -> ChecklistLine:
    return ChecklistLine(False, w.of("support")("legal_help.pointer"))


def legal_help_lines(case: Case, w: Words) -> tuple[str, list[ChecklistLine]]:
    s = w.of("support")
    rows, abroad = legal_help_for(case)
    lines = [ChecklistLine(False, s("legal_help.intro"))]
    if abroad:
        lines.append(ChecklistLine(False, s("legal_help.abroad")))
    if not rows:
        lines.append(ChecklistLine(False, s("legal_help.none")))
    for row in rows:
        source = s("legal_help.source", source=row.source, date=w.date(row.last_checked))
        joiner = " " if w.language == "en" else ""
        lines.append(
            ChecklistLine(
                False,
                s("legal_help.row", name=row.name(w.language), website=row.website),
                row.note(w.language) + joiner + source,
            )
        )
    return s("legal_help.section"), lines


def offer_lines(case: Case, now: datetime, w: Words) -> tuple[str, list[ChecklistLine]] | None:
    assessment = assess_offer(case, now)
    if assessment is None:
        return None
    s = w.of("support")
    offer = assessment.offer
    zone = timing.case_zone(case)
    received = w.date(timing.local_day(offer.received_at, zone)) if offer.received_at else ""
    if offer.amount is not None and received:
        head = s("offer.recorded", amount=w.money(offer.amount), date=received)
    elif received:
        head = s("offer.recorded_no_amount", date=received)
    else:
        head = s("offer.recorded_undated")
    lines = [ChecklistLine(True, head)]
    if offer.covers.strip():
        lines.append(ChecklistLine(True, s("offer.covers", covers=offer.covers.strip())))
    claimed = w.join([w.money(money) for money in assessment.claimed])
    if assessment.shortfall is not None and assessment.claimed_same_currency is not None:
        same = w.money(assessment.claimed_same_currency)
        if assessment.covers_claim:
            lines.append(ChecklistLine(True, s("offer.covers_claim", claimed=same)))
        elif assessment.shortfall.amount <= 0:
            lines.append(ChecklistLine(True, s("offer.covers_part", claimed=same)))
        else:
            shortfall = w.money(assessment.shortfall)
            lines.append(
                ChecklistLine(False, s("offer.against_claim", claimed=same, shortfall=shortfall))
            )
        if assessment.others:
            others = w.join([w.money(money) for money in assessment.others])
            lines.append(ChecklistLine(False, s("offer.other_claims", others=others)))
    elif offer.amount is not None and assessment.claimed:
        lines.append(ChecklistLine(False, s("offer.other_currency", claimed=claimed)))
    if offer.conditions.strip():
        lines.append(
            ChecklistLine(False, s("offer.conditions", conditions=offer.conditions.strip()))
        )
    if offer.full_and_final:
        lines.append(ChecklistLine(False, s("offer.full_and_final")))
    if assessment.answer_by is not None:
        key = "offer.answer_overdue" if assessment.answer_overdue else "offer.answer_by"
        lines.append(ChecklistLine(False, s(key, date=w.date(assessment.answer_by))))
    decided = offer.decision is not OfferDecision.UNDECIDED
    lines.append(ChecklistLine(decided, s(f"offer.decision_{offer.decision.value}")))
    return s("offer.section"), lines
