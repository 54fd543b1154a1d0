"""A document as plain data: what `compose_*` produce and `render_pdf`/`render_text` consume.

Every piece of text here is a plain string exactly as the user typed it or as the
locale catalog words it; escaping for reportlab happens only in the PDF renderer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from complaintkit.knowledge.timeline_data import TimelineChart  # issue 20

ParagraphStyleName = Literal[
    "body", "small", "quote", "address", "subject", "signature", "signature_right", "title"
]


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: ParagraphStyleName = "body"


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    # Relative column widths, used only when no cell has content: the PDF renderer
    # sizes columns from what they hold.
    widths: tuple[float, ...]
    # Rows (by index) drawn as a total line.
    total_rows: tuple[int, ...] = ()


@dataclass(frozen=True)
class Figure:
    """An image ready to embed (already downscaled and re-encoded) with its description."""

    data: bytes
    width_px: int
    height_px: int
    caption: str
    facts: tuple[tuple[str, str], ...]
    # How wide it prints (exhibit_layout: legible on-screen text); 0: the column width.
    print_width_mm: float = 0.0
    # The narrowest it may print to share a page and stay legible; 0: print_width_mm.
    least_width_mm: float = 0.0
    # Added to the caption of each slice of a capture too tall for one page.
    part_label: str = "({number}/{count})"


@dataclass(frozen=True)
class Notice:
    """A figure that could not be shown, with the reason and the facts we have."""

    caption: str
    message: str
    facts: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ChecklistLine:
    done: bool
    text: str
    detail: str = ""


# The time-line picture (issue 20) is plain data too: documents/timeline_chart.py.
Block = Paragraph | BulletList | Table | Figure | Notice | ChecklistLine | TimelineChart


@dataclass
class Section:
    title: str
    blocks: list[Block] = field(default_factory=list)
    # Sections of level 0 start a new page in the appendix and get a top-level bookmark.
    level: int = 1
    new_page: bool = False


@dataclass
class Document:
    """A whole PDF: metadata, a heading part without a title, and titled sections."""

    title: str
    subject: str
    author: str
    language: str  # "zh_CN" or "en"
    reference: str
    page_size: str  # "A4" or "Letter"
    footer: str  # with {page} and {pages}
    opening: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Printed across every page (the built-in example case: "EXAMPLE", "示例").
    watermark: str = ""
