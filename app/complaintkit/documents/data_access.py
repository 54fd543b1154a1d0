"""The data-access request: a letter of its own asking the firm for the personal data it holds.

Under Article 15 of the (UK) GDPR a firm must give a copy of the personal data it
holds and say what it does with it, within one month of receiving the request
(Article 12(3)); under Article 45 of China's Personal Information Protection Law
it must let the person consult and copy their personal information, promptly. For
other jurisdictions the letter asks without naming a law: it says less rather than
cite a rule that may not apply.

The firm's own records (order logs, call recordings, chat transcripts, notes on a
withdrawal) are often the evidence a complaint lacks; this is how a user gets them.
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

from complaintkit.documents.letter import closing_blocks
from complaintkit.documents.structure import Block, BulletList, Document, Paragraph, Section
from complaintkit.documents.wording import Words
from complaintkit.domain import Case, ProblemCategory, timing

# Which law the letter cites, by the platform's jurisdiction.
_LAW = {"UK": "uk_gdpr", "EU": "gdpr", "CN": "pipl"}
FILE_STEM = "data-access-request"


def data_access_law(case: Case) -> str:
    """ "uk_gdpr", "gdpr", "pipl", or "general" when the app does not know the law."""
    return _LAW.get(case.platform.jurisdiction, "general")


def compose_data_access_request(case: Case, language: str, now: datetime) -> Document:
    w = Words(language, "data_access", timing.case_zone(case))
    letter = w.of("letter")
    law = data_access_law(case)
    platform = case.platform.name.strip() or letter("meta.unknown_platform")
    reference = case.reference or case.id[:8].upper()
    today = timing.today(case, now)
    document = Document(
        title=w("meta.title", platform=platform),
        subject=w("meta.title", platform=platform),
        author=case.claimant.full_name,
        language=language,
        reference=reference,
        page_size="A4" if language == "zh_CN" else case.paper_size.value,
        footer=letter("meta.page_footer", reference=reference, page="{page}", pages="{pages}"),
    )
    claimant = case.claimant
    sender = [claimant.full_name, claimant.postal_address, claimant.email, claimant.phone]
    opening: list[Block] = [
        Paragraph("\n".join(line for line in sender if line.strip()), "address")
    ]
    if language != "zh_CN":
        opening.append(Paragraph(w.date(today), "address"))
    addressee = [w("letter.to"), platform, case.platform.complaint_email]
    opening.append(Paragraph("\n".join(line for line in addressee if line.strip()), "address"))
    identity = [letter("letter.our_reference", reference=reference)]
    if case.platform.account_id.strip():
        # The firm must find the account: the full number, always, in a request for data.
        identity.append(letter("letter.account_line", account=case.platform.account_id.strip()))
    opening.append(Paragraph("\n".join(identity), "address"))
    opening.append(Paragraph(w(f"subject.{law}"), "subject"))
    opening.append(Paragraph(w("letter.salutation")))
    opening.append(Paragraph(w(f"request.{law}", platform=platform)))
    document.opening = opening

    items = [w(f"items.{key}") for key in ("copy", "purposes", "recipients", "retention", "source")]
    records = [w("records.account_notes"), w("records.contacts")]
    categories = set(case.problem.categories)
    if case.trades or categories & {
        ProblemCategory.SLOW_SERVER,
        ProblemCategory.OUTAGE,
        ProblemCategory.WRONG_EXECUTION,
    }:
        records.insert(0, w("records.orders"))
    if categories & {ProblemCategory.WITHDRAWAL, ProblemCategory.FROZEN}:
        records.append(w("records.hold"))
    if ProblemCategory.SECURITY in categories:
        records.append(w("records.logins"))
    period = []
    if case.problem.started_at is not None:
        start = timing.local_day(case.problem.started_at, w.zone)
        period.append(Paragraph(w("records.period", start=w.date(start))))
    sections = [
        Section(w("sections.what"), [BulletList(tuple(items))]),
        Section(w("sections.records"), [BulletList(tuple(records)), *period]),
        Section(
            w("sections.reply"),
            [
                Paragraph(w(f"reply.{law}")),
                Paragraph(w("reply.format")),
                *closing_blocks(letter, case.claimant.full_name, today),
            ],
        ),
    ]
    document.sections = sections
    return document


def write_data_access_request(case: Case, language: str, out_dir: Path, now: datetime) -> Path:
    """`data-access-request.pdf` in `out_dir`, written whole or not at all."""
    from complaintkit.documents.render_pdf import render_pdf

    document = compose_data_access_request(case, language, now)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{FILE_STEM}.pdf"
    handle, temporary = tempfile.mkstemp(dir=out_dir, prefix=".", suffix=".pdf")
    os.close(handle)
    try:
        render_pdf(document, Path(temporary))
        os.replace(temporary, target)
    finally:
        Path(temporary).unlink(missing_ok=True)
    return target
