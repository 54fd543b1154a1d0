"""Knowledge layer (no Qt): escalation bodies, escalation plans with dates,
platform-kind advice and the letter-strength review."""

from complaintkit.knowledge.bodies import (
    EscalationBody,
    EscalationData,
    bodies_for_case,
    body_name,
    chosen_or_suggested_body,
    jurisdictions,
    load_escalation_data,
    shipped_data,
)

__all__ = [
    "EscalationBody",
    "EscalationData",
    "bodies_for_case",
    "body_name",
    "chosen_or_suggested_body",
    "jurisdictions",
    "load_escalation_data",
    "shipped_data",
]
