"""Render a `Document` to PDF with reportlab platypus.

- Only the bundled TrueType fonts are used (embedded and subset by reportlab);
  the canvas starts in one of them, so no base-14 font is ever referenced.
- User text never becomes markup: every string is escaped, then split into
  runs that are each wrapped in a <font> tag naming a font that has its glyphs.
- "page X of Y" needs the page count, so pages are drawn after the whole
  document is laid out (a canvas that keeps each page's state until save).
"""

from __future__ import annotations

import hashlib
import io
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from complaintkit import fonts
from complaintkit.documents.structure import (
    Block,
    BulletList,
    ChecklistLine,
    Document,
    Figure,
    Notice,
    Paragraph,
    Section,
    Table,
)
from complaintkit.scratch import scratch_dir

FONT_NAMES = {
    fonts.REGULAR: "CK-Sans",
    fonts.BOLD: "CK-Sans-Bold",
    fonts.CJK: "CK-CJK",
    fonts.SYMBOLS: "CK-Symbols",
}
INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#57606a")
RULE = colors.HexColor("#d0d7de")
HEADER_FILL = colors.HexColor("#eef1f4")
# Table cells default to an unembedded Helvetica even when they only hold Paragraphs.
CELL_FONT = ("FONTNAME", (0, 0), (-1, -1), "CK-Sans")


@cache
def register_fonts() -> None:
    # Image streams as binary, not ASCII85: reportlab's encoder is pure Python here and
    # took most of the render time for 20 screenshots; the files get smaller too.
    rl_config.useA85 = 0
    for key, name in FONT_NAMES.items():
        pdfmetrics.registerFont(TTFont(name, str(fonts.font_path(key))))


# Drawn for a character no bundled font has (an emoji, say): visible, and it keeps
# the PDF's text layer valid where reportlab would write a broken code for it.
REPLACEMENT = "\ufffd"
# Wrapping cost grows fast with paragraph length; longer texts are laid out in pieces.
MAX_PARAGRAPH = 2000
# Splitting a huge table cell across pages is slower still: a longer cell shows its
# start, and its full text follows the table as ordinary paragraphs.
MAX_CELL = 1200


def markup(text: str, bold: bool = False) -> str:
    """Escaped text with per-run <font> tags; newlines become line breaks."""
    primary = fonts.BOLD if bold else fonts.REGULAR
    lines = []
    for line in text.split("\n"):
        parts = [
            f'<font name="{FONT_NAMES[key]}">{escape(run)}</font>'
            for key, run in fonts.runs(line, primary, missing=REPLACEMENT)
        ]
        lines.append("".join(parts))
    return "<br/>".join(lines)


class _Styles:
    def __init__(self, language: str) -> None:
        # CJK wrapping may break between any two ideographs, as Chinese typesetting does.
        wrap = "CJK" if language == "zh_CN" else None
        base = ParagraphStyle(
            "body",
            fontName=FONT_NAMES[fonts.REGULAR],
            fontSize=10,
            leading=14.5,
            textColor=INK,
            alignment=TA_LEFT,
            spaceAfter=5,
            wordWrap=wrap,
            splitLongWords=True,
            # reportlab's default bullet font is an unembedded Helvetica.
            bulletFontName=FONT_NAMES[fonts.REGULAR],
        )
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=8.5, leading=12, textColor=MUTED)
        self.cell = ParagraphStyle("cell", base, fontSize=8.5, leading=11, spaceAfter=0)
        self.cell_head = ParagraphStyle("cellhead", self.cell, fontName=FONT_NAMES[fonts.BOLD])
        self.quote = ParagraphStyle(
            "quote", base, leftIndent=8 * mm, textColor=colors.HexColor("#8c1d18")
        )
        self.address = ParagraphStyle("address", base, spaceAfter=9)
        self.subject = ParagraphStyle(
            "subject", base, fontName=FONT_NAMES[fonts.BOLD], spaceBefore=4, spaceAfter=6
        )
        self.signature = ParagraphStyle("signature", base, spaceBefore=6)
        # Chinese letters: signature and date right-aligned below 此致 / 敬礼！
        self.signature_right = ParagraphStyle("signature_right", self.signature, alignment=2)
        self.heading = ParagraphStyle(
            "heading",
            base,
            fontName=FONT_NAMES[fonts.BOLD],
            fontSize=12.5,
            leading=17,
            spaceBefore=10,
            spaceAfter=6,
        )
        self.title = ParagraphStyle("title", self.heading, fontSize=16, leading=21)

    def for_name(self, name: str) -> ParagraphStyle:
        return getattr(self, name)


