"""The police report pack: what an officer needs to take the report in one sitting.

A one-page summary (who, when, how much, how paid, where it went, the warning
signs), every transfer in full (transaction ids and wallet addresses included),
the contact timeline, the exhibit list with each file's SHA-256, the user's own
account, and where to report in the user's country, each service with its source
and the date it was checked.
"""

from __future__ import annotations

from datetime import datetime

from complaintkit.documents.payments_table import chain_details, method, payments_table, totals
from complaintkit.documents.recovery_letters import platform_name, reference_of, sender_block
from complaintkit.documents.structure import Block, BulletList, Document, Paragraph, Section, Table
from complaintkit.documents.wording import Words
from complaintkit.domain import Case
from complaintkit.domain.timing import case_zone, local_day, today
from complaintkit.knowledge.bodies import jurisdictions
from complaintkit.knowledge.recovery import home_country
from complaintkit.knowledge.scam_data import ReportingService, shipped_reporting_data
from complaintkit.knowledge.scam_signals import assess


def reporting_services(case: Case) -> list[ReportingService]:
    """The services of the user's country, police first."""
    data = shipped_reporting_data()
    order = ("police", "report", "helpline", "warning_list")
    found = data.for_country(home_country(case, data))
    return sorted(found, key=lambda service: order.index(service.role))


def service_contact(service: ReportingService) -> str:
    return " · ".join(part for part in (service.hotline, service.website) if part)


