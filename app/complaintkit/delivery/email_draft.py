"""The complaint as an e-mail draft: an RFC 5322 `.eml` the user opens in their mail client.

`X-Unsent: 1` makes Outlook and Apple Mail open it as a draft to send, not as a
received message. The body is the plain-text letter; the PDF is attached as is.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid
from pathlib import Path

from complaintkit.domain import Case
from complaintkit.locales import lookup
from complaintkit.store.files import write_atomically

# Most providers refuse messages over ~20-25 MB after base64 (+33 %): warn above this.
ATTACHMENT_WARNING_BYTES = 18 * 1024 * 1024


def subject_line(case: Case, language: str) -> str:
    template = str(lookup(language, "delivery", "email.subject"))
    return template.format(reference=case.reference, platform=case.platform.name)


def build_draft(case: Case, language: str, letter_text: str, letter_pdf: Path) -> EmailMessage:
    message = EmailMessage(policy=SMTP)
    message["X-Unsent"] = "1"
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="complaintkit.invalid")
    if case.platform.complaint_email:
        message["To"] = case.platform.complaint_email
    if case.claimant.email:
        message["From"] = case.claimant.email
    message["Subject"] = subject_line(case, language)
    message.set_content(letter_text, charset="utf-8")
    message.add_attachment(
        letter_pdf.read_bytes(), maintype="application", subtype="pdf", filename=letter_pdf.name
    )
    return message


def write_draft(
    case: Case, language: str, letter_text: str, letter_pdf: Path, target: Path
) -> Path:
    # 0600, like the letter it carries (store.files: temp file, fsync, rename).
    write_atomically(target, build_draft(case, language, letter_text, letter_pdf).as_bytes())
    return target


def attachment_too_large(letter_pdf: Path) -> bool:
    return letter_pdf.stat().st_size > ATTACHMENT_WARNING_BYTES
