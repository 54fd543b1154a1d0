"""What every step page shares: bound form rows, loading a case, retranslation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from complaintkit.domain import Case
from complaintkit.domain.typed_dates import TypedDateError, format_typed, parse_typed
from complaintkit.flow import StepId, Unaccepted
from complaintkit.ui.fields import Binding, DateTimeDelegate, FieldBox
from complaintkit.ui.look import empty_state
from complaintkit.ui.undo import RemoveFromCase

# Labels wrap within this width, so the fields keep most of a small screen.
LABEL_WIDTH = 220


class StepPage(QScrollArea):
    """A step of the wizard. Subclasses build their widgets and implement the texts.

    `edited` means the case in memory changed (the editor autosaves it).
    """

    edited = Signal()
    # A field's value was refused or accepted again: the step marks follow.
    refusals_changed = Signal()
    step_id: StepId

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.case: Case | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # The page itself is a container: Tab goes from field to field, never to it.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(12, 4, 16, 12)
        self.body_layout.setSpacing(10)
        self.setWidget(self.body)
        self.bindings: list[Binding] = []
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._texts: list[tuple[Callable[[str], None], Callable[[], str]]] = []
        self._enum_widgets: list[QWidget] = []

    # -- for subclasses -------------------------------------------------------------

    def add_form(self, parent: QWidget | None = None) -> QFormLayout:
        form = QFormLayout()
        # Long labels wrap in their own column instead of taking a row above the field
        # (which left "Error messages…" floating over its box); labels sit level with
        # the first line of their field.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(4)
        if parent is None:
            self.body_layout.addLayout(form)
        return form

    def empty_hint(self, view: QAbstractItemView, source: Callable[[], str]) -> QLabel:
        """A friendly line under `view`, shown while it has no rows ("No contacts yet…")."""
        hint = empty_state(self.body)
        layout = view.parentWidget().layout() if view.parentWidget() is not None else None
        if layout is not None and layout.indexOf(view) >= 0:
            layout.insertWidget(layout.indexOf(view) + 1, hint)
        self.text(hint.setText, source)
        model = view.model()

        def follow() -> None:
            hint.setVisible(model.rowCount() == 0)

        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(follow)
        follow()
        return hint

    def text(self, setter: Callable[[str], None], source: Callable[[], str]) -> None:
        """Register a translatable text: `setter(source())` runs now and on language change."""
        self._texts.append((setter, source))

    def bind(
        self,
        form: QFormLayout,
        caption: Callable[[], str],
        widget: QWidget,
        owner: Callable[[Case], BaseModel],
        name: str,
        to_model: Callable[[Any], Any] = lambda value: value,
        from_model: Callable[[Any], Any] = lambda value: value,
        create: Callable[[Case], None] | None = None,
    ) -> Binding:
        box = FieldBox(widget)
        self._labelled_row(form, caption, box, widget)
        if getattr(widget, "takes_language", False):
            self._enum_widgets.append(widget)
        binding = Binding(
            widget, owner, name, self.language, box.error, to_model, from_model, create
        )
        binding.edited.connect(self.on_field_edited)
        binding.refusal_changed.connect(self.refusals_changed)
        binding.caption = caption
        self.bindings.append(binding)
        return binding

    def add_row_widget(
        self, form: QFormLayout, caption: Callable[[], str], widget: QWidget
    ) -> None:
        """A row that is not bound to the case (the page handles it)."""
        self._labelled_row(form, caption, widget, widget)

    def _labelled_row(
        self, form: QFormLayout, caption: Callable[[], str], row: QWidget, editor: QWidget
    ) -> None:
        """Add `row` under a translated label that names (and focuses) `editor`."""
        row_label = QLabel(self.body)
        row_label.setBuddy(editor)
        row_label.setWordWrap(True)
        row_label.setMaximumWidth(LABEL_WIDTH)
        form.addRow(row_label, row)

        def set_caption(text: str) -> None:
            row_label.setText(text)
            # A short label stays on one line; a long one wraps within LABEL_WIDTH.
            natural = row_label.fontMetrics().horizontalAdvance(text.replace("&", "")) + 6
            row_label.setMinimumWidth(min(LABEL_WIDTH, natural))
            editor.setAccessibleName(text.replace("&", ""))

        self.text(set_caption, caption)

    def unaccepted(self) -> list[Unaccepted]:
        """What this page shows that the case refused, with the reason under the field."""
        return [
            Unaccepted(
                self.step_id, binding.name, binding.caption().replace("&", ""), binding.refused
            )
            for binding in self.bindings
            if binding.refused
        ]

    def focus_field(self, path: str) -> bool:
        """Put the cursor in the field a finding names ("problem.started_at",
        "contacts.2.summary": the last part names the field)."""
        name = path.rsplit(".", 1)[-1] if path else ""
        for binding in self.bindings:
            if binding.name == name and binding.widget.isVisibleTo(self):
                binding.widget.setFocus(Qt.FocusReason.OtherFocusReason)
                self.ensureWidgetVisible(binding.widget)
                return True
        return False

    def focus_first_field(self) -> None:
        """Put the cursor in the page's first field that can take it. Not as Tab would
        (a line edit then selects all its text): a user who starts typing at once must
        add to the field, not replace what it holds, nor lose the first letters."""
        for binding in self.bindings:
            widget = binding.widget
            if widget.isVisibleTo(self) and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                self.ensureWidgetVisible(widget)
                return

    def zone(self) -> str:
        """The time zone the case's times are shown and typed in."""
        return self.case.problem.timezone if self.case is not None else "Asia/Shanghai"

    def show_time(self, moment: datetime | None) -> str:
        """A moment as the date fields show it: the case's zone, the UI language."""
        return format_typed(moment, self.zone(), self.language())

    def read_time(self, text: str) -> datetime | None:
        """Text typed in a table's time cell; raises ValueError with a message to show."""
        try:
            return parse_typed(text, self.zone(), self.now())
        except TypedDateError as error:
            raise ValueError(error.message(self.language())) from None

    def time_delegate(self) -> DateTimeDelegate:
        """The typed date editor (with its calendar) for a table's time column."""
        return DateTimeDelegate(self.zone, self.language, self)

    def remove_undoably(self, undo: QUndoStack, attribute: str, row: int, text: str) -> None:
        """Remove `case.<attribute>[row]` through the undo stack (Ctrl+Z brings it back)."""
        if self.case is None or not 0 <= row < len(getattr(self.case, attribute)):
            return
        undo.push(RemoveFromCase(self.case, attribute, row, text, self._after_undo))

    def _after_undo(self) -> None:
        if self.case is not None:
            self.load(self.case)
        self.edited.emit()

    def on_field_edited(self) -> None:
        self.edited.emit()

    # -- the contract the editor uses --------------------------------------------

    def title(self) -> str:
        raise NotImplementedError

    def help_text(self) -> str:
        """What to collect on this step and why, a few short sentences."""
        raise NotImplementedError

    def load(self, case: Case) -> None:
        self.case = case
        for binding in self.bindings:
            binding.load(case)

    def retranslate(self) -> None:
        language = self.language()
        for setter, source in self._texts:
            setter(source())
        for widget in self._enum_widgets:
            widget.retranslate(language)
        # Composite fields (date and time, money) translate their own buttons.
        for binding in self.bindings:
            own = getattr(binding.widget, "retranslate", None)
            if callable(own) and not getattr(binding.widget, "takes_language", False):
                own()
