"""Follow-up letters from the same case, with the same document engine as the complaint:

- a reminder when the reply deadline or a promise the firm made has passed;
- a request for the firm's final response (most schemes need it, or the wait to be over);
- a cover note for the escalation body: the case, the firm's answer or silence,
  the scheme's conditions met or not, and the exhibits.

Each cites the date the complaint was sent, the reply deadline and every broken
promise, so the reader sees at once how long the firm has had.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from zoneinfo import ZoneInfo

from complaintkit.documents.escalation import escalation_body_name, escalation_step
from complaintkit.documents.letter import LetterComposer, closing_blocks, mask_account
from complaintkit.documents.structure import Block, BulletList, Document, Paragraph, Section
from complaintkit.documents.wording import Words
from complaintkit.domain import Case, Promise, timing
from complaintkit.knowledge import chosen_or_suggested_body
from complaintkit.knowledge.plan import (
    escalation_plan,
    escalation_plan_for,
    firm_written_reply,
    scheme_opens,
)
from complaintkit.knowledge.plan_text import prerequisite_text


class FollowUpKind(StrEnum):
    REMINDER = "reminder"
    FINAL_RESPONSE_REQUEST = "final_response_request"
    COVER_NOTE = "cover_note"


class FollowUpNotPossible(Exception):
    """The case lacks what a follow-up must cite; `message` is in the user's language."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class BrokenPromise:
    made_at: datetime
    agent: str
    text: str
    due: datetime


def broken_promises(case: Case, now: datetime) -> list[BrokenPromise]:
    """Promises marked not kept, or past due and not marked kept, oldest first."""
    found = [
        BrokenPromise(contact.at, contact.agent, promise.text, promise.due)
        for contact in case.contacts
        for promise in contact.promises
        if promise.due is not None and _broken(promise, now)
    ]
    return sorted(found, key=lambda item: item.due)


def _broken(promise: Promise, now: datetime) -> bool:
    return promise.kept is False or promise.is_overdue(now)


