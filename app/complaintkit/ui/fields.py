"""Form fields bound to one attribute of the case, with their error shown beside them.

A `Binding` reads its widget, assigns the value to the case part through pydantic
(on a copy first, so a rejected value never reaches the case) and shows the
reason in the user's language under the field; never a modal error for a typo.
The widget keeps what the user typed either way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QDateTime, QObject, Qt, QTimeZone, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from complaintkit.domain import Case, Money
from complaintkit.domain.labels import label
from complaintkit.domain.messages import explain

COMMON_CURRENCIES = ("CNY", "HKD", "USD", "EUR", "GBP", "SGD", "AUD", "JPY", "USDT", "BTC", "ETH")
_CRYPTO = {"USDT", "USDC", "BTC", "ETH", "BNB", "SOL", "XRP", "TRX"}
# The earliest time the picker offers doubles as "not set" (Qt shows specialValueText).
# The widget works in UTC as a plain wall clock: the case's own zone is applied in
# Python, so the system's daylight-saving gaps never shift what the user typed.
_WALL = QTimeZone(QTimeZone.Initialization.UTC)
_UNSET = QDateTime(1900, 1, 1, 0, 0, 0, 0, _WALL)


TIME_FORMAT = "%Y-%m-%d %H:%M"


def format_time(moment: datetime | None, zone: str) -> str:
    return "" if moment is None else moment.astimezone(ZoneInfo(zone)).strftime(TIME_FORMAT)


def parse_time(text: str, zone: str) -> datetime | None:
    """`2026-11-20 09:30` in `zone`; empty is None; anything else raises ValueError."""
    text = text.strip()
    if not text:
        return None
    return datetime.strptime(text, TIME_FORMAT).replace(tzinfo=ZoneInfo(zone))


def error_style() -> str:
    """Red that reads on the current theme: the light theme's dark red is too dim on
    a dark window (contrast 2.4:1), so dark themes get a light red."""
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return "color: #ff8a80;" if window.lightness() < 128 else "color: #c62828;"


def error_label(parent: QWidget) -> QLabel:
    error = QLabel(parent)
    error.setWordWrap(True)
    error.setVisible(False)
    return error


def show_error(error: QLabel, text: str) -> None:
    # Styled on each showing, so a theme switched while the app runs is followed.
    error.setStyleSheet(error_style() if text else "")
    error.setText(text)
    error.setVisible(bool(text))


def currency_kind(code: str) -> str:
    return "asset" if code.strip().upper() in _CRYPTO else "currency"


class EnumCombo(QComboBox):
    takes_language = True

    def __init__(self, enum: type[StrEnum], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._enum = enum
        for member in enum:
            self.addItem(member.value, member)

    def retranslate(self, language: str) -> None:
        for index, member in enumerate(self._enum):
            self.setItemText(index, label(member, language))

    def value(self) -> StrEnum:
        return self.currentData()

    def set_value(self, member: StrEnum) -> None:
        self.setCurrentIndex(list(self._enum).index(member))


class CheckGroup(QWidget):
    """One check box per enum member, for multiple choice (categories, remedies)."""

    toggled = Signal()
    takes_language = True

    def __init__(self, enum: type[StrEnum], columns: int = 2, parent: QWidget | None = None):
        super().__init__(parent)
        self._enum = enum
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[StrEnum, QCheckBox] = {}
        for index, member in enumerate(enum):
            box = QCheckBox(member.value, self)
            box.toggled.connect(self.toggled)
            layout.addWidget(box, index // columns, index % columns)
            self.boxes[member] = box

    def retranslate(self, language: str) -> None:
        for member, box in self.boxes.items():
            box.setText(label(member, language))
            box.setAccessibleName(box.text())

    def value(self) -> list[StrEnum]:
        return [member for member, box in self.boxes.items() if box.isChecked()]

    def set_value(self, members: list[StrEnum]) -> None:
        for member, box in self.boxes.items():
            box.setChecked(member in members)


class ChoiceCombo(QComboBox):
    """Choices that are not an enum (jurisdictions): `choices(language)` gives (key, label)."""

    takes_language = True
    changed = Signal()

    def __init__(
        self, choices: Callable[[str], list[tuple[str, str]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._choices = choices
        self.currentIndexChanged.connect(self.changed)

    def retranslate(self, language: str) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem("—", "")
        for key, text in self._choices(language):
            self.addItem(text, key)
        self.set_value(current)
        self.blockSignals(False)

    def value(self) -> str:
        return self.currentData() or ""

    def set_value(self, key: str) -> None:
        index = self.findData(key)
        self.setCurrentIndex(max(index, 0))


class TextCombo(QComboBox):
    """An editable combo box whose value is its text (time zones, currencies)."""

    changed = Signal()

    def __init__(self, items: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.addItems(items)
        self.currentTextChanged.connect(self.changed)

    def value(self) -> str:
        return self.currentText().strip()

    def set_value(self, text: str) -> None:
        self.setCurrentText(text)


class DateTimeField(QWidget):
    """A date and time in the case's time zone, or nothing ("not set" + a Now button)."""

    changed = Signal()

    def __init__(self, zone: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateTimeEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setTimeZone(_WALL)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setMinimumDateTime(_UNSET)
        self.edit.setDateTime(_UNSET)
        self.edit.dateTimeChanged.connect(self.changed)
        self.now_button = QPushButton(self)
        self.now_button.clicked.connect(self.set_now)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(lambda: self.edit.setDateTime(_UNSET))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.now_button)
        layout.addWidget(self.clear_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setSpecialValueText(self.tr("not set"))
        self.now_button.setText(self.tr("Now"))
        self.clear_button.setText(self.tr("Clear"))

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def set_now(self) -> None:
        self.set_value(datetime.now(ZoneInfo(self._zone())))

    def value(self) -> datetime | None:
        shown = self.edit.dateTime()
        if shown == _UNSET:
            return None
        date, time = shown.date(), shown.time()
        return datetime(
            date.year(),
            date.month(),
            date.day(),
            time.hour(),
            time.minute(),
            tzinfo=ZoneInfo(self._zone()),
        )

    def set_value(self, moment: datetime | None) -> None:
        if moment is None:
            self.edit.setDateTime(_UNSET)
            return
        local = moment.astimezone(ZoneInfo(self._zone()))
        self.edit.setDateTime(
            QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0, 0, _WALL)
        )


