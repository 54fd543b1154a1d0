"""Render a `Document` to PDF with reportlab platypus.

- Only the bundled TrueType fonts are used (embedded and subset by reportlab);
  the canvas starts in one of them, so no base-14 font is ever referenced.
- Text is laid out by `typeset.TextBlock` (user text never becomes markup):
  words, order ids and amounts stay whole, Chinese punctuation follows the CJK
  line-breaking rules, right-to-left text is shaped and ordered.
- Table columns are sized from their content (the widest word or id a column must
  hold, and how long its lines are), as a browser sizes an automatic table.
- The appendix lays exhibits out by their printed size (`exhibit_layout`): two
  phone captures to a row, very tall captures in parts, each image embedded once.
- "page X of Y" needs the page count, so pages are drawn after the whole
  document is laid out (a canvas that keeps each page's state until save).
"""

from __future__ import annotations

import hashlib
import io
import tempfile
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as RLTable

from complaintkit import fonts
from complaintkit.documents import exhibit_layout, typeset
from complaintkit.documents.plain_text import printable
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
from complaintkit.documents.timeline_draw import TimelineFlowable  # issue 20
from complaintkit.documents.typeset import TextBlock, TextStyle
from complaintkit.knowledge.timeline_data import TimelineChart  # issue 20
from complaintkit.scratch import scratch_dir

FONT_NAMES = fonts.PDF_NAMES
INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#57606a")
RULE = colors.HexColor("#d0d7de")
HEADER_FILL = colors.HexColor("#eef1f4")
# Table cells default to an unembedded Helvetica even when they only hold flowables.
CELL_FONT = ("FONTNAME", (0, 0), (-1, -1), FONT_NAMES[fonts.REGULAR])
CELL_PADDING = 4
CELL_VERTICAL_PADDING = 3
# Rows up to this tall (points) move to the next page whole; a table with a taller row is
# laid out by reportlab, which may split that row.
TALL_ROW = 200
# Splitting a huge table cell across pages is slow: a longer cell shows its start,
# and its full text follows the table as ordinary paragraphs.
MAX_CELL = 1200
# Exhibit facts never print smaller than this (a SHA-256 must fit a half column).
MIN_FACT_SIZE = 5.5
# Under a heading, at least this much of what follows (three lines of text, or a
# table's header and first row) must fit on the page, else the heading moves on.
HEADING_ROOM = 62


@cache
def register_fonts() -> None:
    # Image streams as binary, not ASCII85: smaller files, and less work.
    rl_config.useA85 = 0
    # The other fonts are parsed when a text first needs them (fonts.coverage): an
    # English letter never pays for the 4 MB CJK font.
    fonts.truetype(fonts.REGULAR)


class _Styles:
    def __init__(self, language: str) -> None:
        chinese = language == "zh_CN"
        # Chinese text reads better with a little more room between lines.
        body_leading = 15.5 if chinese else 14.5
        self.body = TextStyle(10, body_leading, INK, space_after=5)
        self.small = TextStyle(8.5, 12.5, MUTED, space_after=5)
        self.cell = TextStyle(8.5, 11.5 if chinese else 11, INK)
        self.cell_head = replace(self.cell, bold=True)
        self.quote = TextStyle(
            10, body_leading, colors.HexColor("#8c1d18"), space_after=5, left_indent=8 * mm
        )
        self.address = replace(self.body, space_after=9)
        self.subject = replace(self.body, bold=True, space_before=4, space_after=6)
        self.signature = replace(self.body, space_before=6)
        self.signature_right = replace(self.signature, align="right")
        self.heading = TextStyle(12.5, 17, INK, bold=True, space_before=10, space_after=6)
        self.title = TextStyle(16, 21, INK, bold=True, space_before=10, space_after=6)
        self.caption = TextStyle(9, 12, INK, bold=True, space_after=2)
        self.fact = TextStyle(7, 9, MUTED)
        self.label_separator = "：" if chinese else ": "

    def for_name(self, name: str) -> TextStyle:
        return getattr(self, name)


class _SectionHeading(TextBlock):
    """A heading that records where it landed, for the PDF outline."""

    def __init__(self, text: str, style: TextStyle, key: str, level: int) -> None:
        super().__init__(text, style)
        self.outline = (_metadata(text), key, level)


