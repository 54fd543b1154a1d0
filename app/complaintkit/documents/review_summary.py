"""The letter-strength review, summarised for the checklist.

Findings that domain.completeness already reports in the checklist's evidence
section are not repeated; these lines carry the rest (wording, amounts,
evidence per problem), each with why it matters.
"""

from __future__ import annotations

from datetime import datetime

from complaintkit.documents.structure import ChecklistLine
from complaintkit.domain import Case, timing
from complaintkit.knowledge.strength_review import REUSED_CODES, Finding, review_case, rule_finding


def review_lines(case: Case, now: datetime, language: str) -> list[ChecklistLine]:
    """One unticked line per finding the checklist does not already show."""
    findings = review_case(case, language, now)
    return [ChecklistLine(False, f.what, f.why) for f in findings if f.code not in REUSED_CODES]


def followup_review(case: Case, kind: str, language: str, now: datetime) -> list[Finding]:
    """The letter-strength review for a follow-up: the case's findings (a follow-up repeats
    its facts, dates and amounts) plus what weakens that follow-up itself."""
    findings = review_case(case, language, now)
    due = timing.reply_due(case)
    if kind == "reminder" and due is not None and not timing.is_past(due, case, now):
        findings.append(rule_finding(language, "reminder_before_due", "review", "sent"))
    return findings
