"""Step 7: every contact with the firm, and what they promised by when."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from complaintkit.domain import Case, ContactChannel, ContactEvent, Direction, Promise
from complaintkit.domain.labels import label
from complaintkit.flow import StepId
from complaintkit.ui.evidence_picker import EvidencePicker
from complaintkit.ui.fields import (
    DateTimeField,
    EnumCombo,
    assign,
    error_label,
    show_error,
)
from complaintkit.ui.steps.base import StepPage
from complaintkit.ui.support_panel import attach_bot_box, attach_support  # issue 20

OVERDUE = QColor(214, 69, 65, 70)


class ContactsPage(StepPage):
    step_id = StepId.CONTACTS

    def __init__(
        self,
        language: Callable[[], str],
        undo: QUndoStack,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(language, parent)
        self._undo = undo
        self._now = now
        self.now = now
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_contact)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.body_layout.addLayout(buttons)
        self.timeline = QTableWidget(0, 6)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.setMinimumHeight(150)
        self.timeline.currentCellChanged.connect(lambda *_: self._select())
        self.body_layout.addWidget(self.timeline)
        self.empty_hint(
            self.timeline,
            lambda: self.tr(
                "No contacts yet: add the first call, chat or e-mail with the firm, even one"
                " that got no answer."
            ),
        )
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.timeline)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)

        self.details = QGroupBox()
        self.body_layout.addWidget(self.details)
        details_layout = QVBoxLayout(self.details)
        form = self.add_form(self.details)
        details_layout.addLayout(form)
        selected = self._selected_or_blank
        self.at = DateTimeField(self.zone)
        self.bind(form, lambda: self.tr("&When"), self.at, selected, "at")
        self.channel = EnumCombo(ContactChannel)
        self.bind(form, lambda: self.tr("How"), self.channel, selected, "channel")
        self.direction = EnumCombo(Direction)
        self.bind(
            form, lambda: self.tr("Who contacte&d whom"), self.direction, selected, "direction"
        )
        self.agent = QLineEdit()
        self.bind(
            form, lambda: self.tr("Their a&gent's name or number"), self.agent, selected, "agent"
        )
        self.reference = QLineEdit()
        self.bind(
            form, lambda: self.tr("&Ticket or case number"), self.reference, selected, "reference"
        )
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(80)
        self.bind(form, lambda: self.tr("What was &said"), self.summary, selected, "summary")
        self.outcome = QLineEdit()
        self.bind(form, lambda: self.tr("&Outcome"), self.outcome, selected, "outcome")
        # The chat log, e-mail or call record that shows this contact happened.
        self.evidence = EvidencePicker()
        self.bind(
            form,
            lambda: self.tr("&Evidence of this contact"),
            self.evidence,
            selected,
            "evidence_ids",
        )
        self.bot, self.bot_hint = attach_bot_box(self, form, selected)  # issue 20

        self.promises_label = QLabel()
        details_layout.addWidget(self.promises_label)
        self.promises = QTableWidget(0, 3)
        self.promises.verticalHeader().setVisible(False)
        self.promises.setMinimumHeight(100)
        self.promises.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.promises.itemChanged.connect(self._promise_changed)
        self.promises.setItemDelegateForColumn(1, self.time_delegate())
        details_layout.addWidget(self.promises)
        self.promise_error = error_label(self.details)
        details_layout.addWidget(self.promise_error)
        promise_buttons = QHBoxLayout()
        self.add_promise_button = QPushButton()
        self.add_promise_button.clicked.connect(self.add_promise)
        self.remove_promise_button = QPushButton()
        self.remove_promise_button.clicked.connect(self.remove_promise)
        promise_buttons.addWidget(self.add_promise_button)
        promise_buttons.addWidget(self.remove_promise_button)
        promise_buttons.addStretch(1)
        details_layout.addLayout(promise_buttons)
        self.support = attach_support(self)  # issue 20: support record, stages, offer
        self._details_widgets = [self.details]

        self.text(self.add_button.setText, lambda: self.tr("&Add a contact (now)"))
        self.text(self.remove_button.setText, lambda: self.tr("Re&move the selected contact"))
        self.text(self.details.setTitle, lambda: self.tr("The selected contact"))
        self.text(self.promises_label.setText, lambda: self.tr("What they promised, and by when:"))
        self.text(self.add_promise_button.setText, lambda: self.tr("Add a &promise"))
        self.text(self.remove_promise_button.setText, lambda: self.tr("Remove the promise"))
        self.text(self.timeline.setAccessibleName, lambda: self.tr("Contact history"))
        self.text(self.promises.setAccessibleName, lambda: self.tr("Promises"))
        self._loading = False

    def retranslate(self) -> None:
        super().retranslate()
        self.timeline.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("How"),
                self.tr("Agent"),
                self.tr("Ticket"),
                self.tr("What was said"),
                self.tr("Promises"),
            ]
        )
        self.promises.setHorizontalHeaderLabels(
            [self.tr("Promise"), self.tr("Due by"), self.tr("Kept?")]
        )
        if self.case is not None:
            self.load(self.case)

    # -- the timeline -----------------------------------------------------------------

    def _selected(self) -> ContactEvent | None:
        row = self.timeline.currentRow()
        if self.case is None or not 0 <= row < len(self.case.contacts):
            return None
        return self.case.contacts[row]

    def _selected_or_blank(self, _case: Case) -> ContactEvent:
        # A whole minute: the placeholder is a time, not a stopwatch.
        return self._selected() or ContactEvent(at=self._now().replace(second=0, microsecond=0))

    def promise_state(self, contact: ContactEvent) -> tuple[str, bool]:
        now = self._now()
        overdue = sum(1 for promise in contact.promises if promise.is_overdue(now))
        if overdue:
            return self.tr("%n overdue", "", overdue), True
        if contact.promises:
            return self.tr("%n promise(s)", "", len(contact.promises)), False
        return "", False

    def load(self, case: Case) -> None:
        self.case = case
        self.evidence.show_evidence(case)
        row = self.timeline.currentRow()
        language = self.language()
        self.timeline.blockSignals(True)
        self.timeline.setRowCount(len(case.contacts))
        for index, contact in enumerate(case.contacts):
            self._fill_row(index, contact, language)
        self.timeline.blockSignals(False)
        self.timeline.resizeColumnsToContents()
        self.timeline.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        if case.contacts:
            self.timeline.setCurrentCell(min(max(row, 0), len(case.contacts) - 1), 0)
        self._select()
        self.support.refresh()  # issue 20

    def _fill_row(self, row: int, contact: ContactEvent, language: str) -> None:
        promises, overdue = self.promise_state(contact)
        cells = [
            self.show_time(contact.at),
            label(contact.channel, language),
            contact.agent,
            contact.reference,
            " ".join(contact.summary.split())[:120],
            promises,
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if overdue and column == 5:
                item.setBackground(QBrush(OVERDUE))
            self.timeline.setItem(row, column, item)

    def _select(self) -> None:
        contact = self._selected()
        self.details.setEnabled(contact is not None)
        self.remove_button.setEnabled(contact is not None)
        if self.case is not None:
            for binding in self.bindings:
                binding.load(self.case)
        self._show_promises(contact)

    def focus_field(self, path: str) -> bool:
        """Review's links: "contacts.2.evidence_ids" selects the third contact and puts the
        cursor in its evidence picker (any "contacts.N.<field>" the same way)."""
        parts = path.split(".")
        if len(parts) == 3 and parts[0] == "contacts" and parts[1].isdigit():
            row = int(parts[1])
            if self.case is None or row >= len(self.case.contacts):
                return False
            self.timeline.setCurrentCell(row, 0)
        found = super().focus_field(path)
        if found and path.endswith(".evidence_ids"):
            self.evidence.reveal()
        return found

    def on_field_edited(self) -> None:
        row, contact = self.timeline.currentRow(), self._selected()
        if contact is not None:
            self._fill_row(row, contact, self.language())
        super().on_field_edited()

    # -- promises ---------------------------------------------------------------------

    def _show_promises(self, contact: ContactEvent | None) -> None:
        self._loading = True
        promises = contact.promises if contact is not None else []
        self.promises.setRowCount(len(promises))
        now = self._now()
        for row, promise in enumerate(promises):
            text = QTableWidgetItem(promise.text)
            due = QTableWidgetItem(self.show_time(promise.due))
            if promise.is_overdue(now):
                due.setBackground(QBrush(OVERDUE))
                due.setToolTip(self.tr("This date has passed and the promise was not kept."))
            self.promises.setItem(row, 0, text)
            self.promises.setItem(row, 1, due)
            kept = QComboBox()
            kept.addItems([self.tr("Not yet known"), self.tr("Kept"), self.tr("Broken")])
            kept.setCurrentIndex({None: 0, True: 1, False: 2}[promise.kept])
            kept.currentIndexChanged.connect(
                lambda index, p=promise: self._set_promise(p, "kept", [None, True, False][index])
            )
            self.promises.setCellWidget(row, 2, kept)
        self._loading = False
        show_error(self.promise_error, "")

    def _promise_changed(self, item: QTableWidgetItem) -> None:
        contact = self._selected()
        if self._loading or contact is None:
            return
        promise = contact.promises[item.row()]
        if item.column() == 0:
            self._set_promise(promise, "text", item.text())
            return
        try:
            due = self.read_time(item.text())
        except ValueError as bad:
            show_error(self.promise_error, str(bad))
            return
        self._set_promise(promise, "due", due)
        self._show_promises(contact)

    def _set_promise(self, promise: Promise, name: str, value: object) -> None:
        problem = assign(promise, name, value, self.language())
        show_error(self.promise_error, problem)
        if not problem:
            contact = self._selected()
            if contact is not None:
                self._fill_row(self.timeline.currentRow(), contact, self.language())
            self.edited.emit()

    def add_promise(self) -> None:
        contact = self._selected()
        if contact is None:
            return
        contact.promises.append(Promise())
        self._show_promises(contact)
        self.promises.setCurrentCell(len(contact.promises) - 1, 0)
        self.promises.setFocus()
        self.edited.emit()

    def remove_promise(self) -> None:
        contact, row = self._selected(), self.promises.currentRow()
        if contact is None or not 0 <= row < len(contact.promises):
            return
        del contact.promises[row]
        self._show_promises(contact)
        self.edited.emit()

    # -- adding and removing contacts ---------------------------------------------

    def add_contact(self) -> None:
        if self.case is None:
            return
        now = self._now().astimezone(ZoneInfo(self.zone())).replace(second=0, microsecond=0)
        self.case.contacts.append(ContactEvent(at=now))
        self.load(self.case)
        self.timeline.setCurrentCell(len(self.case.contacts) - 1, 0)
        self.summary.setFocus()
        self.edited.emit()

    def remove_selected(self) -> None:
        self.remove_undoably(
            self._undo, "contacts", self.timeline.currentRow(), self.tr("Remove contact")
        )

    def title(self) -> str:
        return self.tr("Contact history")

    def help_text(self) -> str:
        return self.tr(
            "<p>Record every call, chat and e-mail with the firm: when, how, who you spoke"
            " to, the ticket number and what was said.</p>"
            '<p>Write down every promise with its date ("we will call back in 24 hours").'
            " A broken promise is strong evidence; dates that have passed are marked.</p>"
        )
