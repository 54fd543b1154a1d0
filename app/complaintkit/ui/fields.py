"""Form fields bound to one attribute of the case, with their error shown beside them.

A `Binding` reads its widget, assigns the value to the case part through pydantic
(on a copy first, so a rejected value never reaches the case) and shows the
reason in the user's language under the field; never a modal error for a typo.
The widget keeps what the user typed either way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QDate, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from complaintkit.domain import Case, Money
from complaintkit.domain.labels import label
from complaintkit.domain.messages import explain
from complaintkit.domain.typed_dates import TypedDateError, format_typed, parse_typed

COMMON_CURRENCIES = ("CNY", "HKD", "USD", "EUR", "GBP", "SGD", "AUD", "JPY", "USDT", "BTC", "ETH")
_CRYPTO = {"USDT", "USDC", "BTC", "ETH", "BNB", "SOL", "XRP", "TRX"}


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


class ZoneCombo(QComboBox):
    """A time zone by the name people use ("UK time (GMT/BST)", "北京时间 (UTC+8)"): the
    common ones first, then every other zone; the value is the zone's identifier."""

    changed = Signal()
    takes_language = True

    def __init__(self, common: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from complaintkit.domain.zone_names import known_zones

        others = sorted(
            zone for zone in known_zones() - set(common) if "/" in zone
            and not zone.startswith(("Etc/", "SystemV/", "posix/", "right/"))
        )
        self._zones = [*common, *others]
        self._common = len(common)
        for zone in self._zones:
            self.addItem(zone, zone)
        self.insertSeparator(self._common)
        self.currentIndexChanged.connect(self.changed)

    def retranslate(self, language: str) -> None:
        from complaintkit.domain.zone_names import zone_label

        # Names for the common zones and the one chosen; the ~500 others keep their
        # identifiers (naming them all cost 0.4 s on every case opened).
        year = datetime.now(UTC).year
        self.blockSignals(True)
        for index in range(self.count()):
            zone = self.itemData(index)
            if zone and (index < self._common or index == self.currentIndex()):
                self.setItemText(index, zone_label(zone, language, year))
            elif zone:
                self.setItemText(index, zone.replace("_", " "))
        self.blockSignals(False)

    def value(self) -> str:
        return self.currentData() or "UTC"

    def set_value(self, zone: str) -> None:
        index = self.findData(zone)
        if index < 0:  # a zone this system does not list: keep it, as the case has it
            self.addItem(zone, zone)
            index = self.count() - 1
        self.setCurrentIndex(index)


def _calendar_icon() -> QIcon:
    """A small calendar drawn in the text colour (no bitmap to ship, sharp at any DPI)."""
    themed = QIcon.fromTheme("x-office-calendar")
    if not themed.isNull():
        return themed
    pixmap = QPixmap(32, 32)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    colour = QApplication.palette().color(QPalette.ColorRole.Text)
    painter.setPen(QPen(colour, 2))
    painter.drawRoundedRect(4, 7, 24, 21, 3, 3)
    painter.fillRect(4, 7, 25, 6, colour)
    for x in (9, 16, 23):
        for y in (17, 23):
            painter.fillRect(x - 1, y - 1, 3, 3, colour)
    painter.drawLine(10, 3, 10, 9)
    painter.drawLine(22, 3, 22, 9)
    painter.end()
    return QIcon(pixmap)


class DateTimeLineEdit(QLineEdit):
    """Where a date and time is typed, in the case's time zone; a calendar button inside.

    Typed text is read by `domain.typed_dates` (2026-11-20 09:31, 20/11/2026 9:31,
    11月20日 09:31 …). On leaving the field a readable text is shown back in one form
    (so the user sees 20/11 was read as November). A plain line edit: Tab moves on,
    and the same editor serves table cells through `DateTimeDelegate`.
    """

    def __init__(
        self,
        zone: Callable[[], str],
        parent: QWidget | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self._zone = zone
        self._now = now
        self.language = "en"
        self.calendar_action = self.addAction(
            _calendar_icon(), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.triggered.connect(self.show_calendar)
        self.editingFinished.connect(self.tidy)
        self.popup: QMenu | None = None
        self.retranslate(self.language)

    def retranslate(self, language: str) -> None:
        moment = self.readable()
        self.language = language
        self.setPlaceholderText(self.tr("e.g. 2026-11-20 09:31"))
        self.setToolTip(
            self.tr(
                "Type the date and time, e.g. 2026-11-20 09:31, 20/11/2026 9:31 or"
                " 11月20日 09:31, or pick the day from the calendar."
            )
        )
        self.calendar_action.setText(self.tr("Calendar"))
        self.calendar_action.setToolTip(self.tr("Pick the day from a calendar"))
        if moment is not None:
            self.show_moment(moment)

    def value(self) -> datetime | None:
        """The moment shown; raises TypedDateError while the text cannot be read."""
        return parse_typed(self.text(), self._zone(), self._now())

    def readable(self) -> datetime | None:
        try:
            return self.value()
        except TypedDateError:
            return None

    def invalid_message(self, language: str) -> str:
        try:
            self.value()
        except TypedDateError as error:
            return error.message(language)
        return ""

    def show_moment(self, moment: datetime | None) -> None:
        self.setText(format_typed(moment, self._zone(), self.language))

    def tidy(self) -> None:
        moment = self.readable()
        if moment is not None and self.text() != format_typed(moment, self._zone(), self.language):
            self.show_moment(moment)

    def show_calendar(self) -> None:
        """A month calendar in the UI language, at the date shown (or today)."""
        zone = ZoneInfo(self._zone())
        current = self.readable()
        shown = (current or self._now()).astimezone(zone)
        calendar = QCalendarWidget()
        calendar.setLocale(
            QLocale(QLocale.Language.Chinese, QLocale.Country.China)
            if self.language.startswith("zh")
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        )
        calendar.setGridVisible(True)
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)
        self.popup = menu

        def picked(day: QDate) -> None:
            local = current.astimezone(zone) if current else None
            hour, minute = (local.hour, local.minute) if local else (0, 0)
            self.show_moment(
                datetime(day.year(), day.month(), day.day(), hour, minute, tzinfo=zone)
            )
            menu.close()
            self.setFocus()
            self.setCursorPosition(len(self.text()))  # ready to type the time
            self.textEdited.emit(self.text())  # as if typed: the form saves it
            self.editingFinished.emit()

        calendar.clicked.connect(picked)
        calendar.activated.connect(picked)
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.setFocus()


class DateTimeField(QWidget):
    """A date and time in the case's time zone, or nothing: the typed field, Now and Clear.

    While the text cannot be read nothing is saved and, once the user leaves the field,
    the error under it says how to write it. Empty means "not set".
    """

    changed = Signal()
    takes_language = True

    def __init__(
        self,
        zone: Callable[[], str],
        parent: QWidget | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._reported = False  # an unreadable text was reported (on leaving the field)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = DateTimeLineEdit(zone, self, now)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.now_button = QPushButton(self)
        self.now_button.clicked.connect(self._now_clicked)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self._clear_clicked)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.now_button)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.retranslate("en")

    def retranslate(self, language: str) -> None:
        self.edit.retranslate(language)
        self.now_button.setText(self.tr("Now"))
        self.clear_button.setText(self.tr("Clear"))

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def value(self) -> datetime | None:
        return self.edit.value()

    def invalid_message(self, language: str) -> str:
        return self.edit.invalid_message(language)

    def set_value(self, moment: datetime | None) -> None:
        self.edit.show_moment(moment)

    def set_now(self) -> None:
        self.edit.show_moment(self._now())

    def _typed(self, _text: str) -> None:
        # Saved as soon as it can be read; an unfinished date is not an error yet.
        if self.edit.readable() is None and self.edit.text().strip() and not self._reported:
            return
        self.changed.emit()

    def _finished(self) -> None:
        self._reported = self.edit.text().strip() != "" and self.edit.readable() is None
        self.changed.emit()  # saved, or the binding says why not under the field

    def _now_clicked(self) -> None:
        self.set_now()
        self._finished()

    def _clear_clicked(self) -> None:
        self.edit.clear()
        self._finished()
        self.edit.setFocus()


class DateTimeDelegate(QStyledItemDelegate):
    """Table cells holding a date and time get the same typed editor as the forms."""

    def __init__(
        self, zone: Callable[[], str], language: Callable[[], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._zone = zone
        self._language = language

    def createEditor(self, parent, option, index) -> QWidget:
        editor = DateTimeLineEdit(self._zone, parent)
        editor.retranslate(self._language())
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor, index) -> None:
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor, model, index) -> None:
        editor.tidy()
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


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
    refusal_changed = Signal()  # what the field holds was refused, or no longer is

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
        # Why the value shown was not taken into the case ("" when it was): the step
        # marks and Review report it too (flow.Unaccepted).
        self.refused = ""
        self.caption: Callable[[], str] = lambda: name
        _signal(widget).connect(self.commit)

    def _say(self, problem: str) -> None:
        show_error(self.error, problem)
        if problem != self.refused:
            self.refused = problem
            self.refusal_changed.emit()

    def load(self, case: Case) -> None:
        self._case = case
        _write(self.widget, self._from_model(getattr(self._owner(case), self.name)))
        self._say("")

    def commit(self) -> bool:
        if self._case is None:
            return False
        try:
            value = self._to_model(_read(self.widget))
        except ValidationError as invalid:
            self._say(explain(invalid, self._language())[0].message)
            return False
        except ValueError:
            explain_own = getattr(self.widget, "invalid_message", None)
            self._say(
                explain_own(self._language()) if explain_own else explain_number(self._language())
            )
            return False
        if self._create is not None:
            self._create(self._case)
        owner = self._owner(self._case)
        if getattr(owner, self.name) == value:
            self._say("")
            return True
        problem = assign(owner, self.name, value, self._language())
        self._say(problem)
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
    """The editor with its error line under it, for one row of a form.

    A line is kept free for the error, so a message appearing under a field does not
    push the fields below away from under the pointer."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        editor.setParent(self)
        layout.addWidget(editor)
        self.error = error_label(self)
        small = self.error.font()
        small.setPointSizeF(small.pointSizeF() * 0.92)
        self.error.setFont(small)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._editor = editor

    def sizeHint(self):
        hint = super().sizeHint()
        line = self.error.fontMetrics().lineSpacing() + 1
        if not self.error.isVisible():
            hint.setHeight(hint.height() + line)
        return hint

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        line = self.error.fontMetrics().lineSpacing() + 1
        if not self.error.isVisible():
            hint.setHeight(hint.height() + line)
        return hint
