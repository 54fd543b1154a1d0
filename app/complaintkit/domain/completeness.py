"""What a case still lacks, by the facts DOMAIN.md says make each problem provable.

Plain rules over the case, no rendering and no Qt: the checklist PDF and the
wizard's review step both use them. Each item names the step (a `flow.StepId`
value) where the user fixes it; its sentence is in resources/locales/<lang>/
completeness.toml under the item's code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from complaintkit.domain.enums import ProblemCategory, RemedyKind
from complaintkit.domain.models import Case
from complaintkit.locales import lookup

Severity = Literal["missing", "weak"]


@dataclass(frozen=True)
class MissingItem:
    code: str
    step: str  # platform, claimant, problem, timeline, trades, evidence, contacts, remedy
    severity: Severity = "missing"


def _trade_rules(case: Case) -> list[MissingItem]:
    items = []
    # Rows added but never filled in count for nothing.
    trades = [trade for trade in case.trades if not trade.is_blank()]
    if not trades:
        return [MissingItem("no_orders", "trades")]
    if any(not trade.order_id.strip() for trade in trades):
        items.append(MissingItem("order_without_id", "trades"))
    if any(trade.sent_at is None or trade.executed_at is None for trade in trades):
        items.append(MissingItem("order_without_times", "trades", "weak"))
    if any(trade.loss() is None for trade in trades):
        items.append(MissingItem("order_without_prices", "trades", "weak"))
    return items


def _category_rules(case: Case, category: ProblemCategory) -> list[MissingItem]:
    problem = case.problem
    match category:
        case ProblemCategory.SLOW_SERVER | ProblemCategory.WRONG_EXECUTION:
            items = _trade_rules(case)
            if category is ProblemCategory.SLOW_SERVER and not problem.error_messages:
                items.append(MissingItem("no_error_text", "timeline", "weak"))
            return items
        case ProblemCategory.OUTAGE:
            items = []
            if problem.ended_at is None and not problem.ongoing:
                items.append(MissingItem("outage_without_end", "timeline"))
            if problem.outage is None or not problem.outage.what_tried.strip():
                items.append(MissingItem("outage_what_tried", "problem", "weak"))
            return items
        case ProblemCategory.SUPPORT:
            if any(not c.reference.strip() for c in case.contacts if not c.is_blank()):
                return [MissingItem("contact_without_reference", "contacts", "weak")]
            return []
        case ProblemCategory.SECURITY:
            details = problem.security
            if details is None or details.noticed_at is None or details.reported_at is None:
                return [MissingItem("security_times", "problem")]
            return []
        case ProblemCategory.WITHDRAWAL:
            details = problem.withdrawal
            if details is None or details.requested_at is None or details.amount is None:
                return [MissingItem("withdrawal_request", "problem")]
            if not details.destination.strip():
                return [MissingItem("withdrawal_destination", "problem", "weak")]
            return []
        case ProblemCategory.FROZEN:
            details = problem.freeze
            if details is None or details.frozen_at is None:
                return [MissingItem("freeze_when", "problem")]
            if not details.reason_given.strip():
                return [MissingItem("freeze_reason", "problem", "weak")]
            return []
        case ProblemCategory.DISPUTE:
            details = problem.dispute
            if details is None or not (details.rule_relied_on and details.platform_ruling):
                return [MissingItem("dispute_rule", "problem")]
            return []
    return []


def missing_items(case: Case, now: datetime) -> list[MissingItem]:
    """Everything still missing (blocks a convincing letter) or weak, in step order."""
    items: list[MissingItem] = []
    platform, claimant, problem = case.platform, case.claimant, case.problem
    if not platform.name.strip():
        items.append(MissingItem("no_platform_name", "platform"))
    if not (platform.complaint_email.strip() or platform.hotline.strip()):
        items.append(MissingItem("no_complaint_channel", "platform", "weak"))
    if not platform.account_id.strip():
        items.append(MissingItem("no_account_id", "platform", "weak"))
    if not claimant.full_name.strip():
        items.append(MissingItem("no_claimant_name", "claimant"))
    if not (claimant.email.strip() or claimant.phone.strip() or claimant.postal_address.strip()):
        items.append(MissingItem("no_claimant_contact", "claimant"))
    if not problem.categories:
        items.append(MissingItem("no_categories", "problem"))
    if problem.started_at is None:
        items.append(MissingItem("no_start_time", "timeline"))
    if not problem.narrative.strip():
        items.append(MissingItem("no_narrative", "timeline"))
    seen: set[str] = set()
    for category in problem.categories:
        for item in _category_rules(case, category):
            if item.code not in seen:
                seen.add(item.code)
                items.append(item)
    if not case.evidence:
        items.append(MissingItem("no_evidence", "evidence"))
    contacts = [contact for contact in case.contacts if not contact.is_blank()]
    if not contacts:
        items.append(MissingItem("no_contacts", "contacts", "weak"))
    if len(contacts) < len(case.contacts):
        items.append(MissingItem("blank_contact", "contacts", "weak"))
    if any(trade.is_blank() for trade in case.trades):
        items.append(MissingItem("blank_order", "trades", "weak"))
    if not case.remedy.kinds:
        items.append(MissingItem("no_remedy", "remedy"))
    if RemedyKind.COMPENSATION in case.remedy.kinds and case.remedy.compensation is None:
        if not case.computed_loss():
            items.append(MissingItem("compensation_without_amount", "remedy"))
    order = ["platform", "claimant", "problem", "timeline", "trades", "evidence", "contacts"]
    order.append("remedy")
    return sorted(items, key=lambda item: order.index(item.step))


def describe(item: MissingItem, language: str) -> str:
    return str(lookup(language, "completeness", f"items.{item.code}"))
