"""How the checklist, the letter and the set of documents change on the scam track.

The checklist and the letter call one hook each (`scam_checklist`,
`scam_letter_lines`); `scam_documents` names the extra files `generate` writes.
For a licensed firm nothing changes; when the signs are only worth checking, the
checklist gains one section at the top; on the scam track the checklist takes the
order that helps: preserve, stop paying, payment-route recovery, police, the
regulator's warning list, and the letter to the platform as a record.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from complaintkit.documents.police_pack import (
    compose_police_pack,
    reporting_services,
    service_contact,
)
from complaintkit.documents.recovery_letters import compose_recovery_letter
from complaintkit.documents.structure import ChecklistLine, Document
from complaintkit.documents.wording import Words
from complaintkit.domain import Answer, Case, PaymentMethod
from complaintkit.domain.timing import case_zone, local_day, today
from complaintkit.knowledge.bodies import shipped_data
from complaintkit.knowledge.recovery import (
    RecoveryRoute,
    RouteKind,
    recovery_routes,
    routes_without_payments,
)
from complaintkit.knowledge.scam_data import shipped_recovery_data
from complaintkit.knowledge.scam_signals import ScamAssessment, assess

if TYPE_CHECKING:
    from complaintkit.documents.checklist import ChecklistSection

POLICE_PACK_PDF = "police-report-pack.pdf"
_ROUTE_FILES: dict[RouteKind, str] = {
    "card_chargeback": "card-chargeback",
    "app_reimbursement": "bank-reimbursement-claim",
    "bank_recall": "bank-recall-request",
    "crypto_records": "exchange-records-request",
}


def route_file_name(index: int, route: RecoveryRoute) -> str:
    return f"recovery-{index}-{_ROUTE_FILES[route.kind]}.pdf"


_ROUTE_KINDS = {name: kind for kind, name in _ROUTE_FILES.items()}
_EXTRA_NAME = re.compile(
    rf"^(?:recovery-\d+-(?P<route>{'|'.join(map(re.escape, _ROUTE_KINDS))})\.pdf"
    rf"|{re.escape(POLICE_PACK_PDF)})$"
)


def extra_kind(file_name: str) -> str:
    """What a file this module writes is: "police_pack", or the recovery route's kind
    ("card_chargeback", ...); "" for any other name."""
    match = _EXTRA_NAME.match(file_name)
    if match is None:
        return ""
    return _ROUTE_KINDS[match["route"]] if match["route"] else "police_pack"


@dataclass(frozen=True)
class ExtraDocument:
    file_name: str
    compose: Callable[[], Document]


def scam_documents(case: Case, language: str, now: datetime) -> list[ExtraDocument]:
    """The police pack and one recovery letter per route, when the scam track applies."""
    if not assess(case).on_track:
        return []
    documents = [ExtraDocument(POLICE_PACK_PDF, lambda: compose_police_pack(case, language, now))]
    for index, route in enumerate(recovery_routes(case), start=1):
        documents.append(
            ExtraDocument(
                route_file_name(index, route),
                lambda route=route: compose_recovery_letter(case, route, language, now),
            )
        )
    return documents


def remove_stale_scam_documents(out_dir: Path, keep: set[Path]) -> None:
    """Delete our own earlier scam-track files that this run did not write again.

    Only names this module writes are touched: a recovery letter from an earlier
    run (a payment since removed, a route that no longer applies) must not be
    mistaken for a current one.
    """
    for path in out_dir.iterdir():
        if extra_kind(path.name) and path not in keep and path.is_file():
            path.unlink(missing_ok=True)


# -- the letter ---------------------------------------------------------------------


def scam_letter_lines(case: Case, language: str) -> list[str] | None:
    """Sentences that replace the escalation paragraph on the scam track (None: keep it)."""
    if not assess(case).on_track:
        return None
    w = Words(language, "scam", case_zone(case))
    police = [s.name(language) for s in reporting_services(case) if s.role == "police"]
    reference = case.scam.police_reference.strip()
    # Only say it was reported when the user has the police's reference to prove it.
    if police and reference:
        reported = w("letter.reported", bodies=police[0], reference=reference)
    elif police:
        reported = w("letter.reporting", bodies=police[0])
    else:
        reported = w("letter.reporting_generic")
    return [reported, w("letter.record")]


# -- the checklist ------------------------------------------------------------------


def _gap(w: Words) -> str:
    """Between two sentences: a space in English, nothing after Chinese punctuation."""
    return "" if w.language == "zh_CN" else " "


def assessment_lines(assessment: ScamAssessment, w: Words) -> list[ChecklistLine]:
    """Each warning sign with where it was seen, in the user's words when there are some."""
    lines = []
    for signal in assessment.signals:
        where = w(f"where.{signal.where}")
        detail = (
            w("where.excerpt", where=where, excerpt=signal.excerpt) if signal.excerpt else where
        )
        lines.append(ChecklistLine(False, w(f"signals.{signal.code}"), detail))
    return lines