class MoneyField(QWidget):
    """An amount and a currency or crypto asset code; empty means "not given"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.amount = QLineEdit(self)
        self.amount.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(COMMON_CURRENCIES)
        self.amount.textChanged.connect(self.changed)
        self.currency.currentTextChanged.connect(self.changed)
        layout.addWidget(self.amount, 1)
        layout.addWidget(self.currency)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.amount.setAccessibleName(name)
        self.currency.setAccessibleName(name)

    def value(self) -> Money | None:
        text = self.amount.text().strip().replace(",", "").replace("，", "")
        if not text:
            return None
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValueError("not a number") from None
        code = self.currency.currentText()
        return Money(amount=amount, currency=code, kind=currency_kind(code))

    def set_value(self, money: Money | None) -> None:
        self.amount.setText("" if money is None else format(money.amount, "f"))
        if money is not None:
            self.currency.setCurrentText(money.currency)


def _read(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value()
    return widget.value()  # EnumCombo, CheckGroup, DateTimeField, MoneyField


def _write(widget: QWidget, value: Any) -> None:
    widget.blockSignals(True)
    try:
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            if _read(widget) != value:  # keeps the cursor where the user is typing
                widget.setPlainText(value) if isinstance(
                    widget, QPlainTextEdit
                ) else widget.setText(value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        else:
            widget.setValue(value) if isinstance(widget, QSpinBox) else widget.set_value(value)
    finally:
        widget.blockSignals(False)


def _signal(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, EnumCombo):
        return widget.currentIndexChanged
    if isinstance(widget, CheckGroup):
        return widget.toggled
    return widget.changed


class Binding(QObject):
    """Keeps one widget and one case attribute in step; `edited` fires on a valid change."""

    edited = Signal()

    def __init__(
        self,
        widget: QWidget,
        owner: Callable[[Case], BaseModel],
        name: str,
        language: Callable[[], str],
        error: QLabel,
        to_model: Callable[[Any], Any] = lambda value: value,
        from_model: Callable[[Any], Any] = lambda value: value,
        create: Callable[[Case], None] | None = None,
    ) -> None:
        super().__init__(widget)
        # Called before writing: makes optional parts (e.g. withdrawal details) exist.
        self._create = create
        self.widget = widget
        self.name = name
        self.error = error
        self._owner = owner
        self._language = language
        self._to_model = to_model
        self._from_model = from_model
        self._case: Case | None = None
        _signal(widget).connect(self.commit)

    def load(self, case: Case) -> None:
        self._case = case
        _write(self.widget, self._from_model(getattr(self._owner(case), self.name)))
        show_error(self.error, "")

    def commit(self) -> bool:
        if self._case is None:
            return False
        try:
            value = self._to_model(_read(self.widget))
        except ValidationError as invalid:
            show_error(self.error, explain(invalid, self._language())[0].message)
            return False
        except ValueError:
            show_error(self.error, explain_number(self._language()))
            return False
        if self._create is not None:
            self._create(self._case)
        owner = self._owner(self._case)
        if getattr(owner, self.name) == value:
            show_error(self.error, "")
            return True
        problem = assign(owner, self.name, value, self._language())
        show_error(self.error, problem)
        if problem:
            return False
        self.edited.emit()
        return True


def assign(owner: BaseModel, name: str, value: Any, language: str) -> str:
    """Set `owner.name = value` if the model accepts it; else the reason, for the user."""
    try:
        # On a copy first: pydantic keeps a value its model validator rejected.
        setattr(owner.model_copy(), name, value)
        setattr(owner, name, value)
    except ValidationError as invalid:
        return explain(invalid, language)[0].message
    return ""


def explain_number(language: str) -> str:
    from complaintkit.locales import lookup

    return str(lookup(language, "domain", "errors.decimal_parsing"))


class FieldBox(QWidget):
    """The editor with its error line under it, for one row of a form."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        editor.setParent(self)
        layout.addWidget(editor)
        self.error = error_label(self)
        layout.addWidget(self.error)
