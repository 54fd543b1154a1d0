"""Letters that ask for money back through the way it was paid (the scam track).

One letter per `RecoveryRoute`: a chargeback request to the card issuer, a
reimbursement claim to a UK sending bank, a recall request to a bank or payment
provider, a request for an exchange's records of outgoing transfers. Each lists
its payments in full, asks for specific things, and states the time limit the
timing engine computed from the sourced rule, with the rule's source and date.
"""

from __future__ import annotations

from datetime import date, datetime

from complaintkit.documents.payments_table import chain_details, payments_table
from complaintkit.documents.structure import Block, BulletList, Document, Paragraph, Section
from complaintkit.documents.wording import Words
from complaintkit.domain import Answer, CardScheme, Case
from complaintkit.domain.timing import case_zone, local_day, today
from complaintkit.knowledge.recovery import RecoveryRoute, service_due
from complaintkit.knowledge.scam_data import RecoveryData, shipped_recovery_data
from complaintkit.knowledge.scam_signals import assess


def platform_name(case: Case, w: Words) -> str:
    return case.platform.name.strip() or w.of("letter")("meta.unknown_platform")


def sender_block(case: Case) -> Paragraph:
    claimant = case.claimant
    lines = [claimant.full_name, claimant.postal_address, claimant.email, claimant.phone]
    return Paragraph("\n".join(line for line in lines if line.strip()), "address")


def reference_of(case: Case) -> str:
    return case.reference or case.id[:8].upper()