class _FollowUp:
    def __init__(self, case: Case, language: str, now: datetime, days: int) -> None:
        if case.sent is None:
            words = Words(language, "followup", ZoneInfo(case.problem.timezone))
            raise FollowUpNotPossible("not_sent", words("errors.not_sent"))
        self.case, self.now = case, now
        self.zone = ZoneInfo(case.problem.timezone)
        self.w = Words(language, "followup", self.zone)
        self.letter = self.w.of("letter")
        self.today = timing.today(case, now)
        self.sent_on = timing.letter_date(case, now)
        self.deadline = timing.letter_reply_due(case, now)
        self.new_deadline = timing.add_days(self.today, days)
        reply = firm_written_reply(case)
        self.reply_on = reply.astimezone(self.zone).date() if reply else None
        self.reference = case.reference or case.id[:8].upper()

    def in_sentence(self, label: str) -> str:
        """An enum label inside an English sentence starts lower-case ("by e-mail")."""
        return label[:1].lower() + label[1:] if self.w.language == "en" else label

    def d(self, day: date) -> str:
        return self.w.date(day)

    def platform(self) -> str:
        return self.case.platform.name.strip() or self.letter("meta.unknown_platform")

    def document(self, title: str) -> Document:
        case = self.case
        return Document(
            title=title,
            subject=title,
            author=case.claimant.full_name,
            language=self.w.language,
            reference=self.reference,
            page_size="A4" if self.w.language == "zh_CN" else case.paper_size.value,
            footer=self.letter(
                "meta.page_footer", reference=self.reference, page="{page}", pages="{pages}"
            ),
        )

    def heading(self, addressee: list[str], subject: str, salutation: str = "") -> list[Block]:
        claimant = self.case.claimant
        sender = [claimant.full_name, claimant.postal_address, claimant.email, claimant.phone]
        refs = [self.letter("letter.our_reference", reference=self.reference)]
        account = self.case.platform.account_id.strip()
        if account:
            shown = mask_account(account) if self.case.mask_account_id else account
            refs.append(self.letter("letter.account_line", account=shown))
        blocks: list[Block] = [
            Paragraph("\n".join(line for line in sender if line.strip()), "address")
        ]
        if self.w.language != "zh_CN":  # a Chinese letter is dated under the signature
            blocks.append(Paragraph(self.d(self.today), "address"))
        return [
            *blocks,
            Paragraph("\n".join(line for line in addressee if line.strip()), "address"),
            Paragraph("\n".join(refs), "address"),
            Paragraph(subject, "subject"),
            Paragraph(salutation or self.letter("letter.salutation")),
        ]

    def to_firm(self) -> list[str]:
        email = self.case.platform.complaint_email
        return [self.letter("letter.to_department"), self.platform(), email]

    def original(self, voice: str = "common") -> str:
        assert self.case.sent is not None
        return self.w(
            f"{voice}.original",
            date=self.d(self.sent_on),
            method=self.in_sentence(self.w.enum(self.case.sent.method)),
            deadline=self.d(self.deadline),
        )

    def answer_state(self, voice: str = "common") -> str:
        final = timing.final_response_on(self.case) is not None  # issue 20
        if final and self.reply_on is not None:  # issue 20
            return self.w(f"{voice}.final_response", date=self.d(self.reply_on))  # issue 20
        if self.reply_on is not None:
            return self.w(f"{voice}.replied", date=self.d(self.reply_on))
        if self.today > self.deadline:
            return self.w(f"{voice}.no_reply_deadline_passed", deadline=self.d(self.deadline))
        return self.w(f"{voice}.no_reply_yet")

    def promises_block(self, voice: str = "common") -> list[Block]:
        broken = broken_promises(self.case, self.now)
        if not broken:
            return []
        items = [
            self.w(
                f"{voice}.promise_line" if item.agent.strip() else f"{voice}.promise_line_unnamed",
                made=self.d(timing.local_day(item.made_at, self.zone)),
                agent=item.agent.strip(),
                promise=item.text,
                due=self.d(timing.local_day(item.due, self.zone)),
            )
            for item in broken
        ]
        return [Paragraph(self.w(f"{voice}.promises_intro")), BulletList(tuple(items))]

    def escalation_sentence(self) -> Paragraph:
        """The day the scheme really opens when that is after the new reply date."""
        body = chosen_or_suggested_body(self.case)
        name = escalation_body_name(self.case, self.w.language)
        if body is None or name is None:
            return Paragraph(self.w("common.escalate_generic", deadline=self.d(self.new_deadline)))
        if body.wait_for(self.case.platform.kind) is None:
            return Paragraph(
                self.w("common.escalate_body", deadline=self.d(self.new_deadline), body=name)
            )
        step = escalation_step(self.case, self.now)
        opens = step.available_from if step is not None else None
        if opens is None:
            opens = scheme_opens(self.case, body, self.sent_on)
        if opens is not None and opens > self.new_deadline:
            return Paragraph(self.w("common.escalate_opens", opens=self.d(opens), body=name))
        return Paragraph(
            self.w("common.escalate_body", deadline=self.d(self.new_deadline), body=name)
        )

    def closing(self) -> list[Block]:
        return closing_blocks(self.letter, self.case.claimant.full_name, self.today)

    def exhibits(self) -> list[str]:
        numbers = self.case.exhibit_numbers()
        lines = [self.w("cover.original_letter", date=self.d(self.sent_on))]
        for item in self.case.evidence:
            if item.id in numbers:
                caption = item.caption or item.original_name
                lines.append(
                    self.letter("enclosures.line", exhibit=numbers[item.id], caption=caption)
                )
        return lines

    def join(self, parts: list[str]) -> str:
        return ("" if self.w.language == "zh_CN" else " ").join(part for part in parts if part)


def _reminder(f: _FollowUp) -> Document:
    w = f.w
    document = f.document(w("reminder.title", platform=f.platform()))
    body: list[Block] = [Paragraph(f.join([f.original(), f.answer_state()]))]
    body += f.promises_block()
    body.append(Paragraph(w("reminder.request", deadline=f.d(f.new_deadline))))
    body.append(f.escalation_sentence())
    document.opening = f.heading(f.to_firm(), w("reminder.subject", reference=f.reference))
    document.sections = [Section(w("sections.reminder"), body + f.closing())]
    return document


def _final_response_request(f: _FollowUp) -> Document:
    w = f.w
    document = f.document(w("final.title", platform=f.platform()))
    body: list[Block] = [Paragraph(f.join([f.original(), f.answer_state()]))]
    body += f.promises_block()
    body.append(Paragraph(w("final.request", deadline=f.d(f.new_deadline))))
    body.append(Paragraph(w("final.why")))
    body.append(f.escalation_sentence())
    document.opening = f.heading(f.to_firm(), w("final.subject", reference=f.reference))
    document.sections = [Section(w("sections.final"), body + f.closing())]
    return document