class _SectionHeading(RLParagraph):
    """A heading that records where it landed, for the PDF outline."""

    def __init__(self, text: str, style: ParagraphStyle, key: str, level: int) -> None:
        super().__init__(markup(text, bold=True), style)
        self.outline = (text, key, level)


class _NumberedCanvas(Canvas):
    """Draws the footer on every page once the page count is known."""

    def __init__(self, *args, footer: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        text = self._footer.replace("{page}", str(self._pageNumber)).replace("{pages}", str(total))
        width = self._pagesize[0]
        self.saveState()
        self.setStrokeColor(RULE)
        self.line(20 * mm, 14 * mm, width - 20 * mm, 14 * mm)
        runs = list(fonts.runs(text, missing=REPLACEMENT))
        size = 8
        # Right-aligned, drawn left to right so the text reads back in order.
        x = (
            width
            - 20 * mm
            - sum(pdfmetrics.stringWidth(run, FONT_NAMES[key], size) for key, run in runs)
        )
        self.setFillColor(MUTED)
        for key, run in runs:
            self.setFont(FONT_NAMES[key], size)
            self.drawString(x, 9 * mm, run)
            x += pdfmetrics.stringWidth(run, FONT_NAMES[key], size)
        self.restoreState()


class _LetterTemplate(BaseDocTemplate):
    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline:
            text, key, level = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=False)


def _table(table: Table, styles: _Styles, width: float) -> list[Flowable]:
    """The table, followed by the full text of any cell too long to lay out inside it."""
    overflow: list[str] = []

    def cell_text(text: str, row: int, column: int) -> str:
        if len(text) <= MAX_CELL:
            return text
        mark = f"[{row + 1}.{column + 1}]"
        overflow.append(f"{mark} {text}")
        return f"{text[: MAX_CELL // 2]} … {mark}"

    shown = Table(
        table.header,
        tuple(
            tuple(cell_text(cell, r, c) for c, cell in enumerate(row))
            for r, row in enumerate(table.rows)
        ),
        table.widths,
        table.total_rows,
    )
    flowables: list[Flowable] = [_table_flowable(shown, styles, width)]
    for text in overflow:
        flowables.extend(_paragraphs(Paragraph(text, "small"), styles))
    return flowables


def _table_flowable(table: Table, styles: _Styles, width: float) -> RLTable:
    total = sum(table.widths)
    col_widths = [width * part / total for part in table.widths]
    has_header = any(cell for cell in table.header)
    rows = []
    if has_header:
        rows.append(
            [RLParagraph(markup(cell, bold=True), styles.cell_head) for cell in table.header]
        )
    for row in table.rows:
        rows.append([RLParagraph(markup(cell), styles.cell) for cell in row])
    style = [
        CELL_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if has_header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    offset = 1 if has_header else 0
    for index in table.total_rows:
        style.append(("BACKGROUND", (0, index + offset), (-1, index + offset), HEADER_FILL))
    # splitInRow: a cell holding a very long text may run over several pages.
    return RLTable(
        rows,
        colWidths=col_widths,
        repeatRows=1 if has_header else 0,
        style=TableStyle(style),
        splitInRow=1,
    )


def _facts_table(
    facts: tuple[tuple[str, str], ...], styles: _Styles, width: float
) -> list[Flowable]:
    return _table(Table(("", ""), facts, (1, 3)), styles, width)


def _figure(figure: Figure, styles: _Styles, layout: _Layout) -> Flowable:
    scale = min(layout.width / figure.width_px, (layout.height * 0.62) / figure.height_px)
    # Given a .jpg path, reportlab copies the JPEG into the PDF as it is; given bytes,
    # it decodes every image to fingerprint it and keeps the pixels until the end
    # (~200 MB for 20 screenshots).
    path = layout.scratch / f"{hashlib.sha256(figure.data).hexdigest()}.jpg"
    path.write_bytes(figure.data)
    image = Image(str(path), width=figure.width_px * scale, height=figure.height_px * scale)
    image.hAlign = "CENTER"
    return KeepTogether(
        [
            RLParagraph(markup(figure.caption, bold=True), styles.subject),
            image,
            Spacer(1, 3 * mm),
            *_facts_table(figure.facts, styles, layout.width),
            Spacer(1, 6 * mm),
        ]
    )


def _pieces(text: str) -> list[str]:
    """Cut a very long text into pieces, at a space near the limit where there is one."""
    pieces = []
    while len(text) > MAX_PARAGRAPH:
        cut = text.rfind(" ", MAX_PARAGRAPH - 200, MAX_PARAGRAPH)
        cut = cut + 1 if cut > 0 else MAX_PARAGRAPH
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text]