def _footer_runs(text: str) -> list[tuple[str, str]]:
    return list(fonts.runs(fonts.spell_out(printable(text))))


class _NumberedCanvas(Canvas):
    """Draws the footer on every page once the page count is known."""

    def __init__(self, *args, footer: str, watermark: str = "", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._watermark = watermark
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            if self._watermark:
                self._draw_watermark()
            super().showPage()
        super().save()

    def _draw_watermark(self) -> None:
        """Large pale text across the page, under nothing the reader needs."""
        width, height = self._pagesize
        runs = _footer_runs(self._watermark)
        size = 64
        text_width = sum(pdfmetrics.stringWidth(run, FONT_NAMES[key], size) for key, run in runs)
        self.saveState()
        self.setFillColorRGB(0.85, 0.85, 0.85, alpha=0.45)
        self.translate(width / 2, height / 2)
        self.rotate(40)
        x = -text_width / 2
        for key, run in runs:
            self.setFont(FONT_NAMES[key], size)
            self.drawString(x, -size / 3, run)
            x += pdfmetrics.stringWidth(run, FONT_NAMES[key], size)
        self.restoreState()

    def _draw_footer(self, total: int) -> None:
        text = self._footer.replace("{page}", str(self._pageNumber)).replace("{pages}", str(total))
        width = self._pagesize[0]
        self.saveState()
        self.setStrokeColor(RULE)
        self.line(20 * mm, 14 * mm, width - 20 * mm, 14 * mm)
        runs = _footer_runs(text)
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


@dataclass(frozen=True)
class _Layout:
    width: float
    height: float
    # Private folder for image files while the PDF is built.
    scratch: Path


# -- tables -------------------------------------------------------------------------


def _table(table: Table, styles: _Styles, width: float) -> list[Flowable]:
    """The table, followed by the full text of any cell too long to lay out inside it."""
    overflow: list[str] = []

    def cell_text(text: str, row: int, column: int) -> str:
        if len(text) <= MAX_CELL:
            return text
        mark = f"[{row + 1}.{column + 1}]"
        overflow.append(f"{mark} {text}")
        return f"{text[: MAX_CELL // 2]} … {mark}"

    shown = replace(
        table,
        rows=tuple(
            tuple(cell_text(cell, r, c) for c, cell in enumerate(row))
            for r, row in enumerate(table.rows)
        ),
    )
    flowables: list[Flowable] = [_table_flowable(shown, styles, width)]
    for text in overflow:
        flowables.append(TextBlock(text, styles.small))
    return flowables


def column_widths(
    header: list[TextBlock] | None,
    rows: list[list[TextBlock]],
    width: float,
    hint: tuple[float, ...],
    padding: float = 2 * CELL_PADDING,
) -> list[float]:
    """Column widths from content, like a browser's automatic table layout: every
    column at least as wide as its widest unbreakable word, id or amount, the rest
    of the width shared by how much each column's lines would still gain."""
    count = len(hint)
    minimum = [0.0] * count
    maximum = [0.0] * count
    for row in rows:
        for column, block in enumerate(row):
            minimum[column] = max(minimum[column], block.min_width(), _short_term(block))
            maximum[column] = max(maximum[column], block.max_width())
    if header is not None:
        for column, block in enumerate(header):
            # A short heading ("是否兑现", "Kept?") stays on one line where it can.
            whole = min(block.max_width(), width / count - padding)
            minimum[column] = max(minimum[column], block.min_width(), whole)
            maximum[column] = max(maximum[column], block.max_width())
    minimum = [value + padding for value in minimum]
    maximum = [max(value + padding, low) for value, low in zip(maximum, minimum, strict=True)]
    if sum(maximum) <= padding * count + 0.01:
        total = sum(hint)
        return [width * part / total for part in hint]
    if sum(maximum) <= width:
        # Everything fits unwrapped: share what is left in proportion to the content.
        spare = width - sum(maximum)
        return [value + spare * value / sum(maximum) for value in maximum]
    if sum(minimum) <= width:
        spare = width - sum(minimum)
        wants = [high - low for high, low in zip(maximum, minimum, strict=True)]
        return [low + spare * want / sum(wants) for low, want in zip(minimum, wants, strict=True)]
    # Even the words do not fit (a 3,000-character "word"): every column keeps room for
    # a few characters, the rest goes by how much each needs; the widest words break.
    floor = padding + 12
    if width <= floor * count:
        return [width / count] * count
    excess = [max(0.0, value - floor) for value in minimum]
    return [floor + (width - floor * count) * value / sum(excess) for value in excess]


def _short_term(block: TextBlock) -> float:
    """A short Chinese term ("未报工号", "在线客服") is not wrapped if the table can
    help it: its whole width counts as the narrowest its column may be."""
    text = block.text.strip()
    if len(text) <= 5 and " " not in text and any(typeset.is_cjk(char) for char in text):
        return block.max_width()
    return 0.0


def _row_heights(rows: list[list[Flowable]], widths: list[float]) -> list[float] | None:
    """Each row's height, as reportlab would find it (the tallest cell plus the padding),
    measured once here: reportlab measured every row again at each page a long table
    ran onto. None when a row is taller than TALL_ROW (it may need splitting)."""
    heights: list[float] = []
    for row in rows:
        cells = zip(row, widths, strict=True)
        tallest = max(
            (cell.wrap(width - 2 * CELL_PADDING, 0x7FFFFFFF)[1] for cell, width in cells),
            default=0.0,
        )
        height = tallest + 2 * CELL_VERTICAL_PADDING
        if height > TALL_ROW:
            return None
        heights.append(height)
    return heights


def _table_flowable(table: Table, styles: _Styles, width: float) -> RLTable:
    has_header = any(cell for cell in table.header)
    header = [TextBlock(cell, styles.cell_head) for cell in table.header] if has_header else None
    body = [[TextBlock(cell, styles.cell) for cell in row] for row in table.rows]
    widths = column_widths(header, body, width, table.widths or (1,) * len(table.header))
    rows: list[list[Flowable]] = ([header] if header else []) + body
    style = [
        CELL_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_VERTICAL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_VERTICAL_PADDING),
    ]
    if has_header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    offset = 1 if has_header else 0
    for index in table.total_rows:
        style.append(("BACKGROUND", (0, index + offset), (-1, index + offset), HEADER_FILL))
    heights = _row_heights(rows, widths)
    # Rows that fit a page are measured once and move to the next page whole; a table
    # with a taller row is left to reportlab, which may split that row over pages.
    whole_rows = heights is not None
    return RLTable(
        rows,
        colWidths=widths,
        rowHeights=heights,
        repeatRows=1 if has_header else 0,
        style=TableStyle(style),
        splitInRow=0 if whole_rows else 1,
    )


