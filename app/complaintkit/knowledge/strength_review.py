"""Letter-strength review: read the case the way an experienced complaints adviser would.

Plain rules over the case. The word lists, limits and every sentence shown to the
user are in resources/locales/<lang>/review.toml, so each language has its own
vague time words and insults. Where domain.completeness already has the rule
(orders, order numbers, evidence, contacts, compensation amount, start date) it
is reused, not repeated; this module adds why each finding matters.

Each finding names the wizard step (a flow.StepId value) and the field to fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from complaintkit.domain.completeness import missing_items
from complaintkit.domain.consistency import contradictions
from complaintkit.domain.enums import (
    CaptureTimeSource,
    Language,
    OfferDecision,
    ProblemCategory,
)
from complaintkit.domain.labels import label
from complaintkit.domain.models import Case
from complaintkit.domain.typed_dates import format_typed
from complaintkit.locales import lookup

# completeness codes this review reports, with the field to fix.
_REUSED = {
    "no_orders": "trades",
    "order_without_id": "trades",
    "no_evidence": "evidence",
    "no_contacts": "contacts",
    "compensation_without_amount": "remedy.compensation",
    "no_start_time": "problem.started_at",
}
_RENAMED = {"compensation_without_amount": "remedy_without_amount"}
# An offer's answer date this close is worth a reminder on Review.
OFFER_ANSWER_SOON = timedelta(days=14)
# Completeness codes this review repeats (the review step lists each thing once).
REPEATS_COMPLETENESS = frozenset(_REUSED)
# Finding codes that repeat a completeness item (the checklist shows those already).
REUSED_CODES = frozenset(_RENAMED.get(code, code) for code in _REUSED)
# The completeness code behind each finding that rewords one (for its severity).
COMPLETENESS_CODE = {_RENAMED.get(code, code): code for code in _REUSED}

_TRADE_CATEGORIES = {ProblemCategory.SLOW_SERVER, ProblemCategory.WRONG_EXECUTION}
_MONEY_CATEGORIES = _TRADE_CATEGORIES | {
    ProblemCategory.WITHDRAWAL,
    ProblemCategory.FROZEN,
    ProblemCategory.SECURITY,
    ProblemCategory.OUTAGE,
}


@dataclass(frozen=True)
class Finding:
    code: str
    step: str  # platform, claimant, problem, timeline, trades, evidence, contacts, remedy
    field: str  # dotted path in the case, e.g. "contacts.2.summary"
    what: str
    why: str


class _Rules:
    def __init__(self, language: str) -> None:
        self.language = Language(language).value
        self.cjk = self.language == Language.ZH_CN.value

    def get(self, key: str) -> object:
        return lookup(self.language, "review", key)

    def words(self, key: str) -> list[str]:
        return [word.strip() for word in str(self.get(f"rules.{key}")).split("|") if word.strip()]

    def finding(self, code: str, step: str, field: str, **params: object) -> Finding:
        values = {k: str(v) for k, v in params.items()}
        what = str(self.get(f"findings.{code}.what")).format(**values)
        why = str(self.get(f"findings.{code}.why")).format(**values)
        return Finding(code, step, field, what, why)

    def matches(self, key: str, text: str) -> list[str]:
        """The listed words that occur in `text`, in list order, without repeats."""
        found = []
        # A plain substring test first: most listed words are absent, and the regex (a
        # whole-word search over a 50,000-character narrative, for each of some 300
        # words) cost ~45 ms on every keystroke once the step marks used this review.
        folded = text.casefold()
        for word in self.words(key):
            if self.cjk:
                hit = word in text
            else:
                hit = word.casefold() in folded and re.search(
                    rf"(?<![\w']){re.escape(word)}(?![\w'])", text, re.IGNORECASE
                )
            if hit:
                found.append(word)
        return found


def _texts(case: Case) -> Iterator[tuple[str, str, str]]:
    """(step, field path, text) for everything the user wrote that the letter quotes."""
    yield "timeline", "problem.narrative", case.problem.narrative
    for index, contact in enumerate(case.contacts):
        yield "contacts", f"contacts.{index}.summary", contact.summary
        yield "contacts", f"contacts.{index}.outcome", contact.outcome
    if case.problem.dispute is not None:
        yield "problem", "problem.dispute.why_wrong", case.problem.dispute.why_wrong
    yield "remedy", "remedy.details", case.remedy.details


def _language_findings(case: Case, rules: _Rules) -> list[Finding]:
    findings = []
    checks = (
        ("vague_time", "vague_time"),
        ("insults", "insulting_language"),
        ("threats", "threatening_language"),
    )
    for step, field, text in _texts(case):
        if not text.strip():
            continue
        for key, code in checks:
            words = rules.matches(key, text)
            if words:
                separator = "、" if rules.cjk else "”, “"
                findings.append(rules.finding(code, step, field, words=separator.join(words)))
    limit = int(str(rules.get("rules.max_narrative_chars")))
    length = len(case.problem.narrative.strip())
    if length > limit:
        findings.append(
            rules.finding(
                "narrative_too_long", "timeline", "problem.narrative", length=length, limit=limit
            )
        )
    return findings


def _has_evidence_for(case: Case, category: ProblemCategory) -> bool:
    if category in _TRADE_CATEGORIES:
        return any(trade.evidence_ids for trade in case.trades) or bool(case.problem.evidence_ids)
    return bool(case.problem.evidence_ids) or any(c.evidence_ids for c in case.contacts)


def _where_to_link(case: Case, category: ProblemCategory) -> tuple[str, str]:
    """The evidence picker that fixes "nothing shows this": the first order's for an
    order problem with orders listed, else the problem's own."""
    if category in _TRADE_CATEGORIES:
        for index, trade in enumerate(case.trades):
            if not trade.is_blank():
                return "trades", f"trades.{index}.evidence_ids"
    return "problem", "problem.evidence_ids"


