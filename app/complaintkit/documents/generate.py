"""Produce the three files a user sends and keeps: letter PDF, checklist PDF, letter text.

One function for the wizard (run in a worker thread, with progress and cancel)
and the command line. Files are written to temporary names and renamed into
place, so a cancelled or failed run never leaves a half-written PDF behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from complaintkit.documents.checklist import compose_checklist
from complaintkit.documents.exhibit_cache import FOLDER_NAME, ExhibitCache
from complaintkit.documents.exhibits import EvidenceSource
from complaintkit.documents.letter import compose_letter
from complaintkit.documents.offer_reply import offer_documents, remove_stale_offer_reply
from complaintkit.documents.render_pdf import render_pdf
from complaintkit.documents.render_text import render_text
from complaintkit.documents.scam_track import remove_stale_scam_documents, scam_documents
from complaintkit.documents.structure import Document, Notice
from complaintkit.domain import Case
from complaintkit.locales import lookup
from complaintkit.paths import data_dir
from complaintkit.scratch import PARTIAL_PREFIX, remove_partial_files

LETTER_PDF = "complaint-letter.pdf"
CHECKLIST_PDF = "checklist.pdf"
LETTER_TEXT = "complaint-letter.txt"
# Above this a letter with its appendix is too big for many mailboxes (the UI offers
# to send it without the appendix); the generated files say so too.
MAIL_LIMIT_BYTES = 18_000_000

Progress = Callable[[int, int], None]


class GenerationCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass
class GeneratedFiles:
    letter_pdf: Path
    checklist_pdf: Path
    letter_text: Path
    # One sentence per exhibit that could not be shown (already in the user's language).
    warnings: list[str] = field(default_factory=list)
    # On the scam track: the police report pack and the recovery letters.
    extra: list[Path] = field(default_factory=list)


def _warnings(document: Document) -> list[str]:
    return [
        f"{block.caption}: {block.message}"
        for section in document.sections
        for block in section.blocks
        if isinstance(block, Notice)
    ]


def marked(document: Document, case: Case, language: str) -> Document:
    """The example case's documents say so on every page."""
    if case.example:
        document.watermark = str(lookup(language, "letter", "meta.example_watermark"))
    return document


def generate(
    case: Case,
    language: str,
    source: EvidenceSource,
    out_dir: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: datetime | None = None,
    exhibit_cache: ExhibitCache | None = None,
) -> GeneratedFiles:
    """Write the letter (with its appendix), the checklist and the text letter into `out_dir`.

    Images prepared for print are kept in `exhibit_cache` (by default in the data
    folder), so rendering an unchanged case again does not decode them again."""
    now = now or datetime.now(UTC)
    cache = exhibit_cache or ExhibitCache(data_dir() / FOLDER_NAME)
    report = progress or (lambda _done, _total: None)
    stop = cancelled or (lambda: False)
    # A folder made here holds one person's complaint: private (0700). A folder the
    # user chose that already exists keeps its permissions.
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    remove_partial_files(out_dir)  # what a killed render left here
    extras = scam_documents(case, language, now)
    extras += offer_documents(case, language, now)  # issue 20: the reply to the firm's offer
    total = 4 + len(extras)

    def step(done: int) -> None:
        if stop():
            raise GenerationCancelled
        report(done, total)

    step(0)
    letter = marked(compose_letter(case, language, now, source, cache), case, language)
    step(1)
    files = GeneratedFiles(out_dir / LETTER_PDF, out_dir / CHECKLIST_PDF, out_dir / LETTER_TEXT)
    files.extra = [out_dir / extra.file_name for extra in extras]
    jobs: list[tuple[Path, Callable[[Path], object]]] = [
        (files.letter_pdf, lambda path: render_pdf(letter, path)),
        (
            files.checklist_pdf,
            lambda path: render_pdf(
                marked(compose_checklist(case, language, now), case, language), path
            ),
        ),
        (files.letter_text, lambda path: path.write_text(render_text(letter), encoding="utf-8")),
    ]
    jobs += [
        (
            target,
            lambda path, extra=extra: render_pdf(marked(extra.compose(), case, language), path),
        )
        for target, extra in zip(files.extra, extras, strict=True)
    ]
    # Render into temporary files first; rename only when all of them exist.
    pending: list[tuple[Path, Path]] = []
    try:
        for target, write in jobs:
            handle, temporary = tempfile.mkstemp(
                dir=out_dir, prefix=PARTIAL_PREFIX, suffix=target.suffix
            )
            os.close(handle)
            pending.append((Path(temporary), target))
            write(Path(temporary))
            step(len(pending) + 1)
        for temporary, target in pending:
            os.replace(temporary, target)
        remove_stale_scam_documents(out_dir, keep=set(files.extra))
        remove_stale_offer_reply(out_dir, keep=set(files.extra))  # issue 20
    finally:
        for temporary, _target in pending:
            temporary.unlink(missing_ok=True)
    files.warnings = _warnings(letter)
    size = files.letter_pdf.stat().st_size
    if size > MAIL_LIMIT_BYTES:
        message = str(lookup(language, "letter", "appendix.too_big"))
        files.warnings.append(message.format(size=f"{size / 1e6:.1f}"))
    cache.prune()
    report(total, total)
    return files