def _cover_note(f: _FollowUp) -> Document:
    """To the scheme, once the case is eligible: by name and address, about the firm."""
    w, case = f.w, f.case
    target = chosen_or_suggested_body(case)
    if target is None:
        raise FollowUpNotPossible("no_body", w("errors.no_body"))
    step = escalation_plan_for(case, target, f.now)
    if not step.open_on(f.today):
        when = step.available_from
        message = (
            w("errors.not_eligible_until", body=target.name(w.language), date=f.d(when))
            if when is not None and when > f.today
            else w("errors.not_eligible", body=target.name(w.language))
        )
        raise FollowUpNotPossible("not_eligible", message)
    body_name = target.name(w.language)
    document = f.document(w("cover.title", body=target.in_sentence(w.language)))
    categories = [f.letter(f"category.{category.value}") for category in case.problem.categories]
    composer = LetterComposer(case, w.language, f.now)
    summary = [
        w(
            "cover.summary",
            platform=f.platform(),
            categories=w.join(categories) if categories else w.of("letter")("category.none"),
        )
    ]
    if case.problem.started_at is not None:
        summary.append(w("cover.started", start=w.time(case.problem.started_at)))
    # The money held is the main claim, told about the firm (the reader is the scheme).
    held = composer.held_money(about_firm=True)
    summary += list(held)
    claimed = composer.claimed()
    if claimed:
        key = "cover.claimed_also" if held else "cover.claimed"
        summary.append(w(key, loss=w.join([w.money(money) for money in claimed])))
    sections = [Section(w("sections.case"), [Paragraph(f.join(summary))])]
    # Written to the body: the firm is "the firm", not "you".
    voice = "about_firm"
    history: list[Block] = [Paragraph(f.join([f.original(voice), f.answer_state(voice)]))]
    history += f.promises_block(voice)
    sections.append(Section(w("sections.firm_response"), history))
    plan = [step for step in escalation_plan(case, f.now) if target and step.body.id == target.id]
    if plan and plan[0].prerequisites:  # no empty heading for a body without conditions
        items = []
        for item in plan[0].prerequisites:
            mark = w("cover.met") if item.met else w("cover.not_met")
            text = prerequisite_text(item, w.language, f.d, "prerequisites_first_person")
            items.append(f"{mark} {text}")
        sections.append(Section(w("sections.conditions"), [BulletList(tuple(items))]))
    sections.append(Section(w("sections.exhibits"), [BulletList(tuple(f.exhibits()))]))
    key = "cover.request_web_form" if target.intake == "web_form" else "cover.request"
    request = Paragraph(w(key, body=target.in_sentence(w.language)))
    subject = w("cover.subject", platform=f.platform(), reference=f.reference)
    if target.intake == "web_form":
        # Pasted into the body's own form: no addressee, salutation or signature.
        sections.append(Section(w("sections.request"), [request]))
        document.opening = [Paragraph(w("cover.web_form_intro", body=body_name), "small")]
        document.opening.append(Paragraph(subject, "subject"))
        document.sections = sections
        return document
    sections.append(Section(w("sections.request"), [request, *f.closing()]))
    addressee = [body_name, target.address, target.email, target.website]
    document.opening = f.heading(addressee, subject, w("cover.salutation"))
    document.sections = sections
    return document



_COMPOSERS = {
    FollowUpKind.REMINDER: _reminder,
    FollowUpKind.FINAL_RESPONSE_REQUEST: _final_response_request,
    FollowUpKind.COVER_NOTE: _cover_note,
}


def compose_followup(
    case: Case, kind: FollowUpKind, language: str, now: datetime, days_to_reply: int = 14
) -> Document:
    """A follow-up letter; raises FollowUpNotPossible when the complaint was never sent."""
    return _COMPOSERS[kind](_FollowUp(case, language, now, days_to_reply))


def write_followup(
    case: Case, kind: FollowUpKind, language: str, out_dir: Path, now: datetime
) -> tuple[Path, Path]:
    """Write `<kind>.pdf` and `<kind>.txt` into `out_dir`; each appears whole or not at all."""
    from complaintkit.documents.render_pdf import render_pdf
    from complaintkit.documents.render_text import render_text

    document = compose_followup(case, kind, language, now)
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf, text = out_dir / f"{kind.value}.pdf", out_dir / f"{kind.value}.txt"
    for target, write in (
        (pdf, lambda path: render_pdf(document, path)),
        (text, lambda path: path.write_text(render_text(document), encoding="utf-8")),
    ):
        handle, temporary = tempfile.mkstemp(dir=out_dir, prefix=".", suffix=target.suffix)
        os.close(handle)
        try:
            write(Path(temporary))
            os.replace(temporary, target)
        finally:
            Path(temporary).unlink(missing_ok=True)
    return pdf, text


def followup_options(case: Case, language: str, now: datetime) -> dict[FollowUpKind, str]:
    """Each follow-up with "" when it can be written now, else why not, in the user's
    language (never sent; no scheme; the scheme does not take the case yet)."""
    options: dict[FollowUpKind, str] = {}
    final = timing.final_response_on(case)
    for kind in FollowUpKind:
        if kind is FollowUpKind.FINAL_RESPONSE_REQUEST and final is not None:
            words = Words(language, "followup", timing.case_zone(case))
            options[kind] = words("errors.final_already", date=words.date(final))
            continue
        try:
            compose_followup(case, kind, language, now)
        except FollowUpNotPossible as refusal:
            options[kind] = refusal.message
        else:
            options[kind] = ""
    return options