def _paragraphs(block: Paragraph, styles: _Styles) -> list[Flowable]:
    bold = block.style in ("subject", "title")
    style = styles.for_name(block.style)
    pieces = _pieces(block.text)
    joined = ParagraphStyle("joined", style, spaceAfter=0)
    return [
        RLParagraph(markup(piece, bold), style if index == len(pieces) - 1 else joined)
        for index, piece in enumerate(pieces)
    ]


@dataclass(frozen=True)
class _Layout:
    width: float
    height: float
    # Private folder for image files while the PDF is built.
    scratch: Path


def _blocks(blocks: list[Block], styles: _Styles, layout: _Layout) -> list[Flowable]:
    width, height = layout.width, layout.height
    flowables: list[Flowable] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            flowables.extend(_paragraphs(block, styles))
        elif isinstance(block, BulletList):
            items = [ListItem(RLParagraph(markup(item), styles.body)) for item in block.items]
            flowables.append(
                ListFlowable(
                    items,
                    bulletType="bullet",
                    start="•",
                    bulletFontName=FONT_NAMES[fonts.REGULAR],
                    leftIndent=12,
                )
            )
        elif isinstance(block, Table):
            flowables.extend(_table(block, styles, width))
            flowables.append(Spacer(1, 3 * mm))
        elif isinstance(block, Figure):
            flowables.append(CondPageBreak(height * 0.5))
            flowables.append(_figure(block, styles, layout))
        elif isinstance(block, Notice):
            flowables.append(
                KeepTogether(
                    [
                        RLParagraph(markup(block.caption, bold=True), styles.subject),
                        RLParagraph(markup(block.message), styles.quote),
                        *_facts_table(block.facts, styles, width),
                        Spacer(1, 6 * mm),
                    ]
                )
            )
        elif isinstance(block, ChecklistLine):
            box = "☑" if block.done else "☐"
            text = block.text + (f"\n{block.detail}" if block.detail else "")
            flowables.append(
                RLTable(
                    [
                        [
                            RLParagraph(markup(box), styles.body),
                            RLParagraph(markup(text), styles.body),
                        ]
                    ],
                    colWidths=[8 * mm, width - 8 * mm],
                    style=TableStyle(
                        [
                            CELL_FONT,
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                        ]
                    ),
                )
            )
    return flowables


def _section(section: Section, index: int, styles: _Styles, layout: _Layout) -> list[Flowable]:
    flowables: list[Flowable] = [PageBreak()] if section.new_page else []
    style = styles.title if section.level == 0 else styles.heading
    heading = _SectionHeading(section.title, style, f"s{index}", 0)
    flowables.append(KeepTogether([heading, *_blocks(section.blocks[:1], styles, layout)]))
    flowables.extend(_blocks(section.blocks[1:], styles, layout))
    return flowables


def _metadata(text: str) -> str:
    # reportlab writes characters outside the BMP into the info dictionary wrongly.
    return "".join(char if ord(char) <= 0xFFFF else REPLACEMENT for char in text)


def render_pdf(document: Document, target: Path | io.BytesIO) -> None:
    """Write `document` as a PDF to a path or a binary buffer."""
    register_fonts()
    page_size = A4 if document.page_size == "A4" else LETTER
    styles = _Styles(document.language)
    margin = 20 * mm
    width = page_size[0] - 2 * margin
    height = page_size[1] - 2 * margin - 8 * mm
    output = str(target) if isinstance(target, Path) else target
    template = _LetterTemplate(
        output,
        pagesize=page_size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin + 8 * mm,
        title=_metadata(document.title),
        author=_metadata(document.author),
        subject=_metadata(document.subject),
        creator="Complaint Kit",
        lang="zh-CN" if document.language == "zh_CN" else "en",
        displayDocTitle=True,
        initialFontName=FONT_NAMES[fonts.REGULAR],
    )
    frame = Frame(margin, margin + 8 * mm, width, height, id="body")
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def canvas_maker(*args, **kwargs) -> _NumberedCanvas:
        return _NumberedCanvas(*args, footer=document.footer, **kwargs)

    # Re-encoded evidence is private: kept under the data folder, not the shared temp.
    with tempfile.TemporaryDirectory(prefix="ck-render-", dir=scratch_dir()) as scratch:
        layout = _Layout(width, height, Path(scratch))
        story: list[Flowable] = _blocks(document.opening, styles, layout)
        for index, section in enumerate(document.sections):
            story.extend(_section(section, index, styles, layout))
        template.build(story, canvasmaker=canvas_maker)
