"""Linking evidence to what it shows: tick boxes in a short list, both ways round.

`EvidencePicker` sits with an order, a contact or the problem and lists the case's
evidence ("E1 Error 504 on the order screen"); `ShownInPicker` sits with an evidence
item and lists what it can show (the problem, each order, each contact). Both are a
`LinkPicker`: value() is the ticked keys in list order, `changed` fires when the user
ticks or unticks one. A click anywhere on a row ticks it, as Space does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QWidget,
)

from complaintkit.domain import Case
from complaintkit.domain.labels import label

KEY = Qt.ItemDataRole.UserRole
# Rows shown before the list scrolls: keeps a step usable on a 600-pixel-high screen.
VISIBLE_ROWS = 4


@dataclass(frozen=True)
class Choice:
    key: str
    text: str
    tooltip: str = ""


class LinkPicker(QListWidget):
    """Tick which of a few choices apply. Empty, it says why in one untickable row."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        self.itemChanged.connect(self._ticked)
        self._filling = False
        self._pressed: QListWidgetItem | None = None

    # -- the choices ------------------------------------------------------------------

    def set_choices(self, choices: list[Choice], empty_text: str) -> None:
        """Show `choices`, keeping the ticks of keys that are still offered."""
        ticked = set(self.value())
        self._filling = True
        self.clear()
        for choice in choices:
            item = QListWidgetItem(choice.text, self)
            item.setData(KEY, choice.key)
            item.setToolTip(choice.tooltip or choice.text)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(
                Qt.CheckState.Checked if choice.key in ticked else Qt.CheckState.Unchecked
            )
        if not choices:
            placeholder = QListWidgetItem(empty_text, self)
            placeholder.setFlags(Qt.ItemFlag.ItemIsEnabled)
            placeholder.setForeground(self.palette().placeholderText())
        self._filling = False
        self._fit()

    def item_for(self, key: str) -> QListWidgetItem | None:
        for row in range(self.count()):
            if self.item(row).data(KEY) == key:
                return self.item(row)
        return None

    # -- the value (fields.Binding reads and writes it) -----------------------------

    def value(self) -> list[str]:
        return [
            self.item(row).data(KEY)
            for row in range(self.count())
            if self.item(row).data(KEY) is not None
            and self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, keys: list[str]) -> None:
        chosen = set(keys)
        self._filling = True
        for row in range(self.count()):
            item = self.item(row)
            if item.data(KEY) is not None:
                item.setCheckState(
                    Qt.CheckState.Checked if item.data(KEY) in chosen else Qt.CheckState.Unchecked
                )
        self._filling = False

    def _ticked(self, _item: QListWidgetItem) -> None:
        if not self._filling:
            self.changed.emit()

    def focusInEvent(self, event) -> None:
        # Arriving by Tab or by Review's link, the first row is where Space ticks.
        if self.currentRow() < 0 and self.count():
            self.setCurrentRow(0)
        super().focusInEvent(event)
        self.reveal()

    def reveal(self) -> None:
        """Scroll the whole list into view once the page has laid itself out (it sits low
        on a step, and a step just shown has not settled its geometry yet)."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            QTimer.singleShot(0, self, lambda: area.ensureWidgetVisible(self, 10, 10))

    # -- a click on the words ticks too ---------------------------------------------

    def mousePressEvent(self, event) -> None:
        self._pressed = self.itemAt(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        before = item.checkState() if item is not None else None
        super().mouseReleaseEvent(event)
        if (
            item is not None
            and item is self._pressed
            and event.button() == Qt.MouseButton.LeftButton
            and item.flags() & Qt.ItemFlag.ItemIsUserCheckable
            and item.checkState() == before  # the box itself was not the target
        ):
            item.setCheckState(
                Qt.CheckState.Unchecked
                if before == Qt.CheckState.Checked
                else Qt.CheckState.Checked
            )
        self._pressed = None

    # -- size: a few rows, then it scrolls --------------------------------------------

    def _fit(self) -> None:
        """Exactly as tall as its first rows (VISIBLE_ROWS at most): no half row shows."""
        rows = min(max(self.count(), 1), VISIBLE_ROWS)
        row_height = max(
            self.sizeHintForRow(0) if self.count() else 0, self.fontMetrics().height() + 2
        )
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth())

    def showEvent(self, event) -> None:
        # The rows' height is only known with the font the window finally uses.
        super().showEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()


class EvidencePicker(LinkPicker):
    """Which of the case's evidence items show this order, contact or the problem."""

    def show_evidence(self, case: Case) -> None:
        numbers = case.exhibit_numbers()
        choices = []
        for item in case.evidence:
            name = item.caption.strip() or item.original_name or self.tr("(no caption)")
            number = numbers.get(item.id)
            if number:
                text = f"{number} {name}"
            else:
                text = self.tr("%1 (not in the letter)").replace("%1", name)
            choices.append(Choice(item.id, text, item.original_name))
        self.set_choices(
            choices, self.tr("No evidence yet: add screenshots or files on the Evidence step.")
        )


def problem_key() -> str:
    return "problem"


def trade_key(trade_id: str) -> str:
    return f"trade:{trade_id}"


def contact_key(contact_id: str) -> str:
    return f"contact:{contact_id}"


class ShownInPicker(LinkPicker):
    """What one evidence item shows: the problem itself, orders, contacts."""

    def show_subjects(self, case: Case, show_time: Callable[[object], str], language: str) -> None:
        choices = [Choice(problem_key(), self.tr("The problem itself (error screens, status)"))]
        for row, trade in enumerate(case.trades, start=1):
            number = trade.order_id.strip() or self.tr("no. not yet given")
            parts = [self.tr("Order %1").replace("%1", number)]
            if trade.instrument.strip():
                parts.append(trade.instrument.strip())
            parts.append(label(trade.side, language))
            if trade.sent_at is not None:
                parts.append(show_time(trade.sent_at))
            tooltip = self.tr("Row %1 of the orders").replace("%1", str(row))
            choices.append(Choice(trade_key(trade.id), " · ".join(parts), tooltip))
        for contact in case.contacts:
            parts = [show_time(contact.at), label(contact.channel, language)]
            if contact.reference.strip():
                parts.append(contact.reference.strip())
            elif contact.summary.strip():
                parts.append(" ".join(contact.summary.split())[:40])
            text = self.tr("Contact: %1").replace("%1", " · ".join(parts))
            choices.append(Choice(contact_key(contact.id), text, contact.summary[:200]))
        self.set_choices(choices, "")


def _subjects(case: Case) -> list[tuple[str, object]]:
    """(key, model holding evidence_ids) for everything an evidence item can show."""
    return [
        (problem_key(), case.problem),
        *((trade_key(trade.id), trade) for trade in case.trades),
        *((contact_key(contact.id), contact) for contact in case.contacts),
    ]


def shown_in(case: Case, evidence_id: str) -> list[str]:
    """The keys of what cites this evidence item."""
    return [key for key, subject in _subjects(case) if evidence_id in subject.evidence_ids]


def link(case: Case, evidence_id: str, keys: list[str]) -> bool:
    """Make exactly `keys` cite this evidence item (others stop citing it); True if changed."""
    wanted = set(keys)
    changed = False
    for key, subject in _subjects(case):
        ids = subject.evidence_ids
        if key in wanted and evidence_id not in ids:
            subject.evidence_ids = [*ids, evidence_id]
            changed = True
        elif key not in wanted and evidence_id in ids:
            subject.evidence_ids = [eid for eid in ids if eid != evidence_id]
            changed = True
    return changed
