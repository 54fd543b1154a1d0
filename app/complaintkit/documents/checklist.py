"""The user's checklist: what is done, what is missing, what to do next and when.

`checklist_sections` is plain rules over the case (tested without rendering);
`compose_checklist` wraps them in a `Document` for the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from complaintkit.documents.escalation import escalation_lines, has_complaint_route
from complaintkit.documents.review_summary import review_lines
from complaintkit.documents.scam_track import scam_checklist
from complaintkit.documents.structure import (
    BulletList,
    ChecklistLine,
    Document,
    Paragraph,
    Section,
)
from complaintkit.documents.support_checklist import (  # issue 20
    final_response_line,
    legal_help_lines,
    legal_help_pointer,
    offer_lines,
    support_lines,
)
from complaintkit.documents.wording import Words
from complaintkit.domain import Case, PlatformKind, timing
from complaintkit.domain.completeness import describe, missing_items


@dataclass(frozen=True)
class ChecklistSection:
    title: str
    lines: tuple[ChecklistLine, ...] = ()
    tips: tuple[str, ...] = ()


def _evidence_section(case: Case, now: datetime, w: Words) -> ChecklistSection:
    missing = missing_items(case, now)
    steps = ("problem", "timeline", "trades", "evidence")
    lines = []
    for category in case.problem.categories:
        lines.append(ChecklistLine(True, w("evidence.category", category=w.enum(category))))
    gaps = [item for item in missing if item.step in steps]
    for item in gaps:
        lines.append(ChecklistLine(False, describe(item, w.language)))
    if case.evidence:
        lines.append(ChecklistLine(True, w("evidence.count", count=len(case.evidence))))
    if not case.problem.categories:
        lines.append(ChecklistLine(False, w("evidence.no_categories")))
    lines += review_lines(case, now, w.language)  # letter-strength review, summarised
    return ChecklistSection(w("sections.evidence"), tuple(lines))


def _contacts_section(case: Case, now: datetime, w: Words) -> ChecklistSection:
    if not case.contacts:
        return ChecklistSection(w("sections.contacts"), (ChecklistLine(False, w("contacts.none")),))
    complete = [c for c in case.contacts if c.agent.strip() or c.reference.strip()]
    lines = [
        ChecklistLine(
            len(complete) == len(case.contacts),
            w("contacts.logged", count=len(case.contacts)),
            "" if len(complete) == len(case.contacts) else w("contacts.incomplete"),
        )
    ]
    for contact in case.contacts:
        for promise in contact.promises:
            if promise.due is None:
                continue
            if promise.kept is True:
                lines.append(ChecklistLine(True, w("contacts.promise_kept", promise=promise.text)))
            else:
                overdue = promise.is_overdue(now)
                key = "contacts.promise_overdue" if overdue else "contacts.promise_pending"
                text = w(key, promise=promise.text, due=w.time(promise.due))
                hint = w("contacts.promise_overdue_hint") if overdue else ""
                lines.append(ChecklistLine(False, text, hint))
    return ChecklistSection(w("sections.contacts"), tuple(lines))


def _sending_section(case: Case, now: datetime, w: Words) -> ChecklistSection:
    days = case.remedy.reply_deadline_days
    where = case.platform.complaint_email or case.platform.hotline or case.platform.website
    if case.sent is None:
        lines = (
            ChecklistLine(
                False, w("sending.not_sent"), w("sending.where", where=where) if where else ""
            ),
            ChecklistLine(False, w("sending.deadline_after_sending", days=days)),
        )
        return ChecklistSection(w("sections.sending"), lines)
    due, sent_on = timing.reply_due(case), timing.sent_on(case)
    follow_on = timing.follow_up_on(case)
    assert due is not None and sent_on is not None
    sent = ChecklistLine(
        True, w("sending.sent", method=w.enum(case.sent.method), date=w.date(sent_on))
    )
    if follow_on is None and (final := final_response_line(case, w)) is not None:  # issue 20
        return ChecklistSection(w("sections.sending"), (sent, final))
    assert follow_on is not None
    key = "sending.deadline_passed" if timing.is_past(due, case, now) else "sending.deadline"
    reply = ChecklistLine(False, w(key, date=w.date(due)))
    follow_up = ChecklistLine(False, w("sending.follow_up", date=w.date(follow_on)))
    return ChecklistSection(w("sections.sending"), (sent, reply, follow_up))


def _escalation_section(case: Case, now: datetime, w: Words) -> ChecklistSection:
    routes = has_complaint_route(case, now)
    steps = [w("escalation.supervisor"), w("escalation.final_response")]
    if routes:
        steps.append(w("escalation.regulator"))
    if case.platform.kind in (PlatformKind.BINARY_OPTIONS, PlatformKind.OTHER):
        steps.append(w("escalation.offshore"))
    if case.platform.kind is PlatformKind.CRYPTO_EXCHANGE and routes:
        steps.append(w("escalation.crypto"))
    steps.append(w("escalation.keep_records"))
    lines = [ChecklistLine(False, step) for step in steps[:2]]
    lines += escalation_lines(case, now, w)  # bodies, dates and conditions from knowledge
    lines += [ChecklistLine(False, step) for step in steps[2:]]
    lines.append(legal_help_pointer(w))  # issue 20: the last step names legal help
    return ChecklistSection(w("sections.escalation"), tuple(lines))


def checklist_sections(case: Case, language: str, now: datetime) -> list[ChecklistSection]:
    w = Words(language, "checklist", ZoneInfo(case.problem.timezone))
    tips = tuple(str(tip) for tip in w.get("tips.items"))
    support_title, support = support_lines(case, now, w)  # issue 20
    offer = offer_lines(case, now, w)  # issue 20
    legal_title, legal = legal_help_lines(case, w)  # issue 20
    standard = [
        _evidence_section(case, now, w),
        _contacts_section(case, now, w),
        ChecklistSection(support_title, tuple(support)),  # issue 20
        *([ChecklistSection(offer[0], tuple(offer[1]))] if offer else []),  # issue 20
        _sending_section(case, now, w),
        _escalation_section(case, now, w),
        ChecklistSection(legal_title, tuple(legal)),  # issue 20
        ChecklistSection(w("sections.tips"), tips=tips),
    ]
    # When the platform itself is the problem the order changes (documents/scam_track.py).
    return scam_checklist(case, language, now, standard)


def compose_checklist(case: Case, language: str, now: datetime) -> Document:
    w = Words(language, "checklist", ZoneInfo(case.problem.timezone))
    reference = case.reference or case.id[:8].upper()
    document = Document(
        title=w("meta.title", reference=reference),
        subject=w("meta.title", reference=reference),
        author=case.claimant.full_name,
        language=language,
        reference=reference,
        page_size="A4" if language == "zh_CN" else case.paper_size.value,
        footer=w.of("letter")(
            "meta.page_footer", reference=reference, page="{page}", pages="{pages}"
        ),
    )
    document.opening = [Paragraph(document.title, "title")]
    for section in checklist_sections(case, language, now):
        blocks = list(section.lines)
        if section.tips:
            blocks.append(BulletList(section.tips))
        document.sections.append(Section(section.title, blocks))
    return document
