"""The list of cases: title, platform, status, last change, reply deadline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from complaintkit.domain.labels import label
from complaintkit.store import CaseSummary

# Readable on light and dark palettes alike; the text also says "overdue".
OVERDUE_BACKGROUND = QColor(214, 69, 65, 70)


class CaseListView(QTableWidget):
    """Shows `CaseSummary` rows; emits `case_activated(case_id)` on Enter or double-click."""

    case_activated = Signal(str)
    CASE_ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, ui_language: Callable[[], str], parent=None) -> None:
        super().__init__(0, 5, parent)
        self._ui_language = ui_language
        self._summaries: list[CaseSummary] = []
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(self._on_activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Cases"))
        self.setHorizontalHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Platform"),
                self.tr("Status"),
                self.tr("Last change"),
                self.tr("Reply due"),
            ]
        )
        self.show_cases(self._summaries)

    def selected_case_id(self) -> str | None:
        row = self.currentRow()
        return self._summaries[row].id if 0 <= row < len(self._summaries) else None

    def show_cases(self, summaries: list[CaseSummary]) -> None:
        self._summaries = list(summaries)
        self.setRowCount(len(self._summaries))
        language = self._ui_language()
        for row, summary in enumerate(self._summaries):
            deadline = self._deadline_text(summary.reply_deadline, summary.overdue)
            cells = [
                summary.title or self.tr("(untitled case)"),
                summary.platform_name,
                label(summary.status, language),
                summary.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                deadline,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, summary.id)
                if summary.overdue and column == 4:
                    item.setBackground(QBrush(OVERDUE_BACKGROUND))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(row, column, item)
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _deadline_text(self, deadline: date | None, overdue: bool) -> str:
        if deadline is None:
            return ""
        text = deadline.isoformat()
        return self.tr("%1 (overdue)").replace("%1", text) if overdue else text

    def _on_activated(self, item: QTableWidgetItem) -> None:
        self.case_activated.emit(item.data(Qt.ItemDataRole.UserRole))
