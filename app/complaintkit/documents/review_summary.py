"""The letter-strength review, summarised for the checklist.

Findings that domain.completeness already reports in the checklist's evidence
section are not repeated; these lines carry the rest (wording, amounts,
evidence per problem), each with why it matters.
"""

from __future__ import annotations

from datetime import datetime

from complaintkit.documents.structure import ChecklistLine
from complaintkit.domain import Case
from complaintkit.knowledge.strength_review import REUSED_CODES, review_case


def review_lines(case: Case, now: datetime, language: str) -> list[ChecklistLine]:
    """One unticked line per finding the checklist does not already show."""
    findings = review_case(case, language, now)
    return [ChecklistLine(False, f.what, f.why) for f in findings if f.code not in REUSED_CODES]