class RecoveryLetter:
    """Composes the letter for one route of one case in one language."""

    def __init__(
        self,
        case: Case,
        route: RecoveryRoute,
        language: str,
        now: datetime,
        data: RecoveryData | None = None,
    ) -> None:
        self.case, self.route, self.now = case, route, now
        self.w = Words(language, "scam", case_zone(case))
        self.data = data or shipped_recovery_data()
        self.kind = {
            "card_chargeback": "card",
            "app_reimbursement": "app",
            "bank_recall": "recall",
            "crypto_records": "crypto",
        }[route.kind]

    def _k(self, key: str, **params: object) -> str:
        return self.w(f"{self.kind}.{key}", **params)

    def compose(self) -> Document:
        case, w = self.case, self.w
        platform = platform_name(case, w)
        reference = reference_of(case)
        document = Document(
            title=self._k("title", platform=platform),
            subject=self._k("subject", platform=platform),
            author=case.claimant.full_name,
            language=w.language,
            reference=reference,
            page_size="A4" if w.language == "zh_CN" else case.paper_size.value,
            footer=w("doc.page_footer", reference=reference, page="{page}", pages="{pages}"),
        )
        document.opening = self._opening(reference, platform)
        document.sections = [
            Section(w("doc.payments"), self._table()),
            Section(w("doc.facts"), self._facts(platform)),
            Section(w("doc.request"), self._request()),
            Section(w("doc.time_limit"), self._time_limit()),
            Section(w("doc.enclosures"), self._enclosures()),
            Section(w("doc.sources"), self._sources()),
        ]
        return document

    # -- parts ----------------------------------------------------------------------

    def _opening(self, reference: str, platform: str) -> list[Block]:
        case, w = self.case, self.w
        letter_day = today(case, self.now)
        addressee = self.route.addressee or w("recovery.unknown_addressee")
        refs = [w("doc.our_reference", reference=reference)]
        accounts = sorted({t.transfer.from_account for t in self.route.transfers} - {""})
        refs += [w("doc.account", account=account) for account in accounts]
        if case.scam.police_reference.strip():
            refs.append(w("doc.police_reference", reference=case.scam.police_reference.strip()))
        # A Chinese letter is dated under the signature (closing_blocks), as letter.py does.
        dated = [] if w.language == "zh_CN" else [Paragraph(w.date(letter_day), "address")]
        return [
            sender_block(case),
            *dated,
            Paragraph(f"{w('doc.to_disputes')}\n{addressee}", "address"),
            Paragraph("\n".join(refs), "address"),
            Paragraph(self._k("subject", platform=platform), "subject"),
            Paragraph(w("doc.salutation")),
            Paragraph(self._intro(platform)),
        ]

    def _intro(self, platform: str) -> str:
        if self.kind == "app":
            since = self.data.app_reimbursement.in_force_from
            return self._k("intro", platform=platform, since=self.w.date(since))
        return self._k("intro", platform=platform)

    def _table(self) -> list[Block]:
        transfers = [item.transfer for item in self.route.transfers]
        deadlines = None
        if self.kind == "card":
            deadlines = {item.transfer.id: item.closes for item in self.route.transfers}
        return [payments_table(transfers, self.w, deadlines), *chain_details(transfers, self.w)]

    def _facts(self, platform: str) -> list[Block]:
        case, w = self.case, self.w
        website = case.platform.website.strip() or w("doc.unknown")
        kind = w.enum(case.platform.kind)
        blocks: list[Block] = [
            Paragraph(w("doc.platform_line", platform=platform, kind=kind, website=website))
        ]
        if case.platform.address_as_seen.strip():
            blocks.append(
                Paragraph(w("doc.platform_seen", address=case.platform.address_as_seen.strip()))
            )
        withdrawal = case.problem.withdrawal
        if withdrawal is not None and withdrawal.requested_at is not None:
            amount = (
                w("doc.amount_phrase", amount=withdrawal.amount.format())
                if withdrawal.amount
                else ""
            )
            blocks.append(
                Paragraph(
                    w(
                        "doc.withdrawal_blocked",
                        amount=amount,
                        date=w.date(local_day(withdrawal.requested_at, w.zone)),
                    )
                )
            )
        assessment = assess(case)
        asked = case.scam.asked_to_pay is Answer.YES or any(
            s.code == "pay_to_unlock" for s in assessment.signals
        )
        if asked:
            blocks.append(Paragraph(w("doc.asked_to_pay")))
        # The demand to pay has its own paragraph above; the other signs as a list.
        reasons = [
            w(f"facts.{signal.code}")
            for signal in assessment.signals
            if not (asked and signal.code == "pay_to_unlock")
        ]
        if reasons:
            blocks.append(Paragraph(w("doc.signals_intro")))
            blocks.append(BulletList(tuple(reasons)))
        return blocks

    def _request(self) -> list[Block]:
        if self.kind == "card":
            items = [
                self._k("request_1", scheme=self.scheme_name()),
                self._k("request_2"),
                self._k("request_3"),
            ]
        elif self.kind == "app":
            rule = self.data.app_reimbursement
            items = [
                self._k(
                    "request_1",
                    limit=rule.claim_limit.money().format(),
                    excess=rule.max_excess.money().format(),
                ),
                self._k("request_2"),
                self._k("request_3"),
            ]
        else:
            items = [self._k("request_1"), self._k("request_2"), self._k("request_3")]
        return [BulletList(tuple(items))]

    def scheme_name(self) -> str:
        """The card scheme as the data names it, else as the user chose it."""
        if self.route.scheme is not None:
            return self.route.scheme.name(self.w.language)
        first = self.route.transfers[0].transfer.card_scheme if self.route.transfers else None
        return self.w.enum(first or CardScheme.OTHER)

    def _time_limit(self) -> list[Block]:
        case, w = self.case, self.w
        now_day = today(case, self.now)
        closes = self.route.closes
        blocks: list[Block] = []
        if self.kind == "card":
            limit = self.route.scheme
            if limit is None or closes is None:
                blocks.append(Paragraph(self._k("limit_unknown")))
            else:
                name = limit.name(w.language)
                key = "limit_missed" if closes < now_day else "limit"
                blocks.append(
                    Paragraph(
                        self._k(
                            key,
                            scheme=name,
                            days=limit.dispute_days,
                            max_days=limit.max_days,
                            date=w.date(closes),
                        )
                    )
                )
                later = self.route.transfers[0].closes_if_from_service
                due = service_due(case)
                if later is not None and due is not None:
                    blocks.append(
                        Paragraph(self._k("limit_service", due=w.date(due), date=w.date(later)))
                    )
        elif self.kind == "app":
            rule = self.data.app_reimbursement
            days = [local_day(t.transfer.at, w.zone) for t in self.route.transfers if t.transfer.at]
            if closes is not None and days:
                key = "limit_missed" if closes < now_day else "limit"
                blocks.append(
                    Paragraph(
                        self._k(
                            key,
                            months=rule.claim_within_months,
                            last=w.date(max(days)),
                            date=w.date(closes),
                        )
                    )
                )
            blocks.append(Paragraph(self._k("escalate")))
        else:
            blocks.append(Paragraph(self._k("limit")))
        # Imported here: letter.py imports the scam track, which imports this module.
        from complaintkit.documents.letter import closing_blocks

        blocks += closing_blocks(w.of("letter"), case.claimant.full_name, now_day)
        return blocks

    def _enclosures(self) -> list[Block]:
        case, w = self.case, self.w
        numbers = case.exhibit_numbers()
        linked = {eid for item in self.route.transfers for eid in item.transfer.evidence_ids}
        lines = []
        for item in case.evidence:
            if item.id in numbers and (not linked or item.id in linked):
                caption = item.caption or item.original_name
                lines.append(f"{numbers[item.id]}: {caption}")
        if not lines:
            return [Paragraph(w("doc.no_enclosures"))]
        return [BulletList(tuple(lines))]

    def _sources(self) -> list[Block]:
        w = self.w
        rows: list[tuple[str, date]] = []
        if self.kind == "card" and self.route.scheme is not None:
            rows.append((self.route.scheme.source, self.route.scheme.last_checked))
        elif self.kind == "app":
            rule = self.data.app_reimbursement
            rows.append((rule.source, rule.last_checked))
        elif self.kind == "recall":
            rows.append((self.data.bank_recall.source, self.data.bank_recall.last_checked))
        else:
            rows.append((self.data.crypto_records.source, self.data.crypto_records.last_checked))
        return [
            Paragraph(w("recovery.checked", source=source, date=w.date(day)), "small")
            for source, day in rows
        ]


def compose_recovery_letter(
    case: Case, route: RecoveryRoute, language: str, now: datetime
) -> Document:
    return RecoveryLetter(case, route, language, now).compose()
