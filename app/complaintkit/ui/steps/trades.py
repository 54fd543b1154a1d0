"""Step 5: the orders the problem affected, with the loss worked out (or given by hand)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from complaintkit.domain import Case, OrderSide, OrderStatus, Trade
from complaintkit.flow import StepId
from complaintkit.ui.evidence_picker import EvidencePicker
from complaintkit.ui.fields import (
    EnumCombo,
    assign,
    currency_kind,
    error_label,
    explain_number,
)
from complaintkit.ui.steps.base import StepPage

INVALID = QColor(198, 40, 40, 60)


@dataclass(frozen=True)
class Column:
    name: str  # Trade attribute; "loss" means the loss (override when typed)
    kind: str  # text, decimal, price, time, side, status, currency, loss


COLUMNS = (
    Column("order_id", "text"),
    Column("instrument", "text"),
    Column("side", "side"),
    Column("quantity", "decimal"),
    Column("currency", "currency"),
    Column("intended_price", "price"),
    Column("executed_price", "price"),
    Column("sent_at", "time"),
    Column("executed_at", "time"),
    Column("status", "status"),
    Column("fees", "decimal"),
    Column("loss", "loss"),
)


def _number(text: str) -> Decimal | None:
    text = text.strip().replace(",", "").replace("，", "")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


class TradesPage(StepPage):
    step_id = StepId.TRADES

    def __init__(
        self, language: Callable[[], str], undo: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(language, parent)
        self._undo = undo
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.text(
            self.intro.setText,
            lambda: self.tr(
                "One row per order. Type the price you wanted and the price you got; the loss is"
                " worked out. If you know your loss better (a missed fill), type it in the Loss"
                " column; clear it to go back to the calculation."
            ),
        )
        self.body_layout.addWidget(self.intro)
        self.table = QTableWidget(0, len(COLUMNS), self.body)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(220)
        self.table.itemChanged.connect(self._cell_changed)
        for index, column in enumerate(COLUMNS):
            if column.kind == "time":
                self.table.setItemDelegateForColumn(index, self.time_delegate())
        self.body_layout.addWidget(self.table, 1)
        self.empty_hint(
            self.table,
            lambda: self.tr(
                "No orders yet. Add each order the problem affected; if none did, leave this"
                " step empty."
            ),
        )
        self.error = error_label(self.body)
        self.body_layout.addWidget(self.error)
        self.total = QLabel(self.body)
        font = QFont(self.total.font())
        font.setBold(True)
        self.total.setFont(font)
        self.body_layout.addWidget(self.total)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.body)
        self.add_button.clicked.connect(self.add_trade)
        self.remove_button = QPushButton(self.body)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.body_layout.addLayout(buttons)
        # The exhibits that show the selected order (its confirmation, the error screen).
        self.evidence = EvidencePicker()
        self.bind(
            self.add_form(),
            lambda: self.tr("&Evidence for the selected order"),
            self.evidence,
            self._selected_or_blank,
            "evidence_ids",
        )
        self.table.currentCellChanged.connect(lambda *_: self._select())
        self.text(self.add_button.setText, lambda: self.tr("&Add an order"))
        self.text(self.remove_button.setText, lambda: self.tr("&Remove the selected order"))
        self.text(self.table.setAccessibleName, lambda: self.tr("Affected orders"))
        self._loading = False

    def headers(self) -> list[str]:
        return [
            self.tr("Order no."),
            self.tr("Instrument"),
            self.tr("Side"),
            self.tr("Quantity"),
            self.tr("Currency"),
            self.tr("Price wanted"),
            self.tr("Price got"),
            self.tr("Sent at"),
            self.tr("Filled at"),
            self.tr("Status"),
            self.tr("Fees"),
            self.tr("Loss"),
        ]

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setHorizontalHeaderLabels(self.headers())
        if self.case is not None:
            self.load(self.case)

    # -- showing ----------------------------------------------------------------------

    def load(self, case: Case) -> None:
        self.case = case
        self._loading = True
        self.table.setRowCount(len(case.trades))
        for row, trade in enumerate(case.trades):
            self._fill_row(row, trade)
        self._loading = False
        self.table.resizeColumnsToContents()
        # Numbers and times keep their width (no "600…"); the instrument takes the rest.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._show_total()
        self.evidence.show_evidence(case)
        if case.trades and not 0 <= self.table.currentRow() < len(case.trades):
            self.table.setCurrentCell(0, 0)
        self._select()

    def _selected(self) -> Trade | None:
        row = self.table.currentRow()
        if self.case is None or not 0 <= row < len(self.case.trades):
            return None
        return self.case.trades[row]

    def _selected_or_blank(self, _case: Case) -> Trade:
        return self._selected() or Trade()

    def _select(self) -> None:
        """The evidence picker follows the selected order."""
        self.evidence.setEnabled(self._selected() is not None)
        if self.case is not None:
            for binding in self.bindings:
                binding.load(self.case)

    def focus_field(self, path: str) -> bool:
        """Review's links: "trades.2.evidence_ids" selects the third order and puts the
        cursor in its evidence picker; "trades.2.executed_price" goes to that cell."""
        parts = path.split(".")
        if len(parts) != 3 or parts[0] != "trades" or not parts[1].isdigit():
            return super().focus_field(path)
        row, name = int(parts[1]), parts[2]
        if self.case is None or row >= len(self.case.trades):
            return False
        if name == "evidence_ids":
            self.table.setCurrentCell(row, 0)
            self.evidence.reveal()
            return super().focus_field(path)
        names = [column.name for column in COLUMNS]
        column = names.index(name) if name in names else 0
        if name == "loss_override":
            column = len(COLUMNS) - 1
        self.table.setCurrentCell(row, column)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensureWidgetVisible(self.table)
        return True

    def _display(self, trade: Trade, column: Column) -> str:
        if column.kind == "loss":
            loss = trade.loss()
            return "" if loss is None else format(loss.amount, "f")
        value = getattr(trade, column.name)
        if value is None:
            return ""
        if isinstance(value, datetime):
            return self.show_time(value)
        if isinstance(value, Decimal):
            return format(value, "f")
        return str(value)

    def _fill_row(self, row: int, trade: Trade) -> None:
        language = self.language()
        for index, column in enumerate(COLUMNS):
            if column.kind in ("side", "status"):
                combo = EnumCombo(OrderSide if column.kind == "side" else OrderStatus)
                combo.retranslate(language)
                combo.set_value(getattr(trade, column.name))
                combo.currentIndexChanged.connect(
                    lambda _i, c=combo, t=trade, n=column.name: self._set(t, n, c.value(), None)
                )
                self.table.setCellWidget(row, index, combo)
                continue
            item = QTableWidgetItem(self._display(trade, column))
            item.setData(Qt.ItemDataRole.UserRole, trade.id)
            if column.kind == "loss" and trade.loss_override is not None:
                item.setToolTip(self.tr("Typed by you"))
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
            elif column.kind == "loss":
                item.setToolTip(self.tr("Worked out from the prices, quantity and fees"))
            self.table.setItem(row, index, item)

    def _show_total(self) -> None:
        totals = self.case.computed_loss() if self.case else []
        shown = "; ".join(money.format() for money in totals) or "—"
        self.total.setText(self.tr("Total loss from these orders: %1").replace("%1", shown))

    # -- editing ----------------------------------------------------------------------

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or self.case is None:
            return
        row, column = item.row(), COLUMNS[item.column()]
        trade = self.case.trades[row]
        text = item.text().strip()
        try:
            value = self._parse(column, text)
        except ValueError as bad:
            self._mark(item, str(bad) if column.kind == "time" else explain_number(self.language()))
            return
        if column.kind == "loss":
            self._set(trade, "loss_override", value, item)
        elif column.kind == "currency":
            self._set(trade, "currency_kind", currency_kind(text), None)
            self._set(trade, "currency", text, item)
        else:
            self._set(trade, column.name, value, item)

    def _parse(self, column: Column, text: str) -> Any:
        if column.kind in ("decimal", "price", "loss"):
            value = _number(text)
            return Decimal(0) if value is None and column.kind == "decimal" else value
        if column.kind == "time":
            return self.read_time(text)
        return text

    def _set(self, trade: Trade, name: str, value: Any, item: QTableWidgetItem | None) -> None:
        problem = assign(trade, name, value, self.language())
        if problem:
            if item is not None:
                self._mark(item, problem)
            else:
                self.error.setText(problem)
                self.error.setVisible(True)
            return
        if item is not None:
            self._mark(item, "")
        self._refresh_loss(self.case.trades.index(trade), trade)
        self.edited.emit()

    def _mark(self, item: QTableWidgetItem, problem: str) -> None:
        self._loading = True
        item.setBackground(QBrush(INVALID) if problem else QBrush())
        item.setToolTip(problem)
        self._loading = False
        self.error.setText(problem)
        self.error.setVisible(bool(problem))

    def _refresh_loss(self, row: int, trade: Trade) -> None:
        self._loading = True
        loss_column = len(COLUMNS) - 1
        item = self.table.item(row, loss_column)
        if item is not None:
            item.setText(self._display(trade, COLUMNS[loss_column]))
            font = QFont(item.font())
            font.setItalic(trade.loss_override is not None)
            item.setFont(font)
        self._loading = False
        self._show_total()

    def add_trade(self) -> None:
        if self.case is None:
            return
        currency = self.case.trades[-1].currency if self.case.trades else "CNY"
        self.case.trades.append(Trade(currency=currency, currency_kind=currency_kind(currency)))
        self.load(self.case)
        self.table.setCurrentCell(len(self.case.trades) - 1, 0)
        self.table.setFocus()
        self.edited.emit()

    def remove_selected(self) -> None:
        self.remove_undoably(self._undo, "trades", self.table.currentRow(), self.tr("Remove order"))

    def title(self) -> str:
        return self.tr("Affected orders")

    def help_text(self) -> str:
        return self.tr(
            "<p>List each order the problem affected, with the order number from your"
            " history or confirmation e-mail.</p>"
            "<p>The price you wanted and the price you got let the firm check the loss"
            " itself. If no order went through, say so in the status and type your loss.</p>"
        )
