"""The time-line picture drawn in the PDF (issue 20): vector lines and shapes on the
canvas, every text through typeset.TextBlock (so Chinese, fallback fonts and user
text print as everywhere else). Laid out from `TimelineChart`, the same data the
app's view paints.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from complaintkit.documents.typeset import TextBlock, TextStyle
from complaintkit.knowledge.timeline_data import ChartMark, Shape, TimelineChart

INK = colors.HexColor("#222222")
GRID = colors.HexColor("#d9d9d9")
LABEL = TextStyle(7.5, 9, INK)
SMALL = TextStyle(6.5, 8, colors.HexColor("#555555"))

LANE_H = 15.0
LABEL_ROW = 9.0
SYMBOL = 3.2


def _pack(items: list[tuple[float, float]], rows: int) -> list[int]:
    """A row for each (x, width) so labels in one row do not overlap; -1: no room."""
    ends = [-1e9] * rows
    placed = []
    for x, width in items:
        row = next((r for r in range(rows) if ends[r] + 2 <= x), -1)
        if row >= 0:
            ends[row] = x + width
        placed.append(row)
    return placed


class TimelineFlowable(Flowable):
    """The chart across the column: lane names on the left, dates along the bottom."""

    def __init__(self, chart: TimelineChart) -> None:
        super().__init__()
        # The section heading names it: no caption of its own.
        self.chart = chart

    # -- layout --------------------------------------------------------------------

    def _line_labels(self) -> list[tuple[ChartMark, TextBlock]]:
        marks = [m for m in self.chart.marks if m.shape == "line"]
        return [
            (m, TextBlock(m.label + (f" ({m.beyond})" if m.beyond else ""), SMALL)) for m in marks
        ]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.label_w = min(
            32 * mm, max(TextBlock(lane, LABEL).max_width() for lane in self.chart.lanes) + 4
        )
        self.x0, self.x1 = self.label_w, availWidth - 2
        labels = self._line_labels()
        spans = []
        for mark, block in labels:
            width = block.max_width()
            x = self._x(mark.x)
            spans.append((min(x, self.x1 - width), width))
        self.label_rows = _pack(spans, 4)
        rows = max(self.label_rows, default=-1) + 1
        self.top = rows * LABEL_ROW + 4
        self.lanes_h = LANE_H * len(self.chart.lanes)
        self.legend_lines = self._legend_layout()
        legend_h = LABEL_ROW * len(self.legend_lines) + 2
        self.height = self.top + self.lanes_h + 12 + legend_h + 4
        return availWidth, self.height

    def _x(self, fraction: float) -> float:
        return self.x0 + (self.x1 - self.x0) * fraction

    def _legend_layout(self) -> list[list[tuple[Shape, str, TextBlock, float]]]:
        lines: list[list[tuple[Shape, str, TextBlock, float]]] = [[]]
        used = 0.0
        for shape, colour, text in self.chart.legend:
            block = TextBlock(text, SMALL)
            width = 2 * SYMBOL + 3 + block.max_width() + 8
            if used + width > self.width and lines[-1]:
                lines.append([])
                used = 0.0
            lines[-1].append((shape, colour, block, width))
            used += width
        return lines if lines[0] else []

    # -- drawing -------------------------------------------------------------------

    def _text(self, block: TextBlock, x: float, y_top: float) -> None:
        width = block.max_width() + 1
        _w, height = block.wrap(width, 100)
        block.drawOn(self.canv, x, y_top - height)

    def _symbol(self, shape: Shape, colour: str, x: float, y: float) -> None:
        canvas = self.canv
        fill = colors.HexColor(colour)
        canvas.setStrokeColor(fill)
        canvas.setFillColor(fill)
        canvas.setLineWidth(1)
        r = SYMBOL
        if shape == "dot":
            canvas.circle(x, y, r, stroke=0, fill=1)
        elif shape == "ring":
            canvas.setFillColor(colors.white)
            canvas.circle(x, y, r - 0.5, stroke=1, fill=1)
        elif shape == "triangle":
            path = canvas.beginPath()
            path.moveTo(x - r, y - r * 0.8)
            path.lineTo(x + r, y - r * 0.8)
            path.lineTo(x, y + r)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
        elif shape == "diamond":
            path = canvas.beginPath()
            path.moveTo(x, y + r)
            path.lineTo(x + r, y)
            path.lineTo(x, y - r)
            path.lineTo(x - r, y)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
        else:  # square
            canvas.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7, stroke=0, fill=1)

    def draw(self) -> None:
        canvas, chart = self.canv, self.chart
        canvas.saveState()
        lanes_top = self.height - self.top
        lanes_bottom = lanes_top - self.lanes_h
        # Lanes: names on the left, a light rule under each.
        for index, lane in enumerate(chart.lanes):
            y_mid = lanes_top - LANE_H * (index + 0.5)
            self._text(TextBlock(lane, LABEL), 0, y_mid + 4.5)
            canvas.setStrokeColor(GRID)
            canvas.setLineWidth(0.4)
            canvas.line(
                self.x0, lanes_top - LANE_H * (index + 1), self.x1, lanes_top - LANE_H * (index + 1)
            )
        # Date ticks along the bottom.
        for fraction, text in chart.ticks:
            x = self._x(fraction)
            canvas.setStrokeColor(GRID)
            canvas.line(x, lanes_bottom, x, lanes_top)
            block = TextBlock(text, SMALL)
            self._text(block, x - block.max_width() / 2, lanes_bottom - 2)
        if chart.today is not None:
            x = self._x(chart.today)
            canvas.setStrokeColor(colors.HexColor("#888888"))
            canvas.setDash(1, 2)
            canvas.line(x, lanes_bottom, x, lanes_top)
            canvas.setDash()
            block = TextBlock(chart.today_label, SMALL)
            self._text(block, min(x + 1.5, self.x1 - block.max_width()), lanes_top - 0.5)
        # Dates that matter: a vertical line through every lane, its name at the top.
        for (mark, block), row in zip(self._line_labels(), self.label_rows, strict=True):
            x = self._x(mark.x)
            canvas.setStrokeColor(colors.HexColor(mark.colour))
            canvas.setLineWidth(1)
            if mark.beyond:
                canvas.setDash(2, 2)
            canvas.line(x, lanes_bottom, x, lanes_top + 2)
            canvas.setDash()
            if row >= 0:
                y_top = self.height - row * LABEL_ROW
                self._text(block, min(x, self.x1 - block.max_width()), y_top)
        # The incident bar, then every other mark in its lane.
        for mark in chart.marks:
            if mark.shape == "line":
                continue
            y = lanes_top - LANE_H * (mark.lane + 0.5)
            x = self._x(mark.x)
            if mark.shape == "bar":
                end = self._x(mark.x_end if mark.x_end is not None else mark.x)
                canvas.setFillColor(colors.HexColor(mark.colour))
                canvas.rect(x, y - 3.5, max(end - x, 2), 7, stroke=0, fill=1)
                if mark.label:
                    self._text(TextBlock(mark.label, SMALL), x + 2, y + 3.2)
                continue
            self._symbol(mark.shape, mark.colour, x, y)
        self._stage_labels(lanes_top)
        # The legend under the dates.
        y_top = lanes_bottom - 13
        for line in self.legend_lines:
            x = 0.0
            for shape, colour, block, width in line:
                self._symbol(shape, colour, x + SYMBOL, y_top - 4)
                self._text(block, x + 2 * SYMBOL + 3, y_top)
                x += width
            y_top -= LABEL_ROW
        canvas.restoreState()

    def _stage_labels(self, lanes_top: float) -> None:
        """The firm's stages and offer, labelled beside the mark: to its right, else to
        its left, else not at all (never over another label)."""
        taken: dict[int, list[tuple[float, float]]] = {}
        for mark in self.chart.marks:
            if not (mark.label and mark.shape == "square"):
                continue
            block = TextBlock(mark.label, SMALL)
            width, x = block.max_width(), self._x(mark.x)
            spans = taken.setdefault(mark.lane, [])
            for left in (x + SYMBOL + 1.5, x - SYMBOL - 1.5 - width):
                right = left + width
                free = left >= self.x0 and right <= self.width
                if free and all(right + 2 <= a or left >= b + 2 for a, b in spans):
                    spans.append((left, right))
                    y = lanes_top - LANE_H * (mark.lane + 0.5)
                    self._text(block, left, y + 3.6)
                    break
