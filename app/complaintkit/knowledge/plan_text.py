"""An escalation step in the user's words: one headline and one line per condition.

Date formatting is passed in so the checklist prints dates exactly like the letter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from complaintkit.knowledge.plan import EscalationStep, Prerequisite
from complaintkit.locales import lookup

DateFormat = Callable[[date], str]


@dataclass(frozen=True)
class StepLine:
    met: bool
    text: str


def _words(language: str, key: str, **params: object) -> str:
    return str(lookup(language, "knowledge", key)).format(**{k: str(v) for k, v in params.items()})


def prerequisite_text(
    item: Prerequisite,
    language: str,
    show: DateFormat = date.isoformat,
    voice: str = "prerequisites",
) -> str:
    """The condition in the user's words ("You complained…"); `voice="prerequisites_first_person"`
    for a note to the scheme ("I complained…")."""
    shown = show(item.on) if item.on else ""
    match item.code:
        case "written_complaint":
            key = "written_complaint_done" if item.met else "written_complaint"
        case "waiting_period":
            key = (
                "waiting_period_unknown"
                if item.on is None
                else ("waiting_period_done" if item.met else "waiting_period")
            )
        case "final_response" | "final_response_recorded":
            key = item.code
        case "within_limit_final_response":
            key = "within_limit_final_response" + ("" if item.met else "_missed")
        case "within_limit_knowledge" | "within_limit_event":
            key = (
                f"{item.code}_unknown"
                if item.on is None
                else item.code + ("" if item.met else "_missed")
            )
    return _words(language, f"{voice}.{key}", date=shown)


def step_headline(
    step: EscalationStep, language: str, today: date, show: DateFormat = date.isoformat
) -> str:
    name = step.body.name(language)
    if not step.body.takes_complaints:
        return _words(language, f"plan.headline_{step.body.role}", body=name)
    if step.available_from is None:
        return _words(language, "plan.available_after_sending", body=name)
    if step.available_from <= today and step.ready:
        return _words(language, "plan.available_now", body=name)
    return _words(language, "plan.available_from", body=name, date=show(step.available_from))


def step_details(step: EscalationStep, language: str) -> str:
    """Claim limit, contact and where the facts come from, for the small print."""
    body = step.body
    parts = [body.note(language)]
    if body.eligibility is not None:
        parts.append(_words(language, "plan.eligibility", text=body.eligibility(language)))
    if body.claim_limit is not None:
        parts.append(_words(language, "plan.claim_limit", amount=body.claim_limit.money().format()))
    contact = " · ".join(
        value for value in (body.hotline, body.email, body.website, body.address) if value
    )
    if contact:
        parts.append(_words(language, "plan.contact", contact=contact))
    parts.append(
        _words(language, "plan.checked", source=body.source, date=body.last_checked.isoformat())
    )
    return " ".join(parts) if language == "en" else "".join(parts)


def step_lines(
    step: EscalationStep, language: str, show: DateFormat = date.isoformat
) -> list[StepLine]:
    return [
        StepLine(item.met is True, prerequisite_text(item, language, show))
        for item in step.prerequisites
    ]