def _facts_table(
    facts: tuple[tuple[str, str], ...], styles: _Styles, width: float
) -> list[Flowable]:
    return _table(Table(("", ""), facts, (1, 3)), styles, width)


# -- the appendix ---------------------------------------------------------------------


class _ImagePart(Flowable):
    """One slice of an image (or all of it): the image is embedded once and each part
    shows its window of it, so a long capture costs no more bytes for being split."""

    def __init__(self, path: Path, width: float, full_height: float, top: float, height: float):
        super().__init__()
        self.path = str(path)
        self.width = width
        self.full_height = full_height
        self.top = top * full_height
        self.height = height * full_height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def scaled(self, factor: float) -> _ImagePart:
        """The same slice, `factor` times as wide and as tall."""
        full = self.full_height
        return _ImagePart(
            Path(self.path), self.width * factor, full * factor, self.top / full, self.height / full
        )

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        clip = canvas.beginPath()
        clip.rect(0, 0, self.width, self.height)
        canvas.clipPath(clip, stroke=0, fill=0)
        canvas.drawImage(
            self.path,
            0,
            self.height + self.top - self.full_height,
            width=self.width,
            height=self.full_height,
        )
        canvas.restoreState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)


class _Tile(Flowable):
    """A whole-column exhibit (caption, image, facts) that stays on one page. When it
    would just miss the room left on a page, its image prints narrower, down to
    `least_width` (still legible), instead of leaving most of that page white."""

    def __init__(
        self, head: list[Flowable], image: _ImagePart, tail: list[Flowable], least_width: float
    ) -> None:
        super().__init__()
        self.head, self.image, self.tail = head, image, tail
        self.least_scale = min(1.0, least_width / image.width) if least_width else 1.0
        self.scale = 1.0

    @staticmethod
    def _heights(flowables: list[Flowable], width: float) -> list[float]:
        return [f.wrap(width, 0x7FFFFFFF)[1] + f.getSpaceAfter() for f in flowables]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        fixed = sum(self._heights(self.head, availWidth) + self._heights(self.tail, availWidth))
        natural = fixed + self.image.height
        self.scale = 1.0
        if natural > availHeight and fixed + self.image.height * self.least_scale <= availHeight:
            self.scale = (availHeight - fixed) / self.image.height
        self.height = fixed + self.image.height * self.scale
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # whole, on this page or the next

    def draw(self) -> None:
        canvas, width = self.canv, self.width
        y = self.height
        image = self.image if self.scale == 1.0 else self.image.scaled(self.scale)
        for flowable in [*self.head, image, *self.tail]:
            height = flowable.wrap(width, 0x7FFFFFFF)[1]
            y -= height
            flowable.drawOn(canvas, 0, y)
            y -= flowable.getSpaceAfter()


