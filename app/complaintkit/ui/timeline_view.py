"""The case at a glance in the app (issue 20): the same picture the letter prints
(documents.timeline_chart), painted with QPainter. Clicking a mark goes to the item
(its step, with the cursor in its field); hovering shows what it is."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from complaintkit.domain import Case
from complaintkit.knowledge.timeline_data import ChartMark, Shape, TimelineChart

LANE_H = 24
LABEL_ROW = 15
SYMBOL = 5.0
# A click this close to a mark (in pixels) chooses it.
REACH = 9.0


class TimelineView(QWidget):
    """One horizontal time line: lanes on the left, dates underneath, a legend below."""

    chosen = Signal(str, str)  # the step, and the field path of the item clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: TimelineChart | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._positions: list[tuple[QPointF, ChartMark]] = []

    def show_case(self, case: Case, language: str, now: datetime) -> None:
        # The documents (and reportlab) load when the chart is first drawn, not when the
        # editor is built.
        from complaintkit.documents.timeline_chart import compose_timeline_chart

        self.chart = compose_timeline_chart(case, language, now)
        self.setVisible(self.chart is not None)
        self.updateGeometry()
        self.update()

    # -- geometry --------------------------------------------------------------------

    def _label_rows(self) -> int:
        return (
            2 if self.chart is not None and any(m.shape == "line" for m in self.chart.marks) else 0
        )

    def _legend_rows(self) -> int:
        if self.chart is None or not self.chart.legend:
            return 0
        metrics = self.fontMetrics()
        width = max(self.width(), 300)
        rows, used = 1, 0
        for _shape, _colour, text in self.chart.legend:
            item = int(2 * SYMBOL + 6 + metrics.horizontalAdvance(text) + 14)
            if used + item > width and used:
                rows, used = rows + 1, 0
            used += item
        return rows

    def sizeHint(self) -> QSize:
        lanes = len(self.chart.lanes) if self.chart is not None else 0
        height = self._label_rows() * LABEL_ROW + 6 + lanes * LANE_H + 20
        return QSize(600, height + self._legend_rows() * LABEL_ROW + 8)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, _width: int) -> int:
        return self.sizeHint().height()

    def _plot(self) -> tuple[float, float, float]:
        """Left and right ends of the axis, and the top of the first lane."""
        assert self.chart is not None
        metrics = self.fontMetrics()
        label_w = max(metrics.horizontalAdvance(lane) for lane in self.chart.lanes) + 10
        return label_w, self.width() - 6, self._label_rows() * LABEL_ROW + 6

    # -- painting --------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        chart = self.chart
        if chart is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x0, x1, top = self._plot()
        bottom = top + LANE_H * len(chart.lanes)
        metrics = self.fontMetrics()
        text = self.palette().windowText().color()
        grid = QColor("#c8c8c8")

        def x_of(fraction: float) -> float:
            return x0 + (x1 - x0) * fraction

        for index, lane in enumerate(chart.lanes):
            y = top + LANE_H * index
            painter.setPen(text)
            rect = QRectF(0, y, x0 - 6, LANE_H)
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, lane)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x0, y + LANE_H), QPointF(x1, y + LANE_H))
        for fraction, label in chart.ticks:
            x = x_of(fraction)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            painter.setPen(text)
            width = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(x - width / 2, bottom + metrics.ascent() + 2), label)
        if chart.today is not None:
            x = x_of(chart.today)
            painter.setPen(QPen(QColor("#888888"), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            width = metrics.horizontalAdvance(chart.today_label)
            painter.setPen(QColor("#666666"))
            painter.drawText(
                QPointF(min(x + 3, x1 - width), top + metrics.ascent()), chart.today_label
            )
        self._positions = []
        ends = [-1e9, -1e9]
        for mark in chart.marks:
            if mark.shape != "line":
                continue
            x = x_of(mark.x)
            style = Qt.PenStyle.DashLine if mark.beyond else Qt.PenStyle.SolidLine
            painter.setPen(QPen(QColor(mark.colour), 2, style))
            painter.drawLine(QPointF(x, top - 2), QPointF(x, bottom))
            label = mark.label + (f" ({mark.beyond})" if mark.beyond else "")
            width = metrics.horizontalAdvance(label)
            left = min(x, x1 - width)
            row = next((r for r in range(2) if ends[r] + 4 <= left), -1)
            if row >= 0:
                ends[row] = left + width
                painter.setPen(QColor(mark.colour))
                painter.drawText(QPointF(left, row * LABEL_ROW + metrics.ascent()), label)
            self._positions.append((QPointF(x, (top + bottom) / 2), mark))
        label_ends = [-1e9, -1e9]
        for mark in chart.marks:
            if mark.shape == "line" or mark.lane < 0:
                continue
            y = top + LANE_H * (mark.lane + 0.5)
            x = x_of(mark.x)
            if mark.shape == "bar":
                end = x_of(mark.x_end if mark.x_end is not None else mark.x)
                painter.fillRect(QRectF(x, y - 5, max(end - x, 3), 10), QColor(mark.colour))
                painter.setPen(text)
                painter.drawText(QPointF(x + 3, y - 6), mark.label)
            else:
                self._symbol(painter, mark.shape, QColor(mark.colour), QPointF(x, y))
                if mark.label:
                    # Above the mark, else below it, else left out: never over another.
                    left, width = x + SYMBOL + 3, metrics.horizontalAdvance(mark.label)
                    row = next((r for r in range(2) if label_ends[r] + 4 <= left), -1)
                    if row >= 0:
                        label_ends[row] = left + width
                        baseline = y - 3 if row == 0 else y + metrics.ascent() + 1
                        painter.setPen(text)
                        painter.drawText(QPointF(left, baseline), mark.label)
            self._positions.append((QPointF(x, y), mark))
        y = bottom + metrics.height() + 10
        x = 0.0
        for shape, colour, label in chart.legend:
            item = 2 * SYMBOL + 6 + metrics.horizontalAdvance(label) + 14
            if x + item > self.width() and x:
                x, y = 0.0, y + LABEL_ROW
            self._symbol(painter, shape, QColor(colour), QPointF(x + SYMBOL, y - 4))
            painter.setPen(text)
            painter.drawText(QPointF(x + 2 * SYMBOL + 6, y), label)
            x += item
        painter.end()

    @staticmethod
    def _symbol(painter: QPainter, shape: Shape, colour: QColor, at: QPointF) -> None:
        r = SYMBOL
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(colour)
        if shape == "dot":
            painter.drawEllipse(at, r, r)
        elif shape == "ring":
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(at, r - 1, r - 1)
        elif shape == "triangle":
            painter.drawPolygon(
                QPolygonF(
                    [at + QPointF(-r, r * 0.8), at + QPointF(r, r * 0.8), at + QPointF(0, -r)]
                )
            )
        elif shape == "diamond":
            path = QPainterPath(at + QPointF(0, -r))
            for point in (QPointF(r, 0), QPointF(0, r), QPointF(-r, 0), QPointF(0, -r)):
                path.lineTo(at + point)
            painter.drawPath(path)
        else:
            painter.drawRect(QRectF(at.x() - r * 0.85, at.y() - r * 0.85, r * 1.7, r * 1.7))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    # -- clicking ----------------------------------------------------------------------

    def mark_at(self, point: QPointF) -> ChartMark | None:
        """The mark nearest `point` within reach (a date line: anywhere along it)."""
        best, distance = None, REACH
        for position, mark in self._positions:
            if mark.shape == "line":
                gap = abs(position.x() - point.x())
            else:
                gap = ((position.x() - point.x()) ** 2 + (position.y() - point.y()) ** 2) ** 0.5
            if gap < distance:
                best, distance = mark, gap
        return best

    def position_of(self, field: str) -> QPointF | None:
        """Where the mark of `field` is drawn (tests click there)."""
        return next((p for p, m in self._positions if m.field == field), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        mark = self.mark_at(event.position())
        if mark is not None and mark.step:
            self.chosen.emit(mark.step, mark.field)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        mark = self.mark_at(event.position())
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if mark is not None else Qt.CursorShape.ArrowCursor
        )
        super().mouseMoveEvent(event)


def attach_timeline(
    layout_owner: QWidget,
    insert: Callable[[QWidget], None],
    go_to_step: Callable[[str, str], None],
) -> TimelineView:
    """Put the view where `insert` places it; a click goes to the item."""
    view = TimelineView(layout_owner)
    insert(view)
    view.chosen.connect(go_to_step)
    view.setVisible(False)
    return view