class PolicePack:
    def __init__(self, case: Case, language: str, now: datetime) -> None:
        self.case, self.now = case, now
        self.w = Words(language, "scam", case_zone(case))

    def compose(self) -> Document:
        case, w = self.case, self.w
        platform = platform_name(case, w)
        reference = reference_of(case)
        document = Document(
            title=w("pack.title", platform=platform),
            subject=w("pack.subject", reference=reference),
            author=case.claimant.full_name,
            language=w.language,
            reference=reference,
            page_size="A4" if w.language == "zh_CN" else case.paper_size.value,
            footer=w("doc.page_footer", reference=reference, page="{page}", pages="{pages}"),
        )
        document.opening = [Paragraph(document.title, "title")]
        document.sections = [
            self._summary(platform),
            self._transfers(),
            self._contacts(),
            self._exhibits(),
            self._narrative(),
            self._where_to_report(),
        ]
        return document

    def _summary(self, platform: str) -> Section:
        case, w = self.case, self.w
        rows: list[tuple[str, str]] = []
        who = sender_block(case).text
        if case.scam.police_reference.strip():
            who += "\n" + w("doc.police_reference", reference=case.scam.police_reference.strip())
        rows.append((w("pack.who"), who))
        rows.append((w("pack.against"), self._platform_facts(platform)))
        dated = sorted(t.at for t in case.transfers if t.at is not None)
        when = []
        if dated:
            when.append(
                w(
                    "pack.when_value",
                    first=w.date(local_day(dated[0], w.zone)),
                    last=w.date(local_day(dated[-1], w.zone)),
                )
            )
        if case.problem.started_at is not None:
            when.append(
                w("pack.when_problem", date=w.date(local_day(case.problem.started_at, w.zone)))
            )
        rows.append((w("pack.when"), "\n".join(when) or w("doc.unknown")))
        sums = totals(case.transfers)
        rows.append((w("pack.how_much"), "\n".join(m.format() for m in sums) or w("doc.unknown")))
        methods = list(dict.fromkeys(method(t, w) for t in case.transfers))
        rows.append((w("pack.how_paid"), "\n".join(methods) or w("doc.unknown")))
        went = list(
            dict.fromkeys(
                value
                for t in case.transfers
                for value in (t.to_account, t.wallet_address)
                if value.strip()
            )
        )
        rows.append((w("pack.where_went"), "\n".join(went) or w("doc.unknown")))
        blocks: list[Block] = [Table(("", ""), tuple(rows), (1, 3))]
        reasons = [w(f"facts.{signal.code}") for signal in assess(case).signals]
        if reasons:
            blocks.append(Paragraph(w("pack.signs"), "subject"))
            blocks.append(BulletList(tuple(reasons)))
        blocks.append(Paragraph(w("pack.prepared", date=w.date(today(case, self.now))), "small"))
        return Section(w("pack.summary"), blocks)

    def _platform_facts(self, platform: str) -> str:
        case, w = self.case, self.w
        p = case.platform
        lines = [w("pack.platform_kind", platform=platform, kind=w.enum(p.kind))]
        # Each value named: an officer cannot tell an account number from a reference.
        labelled = (
            ("website", p.website),
            ("address_used", p.address_as_seen),
            ("email", p.complaint_email),
            ("hotline", p.hotline),
            ("account", p.account_id),
        )
        lines += [w(f"pack.{key}", value=value.strip()) for key, value in labelled if value.strip()]
        if p.jurisdiction == "OFFSHORE":
            lines.append(w("pack.offshore"))
        elif p.jurisdiction:
            labels = dict(jurisdictions(w.language))
            label = labels.get(p.jurisdiction, p.jurisdiction)
            lines.append(w("pack.jurisdiction", jurisdiction=label))
        lines.append(
            w("pack.licence", licence=p.licence_number.strip())
            if p.licence_number.strip()
            else w("pack.no_licence")
        )
        return "\n".join(lines)

    def _transfers(self) -> Section:
        case, w = self.case, self.w
        if not case.transfers:
            return Section(w("pack.transfers"), [Paragraph(w("pack.no_transfers"))])
        transfers = sorted(case.transfers, key=lambda t: (t.at is None, t.at))
        return Section(
            w("pack.transfers"), [payments_table(transfers, w), *chain_details(transfers, w)]
        )

    def _contacts(self) -> Section:
        case, w = self.case, self.w
        letter = w.of("letter")
        if not case.contacts:
            return Section(w("pack.contacts"), [Paragraph(w("pack.no_contacts"))])
        header = (
            letter("contacts.when"),
            letter("contacts.channel"),
            letter("contacts.agent"),
            letter("contacts.reference"),
            letter("contacts.summary"),
        )
        rows = []
        for contact in sorted(case.contacts, key=lambda c: c.at):
            channel = w(
                "pack.contact_line",
                channel=w.enum(contact.channel),
                direction=w.enum(contact.direction),
            )
            summary = contact.summary + (f"\n→ {contact.outcome}" if contact.outcome else "")
            rows.append((w.time(contact.at), channel, contact.agent, contact.reference, summary))
        return Section(w("pack.contacts"), [Table(header, tuple(rows), (1.3, 1.2, 1.1, 1.1, 3))])

    def _exhibits(self) -> Section:
        case, w = self.case, self.w
        numbers = case.exhibit_numbers()
        lines = []
        for item in case.evidence:
            exhibit = numbers.get(item.id, "—")
            lines.append(
                w(
                    "pack.exhibit_line",
                    exhibit=exhibit,
                    caption=item.caption or item.original_name,
                    name=item.original_name or "—",
                    sha=item.sha256_original or item.sha256_stored or "—",
                    captured=w.time(item.captured_at),
                )
            )
        if not lines:
            return Section(w("pack.exhibits"), [Paragraph(w("pack.no_exhibits"))])
        return Section(w("pack.exhibits"), [BulletList(tuple(lines))])

    def _narrative(self) -> Section:
        case, w = self.case, self.w
        paragraphs = [p for p in case.problem.narrative.split("\n") if p.strip()]
        blocks: list[Block] = [Paragraph(p) for p in paragraphs]
        blocks += [Paragraph(f"“{message}”", "quote") for message in case.problem.error_messages]
        return Section(w("pack.what_happened"), blocks or [Paragraph(w("doc.unknown"))])

    def _where_to_report(self) -> Section:
        case, w = self.case, self.w
        services = reporting_services(case)
        if not services:
            return Section(w("pack.where_report"), [Paragraph(w("police.no_country"))])
        blocks: list[Block] = []
        for service in services:
            blocks.append(
                Paragraph(
                    f"{w(f'pack.roles_{service.role}')}: {service.name(w.language)}", "subject"
                )
            )
            contact = service_contact(service)
            if contact:
                blocks.append(Paragraph(w("police.contact", contact=contact)))
            blocks.append(Paragraph(service.note(w.language)))
            blocks.append(
                Paragraph(
                    w("pack.checked", source=service.source, date=w.date(service.last_checked)),
                    "small",
                )
            )
        return Section(w("pack.where_report"), blocks)


def compose_police_pack(case: Case, language: str, now: datetime) -> Document:
    return PolicePack(case, language, now).compose()
