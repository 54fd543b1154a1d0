"""The letter cut into the boxes complaint web forms have, with character counts.

Many firms' forms limit each box (often 500 to 2,000 characters), so the user
copies section by section and sees at once which one is too long for a box.
"""

from __future__ import annotations

from dataclasses import dataclass

from complaintkit.documents.render_text import render_text
from complaintkit.documents.structure import Document, Section


@dataclass(frozen=True)
class FormSection:
    title: str
    text: str

    @property
    def characters(self) -> int:
        return len(self.text)


def form_sections(letter: Document) -> list[FormSection]:
    """The opening (summary) and each letter section, as plain text, appendix excluded."""
    opening = Document(**{**letter.__dict__, "sections": []})
    sections = [FormSection(letter.title, render_text(opening).strip())]
    for section in letter.sections:
        if section.level == 0:  # the evidence appendix is attached, not pasted
            continue
        alone = Document(
            **{
                **letter.__dict__,
                "opening": [],
                "sections": [Section(section.title, section.blocks)],
            }
        )
        body = render_text(alone).split("\n", 3)[-1].strip()
        sections.append(FormSection(section.title, body))
    return sections
