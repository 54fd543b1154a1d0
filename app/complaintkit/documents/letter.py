"""Compose the complaint letter (and its evidence appendix) from a case.

The letter follows what complaints departments respond to: who is writing and
about which account, one paragraph that states the problem, the loss and the
request, then the facts in time order with the exhibits that prove them, the
orders and the loss worksheet, the contact history with promises kept or broken,
the request, a concrete reply date, and what happens if there is no reply.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from complaintkit.documents.escalation import escalation_body_name, escalation_step
from complaintkit.documents.exhibit_cache import ExhibitCache
from complaintkit.documents.exhibits import EvidenceSource, citations, exhibits
from complaintkit.documents.scam_track import scam_letter_lines
from complaintkit.documents.structure import (
    Block,
    BulletList,
    Document,
    Paragraph,
    Section,
    Table,
)
from complaintkit.documents.support_text import letter_sentence  # issue 20
from complaintkit.documents.timeline_chart import compose_timeline_chart  # issue 20
from complaintkit.documents.wording import Words
from complaintkit.domain import Case, Money, OrderSide, OrderStatus, Promise, Trade, timing
from complaintkit.domain.enums import Direction, PlatformKind, ProblemCategory, RemedyKind
from complaintkit.knowledge import chosen_or_suggested_body
from complaintkit.knowledge.plan import scheme_opens
from complaintkit.knowledge.support_record import support_record  # issue 20


def mask_account(account_id: str) -> str:
    """Keep the last 4 characters: enough for the firm to find the account."""
    visible = account_id.strip()
    if len(visible) <= 4:
        return visible
    return "•" * 4 + visible[-4:]


def reply_deadline(case: Case, letter_date: date) -> date:
    """The reply date a letter dated `letter_date` asks for (the date engine's rule)."""
    return timing.reply_due_from(case, letter_date)


def _price(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,}"


def _quantity(value: Decimal) -> str:
    return f"{value.normalize():,f}"


# Problems whose facts sit in the firm's systems: ask for its order records.
_ORDER_RECORD_CATEGORIES = {
    ProblemCategory.SLOW_SERVER,
    ProblemCategory.OUTAGE,
    ProblemCategory.WRONG_EXECUTION,
}


@dataclass(frozen=True)
class _Event:
    at: datetime
    text: str
    exhibits: tuple[str, ...] = ()


class LetterComposer:
    """Builds the letter `Document` for one case in one language."""

    def __init__(self, case: Case, language: str, now: datetime) -> None:
        self.case = case
        self.zone = timing.case_zone(case)
        self.words = Words(language, "letter", self.zone)
        self.now = now
        # A sent letter keeps its date (and so its reply date) when rendered again.
        self.letter_date = timing.letter_date(case, now)
        self.deadline = timing.reply_due_from(case, self.letter_date)

    # -- small pieces ---------------------------------------------------------------

    def _platform_name(self) -> str:
        return self.case.platform.name.strip() or self.words("meta.unknown_platform")

    def _cite(self, evidence_ids: list[str]) -> str:
        numbers = citations(self.case, evidence_ids)
        if not numbers:
            return ""
        return self._space() + self.words("letter.exhibit_ref", exhibits=self.words.join(numbers))

    def _in_sentence(self, label: str) -> str:
        """An enum label inside an English sentence starts lower-case ("by e-mail")."""
        return label[:1].lower() + label[1:] if self.words.language == "en" else label

    def _space(self) -> str:
        return "" if self.words.language == "zh_CN" else " "

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
        return self.case.losses_to_claim()

    def quantity(self, trade: Trade) -> str:
        unit = str(self.words.get(f"units.{self.case.platform.kind.value}"))
        shown = _quantity(trade.quantity)
        return f"{shown} {unit}" if unit and self.words.language == "en" else shown + unit

    def price(self, value: Decimal | None, currency: str) -> str:
        return self.words.price(value, currency) if value is not None else "—"

    def held_money(self, about_firm: bool = False) -> tuple[str, ...]:
        """The main claim of a withdrawal or frozen-account case, as opening sentences.

        `about_firm`: told to a third party (a scheme), so the firm is not "you".
        """
        w, details = self.words, self.case.problem.details_in_use()
        voice = "_about_firm" if about_firm else ""
        sentences = []
        withdrawal = details.get("withdrawal")
        if withdrawal is not None and withdrawal.amount is not None:
            reference = withdrawal.reference.strip()
            sentences.append(
                w(
                    f"letter.intro_withdrawal{voice}",
                    reference=w("letter.intro_withdrawal_reference", reference=reference)
                    if reference
                    else "",
                    amount=w.money(withdrawal.amount),
                    requested=w.time(withdrawal.requested_at),
                )
            )
        freeze = details.get("freeze")
        if freeze is not None and freeze.frozen_at is not None:
            held = (
                w("letter.intro_freeze_held", amount=w.money(freeze.amount_held))
                if freeze.amount_held is not None
                else ""
            )
            sentences.append(w("letter.intro_freeze", since=w.time(freeze.frozen_at), held=held))
        return tuple(sentences)

    def correct_and_compensate(self) -> bool:
        """Both asked: the letter asks for compensation only if the orders are not corrected."""
        kinds = self.case.remedy.kinds
        return RemedyKind.TRADE_CORRECTION in kinds and RemedyKind.COMPENSATION in kinds

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
        sections = [
            self._timeline_section(),  # issue 20: the picture before the tables
            self._facts_section(),
            self._orders_section(),
            self._loss_section(),
            self._contacts_section(),
            self._request_section(),
            self._enclosures_section(),
        ]
        document.sections = [section for section in sections if section is not None]
        return document

    def _opening(self, reference: str) -> list[Block]:
        case, w = self.case, self.words
        claimant = case.claimant
        sender = [claimant.full_name, claimant.postal_address, claimant.email, claimant.phone]
        blocks: list[Block] = [
            Paragraph("\n".join(line for line in sender if line.strip()), "address")
        ]
        if w.language != "zh_CN":  # a Chinese letter puts its date under the signature
            blocks.append(Paragraph(w.date(self.letter_date), "address"))
        addressee = [w("letter.to_department"), self._platform_name()]
        addressee += [case.platform.complaint_email] if case.platform.complaint_email else []
        blocks.append(Paragraph("\n".join(addressee), "address"))
        reference_lines = [w("letter.our_reference", reference=reference)]
        if case.platform.account_id.strip():
            account = case.platform.account_id.strip()
            # The firm needs the full number; masking is the user's choice for shared copies.
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
        held = self.held_money()
        # The money held is the main claim: it comes first, before the rest of the story.
        parts = [text, *held]
        if case.problem.ongoing:
            parts.append(w("letter.intro_ongoing"))
        claimed = self.claimed()
        if claimed:
            key = "letter.intro_loss_also" if held else "letter.intro_loss"
            parts.append(w(key, loss=w.join([w.money(m) for m in claimed])))
        kinds = list(case.remedy.kinds)
        if self.correct_and_compensate():
            kinds.remove(RemedyKind.COMPENSATION)
        requests = [w(f"remedy.{kind.value}") for kind in kinds]
        parts.append(
            w(
                "letter.intro_request",
                requests=w.join(requests) if requests else w("remedy.none"),
                deadline=w.date(self.deadline),
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
            details = []
            if contact.agent.strip():
                details.append(w("timeline.contact_agent", agent=contact.agent.strip()))
            if contact.reference.strip():
                details.append(w("timeline.contact_reference", reference=contact.reference.strip()))
            events.append(
                _Event(
                    contact.at,
                    w(
                        "timeline.contact",
                        direction=w(f"contacts.{contact.direction.value}"),
                        channel=self._in_sentence(w.enum(contact.channel)),
                        details=w(
                            "timeline.contact_details",
                            details=w("timeline.contact_details_separator").join(details),
                        )
                        if details
                        else "",
                        summary=contact.summary.strip(),
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
                                state=self._in_sentence(self._promise_state(promise)),
                            ),
                        )
                    )
        # The firm's own steps (acknowledgement, final response...), with the user's note
        # and the document that shows each: the caseworker dates the complaint from them.
        for record in case.firm_stages:
            text = w(f"timeline.stage_{record.stage.value}")
            if record.note.strip():
                text += self._space() + w("timeline.stage_note", note=record.note.strip())
            events.append(_Event(record.at, text, tuple(citations(case, record.evidence_ids))))
        # Only evidence the user marked as an event gets a row of its own; the rest is
        # cited where it is used (21 of 30 rows were screenshot captions otherwise).
        numbers = case.exhibit_numbers()
        for item in case.evidence:
            if item.id in numbers and item.timeline_event and item.captured_at:
                text = item.caption or item.original_name
                events.append(_Event(item.captured_at, text, (numbers[item.id],)))
        return sorted(events, key=lambda event: event.at)

    def _trade_events(self, trade: Trade) -> list[_Event]:
        w = self.words
        exhibits = tuple(citations(self.case, trade.evidence_ids))
        events = []
        order = {
            "order_id": trade.order_id or "—",
            "side": w(f"side.{trade.side.value}"),
            "quantity": self.quantity(trade),
            "instrument": trade.instrument,
            "price": self.price(trade.intended_price, trade.currency),
        }
        note = w("timeline.order_note", order_id=order["order_id"], note=trade.note.strip())
        note = (" " if w.language == "en" else "") + note if trade.note.strip() else ""
        if trade.status is OrderStatus.NOT_SENT:
            # Never sent: the letter must not say it was filled, whatever prices are entered.
            if trade.sent_at:
                replaced = (
                    w("timeline.order_replaced", replacement=trade.replaced_by.strip())
                    if trade.replaced_by.strip()
                    else ""
                )
                text = w("timeline.order_not_sent", replaced=replaced, **order) + note
                events.append(_Event(trade.sent_at, text, exhibits))
            return events
        if trade.sent_at:
            events.append(_Event(trade.sent_at, w("timeline.order_sent", **order) + note, exhibits))
        if trade.executed_at and trade.status is OrderStatus.REJECTED:
            text = w("timeline.order_rejected", order_id=order["order_id"])
            events.append(_Event(trade.executed_at, text, exhibits))
        elif trade.executed_at:
            text = w(
                "timeline.order_executed",
                order_id=order["order_id"],
                price=self.price(trade.executed_price, trade.currency),
            )
            events.append(_Event(trade.executed_at, text, exhibits))
        return events

    def _detail_events(self) -> list[_Event]:
        w = self.words
        details = self.case.problem.details_in_use()
        events = []
        withdrawal = details.get("withdrawal")
        if withdrawal and withdrawal.requested_at:
            amount = w.money(withdrawal.amount) if withdrawal.amount else ""
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

    def _timeline_section(self) -> Section | None:  # issue 20
        chart = compose_timeline_chart(self.case, self.words.language, self.now)  # issue 20
        return Section(chart.caption, [chart]) if chart is not None else None  # issue 20

    def _facts_section(self) -> Section:
        case, w = self.case, self.words
        blocks: list[Block] = []
        events = self._events()
        if events:
            rows = []
            for event in events:
                cited = (
                    self._space() + w("letter.exhibit_ref", exhibits=w.join(list(event.exhibits)))
                    if event.exhibits
                    else ""
                )
                rows.append((w.time(event.at), event.text + cited))
            blocks.append(Paragraph(w("sections.timeline"), "subject"))
            blocks.append(Table((w("contacts.when"), w("timeline.what")), tuple(rows), (1, 3)))
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
                    shown = w.money(value)
                else:
                    shown = str(value)
                rows.append((str(fields.get(f"fields.{field_name}")), shown))
            if rows:
                blocks.append(Paragraph(w(f"details.{name}"), "subject"))
                blocks.append(Table(("", ""), tuple(rows), (1, 2)))
        return blocks

    def _orders_section(self) -> Section | None:
        case, w = self.case, self.words
        if not case.trades:
            return None
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
            instrument = trade.instrument
            if trade.note.strip():
                instrument += "\n" + w("orders.note", note=trade.note.strip())
            if trade.status is OrderStatus.NOT_SENT:
                executed = w("orders.not_sent")
                if trade.replaced_by.strip():
                    replacement = trade.replaced_by.strip()
                    executed += "\n" + w("orders.replaced_by", replacement=replacement)
            else:
                executed = _price_time(
                    trade.executed_price, trade.executed_at, trade.currency, w
                ) + f"\n{w.enum(trade.status)}"
            rows.append(
                (
                    trade.order_id,
                    instrument,
                    w(f"side.{trade.side.value}"),
                    self.quantity(trade),
                    _price_time(trade.intended_price, trade.sent_at, trade.currency, w),
                    executed.strip(),
                    ", ".join(exhibits),
                )
            )
        return Section(
            w("sections.orders"), [Table(header, tuple(rows), (1.9, 1.4, 0.6, 0.9, 1.7, 1.7, 1.0))]
        )

    def _loss_section(self) -> Section | None:
        """How each amount was reached; left out when nothing is claimed from the orders."""
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
                    result=w.money(loss),
                )
            rows.append((trade.order_id, calculation, w.money(loss) if loss is not None else "—"))
        losses = self.losses()
        total_rows: tuple[int, ...] = ()
        if losses:
            for money in losses:
                rows.append((w("loss.total"), "", w.money(money)))
            total_rows = tuple(range(len(rows) - len(losses), len(rows)))
            header = (w("loss.order_id"), w("loss.calculation"), w("loss.loss"))
            blocks.append(Table(header, tuple(rows), (1.4, 3.4, 1.4), total_rows))
            if any(money.amount <= 0 for money in losses):
                blocks.append(Paragraph(w("loss.in_favour")))
            if any(trade.fees for trade in case.trades):
                blocks.append(Paragraph(w("loss.fees_not_claimed"), "small"))
        claimed = self.claimed()
        if claimed and claimed != losses:
            shown = w.join([w.money(m) for m in claimed])
            if losses:
                computed = w.join([w.money(m) for m in losses])
                text = w("loss.claimed_own_figure", claimed=shown, computed=computed)
                blocks.append(Paragraph(text))
            elif case.trades:
                blocks.append(Paragraph(w("loss.claimed_differs", claimed=shown)))
        if not blocks:
            return None
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
                w("contacts.promise_due", promise=p.text, due=w.time(p.due)) if p.due else p.text
                for p in contact.promises
            )
            kept = "\n".join(self._promise_state(p) for p in contact.promises)
            summary = contact.summary + (f"\n→ {contact.outcome}" if contact.outcome else "")
            summary += self._cite(contact.evidence_ids)
            channel = w.enum(contact.channel)
            if contact.direction is Direction.FROM_FIRM:
                channel += f"\n({w('contacts.from_firm')})"
            if contact.with_bot:  # issue 20
                channel += f"\n({w.of('support')('letter.bot_channel')})"  # issue 20
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
        table = Table(header, tuple(rows), (1.4, 1.3, 1, 1.3, 2.4, 1.7, 0.8))
        # The support record in one sentence above the table (issue 20).
        record = support_record(case, self.now)
        sentence = letter_sentence(record, w.of("support"))
        blocks: list[Block] = [Paragraph(sentence), table] if sentence else [table]
        return Section(w("sections.contacts"), blocks)

    def _request_section(self) -> Section:
        case, w = self.case, self.words
        items = self._request_items()
        blocks: list[Block] = []
        if items:
            blocks.append(BulletList(tuple(items)))
        if case.remedy.details.strip():
            blocks.append(Paragraph(w("request.details", details=case.remedy.details)))
        records = self._records_asked()
        if records:
            blocks.append(Paragraph(w("request.records_intro")))
            blocks.append(BulletList(tuple(records)))
        if self._mica_applies():
            blocks.append(Paragraph(w("request.mica_duty")))
        blocks.append(
            Paragraph(
                w(
                    "request.deadline",
                    deadline=w.date(self.deadline),
                    days=case.remedy.reply_deadline_days,
                )
            )
        )
        # On the scam track the letter is a record: it names the police, not an ombudsman.
        scam_lines = scam_letter_lines(case, w.language)
        if scam_lines is not None:
            blocks += [Paragraph(line) for line in scam_lines]
        else:
            blocks.append(Paragraph(self._escalation_sentence()))
        blocks += closing_blocks(w, case.claimant.full_name, self.letter_date)
        return Section(w("sections.request"), blocks)

    def _request_items(self) -> list[str]:
        case, w = self.case, self.words
        kinds = list(case.remedy.kinds)
        compensation = case.remedy.compensation
        items = []
        if self.correct_and_compensate():
            # One request, not two for the same orders: correct them, or else compensate.
            kinds.remove(RemedyKind.COMPENSATION)
        for kind in kinds:
            if kind is RemedyKind.TRADE_CORRECTION and self.correct_and_compensate():
                items.append(
                    w("request.correct_or_compensate", amount=w.money(compensation))
                    if compensation is not None
                    else w("request.correct_or_compensate_plain")
                )
            elif kind is RemedyKind.COMPENSATION and compensation is not None:
                items.append(w("request.compensation", amount=w.money(compensation)))
            else:
                items.append(w(f"remedy_item.{kind.value}"))
        return items

    def _records_asked(self) -> list[str]:
        """What the firm holds and the user does not, for the problems in the case."""
        w, categories = self.words, set(self.case.problem.categories)
        records = []
        if categories & _ORDER_RECORD_CATEGORIES or self.case.trades:
            records += [w("request.records_orders"), w("request.records_policy")]
        if categories & {ProblemCategory.WITHDRAWAL, ProblemCategory.FROZEN}:
            records.append(w("request.records_hold"))
        return records

    def _mica_applies(self) -> bool:
        return (
            self.case.platform.jurisdiction == "EU"
            and self.case.platform.kind is PlatformKind.CRYPTO_EXCHANGE
        )

    def _escalation_sentence(self) -> str:
        """Name the day the scheme really opens, never the (earlier) reply date."""
        case, w = self.case, self.words
        body = chosen_or_suggested_body(case)
        name = escalation_body_name(case, w.language)
        if body is None or name is None:
            return w("request.escalation_generic")
        if body.wait_for(case.platform.kind) is None:
            return w("request.escalation_body", body=name)  # no waiting period to name
        step = escalation_step(case, self.now)
        opens = step.available_from if step is not None and case.sent is not None else None
        if opens is None:
            opens = scheme_opens(case, body, self.letter_date)
        if opens is not None and opens > self.deadline:
            return w("request.escalation_opens", opens=w.date(opens), body=name)
        return w("request.escalation_body", body=name)

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

    def appendix(
        self, source: EvidenceSource, cache: ExhibitCache | None = None
    ) -> Section | None:
        case, w = self.case, self.words
        included = [item for item in case.evidence if item.include_in_letter]
        if not included:
            return None
        figures = exhibits(case, included, source, w, cache)
        blocks: list[Block] = [Paragraph(w("appendix.intro"), "small"), *figures]
        return Section(w("sections.appendix"), blocks, level=0, new_page=True)


def closing_blocks(w: Words, name: str, day: date) -> list[Block]:
    """"Yours faithfully," and the name; in Chinese 此致 / 敬礼！ then name and date, right."""
    if w.language == "zh_CN":
        return [
            Paragraph("\u3000\u3000" + w("letter.closing"), "signature"),
            Paragraph(w("letter.closing_salute")),
            Paragraph(name or " ", "signature_right"),
            Paragraph(w.date(day), "signature_right"),
        ]
    return [Paragraph(w("letter.closing"), "signature"), Paragraph(name or " ", "signature")]


def _price_time(price: Decimal | None, moment: datetime | None, currency: str, words: Words) -> str:
    parts = []
    if price is not None:
        parts.append(words.price(price, currency))
    if moment is not None:
        parts.append(words.time(moment))
    return "\n".join(parts)


def compose_letter(
    case: Case,
    language: str,
    now: datetime,
    source: EvidenceSource | None = None,
    cache: ExhibitCache | None = None,
) -> Document:
    """The letter, with the evidence appendix when the case includes it and a source is given
    (images prepared for print are kept in `cache` when one is given)."""
    composer = LetterComposer(case, language, now)
    document = composer.compose()
    if case.include_appendix and source is not None:
        appendix = composer.appendix(source, cache)
        if appendix is not None:
            document.sections.append(appendix)
    return document