class _Appendix:
    """Turns figures into rows of tiles: full-width captures one to a row, half-width
    ones two to a row, tall ones in parts; a notice takes the whole width."""

    def __init__(self, styles: _Styles, layout: _Layout) -> None:
        self.styles = styles
        self.layout = layout
        self.gap = exhibit_layout.GAP_MM * mm
        self.half = (layout.width - self.gap) / 2
        self.waiting: list[Flowable] | None = None  # a half tile without a partner yet

    def figure(self, figure: Figure) -> list[Flowable]:
        path = self.layout.scratch / f"{hashlib.sha256(figure.data).hexdigest()}.jpg"
        if not path.exists():
            # Given a .jpg path, reportlab copies the JPEG into the PDF as it is.
            path.write_bytes(figure.data)
        wanted = (figure.print_width_mm or exhibit_layout.COLUMN_MM) * mm
        half = exhibit_layout.is_half(figure.print_width_mm or exhibit_layout.COLUMN_MM)
        width = min(wanted, self.half if half else self.layout.width)
        full_height = width * figure.height_px / figure.width_px
        # Room for the caption and the facts under the tallest slice.
        room = self.layout.height - 32 * mm
        slices = exhibit_layout.parts(full_height / mm, min(exhibit_layout.MAX_PART_MM, room / mm))
        rows: list[Flowable] = []
        for part in slices:
            caption = figure.caption
            if part.count > 1:
                label = figure.part_label.format(number=part.number, count=part.count)
                caption = f"{caption} {label}"
            tile: list[Flowable] = [
                TextBlock(caption, self.styles.caption),
                _ImagePart(path, width, full_height, part.top, part.height),
                Spacer(1, 1.5 * mm),
            ]
            if part.number == 1:
                tile.extend(self._facts(figure.facts, self.half if half else self.layout.width))
            if not half and part.count == 1:
                least = (figure.least_width_mm or 0) * mm
                image, *tail = tile[1:]
                rows.extend(self.flush())
                rows.append(_Tile(tile[:1], image, [*tail, Spacer(1, 6 * mm)], least))
                continue
            rows.extend(self._place(tile, half))
        return rows

    def _facts(self, facts: tuple[tuple[str, str], ...], width: float) -> list[Flowable]:
        blocks: list[Flowable] = []
        for name, value in facts:
            block = TextBlock(f"{name}{self.styles.label_separator}{value}", self.styles.fact)
            widest = block.min_width()
            if widest > width:
                # A fingerprint never breaks: it prints smaller to fit the tile instead.
                size = max(MIN_FACT_SIZE, self.styles.fact.font_size * width / widest * 0.98)
                block = TextBlock(block.text, replace(self.styles.fact, font_size=size))
            blocks.append(block)
        return blocks

    def _place(self, tile: list[Flowable], half: bool) -> list[Flowable]:
        if not half:
            return [*self.flush(), KeepTogether([*tile, Spacer(1, 6 * mm)])]
        if self.waiting is None:
            self.waiting = tile
            return []
        first, self.waiting = self.waiting, None
        return [self._row(first, tile)]

    def _row(self, left: list[Flowable], right: list[Flowable] | None) -> Flowable:
        row = RLTable(
            [[left, "", right or ""]],
            colWidths=[self.half, self.gap, self.half],
            style=TableStyle(
                [
                    CELL_FONT,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * mm),
                ]
            ),
        )
        row.hAlign = "LEFT"
        return row

    def flush(self) -> list[Flowable]:
        if self.waiting is None:
            return []
        left, self.waiting = self.waiting, None
        return [self._row(left, None)]

    def notice(self, notice: Notice) -> list[Flowable]:
        return [
            *self.flush(),
            KeepTogether(
                [
                    TextBlock(notice.caption, self.styles.caption),
                    TextBlock(notice.message, self.styles.quote),
                    *_facts_table(notice.facts, self.styles, self.layout.width),
                    Spacer(1, 6 * mm),
                ]
            ),
        ]


