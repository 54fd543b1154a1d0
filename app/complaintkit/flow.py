"""The wizard's steps, and everything said about a case, in one place without Qt.

The step order; each step's state (complete, could be stronger, something missing
or wrong, or nothing entered yet); and the findings: what completeness says is
missing, what the letter-strength review says is weak (with why it matters), what
contradicts itself, and what the user typed on a page that the case did not take.
The step list's marks, the Review step and the checklist read the same rules, so
a mark never says "complete" while Review or a red message says otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from complaintkit.domain.models import Case

# The rules (pydantic models, catalogs) are imported when first used: the main window
# names steps before its first paint, which must not wait for them.


class StepId(StrEnum):
    PLATFORM = "platform"
    CLAIMANT = "claimant"
    PROBLEM = "problem"
    TIMELINE = "timeline"
    TRADES = "trades"
    EVIDENCE = "evidence"
    CONTACTS = "contacts"
    REMEDY = "remedy"
    REVIEW = "review"


STEP_ORDER: tuple[StepId, ...] = tuple(StepId)


class Severity(StrEnum):
    WRONG = "wrong"  # contradicts itself, or typed but not accepted
    MISSING = "missing"  # blocks a convincing letter
    WEAK = "weak"  # could be stronger


class StepState(StrEnum):
    WRONG = "wrong"
    MISSING = "missing"
    WEAK = "weak"
    COMPLETE = "complete"
    EMPTY = "empty"  # nothing entered, and nothing needed there yet


_RANK = {Severity.WRONG: 0, Severity.MISSING: 1, Severity.WEAK: 2}

# The language a complaints team works in, by where the firm is regulated; Hong Kong
# firms take Chinese or English, offshore ones anything: there the user's own language.
_LETTER_LANGUAGE_BY_JURISDICTION = {
    "CN": "zh_CN",
    "UK": "en",
    "US": "en",
    "AU": "en",
    "SG": "en",
    "EU": "en",
}


def suggested_letter_language(jurisdiction: str, ui_language: str) -> str:
    """The letter's language until the user chooses one (asked on the first step)."""
    return _LETTER_LANGUAGE_BY_JURISDICTION.get(jurisdiction, ui_language)


@dataclass(frozen=True)
class Finding:
    code: str
    step: StepId
    field: str  # dotted path in the case ("contacts.2.summary"), or "" for the step
    severity: Severity
    what: str
    why: str = ""


@dataclass(frozen=True)
class Unaccepted:
    """A value typed on a page that the case refused (the page shows why under it)."""

    step: StepId
    field: str
    label: str
    reason: str


def findings(
    case: Case, language: str, now: datetime, unaccepted: Iterable[Unaccepted] = ()
) -> list[Finding]:
    """Everything the user could still fix, worst first within each step, in step order."""
    from complaintkit.domain.completeness import describe, missing_items
    from complaintkit.domain.consistency import CODES as CONTRADICTION_CODES
    from complaintkit.knowledge.strength_review import (
        COMPLETENESS_CODE,
        REPEATS_COMPLETENESS,
        review_case,
    )
    from complaintkit.locales import lookup

    found: list[Finding] = []
    for entry in unaccepted:
        what = str(lookup(language, "completeness", "not_accepted.what")).format(
            field=entry.label, reason=entry.reason
        )
        why = str(lookup(language, "completeness", "not_accepted.why"))
        found.append(Finding("not_accepted", entry.step, entry.field, Severity.WRONG, what, why))
    missing = missing_items(case, now)
    severity_of = {item.code: Severity(item.severity) for item in missing}
    for item in missing:
        if item.code not in REPEATS_COMPLETENESS:
            found.append(
                Finding(
                    item.code, StepId(item.step), "", Severity(item.severity),
                    describe(item, language),
                )
            )
    for finding in review_case(case, language, now):
        if finding.code in CONTRADICTION_CODES:
            severity = Severity.WRONG
        else:
            # A completeness item the review words with its reason keeps its severity.
            code = COMPLETENESS_CODE.get(finding.code, finding.code)
            severity = severity_of.get(code, Severity.WEAK)
        found.append(
            Finding(
                finding.code, StepId(finding.step), finding.field, severity,
                finding.what, finding.why,
            )
        )
    order = {step: index for index, step in enumerate(STEP_ORDER)}
    return sorted(found, key=lambda f: (order[f.step], _RANK[f.severity]))


def _has_content(case: Case, step: StepId) -> bool:
    platform, claimant, problem = case.platform, case.claimant, case.problem
    match step:
        case StepId.PLATFORM:
            return bool(platform.name.strip() or platform.account_id.strip())
        case StepId.CLAIMANT:
            return bool(claimant.full_name.strip())
        case StepId.PROBLEM:
            return bool(problem.categories)
        case StepId.TIMELINE:
            return problem.started_at is not None or bool(problem.narrative.strip())
        case StepId.TRADES:
            return any(not trade.is_blank() for trade in case.trades)
        case StepId.EVIDENCE:
            return bool(case.evidence)
        case StepId.CONTACTS:
            return any(not contact.is_blank() for contact in case.contacts)
        case StepId.REMEDY:
            return bool(case.remedy.kinds)
    return False


def step_states(
    case: Case, now: datetime, unaccepted: Iterable[Unaccepted] = (), language: str = "en"
) -> dict[StepId, StepState]:
    """The state of every step but Review, from the same findings Review lists."""
    worst: dict[StepId, Severity] = {}
    for finding in findings(case, language, now, unaccepted):
        current = worst.get(finding.step)
        if current is None or _RANK[finding.severity] < _RANK[current]:
            worst[finding.step] = finding.severity
    states: dict[StepId, StepState] = {}
    for step in STEP_ORDER:
        if step is StepId.REVIEW:
            continue
        if step in worst:
            states[step] = StepState(worst[step].value)
        else:
            states[step] = StepState.COMPLETE if _has_content(case, step) else StepState.EMPTY
    return states
