"""Documents (no Qt): compose a case into a document structure, render it as PDF or text.

Importing any submodule runs this file, which loads reportlab and every composer: the
wizard imports documents only inside the actions that need them.
"""

from complaintkit.documents.checklist import checklist_sections, compose_checklist
from complaintkit.documents.exhibits import EvidenceSource
from complaintkit.documents.generate import (
    CHECKLIST_PDF,
    LETTER_PDF,
    LETTER_TEXT,
    GeneratedFiles,
    GenerationCancelled,
    generate,
)
from complaintkit.documents.letter import compose_letter
from complaintkit.documents.render_pdf import render_pdf
from complaintkit.documents.render_text import render_text

__all__ = [
    "CHECKLIST_PDF",
    "LETTER_PDF",
    "LETTER_TEXT",
    "EvidenceSource",
    "GeneratedFiles",
    "GenerationCancelled",
    "checklist_sections",
    "compose_checklist",
    "compose_letter",
    "generate",
    "render_pdf",
    "render_text",
]