def _unchecked_time_line_times(case: Case, rules: _Rules) -> list[Finding]:
    """A capture in the letter's time line dated only by its file (maybe when it was copied)."""
    numbers = case.exhibit_numbers()
    return [
        rules.finding(
            "time_line_time_from_file_date",
            "evidence",
            f"evidence.{index}.captured_at",
            exhibit=numbers[item.id],
        )
        for index, item in enumerate(case.evidence)
        if item.id in numbers
        and item.timeline_event
        and item.captured_at is not None
        and item.captured_at_source is CaptureTimeSource.FILE_DATE
    ]


def _has_amount(case: Case) -> bool:
    withdrawal = case.problem.withdrawal
    return bool(
        case.claimed_loss is not None
        or case.remedy.compensation is not None
        or case.computed_loss()
        or (withdrawal is not None and withdrawal.amount is not None)
    )


def _fills_in_favour(case: Case, rules: _Rules) -> list[Finding]:
    """Orders that, as entered, add up to a gain: often Buy and Sell swapped."""
    if case.claimed_loss is not None or not any(m.amount < 0 for m in case.computed_loss()):
        return []
    index, trade = next(
        (i, t)
        for i, t in enumerate(case.trades)
        if (loss := t.loss()) is not None and loss.amount < 0
    )
    order = trade.order_id or str(index + 1)
    return [rules.finding("fills_in_favour", "trades", f"trades.{index}.side", order=order)]


def _offer_waiting(case: Case, rules: _Rules, now: datetime) -> list[Finding]:
    """The firm's offer awaits the user's answer and its date is near or gone."""
    offer = case.offer
    if offer is None or offer.decision is not OfferDecision.UNDECIDED or offer.answer_by is None:
        return []
    when = format_typed(offer.answer_by, case.problem.timezone, rules.language)
    if offer.answer_by < now:
        return [rules.finding("offer_answer_passed", "contacts", "offer.decision", date=when)]
    if offer.answer_by - now <= OFFER_ANSWER_SOON:
        return [rules.finding("offer_answer_due", "contacts", "offer.decision", date=when)]
    return []


def rule_finding(language: str, code: str, step: str, field: str, **params: object) -> Finding:
    """One finding worded from review.toml (for rules kept next to what they review)."""
    return _Rules(language).finding(code, step, field, **params)


def _field_label(path: str, rules: _Rules) -> str:
    """The field's name in the user's language ("sent_at" -> "Time sent"), else the path."""
    name = path.rsplit(".", 1)[-1]
    try:
        return str(lookup(rules.language, "domain", f"fields.{name}"))
    except KeyError:
        return path


def review_case(case: Case, language: str, now: datetime) -> list[Finding]:
    """Everything that weakens the letter, in wizard step order; empty when it reads well."""
    rules = _Rules(language)
    findings: list[Finding] = []
    for item in missing_items(case, now):
        if item.code in _REUSED:
            code = _RENAMED.get(item.code, item.code)
            findings.append(rules.finding(code, item.step, _REUSED[item.code]))
    categories = case.problem.categories
    if any(c in _MONEY_CATEGORIES for c in categories) and not _has_amount(case):
        step = "trades" if any(c in _TRADE_CATEGORIES for c in categories) else "remedy"
        findings.append(rules.finding("no_amount", step, "claimed_loss"))
    if case.evidence:
        for category in categories:
            if not _has_evidence_for(case, category):
                step, field = _where_to_link(case, category)
                findings.append(
                    rules.finding(
                        "category_without_evidence",
                        step,
                        field,
                        category=label(category, rules.language),
                    )
                )
    for item in contradictions(case, now):
        findings.append(
            rules.finding(
                item.code,
                item.step,
                item.field,
                order=item.order_id,
                field_name=_field_label(item.field, rules),
            )
        )
    findings += _fills_in_favour(case, rules)
    findings += _offer_waiting(case, rules, now)
    findings += _language_findings(case, rules)
    findings += _unchecked_time_line_times(case, rules)
    order = ["platform", "claimant", "problem", "timeline", "trades", "evidence", "contacts"]
    order.append("remedy")
    return sorted(findings, key=lambda finding: order.index(finding.step))
