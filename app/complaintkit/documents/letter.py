"""Compose the complaint letter (and its evidence appendix) from a case.

The letter follows what complaints departments respond to: who is writing and
about which account, one paragraph that states the problem, the loss and the
request, then the facts in time order with the exhibits that prove them, the
orders and the loss worksheet, the contact history with promises kept or broken,
the request, a concrete reply date, and what happens if there is no reply.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from complaintkit.documents.escalation import escalation_body_name
from complaintkit.documents.exhibits import EvidenceSource, citations, exhibit
from complaintkit.documents.scam_track import scam_letter_lines
from complaintkit.documents.structure import (
    Block,
    BulletList,
    Document,
    Paragraph,
    Section,
    Table,
)
from complaintkit.documents.wording import Words
from complaintkit.domain import Case, Money, OrderSide, Promise, Trade
from complaintkit.domain.enums import Direction, RemedyKind


def mask_account(account_id: str) -> str:
    """Keep the last 4 characters: enough for the firm to find the account."""
    visible = account_id.strip()
    if len(visible) <= 4:
        return visible
    return "•" * 4 + visible[-4:]


def reply_deadline(case: Case, letter_date: date) -> date:
    return letter_date + timedelta(days=case.remedy.reply_deadline_days)


def _price(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,}"


def _quantity(value: Decimal) -> str:
    return f"{value.normalize():,f}"


@dataclass(frozen=True)
class _Event:
    at: datetime
    text: str
    exhibits: tuple[str, ...] = ()


class LetterComposer:
    """Builds the letter `Document` for one case in one language."""

    def __init__(self, case: Case, language: str, now: datetime) -> None:
        self.case = case
        self.zone = ZoneInfo(case.problem.timezone)
        self.words = Words(language, "letter", self.zone)
        self.now = now
        self.letter_date = now.astimezone(self.zone).date()

    # -- small pieces ---------------------------------------------------------------

    def _platform_name(self) -> str:
        return self.case.platform.name.strip() or self.words("meta.unknown_platform")

    def _cite(self, evidence_ids: list[str]) -> str:
        numbers = citations(self.case, evidence_ids)
        if not numbers:
            return ""
        return " " + self.words("letter.exhibit_ref", exhibits=self.words.join(numbers))

    def _categories_phrase(self) -> str:
        phrases = [self.words(f"category.{c.value}") for c in self.case.problem.categories]
        return self.words.join(phrases) if phrases else self.words("category.none")

    def losses(self) -> list[Money]:
        return self.case.computed_loss()

    def claimed(self) -> list[Money]:
        if self.case.claimed_loss is not None:
            return [self.case.claimed_loss]
        if self.case.remedy.compensation is not None:
            return [self.case.remedy.compensation]
        return self.losses()

    # -- the letter -----------------------------------------------------------------

    def compose(self) -> Document:
        case, w = self.case, self.words
        reference = case.reference or case.id[:8].upper()
        document = Document(
            title=w("meta.title", platform=self._platform_name()),
            subject=w("meta.subject", reference=reference),
            author=case.claimant.full_name,
            language=w.language,
            reference=reference,
            page_size="A4" if w.language == "zh_CN" else case.paper_size.value,
            footer=w("meta.page_footer", reference=reference, page="{page}", pages="{pages}"),
        )
        document.opening = self._opening(reference)
        document.sections = [
            self._facts_section(),
            self._orders_section(),
            self._loss_section(),
            self._contacts_section(),
            self._request_section(),
            self._enclosures_section(),
        ]
        return document

    def _opening(self, reference: str) -> list[Block]:
        case, w = self.case, self.words
        claimant = case.claimant
        sender = [claimant.full_name, claimant.postal_address, claimant.email, claimant.phone]
        blocks: list[Block] = [
            Paragraph("\n".join(line for line in sender if line.strip()), "address"),
            Paragraph(w.date(self.letter_date), "address"),
        ]
        addressee = [w("letter.to_department"), self._platform_name()]
        addressee += [case.platform.complaint_email] if case.platform.complaint_email else []
        blocks.append(Paragraph("\n".join(addressee), "address"))
        reference_lines = [w("letter.our_reference", reference=reference)]
        if case.platform.account_id.strip():
            account = case.platform.account_id.strip()
            shown = mask_account(account) if case.mask_account_id else account
            reference_lines.append(w("letter.account_line", account=shown))
        blocks.append(Paragraph("\n".join(reference_lines), "address"))
        subject_categories = [w.enum(c) for c in case.problem.categories]
        blocks.append(
            Paragraph(
                w(
                    "letter.subject",
                    categories=w("meta.subject_separator").join(subject_categories)
                    or w("category.none"),
                ),
                "subject",
            )
        )
        blocks.append(Paragraph(w("letter.salutation")))
        blocks.append(Paragraph(self._summary()))
        return blocks

    def _summary(self) -> str:
        case, w = self.case, self.words
        platform = self._platform_name()
        categories = self._categories_phrase()
        if case.problem.started_at is not None:
            text = w(
                "letter.intro",
                platform=platform,
                categories=categories,
                start=w.time(case.problem.started_at),
            )
        else:
            text = w("letter.intro_no_start", platform=platform, categories=categories)
        parts = [text]
        if case.problem.ongoing:
            parts.append(w("letter.intro_ongoing"))
        claimed = self.claimed()
        if claimed:
            parts.append(w("letter.intro_loss", loss=w.join([m.format() for m in claimed])))
        requests = [w(f"remedy.{kind.value}") for kind in case.remedy.kinds]
        parts.append(
            w(
                "letter.intro_request",
                requests=w.join(requests) if requests else w("remedy.none"),
                deadline=w.date(reply_deadline(case, self.letter_date)),
            )
        )
        separator = "" if w.language == "zh_CN" else " "
        return separator.join(parts)

    def _events(self) -> list[_Event]:
        case, w = self.case, self.words
        problem = case.problem
        events: list[_Event] = []
        if problem.started_at:
            events.append(
                _Event(
                    problem.started_at,
                    w("timeline.problem_started"),
                    tuple(citations(case, problem.evidence_ids)),
                )
            )
        if problem.ended_at:
            events.append(_Event(problem.ended_at, w("timeline.problem_ended")))
        for trade in case.trades:
            events.extend(self._trade_events(trade))
        events.extend(self._detail_events())
        for contact in case.contacts:
            events.append(
                _Event(
                    contact.at,
                    w(
                        "timeline.contact",
                        direction=w(f"contacts.{contact.direction.value}"),
                        channel=w.enum(contact.channel),
                        agent=w("timeline.contact_agent", agent=contact.agent)
                        if contact.agent
                        else "",
                        reference=w("timeline.contact_reference", reference=contact.reference)
                        if contact.reference
                        else "",
                        summary=contact.summary,
                    ),
                    tuple(citations(case, contact.evidence_ids)),
                )
            )
            for promise in contact.promises:
                if promise.due is not None:
                    events.append(
                        _Event(
                            promise.due,
                            w(
                                "timeline.promise_due",
                                promise=promise.text,
                                due=w.time(promise.due),
                                state=self._promise_state(promise),
                            ),
                        )
                    )
        # Evidence nothing else cites still belongs in the story, at the time it was taken.
        cited = set(problem.evidence_ids)
        cited.update(eid for trade in case.trades for eid in trade.evidence_ids)
        cited.update(eid for contact in case.contacts for eid in contact.evidence_ids)
        numbers = case.exhibit_numbers()
        for item in case.evidence:
            if item.id in numbers and item.id not in cited and item.captured_at:
                text = item.caption or item.original_name
                events.append(_Event(item.captured_at, text, (numbers[item.id],)))
        return sorted(events, key=lambda event: event.at)

    def _trade_events(self, trade: Trade) -> list[_Event]:
        w = self.words
        exhibits = tuple(citations(self.case, trade.evidence_ids))
        events = []
        if trade.sent_at:
            text = w(
                "timeline.order_sent",
                order_id=trade.order_id or "—",
                side=w(f"side.{trade.side.value}"),
                quantity=_quantity(trade.quantity),
                instrument=trade.instrument,
                price=f"{_price(trade.intended_price)} {trade.currency}",
            )
            events.append(_Event(trade.sent_at, text, exhibits))
        if trade.executed_at:
            text = w(
                "timeline.order_executed",
                order_id=trade.order_id or "—",
                price=f"{_price(trade.executed_price)} {trade.currency}",
            )
            events.append(_Event(trade.executed_at, text, exhibits))
        return events

    def _detail_events(self) -> list[_Event]:
        w = self.words
        details = self.case.problem.details_in_use()
        events = []
        withdrawal = details.get("withdrawal")
        if withdrawal and withdrawal.requested_at:
            amount = withdrawal.amount.format() if withdrawal.amount else ""
            events.append(
                _Event(withdrawal.requested_at, w("timeline.withdrawal_requested", amount=amount))
            )
        freeze, security = details.get("freeze"), details.get("security")
        if freeze and freeze.frozen_at:
            events.append(_Event(freeze.frozen_at, w("timeline.account_frozen")))
        if security and security.noticed_at:
            events.append(_Event(security.noticed_at, w("timeline.unauthorised_noticed")))
        if security and security.reported_at:
            events.append(_Event(security.reported_at, w("timeline.unauthorised_reported")))
        return events

    def _promise_state(self, promise: Promise) -> str:
        w = self.words
        if promise.kept is True:
            return w("contacts.kept_yes")
        if promise.kept is False:
            return w("contacts.kept_no")
        if promise.due is not None and promise.due < self.now:
            return w("contacts.kept_overdue")
        if promise.due is not None:
            return w("contacts.kept_pending")
        return w("contacts.kept_unknown")

    def _facts_section(self) -> Section:
        case, w = self.case, self.words
        blocks: list[Block] = []
        events = self._events()
        if events:
            rows = []
            for event in events:
                cited = (
                    " " + w("letter.exhibit_ref", exhibits=w.join(list(event.exhibits)))
                    if event.exhibits
                    else ""
                )
                rows.append((w.time(event.at), event.text + cited))
            blocks.append(Paragraph(w("sections.timeline"), "subject"))
            blocks.append(Table((w("contacts.when"), w("contacts.summary")), tuple(rows), (1, 3)))
        if case.problem.narrative.strip():
            blocks.append(Paragraph(w("sections.own_words"), "subject"))
            for paragraph in case.problem.narrative.split("\n"):
                if paragraph.strip():
                    blocks.append(Paragraph(paragraph))
        if case.problem.error_messages:
            heading = w("sections.errors") + self._cite(case.problem.evidence_ids)
            blocks.append(Paragraph(heading, "subject"))
            for message in case.problem.error_messages:
                blocks.append(Paragraph(f"“{message}”", "quote"))
        blocks.extend(self._details())
        return Section(w("sections.facts"), blocks)

    def _details(self) -> list[Block]:
        w = self.words
        fields = self.words.of("domain")
        groups = self.case.problem.details_in_use()
        blocks: list[Block] = []
        for name, details in groups.items():
            if details is None:
                continue
            rows = []
            for field_name, value in details:
                if value in (None, ""):
                    continue
                if isinstance(value, datetime):
                    shown = w.time(value)
                elif isinstance(value, Money):
                    shown = value.format()
                else:
                    shown = str(value)
                rows.append((str(fields.get(f"fields.{field_name}")), shown))
            if rows:
                blocks.append(Paragraph(w(f"details.{name}"), "subject"))
                blocks.append(Table(("", ""), tuple(rows), (1, 2)))
        return blocks

    def _orders_section(self) -> Section:
        case, w = self.case, self.words
        if not case.trades:
            return Section(w("sections.orders"), [Paragraph(w("orders.none"))])
        header = (
            w("orders.order_id"),
            w("orders.instrument"),
            w("orders.side"),
            w("orders.quantity"),
            w("orders.intended"),
            w("orders.executed"),
            w("orders.evidence"),
        )
        rows = []
        for trade in case.trades:
            exhibits = citations(case, trade.evidence_ids)
            rows.append(
                (
                    trade.order_id,
                    trade.instrument,
                    w(f"side.{trade.side.value}"),
                    _quantity(trade.quantity),
                    _price_time(trade.intended_price, trade.sent_at, trade.currency, w),
                    _price_time(trade.executed_price, trade.executed_at, trade.currency, w)
                    + f"\n{w.enum(trade.status)}",
                    ", ".join(exhibits),
                )
            )
        return Section(
            w("sections.orders"), [Table(header, tuple(rows), (1.9, 1.4, 0.6, 0.9, 1.7, 1.7, 1.0))]
        )

    def _loss_section(self) -> Section:
        case, w = self.case, self.words
        blocks: list[Block] = []
        rows: list[tuple[str, ...]] = []
        for trade in case.trades:
            loss = trade.loss()
            if trade.loss_override is not None:
                calculation = w("loss.entered_by_hand")
            elif loss is None:
                calculation = w("loss.not_computable")
            else:
                key = "loss.formula_sell" if trade.side is OrderSide.SELL else "loss.formula"
                calculation = w(
                    key,
                    quantity=_quantity(trade.quantity),
                    executed=_price(trade.executed_price),
                    intended=_price(trade.intended_price),
                )
            rows.append(
                (
                    trade.order_id,
                    calculation,
                    _price(trade.fees),
                    loss.format() if loss is not None else "—",
                )
            )
        losses = self.losses()
        total_rows: tuple[int, ...] = ()
        if rows:
            for money in losses:
                rows.append((w("loss.total"), "", "", money.format()))
            total_rows = tuple(range(len(rows) - len(losses), len(rows)))
            header = (w("loss.order_id"), w("loss.calculation"), w("loss.fees"), w("loss.loss"))
            blocks.append(Table(header, tuple(rows), (1.4, 2.6, 0.8, 1.4), total_rows))
        claimed = self.claimed()
        if claimed and claimed != losses:
            blocks.append(
                Paragraph(w("loss.claimed_differs", claimed=w.join([m.format() for m in claimed])))
            )
        if not blocks:
            blocks.append(Paragraph(w("loss.no_loss")))
        return Section(w("sections.loss"), blocks)

    def _contacts_section(self) -> Section:
        case, w = self.case, self.words
        if not case.contacts:
            return Section(w("sections.contacts"), [Paragraph(w("contacts.none"))])
        header = (
            w("contacts.when"),
            w("contacts.channel"),
            w("contacts.agent"),
            w("contacts.reference"),
            w("contacts.summary"),
            w("contacts.promise"),
            w("contacts.kept"),
        )
        rows = []
        for contact in sorted(case.contacts, key=lambda c: c.at):
            promises = "\n".join(
                f"{p.text} ({w.time(p.due)})" if p.due else p.text for p in contact.promises
            )
            kept = "\n".join(self._promise_state(p) for p in contact.promises)
            summary = contact.summary + (f"\n→ {contact.outcome}" if contact.outcome else "")
            summary += self._cite(contact.evidence_ids)
            channel = w.enum(contact.channel)
            if contact.direction is Direction.FROM_FIRM:
                channel += f"\n({w('contacts.from_firm')})"
            rows.append(
                (
                    w.time(contact.at),
                    channel,
                    contact.agent,
                    contact.reference,
                    summary,
                    promises,
                    kept,
                )
            )
        return Section(
            w("sections.contacts"), [Table(header, tuple(rows), (1.4, 1.3, 1, 1.3, 2.4, 1.7, 0.8))]
        )

    def _request_section(self) -> Section:
        case, w = self.case, self.words
        items = []
        for kind in case.remedy.kinds:
            if kind is RemedyKind.COMPENSATION and case.remedy.compensation is not None:
                items.append(w("request.compensation", amount=case.remedy.compensation.format()))
            else:
                items.append(w(f"remedy_item.{kind.value}"))
        blocks: list[Block] = []
        if items:
            blocks.append(BulletList(tuple(items)))
        if case.remedy.details.strip():
            blocks.append(Paragraph(w("request.details", details=case.remedy.details)))
        deadline = reply_deadline(case, self.letter_date)
        blocks.append(
            Paragraph(
                w(
                    "request.deadline",
                    deadline=w.date(deadline),
                    days=case.remedy.reply_deadline_days,
                )
            )
        )
        # On the scam track the letter is a record: it names the police, not an ombudsman.
        scam_lines = scam_letter_lines(case, w.language)
        body = escalation_body_name(case, w.language)
        if scam_lines is not None:
            blocks += [Paragraph(line) for line in scam_lines]
        else:
            blocks.append(
                Paragraph(
                    w("request.escalation_body", body=body)
                    if body
                    else w("request.escalation_generic")
                )
            )
        blocks.append(Paragraph(w("letter.closing"), "signature"))
        blocks.append(Paragraph(case.claimant.full_name or " ", "signature"))
        return Section(w("sections.request"), blocks)

    def _enclosures_section(self) -> Section:
        case, w = self.case, self.words
        numbers = case.exhibit_numbers()
        lines = []
        for item in case.evidence:
            if item.id not in numbers:
                continue
            caption = item.caption or w("enclosures.no_caption", name=item.original_name)
            lines.append(w("enclosures.line", exhibit=numbers[item.id], caption=caption))
        if not lines:
            return Section(w("sections.enclosures"), [Paragraph(w("enclosures.none"))])
        return Section(w("sections.enclosures"), [BulletList(tuple(lines))])

    def appendix(self, source: EvidenceSource) -> Section | None:
        case, w = self.case, self.words
        included = [item for item in case.evidence if item.include_in_letter]
        if not included:
            return None
        # Decoding and downscaling release the GIL: prepare screenshots on every core.
        with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
            figures = list(pool.map(lambda item: exhibit(case, item, source, w), included))
        blocks: list[Block] = [Paragraph(w("appendix.intro"), "small"), *figures]
        return Section(w("sections.appendix"), blocks, level=0, new_page=True)


def _price_time(price: Decimal | None, moment: datetime | None, currency: str, words: Words) -> str:
    parts = []
    if price is not None:
        parts.append(f"{_price(price)} {currency}")
    if moment is not None:
        parts.append(words.time(moment))
    return "\n".join(parts)


def compose_letter(
    case: Case, language: str, now: datetime, source: EvidenceSource | None = None
) -> Document:
    """The letter, with the evidence appendix when the case includes it and a source is given."""
    composer = LetterComposer(case, language, now)
    document = composer.compose()
    if case.include_appendix and source is not None:
        appendix = composer.appendix(source)
        if appendix is not None:
            document.sections.append(appendix)
    return document
