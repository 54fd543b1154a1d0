"""The reply to the firm's offer (issue 20): accepting or declining it, in one short letter.

Written only once the user has decided (`FirmOffer.decision`); `generate()` adds it
as offer-reply.pdf next to the letter. Accepting an offer that is not "in full and
final settlement" keeps the rest of the complaint open and says so; declining names
the shortfall, the user's reasons and asks for the final response, naming the scheme
only when one takes the complaint.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from complaintkit.documents.escalation import escalation_body_name
from complaintkit.documents.letter import closing_blocks, mask_account
from complaintkit.documents.scam_track import ExtraDocument
from complaintkit.documents.structure import Block, Document, Paragraph, Section
from complaintkit.documents.wording import Words
from complaintkit.domain import Case, timing
from complaintkit.domain.enums import OfferDecision
from complaintkit.knowledge.offer import assess_offer

OFFER_REPLY_PDF = "offer-reply.pdf"


def offer_documents(case: Case, language: str, now: datetime) -> list[ExtraDocument]:
    """The reply letter, once the user has decided to accept or decline."""
    if case.offer is None or case.offer.decision is OfferDecision.UNDECIDED:
        return []
    return [ExtraDocument(OFFER_REPLY_PDF, lambda: compose_offer_reply(case, language, now))]


def remove_stale_offer_reply(out_dir: Path, keep: set[Path]) -> None:
    """An earlier reply that this run did not write again (the decision was withdrawn)."""
    path = out_dir / OFFER_REPLY_PDF
    if path not in keep and path.is_file():
        path.unlink()


def compose_offer_reply(case: Case, language: str, now: datetime) -> Document:
    assessment = assess_offer(case, now)
    assert assessment is not None and case.offer is not None
    offer = case.offer
    zone = timing.case_zone(case)
    w = Words(language, "support", zone)
    letter = w.of("letter")
    today = timing.today(case, now)
    reference = case.reference or case.id[:8].upper()
    accept = offer.decision is OfferDecision.ACCEPT
    verb = "accept" if accept else "decline"
    if offer.received_at is not None:
        received = w.date(timing.local_day(offer.received_at, zone))
        subject = w(f"offer_reply.subject_{verb}", date=received)
    else:
        subject = w(f"offer_reply.subject_undated_{verb}")
    title = w("offer_reply.title", reference=reference)
    document = Document(
        title=title,
        subject=subject,
        author=case.claimant.full_name,
        language=language,
        reference=reference,
        page_size="A4" if language == "zh_CN" else case.paper_size.value,
        footer=letter("meta.page_footer", reference=reference, page="{page}", pages="{pages}"),
    )
    claimant = case.claimant
    sender = [claimant.full_name, claimant.postal_address, claimant.email, claimant.phone]
    platform = case.platform.name.strip() or letter("meta.unknown_platform")
    addressee = [letter("letter.to_department"), platform, case.platform.complaint_email]
    refs = [letter("letter.our_reference", reference=reference)]
    account = case.platform.account_id.strip()
    if account:
        shown = mask_account(account) if case.mask_account_id else account
        refs.append(letter("letter.account_line", account=shown))
    opening: list[Block] = [Paragraph("\n".join(x for x in sender if x.strip()), "address")]
    if language != "zh_CN":  # a Chinese letter is dated under the signature
        opening.append(Paragraph(w.date(today), "address"))
    opening += [
        Paragraph("\n".join(x for x in addressee if x.strip()), "address"),
        Paragraph("\n".join(refs), "address"),
        Paragraph(subject, "subject"),
        Paragraph(letter("letter.salutation")),
    ]
    document.opening = opening
    body: list[Block] = []
    if offer.amount is not None:
        body.append(
            Paragraph(w("offer_reply.about", amount=w.money(offer.amount), reference=reference))
        )
    else:
        body.append(Paragraph(w("offer_reply.about_no_amount", reference=reference)))
    if offer.covers.strip():
        body.append(Paragraph(w("offer_reply.covers", covers=offer.covers.strip())))
    shortfall = assessment.shortfall
    open_part = shortfall is not None and shortfall.amount > 0
    claimed = w.money(assessment.claimed_same_currency) if assessment.claimed_same_currency else ""
    if accept:
        if offer.full_and_final or assessment.covers_claim:
            body.append(Paragraph(w("offer_reply.accept_full")))
        elif open_part and shortfall is not None:
            body.append(
                Paragraph(
                    w("offer_reply.accept_part", claimed=claimed, shortfall=w.money(shortfall))
                )
            )
        else:
            body.append(Paragraph(w("offer_reply.accept_part_plain")))
        if assessment.others and not offer.full_and_final:
            others = w.join([w.money(money) for money in assessment.others])
            body.append(Paragraph(w("offer_reply.decline_others", others=others)))
        body.append(Paragraph(w("offer_reply.accept_pay")))
    else:
        body.append(Paragraph(w("offer_reply.decline")))
        if open_part and shortfall is not None:
            body.append(
                Paragraph(
                    w(
                        "offer_reply.decline_shortfall",
                        claimed=claimed,
                        shortfall=w.money(shortfall),
                    )
                )
            )
        if assessment.others:
            others = w.join([w.money(money) for money in assessment.others])
            body.append(Paragraph(w("offer_reply.decline_others", others=others)))
        if offer.reply_note.strip():
            body.append(Paragraph(w("offer_reply.note", note=offer.reply_note.strip())))
        deadline = w.date(timing.add_days(today, case.remedy.reply_deadline_days))
        scheme = escalation_body_name(case, language)
        # After the final response there is none left to ask for: say where it goes next.
        key = "decline_after_final" if timing.final_response_on(case) else "decline_next"
        if scheme:
            body.append(Paragraph(w(f"offer_reply.{key}", deadline=deadline, body=scheme)))
        else:
            body.append(Paragraph(w(f"offer_reply.{key}_plain", deadline=deadline)))
    if accept and offer.reply_note.strip():
        body.append(Paragraph(w("offer_reply.note", note=offer.reply_note.strip())))
    body += closing_blocks(letter, claimant.full_name, today)
    document.sections.append(Section(w("offer_reply.section"), body))
    return document
