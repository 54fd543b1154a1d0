"""The payments made to a platform: a list, and a form for the one selected.

Each field is bound to the selected `Transfer` through the same `Binding` the
steps use, so a transaction id or wallet address of the wrong shape for its
chain is explained under the field (in the user's language) and not stored.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from complaintkit.domain import CardScheme, Case, Chain, PaymentMethod, Transfer
from complaintkit.domain.labels import label
from complaintkit.ui.fields import (
    Binding,
    ChoiceCombo,
    DateTimeField,
    EnumCombo,
    FieldBox,
    MoneyField,
)


def _optional_choices(enum: type[StrEnum]) -> Callable[[str], list[tuple[str, str]]]:
    return lambda language: [(member.value, label(member, language)) for member in enum]


class TransfersEditor(QWidget):
    """`edited` fires after a valid change to the case's payments."""

    edited = Signal()

    def __init__(
        self,
        language: Callable[[], str],
        zone: Callable[[], str],
        text: Callable[[Callable[[str], None], Callable[[], str]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._zone = zone
        self.case: Case | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(120)
        self.list.currentRowChanged.connect(self._show_row)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_transfer)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        text(self.add_button.setText, lambda: self.tr("Add a pa&yment"))
        text(self.remove_button.setText, lambda: self.tr("Remove the selected payment"))
        text(self.list.setAccessibleName, lambda: self.tr("Payments you made"))

        self.form_widget = QWidget(self)
        self.form = QFormLayout(self.form_widget)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addWidget(self.form_widget)
        self.bindings: list[Binding] = []
        self.at = DateTimeField(zone)
        self._row(text, lambda: self.tr("Date and time"), self.at, "at")
        self.amount = MoneyField()
        self._row(text, lambda: self.tr("Amount"), self.amount, "amount")
        self.method = EnumCombo(PaymentMethod)
        self._row(text, lambda: self.tr("How you paid"), self.method, "method")
        self.card_scheme = ChoiceCombo(_optional_choices(CardScheme))
        self._row(
            text,
            lambda: self.tr("Card scheme (printed on the card)"),
            self.card_scheme,
            "card_scheme",
            to_model=lambda key: CardScheme(key) if key else None,
            from_model=lambda member: member.value if member else "",
        )
        self.paid_through = QLineEdit()
        self._row(
            text,
            lambda: self.tr("Bank, card issuer or exchange that sent it"),
            self.paid_through,
            "paid_through",
        )
        self.from_account = QLineEdit()
        self._row(
            text,
            lambda: self.tr("Paid from (your account or card)"),
            self.from_account,
            "from_account",
        )
        self.to_account = QLineEdit()
        self._row(
            text, lambda: self.tr("Paid to (as the statement shows)"), self.to_account, "to_account"
        )
        self.reference = QLineEdit()
        self._row(text, lambda: self.tr("Reference on the statement"), self.reference, "reference")
        self.own_account = QCheckBox()
        self._row(
            text,
            lambda: self.tr("Paid into an account in my own name (e.g. my exchange account)"),
            self.own_account,
            "to_own_account",
        )
        self.chain = ChoiceCombo(_optional_choices(Chain))
        self._row(
            text,
            lambda: self.tr("Blockchain"),
            self.chain,
            "chain",
            to_model=lambda key: Chain(key) if key else None,
            from_model=lambda member: member.value if member else "",
        )
        self.tx_hash = QLineEdit()
        self._row(text, lambda: self.tr("Transaction id (hash)"), self.tx_hash, "tx_hash")
        self.wallet_address = QLineEdit()
        self._row(
            text,
            lambda: self.tr("Wallet address it went to"),
            self.wallet_address,
            "wallet_address",
        )

    # -- building -------------------------------------------------------------------

    def _row(
        self,
        text: Callable[[Callable[[str], None], Callable[[], str]], None],
        caption: Callable[[], str],
        widget: QWidget,
        name: str,
        to_model: Callable = lambda value: value,
        from_model: Callable = lambda value: value,
    ) -> None:
        box = FieldBox(widget)
        row_label = QLabel(self.form_widget)
        row_label.setBuddy(widget)
        row_label.setWordWrap(True)
        self.form.addRow(row_label, box)

        def set_caption(value: str) -> None:
            row_label.setText(value)
            widget.setAccessibleName(value.replace("&", ""))

        text(set_caption, caption)
        binding = Binding(
            widget, self._selected, name, self._language, box.error, to_model, from_model
        )
        binding.edited.connect(self._field_edited)
        self.bindings.append(binding)

    def retranslate(self) -> None:
        language = self._language()
        for widget in (self.method, self.card_scheme, self.chain, self.at, self.amount):
            own = getattr(widget, "retranslate", None)
            if callable(own):
                # Fields that take the language say so (`takes_language`), as StepPage reads it.
                own(language) if getattr(widget, "takes_language", False) else own()
        self._fill_list()

    # -- the case -------------------------------------------------------------------

    def _selected(self, case: Case) -> Transfer:
        return case.transfers[max(self.list.currentRow(), 0)]

    def load(self, case: Case) -> None:
        self.case = case
        self._fill_list()
        if case.transfers and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self._show_row(self.list.currentRow())

    def _caption(self, transfer: Transfer) -> str:
        language = self._language()
        when = (
            transfer.at.astimezone(ZoneInfo(self._zone())).strftime("%Y-%m-%d")
            if transfer.at
            else "—"
        )
        money = transfer.amount.format() if transfer.amount else "—"
        return f"{when} · {money} · {label(transfer.method, language)}"

    def _fill_list(self) -> None:
        if self.case is None:
            return
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for transfer in self.case.transfers:
            self.list.addItem(self._caption(transfer))
        if self.case.transfers:
            self.list.setCurrentRow(min(max(row, 0), len(self.case.transfers) - 1))
        self.list.blockSignals(False)

    def _show_row(self, row: int) -> None:
        has_row = self.case is not None and 0 <= row < len(self.case.transfers)
        self.form_widget.setEnabled(has_row)
        self.form_widget.setVisible(has_row)
        self.remove_button.setEnabled(has_row)
        if has_row and self.case is not None:
            for binding in self.bindings:
                binding.load(self.case)

    def _field_edited(self) -> None:
        row = self.list.currentRow()
        if self.case is not None and 0 <= row < len(self.case.transfers):
            item = self.list.item(row)
            if item is not None:
                item.setText(self._caption(self.case.transfers[row]))
        self.edited.emit()

    def add_transfer(self) -> None:
        if self.case is None:
            return
        self.case.transfers.append(Transfer())
        self._fill_list()
        self.list.setCurrentRow(len(self.case.transfers) - 1)
        self._show_row(self.list.currentRow())
        self.edited.emit()
        self.at.setFocus()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if self.case is None or not 0 <= row < len(self.case.transfers):
            return
        del self.case.transfers[row]
        self._fill_list()
        self._show_row(self.list.currentRow())
        self.edited.emit()