def _section(title: str, lines: list[ChecklistLine]) -> ChecklistSection:
    # Imported here: the checklist module imports this one for its hook.
    from complaintkit.documents.checklist import ChecklistSection

    return ChecklistSection(title, tuple(lines))


def _preserve(case: Case, w: Words) -> list[ChecklistLine]:
    lines = [
        ChecklistLine(False, w("preserve.chats")),
        ChecklistLine(False, w("preserve.terms")),
        ChecklistLine(False, w("preserve.record")),
        ChecklistLine(False, w("preserve.statements")),
    ]
    seen = case.platform.address_as_seen.strip()
    lines.append(
        ChecklistLine(True, w("preserve.address_done", address=seen))
        if seen
        else ChecklistLine(False, w("preserve.address"))
    )
    if case.transfers:
        lines.append(ChecklistLine(True, w("preserve.payments_done", count=len(case.transfers))))
    else:
        lines.append(ChecklistLine(False, w("preserve.payments_missing")))
    crypto = [t for t in case.transfers if t.method is PaymentMethod.CRYPTO]
    complete = [t for t in crypto if t.tx_hash and t.wallet_address]
    if complete:
        lines.append(ChecklistLine(True, w("preserve.hashes_done", count=len(complete))))
    if len(complete) < len(crypto):
        lines.append(
            ChecklistLine(False, w("preserve.hashes_missing", count=len(crypto) - len(complete)))
        )
    elif not crypto and PaymentMethod.CRYPTO in case.scam.paid_by:
        lines.append(ChecklistLine(False, w("preserve.hashes")))
    if case.evidence:
        lines.append(ChecklistLine(True, w("preserve.evidence", count=len(case.evidence))))
    return lines


def _stop(case: Case, w: Words, assessment: ScamAssessment) -> list[ChecklistLine]:
    asked = case.scam.asked_to_pay is Answer.YES or any(
        s.code == "pay_to_unlock" for s in assessment.signals
    )
    lines = [ChecklistLine(False, w("stop.asked"))] if asked else []
    lines.append(ChecklistLine(False, w("stop.stop")))
    lines.append(ChecklistLine(False, w("stop.remote")))
    lines += [ChecklistLine(False, w(f"truths.{key}")) for key in ("never_pay", "recovery_room")]
    return lines


def _route_line(
    case: Case, route: RecoveryRoute, index: int, w: Words, now: datetime
) -> list[ChecklistLine]:
    data = shipped_recovery_data()
    addressee = route.addressee or w("recovery.unknown_addressee")
    count = len(route.transfers)
    file = route_file_name(index, route)
    closes = route.closes
    missed = closes is not None and closes < today(case, now)
    if route.kind == "card_chargeback":
        scheme = route.scheme
        if scheme is None or closes is None:
            text = w("recovery.card_no_date", addressee=addressee, count=count)
            detail = ""
        else:
            name = scheme.name(w.language)
            text = (
                w("recovery.card_missed", date=w.date(closes), addressee=addressee)
                if missed
                else w(
                    "recovery.card",
                    addressee=addressee,
                    count=count,
                    scheme=name,
                    date=w.date(closes),
                )
            )
            detail = w(
                "recovery.card_detail",
                scheme=name,
                days=scheme.dispute_days,
                max_days=scheme.max_days,
                file=file,
            )
            later = route.transfers[0].closes_if_from_service
            withdrawal = case.problem.withdrawal
            if later is not None and withdrawal is not None and withdrawal.requested_at:
                due = local_day(withdrawal.requested_at, w.zone)
                detail += _gap(w) + w(
                    "recovery.card_from_service", due=w.date(due), date=w.date(later)
                )
            detail += _gap(w) + w(
                "recovery.checked", source=scheme.source, date=w.date(scheme.last_checked)
            )
        return [ChecklistLine(False, text, detail)]
    if route.kind == "app_reimbursement":
        rule = data.app_reimbursement
        if closes is not None and missed:
            text = w("recovery.app_missed", date=w.date(closes), addressee=addressee)
        else:
            shown = w.date(closes) if closes is not None else "—"
            text = w("recovery.app", addressee=addressee, count=count, date=shown)
        detail = w(
            "recovery.app_detail",
            since=w.date(rule.in_force_from),
            limit=rule.claim_limit.money().format(),
            excess=rule.max_excess.money().format(),
            months=rule.claim_within_months,
            file=file,
        )
        detail += _gap(w) + w(
            "recovery.checked", source=rule.source, date=w.date(rule.last_checked)
        )
        return [ChecklistLine(False, text, detail)]
    if route.kind == "bank_recall":
        row = data.bank_recall
        text = w("recovery.recall", addressee=addressee, count=count)
        detail = w("recovery.recall_detail", file=file)
    else:
        row = data.crypto_records
        text = w("recovery.crypto", addressee=addressee, count=count)
        detail = w("recovery.crypto_detail", file=file)
    detail += _gap(w) + w("recovery.checked", source=row.source, date=w.date(row.last_checked))
    return [ChecklistLine(False, text, detail)]


