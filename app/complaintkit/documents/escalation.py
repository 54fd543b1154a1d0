"""Where the user will go if the firm does not answer: the body named in the letter,
and the checklist lines with the dates from which the user may go there.

The knowledge layer (resources/data/escalation) supplies the bodies and the
date logic; this module only words them for the documents.
"""

from __future__ import annotations

from datetime import datetime

from complaintkit.documents.structure import ChecklistLine
from complaintkit.documents.wording import Words
from complaintkit.domain import Case, timing
from complaintkit.knowledge import chosen_or_suggested_body
from complaintkit.knowledge.advice import platform_advice
from complaintkit.knowledge.plan import EscalationStep, escalation_plan, escalation_plan_for
from complaintkit.knowledge.plan_text import step_details, step_headline, step_lines


def escalation_body_name(case: Case, language: str) -> str | None:
    """The chosen (else suggested) body's name as used in a sentence, or None when none fits."""
    body = chosen_or_suggested_body(case)
    return body.in_sentence(language) if body is not None else None


def escalation_step(case: Case, now: datetime) -> EscalationStep | None:
    """The plan step of the body the letter names (dates and conditions), if any."""
    body = chosen_or_suggested_body(case)
    if body is None:
        return None
    step = next((step for step in escalation_plan(case, now) if step.body.id == body.id), None)
    return step or escalation_plan_for(case, body, now)


def escalation_lines(case: Case, now: datetime, w: Words) -> list[ChecklistLine]:
    """Per body: when the user may go (with its conditions met or not, with dates)."""
    language = w.language
    today = timing.today(case, now)
    lines: list[ChecklistLine] = []
    plan = escalation_plan(case, now)
    if not plan:
        key = "plan.no_body_for_kind" if case.platform.jurisdiction else "plan.no_jurisdiction"
        lines.append(ChecklistLine(False, w.of("knowledge")(key)))
    for step in plan:
        # A warning list, a pointer or a notice is never a step "done".
        ready = step.open_on(today)
        lines.append(
            ChecklistLine(
                ready, step_headline(step, language, today, w.date), step_details(step, language)
            )
        )
        for line in step_lines(step, language, w.date):
            lines.append(ChecklistLine(line.met, "— " + line.text))
    if plan and not has_complaint_route(case, now):
        # Only notices or pointers (e.g. crypto in mainland China): advice about licences and
        # schemes would contradict them.
        return lines
    for advice in platform_advice(case.platform.kind, case.platform.jurisdiction, language):
        lines.append(ChecklistLine(False, advice))
    return lines


def has_complaint_route(case: Case, now: datetime) -> bool:
    """Whether any body known for the case takes complaints (or none is known at all)."""
    plan = escalation_plan(case, now)
    return not plan or any(step.body.takes_complaints for step in plan)
