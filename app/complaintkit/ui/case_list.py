"""The list of cases: title, platform, status, last change, reply deadline.

A model and a view rather than a widget per cell: with 2,000 cases a table of
10,000 items took most of a second to fill and to size its columns; the model
only formats the rows the view paints.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

from complaintkit.domain.labels import label
from complaintkit.locales import lookup
from complaintkit.store import CaseSummary

# Readable on light and dark palettes alike; the text also says "overdue".
OVERDUE_BACKGROUND = QColor(214, 69, 65, 70)
DEADLINE_COLUMN = 4
LETTER_COLUMN = 5
# Each language by its own name, as the Language menu shows them.
LETTER_LANGUAGES = {"zh_CN": "中文", "en": "English"}
# Columns are sized once per list from this many rows (Qt's ResizeToContents asked the
# model for every role of 1,000 rows on each change and each selection).
SIZE_FROM_ROWS = 50
MAX_COLUMN_WIDTH = 360
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.UserRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.FontRole,
    }
)

ModelIndex = QModelIndex | QPersistentModelIndex


class CaseListModel(QAbstractTableModel):
    """`CaseSummary` rows; each cell's text is made when the view asks for it."""

    def __init__(self, view: CaseListView, ui_language: Callable[[], str]) -> None:
        super().__init__(view)
        self._view = view  # its tr() gives the words, in the view's translation context
        self._ui_language = ui_language
        self.summaries: list[CaseSummary] = []
        self._headers: list[str] = []
        self._overdue_font = self.overdue_font(QFont())
        self._overdue_brush = QBrush(OVERDUE_BACKGROUND)

    @staticmethod
    def overdue_font(base: QFont) -> QFont:
        font = QFont(base)
        font.setBold(True)
        return font

    def set_summaries(self, summaries: list[CaseSummary]) -> None:
        self.beginResetModel()
        self.summaries = list(summaries)
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.summaries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def text(self, row: int, column: int) -> str:
        summary = self.summaries[row]
        if column == 0:
            return summary.title or self._view.tr("(untitled case)")
        if column == 1:
            return summary.platform_name
        if column == 2:
            if summary.example:
                return str(lookup(self._ui_language(), "domain", "case_list.example"))
            return label(summary.status, self._ui_language())
        if column == 3:
            return summary.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if column == LETTER_COLUMN:
            return LETTER_LANGUAGES.get(summary.letter_language, summary.letter_language)
        return self._deadline_text(summary.reply_deadline, summary.overdue)

    def _deadline_text(self, deadline: date | None, overdue: bool) -> str:
        if deadline is None:
            return ""
        text = deadline.isoformat()
        return self._view.tr("%1 (overdue)").replace("%1", text) if overdue else text

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # The view asks for a dozen roles per cell it paints: answer most at once.
        if role not in _ROLES or not index.isValid() or index.row() >= len(self.summaries):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == CaseListView.CASE_ID_ROLE:
            return self.summaries[index.row()].id
        overdue = self.summaries[index.row()].overdue and index.column() == DEADLINE_COLUMN
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return self._overdue_brush
        if role == Qt.ItemDataRole.FontRole and overdue:
            return self._overdue_font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


@dataclass(frozen=True)
class CaseCell:
    """One cell, read the way a QTableWidgetItem is (`text()`, `data(role)`)."""

    model: CaseListModel
    row: int
    column: int

    def text(self) -> str:
        return self.model.text(self.row, self.column)

    def data(self, role: int) -> object:
        return self.model.data(self.model.index(self.row, self.column), role)


class CaseListView(QTableView):
    """Shows `CaseSummary` rows; emits `case_activated(case_id)` on Enter or double-click."""

    case_activated = Signal(str)
    itemSelectionChanged = Signal()  # the name QTableWidget gave it, for callers
    CASE_ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, ui_language: Callable[[], str], parent=None) -> None:
        super().__init__(parent)
        self.cases = CaseListModel(self, ui_language)
        self.setModel(self.cases)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setAlternatingRowColors(True)
        self.selectionModel().selectionChanged.connect(lambda *_: self.itemSelectionChanged.emit())
        self.activated.connect(self._on_activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Cases"))
        self.cases.set_headers(
            [
                self.tr("Case"),
                self.tr("Platform"),
                self.tr("Status"),
                self.tr("Last change"),
                self.tr("Reply due"),
                self.tr("Letter in"),
            ]
        )
        self.show_cases(self.cases.summaries)

    def show_cases(self, summaries: list[CaseSummary]) -> None:
        selected = self.selected_case_id()
        self.cases.set_summaries(summaries)
        self._fit_columns()
        if selected is not None:
            self.select_case(selected)

    def _fit_columns(self) -> None:
        """Width for the short columns from the header and the first rows' texts."""
        plain = self.fontMetrics()
        bold = QFontMetrics(self.cases.overdue_font(self.font()))
        header = self.horizontalHeader()
        rows = range(min(self.cases.rowCount(), SIZE_FROM_ROWS))
        padding = 4 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 16
        for column in range(1, self.cases.columnCount()):
            metrics = bold if column == DEADLINE_COLUMN else plain
            texts = [self.cases.text(row, column) for row in rows]
            texts.append(str(self.cases.headerData(column, Qt.Orientation.Horizontal)))
            widest = max(metrics.horizontalAdvance(text) for text in texts) + padding
            header.resizeSection(column, min(widest, MAX_COLUMN_WIDTH))

    def rowCount(self) -> int:
        return self.cases.rowCount()

    def columnCount(self) -> int:
        return self.cases.columnCount()

    def currentRow(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def item(self, row: int, column: int) -> CaseCell:
        return CaseCell(self.cases, row, column)

    def selected_case_id(self) -> str | None:
        row = self.currentRow()
        summaries = self.cases.summaries
        return summaries[row].id if 0 <= row < len(summaries) else None

    def select_case(self, case_id: str) -> bool:
        for row, summary in enumerate(self.cases.summaries):
            if summary.id == case_id:
                self.selectRow(row)
                return True
        return False

    def keyPressEvent(self, event) -> None:
        # Enter opens the case on every platform (macOS does not activate rows on it).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            case_id = self.selected_case_id()
            if case_id is not None:
                self.case_activated.emit(case_id)
                return
        super().keyPressEvent(event)

    def _on_activated(self, index: QModelIndex) -> None:
        case_id = self.cases.data(index, self.CASE_ID_ROLE)
        if isinstance(case_id, str):
            self.case_activated.emit(case_id)