def _recovery(case: Case, w: Words, now: datetime) -> list[ChecklistLine]:
    lines: list[ChecklistLine] = []
    for index, route in enumerate(recovery_routes(case), start=1):
        lines += _route_line(case, route, index, w, now)
    missing = {
        "card_chargeback": "recovery.missing_card",
        "bank_recall": "recovery.missing_bank",
        "crypto_records": "recovery.missing_crypto",
    }
    for kind in routes_without_payments(case):
        lines.append(ChecklistLine(False, w(missing[kind])))
    lines.append(ChecklistLine(False, w("truths.no_ombudsman")))
    return lines


def _police(case: Case, w: Words) -> list[ChecklistLine]:
    services = [s for s in reporting_services(case) if s.role != "warning_list"]
    lines = []
    for service in services:
        detail = service.note(w.language)
        contact = service_contact(service)
        if contact:
            detail = w("police.contact", contact=contact) + " " + detail  # a URL needs the space
        lines.append(
            ChecklistLine(False, w("police.report", name=service.name(w.language)), detail)
        )
    if not services:
        lines.append(ChecklistLine(False, w("police.no_country")))
    lines.append(ChecklistLine(False, w("police.pack", file=POLICE_PACK_PDF)))
    reference = case.scam.police_reference.strip()
    lines.append(
        ChecklistLine(True, w("police.reference", reference=reference))
        if reference
        else ChecklistLine(False, w("police.reference_missing"))
    )
    return lines


def _warning_list(case: Case, w: Words) -> list[ChecklistLine]:
    lines = []
    for service in (s for s in reporting_services(case) if s.role == "warning_list"):
        detail = service.note(w.language)
        contact = service_contact(service)
        if contact:
            detail = w("police.contact", contact=contact) + " " + detail  # a URL needs the space
        lines.append(
            ChecklistLine(False, w("warning.report", name=service.name(w.language)), detail)
        )
    iosco = shipped_data().by_id("offshore_iosco_alerts")
    lines.append(ChecklistLine(False, w("warning.iosco"), iosco.website if iosco else ""))
    return lines


def _record(case: Case, w: Words) -> list[ChecklistLine]:
    lines = [ChecklistLine(False, w("record.letter"))]
    if case.sent is not None:
        sent_on = local_day(case.sent.at, w.zone)
        lines = [ChecklistLine(True, w("record.letter_sent", date=w.date(sent_on)))]
    where = case.platform.complaint_email or case.platform.website
    lines.append(ChecklistLine(False, w("truths.fake_support")))
    if where.strip():
        lines.append(ChecklistLine(False, w("record.where", where=where.strip())))
    return lines


def scam_checklist(
    case: Case, language: str, now: datetime, standard: list[ChecklistSection]
) -> list[ChecklistSection]:
    """The checklist's sections for this case: `standard` unless the platform is the problem."""
    assessment = assess(case)
    if not assessment.worth_showing:
        return standard
    w = Words(language, "scam", case_zone(case))
    if not assessment.on_track:
        lines = assessment_lines(assessment, w)
        lines.append(ChecklistLine(False, w("worth_checking.check")))
        return [_section(w("sections.worth_checking"), lines), *standard]
    headline = w("level.corrected_scam") if assessment.level != "likely" else w("level.likely")
    assessment_part = [ChecklistLine(False, headline, w("intro.likely"))]
    assessment_part += assessment_lines(assessment, w)
    sections = [
        _section(w("sections.assessment"), assessment_part),
        _section(w("sections.preserve"), _preserve(case, w)),
        _section(w("sections.stop_paying"), _stop(case, w, assessment)),
        _section(w("sections.recovery"), _recovery(case, w, now)),
        _section(w("sections.police"), _police(case, w)),
        _section(w("sections.warning_list"), _warning_list(case, w)),
        _section(w("sections.letter_record"), _record(case, w)),
    ]
    # The evidence and contact sections of the complaint route still apply as they are.
    sections += standard[:2]
    return sections