# -- blocks -------------------------------------------------------------------------


def _checklist_line(block: ChecklistLine, styles: _Styles, width: float) -> Flowable:
    box = "☑" if block.done else "☐"
    text = block.text + (f"\n{block.detail}" if block.detail else "")
    return RLTable(
        [[TextBlock(box, styles.body), TextBlock(text, styles.body)]],
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


def _blocks(blocks: list[Block], styles: _Styles, layout: _Layout) -> list[Flowable]:
    width = layout.width
    flowables: list[Flowable] = []
    appendix = _Appendix(styles, layout)
    signature_end = _signature_end(blocks)
    signature: list[Flowable] = []
    for index, block in enumerate(blocks):
        if not isinstance(block, Figure):
            flowables.extend(appendix.flush())
        if isinstance(block, Paragraph) and index <= signature_end:
            if block.style.startswith("signature") or signature:
                # Closing, name and date stay together on one page.
                signature.append(TextBlock(block.text, styles.for_name(block.style)))
                if index == signature_end:
                    flowables.append(KeepTogether(signature))
                    signature = []
                continue
        if isinstance(block, Paragraph) and block.style == "subject":
            # A sub-heading starts a new page unless a few lines of what follows fit
            # under it (KeepTogether would move a whole long table, leaving a gap).
            flowables.append(CondPageBreak(HEADING_ROOM))
            flowables.append(TextBlock(block.text, styles.subject))
        elif isinstance(block, Paragraph):
            flowables.append(TextBlock(block.text, styles.for_name(block.style)))
        elif isinstance(block, BulletList):
            items = [ListItem(TextBlock(item, styles.body)) for item in block.items]
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
            flowables.extend(appendix.figure(block))
        elif isinstance(block, Notice):
            flowables.extend(appendix.notice(block))
        elif isinstance(block, ChecklistLine):
            flowables.append(_checklist_line(block, styles, width))
        elif isinstance(block, TimelineChart):  # issue 20: the case at a glance
            flowables.extend([TimelineFlowable(block), Spacer(1, 3 * mm)])  # issue 20
    flowables.extend(appendix.flush())
    return flowables


def _signature_end(blocks: list[Block]) -> int:
    """Index of the last signature paragraph ("Yours faithfully," / name / date), or -1."""
    return max(
        (
            index
            for index, block in enumerate(blocks)
            if isinstance(block, Paragraph) and block.style.startswith("signature")
        ),
        default=-1,
    )


def _section(section: Section, index: int, styles: _Styles, layout: _Layout) -> list[Flowable]:
    flowables: list[Flowable] = [PageBreak()] if section.new_page else []
    style = styles.title if section.level == 0 else styles.heading
    heading = _SectionHeading(section.title, style, f"s{index}", 0)
    body = _blocks(section.blocks, styles, layout)
    # A heading never ends a page: there is room for it and the start of what follows.
    room = HEADING_ROOM + style.leading + style.space_before
    if body and isinstance(body[0], CondPageBreak):
        room += body.pop(0).height  # a sub-heading right under the heading
    flowables.extend([CondPageBreak(room), heading, *body])
    return flowables


def _metadata(text: str) -> str:
    # reportlab writes characters outside the BMP into the info dictionary wrongly.
    return fonts.bmp_only(printable(text))


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
        return _NumberedCanvas(
            *args, footer=document.footer, watermark=document.watermark, **kwargs
        )

    # Re-encoded evidence is private: kept under the data folder, not the shared temp.
    with tempfile.TemporaryDirectory(prefix="ck-render-", dir=scratch_dir()) as scratch:
        layout = _Layout(width, height, Path(scratch))
        story: list[Flowable] = _blocks(document.opening, styles, layout)
        for index, section in enumerate(document.sections):
            story.extend(_section(section, index, styles, layout))
        template.build(story, canvasmaker=canvas_maker)
